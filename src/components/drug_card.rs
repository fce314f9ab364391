//! One drug explainer card: the WAI-ARIA accordion pattern (`<h3><button aria-expanded
//! aria-controls>`), with the panel kept in the DOM and toggled with `hidden`; its contents are
//! drawn on first open.

use crate::app::OpenCards;
use crate::components::course_timeline::CourseTimeline;
use crate::components::markdown::{Markdown, TermsUsed};
use crate::components::provenance::Provenance;
use crate::dom;
use crate::strings;
use her2_pack::route::View;
use her2_pack::Drug;
use leptos::prelude::*;

/// What an open card shows: key facts, the course timeline, the sections, biosimilars,
/// questions and sources. Drawn the first time the card opens, then kept.
#[component]
fn CardPanelBody(drug: Drug) -> impl IntoView {
    let terms = TermsUsed::new();
    let facts = her2_pack::words::key_facts(&drug);
    let sections = drug
        .sections
        .iter()
        .map(|s| {
            view! {
                <section class=format!("card-section card-section-{}", s.kind.slug())>
                    <h4>{s.title.clone()}</h4>
                    <Markdown source=s.body.clone() shift=3 terms=terms/>
                </section>
            }
        })
        .collect::<Vec<_>>();
    let biosimilars = (!drug.biosimilars.is_empty()).then(|| {
        view! {
            <section class="card-section">
                <h4>{strings::BIOSIMILARS}</h4>
                <ul>
                    {drug
                        .biosimilars
                        .iter()
                        .map(|b| view! { <li>{format!("{} ({}), {}", b.brand, b.name, b.year)}</li> })
                        .collect::<Vec<_>>()}
                </ul>
            </section>
        }
    });
    let questions = (!drug.questions.is_empty()).then(|| {
        view! {
            <section class="card-section card-questions">
                <h4>{strings::QUESTIONS_TO_ASK}</h4>
                <ul>
                    {drug.questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect::<Vec<_>>()}
                </ul>
            </section>
        }
    });
    view! {
        <h4 class="visually-hidden">{strings::KEY_FACTS}</h4>
        <dl class="facts">
            {facts
                .into_iter()
                .map(|(k, v)| view! { <div class="fact"><dt>{k}</dt><dd>{v}</dd></div> })
                .collect::<Vec<_>>()}
        </dl>
        <CourseTimeline drug=drug.clone()/>
        {sections}
        {biosimilars}
        {questions}
        <Provenance sources=drug.sources.clone() reviewed=drug.last_reviewed.clone() level=4/>
    }
}

#[component]
pub fn DrugCard(drug: Drug) -> impl IntoView {
    let OpenCards(open_set) = expect_context::<OpenCards>();
    let id = drug.id.clone();
    let button_id = format!("drug-{id}-button");
    let panel_id = format!("drug-{id}-panel");
    let open = {
        let id = id.clone();
        Memo::new(move |_| open_set.with(|s| s.contains(&id)))
    };
    // A card's contents are drawn the first time it opens (most readers open a few of the
    // cards), which keeps the home view small and quick to start; once drawn they stay.
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    let toggle = {
        let id = id.clone();
        move |_| {
            let now_open = !open.get_untracked();
            open_set.update(|s| {
                if now_open {
                    s.insert(id.clone());
                } else {
                    s.remove(&id);
                }
            });
            // Keep the address shareable without adding a history entry per toggle.
            let here = View::parse(&dom::location_hash());
            if now_open {
                dom::replace_hash(&View::Drug(id.clone()).href());
            } else if here == View::Drug(id.clone()) {
                dom::replace_hash(&View::Overview.href());
            }
        }
    };

    let brands = drug.brands.join(", ");
    let generic = drug.generic.clone();
    let class = drug.class.label();
    let summary = drug.summary.clone();
    let body = move || {
        drawn
            .get()
            .then(|| view! { <CardPanelBody drug=drug.clone()/> })
    };

    view! {
        <article class="card" id=format!("drug-{id}")>
            <h3 class="card-heading">
                <button
                    type="button"
                    class="card-toggle"
                    id=button_id.clone()
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=toggle
                >
                    <span class="card-name">{generic}</span>
                    <span class="card-brand">{brands}</span>
                    <span class="card-class">{class}</span>
                    <span class="card-icon" aria-hidden="true"></span>
                </button>
            </h3>
            <p class="card-summary">{summary}</p>
            <div class="card-panel" id=panel_id hidden=move || !open.get()>
                {body}
            </div>
        </article>
    }
}
