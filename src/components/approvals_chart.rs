//! The approvals timeline: first US approval and major new uses of each drug, drawn as inline SVG.

use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ApprovalsChart(pack: Arc<Pack>) -> impl IntoView {
    let _ = pack;
}
