//! The home view: the topic overview, the drug cards (with filters kept in the URL), then the
//! article list, drawn by the shared `HomePage` (also drawn at build time for the first
//! screen) with what only the app has: filters, pictures, marked terms and the cards' state.

use crate::components::approvals_chart::ApprovalsChart;
use crate::components::diagram::HowDrugsWork;
use crate::components::drug_card::card_item;
use crate::components::drug_filters::DrugFilters;
use crate::components::markdown::{prose_html, Terms};
use crate::components::provenance::OverdueNote;
use crate::dom;
use crate::nav::on_arrival;
use crate::state::OpenCards;
use her2_pack::render::home::HomePage;
use her2_pack::route::View;
use her2_pack::search::filter::DrugFilter;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The address for a drug filter: `#/drugs?…`; with no filter, `#/drugs` only if the address
/// was a drug-list one (a reader who came to `#/` stays there).
fn address(filter: &DrugFilter) -> Option<String> {
    let was_list = matches!(View::parse(&dom::location_hash()), View::Drugs(_));
    (!filter.is_empty() || was_list).then(|| View::Drugs(filter.to_query()).href())
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

    let overview = &pack.overview;
    let overdue = view! {
        <OverdueNote
            sources=overview.sources.clone()
            reviewed=overview.last_reviewed.clone()
            next_review=overview.next_review.clone()
        />
    };
    let overview_html = prose_html(use_context::<Terms>(), &overview.body, 0, None);
    let tools = view! {
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
    };
    let translation = pack.translation.clone().map(Arc::new);
    let cards = pack
        .drugs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            card_item(d.clone(), translation.clone(), move || {
                !shown.with(|s| s.get(i).copied().unwrap_or(true))
            })
        })
        .collect::<Vec<_>>();
    view! {
        <HomePage
            pack=pack.clone()
            overview_html=overview_html
            cards=cards
            overdue=overdue
            diagram=view! { <HowDrugsWork pack=pack.clone()/> }
            tools=tools
            chart=view! { <ApprovalsChart pack=pack.clone()/> }
        />
    }
}
