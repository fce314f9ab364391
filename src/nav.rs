//! The current view, read from the URL fragment and updated on `hashchange` (links, Back and
//! Forward): the app's one route signal and its one `hashchange` listener. Each navigation gets a
//! new sequence number so the app can move focus once per visit, and the views' filters follow
//! it ([`on_arrival`]).

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

/// The route signal, in context for the views (provided by [`use_nav`]).
#[derive(Debug, Clone, Copy)]
pub struct Route(pub ReadSignal<Nav>);

/// A hash the app routes on (`#/…` or empty); other fragments (`#main`) are in-page jumps.
fn is_route(hash: &str) -> bool {
    hash.is_empty() || hash == "#" || hash.starts_with("#/")
}

/// Starts following the URL fragment and provides it as [`Route`]; the setter is for
/// [`settle_on`].
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
    provide_context(Route(nav));
    (nav, set_nav)
}

/// Runs `follow` with the new view each time the reader arrives at an address by a link, Back or
/// Forward (each new sequence number of the route signal); not for the view as it was drawn, nor
/// when the app settles on an address it set itself. A view that rewrote its own address with
/// `replace_hash` (a filter, a pick) stays in step with it this way.
pub fn on_arrival(follow: impl Fn(View) + 'static) {
    let Route(nav) = expect_context::<Route>();
    let seq = Memo::new(move |_| nav.with(|n| n.seq));
    Effect::watch(
        move || seq.get(),
        move |_, _, _| follow(nav.with_untracked(|n| n.view.clone())),
        false,
    );
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
