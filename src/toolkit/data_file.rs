//! The reader's data as a file: export, a merging import with its preview, "delete
//! everything" with a confirmation step; and the alerts when the data is not being kept.

use super::page::Kit;
use super::storage;
use crate::dom;
use her2_pack::toolkit::store::{self, Data, ImportError, Preview, MAX_IMPORT_BYTES};
use her2_pack::words::toolkit;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `name` (a Blob URL and `<a download>`); false if the
/// browser would not make the file.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = dom::document()
        .and_then(|doc| doc.create_element("a").ok())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else {
        return false;
    };
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    if let Some(body) = dom::document().and_then(|d| d.body()) {
        let _ = body.append_child(&link);
    }
    link.click();
    link.remove();
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    true
}

/// The data with the ticked questions, as a file.
fn export(kit: Kit) {
    let mut data: Data = kit.data.get_untracked();
    data.questions = storage::questions();
    // The form's rows as it offers them (a suggested name, no number) are left out; a name the
    // reader typed without a number yet is kept.
    let t = toolkit();
    let offered = [t.team_24h, t.team_nurse, t.team_pharmacy, ""];
    data.care_team
        .retain(|c| !c.phone.trim().is_empty() || !offered.contains(&c.name.trim()));
    download(
        "her2-guide-my-treatment.json",
        "application/json",
        &store::export(&data),
    );
}

/// The alerts at the top of the page: the data is not being kept, or what was kept cannot
/// be read (it is left as it is, and can be downloaded).
pub fn alerts(kit: Kit) -> impl IntoView {
    let t = toolkit();
    let blocked = move || {
        (kit.not_kept.get() && kit.broken.get().is_none()).then(|| {
            view! {
                <div class="tk-alert" id="storage-alert" role="alert">
                    <p>{t.storage_blocked}</p>
                    <button type="button" class="button" id="storage-export" on:click=move |_| export(kit)>{t.export}</button>
                </div>
            }
        })
    };
    let broken = move || {
        kit.broken.get().map(|text| {
            view! {
                <div class="tk-alert" id="storage-broken" role="alert">
                    <p>{t.storage_broken}</p>
                    <button
                        type="button"
                        class="button"
                        id="storage-download-broken"
                        on:click=move |_| {
                            download("her2-guide-kept-data.txt", "text/plain", &text);
                        }
                    >
                        {t.download_broken}
                    </button>
                </div>
            }
        })
    };
    view! { {blocked} {broken} }
}

/// What the preview says a file adds.
fn preview_text(p: &Preview) -> String {
    let t = toolkit();
    let a = p.added;
    let mut text = (t.import_adds)(a.care_team, a.drugs, a.plans, a.diary, a.questions);
    let already = p.duplicates + p.kept_current;
    if already > 0 {
        text.push(' ');
        text.push_str(&(t.import_already)(already));
    }
    text
}

pub fn section(kit: Kit) -> impl IntoView {
    let t = toolkit();
    let pending = RwSignal::new(None::<Preview>);
    // The last outcome: (is a problem, what to say).
    let outcome = RwSignal::new(None::<(bool, String)>);
    let confirming = RwSignal::new(false);
    let refuse = move |e: ImportError| {
        pending.set(None);
        outcome.set(Some((true, e.to_string())));
    };
    let on_file = move |ev: leptos::ev::Event| {
        outcome.set(None);
        pending.set(None);
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be chosen again.
        input.set_value("");
        let size = file.size();
        if size > MAX_IMPORT_BYTES as f64 {
            refuse(ImportError::TooLarge {
                bytes: size as usize,
            });
            return;
        }
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let text = read.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let mut current = kit.data.get_untracked();
            current.questions = storage::questions();
            match store::import(&text, &current) {
                Ok(preview) => pending.set(Some(preview)),
                Err(e) => refuse(e),
            }
        });
    };
    let accept = move |_| {
        if let Some(p) = pending.get_untracked() {
            let questions_kept = storage::add_questions(&p.merged.questions);
            kit.change(|d| *d = p.merged);
            if !questions_kept {
                kit.not_kept.set(true);
            }
            outcome.set(Some((false, t.import_done.to_string())));
        }
        pending.set(None);
    };
    let cancel = move |_| {
        pending.set(None);
        outcome.set(Some((false, t.import_nothing_changed.to_string())));
    };
    let delete = move |_| {
        let gone = storage::delete();
        kit.broken.set(None);
        kit.data.set(Data::default());
        kit.not_kept.set(!gone);
        confirming.set(false);
        pending.set(None);
        outcome.set(Some((false, t.deleted.to_string())));
    };
    let preview = move || {
        pending.get().map(|p| {
            view! {
                <div class="tk-preview" id="import-preview">
                    <p>{preview_text(&p)}</p>
                    <button type="button" class="button" id="import-add" on:click=accept>{t.import_add}</button>
                    " "
                    <button type="button" class="button button-secondary" id="import-cancel" on:click=cancel>{t.import_cancel}</button>
                </div>
            }
        })
    };
    view! {
        <section id="my-data" class="tk-section" aria-labelledby="my-data-title">
            <h2 id="my-data-title">{t.data_heading}</h2>
            <p>{t.private_note}</p>
            <p>
                <button type="button" class="button" id="data-export" on:click=move |_| export(kit)>{t.export}</button>
            </p>
            <p class="tk-file">
                <label for="data-import">{t.import}</label>
                <input id="data-import" type="file" accept=".json,application/json" on:change=on_file/>
            </p>
            {preview}
            <p class="tk-problem" id="import-error" role="alert">
                {move || outcome.get().filter(|(bad, _)| *bad).map(|(_, m)| m)}
            </p>
            <p class="tk-status" id="data-status" role="status">
                {move || outcome.get().filter(|(bad, _)| !*bad).map(|(_, m)| m)}
            </p>
            <p>
                <button
                    type="button"
                    class="button button-secondary"
                    id="delete-all"
                    aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| {
                        confirming.set(true);
                        // The safe choice has focus: Enter now keeps the data.
                        request_animation_frame(|| {
                            dom::focus_selector("#delete-keep");
                        });
                    }
                >
                    {t.delete_all}
                </button>
            </p>
            <Show when=move || confirming.get()>
                <div class="tk-confirm" id="delete-confirm">
                    <p>{t.delete_warning}</p>
                    <button type="button" class="button" class:tk-danger=true id="delete-yes" on:click=delete>{t.delete_yes}</button>
                    " "
                    <button type="button" class="button button-secondary" id="delete-keep" on:click=move |_| confirming.set(false)>{t.delete_keep}</button>
                </div>
            </Show>
        </section>
    }
}
