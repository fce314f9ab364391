//! The header with the site name and main navigation, and the footer with the review date.

use crate::nav::Nav;
use crate::state::Load;
use her2_pack::model::date::readable;
use her2_pack::route::View;
use her2_pack::words::words;
use leptos::prelude::*;

/// Whether a navigation item is the section the reader is in.
fn same_section(item: &View, current: &View) -> bool {
    std::mem::discriminant(item) == std::mem::discriminant(current)
        || (item.is_home() && current.is_home())
        || (matches!(item, View::Articles(_)) && matches!(current, View::Article(_)))
}

#[component]
pub fn Header(load: RwSignal<Load>, nav: ReadSignal<Nav>) -> impl IntoView {
    let site = move || match load.get() {
        Load::Ready(pack) => Some(pack.title.clone()),
        _ => None,
    };
    let items = her2_pack::route::nav_items()
        .into_iter()
        .map(|(label, view)| {
            let href = view.href();
            let current = move || nav.with(|n| same_section(&view, &n.view)).then_some("page");
            view! { <li><a href=href aria-current=current>{label}</a></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                {move || site().map(|title| view! { <a class="brand" href="#/">{title}</a> })}
                <nav aria-label={words().nav_label}>
                    <ul>{items}</ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer(load: RwSignal<Load>) -> impl IntoView {
    let reviewed = move || match load.get() {
        Load::Ready(pack) => Some(view! {
            <p>
                {words().footer_reviewed}" "
                <time datetime=pack.reviewed.clone()>{readable(&pack.reviewed)}</time>
                " ("{words().footer_version}" "{pack.version.clone()}")."
            </p>
        }),
        _ => None,
    };
    view! {
        <footer class="site-footer">
            <p class="not-advice">{words().footer_not_advice}</p>
            {reviewed}
        </footer>
    }
}
