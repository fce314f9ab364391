//! Every page but the home page, in a wasm module of its own that is fetched the first time one
//! is opened: the home page (the first screen) starts without their code.
//!
//! `scripts/build.sh` splits the wasm at [`other_page`] (see docs/DESIGN.md, "Why the wasm is split");
//! in native builds it is a plain call. While the module arrives the page says so; if it cannot
//! arrive (offline before the guide was saved on this device) the page says that, and Retry
//! tries again. The home page and the drug cards keep working either way.

use crate::nav::arrive;
use crate::timeout::{newer_build_out, sleep, PAGES_LIMIT_MS};
use crate::views::{
    article::ArticleView, articles::ArticlesView, compare::CompareView, explainer::ResultsView,
    glossary::GlossaryView, not_found::NotFound, questions::QuestionsView, search::SearchView,
};
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The pages' module could not be fetched (or did not arrive in time).
pub struct NotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Draws a page other than the home page (the code for it lives in the split-off module).
#[leptos::wasm_split::wasm_split(other_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn other_page(pack: Arc<Pack>, view: View) -> Result<AnyView, NotLoaded> {
    Ok(match view {
        View::Articles(query) => view! { <ArticlesView pack=pack query=query/> }.into_any(),
        View::Article(id) => match pack.article(&id) {
            Some(article) => {
                let article = article.clone();
                view! { <ArticleView pack=pack article=article/> }.into_any()
            }
            None => view! { <NotFound/> }.into_any(),
        },
        View::Compare(query) => view! { <CompareView pack=pack query=query/> }.into_any(),
        View::Search(query) => view! { <SearchView pack=pack query=query/> }.into_any(),
        View::Glossary(term) => view! { <GlossaryView pack=pack term=term/> }.into_any(),
        View::Questions => view! { <QuestionsView pack=pack/> }.into_any(),
        View::Results(selected) => view! { <ResultsView pack=pack selected=selected/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    })
}

/// Why the page did not open, and what helps: Reload when the host now has a newer build (this
/// build's module is gone, so Retry would fail the same way), else Retry.
fn not_loaded(attempt: RwSignal<u32>, opening: RwSignal<bool>, failed: RwSignal<bool>) -> AnyView {
    let newer = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        let out = newer_build_out().await;
        newer.try_set(out);
    });
    let act = move |_| {
        if newer.get_untracked() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        } else {
            failed.set(false);
            opening.set(true);
            attempt.update(|n| *n += 1);
        }
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="page-error-title">
            <h1 id="page-error-title" tabindex="-1">{words().page_not_loaded_title}</h1>
            <p class="load-error-detail">
                {move || if newer.get() { words().page_newer_build } else { words().page_not_loaded_body }}
            </p>
            <button type="button" class="button" on:click=act>
                {move || if newer.get() { words().reload } else { words().retry }}
            </button>
        </section>
    }
    .into_any()
}

/// The page for `view`, once its module is in; "Opening this page…" until then, for at most
/// [`PAGES_LIMIT_MS`].
pub fn other_page_view(pack: Arc<Pack>, view: View) -> AnyView {
    let arrived = view.clone();
    split_page_view(
        arrived,
        Box::new(move || Box::pin(other_page(pack.clone(), view.clone()))),
    )
}

/// Fetches a split-off page's module and draws the page (a boxed loader, so the wrapper below
/// is compiled once however many modules use it: it is in the start-up wasm).
pub type PageLoader =
    Box<dyn Fn() -> Pin<Box<dyn Future<Output = Result<AnyView, NotLoaded>> + Send>> + Send + Sync>;

/// A page whose code is in a split-off wasm module: "Opening this page…" while `load` fetches
/// it (for at most [`PAGES_LIMIT_MS`]), then the page, or why it could not open with Retry
/// (which calls `load` again). `view` is where focus goes once the page is drawn.
pub fn split_page_view(view: View, load: PageLoader) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let opening = RwSignal::new(true);
    let failed = RwSignal::new(false);
    let page = move || {
        let this = attempt.get();
        // A module that hangs: give up after the limit (a later arrival still draws the page).
        leptos::task::spawn_local(async move {
            sleep(PAGES_LIMIT_MS).await;
            // The reader may have left the page: its signals are then gone.
            if opening.try_get_untracked() == Some(true)
                && attempt.try_get_untracked() == Some(this)
            {
                opening.try_set(false);
                failed.try_set(true);
            }
        });
        let loading = load();
        let arrived = view.clone();
        Suspend::new(async move {
            let page = match loading.await {
                Ok(page) => {
                    // The first time, the page is drawn after the app's own arrival step ran:
                    // focus and scroll once it is there.
                    request_animation_frame(move || arrive(&arrived, false));
                    failed.set(false);
                    page
                }
                Err(NotLoaded) => {
                    failed.set(true);
                    ().into_any()
                }
            };
            opening.set(false);
            page
        })
    };
    // Drawn once per failure (a late second report of the same failure changes nothing).
    let shown = Memo::new(move |_| failed.get());
    // Not a <Suspense>: its code would be in the first screen's wasm for this one use.
    view! {
        <p class="status" role="status" hidden=move || !opening.get()>{words().page_loading}</p>
        {move || shown.get().then(|| not_loaded(attempt, opening, failed))}
        {page}
    }
    .into_any()
}
