//! The home view: the topic overview, the drug cards, then the article list.

use crate::components::approvals_chart::ApprovalsChart;
use crate::components::article_item::ArticleList;
use crate::components::diagram::HowDrugsWork;
use crate::components::drug_card::DrugCard;
use crate::components::markdown::Markdown;
use crate::components::provenance::Provenance;
use crate::strings;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn HomeView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let _ = query;
    let overview = pack.overview.clone();
    view! {
        <article class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" tabindex="-1">{overview.title}</h1>
            <p class="lede">{overview.summary}</p>
            <Markdown source=overview.body/>
            <HowDrugsWork pack=pack.clone()/>
            <Provenance sources=overview.sources reviewed=overview.last_reviewed/>
        </article>
        <section class="drugs" aria-labelledby="drugs-title">
            <h2 id="drugs-title">{strings::DRUGS_HEADING}</h2>
            <p>{strings::DRUGS_INTRO}</p>
            <ul class="cards" role="list">
                {pack
                    .drugs
                    .iter()
                    .map(|d| view! { <li><DrugCard drug=d.clone()/></li> })
                    .collect::<Vec<_>>()}
            </ul>
        </section>
        <ApprovalsChart pack=pack.clone()/>
        <section class="articles" aria-labelledby="articles-title">
            <h2 id="articles-title">{strings::ARTICLES_HEADING}</h2>
            <ArticleList pack=pack.clone()/>
        </section>
    }
}
