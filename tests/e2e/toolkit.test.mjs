// "My treatment" (#/my) in a real browser: the care-team card (kept across a reload, tel:
// links, offline), "when to call" merged for two medicines, the symptom diary (severity by
// keyboard, days newest first, the call-now alert with the number), the calendar (plan from
// the card, list, month table, .ics download), export → delete → import with its preview,
// hostile files (too large, a PNG, another JSON shape, markup in a note shown as text), storage
// that refuses writes, axe at 320 px light and dark, and the Spanish build's words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedSite, site, openPage, waitForWorker, problemsOf, axe, DIST } from "./helpers.mjs";

const pack = JSON.parse(readFileSync(join(DIST, "her2.json"), "utf8"));
const drug = (id) => pack.drugs.find((d) => d.id === id);

const shared = sharedSite();

/** Opens #/my (in `es/` for Spanish) and waits for the care team, the page's first section. */
async function openMy({ lang = "", init, ...options } = {}) {
  const page = await openPage(shared.browser, options);
  if (init) await page.addInitScript(init);
  await page.goto(`${shared.site.url}${lang}#/my`);
  await page.waitForSelector("#care-team", { timeout: 30_000 });
  return page;
}

async function withPage(page, body, allow = []) {
  try {
    await body(page);
    assert.deepEqual(await problemsOf(page, allow), []);
  } finally {
    await page.ctx.close();
  }
}

/** Types into an input and leaves it, so its change event fires (the page saves on change). */
async function type(page, selector, text) {
  await page.fill(selector, text);
  await page.press(selector, "Tab");
}

async function tick(page, ...ids) {
  for (const id of ids) await page.check(`#my-drug-${id}`);
}

/** A file the download of `click` gives, as text. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(click)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

async function importFile(page, name, mimeType, buffer) {
  await page.setInputFiles("#data-import", { name, mimeType, buffer });
}

test("care team: empty at first, typed numbers kept across a reload as tel: links, and there offline", async () => {
  const s = await site();
  const page = await openPage(shared.browser);
  await withPage(
    page,
    async () => {
      await page.goto(`${s.url}#/my`);
      await page.waitForSelector("#care-team");
      // The worker saves the guide for offline use; let it finish before the reloads below
      // (under load its first install can take a while, and a reload mid-install restarts it).
      await waitForWorker(page);
      // Reachable from the main navigation, and the care team comes first.
      assert.equal(await page.locator('.site-header nav a[href="#/my"]').count(), 1);
      assert.equal(await page.locator(".tk-tel").count() - (await page.locator(".tk-helpline .tk-tel").count()), 0, "no number guessed");
      assert.equal(await page.locator(".tk-section").first().getAttribute("id"), "care-team");
      await type(page, "#contact-0-phone", "+1 (555) 010-0000");
      await type(page, "#contact-1-phone", "555 0101");
      // Typed and not left: kept at each keystroke, not only when the field loses focus.
      await page.locator("#other-treatments").pressSequentially("Docetaxel");
      await page.reload();
      await page.waitForSelector(".tk-numbers .tk-tel");
      const hrefs = await page.locator(".tk-numbers .tk-tel").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(hrefs, ["tel:+15550100000", "tel:5550101"]);
      assert.equal(await page.inputValue("#contact-0-phone"), "+1 (555) 010-0000");
      assert.equal(await page.inputValue("#other-treatments"), "Docetaxel");
      assert.match(await page.textContent("#care-team-drugs"), /Docetaxel/);
      // The national helplines: separate, each with its number and its service's own page.
      assert.ok(pack.helplines.length >= 2, "the pack has helplines");
      assert.equal(await page.locator("#helplines .tk-helpline").count(), pack.helplines.length);
      const lines = await page.locator("#helplines .tk-tel").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.deepEqual(lines, pack.helplines.map((h) => `tel:${h.tel}`));
      assert.ok(lines.includes("tel:+18002272345") && lines.includes("tel:+18004226237"), "ACS and NCI");
      assert.equal(await page.locator("#helplines .tk-source a").count(), pack.helplines.length);
      assert.match(await page.textContent("#helplines"), /Hours: not confirmed here/, "unconfirmed hours are said to be");
      await waitForWorker(page);
      await page.ctx.setOffline(true);
      await page.reload();
      await page.waitForSelector(".tk-numbers .tk-tel", { timeout: 30_000 });
      assert.equal(await page.locator(".tk-numbers .tk-tel").count(), 2, "the card offline");
    },
    ["sw.js", "Failed to update a ServiceWorker"],
  );
  await s.close();
});

test("when to call: two medicines' signs merged once each, linked to each card", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    await tick(page, "trastuzumab", "pertuzumab");
    const now = page.locator(".tk-tier-callnow li");
    await now.first().waitFor();
    const texts = await now.evaluateAll((lis) => lis.map((li) => li.textContent));
    const fever = texts.filter((t) => /^Fever/.test(t));
    assert.equal(fever.length, 1, "the shared fever sign is listed once");
    const links = await page.locator(".tk-tier-callnow li").filter({ hasText: /^Fever/ }).locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ["#/drugs/trastuzumab", "#/drugs/pertuzumab"]);
    // Units: only the reader's.
    await page.check("#unit-temp-2");
    assert.match(await page.textContent("#when-to-call-list"), /100\.4°F/);
    assert.doesNotMatch(await page.textContent("#when-to-call-list"), /38°C \(/);
    await page.check("#unit-temp-1");
    assert.doesNotMatch(await page.textContent("#when-to-call-list"), /100\.4°F/);
    await page.click('#when-to-call-list a[href="#/drugs/pertuzumab"]');
    await page.waitForFunction(() => location.hash === "#/drugs/pertuzumab");
  });
});

test("diary: severity by keyboard, entries by day newest first, a call-now entry alerts with the number", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    await type(page, "#contact-0-phone", "555 0199");
    await tick(page, "trastuzumab");
    const today = await page.inputValue("#diary-date");
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/, "today by default");
    // An older entry first.
    await page.fill("#diary-date", "2020-01-02");
    await page.fill("#diary-symptom", "Tiredness");
    await page.check("#severity-mild");
    await page.click("#diary-add");
    await page.waitForSelector(".tk-status:has-text('Added')");
    assert.equal(await page.locator("#diary-call-now").count(), 0);
    // Today, by keyboard: focus the first radio, arrows move the choice.
    await page.fill("#diary-date", today);
    await page.fill("#diary-symptom", "Fever");
    await page.focus("#severity-none");
    await page.keyboard.press("Space");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await page.isChecked("#severity-severe"), true);
    await page.fill("#diary-note", "38.4 at night");
    await page.click("#diary-add");
    const alert = page.locator('#diary-call-now[role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.locator('a[href="tel:5550199"]').count(), 1);
    const days = await page.locator("#diary-days .tk-day time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
    assert.deepEqual(days, [today, "2020-01-02"], "newest first");
    const picture = page.locator("#diary-picture .tk-marks[role=img]");
    assert.ok((await picture.count()) >= 1);
    assert.match(await picture.first().getAttribute("aria-label"), /Fever: noted on 1 day/);
  });
});

test("calendar: a plan from the card, coming dates, a month table and an .ics file", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    await tick(page, "trastuzumab");
    await page.click(".tk-plan-add");
    await page.waitForSelector("#plan-0-start");
    const every = drug("trastuzumab").every_days;
    if (every) assert.equal(await page.inputValue("#plan-0-every"), String(every));
    assert.match(await page.textContent(".tk-team-first"), /Your team's plan comes first/);
    assert.match(await page.textContent("#calendar-coming"), /dose 1/);
    const table = page.locator("#calendar-month");
    assert.equal(await table.locator("caption").count(), 1);
    assert.equal(await table.locator('th[scope="col"]').count(), 7);
    assert.ok((await table.locator("td li").count()) >= 1, "the first dose is in this month");
    await page.click("#calendar-next");
    assert.notEqual(await table.locator("caption").textContent(), "");
    // Edit: every 7 days.
    await type(page, "#plan-0-every", "7");
    const ics = await downloaded(page, "#calendar-ics");
    assert.match(ics.name, /\.ics$/);
    assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics.text, /RRULE:FREQ=DAILY;INTERVAL=7|DTSTART;VALUE=DATE:\d{8}/);
    assert.match(ics.text, /END:VCALENDAR\r\n$/);

    // A daily pill is one line in the coming list, not one per day.
    await tick(page, "tucatinib");
    await page.click(".tk-plan-add");
    await page.waitForSelector("#plan-1-start");
    assert.equal(await page.inputValue("#plan-1-every"), "1");
    const coming = page.locator("#calendar-coming li");
    assert.equal(await coming.filter({ hasText: /Tucatinib|tucatinib/ }).filter({ hasText: /every day/ }).count(), 1);
    assert.equal(await coming.filter({ hasText: /tucatinib: dose|Tucatinib.*: dose/i }).count(), 0, "no line per daily dose");
  });
});

test("export, delete everything (with its confirmation), import back with a preview", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    await type(page, "#contact-0-phone", "555 0123");
    // A name typed before its number is exported too.
    await page.click("#contact-add");
    await type(page, "#contact-1-name", "Pharmacy (number to ask)");
    await tick(page, "pertuzumab");
    await page.fill("#diary-symptom", "Headache");
    await page.check("#severity-moderate");
    await page.click("#diary-add");
    const file = await downloaded(page, "#data-export");
    assert.match(file.name, /\.json$/);
    const data = JSON.parse(file.text);
    assert.equal(data.version, 1);
    assert.equal(data.diary.length, 1);
    assert.ok(data.care_team.some((c) => c.name === "Pharmacy (number to ask)" && c.phone === ""), "a name without a number is kept");

    await page.click("#delete-all");
    await page.click("#delete-keep");
    assert.equal(await page.locator(".tk-numbers .tk-tel").count(), 1, "kept");
    await page.click("#delete-all");
    await page.click("#delete-yes");
    await page.waitForSelector("#data-status:has-text('deleted')");
    assert.equal(await page.locator(".tk-numbers .tk-tel").count(), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem("her2-guide.my-treatment")), null);

    await importFile(page, "mine.json", "application/json", Buffer.from(file.text));
    await page.waitForSelector("#import-preview");
    assert.match(await page.textContent("#import-preview"), /2 care-team contacts, 1 medicine, 0 plans, 1 diary entry/);
    await page.click("#import-cancel");
    assert.equal(await page.locator(".tk-numbers .tk-tel").count(), 0, "cancel changes nothing");
    await importFile(page, "mine.json", "application/json", Buffer.from(file.text));
    await page.click("#import-add");
    await page.waitForSelector(".tk-numbers .tk-tel");
    assert.equal(await page.isChecked("#my-drug-pertuzumab"), true);
    assert.match(await page.textContent("#diary-days"), /Headache/);
    // The same file again adds nothing new.
    await importFile(page, "mine.json", "application/json", Buffer.from(file.text));
    assert.match(await page.textContent("#import-preview"), /0 care-team contacts, 0 medicines, 0 plans, 0 diary entries/);
  });
});

test("hostile files: too large, a PNG, another shape, and markup in a note shown as text", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    const before = await page.evaluate(() => localStorage.getItem("her2-guide.my-treatment"));
    const refused = async (name, type, buffer, pattern) => {
      await importFile(page, name, type, buffer);
      // Each pattern matches only its own message, so the previous one is never taken for it.
      await page.waitForFunction(
        ([source]) => new RegExp(source).test(document.querySelector("#import-error")?.textContent || ""),
        [pattern.source],
      );
      assert.match(await page.textContent("#import-error"), /Nothing was changed\.$/);
      assert.equal(await page.locator("#import-preview").count(), 0);
      assert.equal(await page.evaluate(() => localStorage.getItem("her2-guide.my-treatment")), before);
    };
    await refused("big.json", "application/json", Buffer.alloc(2 * 1024 * 1024, 0x20), /too large/);
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await refused("picture.png", "image/png", png, /damaged or is not saved data/);
    await refused("other.json", "application/json", Buffer.from('{"name":"x","items":[1,2]}'), /This file is not saved data/);
    await refused("newer.json", "application/json", Buffer.from('{"version":99}'), /newer version/);

    const note = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const hostile = { version: 1, diary: [{ date: "2024-05-01", symptom: "<b>Bold</b>", severity: "mild", note }] };
    await importFile(page, "hostile.json", "application/json", Buffer.from(JSON.stringify(hostile)));
    await page.click("#import-add");
    await page.waitForSelector("#diary-days .tk-note");
    assert.equal(await page.textContent("#diary-days .tk-note"), note);
    assert.equal(await page.textContent("#diary-days .tk-symptom"), "<b>Bold</b>");
    assert.equal(await page.locator("#diary-days img, #diary-days script, #diary-days b").count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
});

test("storage that refuses writes: the alert shows at once and offers the export", async () => {
  const page = await openMy({
    init: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  await withPage(page, async () => {
    const alert = page.locator('#storage-alert[role="alert"]');
    await alert.waitFor({ timeout: 5_000 });
    assert.match(await alert.textContent(), /not keeping what you type/);
    const file = await downloaded(page, "#storage-export");
    assert.equal(JSON.parse(file.text).version, 1);
  }, ["quota"]);
});

test("kept text that cannot be read is left as it is, and offered as a file", async () => {
  const page = await openMy({ init: () => localStorage.setItem("her2-guide.my-treatment", "{broken") });
  await withPage(page, async () => {
    await page.waitForSelector('#storage-broken[role="alert"]');
    await type(page, "#contact-0-phone", "555 0000");
    assert.equal(await page.evaluate(() => localStorage.getItem("her2-guide.my-treatment")), "{broken", "not written over");
    const file = await downloaded(page, "#storage-download-broken");
    assert.equal(file.text, "{broken");
  });
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on My treatment at 320 px (${colorScheme}), and no sideways scroll`, async () => {
    const page = await openMy({ colorScheme, viewport: { width: 320, height: 800 } });
    await withPage(page, async () => {
      await type(page, "#contact-0-phone", "555 0100");
      await tick(page, "trastuzumab", "pertuzumab");
      await page.click(".tk-plan-add");
      await page.fill("#diary-symptom", "Fever");
      await page.check("#severity-very-severe");
      await page.click("#diary-add");
      await page.waitForSelector("#diary-call-now");
      assert.deepEqual(await axe(page), []);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      assert.ok(wide, "no page-level horizontal scroll at 320 px");
      // Touch targets: every button, call link and file picker at least 44 px high.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll(".tk-page button, .tk-page .tk-tel, .tk-page input[type=file], .tk-radio, .tk-drugs li")]
          .map((el) => ({ el: el.id || el.className || el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height < 43.5)
          .map(({ el, r }) => `${el}: ${r.width.toFixed(0)}×${r.height.toFixed(0)}`),
      );
      assert.deepEqual(small, []);
    });
  });
}

test("visit summary: my medicines, the diary since a date, my ticked questions and the next-visit signs; print shows it and the calendar only", async () => {
  const page = await openMy();
  await withPage(page, async () => {
    // A question ticked on the questions page.
    await page.evaluate(() => (location.hash = "#/questions"));
    const box = page.locator('.questions input[type="checkbox"]').first();
    await box.waitFor();
    await box.check();
    const question = (await box.locator("xpath=..").textContent()).trim();
    await page.evaluate(() => (location.hash = "#/my"));
    await page.waitForSelector("#summary");
    await tick(page, "trastuzumab");
    await page.fill("#diary-symptom", "Headache");
    await page.check("#severity-moderate");
    await page.click("#diary-add");
    assert.match(await page.textContent("#summary-drugs"), /trastuzumab|Herceptin/i);
    assert.match(await page.textContent("#summary-diary"), /Headache/);
    assert.ok((await page.textContent("#summary-questions")).includes(question), `the ticked question: ${question}`);
    const mention = drug("trastuzumab").sections.find((x) => x.kind === "next-visit");
    if (mention) assert.ok((await page.locator("#summary-mention li").count()) >= 1, "the next-visit signs");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible("#summary"), true);
    assert.equal(await page.isVisible("#calendar"), true);
    for (const hidden of ["#care-team", "#diary-form", "#my-data", ".site-header"]) {
      assert.equal(await page.isVisible(hidden), false, `${hidden} is not printed`);
    }
    await page.emulateMedia({ media: "screen" });
  });
});

test("the Spanish build's page is in Spanish", async () => {
  const page = await openMy({ lang: "es/" });
  await withPage(page, async () => {
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal((await page.textContent("main h1")).trim(), "Mi tratamiento");
    assert.equal((await page.textContent("#care-team-title")).trim(), "Mi equipo de atención");
    assert.equal((await page.textContent("#diary-title")).trim(), "Diario de síntomas");
    assert.match(await page.textContent("#severity-very-severe + label"), /Muy severa/);
    assert.match(await page.title(), /Mi tratamiento/);
  });
});
