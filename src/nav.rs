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
}

/// A hash the app routes on (`#/…` or empty); other fragments (`#main`) are in-page jumps.
fn is_route(hash: &str) -> bool {
    hash.is_empty() || hash == "#" || hash.starts_with("#/")
}

/// Starts following the URL fragment.
pub fn use_nav() -> ReadSignal<Nav> {
    let hash = dom::location_hash();
    let first = if is_route(&hash) {
        View::parse(&hash)
    } else {
        View::Overview
    };
    let (nav, set_nav) = signal(Nav {
        view: first,
        seq: 0,
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = dom::location_hash();
        if is_route(&hash) {
            set_nav.update(|n| {
                n.view = View::parse(&hash);
                n.seq += 1;
            });
        }
    });
    on_cleanup(move || handle.remove());
    nav
}
