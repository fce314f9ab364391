// The wasm is split (docs/DESIGN.md, "Why the wasm is split"): the home page starts without the code of
// the other pages, which comes in one module fetched the first time one of them is opened, and
// then serves them all. Keyboard focus still lands where it should on that first opening, and if
// the module cannot be fetched the page says so, the rest keeps working, and Retry opens it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sharedSite, openPage, waitForApp, problemsOf } from "./helpers.mjs";

const shared = sharedSite({ subPath: "clinic/guide" });
const PAGES = /\/pages-[0-9a-f]{16}\.wasm$/;

/** A phone-sized page with no service worker: every fetch reaches the network, so the
 *  requests counted are the real ones. */
async function phoneWithoutWorker() {
  const context = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  return openPage(shared.browser, { context });
}

test("the other pages' module is fetched once, when the first of them is opened", async () => {
  const page = await phoneWithoutWorker();
  const wasm = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".wasm")) wasm.push(r.url());
  });
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await page.click("#drug-tucatinib-button");
    assert.equal(await page.getAttribute("#drug-tucatinib-button", "aria-expanded"), "true");
    assert.equal(wasm.length, 1, `the home page needs one wasm file: ${wasm}`);
    assert.ok(!PAGES.test(wasm[0]), "and it is not the pages' module");

    // Keyboard: the Glossary link, then the page's heading has focus once the module is in.
    await page.getByRole("link", { name: "Glossary" }).first().focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("#glossary-title");
    await page.waitForFunction(() => document.activeElement?.id === "glossary-title");
    assert.equal(wasm.filter((u) => PAGES.test(u)).length, 1, "fetched on first opening");

    for (const [hash, heading] of [
      ["#/search?q=rash", "main h1"],
      ["#/articles", "#articles-page-title"],
      ["#/compare", "#compare-title"],
      ["#/questions", "#questions-title"],
    ]) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.waitForSelector(heading);
    }
    assert.equal(wasm.filter((u) => PAGES.test(u)).length, 1, "and not again for the other pages");
    assert.equal(await page.locator(".load-error").count(), 0);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("search opened first: the search box has focus once its page is in", async () => {
  const page = await phoneWithoutWorker();
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await page.evaluate(() => (location.hash = "#/search"));
    await page.waitForFunction(() => document.activeElement?.id === "search-input", null, { timeout: 10_000 });
    await page.keyboard.type("kadcyla");
    await page.waitForSelector("#search-drugs + ul .search-result");
    assert.match(await page.getAttribute("#search-drugs + ul .search-result >> nth=0", "href"), /trastuzumab-emtansine/);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("when the pages' module cannot be fetched the page says so, the rest works, and Retry opens it", async () => {
  const page = await phoneWithoutWorker();
  let blocked = true;
  await page.route(PAGES, (route) => (blocked ? route.abort("internetdisconnected") : route.continue()));
  try {
    await page.goto(`${shared.site.url}#/glossary`);
    await page.waitForSelector(".load-error[role=alert]");
    assert.match(await page.textContent(".load-error h1"), /This page could not be opened/);
    assert.match(await page.textContent(".load-error"), /Check your connection/);
    assert.equal(await page.locator("#glossary-title").count(), 0);

    // The home page and its cards still work.
    await page.evaluate(() => (location.hash = "#/"));
    await page.waitForSelector("#overview-title");
    await page.click("#drug-neratinib-button");
    assert.equal(await page.getAttribute("#drug-neratinib-button", "aria-expanded"), "true");

    // Back to the glossary, still offline: the message again; then online, Retry opens it.
    await page.evaluate(() => (location.hash = "#/glossary"));
    await page.waitForSelector(".load-error[role=alert]");
    blocked = false;
    await page.getByRole("button", { name: "Retry" }).click();
    await page.waitForSelector("#glossary-title");
    assert.equal(await page.locator(".load-error").count(), 0);
    assert.equal(await page.locator("main .status:not([hidden])").count(), 0, "the opening message is gone");
    // The failed fetches are the only console errors.
    assert.deepEqual(await problemsOf(page, ["Failed to fetch", "Failed to load", "ERR_INTERNET_DISCONNECTED"]), []);
  } finally {
    await page.ctx.close();
  }
});
