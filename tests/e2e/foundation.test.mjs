// The foundation in a real browser: the home view renders the pack, the drug cards follow the
// accordion pattern by mouse and keyboard, the article list and an article render, a missing or
// broken pack shows a clear error with a Retry that recovers, and axe finds nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { launch, site, openPage, waitForApp, problemsOf, axe, DIST } from "./helpers.mjs";

const pack = JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8"));
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function home() {
  const s = await site();
  const page = await openPage(browser);
  await page.goto(s.url);
  await waitForApp(page);
  return { s, page };
}

test("the overview, every drug card and the article list render from the pack", async () => {
  const { s, page } = await home();
  try {
    assert.equal(await page.textContent("#overview-title"), pack.overview.title);
    assert.equal(await page.locator(".overview .prose h2").count() > 0, true, "overview body rendered from markdown");
    const buttons = page.locator(".card-toggle");
    assert.equal(await buttons.count(), pack.drugs.length);
    for (const drug of pack.drugs) {
      const button = page.locator(`#drug-${drug.id}-button`);
      const text = await button.textContent();
      assert.ok(text.includes(drug.generic), `${drug.id} shows its generic name`);
      assert.ok(text.includes(drug.brands[0]), `${drug.id} shows its brand name`);
      assert.equal(await button.getAttribute("aria-expanded"), "false", `${drug.id} starts collapsed`);
      const panelId = await button.getAttribute("aria-controls");
      assert.equal(await page.locator(`#${panelId}`).isHidden(), true, `${drug.id} panel hidden`);
      assert.equal(await page.locator(`#${panelId}`).count(), 1, "panel stays in the DOM");
      assert.equal(await button.evaluate((b) => b.parentElement.tagName), "H3");
    }
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("cards toggle by click, Enter and Space, and several can be open", async () => {
  const { s, page } = await home();
  try {
    const [a, b] = pack.drugs;
    const btnA = page.locator(`#drug-${a.id}-button`);
    const btnB = page.locator(`#drug-${b.id}-button`);
    const panelA = page.locator(`#drug-${a.id}-panel`);
    await btnA.click();
    assert.equal(await btnA.getAttribute("aria-expanded"), "true");
    assert.equal(await panelA.isVisible(), true);
    assert.ok((await panelA.textContent()).includes("What it is"), "panel shows the card's sections");
    await btnA.click();
    assert.equal(await btnA.getAttribute("aria-expanded"), "false");
    assert.equal(await panelA.isHidden(), true);
    // A closed panel keeps its drawn contents (content-visibility: hidden): none of it may show.
    const shown = await panelA.evaluate((p) => [...p.querySelectorAll("a, h4, p")].filter((el) => el.checkVisibility()).length);
    assert.equal(shown, 0, "nothing in a closed panel is visible");
    assert.equal((await panelA.boundingBox())?.height ?? 0, 0, "a closed panel takes no space");

    // Keyboard: Tab from card A's button reaches card B's button (A's panel is hidden).
    await btnA.focus();
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), `drug-${b.id}-button`);
    await page.keyboard.press("Enter");
    assert.equal(await btnB.getAttribute("aria-expanded"), "true");
    await page.keyboard.press("Space");
    assert.equal(await btnB.getAttribute("aria-expanded"), "false");
    await page.keyboard.press("Space");
    assert.equal(await btnB.getAttribute("aria-expanded"), "true");

    await btnA.click();
    assert.equal(await btnA.getAttribute("aria-expanded"), "true", "A opens while B stays open");
    assert.equal(await btnB.getAttribute("aria-expanded"), "true");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("articles are listed newest first with readable dates, and open rendered", async () => {
  const { s, page } = await home();
  try {
    const items = page.locator(".overview ~ .articles .article-item");
    assert.equal(await items.count(), pack.articles.length);
    const dates = await page.locator(".overview ~ .articles .article-item time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
    assert.deepEqual(dates, [...dates].sort().reverse(), "newest first");
    const headline = pack.articles.find((a) => a.id === "her2-positive-targeted-therapies");
    assert.ok(headline, "the headline article is in the pack");
    const first = items.first();
    assert.equal((await first.locator("a").textContent()).trim(), headline.title);
    assert.equal((await first.locator("time").textContent()).trim(), "25 Nov 2026");
    assert.ok((await first.textContent()).includes(headline.summary));
    assert.ok((await first.locator(".tag").count()) > 0, "tags shown");

    await first.locator("a").click();
    await page.waitForSelector("#article-title");
    assert.equal((await page.textContent("#article-title")).trim(), headline.title);
    assert.ok((await page.locator(".article .prose h2").count()) >= 2, "markdown sections rendered");
    assert.ok((await page.locator(".article .sources li").count()) >= 2, "sources listed");
    assert.match(await page.title(), new RegExp(headline.title.slice(0, 20)));
    assert.match(page.url(), /#\/articles\/her2-positive-targeted-therapies$/);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

/** Serves a broken pack, checks the error text, then restores the pack and retries. */
async function brokenThenRetry(breakIt, expected) {
  const s = await site();
  const good = readFileSync(join(s.dir, "her2.json"));
  breakIt(join(s.dir, "her2.json"));
  const page = await openPage(browser);
  try {
    await page.goto(s.url);
    await page.waitForSelector(".load-error", { timeout: 30_000 });
    const alert = page.locator('[role="alert"]');
    assert.equal(await alert.count(), 1, "the error is announced");
    const text = await page.textContent(".load-error-detail");
    assert.match(text, expected);
    const retry = page.getByRole("button", { name: "Retry" });
    assert.equal(await retry.isVisible(), true);
    // Worst case: the service worker has installed and cached the broken pack. (A pack that is
    // not JSON of a known format never installs, so this waits at most a few seconds.)
    await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 4000 })
      .catch(() => {});
    writeFileSync(join(s.dir, "her2.json"), good);
    await retry.click();
    await page.waitForSelector("#overview-title", { timeout: 30_000 });
    assert.equal(await page.locator(".load-error").count(), 0);
    return await problemsOf(page, ["404", "Failed to load resource"]);
  } finally {
    await page.ctx.close();
    await s.close();
  }
}

test("a missing pack shows a plain error, and Retry recovers", async () => {
  const problems = await brokenThenRetry((p) => rmSync(p), /not found on the server \(error 404\)/);
  assert.deepEqual(problems, []);
});

test("a malformed pack says it is not valid JSON, and Retry recovers", async () => {
  const problems = await brokenThenRetry(
    (p) => writeFileSync(p, readFileSync(p, "utf8").slice(0, 5000)),
    /not valid JSON \(line \d+, column \d+/,
  );
  assert.deepEqual(problems, []);
});

test("a pack of the wrong shape names the field", async () => {
  const problems = await brokenThenRetry((p) => {
    const bad = JSON.parse(readFileSync(p, "utf8"));
    bad.drugs[3].sources[0].url = 42;
    writeFileSync(p, JSON.stringify(bad));
  }, /drugs\[3\]\.sources\[0\]\.url: invalid type: integer `42`, expected a string/);
  assert.deepEqual(problems, []);
});

test("a pack that fails validation names the field and the problem", async () => {
  const problems = await brokenThenRetry((p) => {
    const bad = JSON.parse(readFileSync(p, "utf8"));
    bad.drugs[3].sources[0].url = "http://insecure.example/label";
    writeFileSync(p, JSON.stringify(bad));
  }, /drugs\[3\]\.sources\[0\]\.url: not an https URL/);
  assert.deepEqual(problems, []);
});

test("axe finds no WCAG A/AA violations with cards collapsed and expanded", async () => {
  const { s, page } = await home();
  try {
    assert.deepEqual(await axe(page), [], "collapsed");
    for (const drug of pack.drugs) await page.click(`#drug-${drug.id}-button`);
    assert.equal(await page.locator('.card-toggle[aria-expanded="true"]').count(), pack.drugs.length);
    assert.deepEqual(await axe(page), [], "expanded");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});
