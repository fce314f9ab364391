//! The table comparing every drug, with filters kept in the URL.

use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CompareView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let _ = (pack, query);
    view! {
        <section aria-labelledby="compare-title">
            <h1 id="compare-title" tabindex="-1">{strings::COMPARE_HEADING}</h1>
        </section>
    }
}
