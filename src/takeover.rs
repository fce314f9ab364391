//! Taking over from the first screen that index.html pre-paints at build time: the app renders
//! off-document, then swaps itself in within one frame, keeps keyboard focus where it was, and
//! replays the card clicks the inline script in index.html queued while the wasm was loading.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// The global the inline script in `<head>` puts the early pack request in.
const EARLY_PACK: &str = "__her2Pack";
/// The global the inline script at the end of `<body>` queues clicked drug ids in.
const QUEUE: &str = "__her2Queue";

thread_local! {
    static LIVE: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// A fresh element to mount the app into, kept off the document until [`reveal`].
pub fn live_root() -> Option<HtmlElement> {
    let el = crate::dom::document()?
        .create_element("div")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    LIVE.with(|live| *live.borrow_mut() = Some(el.clone()));
    Some(el)
}

/// Puts the app where the pre-painted `#app` was (once; later calls do nothing), moving focus
/// to the app's element with the same id as the one that had it.
pub fn reveal() {
    let Some(live) = LIVE.with(|live| live.borrow_mut().take()) else {
        return;
    };
    let Some(doc) = crate::dom::document() else {
        return;
    };
    let focused = doc
        .active_element()
        .map(|el| el.id())
        .filter(|id| !id.is_empty());
    live.set_id("app");
    match doc.get_element_by_id("app") {
        Some(old) => {
            let _ = old.replace_with_with_node_1(&live);
        }
        None => {
            if let Some(body) = doc.body() {
                let _ = body.append_child(&live);
            }
        }
    }
    if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id)) {
        crate::dom::focus(&el);
    }
}

fn take_global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(name);
    let value = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    (!value.is_undefined()).then_some(value)
}

/// The drug cards the reader asked to open before the app was ready, in click order; each is
/// returned once (the queue is emptied, and the page's script keeps adding to the same list).
pub fn queued_cards() -> Vec<String> {
    let Some(list) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str(QUEUE)).ok())
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
    else {
        return Vec::new();
    };
    let ids = list.iter().filter_map(|id| id.as_string()).collect();
    list.set_length(0);
    ids
}

/// The pack request index.html started while the wasm was still downloading (once): resolves
/// to a `Response`, or to `null` if it could not be made.
pub fn early_pack() -> Option<js_sys::Promise> {
    take_global(EARLY_PACK).and_then(|v| v.dyn_into::<js_sys::Promise>().ok())
}
