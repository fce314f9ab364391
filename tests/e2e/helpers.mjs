// Shared browser-test helpers: a copy of the built app per test, a static server, headless
// Chromium via playwright-core, and collectors that fail a test on console errors, page errors
// and CSP violations.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { cpSync, mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.HER2_DIST || join(ROOT, "dist");

const FLAGS = [
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

/** Waits until the app has rendered the pack (the overview heading is there). */
export async function waitForApp(page) {
  await page.waitForSelector("#overview-title, #article-title, #articles-page-title, #not-found-title, .load-error", {
    timeout: 30_000,
  });
}

/** Runs axe with the WCAG 2.x A/AA tags; returns the violations. */
export async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}
