//! Every glossary term, in alphabetical order, with pronunciations for drug names.

use crate::components::provenance::TranslationNote;
use her2_pack::render::pages::glossary_entries;
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GlossaryView(pack: Arc<Pack>, term: Option<String>) -> impl IntoView {
    // No handlers inside the list, so it is one escaped string (her2_pack::render::pages).
    let entries = glossary_entries(&pack.glossary, term.as_deref(), words().pronounce);
    view! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h1 id="glossary-title" tabindex="-1">{words().glossary_heading}</h1>
            <p class="lede">{words().glossary_intro}</p>
            <TranslationNote pack=pack.clone() page="glossary".into() view=View::Glossary(None)/>
            <dl class="glossary-list" inner_html=entries></dl>
        </section>
    }
}
