//! The home view: the topic overview, the drug cards (with filters kept in the URL), then the
//! article list, drawn by the shared `HomePage` (also drawn at build time for the first
//! screen) with what only the app has: filters, pictures, marked terms and the cards' state.
//! The filters and the cards are drawn after the rest: a task each when the view replaces the
//! first screen (`state::HomeDrawn`), at once on later visits.

use crate::components::approvals_chart::ApprovalsChart;
use crate::components::diagram::HowDrugsWork;
use crate::components::drug_card::card_item;
use crate::components::drug_filters::DrugFilters;
use crate::components::markdown::{prose_html, Terms};
use crate::components::provenance::OverdueNote;
use crate::dom;
use crate::nav::on_arrival;
use crate::state::{HomeDrawn, OpenCards};
use crate::takeover;
use her2_pack::render::home::HomePage;
use her2_pack::route::View;
use her2_pack::search::filter::DrugFilter;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use leptos::tachys::view::Mountable;
use std::sync::Arc;
use web_sys::{Element, Node};

/// Draws `part` into `parent` before `marker`, under `owner` (the home view's, which keeps it
/// for as long as the view).
fn put<V>(owner: &Owner, parent: &Element, marker: Option<&Node>, part: V)
where
    V: IntoView,
    V::State: 'static,
{
    owner.with(|| {
        let mut state = part.build();
        state.mount(parent, marker);
        StoredValue::new_local(state);
    });
}

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
    let HomeDrawn(drawn, set_drawn) = expect_context::<HomeDrawn>();
    // The filters and the cards, once the rest of this view's markup is built (the task starts
    // after the current one): a task each while the view replaces the first screen.
    let one_per_task = !drawn.get_untracked();
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        let parts = async {
            let find = |root: &Element, selector| root.query_selector(selector).ok().flatten();
            let drugs = find(&takeover::app_root()?, ".drugs")?;
            let (list, owner) = (find(&drugs, ".cards")?, owner?);
            // Leptos draws a new home view over the last one's markup in place: the last one's
            // filters and cards go first.
            if let Some(old) = find(&drugs, ".drug-tools") {
                old.remove();
            }
            list.set_text_content(None);
            if one_per_task {
                dom::next_task().await;
            }
            put(&owner, &drugs, Some(&list), tools);
            if one_per_task {
                dom::next_task().await;
            }
            put(&owner, &list, None, cards);
            Some(())
        };
        let _ = parts.await;
        if one_per_task {
            // Drawn as far as it will be: the app takes over.
            set_drawn.set(true);
        }
    });
    view! {
        <HomePage
            pack=pack.clone()
            overview_html=overview_html
            cards=()
            overdue=overdue
            diagram=view! { <HowDrugsWork pack=pack.clone()/> }
            chart=view! { <ApprovalsChart pack=pack.clone()/> }
        />
    }
}
