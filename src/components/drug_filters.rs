//! Filter lists for the drug cards, the compare table and the article list, kept in the URL.

use crate::dom;
use her2_pack::escape::push_escaped;
use her2_pack::search::filter::{
    cancer_slug, cancers_present, classes_present, parse_cancer, parse_class, parse_route,
    route_slug, routes_present, DrugFilter,
};
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// One labelled `<select>`: "All" (the empty value) and then `options` as (value, text).
#[component]
pub fn FilterSelect(
    id: String,
    label: &'static str,
    all: &'static str,
    options: Vec<(String, String)>,
    /// The value picked now ("" for all).
    current: Signal<String>,
    on_pick: Callback<String>,
) -> impl IntoView {
    // The first choice is marked `selected` in the markup (a select's value cannot be set before
    // its options exist); later changes (Back, a link) set the select's value. The options are
    // one escaped string: they have no handlers of their own.
    let first = current.get_untracked();
    let mut html = String::new();
    for (value, text) in
        std::iter::once(("", all)).chain(options.iter().map(|(v, t)| (v.as_str(), t.as_str())))
    {
        html.push_str("<option value=\"");
        push_escaped(value, &mut html);
        html.push_str(if value == first {
            "\" selected>"
        } else {
            "\">"
        });
        push_escaped(text, &mut html);
        html.push_str("</option>");
    }
    view! {
        <div class="filter">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                inner_html=html
                prop:value=move || current.get()
                on:change=move |ev| on_pick.run(event_target_value(&ev))
            ></select>
        </div>
    }
}

/// Which part of a [`DrugFilter`] a list sets.
#[derive(Debug, Clone, Copy)]
enum Key {
    Cancer,
    Class,
    Route,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Cancer => "cancer",
            Key::Class => "class",
            Key::Route => "route",
        }
    }

    fn get(self, filter: &DrugFilter) -> &'static str {
        match self {
            Key::Cancer => filter.cancer.map(cancer_slug),
            Key::Class => filter.class.map(|c| c.slug()),
            Key::Route => filter.route.map(route_slug),
        }
        .unwrap_or("")
    }

    fn set(self, filter: &mut DrugFilter, value: &str) {
        match self {
            Key::Cancer => filter.cancer = parse_cancer(value),
            Key::Class => filter.class = parse_class(value),
            Key::Route => filter.route = parse_route(value),
        }
    }
}

/// The drug filters: cancer type, type of medicine and (optionally) how it is given, and a
/// status line with how many medicines are shown. `address` gives the URL for a filter (or
/// `None` to leave the address as it is); it is written without a history entry.
#[component]
pub fn DrugFilters(
    pack: Arc<Pack>,
    filter: RwSignal<DrugFilter>,
    /// Prefix of the lists' ids, unique on the page.
    prefix: &'static str,
    #[prop(default = true)] routes: bool,
    address: fn(&DrugFilter) -> Option<String>,
) -> impl IntoView {
    let select = move |key: Key, label: &'static str, options: Vec<(&str, &str)>| {
        let current = Signal::derive(move || filter.with(|f| key.get(f).to_string()));
        let on_pick = Callback::new(move |value: String| {
            let mut next = filter.get_untracked();
            key.set(&mut next, &value);
            if let Some(href) = address(&next) {
                dom::replace_hash(&href);
            }
            filter.set(next);
        });
        let options = options
            .into_iter()
            .map(|(v, t)| (v.to_string(), t.to_string()))
            .collect();
        view! {
            <FilterSelect
                id=format!("{prefix}-{}", key.name())
                label=label
                all={words().filter_all}
                options=options
                current=current
                on_pick=on_pick
            />
        }
    };
    let cancers = cancers_present(&pack)
        .into_iter()
        .map(|c| (cancer_slug(c), c.label()))
        .collect();
    let classes = classes_present(&pack)
        .into_iter()
        .map(|c| (c.slug(), c.label()))
        .collect();
    let route_list = routes.then(|| {
        let options = routes_present(&pack)
            .into_iter()
            .map(|r| (route_slug(r), r.label()))
            .collect();
        select(Key::Route, words().filter_route, options)
    });
    let total = pack.drugs.len();
    let status = move || {
        let shown = filter.with(|f| pack.drugs.iter().filter(|d| f.matches(d)).count());
        match shown {
            0 => words().filter_no_match.to_string(),
            n => (words().showing_medicines)(n, total),
        }
    };
    view! {
        <fieldset class="filters">
            <legend>{words().filters_legend}</legend>
            <div class="filter-row">
                {select(Key::Cancer, words().filter_cancer, cancers)}
                {select(Key::Class, words().filter_class, classes)}
                {route_list}
            </div>
        </fieldset>
        <p class="filter-status" role="status">{status}</p>
    }
}
