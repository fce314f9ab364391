//! The list of articles: title link, date, summary and topics per entry (markup from
//! `her2_pack::render::markup`, shared with the baseline page, escaped there).

use her2_pack::render::markup::article_items;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The list of articles, newest first, with titles at heading `level`.
#[component]
pub fn ArticleList(pack: Arc<Pack>, #[prop(default = 3)] level: u8) -> impl IntoView {
    let html = article_items(pack.articles_newest_first(), level);
    view! { <ol class="article-list" role="list" inner_html=html></ol> }
}
