//! "What happens when" on a drug card: doses and check-ups over one course, as inline SVG.

use her2_pack::Drug;
use leptos::prelude::*;

#[component]
pub fn CourseTimeline(drug: Drug) -> impl IntoView {
    let _ = drug;
}
