//! Every page but the home page, in a wasm module of its own that is fetched the first time one
//! is opened: the home page (the first screen) starts without their code.
//!
//! `scripts/build.sh` splits the wasm at [`other_page`] (see README, "Why the wasm is split");
//! in native builds it is a plain call. While the module arrives the page says so; if it cannot
//! arrive (offline before the guide was saved on this device) the page says that, and Retry
//! tries again. The home page and the drug cards keep working either way.

use crate::app::arrive;
use crate::strings;
use crate::views::{
    article::ArticleView, articles::ArticlesView, compare::CompareView, explainer::ResultsView,
    glossary::GlossaryView, not_found::NotFound, questions::QuestionsView, search::SearchView,
};
use her2_pack::route::View;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The pages' module could not be fetched.
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

/// The page for `view`, once its module is in; "Opening this page…" until then.
pub fn other_page_view(pack: Arc<Pack>, view: View) -> AnyView {
    let attempt = RwSignal::new(0u32);
    let opening = RwSignal::new(true);
    let page = move || {
        attempt.track();
        let (pack, view) = (pack.clone(), view.clone());
        Suspend::new(async move {
            let arrived = view.clone();
            let page = match other_page(pack, view).await {
                Ok(page) => {
                    // The first time, the page is drawn after the app's own arrival step ran:
                    // focus and scroll once it is there.
                    request_animation_frame(move || arrive(&arrived, false));
                    page
                }
                Err(NotLoaded) => {
                    let retry = move |_| {
                        opening.set(true);
                        attempt.update(|n| *n += 1);
                    };
                    view! {
                        <section class="load-error" role="alert" aria-labelledby="page-error-title">
                            <h1 id="page-error-title" tabindex="-1">{strings::PAGE_NOT_LOADED_TITLE}</h1>
                            <p class="load-error-detail">{strings::PAGE_NOT_LOADED_BODY}</p>
                            <button type="button" class="button" on:click=retry>{strings::RETRY}</button>
                        </section>
                    }
                    .into_any()
                }
            };
            opening.set(false);
            page
        })
    };
    // Not a <Suspense>: its code would be in the first screen's wasm for this one use.
    view! {
        <p class="status" role="status" hidden=move || !opening.get()>{strings::PAGE_LOADING}</p>
        {page}
    }
    .into_any()
}
