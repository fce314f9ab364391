//! HTML that the app sets with `inner_html` and the baseline page writes: a drug card's panel,
//! the sources footer's contents and the article list's entries. One writer, so both show the
//! same DOM, escaped here.

use crate::escape::escape_html as esc;
use crate::model::date::{readable, Date};
use crate::model::{Article, Drug, Source, Translation};
use crate::route::View;
use crate::words::{chosen, words, Lang};
use std::fmt::Write;

fn join<T>(items: &[T], label: impl Fn(&T) -> &str) -> String {
    items.iter().map(label).collect::<Vec<_>>().join("; ")
}

/// The short facts shown at the top of an open drug card: (label, value).
pub fn key_facts(drug: &Drug) -> Vec<(&'static str, String)> {
    let w = words();
    let mut facts = vec![
        (w.fact_class, drug.class.label().to_string()),
        (w.fact_route, join(&drug.routes, |r| r.label())),
        (w.fact_schedule, drug.schedule.clone()),
    ];
    if let Some(chair) = &drug.time_in_chair {
        facts.push((w.fact_chair, chair.clone()));
    }
    if let Some(course) = &drug.course {
        facts.push((w.fact_course, course.clone()));
    }
    facts.push((w.fact_cancers, join(&drug.cancers, |c| c.label())));
    let mut first = drug.first_us_approval.to_string();
    if drug.accelerated {
        first.push_str(" (");
        first.push_str(w.accelerated_note);
        first.push(')');
    }
    facts.push((w.fact_first_approval, first));
    let boxed = if drug.boxed_warnings.is_empty() {
        w.none.to_string()
    } else {
        drug.boxed_warnings.join(", ")
    };
    facts.push((w.fact_boxed, boxed));
    if let Some(c) = &drug.contraception {
        facts.push((w.fact_contraception, c.clone()));
    }
    facts
}

/// A `<time>` element for an ISO date, shown as "25 Nov 2026".
pub fn time(iso: &str) -> String {
    format!(
        "<time datetime=\"{}\">{}</time>",
        esc(iso),
        esc(&readable(iso))
    )
}

/// A page's review dates, and the reader's date where it is known (in the browser; the pages
/// drawn at build time leave it out).
#[derive(Debug, Clone, Copy)]
pub struct Review<'a> {
    pub last: &'a str,
    pub next: &'a str,
    pub today: Option<Date>,
}

impl Review<'_> {
    /// Whether the reader's date is past the page's next review.
    pub fn overdue(&self) -> bool {
        match (self.today, Date::parse(self.next)) {
            (Some(today), Ok(next)) => today > next,
            _ => false,
        }
    }
}

/// Once the reader's date is past the page's next review: a note that the page may be out of
/// date, and where to check (the page's first source: for a card, its current label).
pub fn overdue_notice(out: &mut String, review: &Review, sources: &[Source]) {
    if !review.overdue() {
        return;
    }
    let w = words();
    let _ = write!(
        out,
        "<p class=\"review-overdue\" role=\"note\"><strong>{overdue_lead}</strong> {overdue_was_due} {}. ",
        time(review.next),
        overdue_lead = w.overdue_lead,
        overdue_was_due = w.overdue_was_due,
    );
    if let Some(s) = sources.first() {
        let _ = write!(
            out,
            "{overdue_check} <a href=\"{}\" class=\"external\" rel=\"noopener noreferrer\">{}</a>.",
            esc(&s.url),
            esc(&s.title),
            overdue_check = w.overdue_check,
        );
    }
    out.push_str("</p>");
}

/// The 3–5 key points that open a card or an article, headed at `level`.
pub fn key_points(out: &mut String, points: &[String], level: u8) {
    if points.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section class=\"key-points\"><h{level}>{key_points}</h{level}><ul>",
        key_points = words().key_points,
    );
    for p in points {
        let _ = write!(out, "<li>{}</li>", esc(p));
    }
    out.push_str("</ul></section>");
}

/// What goes inside `<footer class="provenance">`: the "Sources" heading at `level` (2 on a
/// page, 4 inside a card), the numbered sources with their addresses, and the review dates.
pub fn provenance_inner(out: &mut String, sources: &[Source], review: &Review, level: u8) {
    let w = words();
    let _ = write!(
        out,
        "<h{level} class=\"provenance-title\">{sources}</h{level}><ol class=\"sources\">",
        sources = w.sources,
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
        "</ol><p class=\"reviewed\">{reviewed}: {} · {next_review}: {}</p>",
        time(review.last),
        time(review.next),
        reviewed = w.reviewed,
        next_review = w.next_review,
    );
}

/// What goes inside a drug card's `<div class="card-panel">`: the out-of-date note (when the
/// reader's date `today` is past the card's next review), key points, key facts, `timeline`
/// (markup of the course picture, or empty), the sections (their markdown turned into HTML by
/// `prose`, which the app uses to mark glossary terms), biosimilars, questions to ask and
/// sources.
pub fn card_panel_inner(
    out: &mut String,
    drug: &Drug,
    translation: Option<&Translation>,
    timeline: &str,
    today: Option<Date>,
    mut prose: impl FnMut(&str) -> String,
) {
    let review = Review {
        last: &drug.last_reviewed,
        next: &drug.next_review,
        today,
    };
    overdue_notice(out, &review, &drug.sources);
    translation_note(
        out,
        translation,
        &format!("drugs/{}", drug.id),
        &View::Drug(drug.id.clone()),
    );
    key_points(out, &drug.key_points, 4);
    let _ = write!(
        out,
        "<h4 class=\"visually-hidden\">{key_facts}</h4><dl class=\"facts\">",
        key_facts = words().key_facts,
    );
    for (k, v) in key_facts(drug) {
        let _ = write!(
            out,
            "<div class=\"fact\"><dt>{k}</dt><dd>{}</dd></div>",
            esc(&v)
        );
    }
    out.push_str("</dl>");
    out.push_str(timeline);
    for s in &drug.sections {
        let _ = write!(
            out,
            "<section class=\"card-section card-section-{}\"><h4>{}</h4><div class=\"prose\">{}</div></section>",
            s.kind.slug(),
            esc(&s.title),
            prose(&s.body)
        );
    }
    if !drug.biosimilars.is_empty() {
        let _ = write!(
            out,
            "<section class=\"card-section\"><h4>{}</h4><ul>",
            esc(words().biosimilars)
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
            "<section class=\"card-section card-questions\"><h4>{questions_to_ask}</h4><ul>",
            questions_to_ask = words().questions_to_ask,
        );
        for q in &drug.questions {
            let _ = write!(out, "<li>{}</li>", esc(q));
        }
        out.push_str("</ul></section>");
    }
    provenance(out, &drug.sources, &review, 4);
}

/// On a translated page (`page`: `drugs/<id>`, `articles/<id>`, `overview`, …, drawn for
/// `view`): which English page it translates, how the translation was made, whether a bilingual
/// clinician has reviewed it (only ever as the editors recorded it), a link to the English
/// page, and — once the English has changed since — that it has, and when. Nothing on an
/// English page.
pub fn translation_note(
    out: &mut String,
    translation: Option<&Translation>,
    page: &str,
    view: &View,
) {
    // The English app has no translation to speak of (and its build leaves this out).
    if cfg!(all(target_arch = "wasm32", not(feature = "lang-es"))) {
        return;
    }
    let Some((t, p)) = translation.and_then(|t| Some((t, t.page(page)?))) else {
        return;
    };
    let w = words();
    let review = if p.reviewed_by.trim().is_empty() {
        w.translation_not_reviewed.to_string()
    } else {
        (w.translation_reviewed_by)(&p.reviewed_by)
    };
    let english = format!("{}?lang=en{}", chosen().path_to(Lang::En), view.href());
    let _ = write!(
        out,
        "<aside class=\"translation-note\" role=\"note\"><p>{} {} {} <a href=\"{}\" hreflang=\"en\">{}</a></p>",
        esc(&(w.translation_of)(&readable(&p.english_reviewed))),
        esc(&t.method),
        esc(&review),
        esc(&english),
        w.translation_english_link
    );
    if let Some(date) = &p.english_updated {
        let _ = write!(
            out,
            "<p class=\"translation-behind\"><strong>{}</strong></p>",
            esc(&(w.translation_behind)(&readable(date)))
        );
    }
    out.push_str("</aside>");
}

/// The whole sources footer: `<footer class="provenance">` around [`provenance_inner`].
pub fn provenance(out: &mut String, sources: &[Source], review: &Review, level: u8) {
    out.push_str("<footer class=\"provenance\">");
    provenance_inner(out, sources, review, level);
    out.push_str("</footer>");
}

/// One entry of `<ol class="article-list">`: the title linked at heading `level`, the date,
/// the summary and the topics.
pub fn article_item(out: &mut String, article: &Article, level: u8) {
    let _ = write!(
        out,
        "<li class=\"article-item\"><h{level} class=\"article-item-title\"><a href=\"{}\">{}</a></h{level}><p class=\"meta\">{}</p><p class=\"article-item-summary\">{}</p>",
        esc(&View::Article(article.id.clone()).href()),
        esc(&article.title),
        time(&article.published),
        esc(&article.summary)
    );
    if !article.tags.is_empty() {
        let _ = write!(
            out,
            "<p class=\"tags\"><span class=\"visually-hidden\">{tags}: </span>",
            tags = words().tags,
        );
        for t in &article.tags {
            let _ = write!(out, "<span class=\"tag\">{}</span>", esc(t));
        }
        out.push_str("</p>");
    }
    out.push_str("</li>");
}

/// The entries of an article list, in the order given.
pub fn article_items<'a>(articles: impl IntoIterator<Item = &'a Article>, level: u8) -> String {
    let mut out = String::new();
    for a in articles {
        article_item(&mut out, a, level);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, tags: &[&str]) -> Article {
        Article {
            id: "what-is-her2".into(),
            title: title.into(),
            published: "2026-11-05".into(),
            last_reviewed: "2026-11-20".into(),
            next_review: "2027-11-20".into(),
            summary: "A short summary.".into(),
            key_points: Vec::new(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            drugs: Vec::new(),
            related: Vec::new(),
            body: String::new(),
            sources: Vec::new(),
        }
    }

    #[test]
    fn an_article_entry_has_its_heading_level_date_and_topics() {
        let html = article_items([&article("What is HER2?", &["basics", "testing"])], 2);
        assert_eq!(
            html,
            "<li class=\"article-item\"><h2 class=\"article-item-title\"><a href=\"#/articles/what-is-her2\">What is HER2?</a></h2>\
             <p class=\"meta\"><time datetime=\"2026-11-05\">5 Nov 2026</time></p><p class=\"article-item-summary\">A short summary.</p>\
             <p class=\"tags\"><span class=\"visually-hidden\">Topics: </span><span class=\"tag\">basics</span><span class=\"tag\">testing</span></p></li>"
        );
        let untagged = article_items([&article("T", &[])], 3);
        assert!(
            untagged.contains("<h3 class=\"article-item-title\">") && !untagged.contains("tags"),
            "{untagged}"
        );
        assert_eq!(article_items([], 3), "");
    }

    #[test]
    fn sources_and_article_fields_are_escaped() {
        let hostile = "<img src=x onerror=alert(1)> & \"q\"";
        let html = article_items([&article(hostile, &[hostile])], 3);
        assert!(!html.contains("<img"), "{html}");
        assert_eq!(
            html.matches("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;")
                .count(),
            2,
            "{html}"
        );

        let mut out = String::new();
        let sources = [Source {
            title: hostile.into(),
            url: "https://x.example/\"><script>".into(),
            why: None,
        }];
        let review = Review {
            last: "2026-11-20",
            next: "2027-05-20",
            today: None,
        };
        provenance_inner(&mut out, &sources, &review, 4);
        assert!(!out.contains("<img") && !out.contains("<script"), "{out}");
        assert!(out.starts_with("<h4 class=\"provenance-title\">Sources</h4><ol class=\"sources\"><li><a href=\"https://x.example/&quot;&gt;&lt;script&gt;\""), "{out}");
        assert!(out.ends_with("<p class=\"reviewed\">Last reviewed: <time datetime=\"2026-11-20\">20 Nov 2026</time> · next review due: <time datetime=\"2027-05-20\">20 May 2027</time></p>"), "{out}");

        let mut note = String::new();
        overdue_notice(&mut note, &review, &sources);
        assert!(note.is_empty(), "no reader date, no note: {note}");
    }

    #[test]
    fn the_out_of_date_note_appears_only_after_the_next_review() {
        let sources = [Source {
            title: "Label".into(),
            url: "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x".into(),
            why: None,
        }];
        let on = |day: &str| {
            let mut out = String::new();
            let review = Review {
                last: "2026-11-20",
                next: "2027-05-20",
                today: Date::parse(day).ok(),
            };
            overdue_notice(&mut out, &review, &sources);
            out
        };
        assert_eq!(on("2027-05-20"), "");
        let late = on("2027-05-21");
        assert!(late.starts_with("<p class=\"review-overdue\" role=\"note\"><strong>This page may be out of date.</strong>"), "{late}");
        assert!(
            late.contains("href=\"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=x\""),
            "{late}"
        );
    }
}
