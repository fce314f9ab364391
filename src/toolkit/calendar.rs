//! The treatment calendar: a plan per medicine (from its card's usual schedule, always
//! editable), the coming doses and check-ups as a list and a month table, an `.ics` file for
//! the reader's calendar app, and print.

use super::data_file::download;
use super::page::{print, Kit};
use her2_pack::model::date::{readable, Date};
use her2_pack::render::timeline::Phase;
use her2_pack::toolkit::calendar::{events, to_ics, undated, End, Event, EventKind, Plan};
use her2_pack::words::toolkit;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Days the "coming up" list covers.
const COMING_DAYS: i64 = 56;

/// What an event is, in words.
fn label(pack: &Pack, e: &Event) -> String {
    let t = toolkit();
    let name = pack
        .drug(&e.drug)
        .map(|d| d.display_name())
        .unwrap_or_else(|| e.drug.clone());
    match &e.kind {
        EventKind::Dose { number } => (t.cal_dose_n)(&name, *number),
        EventKind::Check {
            test,
            phase: Phase::Before,
        } => (t.cal_check_before)(&name, test),
        EventKind::Check { test, .. } => (t.cal_check)(&name, test),
    }
}

/// The first day of the month of `day`, and the first of the next month.
fn month_bounds(year: u16, month: u8) -> (Date, Date) {
    let first = Date {
        year,
        month,
        day: 1,
    };
    let next = if month >= 12 {
        Date {
            year: year.saturating_add(1),
            month: 1,
            day: 1,
        }
    } else {
        Date {
            year,
            month: month + 1,
            day: 1,
        }
    };
    (first, next)
}

/// Monday 0 … Sunday 6 (1 January 1970 was a Thursday).
fn weekday(day: Date) -> usize {
    usize::try_from((day.to_unix_days() + 3).rem_euclid(7)).unwrap_or(0)
}

/// Sets a field of plan `i`.
fn edit(kit: Kit, i: usize, f: impl FnOnce(&mut Plan)) {
    kit.change(|d| {
        if let Some(p) = d.plans.get_mut(i) {
            f(p);
        }
    });
}

fn plan_field(
    kit: Kit,
    i: usize,
    f: impl Fn(&Plan) -> String + Send + Sync + 'static,
) -> impl Fn() -> String {
    move || {
        kit.data
            .with(|d| d.plans.get(i).map(&f).unwrap_or_default())
    }
}

pub fn section(pack: Arc<Pack>, kit: Kit) -> impl IntoView {
    let t = toolkit();
    let count = move || kit.data.with(|d| d.plans.len());
    let name_of = {
        let pack = pack.clone();
        move |i: usize| {
            kit.data.with(|d| {
                d.plans
                    .get(i)
                    .map(|p| {
                        pack.drug(&p.drug)
                            .map(|d| d.display_name())
                            .unwrap_or_else(|| p.drug.clone())
                    })
                    .unwrap_or_default()
            })
        }
    };
    // Buttons to plan each ticked medicine that has no plan yet.
    let to_plan = {
        let pack = pack.clone();
        move || {
            let waiting: Vec<(String, String)> = kit.data.with(|d| {
                d.drugs
                    .iter()
                    .filter(|id| !d.plans.iter().any(|p| &p.drug == *id))
                    .filter_map(|id| pack.drug(id))
                    .map(|drug| (drug.id.clone(), drug.display_name()))
                    .collect()
            });
            let pack = pack.clone();
            waiting
                .into_iter()
                .map(|(id, name)| {
                    let pack = pack.clone();
                    let add = move |_| {
                        if let Some(drug) = pack.drug(&id) {
                            let plan = Plan::from_card(drug, kit.today);
                            kit.change(|d| d.plans.push(plan));
                        }
                    };
                    view! { <button type="button" class="button" class:tk-plan-add=true on:click=add>{(t.cal_plan)(&name)}</button> " " }
                })
                .collect::<Vec<_>>()
        }
    };
    let coming = {
        let pack = pack.clone();
        move || {
            let (list, daily) = kit.data.with(|d| {
                let to = kit.today.add_days(COMING_DAYS);
                // A daily medicine is one line, not one per day; its check-ups stay dated.
                let daily: Vec<&Plan> = d
                    .plans
                    .iter()
                    .filter(|p| p.every_days == Some(1) && !p.doses(kit.today, to).is_empty())
                    .collect();
                let list: Vec<Event> = events(&d.plans, &pack, kit.today, to)
                    .into_iter()
                    .filter(|e| {
                        !(matches!(e.kind, EventKind::Dose { .. })
                            && daily.iter().any(|p| p.drug == e.drug))
                    })
                    .collect();
                let daily: Vec<String> = daily
                    .iter()
                    .map(|p| {
                        let name = pack
                            .drug(&p.drug)
                            .map(|d| d.display_name())
                            .unwrap_or_else(|| p.drug.clone());
                        let last = p.last_day().map(|d| readable(&d.iso()));
                        (t.cal_daily)(&name, last.as_deref())
                    })
                    .collect();
                (list, daily)
            });
            if list.is_empty() && daily.is_empty() {
                return view! { <p class="tk-empty">{t.cal_nothing}</p> }.into_any();
            }
            let daily = daily
                .into_iter()
                .map(|line| view! { <li class="tk-daily">{line}</li> })
                .collect::<Vec<_>>();
            let items = list
                .iter()
                .map(|e| {
                    view! {
                        <li>
                            <time datetime=e.date.iso()>{readable(&e.date.iso())}</time>
                            ": "
                            {label(&pack, e)}
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            view! { <ul class="tk-coming">{daily}{items}</ul> }.into_any()
        }
    };
    // The card's check-ups with no fixed gap: in words, never as made-up dates.
    let loose = {
        let pack = pack.clone();
        move || {
            let items: Vec<String> = kit.data.with(|d| {
                d.plans
                    .iter()
                    .filter_map(|p| pack.drug(&p.drug))
                    .flat_map(|drug| {
                        let name = drug.display_name();
                        undated(drug)
                            .into_iter()
                            .map(move |m| format!("{name}: {} ({})", m.test, m.when))
                    })
                    .collect()
            });
            (!items.is_empty()).then(|| {
                view! {
                    <p>{t.cal_undated}</p>
                    <ul class="tk-coming">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect::<Vec<_>>()}</ul>
                }
            })
        }
    };
    let shown = RwSignal::new((kit.today.year, kit.today.month));
    let step = move |by: i32| {
        shown.update(|(y, m)| {
            let index = i32::from(*y) * 12 + i32::from(*m) - 1 + by;
            *y = u16::try_from(index.div_euclid(12)).unwrap_or(*y);
            *m = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
        })
    };
    let month = {
        let pack = pack.clone();
        move || {
            let (year, m) = shown.get();
            let (first, next) = month_bounds(year, m);
            let list = kit
                .data
                .with(|d| events(&d.plans, &pack, first, next.add_days(-1)));
            let lead = weekday(first);
            let length = first.days_until(next);
            let cells: Vec<Option<Date>> = (0..lead)
                .map(|_| None)
                .chain((0..length).map(|k| Some(first.add_days(k))))
                .collect();
            let rows = cells
                .chunks(7)
                .map(|week| {
                    let tds = (0..7)
                        .map(|k| match week.get(k).copied().flatten() {
                            None => view! { <td></td> }.into_any(),
                            Some(day) => {
                                let marks = list
                                    .iter()
                                    .filter(|e| e.date == day)
                                    .map(|e| view! { <li>{label(&pack, e)}</li> })
                                    .collect::<Vec<_>>();
                                let class = if day == kit.today { "tk-today" } else { "" };
                                let has = !marks.is_empty();
                                view! {
                                    <td class=class>
                                        <span class="tk-daynum">{day.day}</span>
                                        {has.then(|| view! { <ul>{marks}</ul> })}
                                    </td>
                                }
                                .into_any()
                            }
                        })
                        .collect::<Vec<_>>();
                    view! { <tr>{tds}</tr> }
                })
                .collect::<Vec<_>>();
            view! {
                <table class="tk-month" id="calendar-month">
                    <caption>{(t.cal_month)(year, m)}</caption>
                    <thead>
                        <tr>
                            {t.cal_weekdays
                                .iter()
                                .map(|d| view! { <th scope="col">{*d}</th> })
                                .collect::<Vec<_>>()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        }
    };
    let ics = {
        let pack = pack.clone();
        move |_| {
            let text = kit.data.with_untracked(|d| {
                let from = d.plans.iter().map(|p| p.start).min().unwrap_or(kit.today);
                let now = (js_sys::Date::now() / 1000.0).floor() as i64;
                to_ics(&d.plans, &pack, from, kit.today.add_days(730), now)
            });
            download("her2-guide-calendar.ics", "text/calendar", &text);
        }
    };
    view! {
        <section id="calendar" class="tk-section tk-print" aria-labelledby="calendar-title">
            <h2 id="calendar-title">{t.cal_heading}</h2>
            <p class="tk-team-first"><strong>{t.cal_team_first}</strong></p>
            <p class="tk-no-print">{to_plan}</p>
            <For each=move || 0..count() key=|i| *i let:i>
                <fieldset class="tk-plan tk-no-print">
                    <legend>{
                        let name_of = name_of.clone();
                        move || name_of(i)
                    }</legend>
                    <label for=format!("plan-{i}-start")>{t.cal_start}</label>
                    <input
                        id=format!("plan-{i}-start")
                        type="date"
                        prop:value=plan_field(kit, i, |p| p.start.iso())
                        on:change=move |ev| {
                            if let Ok(day) = Date::parse(&event_target_value(&ev)) {
                                edit(kit, i, |p| p.start = day);
                            }
                        }
                    />
                    <label for=format!("plan-{i}-every")>{t.cal_every}</label>
                    <input
                        id=format!("plan-{i}-every")
                        type="number"
                        min="1"
                        inputmode="numeric"
                        prop:value=plan_field(kit, i, |p| p.every_days.map(|n| n.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let every = event_target_value(&ev).trim().parse::<u32>().ok().filter(|n| *n > 0);
                            edit(kit, i, |p| p.every_days = every);
                        }
                    />
                    <label for=format!("plan-{i}-doses")>{t.cal_doses}</label>
                    <input
                        id=format!("plan-{i}-doses")
                        type="number"
                        min="1"
                        inputmode="numeric"
                        prop:value=plan_field(kit, i, |p| match p.end {
                            End::Doses(n) => n.to_string(),
                            _ => String::new(),
                        })
                        on:change=move |ev| {
                            let doses = event_target_value(&ev).trim().parse::<u32>().ok().filter(|n| *n > 0);
                            edit(kit, i, |p| {
                                p.end = match doses {
                                    Some(n) => End::Doses(n),
                                    None => End::Open,
                                }
                            });
                        }
                    />
                    {kit.remove_button(t.cal_remove, i, |d| &mut d.plans)}
                </fieldset>
            </For>
            <h3>{t.cal_coming}</h3>
            <div id="calendar-coming">{coming}</div>
            <div id="calendar-undated">{loose}</div>
            <div class="tk-month-nav tk-no-print">
                <button type="button" class="button button-secondary" id="calendar-prev" on:click=move |_| step(-1)>{t.cal_prev}</button>
                " "
                <button type="button" class="button button-secondary" id="calendar-next" on:click=move |_| step(1)>{t.cal_next}</button>
            </div>
            <div class="tk-month-wrap">{month}</div>
            <p class="tk-actions tk-no-print">
                <button type="button" class="button" id="calendar-ics" on:click=ics>{t.cal_download}</button>
                " "
                <button type="button" class="button button-secondary" on:click=move |_| print()>{t.print}</button>
            </p>
        </section>
    }
}
