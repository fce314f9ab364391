//! The table comparing every drug, with filters kept in the URL (`#/compare?cancer=…&class=…`).
//! On a phone each row re-flows into a card; every cell carries its column name for that.

use crate::components::drug_filters::{on_route_change, DrugFilters};
use crate::strings;
use her2_pack::filter::DrugFilter;
use her2_pack::route::View;
use her2_pack::{Drug, Pack};
use leptos::prelude::*;
use std::sync::Arc;

/// The compare view filters by cancer type and class only.
fn filter_of(query: &str) -> DrugFilter {
    DrugFilter {
        route: None,
        ..DrugFilter::from_query(query)
    }
}

fn address(filter: &DrugFilter) -> Option<String> {
    Some(View::Compare(filter.to_query()).href())
}

const COLUMNS: [&str; 8] = [
    strings::COL_MEDICINE,
    strings::COL_TYPE,
    strings::COL_ROUTE,
    strings::COL_SCHEDULE,
    strings::COL_CANCERS,
    strings::COL_RISKS,
    strings::COL_TESTS,
    strings::COL_CONTRACEPTION,
];

/// One row: the medicine as the row header, then a cell per column.
fn row(drug: &Drug, hidden: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let join = |items: Vec<&str>| items.join("; ");
    let cells = [
        drug.class.label().to_string(),
        join(drug.routes.iter().map(|r| r.label()).collect()),
        drug.schedule.clone(),
        join(drug.cancers.iter().map(|c| c.label()).collect()),
        match drug.risks.is_empty() {
            true => strings::NONE.to_string(),
            false => join(drug.risks.iter().map(|r| r.label()).collect()),
        },
        join(drug.monitoring.iter().map(|m| m.test.as_str()).collect()),
        drug.contraception
            .clone()
            .unwrap_or_else(|| strings::CONTRACEPTION_UNKNOWN.to_string()),
    ];
    let unknown_contraception = drug.contraception.is_none();
    let cells = COLUMNS[1..]
        .iter()
        .zip(cells)
        .enumerate()
        .map(|(i, (label, text))| {
            let class = match (i, unknown_contraception) {
                (6, true) => "cell-unknown",
                _ => "",
            };
            view! {
                <td class=class>
                    <span class="cell-label">{*label}</span>
                    <span class="cell-value">{text}</span>
                </td>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <tr hidden=hidden>
            <th scope="row">
                <a href=View::Drug(drug.id.clone()).href()>{drug.generic.clone()}</a>
                <span class="compare-brand">{drug.brands.join(", ")}</span>
            </th>
            {cells}
        </tr>
    }
}

#[component]
pub fn CompareView(pack: Arc<Pack>, query: String) -> impl IntoView {
    let filter = RwSignal::new(filter_of(&query));
    on_route_change(move |view| {
        if let View::Compare(query) = view {
            filter.set(filter_of(&query));
        }
    });
    let headers = COLUMNS
        .iter()
        .map(|c| view! { <th scope="col">{*c}</th> })
        .collect::<Vec<_>>();
    // Every row is drawn once; the filter only hides rows (cheaper than redrawing them).
    let rows = pack
        .drugs
        .iter()
        .map(|d| {
            let drug = d.clone();
            row(d, move || filter.with(|f| !f.matches(&drug)))
        })
        .collect::<Vec<_>>();
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h1 id="compare-title" tabindex="-1">{strings::COMPARE_HEADING}</h1>
            <p>{strings::COMPARE_INTRO}</p>
            <DrugFilters pack=pack filter=filter prefix="compare-filter" routes=false address=address/>
            <table class="compare-table">
                <caption>{strings::COMPARE_CAPTION}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
