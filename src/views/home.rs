//! The home view: the topic overview, the drug cards (with filters kept in the URL), then the
//! article list.

use crate::components::approvals_chart::ApprovalsChart;
use crate::components::article_list::ArticleList;
use crate::components::diagram::HowDrugsWork;
use crate::components::drug_card::DrugCard;
use crate::components::drug_filters::DrugFilters;
use crate::components::markdown::Markdown;
use crate::components::provenance::{OverdueNote, Provenance};
use crate::dom;
use crate::nav::on_arrival;
use crate::state::OpenCards;
use her2_pack::route::View;
use her2_pack::search::filter::DrugFilter;
use her2_pack::words::words;
use her2_pack::{Drug, Pack};
use leptos::prelude::*;
use std::sync::Arc;

/// The address for a drug filter: `#/drugs?…`; with no filter, `#/drugs` only if the address
/// was a drug-list one (a reader who came to `#/` stays there).
fn address(filter: &DrugFilter) -> Option<String> {
    let was_list = matches!(View::parse(&dom::location_hash()), View::Drugs(_));
    (!filter.is_empty() || was_list).then(|| View::Drugs(filter.to_query()).href())
}

/// "ado-trastuzumab emtansine (Kadcyla, T-DM1)": the generic name with every brand and
/// short name a reader may see on a prescription or schedule.
fn full_name(drug: &Drug) -> String {
    let aliases = drug
        .brands
        .iter()
        .chain(drug.abbreviations.iter().filter(|a| a.chars().count() > 1))
        .map(String::as_str)
        .collect::<Vec<_>>();
    if aliases.is_empty() {
        drug.generic.clone()
    } else {
        format!("{} ({})", drug.generic, aliases.join(", "))
    }
}

/// The warning about look-alike names, listing every drug that has look-alikes.
fn confuse_note(pack: &Pack) -> Option<impl IntoView> {
    let items = pack
        .drugs
        .iter()
        .filter(|d| !d.confuse_with.is_empty())
        .map(|d| {
            let routes = d.routes.iter().map(|r| r.label()).collect::<Vec<_>>();
            view! {
                <li>
                    <a href=View::Drug(d.id.clone()).href()>{full_name(d)}</a>
                    <span class="confuse-route">{routes.join("; ")}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <aside class="confuse-note" role="note" aria-labelledby="confuse-title">
                <h3 id="confuse-title">{words().confuse_heading}</h3>
                <p>{words().confuse_body}</p>
                <ul aria-label={words().confuse_list}>{items}</ul>
            </aside>
        }
    })
}

#[component]
pub fn HomeView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let OpenCards(open) = expect_context::<OpenCards>();
    let filter = RwSignal::new(DrugFilter::from_query(&query));
    // Which cards the filter shows, in pack order.
    let shown = {
        let pack = pack.clone();
        Memo::new(move |_| {
            filter.with(|f| pack.drugs.iter().map(|d| f.matches(d)).collect::<Vec<_>>())
        })
    };
    {
        let pack = pack.clone();
        on_arrival(move |view| match view {
            View::Drugs(query) => filter.set(DrugFilter::from_query(&query)),
            View::Overview => filter.set(DrugFilter::default()),
            // A link to a card the filter hides shows every card again.
            View::Drug(id)
                if pack
                    .drug(&id)
                    .is_some_and(|d| !filter.with_untracked(|f| f.matches(d))) =>
            {
                filter.set(DrugFilter::default())
            }
            _ => {}
        });
    }
    let set_all = {
        let pack = pack.clone();
        move |expand: bool| {
            let ids = shown.with_untracked(|s| {
                pack.drugs
                    .iter()
                    .zip(s)
                    .filter(|(_, on)| **on)
                    .map(|(d, _)| d.id.clone())
                    .collect::<Vec<_>>()
            });
            open.update(|set| {
                for id in ids {
                    if expand {
                        set.insert(id);
                    } else {
                        set.remove(&id);
                    }
                }
            });
            // A card's address would reopen it: go back to the list's address.
            if !expand && matches!(View::parse(&dom::location_hash()), View::Drug(_)) {
                let filter = filter.get_untracked();
                let view = match filter.is_empty() {
                    true => View::Overview,
                    false => View::Drugs(filter.to_query()),
                };
                dom::replace_hash(&view.href());
            }
        }
    };
    let expand = set_all.clone();
    let collapse = set_all;

    let overview = pack.overview.clone();
    let results_link = pack.results.is_some().then(|| {
        view! {
            <p class="cta">
                <a class="button-link" href=View::Results(None).href()>{words().results_heading}</a>
            </p>
        }
    });
    let cards = pack
        .drugs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let hidden = move || !shown.with(|s| s.get(i).copied().unwrap_or(true));
            view! { <li hidden=hidden><DrugCard drug=d.clone()/></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <article class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" tabindex="-1">{overview.title}</h1>
            <p class="lede">{overview.summary}</p>
            <OverdueNote
                sources=overview.sources.clone()
                reviewed=overview.last_reviewed.clone()
                next_review=overview.next_review.clone()
            />
            {results_link}
            <Markdown source=overview.body/>
            <HowDrugsWork pack=pack.clone()/>
            <Provenance
                sources=overview.sources
                reviewed=overview.last_reviewed
                next_review=overview.next_review
            />
        </article>
        <section class="drugs" aria-labelledby="drugs-title">
            <h2 id="drugs-title" tabindex="-1">{words().drugs_heading}</h2>
            <p>{words().drugs_intro}</p>
            {confuse_note(&pack)}
            <div class="drug-tools">
                <DrugFilters pack=pack.clone() filter=filter prefix="drugs-filter" address=address/>
                <div class="expand-buttons">
                    <button type="button" class="button button-quiet" on:click=move |_| expand(true)>
                        {words().expand_all}
                    </button>
                    <button type="button" class="button button-quiet" on:click=move |_| collapse(false)>
                        {words().collapse_all}
                    </button>
                </div>
            </div>
            <ul class="cards" role="list">{cards}</ul>
        </section>
        <ApprovalsChart pack=pack.clone()/>
        <section class="articles" aria-labelledby="articles-title">
            <h2 id="articles-title">{words().articles_heading}</h2>
            <ArticleList pack=pack.clone()/>
        </section>
    }
}
