//! The benchmark's baseline: the home view of a pack (overview, every drug card open, the
//! article list) as one static, script-free HTML page, rendered natively with the same markdown
//! function and the same class names as the app, so the browser gets the same DOM and CSS.
//!
//! The interface words come from `crate::words`, as the app's do.

use crate::model::hash::fnv1a64;
use crate::model::{Drug, Pack};
use crate::render::markdown;
use crate::render::markup::{article_items, card_panel_inner, provenance, time, Review};
use crate::route::{nav_items, View};
use crate::words::{fill_page, words};
use std::fmt::Write;

use crate::escape::escape_html as esc;

/// A card's heading and summary. The baseline has no script, so its heading is plain text; the
/// pre-painted first screen has the real (collapsed) toggle button, which a small inline script
/// in index.html opens and closes until the app takes over.
fn card_head(out: &mut String, drug: &Drug, button: bool) {
    let id = esc(&drug.id);
    let (open, close) = if button {
        (
            format!("<button type=\"button\" class=\"card-toggle\" id=\"drug-{id}-button\" aria-expanded=\"false\" aria-controls=\"drug-{id}-panel\" data-drug=\"{id}\">"),
            "<span class=\"card-icon\" aria-hidden=\"true\"></span></button>",
        )
    } else {
        (
            format!("<span class=\"card-toggle\" id=\"drug-{id}-button\">"),
            "</span>",
        )
    };
    let _ = write!(
        out,
        "<li><article class=\"card\" id=\"drug-{id}\"><h3 class=\"card-heading\">{open}<span class=\"card-name\">{}</span><span class=\"card-brand\">{}</span><span class=\"card-class\">{}</span>{close}</h3><p class=\"card-summary\">{}</p>",
        esc(&drug.generic),
        esc(&drug.brands.join(", ")),
        esc(drug.class.label()),
        esc(&drug.summary)
    );
}

/// A card's panel as the app draws it (without the course timeline, which only the app draws),
/// open: the baseline's, and each entry of the first screen's panels file.
fn card_panel(out: &mut String, drug: &Drug) {
    let _ = write!(
        out,
        "<div class=\"card-panel\" id=\"drug-{}-panel\">",
        esc(&drug.id)
    );
    card_panel_inner(out, drug, "", None, |body| markdown::render(body, 3));
    out.push_str("</div>");
}

/// A first-screen card's panel: hidden, holding only a note until index.html's inline script
/// fills it from its file `src` (see [`FirstScreen`]).
fn pending_panel(out: &mut String, drug: &Drug, src: &str) {
    let _ = write!(
        out,
        "<div class=\"card-panel\" id=\"drug-{}-panel\" data-src=\"{}\" hidden><p class=\"card-panel-loading\" role=\"status\">{}</p></div>",
        esc(&drug.id),
        esc(src),
        words().card_loading
    );
}

/// One file per card for the first screen: (file name, what goes inside the card's panel).
/// The name is the drug's id and a hash of the contents (`panel-<id>-<16 hex>.html`), so a host
/// may cache it for good, like the wasm.
pub fn panel_files(pack: &Pack) -> Vec<(String, String)> {
    pack.drugs
        .iter()
        .map(|d| {
            let mut html = String::new();
            card_panel_inner(&mut html, d, "", None, |body| markdown::render(body, 3));
            let hash = fnv1a64(html.as_bytes());
            (format!("panel-{}-{hash:016x}.html", d.id), html)
        })
        .collect()
}

/// How much of the home view to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The benchmark baseline: every card open, no script.
    Baseline,
    /// The pre-painted first screen: cards collapsed, with their real toggle buttons and
    /// hidden panels that are filled from the panels file when a card is opened before the app
    /// has started.
    FirstScreen,
}

/// The skip link, header, main (overview, cards, article list) and footer of the home view.
/// `panel_srcs`: on the first screen, each card's panel file (in pack order).
fn home(out: &mut String, pack: &Pack, mode: Mode, notice: &str, panel_srcs: &[String]) {
    let o = &pack.overview;
    let w = words();
    let _ = write!(
        out,
        "<a class=\"skip-link\" href=\"#main\">{}</a><header class=\"site-header\"><div class=\"site-header-inner\"><a class=\"brand\" href=\"#/\">{}</a><nav aria-label=\"{}\"><ul>",
        w.skip_to_content,
        esc(&pack.title),
        w.nav_label
    );
    for (label, view) in nav_items() {
        let current = if view == View::Overview {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<li><a href=\"{}\"{current}>{label}</a></li>",
            esc(&view.href())
        );
    }
    let _ = write!(
        out,
        "</ul></nav></div></header><div class=\"connection\" role=\"status\"></div><div class=\"connection\" role=\"status\"></div><main id=\"main\" tabindex=\"-1\">{notice}<article class=\"overview\" aria-labelledby=\"overview-title\"><h1 id=\"overview-title\" tabindex=\"-1\">{}</h1><p class=\"lede\">{}</p>",
        esc(&o.title),
        esc(&o.summary),
    );
    if pack.results.is_some() {
        let _ = write!(
            out,
            "<p class=\"cta\"><a class=\"button-link\" href=\"{}\">{}</a></p>",
            esc(&View::Results(None).href()),
            w.results_heading
        );
    }
    let _ = write!(
        out,
        "<div class=\"prose\">{}</div>",
        markdown::render(&o.body, 0)
    );
    let review = Review {
        last: &o.last_reviewed,
        next: &o.next_review,
        today: None,
    };
    provenance(out, &o.sources, &review, 2);
    let _ = write!(
        out,
        "</article><section class=\"drugs\" aria-labelledby=\"drugs-title\"><h2 id=\"drugs-title\" tabindex=\"-1\">{}</h2><p>{}</p><ul class=\"cards\" role=\"list\">",
        w.drugs_heading,
        w.drugs_intro
    );
    for (i, d) in pack.drugs.iter().enumerate() {
        card_head(out, d, mode == Mode::FirstScreen);
        match mode {
            Mode::Baseline => card_panel(out, d),
            Mode::FirstScreen => pending_panel(out, d, panel_srcs.get(i).map_or("", |s| s)),
        }
        out.push_str("</article></li>");
    }
    let _ = write!(
        out,
        "</ul></section><section class=\"articles\" aria-labelledby=\"articles-title\"><h2 id=\"articles-title\">{}</h2><ol class=\"article-list\" role=\"list\">",
        w.articles_heading
    );
    out.push_str(&article_items(pack.articles_newest_first(), 3));
    let _ = write!(
        out,
        "</ol></section></main><footer class=\"site-footer\"><p class=\"not-advice\">{}</p><p>{} {} ({} {}).</p></footer>",
        w.footer_not_advice,
        w.footer_reviewed,
        time(&pack.reviewed),
        w.footer_version,
        esc(&pack.version)
    );
}

/// The whole baseline page. `css_hrefs` are the stylesheets to link, in order (the built app's
/// `main-*.css` and any others its index.html links).
pub fn render_page(pack: &Pack, css_hrefs: &[&str]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\"><title>{site}{suffix}{title}</title>",
        lang = esc(&pack.language),
        suffix = words().site_suffix,
        site = esc(&pack.title),
        title = esc(&pack.overview.title),
    );
    for href in css_hrefs {
        let _ = write!(out, "<link rel=\"stylesheet\" href=\"{}\">", esc(href));
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
    let index_html = if filled.contains("<div id=\"app\" data-first-screen>") {
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
        "<template id=\"boot\">{boot}</template><div id=\"app\" data-first-screen>{}</div>",
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
    const APP: &str = "</template><div id=\"app\" data-first-screen>";
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
        let html = render_page(&p, &["main-x.css", "tools-y.css"]);
        assert!(!html.contains("<script"));
        assert!(!html.contains(" hidden"));
        assert!(html.contains(
            "<link rel=\"stylesheet\" href=\"main-x.css\"><link rel=\"stylesheet\" href=\"tools-y.css\">"
        ));
        assert!(html.contains("class=\"article-list\""));
        assert_eq!(html.matches("class=\"card\"").count(), p.drugs.len());
        assert!(!html.contains("Guide <x>"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("<strong>there</strong>"));
    }
}
