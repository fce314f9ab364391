//! Questions to take along: tick the ones to ask, kept on this device; a printable list.

use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn QuestionsView(pack: Arc<Pack>) -> impl IntoView {
    let _ = pack;
    view! {
        <section aria-labelledby="questions-title">
            <h1 id="questions-title" tabindex="-1">{strings::QUESTIONS_HEADING}</h1>
        </section>
    }
}
