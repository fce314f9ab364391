//! One entry in the article list: title link, date, summary and topics.

use crate::strings;
use her2_pack::date::readable;
use her2_pack::route::View;
use her2_pack::Article;
use leptos::prelude::*;

#[component]
pub fn ArticleItem(article: Article, #[prop(default = 3)] level: u8) -> impl IntoView {
    let href = View::Article(article.id.clone()).href();
    let link = view! { <a href=href>{article.title.clone()}</a> };
    let heading = match level {
        2 => view! { <h2 class="article-item-title">{link}</h2> }.into_any(),
        _ => view! { <h3 class="article-item-title">{link}</h3> }.into_any(),
    };
    let tags = (!article.tags.is_empty()).then(|| {
        view! {
            <p class="tags">
                <span class="visually-hidden">{strings::TAGS}": "</span>
                {article
                    .tags
                    .iter()
                    .map(|t| view! { <span class="tag">{t.clone()}</span> })
                    .collect::<Vec<_>>()}
            </p>
        }
    });
    view! {
        <li class="article-item">
            {heading}
            <p class="meta">
                <time datetime=article.published.clone()>{readable(&article.published)}</time>
            </p>
            <p class="article-item-summary">{article.summary.clone()}</p>
            {tags}
        </li>
    }
}

/// The list of articles, newest first.
#[component]
pub fn ArticleList(
    pack: std::sync::Arc<her2_pack::Pack>,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    view! {
        <ol class="article-list" role="list">
            {pack
                .articles_newest_first()
                .into_iter()
                .map(|a| view! { <ArticleItem article=a.clone() level=level/> })
                .collect::<Vec<_>>()}
        </ol>
    }
}
