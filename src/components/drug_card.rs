//! One drug explainer card: the WAI-ARIA accordion pattern (`<h3><button aria-expanded
//! aria-controls>`), with the panel kept in the DOM and toggled with `hidden`; its contents are
//! drawn on first open, as one piece of markup.

use crate::components::course_timeline::timeline_figure;
use crate::components::markdown::{prose_html, Terms, TermsUsed};
use crate::dom;
use crate::state::OpenCards;
use her2_pack::render::markup::card_panel_inner;
use her2_pack::route::View;
use her2_pack::Drug;
use leptos::prelude::*;

/// What an open card shows: key facts, the course timeline, the sections, biosimilars,
/// questions and sources, as markup from `her2_pack::render::markup` (the same the first screen and the
/// baseline page show), with glossary terms marked once per card.
fn panel_html(drug: &Drug, index: Option<Terms>) -> String {
    let terms = TermsUsed::new();
    let timeline = timeline_figure(drug)
        .map(|f| f.markup())
        .unwrap_or_default();
    let mut html = String::new();
    card_panel_inner(&mut html, drug, &timeline, dom::today(), |body| {
        prose_html(index.clone(), body, 3, Some(terms))
    });
    html
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
    // Drawn the first time the card opens, then kept.
    let index = use_context::<Terms>();
    let body = Memo::new(move |_| {
        if drawn.get() {
            panel_html(&drug, index.clone())
        } else {
            String::new()
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
                    <span class="card-name">{generic}</span>
                    <span class="card-brand">{brands}</span>
                    <span class="card-class">{class}</span>
                    <span class="card-icon" aria-hidden="true"></span>
                </button>
            </h3>
            <p class="card-summary">{summary}</p>
            <div
                class="card-panel"
                id=panel_id
                hidden=move || !open.get()
                inner_html=move || body.get()
            ></div>
        </article>
    }
}
