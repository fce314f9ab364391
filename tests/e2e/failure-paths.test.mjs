// The failure paths a hostile tester found (issue 21), one test per row, each against a real
// static server on 127.0.0.1: what a reader ticked is never lost silently, the service worker
// answers only the app's own entry, "offline" is said truthfully, a damaged saved copy is
// repaired, unknown addresses get the not-found page, other sites cannot frame the guide, the
// worker can be retired, and a load leaves the console clean.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sharedSite, site, openPage, waitForApp, waitForWorker, problemsOf, deployNewBuild, ROOT } from "./helpers.mjs";
import { serve } from "./server.mjs";

const shared = sharedSite();
const PACK_KEY = "her2-guide.last-good-pack";

/** Polls `check` (which may throw while a page navigates) until it returns true. */
async function poll(check, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // The page was navigating; try again.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

test("row 9: an address naming a drug, term or result the guide does not have shows the not-found page", async () => {
  for (const hash of ["#/drugs/unknown-drug", "#/glossary/unknown-term", "#/her2-results/unknown"]) {
    const page = await openPage(shared.browser);
    try {
      await page.goto(`${shared.site.url}${hash}`);
      await waitForApp(page);
      await page.waitForSelector("#not-found-title");
      assert.equal(await page.title(), "Page not found — HER2 Guide", hash);
      assert.equal(await page.locator(".overview, .glossary, .results").count(), 0, `${hash}: no other page under it`);
      assert.deepEqual(await problemsOf(page), []);
    } finally {
      await page.ctx.close();
    }
  }
});

test("row 10: another site cannot show the guide in a frame; the guide itself still loads with those headers", async () => {
  const guide = await serve(shared.site.dir, 0, { headers: true });
  const framerDir = mkdtempSync(join(tmpdir(), "her2-framer-"));
  writeFileSync(join(framerDir, "frame.html"), `<!doctype html><title>framer</title><iframe src="${guide.url}/"></iframe>`);
  const framer = await serve(framerDir);
  const page = await openPage(shared.browser);
  try {
    const direct = await page.goto(`${guide.url}/`);
    assert.equal(direct.headers()["x-frame-options"], "DENY");
    assert.match(direct.headers()["content-security-policy"], /frame-ancestors 'none'/);
    await waitForApp(page);
    assert.deepEqual(await problemsOf(page), [], "the header CSP breaks nothing");

    await page.goto(`${framer.url}/frame.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, "the iframe is there");
    await poll(async () => frame.url() !== "about:blank", "the frame to settle", 5_000).catch(() => {});
    const drawn = await frame.evaluate(() => !!document.querySelector("#app")).catch(() => false);
    assert.equal(drawn, false, `the guide must not render inside another site's frame (frame: ${frame.url()})`);
  } finally {
    await page.ctx.close();
    await framer.close();
    await guide.close();
    rmSync(framerDir, { recursive: true, force: true });
  }
});

test("row 5: after a visit, an address inside the folder that is not the app goes to the host", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await waitForWorker(page);
    const missing = await page.goto(`${shared.site.url}drugs/tucatinib`);
    assert.equal(missing.status(), 404, "the host's 404, not a saved index.html from the wrong folder");
    assert.equal(await page.locator("#app").count(), 0);
    const robots = await page.goto(`${shared.site.url}robots.txt`);
    assert.match(robots.headers()["content-type"], /text\/plain/);
    assert.match(await page.textContent("body"), /User-agent/i);
    // The app's own entry still opens from the saved copy with no network.
    await page.ctx.setOffline(true);
    await page.goto(`${shared.site.url}index.html#/glossary`);
    await waitForApp(page);
    await page.waitForSelector("#glossary-title");
    assert.deepEqual(await problemsOf(page, ["404"]), []);
  } finally {
    await page.ctx.close();
  }
});

test("row 6: offline before the guide is saved on the device, the page does not claim it works offline", async () => {
  const ctx = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const page = await openPage(shared.browser, { context: ctx });
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await ctx.setOffline(true);
    const note = await page.waitForSelector(".offline-note");
    const text = await note.textContent();
    assert.doesNotMatch(text, /Everything in this guide still works/);
    assert.match(text, /not saved on this device yet/);
  } finally {
    await ctx.close();
  }
  // Once the worker has saved the build, the page may say so.
  const saved = await openPage(shared.browser);
  try {
    await saved.goto(shared.site.url);
    await waitForApp(saved);
    await waitForWorker(saved);
    await saved.ctx.setOffline(true);
    assert.match(await (await saved.waitForSelector(".offline-note")).textContent(), /Everything in this guide still works/);
  } finally {
    await saved.ctx.close();
  }
});

test("row 3: ticks the device's storage will not keep are reported at once, with Print", async () => {
  const page = await openPage(shared.browser);
  try {
    await page.goto(`${shared.site.url}#/questions`);
    await waitForApp(page);
    await page.waitForSelector(".question input");
    // Fill the origin's storage, as several guides on one shared host can.
    await page.evaluate(() => {
      for (const size of [1 << 20, 1 << 14, 1 << 8, 1]) {
        const chunk = "x".repeat(size);
        try {
          for (let i = 0; ; i++) localStorage.setItem(`filler-${size}-${i}`, chunk);
        } catch {
          // Full at this size; go on with smaller pieces.
        }
      }
    });
    for (const i of [0, 1, 2]) await page.locator(".question input").nth(i).check();
    assert.match(await page.textContent(".my-questions-count"), /3/);
    const warning = page.locator(".storage-warning");
    assert.equal(await warning.isVisible(), true, "the reader is told at once");
    assert.equal(await warning.getAttribute("role"), "alert");
    assert.match(await warning.textContent(), /could not be saved on this device/);
    assert.match(await warning.locator("button").textContent(), /^Print/);
    // With room again, the next tick is kept and the warning goes.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
    await page.locator(".question input").nth(3).check();
    assert.equal(await warning.isVisible(), false);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector(".question input");
    assert.match(await page.textContent(".my-questions-count"), /4/);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("row 7: a damaged saved copy of the content is repaired by the next good download, then used offline", async () => {
  const ctx = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  const page = await openPage(shared.browser, { context: ctx });
  const readable = () =>
    page.evaluate((key) => {
      try {
        return JSON.parse(localStorage.getItem(key) || "").drugs.length > 0;
      } catch {
        return false;
      }
    }, PACK_KEY);
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    await poll(readable, "the saved copy", 10_000);
    await page.evaluate((key) => {
      const text = localStorage.getItem(key);
      localStorage.setItem(key, text.slice(0, text.length >> 1));
    }, PACK_KEY);
    assert.equal(await readable(), false);
    await page.reload();
    await waitForApp(page);
    await poll(readable, "the saved copy to be repaired", 10_000);
    // Now the server fails: the reader gets the saved guide, not an error.
    await ctx.route("**/her2.json", (route) => route.fulfill({ status: 500, body: "broken" }));
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector(".stale-note");
    assert.equal(await page.locator(".load-error").count(), 0);
    assert.ok(await page.locator("#overview-title").isVisible());
    assert.deepEqual(await problemsOf(page, ["500"]), []);
  } finally {
    await ctx.close();
  }
});

test("row 11: tools/retire-sw.js published as sw.js clears the saved copies and unregisters the worker", async () => {
  const own = await site();
  const page = await openPage(shared.browser);
  try {
    await page.goto(own.url);
    await waitForApp(page);
    await waitForWorker(page);
    const before = await page.evaluate(() => caches.keys());
    assert.ok(before.some((k) => k.startsWith("her2-guide-")), `${before}`);
    // The guide is taken down: the worker is retired and the files are gone.
    copyFileSync(join(ROOT, "tools", "retire-sw.js"), join(own.dir, "sw.js"));
    rmSync(join(own.dir, "index.html"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await poll(
      async () => (await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)) === 0,
      "the worker to unregister",
    );
    const after = await page.evaluate(() => caches.keys());
    assert.deepEqual(after.filter((k) => k.startsWith("her2-guide-")), []);
    const gone = await page.goto(own.url);
    assert.equal(gone.status(), 404, "the host's answer, not the old saved build");
  } finally {
    await page.ctx.close();
    await own.close();
  }
});

test("a load leaves the console clean: no ignored integrity hash on the wasm preload", async () => {
  const page = await openPage(shared.browser);
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  try {
    await page.goto(shared.site.url);
    await waitForApp(page);
    // Chrome reports an unused or mismatched preload a few seconds after the load.
    await page.waitForTimeout(3500);
    assert.deepEqual(messages.filter((m) => /integrity|preload/i.test(m)), []);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

/** A page with no service worker (so every request goes to the host). */
async function workerless() {
  const ctx = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
  return openPage(shared.browser, { context: ctx });
}

test("row 8: a pages module that hangs ends in a message with Retry after the time limit, and Retry works", async () => {
  const page = await workerless();
  const held = [];
  try {
    await page.route("**/pages-*.wasm", (route) => held.push(route));
    await page.goto(shared.site.url);
    await waitForApp(page);
    await page.click('.site-header a[href="#/glossary"]');
    await page.waitForSelector("text=Opening this page…");
    const error = await page.waitForSelector("#page-error-title", { timeout: 30_000 });
    assert.match(await error.textContent(), /could not be opened/);
    assert.match(await page.textContent(".load-error button"), /Retry/);
    assert.ok(await page.locator(".site-header nav").isVisible(), "the header stays usable");
    // The held download fails for good; the error stays until the reader acts.
    for (const route of held) await route.abort();
    await page.waitForTimeout(500);
    assert.match(await page.textContent(".load-error button"), /Retry/);
    await page.unroute("**/pages-*.wasm");
    await page.click(".load-error button");
    await page.waitForSelector("#glossary-title");
    assert.equal(await page.locator(".load-error").count(), 0);
  } finally {
    await page.ctx.close();
  }
});

test("row 8: once a new version has replaced this one on the host, a page that cannot open offers Reload", async () => {
  const own = await site();
  const page = await workerless();
  try {
    await page.goto(own.url);
    await waitForApp(page);
    // A new deploy: new index.html and files; this build's pages module is gone.
    deployNewBuild(own.dir);
    for (const f of readdirSync(own.dir)) if (/^pages-.*\.wasm$/.test(f)) rmSync(join(own.dir, f));
    await page.click('.site-header a[href="#/glossary"]');
    await page.waitForSelector("#page-error-title");
    await page.waitForFunction(() => /new version/.test(document.querySelector(".load-error-detail")?.textContent));
    assert.equal((await page.textContent(".load-error button")).trim(), "Reload");
    await Promise.all([page.waitForEvent("load"), page.click(".load-error button")]);
    const wasm = /[\w.\/-]+_bg\.wasm/.exec(await page.textContent('script[type="module"]'))?.[0];
    assert.match(wasm, /2_bg\.wasm$/, "the reload picked up the new version");
  } finally {
    await page.ctx.close();
    await own.close();
  }
});

test("row 1: a content pack that hangs ends in the error view with Retry; the header stays usable", async () => {
  const page = await workerless();
  const held = [];
  try {
    await page.route("**/her2.json", (route) => held.push(route));
    await page.goto(`${shared.site.url}#/glossary`);
    const error = await page.waitForSelector("#load-error-title", { timeout: 45_000 });
    assert.ok(await error.isVisible());
    assert.match(await page.textContent(".load-error-detail"), /taking too long/);
    assert.ok(await page.locator(".site-header nav").isVisible(), "the header stays usable");
    for (const route of held) await route.abort();
    await page.unroute("**/her2.json");
    await page.click(".load-error button");
    await page.waitForSelector("#glossary-title");
  } finally {
    await page.ctx.close();
  }
});

test("row 1: when the app's files fail on a first visit, the page says so with Try again; header and first screen stay usable", async () => {
  // The wasm 404s, opening another page (the first screen gives way to the loading message).
  const page = await workerless();
  try {
    await page.route("**/*_bg.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto(`${shared.site.url}#/glossary`);
    const note = await page.waitForSelector(".start-failed:not([hidden])", { timeout: 15_000 });
    assert.match(await note.textContent(), /could not start/);
    assert.ok(await page.locator(".site-header nav").isVisible(), "the header stays");
    assert.equal(await page.locator(".boot > .status:not(.start-failed)").isVisible(), false, "no endless loading message");
    await page.unroute("**/*_bg.wasm");
    await Promise.all([page.waitForEvent("load"), page.click(".start-retry")]);
    await waitForApp(page);
    await page.waitForSelector("#glossary-title");
  } finally {
    await page.ctx.close();
  }
  // On the home page, the first screen's cards still open, under the same note.
  const home = await workerless();
  try {
    await home.route("**/*_bg.wasm", (route) => route.fulfill({ status: 404, body: "gone" }));
    await home.goto(shared.site.url);
    await home.waitForSelector(".start-failed:not([hidden])", { timeout: 15_000 });
    await home.click("#drug-tucatinib-button");
    await home.waitForSelector("#drug-tucatinib-panel .card-section");
    // A header link from there gives the same note, not an endless loading message.
    await home.click('.site-header a[href="#/glossary"]');
    await home.waitForSelector(".boot .start-failed:not([hidden])");
  } finally {
    await home.ctx.close();
  }
  // A half-deployed update: only a new __wasm_split.js, whose module is not there.
  const half = await workerless();
  try {
    await half.route("**/__wasm_split.js", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: 'export * from "./pages-not-there.js";' }),
    );
    await half.goto(`${shared.site.url}#/articles`);
    // The app's code imports that loader, so it cannot start: the page says so.
    await half.waitForSelector(".start-failed:not([hidden])", { timeout: 15_000 });
    assert.ok(await half.locator(".site-header nav").isVisible());
  } finally {
    await half.ctx.close();
  }
});

/** Holds the app's wasm for 3 s, so the reader can act on the first screen meanwhile. */
function slowWasm(page) {
  return page.route("**/*_bg.wasm", async (route) => {
    await new Promise((ok) => setTimeout(ok, 3000));
    await route.continue();
  });
}

test("row 2: the takeover keeps exactly the cards the reader opened and closed while the app loaded, and their place", async () => {
  const page = await workerless();
  try {
    // A slow wasm: the reader acts on the first screen meanwhile.
    await slowWasm(page);
    await page.goto(`${shared.site.url}#/drugs/tucatinib`);
    await page.waitForSelector('#drug-tucatinib-button[aria-expanded="true"]');
    await page.click("#drug-tucatinib-button");
    await page.click("#drug-trastuzumab-button");
    await page.evaluate(() => document.getElementById("drug-trastuzumab-button").scrollIntoView());
    const before = await page.evaluate(() => document.getElementById("drug-trastuzumab-button").getBoundingClientRect().top);
    await waitForApp(page);
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute("#drug-tucatinib-button", "aria-expanded"), "false", "tucatinib stays closed");
    assert.equal(await page.getAttribute("#drug-trastuzumab-button", "aria-expanded"), "true");
    assert.match(page.url(), /#\/drugs\/trastuzumab$/);
    const after = await page.evaluate(() => document.getElementById("drug-trastuzumab-button").getBoundingClientRect().top);
    assert.ok(Math.abs(after - before) < 80, `the page did not jump (${before} -> ${after})`);
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), "drug-tucatinib-button");
  } finally {
    await page.ctx.close();
  }
  // Closing only the deep-linked card keeps it closed.
  const only = await workerless();
  try {
    await slowWasm(only);
    await only.goto(`${shared.site.url}#/drugs/tucatinib`);
    await only.waitForSelector('#drug-tucatinib-button[aria-expanded="true"]');
    await only.click("#drug-tucatinib-button");
    await waitForApp(only);
    await only.waitForTimeout(300);
    assert.equal(await only.getAttribute("#drug-tucatinib-button", "aria-expanded"), "false");
    assert.match(only.url(), /#\/$/);
  } finally {
    await only.ctx.close();
  }
});
