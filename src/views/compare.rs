//! The table comparing every drug, with filters kept in the URL (`#/compare?cancer=…&class=…`).
//! On a phone each row re-flows into a card; every cell carries its column name for that.

use crate::components::drug_filters::DrugFilters;
use crate::nav::on_arrival;
use her2_pack::route::View;
use her2_pack::search::filter::DrugFilter;
use her2_pack::words::words;
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

/// The column headings, the medicine's first.
fn columns() -> [&'static str; 8] {
    let w = words();
    [
        w.col_medicine,
        w.col_type,
        w.col_route,
        w.col_schedule,
        w.col_cancers,
        w.col_risks,
        w.col_tests,
        w.col_contraception,
    ]
}

/// One row: the medicine as the row header, then a cell per column.
fn row(drug: &Drug, hidden: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let join = |items: Vec<&str>| items.join("; ");
    let cells = [
        drug.class.label().to_string(),
        join(drug.routes.iter().map(|r| r.label()).collect()),
        drug.schedule.clone(),
        join(drug.cancers.iter().map(|c| c.label()).collect()),
        match drug.risks.is_empty() {
            true => words().none.to_string(),
            false => join(drug.risks.iter().map(|r| r.label()).collect()),
        },
        join(drug.monitoring.iter().map(|m| m.test.as_str()).collect()),
        drug.contraception
            .clone()
            .unwrap_or_else(|| words().contraception_unknown.to_string()),
    ];
    let unknown_contraception = drug.contraception.is_none();
    let cells = columns()
        .into_iter()
        .skip(1)
        .zip(cells)
        .enumerate()
        .map(|(i, (label, text))| {
            let class = match (i, unknown_contraception) {
                (6, true) => "cell-unknown",
                _ => "",
            };
            view! {
                <td class=class>
                    <span class="cell-label">{label}</span>
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
    on_arrival(move |view| {
        if let View::Compare(query) = view {
            filter.set(filter_of(&query));
        }
    });
    let headers = columns()
        .into_iter()
        .map(|c| view! { <th scope="col">{c}</th> })
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
            <h1 id="compare-title" tabindex="-1">{words().compare_heading}</h1>
            <p>{words().compare_intro}</p>
            <DrugFilters pack=pack filter=filter prefix="compare-filter" routes=false address=address/>
            <table class="compare-table">
                <caption>{words().compare_caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
