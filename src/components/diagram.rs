//! The 'how HER2 drugs work' diagram on the overview: a cell with HER2 receptors and where each family acts.

use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn HowDrugsWork(pack: Arc<Pack>) -> impl IntoView {
    let _ = pack;
}
