// Hostile content and broken packs in the browser: a pack carrying the hostile markdown corpus
// renders with no script run and no CSP violation; each kind of broken pack gives its own plain
// error without crashing the app; with a good pack saved, the reader keeps reading.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, site, openPage, waitForApp, problemsOf, ROOT } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function corpus() {
  const text = readFileSync(join(ROOT, "tests/hostile/markdown-corpus.txt"), "utf8");
  const cases = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith("=== ")) cases.push({ name: line.slice(4).trim(), body: "" });
    else if (cases.length) cases[cases.length - 1].body += line;
  }
  return cases;
}

/** A context with the service worker blocked, so every load goes to the (changed) files. */
async function freshPage() {
  const ctx = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
  return openPage(browser, { context: ctx });
}

test("the hostile markdown corpus renders as text: nothing runs, no CSP violation", async () => {
  const cases = corpus();
  assert.ok(cases.length >= 40);
  const s = await site();
  const packPath = join(s.dir, "her2.json");
  const pack = JSON.parse(readFileSync(packPath, "utf8"));
  const template = pack.articles[0];
  cases.forEach((c, i) => {
    pack.articles.push({ ...template, id: `hostile-${i}`, title: `Hostile case ${c.name}`, related: [], body: c.body });
  });
  // Search results are set as one HTML string (her2_pack::search::html): hostile titles and
  // summaries must show there as text too.
  const HOSTILE_TITLE = `<img src=x onerror="window.__pwned=1">Zqxhostile & "title"`;
  pack.articles.push({
    ...template,
    id: "hostile-title",
    title: HOSTILE_TITLE,
    summary: `<script>window.__pwned=2</script><a href="javascript:window.__pwned=3">zqxhostile</a>`,
    related: [],
    body: "zqxhostile",
  });
  // The pictures are set as markup too (her2_pack::render::svg): a hostile brand name is drawn in them.
  const HOSTILE_BRAND = `<img src=x onerror="window.__pwned=4">Brand & "co"`;
  pack.drugs[0].brands[0] = HOSTILE_BRAND;
  pack.overview.body = cases.slice(0, 20).map((c) => c.body).join("\n\n");
  pack.drugs[0].sections[0].body = cases.slice(20, 40).map((c) => c.body).join("\n\n");
  writeFileSync(packPath, JSON.stringify(pack));
  const page = await freshPage();
  try {
    await page.goto(s.url);
    await waitForApp(page);
    await page.click(`#drug-${pack.drugs[0].id}-button`);
    assert.ok((await page.textContent(".overview .prose")).includes("<script>"), "raw HTML shows as text");
    assert.ok((await page.textContent(".vis-diagram .vis-text")).includes(HOSTILE_BRAND), "a hostile name shows as text in a picture");
    assert.equal(await page.locator(".vis img, .vis script").count(), 0);
    // So are the article list and the sources (her2_pack::render::markup): the hostile title is listed as text.
    assert.ok((await page.textContent(".article-list")).includes(HOSTILE_TITLE), "a hostile title shows as text in the article list");
    assert.equal(await page.locator(".article-list img, .article-list script, .provenance img").count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "a hostile name in a picture ran script");
    for (let i = 0; i < cases.length; i++) {
      await page.evaluate((h) => {
        location.hash = h;
      }, `#/articles/hostile-${i}`);
      await page.waitForFunction((t) => document.querySelector("#article-title")?.textContent === t, `Hostile case ${cases[i].name}`);
      // Give event handlers (onerror, onload, onfocus…) a chance to fire.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 20)));
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `case ${cases[i].name} ran script`);
      const bad = await page.evaluate(() =>
        [...document.querySelectorAll("main *")].flatMap((el) =>
          [...el.attributes]
            .filter((a) => a.name.startsWith("on") || a.name === "style" || /^\s*(javascript|data|vbscript):/i.test(a.value))
            .map((a) => `${el.tagName} ${a.name}`),
        ),
      );
      assert.deepEqual(bad, [], `case ${cases[i].name}`);
    }
    await page.evaluate(() => {
      location.hash = "#/search?q=zqxhostile";
    });
    await page.waitForSelector(".search-result");
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "a hostile title in the search results ran script");
    assert.equal(await page.textContent("#search-articles + ul .search-result-title"), HOSTILE_TITLE);
    assert.equal(await page.locator(".search-groups img, .search-groups script, .search-groups a[href^='javascript']").count(), 0);
    assert.ok((await page.locator(".search-result-title mark").count()) > 0, "the match is still marked");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

const deep = (n) => "[".repeat(n) + "]".repeat(n);
const BROKEN = [
  ["truncated JSON", (t) => t.slice(0, t.length / 2), /not valid JSON \(line 1, column \d+: EOF/],
  ["wrong type", (t) => mutate(t, (p) => (p.drugs[0].generic = 7)), /drugs\[0\]\.generic: invalid type: integer `7`, expected a string/],
  ["missing field", (t) => mutate(t, (p) => delete p.articles[2].title), /articles\[2\]: missing field `title`/],
  ["unknown schema_version", (t) => mutate(t, (p) => (p.schema_version = 99)), /format 99; this app reads format 2/],
  ["duplicate ids", (t) => mutate(t, (p) => (p.drugs[1].id = p.drugs[0].id)), /drugs\[1\]\.id: duplicate id/],
  ["dangling reference", (t) => mutate(t, (p) => (p.articles[0].drugs = ["no-such-drug"])), /articles\[0\]\.drugs\[0\]: no drug has the id `no-such-drug`/],
  ["20 MB pack", (t) => mutate(t, (p) => (p.padding = "x".repeat(20 * 1024 * 1024))), /far too large \(20 MB\)/],
  ["deeply nested JSON", (t) => t.replace('"brands":[', `"brands":[${deep(50000)},`), /not valid JSON \(line 1, column \d+: lists or objects nested more than 128 levels deep\)/],
  ["invalid UTF-8", (t) => Buffer.concat([Buffer.from(t.slice(0, 100)), Buffer.from([0xff, 0xfe]), Buffer.from(t.slice(100))]), /not readable text \(bad byte at position 100\)/],
  ["HTML error page", () => "<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>", /web page instead of the guide's content/],
  ["empty file", () => "", /content file is empty/],
];
function mutate(text, f) {
  const p = JSON.parse(text);
  f(p);
  return JSON.stringify(p);
}

test("every kind of broken pack gives its own plain error, and the app keeps working", async () => {
  const s = await site();
  const packPath = join(s.dir, "her2.json");
  const good = readFileSync(packPath, "utf8");
  const page = await freshPage();
  try {
    for (const [name, breakIt, expected] of BROKEN) {
      writeFileSync(packPath, breakIt(good));
      await page.evaluate(() => localStorage.clear()).catch(() => {});
      await page.goto(s.url);
      await page.waitForSelector(".load-error", { timeout: 30_000 });
      const detail = await page.textContent(".load-error-detail");
      assert.match(detail, expected, name);
      // The wasm did not die: Retry still works once the pack is good again.
      writeFileSync(packPath, good);
      await page.getByRole("button", { name: "Retry" }).click();
      await page.waitForSelector("#overview-title", { timeout: 30_000 });
    }
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("with a good pack saved, a broken new pack leaves the reader reading", async () => {
  const s = await site();
  const packPath = join(s.dir, "her2.json");
  const good = readFileSync(packPath, "utf8");
  const page = await freshPage();
  try {
    await page.goto(`${s.url}#/articles/long-term-safety`);
    await waitForApp(page);
    const title = await page.textContent("#article-title");
    writeFileSync(packPath, "{\"schema_version\": 1, \"drugs\": [");
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.textContent("#article-title"), title, "the saved content is shown");
    assert.equal(await page.locator(".load-error").count(), 0, "no error page");
    assert.match(await page.textContent(".stale-note"), /saved on this device[\s\S]*not valid JSON/);
    writeFileSync(packPath, good);
    await page.locator(".stale-note").getByRole("button", { name: "Retry" }).click();
    await page.waitForSelector(".stale-note", { state: "detached" });
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});
