//! Shown for an address the app does not know.

use her2_pack::route::View;
use her2_pack::words::words;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title" tabindex="-1">{words().not_found_title}</h1>
            <p>{words().not_found_body}</p>
            <p><a href=View::Overview.href()>{words().back_home}</a></p>
        </section>
    }
}
