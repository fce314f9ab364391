// The guide in Spanish, as a Spanish-speaking reader meets it: a first visit with a Spanish
// browser (and a repeat one) opens the Spanish build without painting English first; a card's
// three "when to call" tiers, an article, search with and without accents; a shared Spanish
// link opened cold; the switch (a real link, remembered, and back); offline reload, and a
// switch to a language not saved offline; axe on the Spanish views, light and dark.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { sharedSite, site, openPage, waitForApp, waitForWorker, problemsOf, axe } from "./helpers.mjs";

const shared = sharedSite();

/** A page in a browser whose languages are `locale`'s, recording every paint by address. */
async function browserIn(locale, { colorScheme = "light" } = {}) {
  const ctx = await shared.browser.newContext({ viewport: { width: 390, height: 844 }, locale, colorScheme });
  const page = await openPage(shared.browser, { context: ctx });
  // Every document's paints, kept across navigations in this tab (sessionStorage): a page that
  // gives way before it paints leaves nothing.
  await page.addInitScript(() => {
    const note = (entry) => {
      const log = JSON.parse(sessionStorage.getItem("paints") || "[]");
      log.push({ path: location.pathname, lang: document.documentElement.lang, name: entry.name, at: Math.round(entry.startTime) });
      sessionStorage.setItem("paints", JSON.stringify(log));
    };
    new PerformanceObserver((list) => list.getEntries().forEach(note)).observe({ type: "paint", buffered: true });
  });
  return page;
}

const paints = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem("paints") || "[]"));

test("a Spanish browser's first and repeat visits open the Spanish guide, with no English painted first", async () => {
  const page = await browserIn("es-ES");
  try {
    for (const visit of ["first", "repeat"]) {
      await page.evaluate(() => sessionStorage.removeItem("paints")).catch(() => {});
      await page.goto(shared.site.url);
      await waitForApp(page);
      assert.match(new URL(page.url()).pathname, /\/es\/$/, `${visit}: the Spanish build's address`);
      assert.equal(await page.getAttribute("html", "lang"), "es");
      assert.match(await page.textContent("main h1"), /lo básico/);
      assert.match(await page.title(), /HER2 Guide/);
      assert.match(await page.getAttribute('meta[name="description"]', "content"), /palabras sencillas/);
      await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("paints") || "[]").length > 0);
      const log = await paints(page);
      assert.deepEqual(log.filter((p) => p.lang !== "es"), [], `${visit}: English painted: ${JSON.stringify(log)}`);
      console.log(`# ${visit} visit: paints ${JSON.stringify(log)}`);
      if (visit === "first") await waitForWorker(page);
    }
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("a card shows its three tiers in Spanish, says it is a translation, and dates read as Spanish readers write them", async () => {
  const page = await browserIn("es-MX");
  try {
    await page.goto(`${shared.site.url}es/#/drugs/tucatinib`);
    await waitForApp(page);
    assert.equal(await page.getAttribute("#drug-tucatinib-button", "aria-expanded"), "true");
    const panel = page.locator("#drug-tucatinib-panel");
    for (const tier of ["Llame ya, de día o de noche", "Llame el mismo día", "Coméntelo en su próxima cita"]) {
      const items = panel.locator(`section:has(h4:text-is("${tier}")) li`);
      assert.ok((await items.count()) >= 2, `${tier} lists its signs`);
    }
    const note = panel.locator(".translation-note");
    assert.match(await note.textContent(), /traducción de la página en inglés revisada el \d+ de [a-z]+ de 20\d\d/);
    assert.match(await note.textContent(), /Ningún profesional clínico bilingüe ha revisado/);
    assert.equal(await note.locator("a").getAttribute("href"), "../?lang=en#/drugs/tucatinib");
    assert.match(await page.textContent(".site-footer"), /\d+ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d/);
    // Glossary terms are marked in the Spanish text, with Spanish definitions.
    const term = panel.locator("a.term").first();
    assert.ok((await panel.locator("a.term").count()) > 0, "terms marked");
    assert.doesNotMatch(await page.locator(`#${await term.getAttribute("aria-describedby")}`).textContent(), /\b(the|and|with)\b/);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("an article and search in Spanish: accents, ñ and case forgiven, brand names in both languages", async () => {
  const page = await browserIn("es-US");
  try {
    await page.goto(`${shared.site.url}es/#/articles/managing-side-effects`);
    await waitForApp(page);
    assert.match(await page.textContent("#article-title"), /efectos secundarios/i);
    assert.ok(await page.locator(".translation-note").isVisible());
    const count = async (q) => {
      await page.goto("about:blank");
      await page.goto(`${shared.site.url}es/#/search?q=${encodeURIComponent(q)}`);
      await waitForApp(page);
      await page.waitForFunction(() => document.querySelector(".search-status")?.textContent.length > 0);
      return page.textContent(".search-status");
    };
    const accented = await count("corazón");
    assert.match(accented, /^\d+ resultados?$/, accented);
    assert.equal(await count("corazon"), accented, "no accent: the same results");
    assert.equal(await count("CORAZÓN"), accented, "upper case: the same results");
    assert.match(await count("Enhertu"), /^\d+ resultados?$/, "a brand name");
    assert.match(await count("trastuzumab deruxtecan"), /^\d+ resultados?$/, "a generic name");
    assert.match(await count("diarrea"), /^\d+ resultados?$/);
    // A typo is forgiven: the misspelt word still finds the article about side effects.
    for (const q of ["diarrea", "diarea"]) {
      await count(q);
      assert.ok((await page.locator('.search-groups a[href="#/articles/managing-side-effects"]').count()) > 0, `${q} finds the side-effects article`);
    }
    const nails = await count("uñas");
    assert.match(nails, /^\d+ resultados?$/, "a word with ñ");
    assert.equal(await count("unas"), nails, "ñ folded");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
});

test("a shared link opens in the language it was shared in; the switch is a real link, remembered, and goes back", async () => {
  // A Spanish link, cold, in an English browser: Spanish.
  const page = await browserIn("en-US");
  try {
    await page.goto(`${shared.site.url}es/#/drugs/neratinib`);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal(await page.getAttribute("#drug-neratinib-button", "aria-expanded"), "true");
    // The switch: a real link to the same view in English, with lang and hreflang.
    const english = page.locator('.lang-switch a[hreflang="en"]');
    assert.equal(await english.getAttribute("lang"), "en");
    assert.equal(await english.getAttribute("href"), "../?lang=en#/drugs/neratinib");
    assert.equal(await page.locator('.lang-switch span[lang="es"]').textContent(), "Español");
    // The switch checks the saved copies before it goes: wait for the new address, not the old page.
    await Promise.all([page.waitForURL(/\?lang=en#\/drugs\/neratinib$/), english.click()]);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(new URL(page.url()).hash, "#/drugs/neratinib");
    assert.equal(await page.getAttribute("#drug-neratinib-button", "aria-expanded"), "true");
    // And back to Spanish: remembered, so the bare address opens Spanish next time.
    await Promise.all([page.waitForURL(/\/es\/#\/drugs\/neratinib$/), page.click('.lang-switch a[hreflang="es"]')]);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "lang"), "es");
    await page.goto(shared.site.url);
    await waitForApp(page);
    assert.equal(await page.getAttribute("html", "lang"), "es", "the reader's choice is remembered");
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await page.ctx.close();
  }
  // An English link (it names its language), cold, in a Spanish browser: English.
  const other = await browserIn("es-ES");
  try {
    await other.goto(`${shared.site.url}?lang=en#/articles/switching-treatment`);
    await waitForApp(other);
    assert.equal(await other.getAttribute("html", "lang"), "en");
    assert.match(await other.textContent("#article-title"), /change of HER2 treatment/);
    // An English page's own address names English, so copying it shares English.
    await other.goto(`${shared.site.url}?lang=en`);
    await waitForApp(other);
    assert.match(other.url(), /\?lang=en/);
  } finally {
    await other.ctx.close();
  }
});

test("offline: the Spanish guide reloads; switching to English, not saved on this device, says so and stays", async () => {
  const s = await site({ subPath: "clinica" });
  const page = await browserIn("es-ES");
  try {
    await page.goto(`${s.url}es/#/glossary`);
    await waitForApp(page);
    await waitForWorker(page);
    await page.ctx.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.match(await page.textContent("main h1"), /Glosario/);
    await page.goto(`${s.url}es/#/drugs/lapatinib`);
    await waitForApp(page);
    assert.equal(await page.getAttribute("#drug-lapatinib-button", "aria-expanded"), "true");
    const before = page.url();
    await page.click('.lang-switch a[hreflang="en"]');
    const note = page.locator("body > .lang-offline[role=alert]");
    await note.waitFor({ state: "visible" });
    assert.match(await note.textContent(), /no está guardado en este dispositivo/);
    assert.equal(page.url(), before, "the reader stays where they were");
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.deepEqual(await problemsOf(page, ["sw.js", "Failed to update a ServiceWorker"]), []);
  } finally {
    await page.ctx.close();
    await s.close();
  }
});

test("a page whose English changed since it was translated says so, with the date and a link", async () => {
  const s = await site();
  // As the compiler writes it once the English card has a newer review than its translation.
  const path = `${s.dir}/es/her2.json`;
  const pack = JSON.parse(readFileSync(path, "utf8"));
  pack.translation.pages.find((p) => p.page === "drugs/tucatinib").english_updated = "2026-12-03";
  writeFileSync(path, JSON.stringify(pack));
  const ctx = await shared.browser.newContext({ locale: "es-ES", serviceWorkers: "block" });
  const page = await openPage(shared.browser, { context: ctx });
  try {
    await page.goto(`${s.url}es/#/drugs/tucatinib`);
    await waitForApp(page);
    const behind = page.locator("#drug-tucatinib-panel .translation-behind");
    assert.match(await behind.textContent(), /La página en inglés se actualizó el 3 de diciembre de 2026, después de esta traducción/);
    assert.equal(await page.getAttribute("#drug-tucatinib-panel .translation-note a", "href"), "../?lang=en#/drugs/tucatinib");
    // Another card, in step with its English, says nothing of the kind.
    await page.click("#drug-lapatinib-button");
    await page.waitForSelector("#drug-lapatinib-panel .translation-note");
    assert.equal(await page.locator("#drug-lapatinib-panel .translation-behind").count(), 0);
    assert.deepEqual(await problemsOf(page), []);
  } finally {
    await ctx.close();
    await s.close();
  }
});

const VIEWS = [
  ["resumen", ""],
  ["tarjeta", "#/drugs/trastuzumab-emtansine"],
  ["artículos", "#/articles"],
  ["artículo", "#/articles/understanding-your-her2-test"],
  ["comparar", "#/compare"],
  ["buscar", "#/search?q=corazon"],
  ["glosario", "#/glossary"],
  ["preguntas", "#/questions"],
  ["resultado de HER2", "#/her2-results/ihc-1-low"],
  ["lista filtrada", "#/drugs?class=adc"],
  ["no encontrada", "#/no-existe"],
];

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on any Spanish view (${colorScheme})`, async () => {
    const page = await browserIn("es-ES", { colorScheme });
    try {
      const failing = [];
      for (const [name, hash] of VIEWS) {
        await page.goto(`${shared.site.url}es/${hash}`);
        await waitForApp(page);
        assert.equal(await page.getAttribute("html", "lang"), "es", name);
        const found = await axe(page);
        if (found.length) failing.push([name, found]);
      }
      assert.deepEqual(failing, [], JSON.stringify(failing, null, 1));
      assert.deepEqual(await problemsOf(page), []);
    } finally {
      await page.ctx.close();
    }
  });
}
