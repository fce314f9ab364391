// What a reader needs to act safely, in a real browser: key points first on every card and
// article, the three "when to call" tiers as labelled lists before the side effects, the review
// and next-review dates, and the "may be out of date" note once the device's date is past a
// page's next review (on the device's clock, so it also holds offline).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedSite, openPage, waitForApp, problemsOf, axe, DIST } from "./helpers.mjs";

const shared = sharedSite();
const pack = JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8"));
const TIERS = ["Call now, day or night", "Call the same day", "Mention at your next visit"];

/** The headings of an open card's sections, in order, and how many signs each tier lists. */
async function cardParts(page, id) {
  return page.evaluate((id) => {
    const panel = document.querySelector(`#drug-${id}-panel`);
    const first = panel.firstElementChild;
    return {
      first: first?.className,
      points: [...panel.querySelectorAll(".key-points li")].map((li) => li.textContent),
      headings: [...panel.querySelectorAll(".card-section > h4")].map((h) => h.textContent),
      tierSigns: [...panel.querySelectorAll(".card-section-call-now, .card-section-call-today, .card-section-next-visit")].map(
        (s) => s.querySelectorAll("li").length,
      ),
      reviewed: panel.querySelector(".reviewed")?.textContent,
      overdue: panel.querySelector(".review-overdue")?.textContent ?? null,
      overdueHref: panel.querySelector(".review-overdue a")?.getAttribute("href") ?? null,
    };
  }, id);
}

test("every card opens with its key points, then lists the three call tiers before the side effects", async () => {
  const page = await openPage(shared.browser, { viewport: { width: 320, height: 700 } });
  try {
    await page.goto(`${shared.site.url}#/drugs/trastuzumab-deruxtecan`);
    await waitForApp(page);
    for (const drug of pack.drugs) {
      // In the page, as a reader follows links (the address now names its language, so a
      // goto to the bare address would load the page again and close the other cards).
      await page.evaluate((id) => (location.hash = `#/drugs/${id}`), drug.id);
      await page.waitForSelector(`#drug-${drug.id}-panel:not([hidden]) .card-section`);
      const parts = await cardParts(page, drug.id);
      assert.equal(parts.first, "key-points", `${drug.id}: key points come first`);
      assert.deepEqual(parts.points, drug.key_points, drug.id);
      assert.ok(parts.points.length >= 3 && parts.points.length <= 5, drug.id);
      const at = parts.headings.indexOf(TIERS[0]);
      assert.deepEqual(parts.headings.slice(at, at + 3), TIERS, `${drug.id}: ${parts.headings}`);
      assert.ok(at < parts.headings.indexOf("Common side effects"), `${drug.id}: tiers before side effects`);
      assert.ok(parts.headings.indexOf("What it can do for you") >= 0, `${drug.id}: benefit section`);
      assert.equal(parts.tierSigns.length, 3, drug.id);
      assert.ok(parts.tierSigns.every((n) => n > 0), `${drug.id}: every tier lists signs`);
      assert.match(parts.reviewed, /Last reviewed: .+ · next review due: .+/, drug.id);
      assert.equal(parts.overdue, null, `${drug.id}: not yet due for review`);
    }
    // A heart scan the label sets "at regular times" is drawn as a band, not as invented dates.
    const heart = await page.evaluate(() => {
      const svg = document.querySelector("#drug-trastuzumab-deruxtecan-panel svg");
      return { bands: svg.querySelectorAll(".tl-regular").length, text: svg.textContent };
    });
    assert.equal(heart.bands, 1);
    assert.match(heart.text, /at regular times/);
    const noScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(noScroll, "no sideways scrolling at 320 px");
    // The open cards (the whole page at this width is the a11y suite's job).
    assert.deepEqual(await axe(page, { include: ".cards" }), []);
    await page.emulateMedia({ colorScheme: "dark" });
    assert.deepEqual(await axe(page, { include: ".cards" }), []);
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.locator("#drug-zanidatamab-panel .key-points").isVisible(), "key points print");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("articles open with their key points and show when they are next reviewed", async () => {
  const page = await openPage(shared.browser);
  try {
    for (const article of pack.articles) {
      await page.goto(`${shared.site.url}#/articles/${article.id}`);
      await waitForApp(page);
      await page.waitForSelector(".article .key-points");
      const points = await page.locator(".article .key-points li").allTextContents();
      assert.deepEqual(points, article.key_points, article.id);
      const order = await page.evaluate(() => {
        const kp = document.querySelector(".article .key-points");
        const prose = document.querySelector(".article .prose");
        return kp.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, `${article.id}: key points before the text`);
      assert.match(await page.textContent(".article .reviewed"), /next review due/);
      assert.equal(await page.locator(".review-overdue").count(), 0);
    }
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("once the device's date is past a page's next review, the page says it may be out of date and where to check", async () => {
  const page = await openPage(shared.browser);
  try {
    const latest = [...pack.drugs, ...pack.articles, pack.overview].map((p) => p.next_review).sort().at(-1);
    const later = new Date(`${latest}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 2);
    await page.clock.setFixedTime(later);
    await page.goto(`${shared.site.url}#/drugs/neratinib`);
    await waitForApp(page);
    await page.waitForSelector("#drug-neratinib-panel:not([hidden]) .review-overdue");
    const card = await cardParts(page, "neratinib");
    const neratinib = pack.drugs.find((d) => d.id === "neratinib");
    assert.equal(card.first, "review-overdue", "the note comes first on the card");
    assert.match(card.overdue, /This page may be out of date\. It was due to be checked again on/);
    assert.equal(card.overdueHref, neratinib.sources[0].url, "it points to the card's US label");
    assert.match(await page.textContent(".overview .review-overdue"), /may be out of date/);
    await page.goto(`${shared.site.url}#/articles/long-term-safety`);
    await page.waitForSelector(".article .review-overdue");
    assert.match(await page.getAttribute(".article .review-overdue", "role"), /note/);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});
