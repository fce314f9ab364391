// Reader tools in a real browser: search as you type (forgiving, keyboard, announced), glossary
// hints in text (keyboard, Escape, tap), the glossary view, saved questions (kept offline,
// printed), and print media hiding the navigation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sharedSite, openPage, waitForApp, waitForWorker, problemsOf, axe } from "./helpers.mjs";

const shared = sharedSite();

async function searchFor(page, text) {
  await page.fill("#search-input", "");
  await page.type("#search-input", text);
  await page.waitForFunction(() => document.querySelector(".search-status")?.textContent.length > 0);
}

test("search as you type finds T-DXd however it is written, and says how many", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/search`);
    await waitForApp(page);
    await page.waitForFunction(() => document.activeElement?.id === "search-input");
    for (const q of ["tdxd", "T-DXd", "t dxd", "enhertu", "trastuzumab deruxtecan", "enhetru"]) {
      await searchFor(page, q);
      const first = await page.getAttribute("#search-drugs + ul .search-result >> nth=0", "href");
      assert.equal(first, "#/drugs/trastuzumab-deruxtecan", `query ${q}`);
      assert.match(await page.textContent(".search-status"), /\d+ results?/);
    }
    await searchFor(page, "trastuzamab");
    assert.equal(await page.getAttribute("#search-drugs + ul .search-result >> nth=0", "href"), "#/drugs/trastuzumab");
    assert.ok((await page.locator(".search-result mark").count()) > 0, "matches are highlighted");
    assert.match(page.url(), /#\/search\?q=trastuzamab$/);
    await searchFor(page, "xylophone");
    assert.equal(await page.locator(".search-result").count(), 0);
    assert.match(await page.textContent(".search-status"), /No results/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("search by keyboard: arrows move, Enter opens, Escape clears", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/search?q=kadcyla`);
    await waitForApp(page);
    assert.equal(await page.inputValue("#search-input"), "kadcyla", "the query comes from the URL");
    await page.focus("#search-input");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "#/drugs/trastuzumab-emtansine");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.evaluate(() => document.activeElement.id), "search-input");
    await page.keyboard.press("Escape");
    assert.equal(await page.inputValue("#search-input"), "");
    assert.equal(await page.locator(".search-result").count(), 0);
    await page.type("#search-input", "tukysa");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "drug-tucatinib-button");
    assert.equal(await page.getAttribute("#drug-tucatinib-button", "aria-expanded"), "true");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("glossary hints: first use marked, shown on focus, closed with Escape, linked to the glossary", async () => {
  const page = await openPage(shared.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${shared.site.url}#/articles/understanding-your-her2-test`);
    await waitForApp(page);
    const terms = page.locator(".article .prose a.term");
    assert.ok((await terms.count()) >= 3, "terms are marked in the article");
    const hrefs = await terms.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.equal(new Set(hrefs).size, hrefs.length, "each term is marked once");
    const first = terms.first();
    const defId = await first.getAttribute("aria-describedby");
    const def = page.locator(`[id="${defId}"]`);
    assert.equal(await def.isVisible(), false);
    // Keyboard: Tab until the first term has focus.
    await page.focus("#article-title");
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await first.evaluate((a) => a === document.activeElement)) break;
    }
    assert.equal(await first.evaluate((a) => a === document.activeElement), true);
    assert.equal(await def.isVisible(), true, "definition shows on focus");
    assert.ok((await def.textContent()).length > 10);
    await page.keyboard.press("Escape");
    assert.equal(await def.isVisible(), false, "Escape hides it");
    const href = await first.getAttribute("href");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#glossary-title");
    const termId = href.split("/").pop();
    await page.waitForFunction((id) => document.activeElement?.id === `term-${id}`, termId);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

/**
 * A shown glossary hint is on screen and not clipped by the block it is in: the browser hits the
 * hint at its own middle. On a phone it is pinned above the bottom edge, across the screen.
 */
async function assertHintShown(page, def, viewport, where) {
  const at = `${viewport.width}, ${where}`;
  assert.equal(await def.isVisible(), true, `${at}: the hint shows`);
  // Wider screens show the hint under its term, which may be at the bottom edge.
  if (viewport.width > 640) await def.scrollIntoViewIfNeeded();
  const box = await def.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, hit: !!hit && el.contains(hit) };
  });
  assert.ok(box.hit, `${at}: the hint is drawn where it is (${JSON.stringify(box)})`);
  assert.ok(box.top >= 0 && box.bottom <= viewport.height, `${at}: the hint is on screen (${JSON.stringify(box)})`);
  if (viewport.width <= 640) {
    assert.ok(Math.abs(viewport.height - box.bottom - 16) <= 2, `${at}: pinned above the bottom edge (${JSON.stringify(box)})`);
    assert.ok(Math.abs(box.left - 16) <= 2 && Math.abs(viewport.width - box.right - 16) <= 2, `${at}: across the screen (${JSON.stringify(box)})`);
  }
}

test("glossary hint on a phone and a tablet: the first tap shows, the second opens the glossary", async () => {
  // A touch sets :hover before its click: the first tap must still only show the hint.
  for (const viewport of [{ width: 390, height: 844 }, { width: 820, height: 1180 }]) {
    const ctx = await shared.browser.newContext({ viewport, hasTouch: true, isMobile: true });
    const page = await openPage(shared.browser, { context: ctx });
    try {
      await page.goto(`${shared.site.url}#/drugs/tucatinib`);
      await waitForApp(page);
      const first = page.locator("#drug-tucatinib-panel a.term").first();
      await first.scrollIntoViewIfNeeded();
      const def = page.locator(`[id="${await first.getAttribute("aria-describedby")}"]`);
      await first.tap();
      assert.equal(await def.isVisible(), true, `${viewport.width}: the first tap shows the hint`);
      assert.match(page.url(), /#\/drugs\/tucatinib$/, `${viewport.width}: still on the card`);
      await assertHintShown(page, def, viewport, "in a card");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, "the hint does not widen the page");
      await first.tap();
      await page.waitForSelector("#glossary-title");
      await page.goto(`${shared.site.url}#/articles/understanding-your-her2-test`);
      await waitForApp(page);
      const inArticle = page.locator(".article .prose a.term").first();
      await inArticle.scrollIntoViewIfNeeded();
      await inArticle.tap();
      assert.equal(
        await page.locator(`[id="${await inArticle.getAttribute("aria-describedby")}"]`).isVisible(),
        true,
        `${viewport.width}: in an article too`,
      );
      assert.match(page.url(), /#\/articles\//, "still on the article");
      // On the home page, whose blocks below the first screenful skip rendering while off screen.
      await page.goto(`${shared.site.url}#/`);
      await waitForApp(page);
      const inOverview = page.locator(".overview .prose a.term").nth(2);
      await inOverview.scrollIntoViewIfNeeded();
      await inOverview.tap();
      await assertHintShown(page, page.locator(`[id="${await inOverview.getAttribute("aria-describedby")}"]`), viewport, "in the overview");
    } finally {
      await ctx.close();
    }
  }
});

test("the glossary view lists every term and passes axe", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/glossary`);
    await waitForApp(page);
    assert.ok((await page.locator(".glossary-entry").count()) >= 30);
    assert.ok((await page.locator(".pronounce").count()) >= 11, "drug names have pronunciations");
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("ticked questions survive a reload while offline, print alone, and can be cleared", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/questions`);
    await waitForApp(page);
    await waitForWorker(page);
    const boxes = page.locator(".question input[type=checkbox]");
    assert.ok((await boxes.count()) >= 20);
    await boxes.nth(0).check();
    await boxes.nth(5).check();
    const texts = [await page.textContent(".question >> nth=0 >> label"), await page.textContent(".question >> nth=5 >> label")];
    assert.match(await page.textContent(".my-questions-count"), /2 questions ticked/);

    await page.ctx.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await boxes.nth(0).isChecked(), true);
    assert.equal(await boxes.nth(5).isChecked(), true);
    const mine = await page.locator(".my-questions-list li").allTextContents();
    assert.deepEqual(mine.sort(), texts.map((t) => t.trim()).sort());

    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-header nav").isVisible(), false, "navigation hidden in print");
    assert.equal(await page.locator(".question-group >> nth=0").isVisible(), false, "only my questions print");
    assert.equal(await page.locator(".my-questions-list").isVisible(), true);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: "Clear my questions" }).click();
    assert.match(await page.textContent(".my-questions-count"), /No questions ticked/);
    assert.equal(await boxes.nth(0).isChecked(), false, "Clear unticks the boxes too");
    assert.equal(await boxes.nth(5).isChecked(), false);
    assert.equal(await page.locator(".my-questions-list li").count(), 0);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await problemsOf(page, ["sw.js", "Failed to update a ServiceWorker"]), []);
  } finally {
    await page.ctx.close();
  }
});

test("a drug card and an article print without navigation, with link URLs and sources", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/drugs/tucatinib`);
    await waitForApp(page);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-header").isVisible(), false);
    assert.equal(await page.locator("#drug-tucatinib-panel .sources").isVisible(), true);
    const urlShown = await page.evaluate(() => getComputedStyle(document.querySelector("#drug-tucatinib-panel .source-url")).display);
    assert.notEqual(urlShown, "none", "source URLs print");
    await page.goto(`${shared.site.url}#/articles/managing-side-effects`);
    await waitForApp(page);
    assert.equal(await page.locator(".site-header").isVisible(), false);
    assert.ok(await page.locator(".article .reviewed").isVisible(), "review date prints");
  } finally {
    await page.ctx.close();
  }
});
