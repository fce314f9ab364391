//! "My treatment": the reader's own care-team card, when to call, symptom diary, calendar and
//! visit summary, kept only on this device; its code is a wasm module of its own, fetched the
//! first time the page is opened (like the other pages', see `views::other_pages`).

mod calendar;
mod care_team;
mod data_file;
mod diary;
mod page;
mod storage;
mod summary;
mod when_to_call;

use crate::views::other_pages::{split_page_view, NotLoaded};
use her2_pack::route::View;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Draws the page (its code, and the words only it uses, live in the split-off module).
#[leptos::wasm_split::wasm_split(my_treatment, wasm_split_path = ::leptos::wasm_split, fallible)]
fn my_treatment_page(pack: Arc<Pack>) -> Result<AnyView, NotLoaded> {
    Ok(page::page(pack))
}

/// The page, once its module is in ("Opening this page…" until then, or Retry).
pub fn my_treatment_view(pack: Arc<Pack>) -> AnyView {
    split_page_view(
        View::MyTreatment,
        Box::new(move || Box::pin(my_treatment_page(pack.clone()))),
    )
}
