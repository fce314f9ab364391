//! The article list on its own page.

use crate::components::article_item::ArticleList;
use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ArticlesView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let _ = query;
    view! {
        <section class="articles" aria-labelledby="articles-page-title">
            <h1 id="articles-page-title" tabindex="-1">{strings::ARTICLES_HEADING}</h1>
            <ArticleList pack=pack level=2/>
        </section>
    }
}
