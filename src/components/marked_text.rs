//! Text with some byte ranges highlighted as `<mark>` (search matches).

use leptos::prelude::*;

/// Splits `text` at `marks` (sorted, non-overlapping byte ranges on char boundaries).
pub fn segments(text: &str, marks: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, end) in marks {
        if start < at || end > text.len() || start >= end {
            continue;
        }
        if let (Some(before), Some(hit)) = (text.get(at..start), text.get(start..end)) {
            if !before.is_empty() {
                out.push((before.to_string(), false));
            }
            out.push((hit.to_string(), true));
            at = end;
        }
    }
    if let Some(rest) = text.get(at..) {
        if !rest.is_empty() {
            out.push((rest.to_string(), false));
        }
    }
    out
}

#[component]
pub fn MarkedText(text: String, marks: Vec<(usize, usize)>) -> impl IntoView {
    segments(&text, &marks)
        .into_iter()
        .map(|(part, hit)| {
            if hit {
                view! { <mark>{part}</mark> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect::<Vec<_>>()
}
