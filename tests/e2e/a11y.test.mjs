// Accessibility in a real browser: axe (WCAG 2.0–2.2 A/AA) on every view in light and dark,
// a keyboard-only journey with visible focus, reflow at 320 px and 200% text, touch target
// sizes, and reduced motion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { sharedSite, site, openPage, waitForApp, problemsOf, axe } from "./helpers.mjs";

const shared = sharedSite();

const VIEWS = [
  ["overview", ""],
  ["drug card", "#/drugs/trastuzumab-emtansine"],
  ["article list", "#/articles"],
  ["article", "#/articles/managing-side-effects"],
  ["not found", "#/no-such-view"],
  ["compare", "#/compare"],
  ["search with results", "#/search?q=heart"],
  ["glossary", "#/glossary"],
  ["questions", "#/questions"],
  ["HER2 result explainer", "#/her2-results/ihc-2-ish-negative"],
  ["filtered drug list", "#/drugs?class=adc"],
  ["my treatment", "#/my"],
];

async function expandAll(page) {
  const ids = await page.locator('.card-toggle[aria-expanded="false"]').evaluateAll((bs) => bs.map((b) => b.id));
  for (const id of ids) await page.click(`#${id}`);
}

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on any view (${colorScheme})`, async () => {
    const page = await openPage(shared.browser, { colorScheme });
    try {
      const report = [];
      for (const [name, hash] of VIEWS) {
        await page.goto(`${shared.site.url}${hash}`);
        await waitForApp(page);
        report.push([name, await axe(page)]);
        if (name === "overview") {
          await expandAll(page);
          report.push(["overview, all cards expanded", await axe(page)]);
        }
      }
      const failing = report.filter(([, v]) => v.length > 0);
      assert.deepEqual(failing, [], JSON.stringify(failing, null, 1));
      assert.deepEqual(await problemsOf(page), []);
    } finally {
      await page.ctx.close();
    }
  });

  test(`axe finds nothing on the load-error view (${colorScheme})`, async () => {
    const broken = await site();
    rmSync(join(broken.dir, "her2.json"));
    const ctx = await shared.browser.newContext({ colorScheme, serviceWorkers: "block" });
    const page = await openPage(shared.browser, { context: ctx });
    try {
      await page.goto(broken.url);
      await page.waitForSelector(".load-error");
      assert.deepEqual(await axe(page), []);
    } finally {
      await ctx.close();
      await broken.close();
    }
  });
}

/** The focused element: its id/class, whether it is visible, and whether focus is drawn. */
const focusState = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      id: el.id,
      cls: el.className,
      href: el.getAttribute("href"),
      visible: r.width > 0 && r.height > 0 && style.visibility !== "hidden",
      outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    };
  });

test("keyboard only: skip link, a card open and closed, an article, and back", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await page.keyboard.press("Tab");
    let f = await focusState(page);
    assert.equal(f.cls, "skip-link");
    assert.ok(f.visible && f.outlined, "skip link is visible with a focus ring");
    await page.keyboard.press("Enter");
    assert.equal((await focusState(page)).id, "main", "skip link moves focus to the main content");

    // Tab to the first card, checking every stop is visible and drawn.
    let steps = 0;
    for (;;) {
      await page.keyboard.press("Tab");
      f = await focusState(page);
      assert.ok(f.visible, `focus on a hidden element: ${JSON.stringify(f)}`);
      assert.ok(f.outlined, `no visible focus on ${JSON.stringify(f)}`);
      if (f.cls === "card-toggle") break;
      assert.ok(++steps < 200, "never reached a card");
    }
    const cardId = f.id;
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute(`#${cardId}`, "aria-expanded"), "true");
    await page.keyboard.press("Space");
    assert.equal(await page.getAttribute(`#${cardId}`, "aria-expanded"), "false");

    // On to the first article in the list.
    steps = 0;
    for (;;) {
      await page.keyboard.press("Tab");
      f = await focusState(page);
      assert.ok(f.visible && f.outlined, `focus not visible on ${JSON.stringify(f)}`);
      if (f.href && f.href.startsWith("#/articles/")) break;
      assert.ok(++steps < 300, "never reached an article link");
    }
    const titleBefore = await page.title();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "article-title");
    assert.notEqual(await page.title(), titleBefore, "the title changes");

    // Back to the list by keyboard: Shift+Tab from the heading reaches the "All articles" link.
    await page.keyboard.press("Shift+Tab");
    f = await focusState(page);
    assert.equal(f.href, "#/articles");
    assert.ok(f.visible && f.outlined);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "articles-page-title");
    // And the browser's Back button twice returns to the overview, focus on its heading.
    await page.goBack();
    await page.waitForFunction(() => document.activeElement?.id === "article-title");
    await page.goBack();
    await page.waitForFunction(() => document.activeElement?.id === "overview-title");
    assert.equal(await page.title(), titleBefore);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

const horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("reflow at 320 px and with text at 200%: no page-level horizontal scroll", async () => {
  for (const [width, zoom] of [
    [320, "100%"],
    [390, "200%"],
  ]) {
    const page = await openPage(shared.browser, { viewport: { width, height: 700 } });
    try {
      for (const [name, hash] of VIEWS) {
        await page.goto(`${shared.site.url}${hash}`);
        await waitForApp(page);
        await page.evaluate((z) => {
          document.documentElement.style.fontSize = z;
        }, zoom);
        if (name === "overview") await expandAll(page);
        assert.ok((await horizontalOverflow(page)) <= 1, `${name} at ${width}px, text ${zoom} scrolls sideways`);
      }
    } finally {
      await page.ctx.close();
    }
  }
});

test("touch targets are at least 24×24 CSS px", async () => {
  const page = await openPage(shared.browser, { viewport: { width: 360, height: 740 } });
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await expandAll(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, .site-header a, .breadcrumb a, .article-item-title a")]
        .map((el) => ({ el: el.id || el.className || el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(({ el, r }) => `${el}: ${r.width.toFixed(0)}×${r.height.toFixed(0)}`),
    );
    assert.deepEqual(small, []);
  } finally {
    await page.ctx.close();
  }
});

test("prefers-reduced-motion turns animation off", async () => {
  const duration = async (reducedMotion) => {
    const ctx = await shared.browser.newContext({ reducedMotion });
    const page = await ctx.newPage();
    await page.goto(shared.site.url);
    await waitForApp(page);
    const d = await page.evaluate(() => getComputedStyle(document.querySelector(".card-icon")).transitionDuration);
    await ctx.close();
    return d;
  };
  assert.notEqual(await duration("no-preference"), "0s", "the icon animates normally");
  assert.equal(await duration("reduce"), "0s");
});
