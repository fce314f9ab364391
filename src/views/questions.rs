//! Questions to take along: the general list and each medicine's own questions; the ones a
//! reader ticks are kept on this device (they survive reloads and work offline) and print as
//! "My questions".

use crate::components::provenance::TranslationNote;
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

const KEY: &str = "her2-guide.saved-questions";

/// A stable key for a question: a hash of its words (ids would shift when lists are edited).
pub fn key_of(text: &str) -> String {
    format!("{:016x}", her2_pack::model::hash::fnv1a64(text.as_bytes()))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load_saved() -> BTreeSet<String> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        // Anything but a list of strings (an older format, a hand edit) is read as no ticks.
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .map(|list| list.into_iter().collect())
        .unwrap_or_default()
}

/// Keeps the ticked questions on this device; false when the browser would not (storage
/// full, blocked or absent), so the page can say so at once.
fn store(saved: &BTreeSet<String>) -> bool {
    // A JSON list of the keys. Every key is hex digits (`key_of`), so nothing needs escaping;
    // anything else (a hand-edited entry) matches no question and is left out.
    let keys: Vec<String> = saved
        .iter()
        .filter(|k| k.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|k| format!("\"{k}\""))
        .collect();
    let text = format!("[{}]", keys.join(","));
    storage().is_some_and(|s| {
        s.set_item(KEY, &text).is_ok() && s.get_item(KEY).ok().flatten().as_deref() == Some(&text)
    })
}

/// One group of questions: (heading, questions). The general questions are read here
/// (`model::later`); `None` with the cards' questions when they do not read.
fn groups(pack: &Pack) -> (Vec<(String, Vec<String>)>, bool) {
    let general = pack.questions.get();
    let read = general.is_ok();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for q in general.unwrap_or_default() {
        match out.iter_mut().find(|(topic, _)| topic == &q.topic) {
            Some((_, list)) => list.push(q.text),
            None => out.push((q.topic, vec![q.text])),
        }
    }
    for d in &pack.drugs {
        if !d.questions.is_empty() {
            out.push((d.display_name(), d.questions.clone()));
        }
    }
    (out, read)
}

#[component]
pub fn QuestionsView(pack: Arc<Pack>) -> impl IntoView {
    let note =
        view! { <TranslationNote pack=pack.clone() page="questions".into() view=View::Questions/> };
    let saved = RwSignal::new(load_saved());
    // Set when a tick could not be kept on this device.
    let not_kept = RwSignal::new(false);
    let (all, read) = groups(&pack);
    let unreadable = (!read).then(|| {
        view! { <p class="load-error-detail" role="status">{words().part_unreadable}</p> }
    });
    let all_for_list = all.clone();
    let mine = Memo::new(move |_| {
        saved.with(|s| {
            all_for_list
                .iter()
                .flat_map(|(_, qs)| qs.iter())
                .filter(|q| s.contains(&key_of(q)))
                .cloned()
                .collect::<BTreeSet<String>>()
                .into_iter()
                .collect::<Vec<_>>()
        })
    });
    let toggle = move |key: String, on: bool| {
        saved.update(|s| {
            if on {
                s.insert(key);
            } else {
                s.remove(&key);
            }
            not_kept.set(!store(s));
        });
    };
    let clear = move |_| {
        saved.update(|s| {
            s.clear();
            not_kept.set(!store(s));
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <section class="questions" aria-labelledby="questions-title">
            <h1 id="questions-title" tabindex="-1">{words().questions_heading}</h1>
            <p class="lede">{words().questions_intro}</p>
            {note}
            {unreadable}
            <section class="my-questions" aria-labelledby="my-questions-title">
                <h2 id="my-questions-title">{words().my_questions}</h2>
                <p class="my-questions-count" role="status">
                    {move || (words().questions_ticked)(mine.with(Vec::len))}
                </p>
                <Show when=move || not_kept.get()>
                    <p class="storage-warning" role="alert">
                        {words().questions_not_kept}" "
                        <button type="button" class="button button-small" on:click=print>{words().print}</button>
                    </p>
                </Show>
                <ol class="my-questions-list">
                    {move || mine.get().into_iter().map(|q| view! { <li>{q}</li> }).collect::<Vec<_>>()}
                </ol>
                <p class="question-actions">
                    <button type="button" class="button" on:click=print>{words().print}</button>
                    " "
                    <button type="button" class="button button-secondary" on:click=clear>{words().clear}</button>
                </p>
            </section>
            {all
                .into_iter()
                .enumerate()
                .map(|(g, (topic, list))| {
                    let heading_id = format!("questions-group-{g}");
                    view! {
                        <fieldset class="question-group">
                            <legend id=heading_id>{topic}</legend>
                            <ul role="list">
                                {list
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, text)| {
                                        let key = key_of(&text);
                                        let id = format!("q-{g}-{i}");
                                        let checked = {
                                            let key = key.clone();
                                            move || saved.with(|s| s.contains(&key))
                                        };
                                        view! {
                                            <li class="question">
                                                <input
                                                    type="checkbox"
                                                    id=id.clone()
                                                    prop:checked=checked
                                                    on:change=move |ev| toggle(key.clone(), event_target_checked(&ev))
                                                />
                                                <label for=id>{text}</label>
                                            </li>
                                        }
                                    })
                                    .collect::<Vec<_>>()}
                            </ul>
                        </fieldset>
                    }
                })
                .collect::<Vec<_>>()}
        </section>
    }
}
