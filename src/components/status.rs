//! The loading state and the error view with its Retry button.

use crate::loader::LoadError;
use crate::strings;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="status" role="status">{strings::LOADING}</p> }
}

#[component]
pub fn LoadFailed(
    error: LoadError,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title" tabindex="-1">{strings::LOAD_FAILED_TITLE}</h1>
            <p class="load-error-detail">{error.to_string()}</p>
            <button type="button" class="button" on:click=move |_| retry()>{strings::RETRY}</button>
        </section>
    }
}
