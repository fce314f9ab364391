//! The header with the site name and main navigation, and the footer with the review date.

use crate::app::Load;
use crate::strings;
use her2_pack::date::readable;
use leptos::prelude::*;

#[component]
pub fn Header(load: RwSignal<Load>, page_is_articles: Signal<bool>) -> impl IntoView {
    let site = move || match load.get() {
        Load::Ready(pack) => Some(pack.title.clone()),
        _ => None,
    };
    let current =
        move |articles: bool| move || (page_is_articles.get() == articles).then_some("page");
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                {move || site().map(|title| view! { <a class="brand" href="#/">{title}</a> })}
                <nav aria-label=strings::NAV_LABEL>
                    <ul>
                        <li><a href="#/" aria-current=current(false)>{strings::NAV_OVERVIEW}</a></li>
                        <li><a href="#/articles" aria-current=current(true)>{strings::NAV_ARTICLES}</a></li>
                    </ul>
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
                {strings::FOOTER_REVIEWED}" "
                <time datetime=pack.reviewed.clone()>{readable(&pack.reviewed)}</time>
                " ("{strings::FOOTER_VERSION}" "{pack.version.clone()}")."
            </p>
        }),
        _ => None,
    };
    view! {
        <footer class="site-footer">
            <p class="not-advice">{strings::FOOTER_NOT_ADVICE}</p>
            {reviewed}
        </footer>
    }
}
