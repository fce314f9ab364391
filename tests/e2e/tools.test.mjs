// Reader tools in a real browser: the drug list filters and their round trip through the URL,
// Expand all / Collapse all, the look-alike names note, the article topic filter, the compare
// table (and its re-flow on a phone), the HER2 result explainer by keyboard, and axe on each.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sharedSite, site, openPage, waitForApp, problemsOf, axe, DIST } from "./helpers.mjs";

const pack = JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8"));
const total = pack.drugs.length;
const idsWhere = (test) => pack.drugs.filter(test).map((d) => d.id);

const shared = sharedSite();

/** Opens the app at `hash` and waits for `selector` (the view's heading). */
async function open(hash, { selector, ...options } = {}) {
  const page = await openPage(shared.browser, options);
  await page.goto(`${shared.site.url}${hash}`);
  if (selector) await page.waitForSelector(selector, { timeout: 30_000 });
  else await waitForApp(page);
  return page;
}

const hashOf = (page) => new URL(page.url()).hash;
const shownCards = (page) =>
  page.locator(".cards > li:not([hidden]) .card-toggle").evaluateAll((bs) => bs.map((b) => b.id.replace(/^drug-|-button$/g, "")));
const statusText = async (page, scope = "") => (await page.textContent(`${scope} .filter-status`)).trim();
const noSideScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function withPage(page, body) {
  try {
    await body(page);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
}

test("drug filters round-trip through the URL and survive a reload", async () => {
  const page = await open("");
    await withPage(page, async () => {
      assert.equal(await statusText(page), `Showing ${total} of ${total} medicines`);
      assert.equal(await page.locator(".cards > li:not([hidden])").count(), total);

      await page.selectOption("#drugs-filter-cancer", "lung");
      assert.equal(hashOf(page), "#/drugs?cancer=lung");
      const lung = idsWhere((d) => d.cancers.includes("lung"));
      assert.deepEqual(await shownCards(page), lung);
      assert.equal(await statusText(page), `Showing ${lung.length} of ${total} medicines`);

      await page.selectOption("#drugs-filter-class", "tki");
      assert.equal(hashOf(page), "#/drugs?cancer=lung&class=tki");
      const lungTki = idsWhere((d) => d.cancers.includes("lung") && d.class === "tki");
      assert.deepEqual(await shownCards(page), lungTki);

      await page.reload();
      await waitForApp(page);
      await page.waitForSelector(".filter-status");
      assert.equal(await page.inputValue("#drugs-filter-cancer"), "lung");
      assert.equal(await page.inputValue("#drugs-filter-class"), "tki");
      assert.equal(await page.inputValue("#drugs-filter-route"), "");
      assert.deepEqual(await shownCards(page), lungTki);
      assert.equal(await statusText(page), `Showing ${lungTki.length} of ${total} medicines`);

      await page.selectOption("#drugs-filter-route", "iv");
      assert.equal(await page.locator(".cards > li:not([hidden])").count(), 0);
      assert.match(await statusText(page), /Nothing matches/);

      // Back to "All" everywhere: a drug-list address becomes #/drugs.
      for (const key of ["cancer", "class", "route"]) await page.selectOption(`#drugs-filter-${key}`, "");
      assert.equal(hashOf(page), "#/drugs");
      assert.equal((await shownCards(page)).length, total);
    });
});

test("a filter changed from the overview returns to #/ only if it was a list address", async () => {
  const page = await open("#/");
  await withPage(page, async () => {
    await page.selectOption("#drugs-filter-class", "adc");
    assert.equal(hashOf(page), "#/drugs?class=adc");
    await page.selectOption("#drugs-filter-class", "");
    assert.equal(hashOf(page), "#/drugs");
  });
  const fresh = await open("#/");
  await withPage(fresh, async () => {
    // A route filter picked and cleared from a card address leaves the address alone.
    await fresh.click("#drug-lapatinib-button");
    assert.equal(hashOf(fresh), "#/drugs/lapatinib");
    await fresh.selectOption("#drugs-filter-route", "oral");
    assert.equal(hashOf(fresh), "#/drugs?route=oral");
    assert.deepEqual(await shownCards(fresh), idsWhere((d) => d.routes.includes("oral")));
  });
});

test("a cold open of #/drugs?class=tki shows exactly the TKI cards", async () => {
  const page = await open("#/drugs?class=tki");
  await withPage(page, async () => {
    await page.waitForFunction(() => document.activeElement?.id === "drugs-title");
    const tki = idsWhere((d) => d.class === "tki");
    assert.ok(tki.length > 0);
    assert.deepEqual(await shownCards(page), tki);
    assert.equal(await page.inputValue("#drugs-filter-class"), "tki");
    assert.equal(await statusText(page), `Showing ${tki.length} of ${total} medicines`);
    assert.equal(await page.locator('.filter-status[role="status"]').count(), 1);
    // Hidden cards stay in the DOM (and keep their state); the count is of every card.
    assert.equal(await page.locator(".card-toggle").count(), total);
    for (const label of ["Cancer type", "Type of medicine", "How it is given"]) {
      assert.equal(await page.getByLabel(label, { exact: true }).count(), 1, `${label} is a labelled list`);
    }
  });
});

test("links and Back to a list address update the lists in place", async () => {
  const page = await open("#/drugs?class=adc");
  await withPage(page, async () => {
    // Back to a filtered list (the filter replaced the history entry, so Back returns to it).
    await page.selectOption("#drugs-filter-cancer", "breast");
    assert.equal(hashOf(page), "#/drugs?cancer=breast&class=adc");
    await page.click('header a[href="#/compare"]');
    await page.waitForSelector("#compare-title");
    await page.goBack();
    await page.waitForFunction(() => document.querySelector("#drugs-filter-cancer")?.value === "breast");
    assert.equal(await page.inputValue("#drugs-filter-class"), "adc");
    assert.deepEqual(await shownCards(page), idsWhere((d) => d.class === "adc" && d.cancers.includes("breast")));
    await page.selectOption("#drugs-filter-cancer", "");
    assert.equal(hashOf(page), "#/drugs?class=adc");

    await page.selectOption("#drugs-filter-class", "tki");
    assert.equal(hashOf(page), "#/drugs?class=tki");
    // The app was opened at class=adc: following a link there again must re-apply it.
    await page.evaluate(() => { location.hash = "#/drugs?class=adc"; });
    await page.waitForFunction(() => document.querySelector("#drugs-filter-class").value === "adc");
    assert.deepEqual(await shownCards(page), idsWhere((d) => d.class === "adc"));
    await page.evaluate(() => { location.hash = "#/"; });
    await page.waitForFunction(() => document.querySelector("#drugs-filter-class").value === "");
    assert.equal((await shownCards(page)).length, total);

    await page.goto(`${shared.site.url}#/compare?class=adc`);
    await page.waitForSelector("#compare-filter-class");
    await page.selectOption("#compare-filter-class", "tki");
    await page.evaluate(() => { location.hash = "#/compare?class=adc"; });
    await page.waitForFunction(() => document.querySelector("#compare-filter-class").value === "adc");
    assert.equal(await page.locator("tbody tr:not([hidden])").count(), idsWhere((d) => d.class === "adc").length);

    await page.goto(`${shared.site.url}#/articles?tag=heart`);
    await page.waitForSelector("#articles-filter-topic");
    await page.selectOption("#articles-filter-topic", "");
    await page.evaluate(() => { location.hash = "#/articles?tag=heart"; });
    await page.waitForFunction(() => document.querySelector("#articles-filter-topic").value === "heart");
    assert.equal(await page.locator(".article-item").count(), pack.articles.filter((a) => a.tags.includes("heart")).length);

    const [a, b] = pack.results.result;
    await page.goto(`${shared.site.url}#/her2-results/${a.id}`);
    await page.waitForSelector("#result-title");
    await page.check(`#result-${b.id}`);
    assert.equal(hashOf(page), `#/her2-results/${b.id}`);
    await page.evaluate((id) => { location.hash = `#/her2-results/${id}`; }, a.id);
    await page.waitForFunction((id) => document.querySelector(`#result-${id}`).checked, a.id);
    assert.equal((await page.textContent("#result-title")).trim(), a.label);
  });
});

test("Expand all and Collapse all act on the shown cards, and cards keep their state", async () => {
  const page = await open("#/drugs?class=adc");
  await withPage(page, async () => {
    const adc = idsWhere((d) => d.class === "adc");
    await page.getByRole("button", { name: "Expand all" }).click();
    const expanded = await page
      .locator('.card-toggle[aria-expanded="true"]')
      .evaluateAll((bs) => bs.map((b) => b.id.replace(/^drug-|-button$/g, "")));
    assert.deepEqual(expanded, adc, "only the shown cards open");
    for (const id of adc) assert.equal(await page.locator(`#drug-${id}-panel`).isVisible(), true);

    // A hidden card keeps its open state.
    await page.selectOption("#drugs-filter-class", "tki");
    await page.selectOption("#drugs-filter-class", "adc");
    for (const id of adc) assert.equal(await page.getAttribute(`#drug-${id}-button`, "aria-expanded"), "true");

    await page.selectOption("#drugs-filter-class", "");
    await page.getByRole("button", { name: "Expand all" }).click();
    assert.equal(await page.locator('.card-toggle[aria-expanded="true"]').count(), total);
    await page.getByRole("button", { name: "Collapse all" }).click();
    assert.equal(await page.locator('.card-toggle[aria-expanded="true"]').count(), 0);
    assert.equal(await page.locator(".card-panel:visible").count(), 0);
  });
});

test("the look-alike names note lists the trastuzumab family with working links", async () => {
  const page = await open("#/drugs?class=tki");
  await withPage(page, async () => {
    const note = page.locator('aside.confuse-note[role="note"]');
    assert.equal(await note.count(), 1);
    assert.equal((await note.locator("h3").textContent()).trim(), "Names not to confuse");
    assert.match(await note.textContent(), /cannot|never be swapped/);
    const links = await note.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
    const expected = idsWhere((d) => d.confuse_with.length > 0);
    assert.deepEqual(links.map(([href]) => href), expected.map((id) => `#/drugs/${id}`));
    for (const id of ["trastuzumab", "trastuzumab-sc", "trastuzumab-emtansine", "trastuzumab-deruxtecan"]) {
      assert.ok(expected.includes(id), `${id} is listed`);
    }
    const text = links.map(([, t]) => t).join(" | ");
    for (const word of ["Kadcyla", "T-DM1", "Enhertu", "T-DXd", "Herceptin"]) assert.ok(text.includes(word), `${word} named`);
    assert.match(await note.textContent(), /Drip into a vein \(IV\)/);
    assert.match(await note.textContent(), /Injection under the skin/);

    // The T-DXd card is hidden by the TKI filter: its link shows every card again and opens it.
    await note.locator('a[href="#/drugs/trastuzumab-deruxtecan"]').click();
    await page.waitForFunction(() => document.activeElement?.id === "drug-trastuzumab-deruxtecan-button");
    assert.equal(hashOf(page), "#/drugs/trastuzumab-deruxtecan");
    assert.equal(await page.getAttribute("#drug-trastuzumab-deruxtecan-button", "aria-expanded"), "true");
    assert.equal(await page.locator("#drug-trastuzumab-deruxtecan-panel").isVisible(), true);
    assert.equal((await shownCards(page)).length, total);
    assert.equal(await page.inputValue("#drugs-filter-class"), "");
  });
});

test("the overview links to the HER2 result explainer as a button-styled link", async () => {
  const page = await open("");
  await withPage(page, async () => {
    const cta = page.locator(".overview .lede + .cta a.button-link");
    assert.equal((await cta.textContent()).trim(), "What does my HER2 result mean?");
    assert.equal(await cta.getAttribute("href"), "#/her2-results");
    const box = await cta.boundingBox();
    assert.ok(box.height >= 44, `tall enough to tap (${box.height})`);
    await cta.click();
    await page.waitForSelector("#results-title");
    assert.equal(hashOf(page), "#/her2-results");
  });
});

test("the article topic filter keeps the topic in the URL", async () => {
  const page = await open("#/articles");
  await withPage(page, async () => {
    const items = page.locator(".article-list .article-item");
    assert.equal(await items.count(), pack.articles.length);
    const tag = "side effects";
    const tagged = pack.articles.filter((a) => a.tags.includes(tag));
    assert.ok(tagged.length > 0 && tagged.length < pack.articles.length);
    await page.selectOption("#articles-filter-topic", tag);
    assert.equal(hashOf(page), "#/articles?tag=side%20effects");
    assert.equal(await items.count(), tagged.length);
    assert.equal(await statusText(page), `Showing ${tagged.length} of ${pack.articles.length} articles`);
    const titles = await page.locator(".article-list .article-item-title a").allTextContents();
    assert.deepEqual(titles.map((t) => t.trim()).sort(), tagged.map((a) => a.title).sort());

    await page.reload();
    await waitForApp(page);
    assert.equal(await page.inputValue("#articles-filter-topic"), tag);
    assert.equal(await items.count(), tagged.length);

    await page.selectOption("#articles-filter-topic", "");
    assert.equal(hashOf(page), "#/articles");
    assert.equal(await items.count(), pack.articles.length);
  });
  // A cold open of a tag URL, and of a tag no article has.
  const cold = await open("#/articles?tag=heart");
  await withPage(cold, async () => {
    const heart = pack.articles.filter((a) => a.tags.includes("heart"));
    assert.equal(await cold.locator(".article-list .article-item").count(), heart.length);
    assert.equal(await cold.inputValue("#articles-filter-topic"), "heart");
    await cold.goto(`${shared.site.url}#/articles?tag=no-such-topic`);
    await cold.reload();
    await waitForApp(cold);
    assert.equal(await cold.locator(".article-list .article-item").count(), pack.articles.length);
  });
});

test("the compare table lists every drug, filters through the URL, and uses table semantics", async () => {
  const page = await open("#/compare", { selector: "#compare-title", viewport: { width: 1280, height: 900 } });
  await withPage(page, async () => {
    await page.waitForFunction(() => document.activeElement?.id === "compare-title");
    const table = page.locator("table.compare-table");
    assert.equal((await table.locator("caption").count()), 1);
    const heads = (await table.locator('thead th[scope="col"]').allTextContents()).map((t) => t.trim());
    assert.deepEqual(heads, ["Medicine", "Type", "How given", "How often", "Approved for", "Main risks", "Tests", "Contraception window"]);
    const rows = table.locator("tbody tr:not([hidden])");
    assert.equal(await rows.count(), total);
    const hrefs = await table.locator('tbody th[scope="row"] a').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(hrefs, pack.drugs.map((d) => `#/drugs/${d.id}`));
    for (const [i, d] of pack.drugs.entries()) {
      const text = await rows.nth(i).textContent();
      assert.ok(text.includes(d.brands[0]), `${d.id} brand`);
      assert.ok(text.includes(d.schedule), `${d.id} schedule`);
      if (d.contraception) assert.ok(text.includes(d.contraception), `${d.id} contraception`);
      else assert.ok(text.includes("Not confirmed — ask your care team"), `${d.id} contraception unknown`);
      for (const m of d.monitoring) assert.ok(text.includes(m.test), `${d.id} test ${m.test}`);
    }
    // Risks are words, not colours.
    const tdxd = rows.nth(pack.drugs.findIndex((d) => d.id === "trastuzumab-deruxtecan"));
    assert.match(await tdxd.locator("td").nth(4).textContent(), /Lung; Heart/);
    // On a desktop the per-cell column names are not shown (the header says it).
    assert.equal(await page.locator(".cell-label").first().isVisible(), false);

    await page.selectOption("#compare-filter-class", "adc");
    assert.equal(hashOf(page), "#/compare?class=adc");
    const adc = idsWhere((d) => d.class === "adc");
    assert.equal(await rows.count(), adc.length);
    await page.selectOption("#compare-filter-cancer", "gastric");
    assert.equal(hashOf(page), "#/compare?cancer=gastric&class=adc");
    const both = idsWhere((d) => d.class === "adc" && d.cancers.includes("gastric"));
    assert.equal(await rows.count(), both.length);
    assert.equal(await statusText(page), `Showing ${both.length} of ${total} medicines`);
    assert.equal(await page.locator("#compare-filter-route").count(), 0, "no route list here");

    await page.reload();
    await page.waitForSelector("#compare-title");
    assert.equal(await page.inputValue("#compare-filter-class"), "adc");
    assert.equal(await page.inputValue("#compare-filter-cancer"), "gastric");
    assert.equal(await rows.count(), both.length);
  });
});

test("the compare table re-flows into cards on a phone with no sideways scroll", async () => {
  for (const width of [320, 360, 640, 700, 960, 1000, 1280]) {
    const page = await open("#/compare", { selector: "#compare-title", viewport: { width, height: 800 } });
    await withPage(page, async () => {
      assert.equal(await noSideScroll(page), true, `no page-level horizontal scroll at ${width} px`);
      const tableRight = await page.locator("table.compare-table").evaluate((t) => t.getBoundingClientRect().right);
      assert.ok(tableRight <= width, `table fits at ${width} px`);
      const table = page.locator("table.compare-table");
      assert.ok((await table.evaluate((t) => t.scrollWidth)) <= (await table.evaluate((t) => t.parentElement.clientWidth)), `table fits its column at ${width} px`);
      if (width <= 960) {
        const label = page.locator("tbody tr").first().locator(".cell-label").first();
        assert.equal(await label.isVisible(), true, "each value shows its column name");
        assert.equal((await label.textContent()).trim(), "Type");
      } else {
        assert.equal(await page.locator("thead").isVisible(), true, `a real table at ${width} px`);
      }
    });
  }
});

test("the explainer: pick a result by keyboard, keep it in the URL, cold-open it", async () => {
  const guide = pack.results;
  assert.ok(guide && guide.result.length >= 2, "the pack has the result guide");
  const [first, second] = guide.result;
  const page = await open("#/her2-results", { selector: "#results-title" });
  await withPage(page, async () => {
    await page.waitForFunction(() => document.activeElement?.id === "results-title");
    assert.equal((await page.textContent("fieldset.choices legend")).trim(), "Pick your result");
    assert.equal(await page.locator('fieldset.choices input[type="radio"]').count(), guide.result.length);
    assert.equal(await page.locator(".result").count(), 0, "nothing picked yet");
    // The caveat and the not-a-recommendation sentence are always there.
    assert.match(await page.textContent(".result-caveat"), /not a recommendation/);

    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.type === "radio")) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), `result-${first.id}`);
    await page.keyboard.press("Space");
    assert.equal(await page.isChecked(`#result-${first.id}`), true);
    assert.equal(hashOf(page), `#/her2-results/${first.id}`);
    assert.equal((await page.textContent("#result-title")).trim(), first.label);
    assert.match(await page.textContent('[role="status"]:has-text("Showing:")'), new RegExp(first.label.replace(/[()+]/g, "\\$&")));

    await page.keyboard.press("ArrowDown");
    assert.equal(await page.isChecked(`#result-${second.id}`), true);
    assert.equal(hashOf(page), `#/her2-results/${second.id}`);
    assert.equal((await page.textContent("#result-title")).trim(), second.label);
    assert.ok((await page.textContent(".result-group")).includes(second.group));
  });

  const picked = guide.result.find((r) => r.approved.length > 1) || guide.result[0];
  const cold = await open(`#/her2-results/${picked.id}`, { selector: "#result-title" });
  await withPage(cold, async () => {
    assert.equal(await cold.isChecked(`#result-${picked.id}`), true);
    assert.equal((await cold.textContent("#result-title")).trim(), picked.label);
    const links = await cold.locator(".result-drugs a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, picked.approved.map((id) => `#/drugs/${id}`));
    assert.ok((await cold.locator(".result .prose").count()) >= 1, "meaning rendered from markdown");
    assert.ok((await cold.locator(".provenance .sources li").count()) === guide.sources.length);
    await cold.locator(".result-drugs a").first().click();
    await cold.waitForFunction((id) => document.activeElement?.id === `drug-${id}-button`, picked.approved[0]);
    assert.equal(await cold.getAttribute(`#drug-${picked.approved[0]}-button`, "aria-expanded"), "true");
  });
});

test("without a result guide in the pack the explainer says so plainly", async () => {
  const bare = await site();
  const packPath = join(bare.dir, "her2.json");
  const data = JSON.parse(readFileSync(packPath, "utf8"));
  delete data.results;
  writeFileSync(packPath, JSON.stringify(data));
  const page = await openPage(shared.browser);
  try {
    await withPage(page, async () => {
      await page.goto(`${bare.url}#/her2-results/ihc-3-positive`);
      await page.waitForSelector("#results-title");
      assert.match(await page.textContent(".results .unavailable"), /not available yet/);
      assert.equal(await page.locator('input[type="radio"]').count(), 0);
      await page.goto(`${bare.url}#/`);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator(".cta").count(), 0, "no link to a missing page");
    });
  } finally {
    await bare.close();
  }
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on the compare view, the explainer and the filtered lists (${colorScheme})`, async () => {
    const views = [
      ["compare", "#/compare", "#compare-title"],
      ["compare, filtered", "#/compare?cancer=lung", "#compare-title"],
      ["explainer", "#/her2-results", "#results-title"],
      ["explainer, picked", `#/her2-results/${pack.results.result[2].id}`, "#result-title"],
      ["home, filtered", "#/drugs?class=antibody&route=iv", "#drugs-title"],
      ["articles, filtered", "#/articles?tag=heart", "#articles-page-title"],
    ];
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const page = await openPage(shared.browser, { colorScheme, viewport });
      await withPage(page, async () => {
        const report = [];
        for (const [name, hash, selector] of views) {
          await page.goto(`${shared.site.url}${hash}`);
          await page.reload();
          await page.waitForSelector(selector, { timeout: 30_000 });
          report.push([`${name} at ${viewport.width} px`, await axe(page)]);
        }
        const failing = report.filter(([, v]) => v.length > 0);
        assert.deepEqual(failing, [], JSON.stringify(failing, null, 1));
      });
    }
  });
}
