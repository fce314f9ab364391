//! What does my HER2 result mean? Pick a result, see what it means and which medicines are approved for it.

use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ResultsView(pack: Arc<Pack>, selected: Option<String>) -> impl IntoView {
    let _ = (pack, selected);
    view! {
        <section aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1">{strings::RESULTS_HEADING}</h1>
        </section>
    }
}
