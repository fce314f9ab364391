//! The benchmark's baseline: the home view of a pack (overview, every drug card open, the
//! article list) as one static, script-free HTML page, rendered natively with the same markdown
//! function and the same class names as the app, so the browser gets the same DOM and CSS.
//!
//! The interface words are copies of the app's `src/strings.rs` (this crate cannot see the app);
//! a drift there only changes a few words of the baseline, not what the benchmark compares.

use crate::date::readable;
use crate::markdown;
use crate::model::{Drug, Pack, Source};
use crate::route::View;
use std::fmt::Write;

const SKIP_TO_CONTENT: &str = "Skip to main content";
const NAV_LABEL: &str = "Main";
const NAV_OVERVIEW: &str = "Overview";
const NAV_ARTICLES: &str = "Articles";
const DRUGS_HEADING: &str = "The medicines";
const DRUGS_INTRO: &str = "Tap or click a medicine to open its card. You can open several at once.";
const ARTICLES_HEADING: &str = "Articles";
const REVIEWED: &str = "Last reviewed";
const SOURCES: &str = "Sources";
const TAGS: &str = "Topics";
const QUESTIONS_TO_ASK: &str = "Questions you could ask";
const BIOSIMILARS: &str = "Biosimilars (close copies approved in the US)";
const KEY_FACTS: &str = "Key facts";
const FACT_CLASS: &str = "Type of medicine";
const FACT_ROUTE: &str = "How it is given";
const FACT_SCHEDULE: &str = "How often";
const FACT_CHAIR: &str = "Time in the chair";
const FACT_COURSE: &str = "How long";
const FACT_CANCERS: &str = "Approved for";
const FACT_FIRST_APPROVAL: &str = "First US approval";
const FACT_BOXED: &str = "Boxed warning about";
const FACT_CONTRACEPTION: &str = "Contraception";
const ACCELERATED_NOTE: &str = "includes an accelerated approval";
const NONE: &str = "None";
const FOOTER_NOT_ADVICE: &str =
    "This guide is information, not medical advice. Talk to your care team about your own treatment.";
const FOOTER_REVIEWED: &str = "Information reviewed";
const FOOTER_VERSION: &str = "content version";
const SITE_SUFFIX: &str = " — ";

use crate::markdown::escape_html as esc;

fn join<T>(items: &[T], label: impl Fn(&T) -> &str) -> String {
    items.iter().map(label).collect::<Vec<_>>().join("; ")
}

/// The short facts at the top of a card, as the app's drug card lists them.
fn key_facts(drug: &Drug) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        (FACT_CLASS, drug.class.label().to_string()),
        (FACT_ROUTE, join(&drug.routes, |r| r.label())),
        (FACT_SCHEDULE, drug.schedule.clone()),
    ];
    if let Some(chair) = &drug.time_in_chair {
        facts.push((FACT_CHAIR, chair.clone()));
    }
    if let Some(course) = &drug.course {
        facts.push((FACT_COURSE, course.clone()));
    }
    facts.push((FACT_CANCERS, join(&drug.cancers, |c| c.label())));
    let mut first = drug.first_us_approval.to_string();
    if drug.accelerated {
        first.push_str(&format!(" ({ACCELERATED_NOTE})"));
    }
    facts.push((FACT_FIRST_APPROVAL, first));
    let boxed = if drug.boxed_warnings.is_empty() {
        NONE.to_string()
    } else {
        drug.boxed_warnings.join(", ")
    };
    facts.push((FACT_BOXED, boxed));
    if let Some(c) = &drug.contraception {
        facts.push((FACT_CONTRACEPTION, c.clone()));
    }
    facts
}

fn time(iso: &str) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        esc(iso),
        esc(&readable(iso))
    )
}

fn provenance(out: &mut String, sources: &[Source], reviewed: &str, level: u8) {
    let _ = write!(
        out,
        "<footer class=\"provenance\"><h{level} class=\"provenance-title\">{SOURCES}</h{level}><ol class=\"sources\">"
    );
    for s in sources {
        let _ = write!(
            out,
            "<li><a href=\"{url}\" class=\"external\" rel=\"noopener noreferrer\">{title}</a><span class=\"source-url\">{url}</span></li>",
            url = esc(&s.url),
            title = esc(&s.title)
        );
    }
    let _ = write!(
        out,
        "</ol><p class=\"reviewed\">{REVIEWED}: {}</p></footer>",
        time(reviewed)
    );
}

fn card(out: &mut String, drug: &Drug) {
    let id = esc(&drug.id);
    let _ = write!(
        out,
        "<li><article class=\"card\" id=\"drug-{id}\"><h3 class=\"card-heading\"><span class=\"card-toggle\" id=\"drug-{id}-button\"><span class=\"card-name\">{}</span><span class=\"card-brand\">{}</span><span class=\"card-class\">{}</span></span></h3><p class=\"card-summary\">{}</p>",
        esc(&drug.generic),
        esc(&drug.brands.join(", ")),
        esc(drug.class.label()),
        esc(&drug.summary)
    );
    let _ = write!(
        out,
        "<div class=\"card-panel\" id=\"drug-{id}-panel\"><h4 class=\"visually-hidden\">{KEY_FACTS}</h4><dl class=\"facts\">"
    );
    for (k, v) in key_facts(drug) {
        let _ = write!(
            out,
            "<div class=\"fact\"><dt>{k}</dt><dd>{}</dd></div>",
            esc(&v)
        );
    }
    out.push_str("</dl>");
    for s in &drug.sections {
        let _ = write!(
            out,
            "<section class=\"card-section card-section-{}\"><h4>{}</h4><div class=\"prose\">{}</div></section>",
            s.kind.slug(),
            esc(&s.title),
            markdown::render(&s.body, 3)
        );
    }
    if !drug.biosimilars.is_empty() {
        let _ = write!(
            out,
            "<section class=\"card-section\"><h4>{}</h4><ul>",
            esc(BIOSIMILARS)
        );
        for b in &drug.biosimilars {
            let _ = write!(
                out,
                "<li>{}</li>",
                esc(&format!("{} ({}), {}", b.brand, b.name, b.year))
            );
        }
        out.push_str("</ul></section>");
    }
    if !drug.questions.is_empty() {
        let _ = write!(
            out,
            "<section class=\"card-section card-questions\"><h4>{QUESTIONS_TO_ASK}</h4><ul>"
        );
        for q in &drug.questions {
            let _ = write!(out, "<li>{}</li>", esc(q));
        }
        out.push_str("</ul></section>");
    }
    provenance(out, &drug.sources, &drug.last_reviewed, 4);
    out.push_str("</div></article></li>");
}

/// The whole baseline page. `css_hrefs` are the stylesheets to link, in order (the built app's
/// `main-*.css` and any others its index.html links).
pub fn render_page(pack: &Pack, css_hrefs: &[&str]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let o = &pack.overview;
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"color-scheme\" content=\"light dark\"><title>{site}{SITE_SUFFIX}{title}</title>",
        lang = esc(&pack.language),
        site = esc(&pack.title),
        title = esc(&o.title),
    );
    for href in css_hrefs {
        let _ = write!(out, "<link rel=\"stylesheet\" href=\"{}\">", esc(href));
    }
    out.push_str("</head><body><div id=\"app\">");
    let _ = write!(
        out,
        "<a class=\"skip-link\" href=\"#main\">{SKIP_TO_CONTENT}</a><header class=\"site-header\"><div class=\"site-header-inner\"><a class=\"brand\" href=\"#/\">{}</a><nav aria-label=\"{NAV_LABEL}\"><ul><li><a href=\"#/\" aria-current=\"page\">{NAV_OVERVIEW}</a></li><li><a href=\"#/articles\">{NAV_ARTICLES}</a></li></ul></nav></div></header><div class=\"connection\" role=\"status\"></div>",
        esc(&pack.title)
    );
    let _ = write!(
        out,
        "<main id=\"main\" tabindex=\"-1\"><article class=\"overview\" aria-labelledby=\"overview-title\"><h1 id=\"overview-title\" tabindex=\"-1\">{}</h1><p class=\"lede\">{}</p><div class=\"prose\">{}</div>",
        esc(&o.title),
        esc(&o.summary),
        markdown::render(&o.body, 0)
    );
    provenance(&mut out, &o.sources, &o.last_reviewed, 2);
    let _ = write!(
        out,
        "</article><section class=\"drugs\" aria-labelledby=\"drugs-title\"><h2 id=\"drugs-title\">{DRUGS_HEADING}</h2><p>{DRUGS_INTRO}</p><ul class=\"cards\" role=\"list\">"
    );
    for d in &pack.drugs {
        card(&mut out, d);
    }
    let _ = write!(
        out,
        "</ul></section><section class=\"articles\" aria-labelledby=\"articles-title\"><h2 id=\"articles-title\">{ARTICLES_HEADING}</h2><ol class=\"article-list\" role=\"list\">"
    );
    for a in pack.articles_newest_first() {
        let _ = write!(
            out,
            "<li class=\"article-item\"><h3 class=\"article-item-title\"><a href=\"{}\">{}</a></h3><p class=\"meta\">{}</p><p class=\"article-item-summary\">{}</p>",
            esc(&View::Article(a.id.clone()).href()),
            esc(&a.title),
            time(&a.published),
            esc(&a.summary)
        );
        if !a.tags.is_empty() {
            let _ = write!(
                out,
                "<p class=\"tags\"><span class=\"visually-hidden\">{TAGS}: </span>"
            );
            for t in &a.tags {
                let _ = write!(out, "<span class=\"tag\">{}</span>", esc(t));
            }
            out.push_str("</p>");
        }
        out.push_str("</li>");
    }
    let _ = writeln!(
        out,
        "</ol></section></main><footer class=\"site-footer\"><p class=\"not-advice\">{FOOTER_NOT_ADVICE}</p><p>{FOOTER_REVIEWED} {} ({FOOTER_VERSION} {}).</p></footer></div></body></html>",
        time(&pack.reviewed),
        esc(&pack.version)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack() -> Pack {
        serde_json::from_value(serde_json::json!({
            "schema_version": 1, "version": "t", "title": "Guide <x>", "language": "en",
            "reviewed": "2025-01-01",
            "overview": {"title": "O", "summary": "S", "body": "Hi **there** <b>",
                "last_reviewed": "2025-01-01", "sources": []},
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
