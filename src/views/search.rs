//! Search as you type over drugs, articles and glossary terms, grouped by kind, with the matched
//! words highlighted. Arrow keys move through the results, Enter opens one, Escape clears.

use crate::dom;
use her2_pack::route::{percent_encode, query_value, View};
use her2_pack::search::html::{results_html, GroupTitles};
use her2_pack::search::SearchIndex;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Results shown per kind.
const LIMIT: usize = 8;

/// The result groups' headings.
fn titles() -> GroupTitles<'static> {
    let w = words();
    GroupTitles {
        drugs: w.search_drugs,
        articles: w.search_articles,
        glossary: w.search_glossary,
    }
}

/// The index, built once per pack the first time the reader searches.
#[derive(Clone, Copy)]
pub struct SearchCache(pub StoredValue<Option<(String, Arc<SearchIndex>)>>);

fn index_for(pack: &Pack) -> Arc<SearchIndex> {
    let cache = use_context::<SearchCache>();
    if let Some(SearchCache(stored)) = cache {
        if let Some((version, index)) = stored.get_value() {
            if version == pack.version {
                return index;
            }
        }
        let index = Arc::new(SearchIndex::build(pack));
        stored.set_value(Some((pack.version.clone(), index.clone())));
        index
    } else {
        Arc::new(SearchIndex::build(pack))
    }
}

/// Moves focus among the result links (and back to the box) with the arrow keys.
fn move_focus(step: i32) {
    let Some(doc) = dom::document() else { return };
    let Ok(links) = doc.query_selector_all(".search-result") else {
        return;
    };
    let count = links.length() as i32;
    if count == 0 {
        return;
    }
    let active = doc.active_element();
    let mut current = -1;
    for i in 0..count {
        if let (Some(node), Some(a)) = (links.item(i as u32), active.as_ref()) {
            if node.is_same_node(Some(a.as_ref())) {
                current = i;
            }
        }
    }
    let next = current + step;
    if next < 0 {
        dom::focus_selector("#search-input");
    } else if let Some(el) = links
        .item(next.min(count - 1) as u32)
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
    {
        dom::focus(&el);
    }
}

#[component]
pub fn SearchView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let index = index_for(&pack);
    let q = RwSignal::new(query_value(&query, "q").unwrap_or_default());
    let results = Memo::new(move |_| q.with(|q| index.search(q, LIMIT)));

    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let query = if value.trim().is_empty() {
            String::new()
        } else {
            format!("q={}", percent_encode(&value))
        };
        dom::replace_hash(&View::Search(query).href());
        q.set(value);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            move_focus(1);
        }
        "ArrowUp" => {
            ev.prevent_default();
            move_focus(-1);
        }
        "Escape" => {
            ev.prevent_default();
            q.set(String::new());
            dom::replace_hash(&View::Search(String::new()).href());
            dom::focus_selector("#search-input");
        }
        _ => {}
    };
    let status = move || {
        let n = results.with(|r| r.total);
        let typed = q.with(|q| !q.trim().is_empty());
        match (typed, n) {
            (false, _) => String::new(),
            (true, n) => (words().search_count)(n),
        }
    };

    view! {
        <section class="search" aria-labelledby="search-title" on:keydown=on_keydown>
            <h1 id="search-title" tabindex="-1">{words().search_heading}</h1>
            <form role="search" class="search-form" on:submit=|ev| ev.prevent_default()>
                <label for="search-input">{words().search_label}</label>
                <input
                    id="search-input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    prop:value=move || q.get()
                    on:input=on_input
                    aria-describedby="search-hint"
                />
                <p id="search-hint" class="hint">{words().search_hint}</p>
            </form>
            <p class="search-status" role="status" aria-live="polite">{status}</p>
            // One escaped HTML string per query (her2_pack::search::html): parsed by the browser
            // in one step rather than built element by element from the wasm.
            <div
                class="search-groups"
                inner_html=move || results.with(|r| results_html(r, &titles()))
            ></div>
        </section>
    }
}
