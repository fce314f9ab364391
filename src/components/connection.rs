//! The quiet offline note and the "new version" prompt.

use crate::offline::Offline;
use crate::strings;
use leptos::prelude::*;

#[component]
pub fn Connection(offline: Offline) -> impl IntoView {
    view! {
        <div class="connection" role="status">
            <Show when=move || !offline.online.get()>
                <p class="offline-note">
                    {move || if offline.saved.get() { strings::OFFLINE } else { strings::OFFLINE_NOT_SAVED }}
                </p>
            </Show>
            <Show when=move || offline.update_ready.get()>
                <p class="update-note">
                    {strings::UPDATE_READY}" "
                    <button type="button" class="button button-small" on:click=move |_| offline.apply_update()>
                        {strings::RELOAD}
                    </button>
                </p>
            </Show>
        </div>
    }
}
