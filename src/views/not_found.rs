//! Shown for an address the app does not know.

use crate::strings;
use her2_pack::route::View;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title" tabindex="-1">{strings::NOT_FOUND_TITLE}</h1>
            <p>{strings::NOT_FOUND_BODY}</p>
            <p><a href=View::Overview.href()>{strings::BACK_HOME}</a></p>
        </section>
    }
}
