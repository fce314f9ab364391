// The first screen index.html pre-paints from the pack: it shows before the wasm has arrived,
// a tap (or Enter) on a card meanwhile is not lost — the button says it is waiting and the app
// opens that card when it takes over, with focus kept — other pages show the loading message
// instead, the pack is fetched once (started by index.html beside the wasm), and the takeover
// does not move anything on the screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sharedSite, openPage, waitForApp, problemsOf } from "./helpers.mjs";

const shared = sharedSite({ subPath: "clinic/guide" });

/** Opens the app with the wasm download held until `release()` is called. */
async function openHeld(hash = "") {
  const page = await openPage(shared.browser);
  let release;
  const gate = new Promise((ok) => (release = ok));
  const packRequests = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/her2.json")) packRequests.push(r.url());
  });
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(`${shared.site.url}${hash}`, { waitUntil: "domcontentloaded" });
  return { page, release, packRequests };
}

test("the first screen paints before the wasm; a tap on a card is queued and replayed", async () => {
  const { page, release, packRequests } = await openHeld();
  // Held: the overview and every card button are there, from the pack, before any wasm.
  await page.waitForSelector("#app[data-first-screen] #overview-title");
  const title = await page.textContent("#overview-title");
  assert.ok(title.length > 10, title);
  const cards = await page.$$eval("#app[data-first-screen] .card-toggle", (b) => b.map((x) => x.getAttribute("aria-expanded")));
  assert.equal(cards.length, 13);
  assert.ok(cards.every((x) => x === "false"));
  // Tap the third card: it says it is busy, nothing claims to be open yet.
  const third = page.locator(".card-toggle").nth(2);
  const id = await third.getAttribute("id");
  await third.click();
  assert.equal(await third.getAttribute("aria-busy"), "true");
  assert.equal(await third.getAttribute("aria-expanded"), "false");
  // Let the wasm through: the app takes over and opens that card, at its address.
  release();
  await waitForApp(page);
  const live = page.locator(`#${id}`);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute("aria-expanded") === "true", id);
  assert.equal(await live.getAttribute("aria-busy"), null);
  const panel = await live.getAttribute("aria-controls");
  assert.equal(await page.locator(`#${panel}`).isVisible(), true);
  assert.equal(new URL(page.url()).hash, `#/drugs/${id.replace(/^drug-|-button$/g, "")}`);
  assert.equal(await page.locator("[data-first-screen]").count(), 0, "the first screen is gone");
  assert.equal(await page.locator("#overview-title").count(), 1, "one overview, not two");
  assert.equal(packRequests.length, 1, `the pack was requested once: ${packRequests}`);
  assert.deepEqual(await problemsOf(page), []);
  await page.ctx.close();
});

test("keyboard: Enter on a pre-painted card opens it once the app is there, focus stays on it", async () => {
  const { page, release } = await openHeld();
  await page.waitForSelector("#app[data-first-screen] .card-toggle");
  await page.focus(".card-toggle");
  await page.keyboard.press("Enter");
  // A second press while waiting does not cancel or repeat anything.
  await page.keyboard.press("Enter");
  const id = await page.evaluate(() => document.activeElement.id);
  assert.match(id, /^drug-.+-button$/);
  release();
  await waitForApp(page);
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute("aria-expanded") === "true", id);
  assert.equal(await page.evaluate(() => document.activeElement.id), id, "focus is on the same card");
  // And it is the app's button now: Enter closes it.
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => document.getElementById(id)?.getAttribute("aria-expanded") === "false", id);
  assert.deepEqual(await problemsOf(page), []);
  await page.ctx.close();
});

test("another page shows the loading message, not the home view, until the app draws it", async () => {
  const { page, release } = await openHeld("#/glossary");
  await page.waitForSelector("#app [role=status]");
  assert.equal(await page.locator(".card-toggle").count(), 0);
  assert.equal(await page.locator("#overview-title").count(), 0);
  assert.match(await page.textContent("#app [role=status]"), /Loading/);
  release();
  await waitForApp(page);
  assert.match(await page.textContent("main h1"), /Glossary/);
  assert.deepEqual(await problemsOf(page), []);
  await page.ctx.close();
});

test("following a link on the first screen before the app starts shows loading, then that page", async () => {
  const { page, release } = await openHeld();
  await page.waitForSelector("#app[data-first-screen] .article-list a");
  const link = page.locator(".article-list a").first();
  const href = await link.getAttribute("href");
  await link.click();
  await page.waitForSelector("#app [role=status]");
  assert.equal(await page.locator(".article-list").count(), 0);
  release();
  await waitForApp(page);
  assert.equal(new URL(page.url()).hash, href);
  assert.ok((await page.textContent("#article-title")).length > 0);
  assert.deepEqual(await problemsOf(page), []);
  await page.ctx.close();
});

test("the takeover moves nothing: no layout shift on a phone", async () => {
  const { page, release } = await openHeld();
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.waitForSelector("#app[data-first-screen] #overview-title");
  const before = await page.locator("#overview-title").boundingBox();
  release();
  await waitForApp(page);
  await page.waitForTimeout(500);
  const after = await page.locator("#overview-title").boundingBox();
  assert.deepEqual(after, before, "the heading is where it was");
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  await page.ctx.close();
});
