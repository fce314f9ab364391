// One build, any path: served at / and at a sub-path by a plain static server, the overview and
// deep links to a drug card and an article render on a cold open; Back and Forward move between
// views; each view sets the title and moves focus to its heading.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, site, openPage, waitForApp, problemsOf } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const subPath of ["", "guides/her2"]) {
  const where = subPath ? `at /${subPath}/` : "at /";
  test(`cold opens ${where}: overview, a drug deep link and an article deep link`, async () => {
    const s = await site({ subPath });
    try {
      // Overview.
      let page = await openPage(browser);
      await page.goto(s.url);
      await waitForApp(page);
      assert.ok((await page.textContent("#overview-title")).length > 0);
      assert.deepEqual(await problemsOf(page), []);
      await page.ctx.close();

      // A drug card, opened, in view and focused, in a fresh browser context.
      page = await openPage(browser);
      await page.goto(`${s.url}#/drugs/trastuzumab-deruxtecan`);
      await waitForApp(page);
      const button = page.locator("#drug-trastuzumab-deruxtecan-button");
      await page.waitForFunction(() => document.activeElement?.id === "drug-trastuzumab-deruxtecan-button");
      assert.equal(await button.getAttribute("aria-expanded"), "true");
      assert.equal(await page.locator("#drug-trastuzumab-deruxtecan-panel").isVisible(), true);
      const inView = await button.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.equal(inView, true, "the opened card is scrolled into view");
      assert.match(await page.title(), /deruxtecan/);
      assert.deepEqual(await problemsOf(page), []);
      await page.ctx.close();

      // An article.
      page = await openPage(browser);
      await page.goto(`${s.url}#/articles/understanding-your-her2-test`);
      await waitForApp(page);
      assert.ok((await page.textContent("#article-title")).length > 0);
      await page.waitForFunction(() => document.activeElement?.id === "article-title");
      assert.deepEqual(await problemsOf(page), []);
      await page.ctx.close();
    } finally {
      await s.close();
    }
  });
}

test("Back and Forward move between views; titles and focus follow", async () => {
  const s = await site({ subPath: "guides/her2" });
  const page = await openPage(browser);
  try {
    await page.goto(s.url);
    await waitForApp(page);
    const homeTitle = await page.title();
    await page.click(".overview ~ .articles .article-item a >> nth=0");
    await page.waitForSelector("#article-title");
    await page.waitForFunction(() => document.activeElement?.id === "article-title");
    const articleTitle = await page.title();
    assert.notEqual(articleTitle, homeTitle);

    await page.click("a[href='#/articles']");
    await page.waitForSelector("#articles-page-title");
    await page.waitForFunction(() => document.activeElement?.id === "articles-page-title");

    await page.goBack();
    await page.waitForSelector("#article-title");
    assert.equal(await page.title(), articleTitle);
    await page.goBack();
    await page.waitForSelector("#overview-title");
    assert.equal(await page.title(), homeTitle);
    await page.waitForFunction(() => document.activeElement?.id === "overview-title");
    await page.goForward();
    await page.waitForSelector("#article-title");
    // The address names its language (?lang=en), so a shared link opens in English.
    assert.match(page.url(), /\/guides\/her2\/\?lang=en#\/articles\//);

    // An unknown address shows a not-found view, not a blank page.
    await page.goto(`${s.url}#/no/such/view`);
    await page.waitForSelector("#not-found-title");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("opening a card makes its address shareable without adding history entries", async () => {
  const s = await site();
  const page = await openPage(browser);
  try {
    await page.goto(s.url);
    await waitForApp(page);
    const before = await page.evaluate(() => history.length);
    await page.click("#drug-tucatinib-button");
    assert.match(page.url(), /#\/drugs\/tucatinib$/);
    await page.click("#drug-tucatinib-button");
    assert.match(page.url(), /#\/$/);
    assert.equal(await page.evaluate(() => history.length), before);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});
