//! The care-team card: the numbers the reader typed, as `tel:` links, and the form to type
//! them; then the national helplines, as sourced content, apart from the reader's own.

use super::page::Kit;
use her2_pack::toolkit::store::Contact;
use her2_pack::words::toolkit;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The number for a `tel:` link: digits, and `+`, `*`, `#` as typed.
pub fn tel(phone: &str) -> String {
    let kept: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || "+*#".contains(*c))
        .collect();
    format!("tel:{kept}")
}

/// The numbers the reader filled in (their first is the one to call at any hour).
pub fn numbers(kit: Kit) -> Vec<Contact> {
    kit.data.with(|d| {
        d.care_team
            .iter()
            .filter(|c| !c.phone.trim().is_empty())
            .cloned()
            .collect()
    })
}

/// The rows of the form: the kept ones, or three suggested names while none is kept.
fn rows(kit: Kit) -> Vec<Contact> {
    let kept = kit.data.with(|d| d.care_team.clone());
    if !kept.is_empty() {
        return kept;
    }
    let t = toolkit();
    [t.team_24h, t.team_nurse, t.team_pharmacy]
        .into_iter()
        .map(|name| Contact {
            name: name.to_string(),
            phone: String::new(),
        })
        .collect()
}

/// Sets one field of row `i` (the suggested rows become kept rows at the first edit).
fn edit(kit: Kit, i: usize, f: impl FnOnce(&mut Contact)) {
    let mut all = rows(kit);
    if let Some(c) = all.get_mut(i) {
        f(c);
    }
    kit.change(|d| d.care_team = all);
}

pub fn section(pack: Arc<Pack>, kit: Kit) -> impl IntoView {
    let t = toolkit();
    let count = move || rows(kit).len();
    let add = move |_| {
        let mut all = rows(kit);
        all.push(Contact {
            name: String::new(),
            phone: String::new(),
        });
        kit.change(|d| d.care_team = all);
    };
    let pack_for_card = pack.clone();
    // The medicines the reader ticked, on the card with the numbers.
    let treatments = move || {
        let names: Vec<String> = kit.data.with(|d| {
            d.drugs
                .iter()
                .filter_map(|id| pack_for_card.drug(id))
                .map(|d| d.display_name())
                .chain(Some(d.other_treatments.trim().to_string()).filter(|o| !o.is_empty()))
                .collect()
        });
        (!names.is_empty()).then(|| {
            view! { <p class="tk-card-drugs" id="care-team-drugs">{t.summary_drugs}": "{names.join(", ")}</p> }
        })
    };
    let card = move || {
        let list = numbers(kit);
        if list.is_empty() {
            return view! { <p class="tk-empty">{t.team_empty}</p> }.into_any();
        }
        view! {
            <ul class="tk-numbers">
                {list
                    .into_iter()
                    .map(|c| {
                        let href = tel(&c.phone);
                        view! {
                            <li>
                                <a class="tk-tel" href=href>
                                    <span class="tk-tel-name">{c.name}</span>
                                    " "
                                    <span class="tk-tel-number">{c.phone}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect::<Vec<_>>()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section id="care-team" class="tk-section" aria-labelledby="care-team-title">
            <h2 id="care-team-title">{t.team_heading}</h2>
            {card}
            {treatments}
            <p>{t.team_intro}</p>
            <For each=move || 0..count() key=|i| *i let:i>
                <div class="tk-contact">
                    <label for=format!("contact-{i}-name")>{t.contact_name}</label>
                    <input
                        id=format!("contact-{i}-name")
                        type="text"
                        autocomplete="off"
                        prop:value=move || rows(kit).get(i).map(|c| c.name.clone()).unwrap_or_default()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit(kit, i, |c| c.name = v);
                        }
                    />
                    <label for=format!("contact-{i}-phone")>{t.contact_phone}</label>
                    <input
                        id=format!("contact-{i}-phone")
                        type="tel"
                        autocomplete="off"
                        prop:value=move || rows(kit).get(i).map(|c| c.phone.clone()).unwrap_or_default()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            edit(kit, i, |c| c.phone = v);
                        }
                    />
                    <button
                        type="button"
                        class="button button-secondary button-small"
                        on:click=move |_| {
                            let mut all = rows(kit);
                            if i < all.len() {
                                all.remove(i);
                            }
                            kit.change(|d| d.care_team = all);
                        }
                    >
                        {t.contact_remove}
                    </button>
                </div>
            </For>
            <button type="button" class="button" id="contact-add" on:click=add>{t.contact_add}</button>
            <div class="tk-contact">
                <label for="other-treatments">{t.other_treatments}</label>
                <input
                    id="other-treatments"
                    type="text"
                    autocomplete="off"
                    aria-describedby="other-treatments-hint"
                    prop:value=move || kit.data.with(|d| d.other_treatments.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        kit.change(|d| d.other_treatments = v);
                    }
                />
                <p class="tk-hint" id="other-treatments-hint">{t.other_treatments_hint}</p>
            </div>
            {helplines(&pack)}
        </section>
    }
}

/// The national helplines, when the pack has any: sourced content, never the reader's team.
fn helplines(pack: &Pack) -> Option<AnyView> {
    let t = toolkit();
    // Read here, not with the rest of the pack (model/later.rs).
    let Ok(helplines) = pack.helplines.get() else {
        return Some(view! { <p class="tk-problem" role="status">{her2_pack::words::words().part_unreadable}</p> }.into_any());
    };
    if helplines.is_empty() {
        return None;
    }
    let list = helplines
        .into_iter()
        .map(|h| {
            let hours = match h.hours.is_empty() {
                true => t.hours_unconfirmed.to_string(),
                false => format!("{}{}", t.hours, h.hours),
            };
            let hours = view! { <p>{hours}</p> };
            view! {
                <li class="tk-helpline">
                    <p>
                        <strong>{h.name.clone()}</strong>
                        " · "
                        <a class="tk-tel" href=format!("tel:{}", h.tel)>{h.phone.clone()}</a>
                        " · "
                        {h.country.clone()}
                    </p>
                    <p>{h.about.clone()}</p>
                    {hours}
                    <p class="tk-source">
                        {t.source}
                        <a href=h.source.url.clone() rel="noopener" target="_blank">{h.source.title.clone()}</a>
                    </p>
                </li>
            }
        })
        .collect::<Vec<_>>();
    Some(
        view! {
            <div class="tk-helplines" id="helplines">
                <h3>{t.helplines_heading}</h3>
                <p>{t.helplines_intro}</p>
                <ul>{list}</ul>
            </div>
        }
        .into_any(),
    )
}
