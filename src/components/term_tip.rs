//! Glossary hints in running text. CSS shows a term's definition on hover and keyboard focus;
//! this adds the rest: Escape hides it, and on touch the first tap shows it (the second follows
//! the link to the glossary entry).

use crate::dom;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::Element;

const OPEN: &str = "open";

thread_local! {
    /// Whether the last press was a finger or a pen: a touch sets `:hover` before its click, so
    /// hover must not count as "already showing" for it.
    static TOUCH: Cell<bool> = const { Cell::new(false) };
}
const DISMISSED: &str = "dismissed";

fn term_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest("a.term")
        .ok()
        .flatten()
}

fn wrap_of(term: &Element) -> Option<Element> {
    term.parent_element()
}

fn close_all() {
    if let Some(doc) = dom::document() {
        if let Ok(open) = doc.query_selector_all(".term-wrap.open") {
            for i in 0..open.length() {
                if let Some(el) = open.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = el.class_list().remove_1(OPEN);
                }
            }
        }
    }
}

/// Listens once, on the document, for every term on the page.
pub fn use_term_tips() {
    let pointer = window_event_listener(leptos::ev::pointerdown, |ev| {
        TOUCH.with(|t| t.set(ev.pointer_type() != "mouse"));
    });
    let click = window_event_listener(leptos::ev::click, |ev| {
        let Some(term) = term_of(ev.target()) else {
            close_all();
            return;
        };
        let Some(wrap) = wrap_of(&term) else { return };
        let hovered = !TOUCH.with(Cell::get) && wrap.matches(":hover").unwrap_or(false);
        let showing = wrap.class_list().contains(OPEN)
            || hovered
            || term.matches(":focus-visible").unwrap_or(false);
        if !showing {
            // A tap: show the definition first; the next tap opens the glossary.
            ev.prevent_default();
            close_all();
            let _ = wrap.class_list().add_1(OPEN);
        }
    });
    let keydown = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() == "Escape" {
            if let Some(wrap) = term_of(ev.target()).as_ref().and_then(wrap_of) {
                let _ = wrap.class_list().remove_1(OPEN);
                let _ = wrap.class_list().add_1(DISMISSED);
            } else {
                close_all();
            }
        }
    });
    let focusout = window_event_listener(leptos::ev::focusout, |ev| {
        if let Some(wrap) = term_of(ev.target()).as_ref().and_then(wrap_of) {
            let _ = wrap.class_list().remove_2(OPEN, DISMISSED);
        }
    });
    let mouseout = window_event_listener(leptos::ev::mouseout, |ev| {
        if let Some(wrap) = term_of(ev.target()).as_ref().and_then(wrap_of) {
            let _ = wrap.class_list().remove_1(DISMISSED);
        }
    });
    on_cleanup(move || {
        pointer.remove();
        click.remove();
        keydown.remove();
        focusout.remove();
        mouseout.remove();
    });
}
