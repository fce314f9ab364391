//! The current view, read from the URL fragment and updated on `hashchange` (links, Back and
//! Forward). Each navigation gets a new sequence number so the app can move focus once per visit.

use crate::dom;
use her2_pack::route::View;
use leptos::prelude::*;

/// One arrival at a view.
#[derive(Debug, Clone, PartialEq)]
pub struct Nav {
    pub view: View,
    pub seq: u64,
    /// Set when the address changed under the reader (the takeover replaying their taps on the
    /// first screen): follow it without moving their place or focus.
    pub settle: bool,
}

/// A hash the app routes on (`#/…` or empty); other fragments (`#main`) are in-page jumps.
fn is_route(hash: &str) -> bool {
    hash.is_empty() || hash == "#" || hash.starts_with("#/")
}

/// Starts following the URL fragment; the setter is for [`settle_on`].
pub fn use_nav() -> (ReadSignal<Nav>, WriteSignal<Nav>) {
    let hash = dom::location_hash();
    let first = if is_route(&hash) {
        View::parse(&hash)
    } else {
        View::Overview
    };
    let (nav, set_nav) = signal(Nav {
        view: first,
        seq: 0,
        settle: false,
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = dom::location_hash();
        if is_route(&hash) {
            set_nav.update(|n| {
                n.view = View::parse(&hash);
                n.seq += 1;
                n.settle = false;
            });
        }
    });
    on_cleanup(move || handle.remove());
    (nav, set_nav)
}

/// Follows an address the app set itself with `replace_hash` (no `hashchange` fires), without
/// moving the reader.
pub fn settle_on(set_nav: WriteSignal<Nav>) {
    let view = View::parse(&dom::location_hash());
    set_nav.update(|n| {
        if n.view != view {
            n.view = view;
            n.settle = true;
        }
    });
}

/// Scrolls to and focuses what the reader navigated to.
pub fn arrive(view: &View, first_load: bool) {
    match view {
        View::Drug(id) => {
            if let Some(button) = dom::element_by_id(&format!("drug-{id}-button")) {
                dom::scroll_into_view(&button);
                dom::focus(&button);
            } else if !first_load {
                dom::focus_selector("main h1");
            }
        }
        View::Overview if first_load => {}
        View::Search(_) => {
            dom::focus_selector("#search-input");
        }
        View::Drugs(_) => {
            if let Some(heading) = dom::element_by_id("drugs-title") {
                dom::scroll_into_view(&heading);
                dom::focus(&heading);
            }
        }
        View::Glossary(Some(id)) => {
            if let Some(term) = dom::element_by_id(&format!("term-{id}")) {
                dom::scroll_into_view(&term);
                dom::focus(&term);
            }
        }
        _ => {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
            dom::focus_selector("main h1");
        }
    }
}
