//! The home view drawn at build time, natively, from the same Leptos components the app draws
//! (`render::home`): the pre-painted first screen that index.html shows before the wasm has
//! arrived, and the benchmark's baseline (the same view as one static, script-free page with
//! every card open).

use crate::model::hash::fnv1a64;
use crate::model::{Drug, Pack};
use crate::render::home::{DrugCard, HomePage, SiteFooter, SiteHeader, SkipLink};
use crate::render::markdown;
use crate::render::markup::card_panel_inner;
use crate::route::{View, FIRST_SCREEN_HASH};
use crate::words::{fill_page, words};
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::Arc;

use crate::escape::escape_html as esc;

/// What goes inside a card's panel when the build draws it: everything but the course timeline
/// and the marked glossary terms, which only the app draws.
fn panel_inner(pack: &Pack, drug: &Drug) -> String {
    let mut html = String::new();
    card_panel_inner(
        &mut html,
        drug,
        pack.translation.as_ref(),
        "",
        None,
        |body| markdown::render(body, 3),
    );
    html
}

/// One file per card for the first screen: (file name, what goes inside the card's panel).
/// The name is the drug's id and a hash of the contents (`panel-<id>-<16 hex>.html`), so a host
/// may cache it for good, like the wasm.
pub fn panel_files(pack: &Pack) -> Vec<(String, String)> {
    pack.drugs
        .iter()
        .map(|d| {
            let html = panel_inner(pack, d);
            let hash = fnv1a64(html.as_bytes());
            (format!("panel-{}-{hash:016x}.html", d.id), html)
        })
        .collect()
}

/// How the cards are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The benchmark baseline: every card open, no script.
    Baseline,
    /// The pre-painted first screen: cards closed, each panel holding only a note until
    /// index.html's script fills it from the panel's file when the card is opened.
    FirstScreen,
}

/// The skip link, header, `<main>` (with `notice`, raw HTML, at its top) and footer of the home
/// view, rendered by the app's own components. `panel_srcs`: on the first screen, each card's
/// panel file (in pack order).
fn home(out: &mut String, pack: &Pack, mode: Mode, notice: &str, panel_srcs: &[String]) {
    let pack = Arc::new(pack.clone());
    let owner = Owner::new();
    owner.with(|| {
        let cards = pack
            .drugs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let (panel, src) = match mode {
                    Mode::Baseline => (panel_inner(&pack, d), None),
                    Mode::FirstScreen => (
                        format!(
                            "<p class=\"card-panel-loading\" role=\"status\">{}</p>",
                            words().card_loading
                        ),
                        panel_srcs.get(i).cloned(),
                    ),
                };
                let open = mode == Mode::Baseline;
                view! {
                    <DrugCard
                        drug=d.clone()
                        open=move || open
                        filtered_out=|| false
                        panel=move || panel.clone()
                        src=src
                        on_toggle=|| {}
                    />
                }
            })
            .collect::<Vec<_>>();
        let title = pack.title.clone();
        let reviewed = (pack.reviewed.clone(), pack.version.clone());
        out.push_str(
            &view! {
                <SkipLink on_click=|_| {}/>
                <SiteHeader title=move || Some(title.clone()) current=|| View::Overview/>
            }
            .to_html(),
        );
        let _ = write!(out, "<main id=\"main\" tabindex=\"-1\">{notice}");
        let page = view! {
            <HomePage
                pack=pack.clone()
                overview_html=markdown::render(&pack.overview.body, 0)
                cards=cards
                overdue=()
                diagram=()
                chart=()
            />
        };
        out.push_str(&page.to_html());
        out.push_str("</main>");
        out.push_str(&view! { <SiteFooter reviewed=move || Some(reviewed.clone())/> }.to_html());
    });
}

/// The whole baseline page. `styles` are the stylesheets to write into its `<style>` elements,
/// in order (the ones the built app's index.html carries inline).
pub fn render_page(pack: &Pack, styles: &[&str]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\"><title>{site}{suffix}{title}</title>",
        lang = esc(&pack.language),
        suffix = words().site_suffix,
        site = esc(&pack.title),
        title = esc(&pack.overview.title),
    );
    for style in styles {
        // Stylesheet text, not markup: only a closing tag could end it early.
        let _ = write!(out, "<style>{}</style>", style.replace("</", "<\\/"));
    }
    out.push_str("</head><body><div id=\"app\">");
    home(&mut out, pack, Mode::Baseline, "", &[]);
    out.push_str("</div></body></html>\n");
    out
}

/// The app's first screen, drawn at build time from the same pack: the home view with every
/// card collapsed, `notice` (raw HTML, e.g. a `<noscript>`) at the top of `<main>`, and each
/// card's panel naming its file from [`panel_files`].
pub fn render_first_screen(pack: &Pack, notice: &str) -> String {
    let srcs: Vec<String> = panel_files(pack)
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    first_screen_with(pack, notice, &srcs)
}

fn first_screen_with(pack: &Pack, notice: &str, srcs: &[String]) -> String {
    let mut out = String::with_capacity(24 * 1024);
    home(&mut out, pack, Mode::FirstScreen, notice, srcs);
    out
}

/// A built index.html with the first screen drawn in, and the card panel files it names.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstScreen {
    pub index_html: String,
    /// (file name, contents) of each card's panel, to be written beside index.html.
    pub panel_files: Vec<(String, String)>,
}

/// Puts the first screen into a built index.html, after filling in its words (see
/// [`fill_page`]): the loading markup inside `<div id="app">`
/// moves into `<template id="boot">` (index.html's inline script shows it on other pages) and
/// the first screen takes its place, so it paints as soon as the HTML arrives. The app swaps it
/// for its own identical markup once it has rendered. The page's `<noscript>` stays in `<main>`.
/// The cards' contents are not in the page (they would add about 15 KB of brotli to every first
/// visit) but in one small file per card, named by `data-src` on its panel and fetched by the
/// inline script when that card is opened before the app runs.
/// Drawing again (a built index.html with another pack, as the benchmark's scaled packs do)
/// replaces the first screen that is there.
pub fn inject_first_screen(index_html: &str, pack: &Pack) -> Result<FirstScreen, String> {
    // index.html's own words (title, loading and failure messages) are placeholders until now.
    let filled = fill_page(index_html)?;
    let stripped;
    let index_html = if filled.contains("<div id=\"app\" data-first-screen") {
        stripped = strip_first_screen(&filled)?;
        &stripped
    } else {
        &filled
    };
    let open = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|tag| index_html.find(tag).map(|at| (at, tag.len())))
        .ok_or("index.html has no <div id=\"app\">")?;
    let inner_start = open.0 + open.1;
    let inner_len = index_html[inner_start..]
        .find("</div>")
        .ok_or("index.html's <div id=\"app\"> is not closed")?;
    let boot = &index_html[inner_start..inner_start + inner_len];
    if boot.contains("<div") || boot.contains("class=\"card") {
        return Err("index.html's #app already holds more than the loading message".into());
    }
    let notice = match (boot.find("<noscript>"), boot.find("</noscript>")) {
        (Some(a), Some(b)) if a < b => &boot[a..b + "</noscript>".len()],
        _ => "",
    };
    let panel_files = panel_files(pack);
    let srcs: Vec<String> = panel_files.iter().map(|(name, _)| name.clone()).collect();
    let mut out = String::with_capacity(index_html.len() + 32 * 1024);
    out.push_str(&index_html[..open.0]);
    let _ = write!(
        out,
        "<template id=\"boot\">{boot}</template><div id=\"app\" data-first-screen data-home=\"{}\">{}</div>",
        esc(FIRST_SCREEN_HASH),
        first_screen_with(pack, notice, &srcs)
    );
    out.push_str(&index_html[inner_start + inner_len + "</div>".len()..]);
    Ok(FirstScreen {
        index_html: out,
        panel_files,
    })
}

/// A built index.html as it was before [`inject_first_screen`]: the loading message back in
/// `#app`, no template.
fn strip_first_screen(html: &str) -> Result<String, String> {
    const TEMPLATE: &str = "<template id=\"boot\">";
    const APP: &str = "</template><div id=\"app\" data-first-screen";
    // The site footer closes the first screen (card panels have footers of their own).
    const FOOTER: &str = "<footer class=\"site-footer\">";
    const END: &str = "</footer></div>";
    let broken = || "index.html has a first screen that cannot be found whole".to_string();
    let start = html.find(TEMPLATE).ok_or_else(broken)?;
    let boot_start = start + TEMPLATE.len();
    let boot_len = html[boot_start..].find(APP).ok_or_else(broken)?;
    let screen_start = boot_start + boot_len + APP.len();
    let footer = screen_start + html[screen_start..].find(FOOTER).ok_or_else(broken)?;
    let end = footer + html[footer..].find(END).ok_or_else(broken)? + END.len();
    Ok(format!(
        "{}<div id=\"app\">{}</div>{}",
        &html[..start],
        &html[boot_start..boot_start + boot_len],
        &html[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        serde_json::from_value(serde_json::json!({
            "schema_version": 2, "version": "t", "title": "Guide <x>", "language": "en",
            "reviewed": "2025-01-01",
            "overview": {"title": "O", "summary": "S", "body": "Hi **there** <b>",
                "last_reviewed": "2025-01-01", "next_review": "2025-12-01", "sources": []},
            "drugs": [], "articles": []
        }))
        .expect("test pack")
    }

    #[test]
    fn page_is_static_and_escaped() {
        let p = pack();
        let html = render_page(
            &p,
            &["p { color: red }", "a::after { content: \"</style>\" }"],
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains(" hidden"));
        assert!(html.contains(
            "<style>p { color: red }</style><style>a::after { content: \"<\\/style>\" }</style>"
        ));
        assert!(html.contains("class=\"article-list\""));
        assert_eq!(html.matches("class=\"card\"").count(), p.drugs.len());
        assert!(!html.contains("Guide <x>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("<strong>there</strong>"));
    }
}
