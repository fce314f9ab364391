//! The header and footer around every page: the shared components (`her2_pack::render::home`,
//! also drawn at build time for the first screen) fed from the app's state.

use crate::nav::Nav;
use crate::state::Load;
use her2_pack::render::home::{SiteFooter, SiteHeader};
use leptos::prelude::*;

#[component]
pub fn Header(load: RwSignal<Load>, nav: ReadSignal<Nav>) -> impl IntoView {
    let title = move || match load.get() {
        Load::Ready(pack) => Some(pack.title.clone()),
        _ => None,
    };
    let current = move || nav.with(|n| n.view.clone());
    view! { <SiteHeader title=title current=current/> }
}

#[component]
pub fn Footer(load: RwSignal<Load>) -> impl IntoView {
    let reviewed = move || match load.get() {
        Load::Ready(pack) => Some((pack.reviewed.clone(), pack.version.clone())),
        _ => None,
    };
    view! { <SiteFooter reviewed=reviewed/> }
}
