// HER2 Guide benchmark: the release app against a script-free baseline page of the same pack.
// Run through `bash bench/run.sh` (which builds first); see bench/RESULTS.md.
// Usage: node bench/bench.mjs [--runs N] [--scales 1,10,100] [--no-lighthouse] [--dist DIR]
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus, loadavg } from "node:os";
import { brotliCompressSync, constants } from "node:zlib";
import { serve } from "./server.mjs";
import { FLAGS } from "../tests/e2e/helpers.mjs";
import { scalePack, MAX_PACK_BYTES } from "./synth.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`--${name} needs a value`);
  return value;
}
const RUNS = Math.max(1, Number(option("runs", process.env.BENCH_RUNS || 5)) | 0);
const SCALES = option("scales", "1,10,100")
  .split(",")
  .map(Number)
  .filter((n) => n >= 1);
const ONLY = option("only", null); // for working on the benchmark: e.g. --only interaction,scale
const want = (part) => !ONLY || ONLY.split(",").includes(part);
const LIGHTHOUSE = !process.argv.includes("--no-lighthouse") && want("lighthouse");
const DIST = option("dist", join(ROOT, "dist"));
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// The conditions every measured page gets (unless noted).
const CPU_RATE = 4;
const NETWORK = {
  offline: false,
  latency: 150, // ms round trip
  downloadThroughput: 200_000, // bytes/s = 1.6 Mbit/s
  uploadThroughput: 93_750, // bytes/s = 750 kbit/s
};
const MOBILE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  colorScheme: "light",
};
const SETTLE_MS = 1000;
// Past this many seconds, the optional largest-under-the-limit scale point is skipped.
const EXTRA_SCALE_BUDGET_S = 330;
const TOGGLES = 20;

const TARGETS = {
  lcpRatio: 1.2,
  ttiRatio: 3,
  toggleP95: 50,
  search1: 16,
  search100: 50,
  lighthouse: 95,
};

const log = (...a) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------------------------------------
// Statistics

const sorted = (xs) => xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs) => quantile(xs, 0.5);
function summary(xs) {
  const s = sorted(xs);
  return s.length ? { median: median(s), min: s[0], max: s[s.length - 1], n: s.length, values: xs } : null;
}
/** Ratio a_i / b_i run by run, then the median (and spread) of those ratios. */
function pairedRatio(a, b) {
  const ratios = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (typeof a[i] === "number" && typeof b[i] === "number" && b[i] > 0) ratios.push(a[i] / b[i]);
  }
  return summary(ratios);
}

// ---------------------------------------------------------------------------------------------
// Preparing what is served: a snapshot of the build, the baseline page, the scaled packs

function run(cmd, args, { cwd = ROOT, env = process.env, timeout = 600_000 } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) ok(out);
      else fail(new Error(`${cmd} ${args.join(" ")} exited with ${code}:\n${err || out}`));
    });
  });
}

const WORK = join(BENCH, "results", "tmp", `run-${process.pid}`);

async function prepare() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`no build in ${DIST}: run bash scripts/build.sh first`);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // A snapshot, so a rebuild by someone else during the run changes nothing.
  const app = join(WORK, "app");
  cpSync(DIST, app, { recursive: true });
  // The stylesheets the built index.html carries inline, in order, each saved to a file for the
  // baseline writer (which inlines them the same way).
  const css = [...readFileSync(join(app, "index.html"), "utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m, i) => {
    const file = join(WORK, `style-${i}.css`);
    writeFileSync(file, m[1]);
    return file;
  });
  if (css.length === 0) throw new Error("no inline stylesheet in the built index.html");

  // The baseline: same pack, same markdown function, same inline stylesheets, no script.
  await run("cargo", ["build", "--quiet", "--release", "-p", "her2-pack"]);
  const packBin = join(ROOT, "target", "release", "her2-pack");
  const baselineDir = join(WORK, "baseline");
  mkdirSync(baselineDir);
  const made = await run(packBin, ["baseline", join(app, "her2.json"), join(baselineDir, "index.html"), ...css]);
  log(made.trim());

  // Scaled packs, each in its own copy of the build.
  const pack = JSON.parse(readFileSync(join(app, "her2.json"), "utf8"));
  // When a requested scale is over the app's size limit, also measure the largest multiple that
  // fits, so growth can still be read up there.
  const factors = [...SCALES];
  const tooBig = (want("scale") ? SCALES : []).filter((f) => f > 1 && JSON.stringify(scalePack(pack, f)).length > MAX_PACK_BYTES);
  let largestFit = null;
  if (tooBig.length) {
    const one = Buffer.byteLength(JSON.stringify(scalePack(pack, 1)));
    const per = Buffer.byteLength(JSON.stringify(scalePack(pack, 2))) - one;
    let f = Math.min(Math.min(...tooBig) - 1, Math.floor((MAX_PACK_BYTES - one) / per) + 1);
    while (f > 1 && Buffer.byteLength(JSON.stringify(scalePack(pack, f))) > MAX_PACK_BYTES) f--;
    if (f > 1 && !factors.includes(f)) {
      largestFit = f;
      factors.push(f);
      factors.sort((a, b) => a - b);
    }
  }
  const scales = [];
  for (const factor of want("scale") ? factors : []) {
    const dir = join(WORK, `scale-${factor}`);
    cpSync(app, dir, { recursive: true });
    const text = JSON.stringify(scalePack(pack, factor));
    writeFileSync(join(dir, "her2.json"), text);
    const raw = Buffer.byteLength(text);
    // The pre-painted first screen of this pack, as a build of it would have (when it loads).
    if (raw <= MAX_PACK_BYTES) await run(packBin, ["first-screen", join(dir, "her2.json"), join(dir, "index.html")]);
    // Brotli at quality 11 for every scale, so the sizes compare (the server itself uses a faster
    // quality for files over 1 MiB; that only changes the unthrottled transfer of the scale runs).
    const brotli = brotliCompressSync(Buffer.from(text), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw },
    }).length;
    const entry = { factor, dir: `scale-${factor}`, raw, brotli, drugs: pack.drugs.length * factor, articles: pack.articles.length * factor };
    entry.fits = raw <= MAX_PACK_BYTES;
    entry.largestFit = factor === largestFit;
    if (entry.fits) {
      // The same parse + validate the app runs (parse_pack), natively, timed by her2-pack.
      // Three times, the median: one timing on a busy machine says little.
      const times = [];
      for (let i = 0; i < 3; i++) {
        const out = await run(packBin, ["baseline", join(dir, "her2.json"), join(WORK, `scale-${factor}.html`), ...css]);
        times.push(Number(/parse_ms=([\d.]+)/.exec(out)?.[1]));
      }
      entry.nativeParseMs = median(times);
    } else {
      entry.note = `pack is ${(raw / 1048576).toFixed(1)} MiB, over the app's ${MAX_PACK_BYTES / 1048576} MiB limit (MAX_PACK_BYTES): parse_pack refuses it`;
    }
    scales.push(entry);
  }
  return { css, scales, packVersion: pack.version };
}

// ---------------------------------------------------------------------------------------------
// The browser side

// Runs before any page script: records paint, LCP and the app's content-ready mark as they come.
const INSTRUMENT = () => {
  const b = (window.__bench = { fcp: null, lcp: null, lcpElement: null, mark: null });
  b.ready = new Promise((ok) => (b.resolveReady = ok));
  b.painted = new Promise((ok) => (b.resolvePainted = ok));
  const painted = () => b.fcp !== null && b.lcp !== null && b.resolvePainted();
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* not supported */
    }
  };
  observe("paint", (e) => {
    if (e.name === "first-contentful-paint") b.fcp = e.startTime;
    painted();
  });
  observe("largest-contentful-paint", (e) => {
    b.lcp = e.startTime;
    const el = e.element;
    painted();
    b.lcpElement = el ? `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className ? "." + String(el.className).split(" ")[0] : ""}` : e.url;
  });
  observe("mark", (e) => {
    if (e.name === "content-ready" && b.mark === null) {
      b.mark = e.startTime;
      b.resolveReady(e.startTime);
    }
  });
};

// Time to interactive: from navigation start, click the first card toggle whenever it says
// aria-expanded="false" until it says "true" and the panel it controls is shown with the card's
// contents in it (not the first screen's "Opening this card…" note while the panels file
// loads); the time that is first so is the answer.
const TTI_PROBE = () => {
  const t = (window.__tti = { at: null, clicks: 0 });
  let watching = false;
  const shown = (btn) => {
    const panel = document.getElementById(btn.getAttribute("aria-controls") || "");
    return !!panel && !panel.hidden && panel.getBoundingClientRect().height > 0 && panel.textContent.trim().length > 0 &&
      !panel.querySelector(".card-panel-loading");
  };
  const seen = () => {
    const btn = document.querySelector(".card-toggle");
    if (t.at === null && t.clicks > 0 && btn && btn.getAttribute("aria-expanded") === "true" && shown(btn)) {
      t.at = performance.now();
      return true;
    }
    return t.at !== null;
  };
  const tick = () => {
    if (seen()) return;
    const btn = document.querySelector(".card-toggle");
    if (btn && btn.getAttribute("aria-expanded") === "false") {
      if (!watching) {
        watching = true;
        new MutationObserver(seen).observe(document.documentElement, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["aria-expanded", "hidden"],
        });
      }
      t.clicks++;
      btn.click();
      if (seen()) return;
    }
    setTimeout(tick, 10);
  };
  tick();
};

let browser;
let server;

/** Waits for the app's content-ready mark (its time), failing after `ms`. */
function contentReady(page, ms = 60_000) {
  return page.evaluate(
    (ms) =>
      Promise.race([
        window.__bench.ready,
        new Promise((_, fail) => setTimeout(() => fail(new Error(`no content-ready mark after ${ms} ms`)), ms)),
      ]),
    ms,
  );
}

/** Runs one measurement; a run that breaks is recorded with its error and the others go on. */
async function attempt(what, fn) {
  try {
    return await fn();
  } catch (e) {
    const error = String(e.message || e).split("\n")[0];
    log(`${what} failed: ${error}`);
    return { error };
  }
}

async function newPage({ throttleNetwork = true, disableCache = true, serviceWorkers = "allow", cpu = CPU_RATE } = {}) {
  const context = await browser.newContext({ ...MOBILE, serviceWorkers });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(INSTRUMENT);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (disableCache) await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttleNetwork) await cdp.send("Network.emulateNetworkConditions", NETWORK);
  if (cpu > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  return { context, page, cdp, errors };
}

/** Bytes by kind from the page's own network log (CDP loadingFinished encodedDataLength). */
function byteCounter(cdp) {
  const requests = new Map();
  const kindOf = (url, mime = "", type = "") => {
    const path = new URL(url).pathname;
    if (path.endsWith(".wasm") || mime.includes("wasm")) return "wasm";
    if (path.endsWith("her2.json")) return "pack";
    if (type === "Document" || mime.includes("html")) return "html";
    if (path.endsWith(".js") || mime.includes("javascript")) return "js";
    if (path.endsWith(".css") || mime.includes("css")) return "css";
    return "other";
  };
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!e.request.url.startsWith("http")) return;
    requests.set(e.requestId, { url: e.request.url, type: e.type });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { mime: e.response.mimeType, type: e.type, fromSW: e.response.fromServiceWorker });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  return () => {
    const out = { html: 0, js: 0, wasm: 0, css: 0, pack: 0, other: 0, total: 0, requests: 0 };
    for (const r of requests.values()) {
      if (typeof r.bytes !== "number") continue;
      out[kindOf(r.url, r.mime, r.type)] += r.bytes;
      out.total += r.bytes;
      out.requests++;
    }
    return out;
  };
}

async function coldRun(kind, url) {
  const { context, page, cdp, errors } = await newPage();
  try {
    const bytes = byteCounter(cdp);
    await page.goto(url, { waitUntil: "load" });
    if (kind === "app") await contentReady(page);
    // Settle: the first paint and an LCP candidate are in (a long page can paint well after
    // load at 4× CPU), then a quiet second for later LCP candidates and late requests.
    await page.evaluate(() => Promise.race([window.__bench.painted, new Promise((ok) => setTimeout(ok, 30_000))]));
    await sleep(SETTLE_MS);
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return {
        fcp: window.__bench.fcp,
        lcp: window.__bench.lcp,
        lcpElement: window.__bench.lcpElement,
        mark: window.__bench.mark,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        load: nav ? nav.loadEventEnd : null,
      };
    });
    m.contentReady = kind === "app" ? m.mark : m.dcl;
    m.bytes = bytes();
    if (errors.length) m.errors = errors;
    return m;
  } finally {
    await context.close();
  }
}

async function ttiRun(url) {
  const { context, page, errors } = await newPage();
  try {
    await page.addInitScript(TTI_PROBE);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__tti && window.__tti.at !== null, null, { polling: 100, timeout: 60_000 });
    const r = await page.evaluate(() => ({ tti: window.__tti.at, clicks: window.__tti.clicks, mark: window.__bench.mark }));
    if (errors.length) r.errors = errors;
    return r;
  } finally {
    await context.close();
  }
}

/** First visit until the service worker controls the page, then reload online and offline. */
async function repeatRun(url) {
  const { context, page, errors } = await newPage({ disableCache: false });
  try {
    server.resetStats();
    await page.goto(url, { waitUntil: "load" });
    await contentReady(page);
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
      polling: 100,
      timeout: 60_000,
    });
    // Let the worker's precache downloads finish being counted.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await sleep(300);
    const firstVisit = server.stats();
    const ready = async () => {
      await page.reload({ waitUntil: "load" });
      const mark = await contentReady(page);
      const fromWorker = await page.evaluate(() =>
        performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm") || e.name.endsWith("her2.json")).every((e) => e.workerStart > 0),
      );
      return { mark, fromWorker };
    };
    server.resetStats();
    const online = await ready();
    const onlineServer = server.stats();
    await context.setOffline(true);
    const offline = await ready();
    return {
      firstVisitServerBytes: firstVisit.bytes,
      firstVisitRequests: firstVisit.requests,
      online: online.mark,
      onlineFromWorker: online.fromWorker,
      onlineServerBytes: onlineServer.bytes,
      offline: offline.mark,
      offlineFromWorker: offline.fromWorker,
      errors: errors.length ? errors : undefined,
    };
  } finally {
    await context.close();
  }
}

/**
 * Click → next frame → task: the time until the toggled panel has been painted. The clicks are
 * real input (CDP Input.dispatchMouseEvent at the button's centre, no test-driver scripts in the
 * page); the time runs from the click event's timeStamp (when the input was created).
 */
async function interaction(url) {
  const { context, page, cdp, errors } = await newPage({ throttleNetwork: false });
  try {
    await page.goto(url, { waitUntil: "load" });
    await contentReady(page);
    await sleep(500);
    const panelId = await page.evaluate(() => {
      window.__clicks = { toggle: [], floor: [] };
      window.addEventListener(
        "click",
        (e) => {
          const kind = e.target.closest?.(".card-toggle") ? "toggle" : e.target.closest?.("h1") ? "floor" : null;
          if (!kind) return;
          const start = e.timeStamp;
          requestAnimationFrame(() =>
            setTimeout(() => {
              window.__clicks[kind].push(performance.now() - start);
              window.__painted?.();
            }, 0),
          );
        },
        true,
      );
      const button = document.querySelector(".card-toggle");
      button.scrollIntoView({ block: "center" });
      return button.getAttribute("aria-controls");
    });
    await sleep(300);
    // One real click on `selector` (its centre, or its top 48 px), then wait for the sample.
    const click = async (selector) => {
      const { x, y, hidden } = await page.evaluate(
        ({ selector, panelId }) => {
          window.__wait = new Promise((ok) => (window.__painted = ok));
          const r = document.querySelector(selector).getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 24), hidden: document.getElementById(panelId)?.hidden };
        },
        { selector, panelId },
      );
      const mouse = { x, y, button: "left", clickCount: 1 };
      await cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", ...mouse });
      await cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", ...mouse });
      await page.evaluate(() => Promise.race([window.__wait, new Promise((ok) => setTimeout(ok, 10_000))]));
      const after = await page.evaluate((id) => document.getElementById(id)?.hidden, panelId);
      await sleep(150);
      return hidden !== after;
    };
    let flips = 0;
    for (let i = 0; i < TOGGLES; i++) if (await click(".card-toggle")) flips++;
    const { toggle } = await page.evaluate(() => window.__clicks);
    // The browser's own share: the same panel (its contents drawn by the app's first open) shown
    // and hidden by three lines of plain script that stop the click before the app sees it. What
    // this costs is style, layout and paint of the page, which no app code can remove.
    await page.evaluate(() => {
      window.__clicks.toggle = [];
      window.addEventListener(
        "click",
        (e) => {
          const button = e.target.closest?.(".card-toggle");
          if (!button) return;
          e.stopPropagation();
          const panel = document.getElementById(button.getAttribute("aria-controls"));
          panel.hidden = !panel.hidden;
          button.setAttribute("aria-expanded", String(!panel.hidden));
        },
        true,
      );
    });
    let plainFlips = 0;
    for (let i = 0; i < TOGGLES; i++) if (await click(".card-toggle")) plainFlips++;
    const plain = (await page.evaluate(() => window.__clicks.toggle)).slice();
    // The harness floor: the same click → frame → task on plain text that does nothing.
    await page.evaluate(() => document.querySelector("h1").scrollIntoView({ block: "center" }));
    await sleep(300);
    for (let i = 0; i < 10; i++) await click("h1");
    const { floor } = await page.evaluate(() => window.__clicks);
    return { samples: toggle, plain, plainFlips, floor, flips, errors: errors.length ? errors : undefined };
  } finally {
    await context.close();
  }
}

/**
 * Search latency, if the app has a search box (on the page, or at `#/search`): from the input
 * event until the page has painted its first DOM change in response (MutationObserver → next
 * frame → task), so a debounce counts. A query that changes nothing within 1 s (the page already
 * shows its answer, e.g. a second query with no results) counts as the time to the first paint
 * after the input, not as the 1 s waited.
 */
const QUERIES = ["her", "heart", "trast", "pregnan", "diarr", "test", "pill", "breast", "stomach", "lung", "liver", "tucatinib", "rash", "eye", "zzz", "dose", "adc", "biosim", "infusion", "tired"];
async function searchLatency(page, queries = QUERIES, { plainReference = false } = {}) {
  let box = await page.$("input[type=search]");
  if (!box) {
    await page.evaluate(() => (location.hash = "#/search"));
    box = await page.waitForSelector("input[type=search]", { timeout: 120_000 }).catch(() => null);
  }
  if (!box) return null;
  await sleep(300);
  const pass = async (record) => {
    const samples = [];
    const seen = [];
    let changed = 0;
    for (const q of queries) {
      const r = await page.evaluate(
        ({ q, record }) =>
          new Promise((ok) => {
            const input = document.querySelector("input[type=search]");
            const root = document.querySelector("main") || document.body;
            let mutated = false;
            let done = false;
            let firstPaint = null;
            const start = performance.now();
            requestAnimationFrame(() => setTimeout(() => (firstPaint = performance.now() - start), 0));
            // What the page shows for this query: the status line and the result groups.
            const snapshot = () =>
              record
                ? {
                    status: document.querySelector(".search-status")?.textContent ?? "",
                    groups: [...document.querySelectorAll(".search-group")].map((g) => g.outerHTML).join(""),
                  }
                : null;
            const finish = () =>
              requestAnimationFrame(() =>
                setTimeout(() => {
                  if (done) return;
                  done = true;
                  observer.disconnect();
                  ok({ ms: performance.now() - start, mutated, shown: snapshot() });
                }, 0),
              );
            const observer = new MutationObserver(() => {
              if (!mutated) {
                mutated = true;
                finish();
              }
            });
            observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
            input.value = q;
            input.dispatchEvent(new Event("input", { bubbles: true }));
            setTimeout(() => {
              if (mutated || done) return;
              done = true;
              observer.disconnect();
              ok({ ms: firstPaint ?? performance.now() - start, mutated, shown: snapshot() });
            }, 1000);
          }),
        { q, record },
      );
      samples.push(r.ms);
      seen.push(r.shown);
      if (r.mutated) changed++;
      await sleep(100);
    }
    return { samples, seen, changed };
  };
  const app = await pass(plainReference);
  const out = summaryWithP95(app.samples);
  out.queriesThatChangedThePage = app.changed;
  if (plainReference) {
    // The browser's own share: the same queries, the app's own results for each put on the page
    // by plain script (the input stopped before the app sees it). This costs the style, layout
    // and paint of the results, which no search code can remove.
    await page.evaluate(
      ({ queries, seen }) => {
        const byQuery = new Map(queries.map((q, i) => [q, seen[i]]));
        window.addEventListener(
          "input",
          (e) => {
            if (!e.target.matches?.("input[type=search]")) return;
            e.stopImmediatePropagation();
            const shown = byQuery.get(e.target.value);
            if (!shown) return;
            const status = document.querySelector(".search-status");
            if (status.textContent !== shown.status) status.textContent = shown.status;
            const groups = [...document.querySelectorAll(".search-group")];
            if (groups.map((g) => g.outerHTML).join("") === shown.groups) return;
            const box = document.querySelector(".search-groups");
            if (box) box.innerHTML = shown.groups;
            else {
              for (const g of groups) g.remove();
              status.insertAdjacentHTML("afterend", shown.groups);
            }
          },
          true,
        );
      },
      { queries, seen: app.seen },
    );
    const plain = await pass(false);
    out.plainScript = { ...summaryWithP95(plain.samples), queriesThatChangedThePage: plain.changed };
  }
  return out;
}

function summaryWithP95(xs) {
  const s = summary(xs);
  if (s) s.p95 = quantile(xs, 0.95);
  return s;
}

/** Parse + first render of a scaled pack: content-ready mark minus the app's pack-received mark. */
async function scaleRun(url, { search = false } = {}) {
  const { context, page, errors } = await newPage({ throttleNetwork: false, serviceWorkers: "block" });
  try {
    await page.goto(url, { waitUntil: "load" });
    const outcome = await Promise.race([
      contentReady(page, 300_000).then(() => "ready"),
      page.waitForSelector(".load-error", { timeout: 300_000 }).then(() => "error"),
    ]);
    const r = await page.evaluate(() => {
      const res = performance.getEntriesByType("resource").find((e) => new URL(e.name).pathname.endsWith("/her2.json"));
      // The app marks "pack-received" when it has the pack's bytes and starts to parse them (the
      // pack is requested by index.html, so it usually arrives before the wasm runs).
      const received = performance.getEntriesByName("pack-received")[0];
      // …and "pack-parsed" when the pack has been parsed and checked, before the first render.
      const parsed = performance.getEntriesByName("pack-parsed")[0];
      return {
        mark: window.__bench.mark,
        packResponseEnd: received ? received.startTime : res ? res.responseEnd : null,
        parsedAt: parsed ? parsed.startTime : null,
        error: document.querySelector(".load-error-detail")?.textContent || null,
        cards: document.querySelectorAll(".card").length,
      };
    });
    r.outcome = outcome;
    r.renderMs = outcome === "ready" && r.packResponseEnd !== null ? r.mark - r.packResponseEnd : null;
    const split = outcome === "ready" && r.packResponseEnd !== null && r.parsedAt !== null;
    r.parseMs = split ? r.parsedAt - r.packResponseEnd : null;
    r.firstRenderMs = split ? r.mark - r.parsedAt : null;
    // At a large scale each query can take seconds: 10 queries there, 20 at 1×.
    if (outcome === "ready" && search) r.search = await searchLatency(page, r.cards > 100 ? QUERIES.slice(0, 10) : QUERIES, { plainReference: true });
    if (errors.length) r.errors = errors;
    return r;
  } finally {
    await context.close();
  }
}

async function lighthouse(url) {
  const out = join(WORK, "lighthouse.json");
  const flags = `--headless=new ${FLAGS.join(" ")}`;
  await run(
    process.execPath,
    [
      join(ROOT, "node_modules", "lighthouse", "cli", "index.js"),
      url,
      `--chrome-flags=${flags}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 240_000 },
  );
  const report = JSON.parse(readFileSync(out, "utf8"));
  const scores = {};
  for (const [id, c] of Object.entries(report.categories)) scores[id] = c.score === null ? null : Math.round(c.score * 100);
  const failing = {};
  for (const [id, c] of Object.entries(report.categories)) {
    failing[id] = c.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 0.9)
      .map((a) => `${a.id} (${Math.round(a.score * 100)})`);
  }
  return {
    version: report.lighthouseVersion,
    scores,
    failing,
    metrics: {
      fcp: report.audits["first-contentful-paint"]?.numericValue,
      lcp: report.audits["largest-contentful-paint"]?.numericValue,
      tbt: report.audits["total-blocking-time"]?.numericValue,
      cls: report.audits["cumulative-layout-shift"]?.numericValue,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (x) => (x === null || x === undefined ? "—" : `${Math.round(x)} ms`);
const fmtMsFine = (x) => (x === null || x === undefined ? "—" : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
const fmtKB = (x) => (x === null || x === undefined ? "—" : x >= 1048576 ? `${(x / 1048576).toFixed(2)} MiB` : `${(x / 1024).toFixed(1)} KiB`);
const fmtX = (x) => (x === null || x === undefined ? "—" : `${x.toFixed(2)}×`);
function spread(s, fmt) {
  if (!s) return "—";
  if (s.n === 1 || s.min === s.max) return fmt(s.median);
  return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
}
const verdict = (ok) => (ok === null ? "n/a" : ok ? "pass" : "FAIL");

function cpuModel() {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8")
      .split("\n")
      .find((l) => l.startsWith("model name"));
    return line ? line.split(":")[1].trim() : cpus()[0]?.model;
  } catch {
    return cpus()[0]?.model;
  }
}

const BYTE_LABELS = { html: "HTML", js: "JS", wasm: "wasm", css: "CSS", pack: "pack (her2.json)", other: "other", total: "total" };

function buildTable(r) {
  const rows = [];
  const row = (measure, app, base, ratio, target = "", result = "") => rows.push([measure, app, base, ratio, target, result]);
  const section = (title) => rows.push([`**${title}**`, "", "", "", "", ""]);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  if (r.cold) {
    const { app, baseline, ratios } = r.cold;
    section(`Cold first visit — ${plural(RUNS, "run")} each, slow 4G + 4× CPU, cache off`);
    for (const k of ["html", "js", "wasm", "css", "pack", "other", "total"]) {
      row(`Bytes: ${BYTE_LABELS[k]}`, spread(app.bytes[k], fmtKB), spread(baseline.bytes[k], fmtKB), ratios.bytes[k] ? fmtX(ratios.bytes[k].median) : "—");
    }
    row("FCP", spread(app.fcp, fmtMs), spread(baseline.fcp, fmtMs), fmtX(ratios.fcp?.median));
    const lcpOk = ratios.lcp ? ratios.lcp.median <= TARGETS.lcpRatio : null;
    row("LCP", spread(app.lcp, fmtMs), spread(baseline.lcp, fmtMs), fmtX(ratios.lcp?.median), `ratio ≤ ${TARGETS.lcpRatio}`, verdict(lcpOk));
    row("Content ready (app: mark; baseline: DOMContentLoaded)", spread(app.contentReady, fmtMs), spread(baseline.contentReady, fmtMs), fmtX(ratios.contentReady?.median));
    if (r.cold.spanish?.bytes) {
      // The Spanish build against the English app (not the baseline): the ratio column is Spanish ÷ English.
      const es = r.cold.spanish;
      const vs = r.cold.spanishVsEnglish;
      const bytesOk = vs.bytes ? vs.bytes.median <= 1.1 : null;
      row("Spanish build (es/): all bytes, ratio to the English app's", spread(es.bytes.total, fmtKB), "—", fmtX(vs.bytes?.median), "ratio ≤ 1.10", verdict(bytesOk));
      row("Spanish build (es/): content ready, ratio to the English app's", spread(es.contentReady, fmtMs), "—", fmtX(vs.contentReady?.median));
    }
    if (r.tti) {
      const ttiOk = r.tti.ratio ? r.tti.ratio.median <= TARGETS.ttiRatio : null;
      row("Time to interactive (first card expands) vs baseline content ready", spread(r.tti.app, fmtMs), spread(baseline.contentReady, fmtMs), fmtX(r.tti.ratio?.median), `ratio ≤ ${TARGETS.ttiRatio}`, verdict(ttiOk));
    }
  }

  if (r.repeat) {
    section(`Repeat visit, service worker in control — ${plural(r.repeat.runs, "run")}, same throttling`);
    const base = r.cold?.baseline.bytes.total;
    row(
      "First visit: all bytes the server sent, incl. the worker's precache",
      spread(r.repeat.firstVisitServerBytes, fmtKB),
      spread(base, fmtKB),
      base && r.repeat.firstVisitServerBytes ? fmtX(pairedRatio(r.repeat.firstVisitServerBytes.values, base.values)?.median) : "—",
    );
    row("Content ready, reload online", spread(r.repeat.online, fmtMs), "—", "—");
    row("Content ready, reload offline", spread(r.repeat.offline, fmtMs), "—", "—");
  }

  if (r.interaction || r.search) section(`Interaction — ${TOGGLES} toggles of the first card, 4× CPU`);
  if (r.interaction) {
    const it = r.interaction;
    const toggleOk = typeof it.p95 === "number" ? it.p95 <= TARGETS.toggleP95 : null;
    row("Card toggle: click → panel painted, median (open / close)", `${fmtMsFine(it.median)} (${fmtMsFine(it.open?.median)} / ${fmtMsFine(it.close?.median)})`, "—", "—");
    row("Card toggle: click → panel painted, p95", fmtMsFine(it.p95), "—", "—", `≤ ${TARGETS.toggleP95} ms`, verdict(toggleOk));
    const ps = it.plainScript;
    if (ps?.n) row(`Same panel toggled by plain script, no app code (${ps.flips}/${ps.n} toggled), median / p95`, `${fmtMsFine(ps.median)} / ${fmtMsFine(ps.p95)}`, "—", typeof it.p95 === "number" && ps.p95 ? `app ${fmtX(it.median / ps.median)} at median, ${fmtX(it.p95 / ps.p95)} at p95` : "—");
    row("Harness floor: click on the h1 (does nothing) → painted, median / p95", `${fmtMsFine(it.floor?.median)} / ${fmtMsFine(it.floor?.p95)}`, "—", "—");
  }
  for (const s of r.search || []) {
    row(`Search: input → results painted, p95 (${s.measuredAt && s.measuredAt !== s.factor ? `${s.measuredAt}×, largest pack under the limit` : `${s.factor}×`})`, s.p95 === null ? s.note : fmtMsFine(s.p95), "—", "—", `≤ ${s.target} ms`, s.p95 === null ? "n/a" : verdict(s.p95 <= s.target));
    const ps = s.plainScript;
    if (ps?.n) row(`Same results put in by plain script, no app code (${s.measuredAt || s.factor}×; ${ps.queriesThatChangedThePage}/${ps.n} changed the page), median / p95`, `${fmtMsFine(ps.median)} / ${fmtMsFine(ps.p95)}`, "—", typeof s.p95 === "number" && ps.p95 ? `app ${fmtX(s.median / ps.median)} at median, ${fmtX(s.p95 / ps.p95)} at p95` : "—");
  }

  if (r.scale) {
    section("Scale — synthetic packs (drugs and articles × N), 4× CPU, no network throttling");
    const one = r.scale.find((s) => s.factor === 1);
    const g = (x, base) => (typeof x === "number" && typeof base === "number" && base > 0 ? fmtX(x / base) : "—");
    for (const s of r.scale) {
      const label = s.largestFit ? `${s.factor}× (largest under the limit)` : `${s.factor}×`;
      row(`${label} (${s.drugs} drugs, ${s.articles} articles): pack raw / brotli`, `${fmtKB(s.raw)} / ${fmtKB(s.brotli)}`, "—", `${g(s.raw, one?.raw)} / ${g(s.brotli, one?.brotli)} of 1×`);
      row(`${s.factor}×: parse + validate (native parse_pack)`, s.nativeParseMs === undefined ? "refused (over size limit)" : fmtMsFine(s.nativeParseMs), "—", g(s.nativeParseMs, one?.nativeParseMs));
      row(`${s.factor}×: parse + first render in the app (pack received → content ready)`, s.renderMs ? spread(s.renderMs, fmtMs) : s.appNote || "—", "—", g(s.renderMs?.median, one?.renderMs?.median));
      if (s.parseMs) {
        row(`${s.factor}×: of which parse + validate in the app (pack received → parsed)`, spread(s.parseMs, fmtMs), "—", g(s.parseMs.median, one?.parseMs?.median));
        row(`${s.factor}×: of which first render (parsed → content ready)`, spread(s.firstRenderMs, fmtMs), "—", g(s.firstRenderMs.median, one?.firstRenderMs?.median));
      }
    }
  }

  section("Lighthouse 12 (mobile, simulated slow 4G), app");
  if (r.lighthouse?.scores) {
    for (const [id, name] of [["performance", "Performance"], ["accessibility", "Accessibility"], ["best-practices", "Best practices"], ["seo", "SEO"]]) {
      const v = r.lighthouse.scores[id];
      const known = v !== null && v !== undefined;
      row(`Lighthouse ${name}`, known ? String(v) : "—", "—", "—", `≥ ${TARGETS.lighthouse}`, known ? verdict(v >= TARGETS.lighthouse) : "n/a");
    }
  } else {
    row("Lighthouse", r.lighthouse?.note || "not run", "—", "—", `≥ ${TARGETS.lighthouse}`, "n/a");
  }

  const header = ["Measure", "App: median (min–max)", "Baseline: median (min–max)", "App / baseline", "Target", "Result"];
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const loadAverage0 = loadavg().map((x) => Math.round(x * 100) / 100);
  log(`runs=${RUNS} scales=${SCALES.join(",")} lighthouse=${LIGHTHOUSE}`);
  const prep = await prepare();
  log("precompressing and serving");
  server = await serve(WORK);
  log(`serving ${server.files.size} files at ${server.url}`);
  const appUrl = `${server.url}/app/`;
  const baseUrl = `${server.url}/baseline/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpuModel(),
      cores: cpus().length,
      node: process.version,
      chromium: browser.version(),
      // Other work on the machine skews every timing: the 1/5/15-minute load averages.
      loadAverageBefore: loadAverage0,
    },
    settings: { runs: RUNS, cpuThrottling: CPU_RATE, network: NETWORK, mobile: MOBILE, settleMs: SETTLE_MS, targets: TARGETS },
    pack: prep.packVersion,
  };

  try {
    // Cold runs, app and baseline alternating.
    const cold = { app: [], baseline: [], spanish: [] };
    for (let i = 0; i < (want("cold") ? RUNS : 0); i++) {
      cold.app.push(await attempt("cold app run", () => coldRun("app", appUrl)));
      cold.baseline.push(await attempt("cold baseline run", () => coldRun("baseline", baseUrl)));
      // The Spanish build (es/), opened by its own address, as a shared Spanish link is.
      cold.spanish.push(await attempt("cold Spanish app run", () => coldRun("app", `${appUrl}es/`)));
      const a = cold.app[i];
      const b = cold.baseline[i];
      log(`cold ${i + 1}/${RUNS}: app LCP ${fmtMs(a.lcp)} ready ${fmtMs(a.contentReady)} ${fmtKB(a.bytes?.total)} | baseline LCP ${fmtMs(b.lcp)} DCL ${fmtMs(b.contentReady)} ${fmtKB(b.bytes?.total)}`);
    }
    const pick = (list, f) => list.map(f);
    const sideSummary = (list) => ({
      fcp: summary(pick(list, (m) => m.fcp)),
      lcp: summary(pick(list, (m) => m.lcp)),
      contentReady: summary(pick(list, (m) => m.contentReady)),
      bytes: Object.fromEntries(["html", "js", "wasm", "css", "pack", "other", "total"].map((k) => [k, summary(pick(list, (m) => m.bytes?.[k]))])),
      lcpElement: [...new Set(list.map((m) => m.lcpElement))],
    });
    if (want("cold")) result.cold = {
      app: sideSummary(cold.app),
      baseline: sideSummary(cold.baseline),
      spanish: sideSummary(cold.spanish),
      spanishVsEnglish: {
        contentReady: pairedRatio(pick(cold.spanish, (m) => m.contentReady), pick(cold.app, (m) => m.contentReady)),
        bytes: pairedRatio(pick(cold.spanish, (m) => m.bytes?.total), pick(cold.app, (m) => m.bytes?.total)),
      },
      ratios: {
        fcp: pairedRatio(pick(cold.app, (m) => m.fcp), pick(cold.baseline, (m) => m.fcp)),
        lcp: pairedRatio(pick(cold.app, (m) => m.lcp), pick(cold.baseline, (m) => m.lcp)),
        contentReady: pairedRatio(pick(cold.app, (m) => m.contentReady), pick(cold.baseline, (m) => m.contentReady)),
        bytes: Object.fromEntries(
          ["html", "js", "wasm", "css", "pack", "other", "total"].map((k) => [k, pairedRatio(pick(cold.app, (m) => m.bytes?.[k]), pick(cold.baseline, (m) => m.bytes?.[k]))]),
        ),
      },
      runs: cold,
    };

    // Time to interactive, paired with the baseline's content ready of the same index.
    const tti = [];
    for (let i = 0; i < (want("tti") ? RUNS : 0); i++) {
      tti.push(await attempt("tti run", () => ttiRun(appUrl)));
      log(`tti ${i + 1}/${RUNS}: ${fmtMs(tti[i].tti)} after ${tti[i].clicks} click(s); mark ${fmtMs(tti[i].mark)}`);
    }
    if (want("tti")) result.tti = {
      app: summary(tti.map((t) => t.tti)),
      ratio: pairedRatio(tti.map((t) => t.tti), pick(cold.baseline, (m) => m.contentReady)),
      runs: tti,
    };

    // Repeat visits with the service worker in control.
    const repeatRuns = want("repeat") ? RUNS : 0;
    const repeat = [];
    for (let i = 0; i < repeatRuns; i++) {
      repeat.push(await attempt("repeat run", () => repeatRun(appUrl)));
      const r = repeat[i];
      log(`repeat ${i + 1}/${repeatRuns}: first visit ${fmtKB(r.firstVisitServerBytes)} sent; online ${fmtMs(r.online)} (worker: ${r.onlineFromWorker}); offline ${fmtMs(r.offline)} (worker: ${r.offlineFromWorker})`);
    }
    if (want("repeat")) result.repeat = {
      runs: repeatRuns,
      firstVisitServerBytes: summary(repeat.map((r) => r.firstVisitServerBytes)),
      online: summary(repeat.map((r) => r.online)),
      offline: summary(repeat.map((r) => r.offline)),
      detail: repeat,
    };

    // Interaction.
    let inter = want("interaction") ? await attempt("interaction", () => interaction(appUrl)) : null;
    if (inter?.error) inter = { samples: [], plain: [], floor: [], flips: 0, error: inter.error };
    if (inter) result.interaction = {
      ...summaryWithP95(inter.samples),
      open: summaryWithP95(inter.samples.filter((_, i) => i % 2 === 0)),
      close: summaryWithP95(inter.samples.filter((_, i) => i % 2 === 1)),
      plainScript: { ...summaryWithP95(inter.plain || []), flips: inter.plainFlips },
      floor: summaryWithP95(inter.floor),
      flips: inter.flips,
      toggles: TOGGLES,
    };
    if (inter) log(`toggles: median ${fmtMsFine(result.interaction.median)}, p95 ${fmtMsFine(result.interaction.p95)}, ${inter.flips}/${TOGGLES} really toggled`);

    // Scale.
    for (const s of want("scale") ? prep.scales : []) {
      if (!s.fits) {
        s.appNote = "refused: over the size limit";
        log(`scale ${s.factor}×: ${s.note}`);
      }
      const n = s.factor >= 50 ? 1 : Math.min(RUNS, 3);
      const runs = [];
      // The extra point is the slowest part (a minute at 4× CPU); keep the whole run in budget.
      if (s.largestFit && (Date.now() - started) / 1000 > EXTRA_SCALE_BUDGET_S) {
        s.appNote = `skipped: the run had already taken over ${EXTRA_SCALE_BUDGET_S} s`;
        log(`scale ${s.factor}×: ${s.appNote}`);
        s.runs = [];
        continue;
      }
      for (let i = 0; i < n; i++) {
        // Search is timed at 1× and at the largest scale that loads (once each).
        const search = i === 0 && (s.factor === 1 || s.factor === 100 || s.largestFit);
        const r = await attempt(`scale ${s.factor}×`, () => scaleRun(`${server.url}/${s.dir}/`, { search }));
        runs.push(r);
        log(`scale ${s.factor}× run ${i + 1}/${n}: ${r.outcome}${r.outcome === "ready" ? `, ${fmtMs(r.renderMs)} parse+render, ${r.cards} cards` : `: ${r.error}`}`);
        if (r.outcome !== "ready") break;
      }
      s.runs = runs;
      const ok = runs.filter((r) => r.outcome === "ready");
      s.renderMs = ok.length ? summary(ok.map((r) => r.renderMs)) : null;
      const split = ok.filter((r) => r.parseMs !== null);
      s.parseMs = split.length ? summary(split.map((r) => r.parseMs)) : null;
      s.firstRenderMs = split.length ? summary(split.map((r) => r.firstRenderMs)) : null;
      if (!ok.length && runs[0]) {
        s.appNote = runs[0].outcome === "error" ? `refused by the app: “${runs[0].error}”` : `not measured: ${runs[0].error}`;
      }
      s.search = ok.find((r) => r.search)?.search || null;
    }
    if (want("scale")) result.scale = prep.scales.map(({ dir, ...rest }) => rest);
    const searchFor = (factor, target) => {
      let s = result.scale.find((x) => x.factor === factor);
      const hasBox = result.scale.some((x) => x.search);
      if (!hasBox) return { factor, target, p95: null, note: "n/a (search not built yet)" };
      // A pack over the size limit cannot be searched: use the largest one that loads instead.
      if (s && !s.search && !s.fits) s = result.scale.find((x) => x.largestFit) || s;
      if (!s || !s.search) return { factor, target, p95: null, note: `n/a (${s ? "pack not loaded" : "scale not run"})` };
      return { factor, measuredAt: s.factor, target, p95: s.search.p95, median: s.search.median, queriesThatChangedThePage: s.search.queriesThatChangedThePage, plainScript: s.search.plainScript };
    };
    if (want("scale")) result.search = [searchFor(1, TARGETS.search1), searchFor(100, TARGETS.search100)];

    // Lighthouse.
    if (LIGHTHOUSE) {
      log("lighthouse");
      try {
        result.lighthouse = await lighthouse(appUrl);
        log(`lighthouse ${result.lighthouse.version}: ${JSON.stringify(result.lighthouse.scores)}`);
      } catch (e) {
        result.lighthouse = { note: `failed: ${String(e.message).split("\n")[0]}` };
        log(String(e.message));
      }
    } else {
      result.lighthouse = { note: "skipped (--no-lighthouse)" };
    }
  } finally {
    await browser.close();
    await server.close();
  }

  result.elapsedSeconds = Math.round((Date.now() - started) / 1000);
  result.machine.loadAverageAfter = loadavg().map((x) => Math.round(x * 100) / 100);
  result.table = buildTable(result);
  const day = result.date.slice(0, 10);
  // A partial run (--only) never replaces the real results.
  const resultsDir = ONLY ? join(BENCH, "results", "tmp") : join(BENCH, "results");
  mkdirSync(resultsDir, { recursive: true });
  const json = JSON.stringify(result, null, 2) + "\n";
  const written = ONLY ? [`only-${day}.json`] : [`${day}.json`, "latest.json"];
  for (const name of written) writeFileSync(join(resultsDir, name), json);
  rmSync(WORK, { recursive: true, force: true });

  console.log(`\nHER2 Guide benchmark — ${result.date}`);
  const m = result.machine;
  console.log(`Machine: ${m.cpu}, ${m.cores} cores, load average ${m.loadAverageBefore[0]} before / ${m.loadAverageAfter[0]} after; Chromium ${m.chromium}; node ${m.node}`);
  console.log(`Mobile emulation 390×844 @3×, touch; baseline = script-free page of the same pack and CSS.\n`);
  console.log(result.table);
  console.log(`\nTargets are reported, never enforced. Figures: ${written.map((n) => relative(ROOT, join(resultsDir, n))).join(" and ")} (${result.elapsedSeconds} s).`);
}

main().catch(async (e) => {
  console.error(e);
  try {
    await browser?.close();
    await server?.close();
  } catch {
    /* already down */
  }
  process.exit(1);
});
