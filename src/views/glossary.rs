//! Every glossary term, with pronunciations for drug names.

use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GlossaryView(pack: Arc<Pack>, term: Option<String>) -> impl IntoView {
    let _ = (pack, term);
    view! {
        <section aria-labelledby="glossary-title">
            <h1 id="glossary-title" tabindex="-1">{strings::GLOSSARY_HEADING}</h1>
        </section>
    }
}
