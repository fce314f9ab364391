//! One drug explainer card: the WAI-ARIA accordion pattern (`<h3><button aria-expanded
//! aria-controls>`), with the panel kept in the DOM and toggled with `hidden`.

use crate::app::OpenCards;
use crate::components::course_timeline::CourseTimeline;
use crate::components::markdown::{Markdown, TermsUsed};
use crate::components::provenance::Provenance;
use crate::dom;
use crate::strings;
use her2_pack::route::View;
use her2_pack::Drug;
use leptos::prelude::*;

fn join<T>(items: &[T], label: impl Fn(&T) -> &str) -> String {
    items.iter().map(label).collect::<Vec<_>>().join("; ")
}

/// The short facts shown at the top of an open card.
fn key_facts(drug: &Drug) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        (strings::FACT_CLASS, drug.class.label().to_string()),
        (strings::FACT_ROUTE, join(&drug.routes, |r| r.label())),
        (strings::FACT_SCHEDULE, drug.schedule.clone()),
    ];
    if let Some(chair) = &drug.time_in_chair {
        facts.push((strings::FACT_CHAIR, chair.clone()));
    }
    if let Some(course) = &drug.course {
        facts.push((strings::FACT_COURSE, course.clone()));
    }
    facts.push((strings::FACT_CANCERS, join(&drug.cancers, |c| c.label())));
    let mut first = drug.first_us_approval.to_string();
    if drug.accelerated {
        first.push_str(&format!(" ({})", strings::ACCELERATED_NOTE));
    }
    facts.push((strings::FACT_FIRST_APPROVAL, first));
    let boxed = if drug.boxed_warnings.is_empty() {
        strings::NONE.to_string()
    } else {
        drug.boxed_warnings.join(", ")
    };
    facts.push((strings::FACT_BOXED, boxed));
    if let Some(c) = &drug.contraception {
        facts.push((strings::FACT_CONTRACEPTION, c.clone()));
    }
    facts
}

#[component]
pub fn DrugCard(drug: Drug) -> impl IntoView {
    let OpenCards(open_set) = expect_context::<OpenCards>();
    let terms = TermsUsed::new();
    let id = drug.id.clone();
    let button_id = format!("drug-{id}-button");
    let panel_id = format!("drug-{id}-panel");
    let open = {
        let id = id.clone();
        Memo::new(move |_| open_set.with(|s| s.contains(&id)))
    };
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
    let facts = key_facts(&drug);
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
                    <span class="card-name">{drug.generic.clone()}</span>
                    <span class="card-brand">{brands}</span>
                    <span class="card-class">{drug.class.label()}</span>
                    <span class="card-icon" aria-hidden="true"></span>
                </button>
            </h3>
            <p class="card-summary">{drug.summary.clone()}</p>
            <div class="card-panel" id=panel_id hidden=move || !open.get()>
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
            </div>
        </article>
    }
}
