//! The visit summary: one printable section with the reader's medicines, the diary since a
//! date, their ticked questions and the "mention at the next visit" signs.

use super::diary::severity_label;
use super::page::{print, Kit};
use super::storage;
use super::when_to_call::{tiers, units};
use crate::views::questions::key_of;
use her2_pack::model::date::{readable, Date};
use her2_pack::model::SectionKind;
use her2_pack::toolkit::units::in_units;
use her2_pack::words::toolkit;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Every question the guide offers (general ones, then each card's).
fn all_questions(pack: &Pack) -> Vec<String> {
    // A damaged general list (model/later.rs) leaves the cards' questions.
    pack.questions
        .get()
        .unwrap_or_default()
        .iter()
        .map(|q| q.text.clone())
        .chain(pack.drugs.iter().flat_map(|d| d.questions.iter().cloned()))
        .collect()
}

/// A list, or "Nothing yet." when it is empty.
fn list_or_nothing(items: Vec<String>) -> AnyView {
    if items.is_empty() {
        return view! { <p class="tk-empty">{toolkit().summary_nothing}</p> }.into_any();
    }
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect::<Vec<_>>()}</ul> }
        .into_any()
}

pub fn section(pack: Arc<Pack>, kit: Kit) -> impl IntoView {
    let t = toolkit();
    let since = RwSignal::new(kit.today.add_days(-28).iso());
    let drugs = {
        let pack = pack.clone();
        move || {
            list_or_nothing(kit.data.with(|d| {
                d.drugs
                    .iter()
                    .filter_map(|id| pack.drug(id))
                    .map(|d| d.display_name())
                    .collect()
            }))
        }
    };
    let diary = move || {
        let from = Date::parse(&since.get()).unwrap_or(kit.today.add_days(-28));
        list_or_nothing(kit.data.with(|d| {
            d.diary
                .iter()
                .filter(|e| e.date >= from)
                .map(|e| {
                    let note = if e.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", e.note)
                    };
                    format!(
                        "{}: {} — {}{note}",
                        readable(&e.date.iso()),
                        e.symptom,
                        severity_label(e.severity)
                    )
                })
                .collect()
        }))
    };
    let questions = {
        let pack = pack.clone();
        move || {
            // Read again when the data changes (an import adds questions).
            kit.data.track();
            let keys = storage::questions();
            let mut mine: Vec<String> = all_questions(&pack)
                .into_iter()
                .filter(|q| keys.contains(&key_of(q)))
                .collect();
            mine.dedup();
            list_or_nothing(mine)
        }
    };
    let mention = move || {
        let u = units(kit);
        list_or_nothing(
            tiers(&pack, kit)
                .into_iter()
                .filter(|tier| tier.kind == SectionKind::NextVisit)
                .flat_map(|tier| tier.signs)
                .map(|s| in_units(&s.text, &u))
                .collect(),
        )
    };
    view! {
        <section id="summary" class="tk-section tk-print" aria-labelledby="summary-title">
            <h2 id="summary-title">{t.summary_heading}</h2>
            <p class="tk-no-print">
                <label for="summary-since">{t.summary_since}</label>
                " "
                <input id="summary-since" type="date" bind:value=since/>
            </p>
            <h3>{t.summary_drugs}</h3>
            <div id="summary-drugs">{drugs}</div>
            <h3>{t.summary_diary}</h3>
            <div id="summary-diary">{diary}</div>
            <h3>{t.summary_questions}</h3>
            <div id="summary-questions">{questions}</div>
            <h3>{t.summary_mention}</h3>
            <div id="summary-mention">{mention}</div>
            <p class="tk-no-print">
                <button type="button" class="button" id="summary-print" on:click=move |_| print()>{t.print}</button>
            </p>
        </section>
    }
}
