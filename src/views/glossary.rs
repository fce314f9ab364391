//! Every glossary term, in alphabetical order, with pronunciations for drug names.

use crate::strings;
use her2_pack::{GlossaryTerm, Pack};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GlossaryView(pack: Arc<Pack>, term: Option<String>) -> impl IntoView {
    let mut terms: Vec<GlossaryTerm> = pack.glossary.clone();
    her2_pack::order::sort_by_key(&mut terms, |t| t.term.to_lowercase());
    let current = term;
    view! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h1 id="glossary-title" tabindex="-1">{strings::GLOSSARY_HEADING}</h1>
            <p class="lede">{strings::GLOSSARY_INTRO}</p>
            <dl class="glossary-list">
                {terms
                    .into_iter()
                    .map(|t| {
                        let here = current.as_deref() == Some(t.id.as_str());
                        view! {
                            <div class="glossary-entry" class:current=here>
                                <dt id=format!("term-{}", t.id) tabindex="-1">{t.term}</dt>
                                <dd>
                                    {t.pronounce.map(|p| view! {
                                        <p class="pronounce">
                                            <span class="visually-hidden">{strings::PRONOUNCE}" "</span>
                                            <span aria-hidden="true">"🔊 "</span>{p}
                                        </p>
                                    })}
                                    <p>{t.definition}</p>
                                </dd>
                            </div>
                        }
                    })
                    .collect::<Vec<_>>()}
            </dl>
        </section>
    }
}
