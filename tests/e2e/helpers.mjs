// Shared browser-test helpers: a copy of the built app per test, a static server, headless
// Chromium via playwright-core, and collectors that fail a test on console errors, page errors
// and CSP violations.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { cpSync, mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.HER2_DIST || join(ROOT, "dist");

/** Chromium flags for a closed network (shared with bench/bench.mjs). */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
  });
}

/**
 * For a test file whose tests share one browser and one served copy of the build: registers the
 * before/after hooks and returns `{ browser, site }`, filled in once `before` has run.
 */
export function sharedSite(options = {}) {
  const shared = { browser: null, site: null };
  before(async () => {
    shared.browser = await launch();
    shared.site = await site(options);
  });
  after(async () => {
    await shared.site?.close();
    await shared.browser?.close();
  });
  return shared;
}

/** Copies the built app into a fresh folder (optionally under `subPath`) and serves it. */
export async function site({ subPath = "" } = {}) {
  const root = mkdtempSync(join(tmpdir(), "her2-e2e-"));
  const appDir = join(root, subPath);
  mkdirSync(appDir, { recursive: true });
  cpSync(DIST, appDir, { recursive: true });
  const server = await serve(root);
  return {
    dir: appDir,
    url: `${server.url}/${subPath ? subPath.replace(/\/?$/, "/") : ""}`,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page that records console errors, page errors and CSP violations.
 * `allowErrors` lists substrings of console errors a test expects (e.g. a 404 it caused).
 */
export async function openPage(browser, { viewport = { width: 390, height: 844 }, colorScheme = "light", context } = {}) {
  const ctx = context || (await browser.newContext({ viewport, colorScheme }));
  const page = await ctx.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.problems = problems;
  page.ctx = ctx;
  return page;
}

/** Console/page errors plus CSP violations, less those a test expects. */
export async function problemsOf(page, allow = []) {
  const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
  return [...page.problems, ...csp.map((v) => `csp: ${v}`)].filter(
    (p) => !allow.some((a) => p.includes(a)),
  );
}

/**
 * Waits until the app has rendered the pack (a heading, or the load error) — the app's own, not
 * the first screen index.html pre-paints (`#app[data-first-screen]`).
 */
export async function waitForApp(page) {
  await page.waitForSelector("#app:not([data-first-screen]) :is(main h1, .load-error)", {
    timeout: 30_000,
  });
}

/** Runs axe with the WCAG 2.x A/AA tags (on `include`, a selector, if given); returns the violations. */
export async function axe(page, { include } = {}) {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

import { readFileSync as readF, writeFileSync as writeF, readdirSync as listDir, rmSync as rmF } from "node:fs";
import { createHash } from "node:crypto";
import { pinCsp, writeServiceWorker } from "../../tools/finish-dist.mjs";

/**
 * Turns a served copy of the build into a "new deploy", as a real rebuild would: a changed pack
 * (or a broken one), a changed wasm under a new hashed name with its integrity and the CSP
 * updated, and a new sw.js.
 */
export function deployNewBuild(dir, { brokenPack = false, wasm = true } = {}) {
  const packPath = join(dir, "her2.json");
  if (brokenPack) {
    writeF(packPath, '{"schema_version": 1, "drugs": [');
  } else {
    const pack = JSON.parse(readF(packPath, "utf8"));
    pack.overview.title += " (updated)";
    pack.version += "-v2";
    writeF(packPath, JSON.stringify(pack));
  }
  if (wasm) {
    const old = listDir(dir).find((f) => f.endsWith("_bg.wasm"));
    const name = Buffer.from("v2");
    const payload = Buffer.from("deploy-2");
    const section = Buffer.concat([Buffer.from([0, 1 + name.length + payload.length, name.length]), name, payload]);
    const bytes = Buffer.concat([readF(join(dir, old)), section]);
    const fresh = old.replace("_bg.wasm", "2_bg.wasm");
    writeF(join(dir, fresh), bytes);
    rmF(join(dir, old));
    const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
    let html = readF(join(dir, "index.html"), "utf8").replaceAll(old, fresh);
    html = html.replace(new RegExp(`(<link[^>]*${fresh.replace(/[.]/g, "\\.")}[^>]*integrity=)sha384-[^ >]+`), `$1${integrity}`);
    writeF(join(dir, "index.html"), html);
  }
  pinCsp(dir);
  writeServiceWorker(dir);
}

/** Waits until a service worker controls the page. */
export async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}
