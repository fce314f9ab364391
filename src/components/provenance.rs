//! Sources and the review date, shown under every card, article and the overview.

use crate::strings;
use her2_pack::date::readable;
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
    let title = match level {
        4 => view! { <h4 class="provenance-title">{strings::SOURCES}</h4> }.into_any(),
        _ => view! { <h2 class="provenance-title">{strings::SOURCES}</h2> }.into_any(),
    };
    view! {
        <footer class="provenance">
            {title}
            <ol class="sources">
                {sources
                    .into_iter()
                    .map(|s| {
                        view! {
                            <li>
                                <a href=s.url.clone() class="external" rel="noopener noreferrer">{s.title}</a>
                                <span class="source-url">{s.url}</span>
                            </li>
                        }
                    })
                    .collect::<Vec<_>>()}
            </ol>
            <p class="reviewed">
                {strings::REVIEWED}": "<time datetime=reviewed.clone()>{readable(&reviewed)}</time>
            </p>
        </footer>
    }
}
