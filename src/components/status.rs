//! The loading state and the error view with its Retry button.

use crate::loader::LoadError;
use her2_pack::words::words;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="status" role="status">{words().loading}</p> }
}

#[component]
pub fn LoadFailed(
    error: LoadError,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title" tabindex="-1">{words().load_failed_title}</h1>
            <p class="load-error-detail">{error.to_string()}</p>
            <button type="button" class="button" on:click=move |_| retry()>{words().retry}</button>
        </section>
    }
}

/// Shown above the content when it comes from this device because the latest pack failed.
#[component]
pub fn StaleNotice(
    stale: RwSignal<Option<LoadError>>,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="connection" role="status">
            {move || stale.get().map(|error| view! {
                <div class="stale-note">
                    <p>{words().stale_content}</p>
                    <p class="stale-detail">{error.to_string()}</p>
                    <button type="button" class="button button-small" on:click=move |_| retry()>{words().retry}</button>
                </div>
            })}
        </div>
    }
}
