//! One drug card in the app: the shared card (`her2_pack::render::home::DrugCard`, also drawn
//! at build time for the first screen) opened and closed through the shared open-cards state,
//! with its contents drawn on first open, as one piece of markup.

use crate::components::course_timeline::timeline_figure;
use crate::components::markdown::{prose_html, Terms, TermsUsed};
use crate::dom;
use crate::state::OpenCards;
use her2_pack::render::home::DrugCard;
use her2_pack::render::markup::card_panel_inner;
use her2_pack::route::View;
use her2_pack::{Drug, Translation};
use leptos::prelude::*;
use std::sync::Arc;

/// What an open card shows: key facts, the course timeline, the sections, biosimilars,
/// questions and sources, as markup from `her2_pack::render::markup` (the same the first screen's
/// panel files and the baseline page show), with glossary terms marked once per card.
fn panel_html(drug: &Drug, translation: Option<&Translation>, index: Option<Terms>) -> String {
    let terms = TermsUsed::new();
    let timeline = timeline_figure(drug)
        .map(|f| f.markup())
        .unwrap_or_default();
    let mut html = String::new();
    card_panel_inner(
        &mut html,
        drug,
        translation,
        &timeline,
        dom::today(),
        |body| prose_html(index.clone(), body, 3, Some(terms)),
    );
    html
}

/// The card for `drug`, in its list item, hidden while `filtered_out`; `translation` is the
/// pack's (a translated card says so).
pub fn card_item(
    drug: Drug,
    translation: Option<Arc<Translation>>,
    filtered_out: impl Fn() -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let OpenCards(open_set) = expect_context::<OpenCards>();
    let id = drug.id.clone();
    let open = {
        let id = id.clone();
        Memo::new(move |_| open_set.with(|s| s.contains(&id)))
    };
    // A card's contents are drawn the first time it opens (most readers open a few of the
    // cards), which keeps the home view small and quick to start; once drawn they stay.
    let drawn = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    let toggle = move || {
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
    };
    let index = use_context::<Terms>();
    let panel = {
        let drug = drug.clone();
        Memo::new(move |_| match drawn.get() {
            true => panel_html(&drug, translation.as_deref(), index.clone()),
            false => String::new(),
        })
    };
    view! {
        <DrugCard
            drug=drug
            open=move || open.get()
            filtered_out=filtered_out
            panel=move || panel.get()
            on_toggle=toggle
        />
    }
}
