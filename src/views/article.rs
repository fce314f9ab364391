//! One article, rendered from its markdown, with its medicines, sources and related articles.

use crate::components::markdown::{Markdown, TermsUsed};
use crate::components::provenance::{KeyPoints, OverdueNote, Provenance, TranslationNote};
use her2_pack::model::date::readable;
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::{Article, Pack};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ArticleView(pack: Arc<Pack>, article: Article) -> impl IntoView {
    let terms = TermsUsed::new();
    let drugs = article
        .drugs
        .iter()
        .filter_map(|id| pack.drug(id))
        .map(|d| {
            view! { <li><a href=View::Drug(d.id.clone()).href()>{d.display_name()}</a></li> }
        })
        .collect::<Vec<_>>();
    let related = article
        .related
        .iter()
        .filter_map(|id| pack.article(id))
        .map(
            |a| view! { <li><a href=View::Article(a.id.clone()).href()>{a.title.clone()}</a></li> },
        )
        .collect::<Vec<_>>();
    let has_drugs = !drugs.is_empty();
    let has_related = !related.is_empty();
    view! {
        <article class="article" aria-labelledby="article-title">
            <p class="breadcrumb"><a href=View::Articles(String::new()).href()>{words().all_articles}</a></p>
            <h1 id="article-title" tabindex="-1">{article.title.clone()}</h1>
            <p class="meta">
                {words().published}" "
                <time datetime=article.published.clone()>{readable(&article.published)}</time>
            </p>
            <p class="lede">{article.summary.clone()}</p>
            <TranslationNote
                pack=pack.clone()
                page=format!("articles/{}", article.id)
                view=View::Article(article.id.clone())
            />
            <OverdueNote
                sources=article.sources.clone()
                reviewed=article.last_reviewed.clone()
                next_review=article.next_review.clone()
            />
            <KeyPoints points=article.key_points.clone()/>
            <Markdown source=article.body.clone() terms=terms/>
            {has_drugs.then(|| view! {
                <section class="article-drugs" aria-labelledby="article-drugs-title">
                    <h2 id="article-drugs-title">{words().drugs_in_article}</h2>
                    <ul>{drugs}</ul>
                </section>
            })}
            <Provenance
                sources=article.sources.clone()
                reviewed=article.last_reviewed.clone()
                next_review=article.next_review.clone()
            />
            {has_related.then(|| view! {
                <nav class="related" aria-labelledby="related-title">
                    <h2 id="related-title">{words().related}</h2>
                    <ul>{related}</ul>
                </nav>
            })}
        </article>
    }
}
