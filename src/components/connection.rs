//! The quiet offline note and the "new version" prompt.

use crate::offline::Offline;
use her2_pack::words::words;
use leptos::prelude::*;

#[component]
pub fn Connection(offline: Offline) -> impl IntoView {
    view! {
        <div class="connection" role="status">
            <Show when=move || !offline.online.get()>
                <p class="offline-note">
                    {move || if offline.saved.get() { words().offline } else { words().offline_not_saved }}
                </p>
            </Show>
            <Show when=move || offline.update_ready.get()>
                <p class="update-note">
                    {words().update_ready}" "
                    <button type="button" class="button button-small" on:click=move |_| offline.apply_update()>
                        {words().reload}
                    </button>
                </p>
            </Show>
        </div>
    }
}
