//! The page: its state (the reader's data, and whether it is being kept) and its sections in
//! order, the care team first.

use super::storage::{self, Kept};
use super::{calendar, care_team, data_file, diary, summary, when_to_call};
use crate::dom;
use her2_pack::model::date::Date;
use her2_pack::toolkit::store::Data;
use her2_pack::words::{toolkit, words};
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// The page's state, shared by its sections.
#[derive(Clone, Copy)]
pub struct Kit {
    pub data: RwSignal<Data>,
    /// Set when the browser does not keep what the reader types (checked at open and at
    /// every save).
    pub not_kept: RwSignal<bool>,
    /// The kept text, when it could not be read: left untouched, nothing is saved over it.
    pub broken: RwSignal<Option<String>>,
    pub today: Date,
}

impl Kit {
    /// A button that removes the `i`th item of one of the data's lists (a plan, a diary entry).
    pub fn remove_button<T: 'static>(
        self,
        label: &'static str,
        i: usize,
        list: fn(&mut Data) -> &mut Vec<T>,
    ) -> impl IntoView {
        let remove = move |_| {
            self.change(|d| {
                let items = list(d);
                if i < items.len() {
                    items.remove(i);
                }
            })
        };
        view! {
            <button type="button" class="button button-secondary button-small" on:click=remove>
                {label}
            </button>
        }
    }

    /// Changes the data and keeps it, reading it back.
    pub fn change(&self, f: impl FnOnce(&mut Data)) {
        self.data.update(f);
        self.save();
    }

    /// Keeps the data as it is now (never over kept text that could not be read).
    pub fn save(&self) {
        if self.broken.get_untracked().is_none() {
            let kept = self.data.with_untracked(storage::save);
            self.not_kept.set(!kept);
        }
    }
}

/// Today on the device's clock.
pub fn today() -> Date {
    dom::today().unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// Opens the print dialogue (print CSS prints the summary and the calendar).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

pub fn page(pack: Arc<Pack>) -> AnyView {
    let t = toolkit();
    let (data, broken) = match storage::load() {
        Kept::Data(data) => (data, None),
        Kept::Broken(text) => (Data::default(), Some(text)),
    };
    let kit = Kit {
        data: RwSignal::new(data),
        not_kept: RwSignal::new(!storage::works()),
        broken: RwSignal::new(broken),
        today: today(),
    };
    view! {
        <div class="tk-page">
            <h1 id="my-title" tabindex="-1">{words().nav_my_treatment}</h1>
            <p class="lede">{t.intro}</p>
            <p class="tk-private">{t.private_note}</p>
            {data_file::alerts(kit)}
            {care_team::section(pack.clone(), kit)}
            {when_to_call::section(pack.clone(), kit)}
            {diary::section(pack.clone(), kit)}
            {calendar::section(pack.clone(), kit)}
            {summary::section(pack, kit)}
            {data_file::section(kit)}
        </div>
    }
    .into_any()
}
