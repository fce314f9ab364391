//! Search as you type over drugs, articles and glossary terms.

use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SearchView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let _ = (pack, query);
    view! {
        <section aria-labelledby="search-title">
            <h1 id="search-title" tabindex="-1">{strings::SEARCH_HEADING}</h1>
        </section>
    }
}
