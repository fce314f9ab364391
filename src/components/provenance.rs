//! Sources and the review date, shown under every card, article and the overview (markup from
//! `her2_pack::markup`, shared with the baseline page, escaped there).

use her2_pack::markup::provenance_inner;
use her2_pack::Source;
use leptos::prelude::*;

#[component]
pub fn Provenance(
    sources: Vec<Source>,
    reviewed: String,
    /// Heading level for "Sources" (2 on a page, 4 inside a card).
    #[prop(default = 2)]
    level: u8,
) -> impl IntoView {
    let mut html = String::new();
    provenance_inner(&mut html, &sources, &reviewed, level);
    view! { <footer class="provenance" inner_html=html></footer> }
}
