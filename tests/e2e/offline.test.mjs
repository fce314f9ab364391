// Offline after the first visit, and updates that never strand a reader: the service worker
// precaches the build; with the network gone every view still works; a new deploy installs in
// the background and is offered with "Reload"; a broken new pack is never activated.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, site, openPage, waitForApp, waitForWorker, problemsOf, deployNewBuild, DIST, ROOT } from "./helpers.mjs";

test("the worker accepts the pack format of the app it ships with, from the one Rust constant", () => {
  const lib = readFileSync(join(ROOT, "pack", "src", "model", "mod.rs"), "utf8");
  const rust = Number(lib.match(/pub const SCHEMA_VERSION: u32 = (\d+);/)[1]);
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  assert.match(sw, new RegExp(`const SCHEMA_VERSION = ${rust};`));
  assert.equal(JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8")).schema_version, rust);
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("after one online visit, everything works offline", async () => {
  const s = await site({ subPath: "clinic/guide" });
  const page = await openPage(browser);
  const failed = [];
  // A request the browser cancelled because the test moved on to the next page (ERR_ABORTED,
  // e.g. the previous page's tab icon on a busy machine) did not fail to load; any other
  // failure, offline included, counts.
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText;
    if (why !== "net::ERR_ABORTED") failed.push(`${r.url()} (${why})`);
  });
  try {
    await page.goto(`${s.url}#/articles/managing-side-effects`);
    await waitForApp(page);
    await waitForWorker(page);
    await page.ctx.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.ok((await page.textContent("#article-title")).length > 0, "reloaded offline");
    await page.waitForSelector(".offline-note");

    await page.goto(`${s.url}#/drugs/neratinib`);
    await waitForApp(page);
    assert.equal(await page.getAttribute("#drug-neratinib-button", "aria-expanded"), "true");
    await page.goto(`${s.url}#/articles/her2-beyond-the-breast`);
    await waitForApp(page);
    assert.ok((await page.textContent("#article-title")).length > 0);
    await page.goto(s.url);
    await waitForApp(page);
    assert.equal(await page.locator(".load-error").count(), 0, "no error shown to the reader");
    assert.deepEqual(failed.filter((u) => !u.includes("/sw.js ")), [], "no failed requests for app files");
    assert.deepEqual(await problemsOf(page, ["sw.js", "Failed to update a ServiceWorker"]), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("a new deploy is offered with Reload and then shown, never a blank page", async () => {
  const s = await site();
  const page = await openPage(browser);
  try {
    await page.goto(s.url);
    await waitForApp(page);
    await waitForWorker(page);
    const oldTitle = await page.textContent("#overview-title");

    deployNewBuild(s.dir);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.textContent("#overview-title"), oldTitle, "the old build keeps serving until the reader chooses");
    const reload = page.getByRole("button", { name: "Reload" });
    await reload.waitFor({ timeout: 30_000 });
    assert.ok((await page.textContent("main")).length > 100, "content stays visible while the prompt shows");
    await Promise.all([page.waitForEvent("load"), reload.click()]);
    await page.waitForFunction(
      (t) => document.querySelector("#overview-title")?.textContent === `${t} (updated)`,
      oldTitle,
      { timeout: 30_000 },
    );
    assert.equal(await page.locator(".update-note").count(), 0);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("a broken new pack is never activated; the reader keeps the good content", async () => {
  const s = await site();
  const page = await openPage(browser);
  try {
    await page.goto(s.url);
    await waitForApp(page);
    await waitForWorker(page);
    const title = await page.textContent("#overview-title");

    deployNewBuild(s.dir, { brokenPack: true });
    await page.reload();
    await waitForApp(page);
    // Let the update attempt finish: the new worker must fail to install.
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      try {
        await reg.update();
      } catch (e) {
        /* a failed install may reject */
      }
      for (let i = 0; i < 50 && reg.installing; i++) await new Promise((r) => setTimeout(r, 100));
      return { waiting: !!reg.waiting, installing: !!reg.installing };
    });
    assert.deepEqual(state, { waiting: false, installing: false });
    assert.equal(await page.locator(".update-note").count(), 0, "no update offered");
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.textContent("#overview-title"), title);
    assert.equal(await page.locator(".load-error").count(), 0);
    assert.deepEqual(await problemsOf(page, ["sw.js"]), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});
