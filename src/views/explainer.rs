//! What does my HER2 result mean? Pick a result, see what it means and which medicines are approved for it.
//! The pick is kept in the URL (`#/her2-results/<id>`) so it can be shared or reopened.

use crate::components::markdown::{prose_html, Markdown, Terms};
use crate::components::provenance::{Provenance, TranslationNote};
use crate::dom;
use crate::nav::on_arrival;
use crate::views::not_found::NotFound;
use her2_pack::read::validate::{validate_results, Strictness};
use her2_pack::render::pages::{result_inner, ResultWords};
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::{Pack, ResultGuide, TestResult};
use leptos::prelude::*;
use std::sync::Arc;

/// What one result means, with its medicines and notes: one piece of markup
/// (her2_pack::render::pages), with glossary terms marked.
fn result_panel(pack: &Pack, result: &TestResult, index: Option<Terms>) -> impl IntoView {
    let w = words();
    let result_words = ResultWords {
        group: w.results_group,
        approved: w.results_approved,
        approved_none: w.results_approved_none,
        more: w.results_more,
    };
    let html = result_inner(pack, result, &result_words, |md| {
        prose_html(index.clone(), md, 0, None)
    });
    view! { <section class="result" aria-labelledby="result-title" inner_html=html></section> }
}

/// The result picker, the picked result, the caveat and the sources.
fn guide_view(pack: Arc<Pack>, guide: ResultGuide, selected: Option<String>) -> impl IntoView {
    let known = {
        let ids = guide
            .results
            .iter()
            .map(|r| r.id.clone())
            .collect::<Vec<_>>();
        move |id: Option<String>| id.filter(|id| ids.contains(id))
    };
    let picked = RwSignal::new(known(selected));
    on_arrival(move |view| {
        if let View::Results(id) = view {
            picked.set(known(id));
        }
    });
    let choices = guide
        .results
        .iter()
        .map(|r| {
            let id = r.id.clone();
            let input_id = format!("result-{id}");
            let pick = {
                let id = id.clone();
                move |_| {
                    dom::replace_hash(&View::Results(Some(id.clone())).href());
                    picked.set(Some(id.clone()));
                }
            };
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        name="her2-result"
                        id=input_id.clone()
                        value=id.clone()
                        prop:checked=move || picked.with(|p| p.as_deref() == Some(id.as_str()))
                        on:change=pick
                    />
                    <label for=input_id>
                        <span class="choice-label">{r.label.clone()}</span>
                        <span class="choice-group">{r.group.clone()}</span>
                    </label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let find = {
        let results = guide.results.clone();
        move |id: &Option<String>| results.iter().find(|r| Some(&r.id) == id.as_ref()).cloned()
    };
    let announce = {
        let find = find.clone();
        move || match picked.with(|p| find(p)) {
            Some(r) => (words().results_showing)(&r.label),
            None => words().results_none_picked.to_string(),
        }
    };
    // Read here, while the view is created (a context is not found from later closures).
    let index = use_context::<Terms>();
    let panel = move || {
        picked
            .with(|p| find(p))
            .map(|r| result_panel(&pack, &r, index.clone()))
    };
    view! {
        <p>{words().results_intro}</p>
        <fieldset class="choices">
            <legend>{words().results_pick}</legend>
            {choices}
        </fieldset>
        <p class="visually-hidden" role="status">{announce}</p>
        {panel}
        <aside class="result-caveat" aria-labelledby="caveat-title">
            <h2 id="caveat-title">{words().results_caveat}</h2>
            <Markdown source=guide.caveat/>
            <p class="not-advice"><strong>{words().results_not_advice}</strong></p>
        </aside>
        <Provenance sources=guide.sources reviewed=guide.last_reviewed next_review=guide.next_review/>
    }
}

#[component]
pub fn ResultsView(pack: Arc<Pack>, selected: Option<String>) -> AnyView {
    // A page of its own for glossary marking (and never a scope left over from another view).
    let note = view! { <TranslationNote pack=pack.clone() page="results".into() view=View::Results(None)/> };
    // Read and checked here, not with the rest of the pack (her2_pack::model::later).
    // `None` when it does not read or does not pass the checks (a damaged copy).
    let guide = match pack.results.get() {
        Ok(Some(guide)) if validate_results(&pack, &guide, Strictness::default()).is_empty() => {
            Some(Some(guide))
        }
        Ok(None) => Some(None),
        Ok(Some(_)) | Err(_) => None,
    };
    let body = match guide {
        Some(Some(guide)) => {
            // A result the explainer does not have: the not-found page, as for other addresses.
            if selected
                .as_ref()
                .is_some_and(|id| !guide.results.iter().any(|r| &r.id == id))
            {
                let w = words();
                dom::set_title(&format!(
                    "{}{}{}",
                    w.not_found_title, w.site_suffix, pack.title
                ));
                return view! { <NotFound/> }.into_any();
            }
            guide_view(pack, guide, selected).into_any()
        }
        Some(None) => view! { <p class="unavailable">{words().results_unavailable}</p> }.into_any(),
        None => view! { <p class="load-error-detail" role="status">{words().part_unreadable}</p> }
            .into_any(),
    };
    view! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" tabindex="-1">{words().results_heading}</h1>
            {note}
            {body}
        </section>
    }
    .into_any()
}
