//! My medicines (the ones the reader ticks), the units they read in, and the "when to call"
//! signs of those medicines merged into one list per tier, each linked to its cards.

use super::page::Kit;
use her2_pack::model::SectionKind;
use her2_pack::route::View;
use her2_pack::toolkit::units::{in_units, Temperature, Units, Weight};
use her2_pack::toolkit::when_to_call::{when_to_call, Tier};
use her2_pack::words::toolkit;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The merged tiers for the reader's medicines.
pub fn tiers(pack: &Pack, kit: Kit) -> Vec<Tier> {
    kit.data.with(|d| when_to_call(pack, &d.drugs))
}

/// The reader's units.
pub fn units(kit: Kit) -> Units {
    kit.data.with(|d| d.units)
}

/// A radio group of one unit choice.
fn unit_group<T: Copy + PartialEq + Send + Sync + 'static>(
    kit: Kit,
    name: &'static str,
    legend: &'static str,
    choices: [(Option<T>, &'static str); 3],
    get: fn(&Units) -> Option<T>,
    set: fn(&mut Units, Option<T>),
) -> impl IntoView {
    let t = toolkit();
    view! {
        <fieldset class="tk-choice">
            <legend>{legend}</legend>
            {choices
                .into_iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = format!("{name}-{i}");
                    let label = if value.is_none() { t.units_both } else { label };
                    view! {
                        <span class="tk-radio">
                            <input
                                type="radio"
                                id=id.clone()
                                name=name
                                prop:checked=move || get(&units(kit)) == value
                                on:change=move |_| kit.change(|d| set(&mut d.units, value))
                            />
                            <label for=id>{label}</label>
                        </span>
                    }
                })
                .collect::<Vec<_>>()}
        </fieldset>
    }
}

pub fn section(pack: Arc<Pack>, kit: Kit) -> impl IntoView {
    let t = toolkit();
    let drugs = pack
        .drugs
        .iter()
        .map(|d| {
            let id = d.id.clone();
            let input_id = format!("my-drug-{}", d.id);
            let checked = {
                let id = id.clone();
                move || kit.data.with(|data| data.drugs.contains(&id))
            };
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=checked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            let id = id.clone();
                            kit.change(|data| {
                                data.drugs.retain(|d| *d != id);
                                if on {
                                    data.drugs.push(id);
                                }
                            });
                        }
                    />
                    <label for=input_id>{d.display_name()}</label>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let list = move || {
        let tiers = tiers(&pack, kit);
        if tiers.iter().all(|tier| tier.signs.is_empty()) {
            return view! { <p class="tk-empty">{t.wtc_pick}</p> }.into_any();
        }
        let u = units(kit);
        tiers
            .into_iter()
            .filter(|tier| !tier.signs.is_empty())
            .map(|tier| {
                let signs = tier
                    .signs
                    .into_iter()
                    .map(|sign| {
                        let links = sign
                            .drugs
                            .iter()
                            .filter_map(|id| pack.drug(id))
                            .map(|d| {
                                view! { " " <a href=View::Drug(d.id.clone()).href()>{d.generic.clone()}</a> }
                            })
                            .collect::<Vec<_>>();
                        view! {
                            <li>
                                {in_units(&sign.text, &u)}
                                <span class="tk-from">" (" {t.wtc_from} {links} ")"</span>
                            </li>
                        }
                    })
                    .collect::<Vec<_>>();
                // Not `{:?}`: the release build formats Debug as nothing (-Zfmt-debug=none).
                let kind = match tier.kind {
                    SectionKind::CallNow => "tk-tier tk-tier-callnow",
                    SectionKind::CallToday => "tk-tier tk-tier-calltoday",
                    _ => "tk-tier tk-tier-nextvisit",
                };
                view! {
                    <div class=kind>
                        <h3>{tier.kind.title()}</h3>
                        <ul>{signs}</ul>
                    </div>
                }
            })
            .collect::<Vec<_>>()
            .into_any()
    };
    view! {
        <section id="my-drugs" class="tk-section" aria-labelledby="my-drugs-title">
            <h2 id="my-drugs-title">{t.drugs_heading}</h2>
            <fieldset class="tk-drugs">
                <legend>{t.drugs_legend}</legend>
                <ul role="list">{drugs}</ul>
            </fieldset>
        </section>
        <section id="when-to-call" class="tk-section" aria-labelledby="when-to-call-title">
            <h2 id="when-to-call-title">{t.wtc_heading}</h2>
            <div class="tk-units">
                {unit_group(
                    kit,
                    "unit-temp",
                    t.units_temperature,
                    [(None, ""), (Some(Temperature::Celsius), "°C"), (Some(Temperature::Fahrenheit), "°F")],
                    |u| u.temperature,
                    |u, v| u.temperature = v,
                )}
                {unit_group(
                    kit,
                    "unit-weight",
                    t.units_weight,
                    [(None, ""), (Some(Weight::Kg), "kg"), (Some(Weight::Lb), "lb")],
                    |u| u.weight,
                    |u, v| u.weight = v,
                )}
            </div>
            <div id="when-to-call-list">{list}</div>
        </section>
    }
}
