// The three pictures (how the medicines work, what happens when, the approvals chart) in a real
// browser: each is drawn with its text alternative, at 320 px and 1280 px, light and dark; text
// stays legible (12 px or more on a phone) and inside the drawing; axe finds nothing with them
// on the page; nothing scrolls sideways; print turns them black and white.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, site, openPage, waitForApp, problemsOf, axe, DIST } from "./helpers.mjs";

let browser;
let s;
let pack;
before(async () => {
  browser = await launch();
  s = await site();
  pack = JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8"));
});
after(async () => {
  await s?.close();
  await browser?.close();
});

const CLASSES = ["antibody", "adc", "tki", "bispecific"];

const horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens every "Show as text" box under `scope`. */
const openTextAlternatives = (page, scope = "main") =>
  page.evaluate((sel) => {
    for (const d of document.querySelectorAll(`${sel} details.vis-text`)) d.open = true;
  }, scope);

/**
 * For one picture: its accessible name (what aria-labelledby points at), the smallest text on
 * screen in CSS px, text that sticks out of the view box, and pairs of labels that overlap.
 */
const svgReport = (page, selector) =>
  page.evaluate((sel) => {
    const svg = document.querySelector(sel);
    if (!svg) return null;
    const name = (svg.getAttribute("aria-labelledby") || "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent.trim() || "")
      .join(" ");
    const scale = svg.getScreenCTM().a;
    const vb = svg.viewBox.baseVal;
    const texts = [...svg.querySelectorAll("text")];
    let smallest = Infinity;
    const outside = [];
    const boxes = [];
    for (const t of texts) {
      smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
      const b = t.getBBox();
      boxes.push([t.textContent, b]);
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 || b.y + b.height > vb.y + vb.height + 0.5) {
        outside.push(t.textContent);
      }
    }
    const overlapping = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [ta, a] = boxes[i];
        const [tb, b] = boxes[j];
        // 1 unit of tolerance: glyph boxes include a little leading.
        if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height) {
          overlapping.push(`${ta} / ${tb}`);
        }
      }
    }
    const r = svg.getBoundingClientRect();
    return {
      role: svg.getAttribute("role"),
      name,
      width: r.width,
      right: r.right,
      smallest,
      outside,
      overlapping,
      texts: texts.length,
    };
  }, selector);

/** Checks one picture's drawing: named, on screen, legible and tidy. */
function checkDrawing(report, what, { width, role = "img" }) {
  assert.ok(report, `${what}: no picture`);
  assert.equal(report.role, role, `${what}: role`);
  assert.ok(report.name.length > 5, `${what}: no accessible name`);
  assert.ok(report.width > 200, `${what}: drawn ${report.width} px wide`);
  assert.ok(report.right <= width + 0.5, `${what}: runs off the screen (${report.right} px)`);
  assert.ok(report.texts > 0, `${what}: no labels`);
  assert.ok(report.smallest >= 12, `${what}: text only ${report.smallest.toFixed(1)} px at ${width} px`);
  assert.deepEqual(report.outside, [], `${what}: text outside the drawing`);
  assert.deepEqual(report.overlapping, [], `${what}: labels overlap`);
}

const accelerated = () => pack.drugs.flatMap((d) => (d.approvals || []).filter((a) => a.accelerated));

for (const colorScheme of ["light", "dark"]) {
  for (const width of [320, 1280]) {
    test(`the overview pictures and their text at ${width} px (${colorScheme})`, async () => {
      const page = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.goto(s.url);
        await waitForApp(page);

        // How the medicines work: a labelled group (its family labels are links).
        const diagram = await svgReport(page, ".vis-diagram svg");
        checkDrawing(diagram, "diagram", { width, role: "group" });
        assert.match(diagram.name, /HER2 medicine/);
        const present = CLASSES.filter((c) => pack.drugs.some((d) => d.class === c));
        const familyLinks = await page.locator(".vis-diagram svg a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        assert.deepEqual(familyLinks, present.map((c) => `#/drugs?class=${c}`));
        await openTextAlternatives(page);
        const drugLinks = await page.locator(".vis-diagram .vis-text a[href^='#/drugs/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        assert.deepEqual(drugLinks.sort(), pack.drugs.map((d) => `#/drugs/${d.id}`).sort(), "every drug is linked from the text");
        assert.equal(await page.locator(".vis-diagram .vis-text a[href^='#/drugs?class=']").count(), present.length);

        // The approvals chart: its own section and heading, one row per drug, accelerated
        // approvals as another shape and in words.
        assert.equal(
          await page.locator("section.approvals[aria-labelledby='approvals-title'] h2#approvals-title").textContent(),
          "When each medicine was approved in the US",
        );
        const chart = await svgReport(page, ".vis-approvals svg");
        checkDrawing(chart, "approvals chart", { width });
        const rows = await page.locator(".vis-approvals svg .ap-name").allTextContents();
        assert.deepEqual(rows.sort(), pack.drugs.map((d) => d.brands[0] || d.generic).sort(), "one row per drug");
        const shapes = await page.locator(".vis-approvals svg .ap-accel:not(.ap-legend)").count();
        assert.equal(shapes, accelerated().length, "each accelerated approval is a diamond");
        assert.ok(shapes > 0);
        const words = await page.locator(".vis-approvals .vis-text li li").allTextContents();
        assert.equal(words.filter((w) => w.includes("(accelerated approval)")).length, accelerated().length);
        assert.equal(await page.locator(".vis-approvals .vis-text > ul > li").count(), pack.drugs.length);

        if (width === 320) assert.ok((await horizontalOverflow(page)) <= 1, "the page scrolls sideways");
        assert.deepEqual(await problemsOf(page), []);
      } finally {
        await page.ctx.close();
      }
    });

    test(`a card's "what happens when" at ${width} px (${colorScheme})`, async () => {
      const page = await openPage(browser, { viewport: { width, height: 900 }, colorScheme });
      try {
        for (const id of ["trastuzumab", "neratinib", "zongertinib"]) {
          await page.goto(`${s.url}#/drugs/${id}`);
          await waitForApp(page);
          const figure = `#drug-${id}-panel .vis-timeline`;
          await page.waitForSelector(figure);
          checkDrawing(await svgReport(page, `${figure} svg`), `${id} timeline`, { width });
          await openTextAlternatives(page, figure);
          const sentences = await page.locator(`${figure} .vis-text li`).allTextContents();
          assert.ok(sentences.length >= 2, `${id}: ${sentences}`);
          assert.ok(await page.locator(`${figure} .vis-text li`).first().isVisible());
          if (id === "trastuzumab") {
            const heart = sentences.find((t) => t.startsWith("Heart scan"));
            assert.match(heart, /every 12 weeks/, heart);
            assert.match(sentences[0], /^Doses: every 3 weeks/);
          }
          if (width === 320) assert.ok((await horizontalOverflow(page)) <= 1, `${id}: the page scrolls sideways`);
        }
        assert.deepEqual(await problemsOf(page), []);
      } finally {
        await page.ctx.close();
      }
    });
  }

  test(`axe finds nothing with the pictures on the page (${colorScheme})`, async () => {
    const page = await openPage(browser, { colorScheme });
    try {
      const report = [];
      for (const hash of ["", "#/drugs/trastuzumab", "#/drugs/neratinib"]) {
        await page.goto(`${s.url}${hash}`);
        await waitForApp(page);
        await page.waitForSelector(".vis-diagram svg");
        await page.waitForSelector(".vis-approvals svg");
        if (hash) await page.waitForSelector(`#drug-${hash.split("/").pop()}-panel .vis-timeline svg`);
        report.push([hash || "overview", await axe(page)]);
        await openTextAlternatives(page);
        report.push([`${hash || "overview"}, text shown`, await axe(page)]);
      }
      const failing = report.filter(([, v]) => v.length > 0);
      assert.deepEqual(failing, [], JSON.stringify(failing, null, 1));
      assert.deepEqual(await problemsOf(page), []);
    } finally {
      await page.ctx.close();
    }
  });
}

test("at 320 px with every card and text box open, nothing scrolls sideways", async () => {
  const page = await openPage(browser, { viewport: { width: 320, height: 700 } });
  try {
    await page.goto(s.url);
    await waitForApp(page);
    const ids = await page.locator('.card-toggle[aria-expanded="false"]').evaluateAll((bs) => bs.map((b) => b.id));
    for (const id of ids) await page.click(`#${id}`);
    await openTextAlternatives(page);
    const timelines = await page.locator(".card-panel .vis-timeline svg").count();
    assert.equal(timelines, pack.drugs.filter((d) => d.every_days || (d.monitoring || []).length).length);
    assert.ok((await horizontalOverflow(page)) <= 1);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("the family labels in the diagram are links that show focus and lead to the cards", async () => {
  const page = await openPage(browser, { viewport: { width: 390, height: 844 } });
  try {
    await page.goto(s.url);
    await waitForApp(page);
    const link = page.locator(".vis-diagram svg a").first();
    await link.focus();
    const focus = await link.evaluate((a) => {
      const style = getComputedStyle(a);
      return { focused: document.activeElement === a, outline: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    assert.ok(focus.focused && focus.outline >= 2 && focus.style !== "none", JSON.stringify(focus));
    const box = await link.boundingBox();
    assert.ok(box.height >= 24 && box.width >= 24, `target ${box.width}×${box.height}`);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash === "#/drugs?class=antibody");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("a drug with no dose interval and no check-ups has no timeline; the others keep theirs", async () => {
  const edited = await site();
  const file = join(edited.dir, "her2.json");
  const json = JSON.parse(readFileSync(file, "utf8"));
  const drug = json.drugs.find((d) => d.id === "trastuzumab");
  delete drug.every_days;
  drug.monitoring = [];
  writeFileSync(file, JSON.stringify(json));
  const ctx = await browser.newContext({ serviceWorkers: "block" });
  const page = await openPage(browser, { context: ctx });
  try {
    await page.goto(`${edited.url}#/drugs/trastuzumab`);
    await waitForApp(page);
    await page.waitForSelector("#drug-trastuzumab-panel:not([hidden])");
    assert.equal(await page.locator("#drug-trastuzumab-panel .vis-timeline").count(), 0);
    await page.click("#drug-neratinib-button");
    assert.equal(await page.locator("#drug-neratinib-panel .vis-timeline svg").count(), 1);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await ctx.close();
    await edited.close();
  }
});

test("in print the pictures are black and white and do not break across pages", async () => {
  const page = await openPage(browser, { colorScheme: "dark" });
  try {
    await page.goto(`${s.url}#/drugs/trastuzumab`);
    await waitForApp(page);
    await page.waitForSelector("#drug-trastuzumab-panel .vis-timeline svg");
    await page.emulateMedia({ media: "print" });
    const look = await page.evaluate(() => {
      const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
      return {
        axis: css(".vis-timeline .vis-axis", "stroke"),
        dose: css(".vis-timeline .tl-dose", "stroke"),
        label: css(".vis-timeline .vis-label", "fill"),
        region: css(".vis-timeline .tl-during", "fill"),
        cell: css(".vis-diagram .dg-cell", "fill"),
        drug: css(".vis-diagram .dg-drug", "stroke"),
        point: css(".vis-approvals .ap-point", "fill"),
        accel: css(".vis-approvals .ap-accel", "fill"),
        breaks: [...document.querySelectorAll("figure.vis")].map((f) => getComputedStyle(f).breakInside),
      };
    });
    const black = "rgb(0, 0, 0)";
    const white = "rgb(255, 255, 255)";
    assert.deepEqual(
      { ...look, breaks: [...new Set(look.breaks)] },
      { axis: black, dose: black, label: black, region: white, cell: white, drug: black, point: black, accel: white, breaks: ["avoid"] },
    );
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});
