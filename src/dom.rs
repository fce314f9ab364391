//! Small helpers over web-sys for what Leptos does not cover: title, focus, scrolling, history.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

pub fn element_by_id(id: &str) -> Option<Element> {
    document().and_then(|d| d.get_element_by_id(id))
}

pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Moves focus to the element (which should have `tabindex="-1"` if it is not focusable).
pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// Focuses the first element matching `selector`, if any.
pub fn focus_selector(selector: &str) -> bool {
    match document().and_then(|d| d.query_selector(selector).ok().flatten()) {
        Some(el) => {
            focus(&el);
            true
        }
        None => false,
    }
}

pub fn scroll_into_view(el: &Element) {
    el.scroll_into_view_with_bool(true);
}

/// The current location hash, e.g. `#/drugs/tucatinib`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Changes the URL fragment without adding a history entry or firing `hashchange`.
pub fn replace_hash(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Marks a moment for the benchmark (`performance.mark`).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Resolves in a later task (a zero-delay timer), so the browser can handle input and paint in
/// between: long work split in two does not block the page as one long task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        leptos::prelude::set_timeout(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The reader's date (UTC) from the device clock, so date checks work offline.
pub fn today() -> Option<her2_pack::model::date::Date> {
    let ms = js_sys::Date::now();
    ms.is_finite()
        .then(|| her2_pack::model::date::Date::from_unix_days((ms / 86_400_000.0).floor() as i64))
}
