//! Taking over from the first screen that index.html pre-paints at build time: the app renders
//! off-document, then swaps itself in within one frame, keeps keyboard focus and the reader's
//! place, and replays the cards opened and closed on the first screen while the wasm loaded.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// The global the inline script in `<head>` puts the early pack request in.
const EARLY_PACK: &str = "__her2Pack";
/// The global the inline script at the end of `<body>` queues card taps in ("+id", "-id").
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

/// Whether the app is still off the document, waiting for [`reveal`].
pub fn pending() -> bool {
    LIVE.with(|live| live.borrow().is_some())
}

/// The element the app is mounted in: off the document until [`reveal`], `#app` after.
pub fn app_root() -> Option<web_sys::Element> {
    match LIVE.with(|live| live.borrow().clone()) {
        Some(live) => Some(live.into()),
        None => crate::dom::element_by_id("app"),
    }
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

/// The drug cards the reader opened (`true`) or closed (`false`) on the first screen before the
/// app was ready, in tap order; each tap is returned once (the queue is emptied, and the page's
/// script keeps adding to the same list, as "+id" or "-id").
pub fn queued_cards() -> Vec<(String, bool)> {
    let Some(list) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str(QUEUE)).ok())
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
    else {
        return Vec::new();
    };
    let taps = list
        .iter()
        .filter_map(|tap| parse_tap(&tap.as_string()?))
        .collect();
    list.set_length(0);
    taps
}

/// One queued tap: "+id" opened the card, "-id" closed it.
fn parse_tap(tap: &str) -> Option<(String, bool)> {
    let (open, id) = match tap.split_at_checked(1)? {
        ("+", id) => (true, id),
        ("-", id) => (false, id),
        _ => return None,
    };
    (!id.is_empty()).then(|| (id.to_string(), open))
}

/// The pack request index.html started while the wasm was still downloading (once): resolves
/// to a `Response`, or to `null` if it could not be made.
pub fn early_pack() -> Option<js_sys::Promise> {
    take_global(EARLY_PACK).and_then(|v| v.dyn_into::<js_sys::Promise>().ok())
}

/// One step down from `<main>` to the element the reader is looking at: its tag, its classes,
/// how many earlier siblings share both, and where its top was on the screen.
struct Step {
    tag: String,
    class: String,
    nth: usize,
    top: f64,
}

/// Where the reader was on the first screen (nothing if the page is at the top): the innermost
/// element crossing the top of the screen, as steps from `<main>`. What is above the reader can
/// grow at the swap: the app's home view has parts the first screen leaves out (filters, the
/// approvals chart, the diagram), and an open card gets its course timeline and marked terms.
pub struct Anchor(Vec<Step>);

fn same_kind(a: &web_sys::Element, tag: &str, class: &str) -> bool {
    a.tag_name() == tag && a.class_name() == class
}

fn children(el: &web_sys::Element) -> impl Iterator<Item = web_sys::Element> {
    std::iter::successors(el.first_element_child(), |c| c.next_element_sibling())
}

/// Notes where the reader is, before the swap.
pub fn anchor() -> Option<Anchor> {
    let window = web_sys::window()?;
    if window.scroll_y().ok()? <= 0.0 {
        return None;
    }
    let mut at = crate::dom::document()?.query_selector("#app main").ok()??;
    let mut steps = Vec::new();
    loop {
        let Some((child, top)) = children(&at).find_map(|c| {
            let r = c.get_bounding_client_rect();
            (r.height() > 0.0 && r.bottom() > 0.0).then_some((c, r.top()))
        }) else {
            break;
        };
        let (tag, class) = (child.tag_name(), child.class_name());
        let nth = children(&at)
            .take_while(|c| !c.is_same_node(Some(child.as_ref())))
            .filter(|c| same_kind(c, &tag, &class))
            .count();
        steps.push(Step {
            tag,
            class,
            nth,
            top,
        });
        if top >= 0.0 {
            break;
        }
        at = child;
    }
    (!steps.is_empty()).then_some(Anchor(steps))
}

/// After the swap: scrolls so that the element the reader was looking at (or the deepest one
/// of its steps the app also has) is where it was.
pub fn restore(anchor: Option<Anchor>) {
    let Some(Anchor(steps)) = anchor else { return };
    let Some(mut at) = crate::dom::document().and_then(|d| d.query_selector("#app main").ok()?)
    else {
        return;
    };
    let mut shift = None;
    for step in &steps {
        let Some(next) = children(&at)
            .filter(|c| same_kind(c, &step.tag, &step.class))
            .nth(step.nth)
        else {
            break;
        };
        shift = Some(next.get_bounding_client_rect().top() - step.top);
        at = next;
    }
    if let (Some(dy), Some(window)) = (shift, web_sys::window()) {
        if dy.abs() >= 1.0 {
            window.scroll_by_with_x_and_y(0.0, dy);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse_tap;

    #[test]
    fn taps_are_opens_and_closes_by_id() {
        assert_eq!(parse_tap("+tucatinib"), Some(("tucatinib".into(), true)));
        assert_eq!(parse_tap("-t-dxd"), Some(("t-dxd".into(), false)));
        for bad in ["", "+", "-", "tucatinib", "*x", "é"] {
            assert_eq!(parse_tap(bad), None, "{bad:?}");
        }
    }
}
