//! Sources and the review dates, shown under every card, article and the overview, and the
//! out-of-date note shown at the top of a page once the reader's date is past its next review
//! (markup from `her2_pack::render::markup`, shared with the first screen, escaped there).

use crate::dom;
use her2_pack::render::markup::{
    key_points, overdue_notice, provenance_inner, translation_note, Review,
};
use her2_pack::route::View;
use her2_pack::{Pack, Source};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Provenance(
    sources: Vec<Source>,
    reviewed: String,
    next_review: String,
    /// Heading level for "Sources" (2 on a page, 4 inside a card).
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    let review = Review {
        last: &reviewed,
        next: &next_review,
        today: None,
    };
    let mut html = String::new();
    provenance_inner(&mut html, &sources, &review, level);
    view! { <footer class="provenance" inner_html=html></footer> }
}

/// "This page may be out of date" with where to check, once the reader's date (from the
/// device, so it works offline) is past `next_review`; nothing before that.
#[component]
pub fn OverdueNote(sources: Vec<Source>, reviewed: String, next_review: String) -> impl IntoView {
    let review = Review {
        last: &reviewed,
        next: &next_review,
        today: dom::today(),
    };
    let mut html = String::new();
    overdue_notice(&mut html, &review, &sources);
    (!html.is_empty()).then(|| view! { <div class="review-note" inner_html=html></div> })
}

/// The 3–5 key points that open a page.
#[component]
pub fn KeyPoints(points: Vec<String>) -> impl IntoView {
    let mut html = String::new();
    key_points(&mut html, &points, 2);
    (!html.is_empty()).then(|| view! { <div class="key-points-wrap" inner_html=html></div> })
}

/// On a translated page: what it translates, how, and a link to the English page (see
/// `translation_note`); nothing on an English page. `page` as the pack names it
/// (`articles/<id>`, `glossary`, …), `view` the page's own view.
#[component]
pub fn TranslationNote(pack: Arc<Pack>, page: String, view: View) -> impl IntoView {
    let mut html = String::new();
    translation_note(&mut html, pack.translation.as_ref(), &page, &view);
    (!html.is_empty()).then(|| view! { <div inner_html=html></div> })
}
