//! The only place that sets `inner_html`: markdown from the pack, made safe by `her2_pack::markdown`.

use leptos::prelude::*;

#[component]
pub fn Markdown(
    /// Markdown from the pack.
    #[prop(into)]
    source: String,
    /// How far to push headings down (see `her2_pack::markdown::render`).
    #[prop(optional)]
    shift: u8,
) -> impl IntoView {
    let html = her2_pack::markdown::render(&source, shift);
    view! { <div class="prose" inner_html=html></div> }
}
