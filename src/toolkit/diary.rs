//! The symptom diary: an entry in seconds (day, symptom, how bad, a note), the entries by day
//! newest first, a picture of the last 4 weeks per symptom, and the "call now" alert when an
//! entry matches one of the reader's call-now signs.

use super::care_team::{numbers, tel};
use super::page::Kit;
use super::when_to_call::tiers;
use her2_pack::model::date::{readable, Date};
use her2_pack::model::SectionKind;
use her2_pack::toolkit::store::{Entry, Severity};
use her2_pack::toolkit::units::in_units;
use her2_pack::toolkit::when_to_call::{call_now_match, signs_of, TIERS};
use her2_pack::words::toolkit;
use her2_pack::Pack;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Days the picture shows.
const DAYS: usize = 28;

/// The word for a severity (an old entry may have none).
pub fn severity_label(s: Option<Severity>) -> &'static str {
    let t = toolkit();
    match s {
        None => t.severity_unknown,
        Some(s) => s.label(),
    }
}

fn severity_key(s: Severity) -> &'static str {
    match s {
        Severity::None => "none",
        Severity::Mild => "mild",
        Severity::Moderate => "moderate",
        Severity::Severe => "severe",
        Severity::VerySevere => "very-severe",
    }
}

/// The symptoms to choose from: the side effects and call-now signs of the reader's medicines.
fn choices(pack: &Pack, kit: Kit) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    kit.data.with(|d| {
        for drug in d.drugs.iter().filter_map(|id| pack.drug(id)) {
            for kind in [SectionKind::SideEffects, TIERS[0]] {
                for s in signs_of(drug, kind) {
                    if !out.contains(&s) {
                        out.push(s);
                    }
                }
            }
        }
    });
    out
}

pub fn section(pack: Arc<Pack>, kit: Kit) -> impl IntoView {
    let t = toolkit();
    let date = RwSignal::new(kit.today.iso());
    let symptom = RwSignal::new(String::new());
    let severity = RwSignal::new(None::<Severity>);
    let note = RwSignal::new(String::new());
    // What the last save said: a status, a problem with the form, or a call-now sign.
    let status = RwSignal::new(None::<&'static str>);
    let problem = RwSignal::new(None::<&'static str>);
    let call_now = RwSignal::new(None::<String>);
    let pack_for_add = pack.clone();
    let add = move |_| {
        status.set(None);
        call_now.set(None);
        let text = symptom.get_untracked().trim().to_string();
        let Some(level) = severity.get_untracked() else {
            problem.set(Some(t.diary_need_severity));
            return;
        };
        if text.is_empty() {
            problem.set(Some(t.diary_need_symptom));
            return;
        }
        problem.set(None);
        let day = Date::parse(&date.get_untracked()).unwrap_or(kit.today);
        let entry = Entry {
            date: day,
            symptom: text.clone(),
            severity: Some(level),
            note: note.get_untracked().trim().to_string(),
        };
        kit.change(|d| {
            d.diary.push(entry);
            d.diary.sort_by_key(|e| e.date);
        });
        let tiers = tiers(&pack_for_add, kit);
        let units = kit.data.with_untracked(|d| d.units);
        let sign = call_now_match(&tiers, &text, level > Severity::None);
        call_now.set(sign.map(|s| in_units(&s.text, &units)));
        status.set(Some(t.diary_added));
        symptom.set(String::new());
        note.set(String::new());
        severity.set(None);
    };
    let options = {
        let pack = pack.clone();
        move || {
            choices(&pack, kit)
                .into_iter()
                .map(|s| view! { <option value=s/> })
                .collect::<Vec<_>>()
        }
    };
    let radios = Severity::ALL
        .into_iter()
        .map(|s| {
            let id = format!("severity-{}", severity_key(s));
            view! {
                <span class="tk-radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name="diary-severity"
                        value=severity_key(s)
                        prop:checked=move || severity.get() == Some(s)
                        on:change=move |_| severity.set(Some(s))
                    />
                    <label for=id>{s.label()}</label>
                </span>
            }
        })
        .collect::<Vec<_>>();
    let alert = move || {
        call_now.get().map(|sign| {
            let call = numbers(kit).into_iter().next().map(|c| {
                let href = tel(&c.phone);
                view! { " " <a class="tk-tel" href=href>{c.name}" "{c.phone}</a> }
            });
            let missing = call.is_none().then_some(t.diary_no_number);
            view! {
                <div class="tk-alert tk-call-now" id="diary-call-now" role="alert">
                    <p><strong>{t.diary_call_now}</strong></p>
                    <p>{sign}</p>
                    <p>{call}{missing}</p>
                </div>
            }
        })
    };
    view! {
        <section id="diary" class="tk-section" aria-labelledby="diary-title">
            <h2 id="diary-title">{t.diary_heading}</h2>
            <div class="tk-form" id="diary-form">
                <label for="diary-date">{t.diary_date}</label>
                <input id="diary-date" type="date" bind:value=date/>
                <label for="diary-symptom">{t.diary_symptom}</label>
                <input
                    id="diary-symptom"
                    type="text"
                    list="diary-symptoms"
                    autocomplete="off"
                    aria-describedby="diary-symptom-hint"
                    bind:value=symptom
                />
                <p class="tk-hint" id="diary-symptom-hint">{t.diary_symptom_hint}</p>
                <datalist id="diary-symptoms">{options}</datalist>
                <fieldset class="tk-choice" id="diary-severity">
                    <legend>{t.diary_severity}</legend>
                    {radios}
                </fieldset>
                <label for="diary-note">{t.diary_note}</label>
                <textarea id="diary-note" rows="2" bind:value=note></textarea>
                <button type="button" class="button" id="diary-add" on:click=add>{t.diary_add}</button>
                <p class="tk-problem" role="alert">{move || problem.get()}</p>
                <p class="tk-status" role="status">{move || status.get()}</p>
                {alert}
            </div>
            {move || picture(kit)}
            <div id="diary-days">{move || days(kit)}</div>
        </section>
    }
}

/// The entries by day, newest first, each with a button to delete it.
fn days(kit: Kit) -> AnyView {
    let t = toolkit();
    let mut by_day: BTreeMap<Date, Vec<(usize, Entry)>> = BTreeMap::new();
    kit.data.with(|d| {
        for (i, e) in d.diary.iter().enumerate() {
            by_day.entry(e.date).or_default().push((i, e.clone()));
        }
    });
    if by_day.is_empty() {
        return view! { <p class="tk-empty">{t.diary_empty}</p> }.into_any();
    }
    by_day
        .into_iter()
        .rev()
        .map(|(day, entries)| {
            let items = entries
                .into_iter()
                .map(|(i, e)| {
                    let note = (!e.note.is_empty())
                        .then(|| view! { <p class="tk-note">{e.note.clone()}</p> });
                    view! {
                        <li class="tk-entry">
                            <span class="tk-symptom">{e.symptom.clone()}</span>
                            " — "
                            <span class="tk-severity">{severity_label(e.severity)}</span>
                            {note}
                            {kit.remove_button(t.diary_delete, i, |d| &mut d.diary)}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! {
                <div class="tk-day">
                    <h3><time datetime=day.iso()>{readable(&day.iso())}</time></h3>
                    <ul>{items}</ul>
                </div>
            }
        })
        .collect::<Vec<_>>()
        .into_any()
}

/// One row of marks per symptom for the last 4 weeks (the worst severity each day), with its
/// sentence as the text alternative.
fn picture(kit: Kit) -> Option<AnyView> {
    let t = toolkit();
    let first = kit.today.add_days(1 - DAYS as i64);
    // Symptom (as first written, matched without case) → worst severity per day.
    let mut rows: Vec<(String, [Option<Option<Severity>>; DAYS])> = Vec::new();
    kit.data.with(|d| {
        for e in d
            .diary
            .iter()
            .filter(|e| first <= e.date && e.date <= kit.today)
        {
            let day = usize::try_from(first.days_until(e.date))
                .unwrap_or(0)
                .min(DAYS - 1);
            let key = e.symptom.to_lowercase();
            let row = match rows.iter().position(|(s, _)| s.to_lowercase() == key) {
                Some(at) => &mut rows[at].1,
                None => {
                    rows.push((e.symptom.clone(), [None; DAYS]));
                    let last = rows.len() - 1;
                    &mut rows[last].1
                }
            };
            row[day] = Some(row[day].flatten().max(e.severity));
        }
    });
    if rows.is_empty() {
        return None;
    }
    let list = rows
        .into_iter()
        .map(|(symptom, marks)| {
            let noted = marks.iter().filter(|m| m.is_some()).count();
            let worst = marks.iter().flatten().max().copied().flatten();
            let alt = (t.diary_row)(&symptom, noted, DAYS, severity_label(worst));
            let cells = marks
                .iter()
                .map(|m| {
                    let class = match m {
                        None => "tk-mark".to_string(),
                        Some(s) => format!("tk-mark tk-sev-{}", s.map_or("unknown", severity_key)),
                    };
                    view! { <span class=class></span> }
                })
                .collect::<Vec<_>>();
            view! {
                <li>
                    <span class="tk-symptom">{symptom}</span>
                    <span class="tk-marks" role="img" aria-label=alt>{cells}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(
        view! {
            <div class="tk-picture" id="diary-picture">
                <h3>{t.diary_weeks}</h3>
                <ul>{list}</ul>
            </div>
        }
        .into_any(),
    )
}
