//! The article list on its own page, with a topic filter kept in the URL (`#/articles?tag=…`).

use crate::components::drug_filters::FilterSelect;
use crate::dom;
use crate::nav::on_arrival;
use her2_pack::render::markup::article_items;
use her2_pack::route::View;
use her2_pack::search::filter::{all_tags, ArticleFilter};
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ArticlesView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let tags = all_tags(&pack);
    // A tag no article has (an old or mistyped link) shows every article.
    let known = {
        let tags = tags.clone();
        move |query: &str| {
            let filter = ArticleFilter::from_query(query);
            match &filter.tag {
                Some(tag) if !tags.contains(tag) => ArticleFilter::default(),
                _ => filter,
            }
        }
    };
    let filter = RwSignal::new(known(&query));
    on_arrival(move |view| {
        if let View::Articles(query) = view {
            filter.set(known(&query));
        }
    });
    let current = Signal::derive(move || filter.with(|f| f.tag.clone().unwrap_or_default()));
    let on_pick = Callback::new(move |tag: String| {
        let next = ArticleFilter {
            tag: (!tag.is_empty()).then_some(tag),
        };
        dom::replace_hash(&View::Articles(next.to_query()).href());
        filter.set(next);
    });
    let options = tags.into_iter().map(|t| (t.clone(), t)).collect();
    let total = pack.articles.len();
    let status = {
        let pack = pack.clone();
        move || {
            let shown = filter.with(|f| pack.articles.iter().filter(|a| f.matches(a)).count());
            (words().showing_articles)(shown, total)
        }
    };
    let list = move || {
        filter.with(|f| {
            article_items(
                pack.articles_newest_first()
                    .into_iter()
                    .filter(|a| f.matches(a)),
                2,
            )
        })
    };
    view! {
        <section class="articles" aria-labelledby="articles-page-title">
            <h1 id="articles-page-title" tabindex="-1">{words().articles_heading}</h1>
            <div class="filters filters-single">
                <FilterSelect
                    id="articles-filter-topic".to_string()
                    label={words().filter_topic}
                    all={words().filter_all_topics}
                    options=options
                    current=current
                    on_pick=on_pick
                />
            </div>
            <p class="filter-status" role="status">{status}</p>
            <ol class="article-list" role="list" inner_html=list></ol>
        </section>
    }
}
