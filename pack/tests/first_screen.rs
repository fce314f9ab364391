//! The first screen pre-painted into index.html: drawn from the real pack, with the app's own
//! markup (collapsed card buttons with their hidden panels, the app's ids), no script, and the
//! loading message kept; each card's contents in a small file of its own, named by content.
#![allow(clippy::unwrap_used)] // a panic is a test failure

mod common;

use her2_pack::render::first_screen::{inject_first_screen, panel_files, render_first_screen};
use scraper::{Html, Selector};
use std::collections::HashSet;

const INDEX: &str = "<!doctype html><html><head><title>x</title></head><body><div id=app><main class=boot id=main><p class=status role=status>Loading the guide…</p><noscript><p>Needs JavaScript.</p></noscript></main></div><script>/*queue*/</script></body></html>";

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

#[test]
fn first_screen_has_every_card_collapsed_with_the_apps_ids() {
    let pack = common::real_pack();
    let html = Html::parse_fragment(&render_first_screen(&pack, ""));
    let buttons: Vec<_> = html.select(&sel("button.card-toggle")).collect();
    assert_eq!(buttons.len(), pack.drugs.len());
    for (button, drug) in buttons.iter().zip(&pack.drugs) {
        let el = button.value();
        assert_eq!(el.attr("aria-expanded"), Some("false"));
        assert_eq!(el.attr("data-drug"), Some(drug.id.as_str()));
        assert_eq!(
            el.attr("id"),
            Some(format!("drug-{}-button", drug.id).as_str())
        );
        assert_eq!(el.attr("type"), Some("button"));
        let name: String = button
            .select(&sel(".card-name"))
            .flat_map(|n| n.text())
            .collect();
        assert_eq!(name, drug.generic);
    }
    // Each button controls its own panel, there and hidden, holding only a loading note and
    // naming its file, which holds that drug's card (so a reader can open it before the app
    // starts); nothing claims to be open.
    let files = panel_files(&pack);
    assert_eq!(files.len(), pack.drugs.len());
    for (drug, (name, contents)) in pack.drugs.iter().zip(&files) {
        let panel_id = format!("drug-{}-panel", drug.id);
        let controls = format!("[aria-controls=\"{panel_id}\"]");
        assert_eq!(html.select(&sel(&controls)).count(), 1, "{panel_id}");
        let pending = html
            .select(&sel(&format!("#{panel_id}")))
            .next()
            .unwrap_or_else(|| panic!("no {panel_id}"));
        assert!(
            pending.value().attr("hidden").is_some(),
            "{panel_id} is shown"
        );
        assert_eq!(pending.value().attr("data-src"), Some(name.as_str()));
        let prefix = format!("panel-{}-", drug.id);
        assert!(
            name.starts_with(&prefix) && name.len() == prefix.len() + 21,
            "{name}"
        );
        let note: String = pending.text().collect();
        assert_eq!(note, her2_pack::words::words().card_loading);
        let panel = Html::parse_fragment(contents);
        let text: String = panel.root_element().text().collect();
        for s in &drug.sections {
            assert!(text.contains(&s.title), "{name} lacks {}", s.title);
        }
        assert_eq!(
            panel.select(&sel(".fact")).count(),
            her2_pack::render::markup::key_facts(drug).len()
        );
        assert_eq!(panel.select(&sel("script")).count(), 0);
    }
    let names: HashSet<&String> = files.iter().map(|(n, _)| n).collect();
    assert_eq!(names.len(), files.len(), "one file per card");
    assert_eq!(html.select(&sel(".card-panel:not([hidden])")).count(), 0);
    let h1: String = html
        .select(&sel("main h1"))
        .flat_map(|n| n.text())
        .collect();
    assert_eq!(h1, pack.overview.title);
    assert_eq!(
        html.select(&sel(".site-header nav[aria-label=Main] a"))
            .count(),
        7,
        "the main navigation, \"My treatment\" last"
    );
    // The language switch: this language as text, a real link to the other's build.
    let other = html
        .select(&sel(".lang-switch a[hreflang=es][lang=es]"))
        .next()
        .unwrap();
    assert_eq!(other.value().attr("href"), Some("es/#/"));
    assert_eq!(html.select(&sel(".lang-switch span[lang=en]")).count(), 1);
    assert_eq!(
        html.select(&sel(".article-list .article-item")).count(),
        pack.articles.len()
    );
    assert_eq!(html.select(&sel("script")).count(), 0);
    let mut ids = HashSet::new();
    for el in html.select(&sel("[id]")) {
        let id = el.value().attr("id").unwrap();
        assert!(ids.insert(id.to_string()), "duplicate id {id}");
    }
}

#[test]
fn injecting_keeps_the_loading_message_for_other_pages() {
    let pack = common::real_pack();
    let screen = inject_first_screen(INDEX, &pack).unwrap();
    let out = screen.index_html.clone();
    let doc = Html::parse_document(&out);
    // Each card's panel names its own file; the files come with the page.
    assert_eq!(screen.panel_files, panel_files(&pack));
    for (name, _) in &screen.panel_files {
        let named = format!("[data-src=\"{name}\"]");
        assert_eq!(doc.select(&sel(&named)).count(), 1, "{name}");
    }
    // The loading markup is kept whole in a template, and #app holds the first screen.
    assert!(out.contains("<template id=\"boot\"><main class=boot id=main><p class=status role=status>Loading the guide…</p>"));
    assert_eq!(
        doc.select(&sel("#app[data-first-screen] main h1")).count(),
        1
    );
    assert_eq!(
        doc.select(&sel("#app button.card-toggle")).count(),
        pack.drugs.len()
    );
    // The noscript notice is at the top of the first screen's main, the page's script kept.
    assert!(out.contains(
        "<main id=\"main\" tabindex=\"-1\"><noscript><p>Needs JavaScript.</p></noscript>"
    ));
    assert!(out.ends_with("</div><script>/*queue*/</script></body></html>"));
    // Quoted attributes (an unminified index.html) work too.
    let quoted = INDEX.replace("<div id=app>", "<div id=\"app\">");
    assert!(inject_first_screen(&quoted, &pack).is_ok());
}

#[test]
fn drawing_again_replaces_the_first_screen() {
    let pack = common::real_pack();
    let first = inject_first_screen(INDEX, &pack).unwrap();
    let once = first.index_html.clone();
    assert_eq!(inject_first_screen(&once, &pack).unwrap(), first);
    // With another pack (the benchmark's scaled copies), the new drugs are there and only once.
    let mut bigger = pack.clone();
    let mut extra = pack.drugs[0].clone();
    extra.id = "extra-drug".into();
    bigger.drugs.push(extra);
    let redrawn = inject_first_screen(&once, &bigger).unwrap();
    assert_eq!(redrawn.panel_files.len(), first.panel_files.len() + 1);
    let again = redrawn.index_html;
    let doc = Html::parse_document(&again);
    assert_eq!(
        doc.select(&sel("button.card-toggle")).count(),
        pack.drugs.len() + 1
    );
    assert_eq!(doc.select(&sel("template#boot")).count(), 1);
    assert_eq!(doc.select(&sel("#app")).count(), 1);
    assert!(again.ends_with("</div><script>/*queue*/</script></body></html>"));
}

#[test]
fn a_page_without_app_is_an_error() {
    let pack = common::real_pack();
    let none = inject_first_screen("<html><body></body></html>", &pack).unwrap_err();
    assert!(none.contains("no <div id=\"app\">"), "{none}");
    let cut = inject_first_screen(INDEX, &pack)
        .unwrap()
        .index_html
        .replace("</footer>", "");
    let err = inject_first_screen(&cut, &pack).unwrap_err();
    assert!(err.contains("cannot be found whole"), "{err}");
}

/// index.html holds placeholders for its words; drawing the first screen fills them from the
/// word list with exactly the English the page had before it moved there.
#[test]
fn the_real_index_html_gets_its_words_from_the_word_list() {
    let pack = common::real_pack();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../index.html");
    let source = std::fs::read_to_string(path).unwrap();
    assert!(
        source.contains("{{words.loading}}"),
        "no placeholders left to fill"
    );
    let out = inject_first_screen(&source, &pack).unwrap().index_html;
    assert!(!out.contains("{{"), "a placeholder is left");
    for before in [
        "<html lang=\"en\">",
        "<meta name=\"description\" content=\"HER2 Guide explains HER2-targeted cancer treatment in plain words: what HER2 is, how it is tested, and every approved HER2 drug, with sources. Works offline.\">",
        "<title>HER2 Guide</title>",
        "<template id=\"boot\"><main id=\"main\" class=\"boot\"><p class=\"status\" role=\"status\">Loading the guide…</p><p class=\"status start-failed\" role=\"alert\" hidden>The guide could not start: part of it did not download. Check your connection, then <button type=\"button\" class=\"button button-small start-retry\">Try again</button></p><noscript><p>HER2 Guide needs JavaScript to open its cards and pages. Please turn JavaScript on, or open this page in another browser.</p></noscript></main></template>",
    ] {
        assert!(out.contains(before), "lacks {before}");
    }
    // Drawn again (the benchmark redraws a built page), nothing changes.
    assert_eq!(inject_first_screen(&out, &pack).unwrap().index_html, out);
}
