//! Markdown from the pack as HTML, made safe by `her2_pack::render::markdown`, with the first use of each
//! glossary term marked. One of the places that set `inner_html`; the others are the search
//! results and the pictures, escaped by `her2_pack::search::html` and `her2_pack::render::svg`.

use her2_pack::render::terms::{TermIndex, TermScope};
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The glossary, indexed once per pack (provided by the app).
#[derive(Clone)]
pub struct Terms(pub Arc<TermIndex>);

/// Terms already marked in the current card or article (passed by the card or article to each
/// of its `Markdown` pieces, so a term is marked once per document, not once per section).
#[derive(Clone, Copy)]
pub struct TermsUsed(pub StoredValue<TermScope>);

static NEXT_SCOPE: AtomicUsize = AtomicUsize::new(0);

impl TermsUsed {
    /// A fresh scope with a prefix that keeps its ids unique on the page.
    pub fn new() -> TermsUsed {
        let n = NEXT_SCOPE.fetch_add(1, Ordering::Relaxed);
        TermsUsed(StoredValue::new(TermScope {
            used: Default::default(),
            prefix: format!("t{n}-"),
        }))
    }
}

impl Default for TermsUsed {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn Markdown(
    /// Markdown from the pack.
    #[prop(into)]
    source: String,
    /// How far to push headings down (see `her2_pack::render::markdown::render`).
    #[prop(optional)]
    shift: u8,
    /// The document's marked terms; a piece on its own gets a fresh scope.
    #[prop(optional)]
    terms: Option<TermsUsed>,
) -> impl IntoView {
    let html = prose_html(use_context::<Terms>(), &source, shift, terms);
    view! { <div class="prose" inner_html=html></div> }
}

/// Markdown from the pack as safe HTML, with the first use of each glossary term in `index`
/// marked within `terms` (a fresh scope if `None`).
pub fn prose_html(
    index: Option<Terms>,
    source: &str,
    shift: u8,
    terms: Option<TermsUsed>,
) -> String {
    match index {
        Some(Terms(index)) if !index.is_empty() => {
            let scope = terms.unwrap_or_default();
            let mut used = scope.0.get_value();
            let html = her2_pack::render::markdown::render_with_terms(
                source,
                shift,
                Some((&index, &mut used)),
            );
            scope.0.set_value(used);
            html
        }
        _ => her2_pack::render::markdown::render(source, shift),
    }
}
