//! The approvals timeline: first US approval and major new uses of each drug, drawn as inline SVG.
//!
//! The x positions come from `her2_pack::render::approvals`. As with the course timeline, the layout's
//! label column is not drawn: each drug's name sits above its row, so the whole width is left
//! for the years and the text stays at least 12 px on a 320 px screen.

use crate::components::diagram::{figure, n, Drawing, Figure, Item};
use her2_pack::escape::escape_html;
use her2_pack::model::date::Date;
use her2_pack::render::approvals::{approvals_chart, describe, LABEL_WIDTH};
use her2_pack::render::diagram::text_width;
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::sync::Arc;

/// Width the chart is laid out in.
const WIDTH: f64 = 412.0;
/// Left edge of the view box: the label column is not drawn.
const LEFT: f64 = LABEL_WIDTH - 8.0;
/// Font size of all text, in user units.
const FONT: f64 = 13.0;
/// Height of the legend above the rows.
const HEADER: f64 = 28.0;
/// Height of one row: the drug's name, then its approvals.
const ROW: f64 = 38.0;

/// An accelerated approval: a hollow diamond (a plain approval is a filled dot).
fn diamond(out: &mut Drawing, class: &'static str, x: f64, y: f64) {
    let d = format!("M{},{}l6.5,6.5l-6.5,6.5l-6.5,-6.5z", n(x), n(y - 6.5));
    out.path(class, d);
}

#[component]
pub fn ApprovalsChart(pack: Arc<Pack>) -> impl IntoView {
    let until = Date::parse(&pack.reviewed).unwrap_or(Date {
        year: 0,
        month: 0,
        day: 0,
    });
    let chart = approvals_chart(&pack, WIDTH, until);
    let right = chart.width - 2.0;
    let axis_y = HEADER + chart.rows.len() as f64 * ROW;

    // The legend, the year grid behind the rows, then one row per drug: its name above a line
    // with its approvals.
    let mut out = Drawing::default();
    let legend_x = LEFT + 10.0;
    let accel_x = legend_x + 14.0 + text_width(words().approvals_approval, FONT) + 20.0;
    out.circle("ap-point ap-legend", legend_x, 14.0, 5.0);
    let approval = words().approvals_approval;
    out.words("vis-caption", "start", legend_x + 10.0, 19.0, approval);
    diamond(&mut out, "ap-accel ap-legend", accel_x, 14.0);
    let accelerated = words().approvals_accelerated;
    out.words("vis-caption", "start", accel_x + 11.0, 19.0, accelerated);
    for k in &chart.axis.ticks {
        let x = k.x.min(right - text_width(&k.label, FONT) / 2.0);
        out.line("vis-grid", k.x, HEADER - 2.0, k.x, axis_y);
        out.line("vis-axis", k.x, axis_y, k.x, axis_y + 5.0);
        out.words("vis-caption", "middle", x, axis_y + 20.0, &k.label);
    }
    for (i, row) in chart.rows.iter().enumerate() {
        let top = HEADER + i as f64 * ROW;
        let mid = top + FONT + 14.0;
        out.words(
            "vis-label ap-name",
            "start",
            LEFT + 2.0,
            top + FONT,
            &row.label,
        );
        out.line("vis-track", chart.plot_left, mid, chart.plot_right, mid);
        for p in &row.points {
            if p.accelerated {
                diamond(&mut out, "ap-accel", p.x, mid);
            } else {
                out.circle("ap-point", p.x, mid, 5.0);
            }
        }
    }
    out.line(
        "vis-axis",
        chart.plot_left,
        axis_y,
        chart.plot_right,
        axis_y,
    );

    let items = describe(&chart)
        .into_iter()
        .zip(&chart.rows)
        .map(|((name, approvals), row)| Item {
            href: Some(View::Drug(row.drug_id.clone()).href()),
            text: name,
            tail: String::new(),
            items: approvals.into_iter().map(Item::plain).collect(),
        })
        .collect();
    let note = (chart.skipped > 0).then(|| (words().approvals_skipped)(chart.skipped));
    let caption_html = format!(
        "<span class=\"vis-title\">{}</span> {}",
        escape_html(words().approvals_title),
        escape_html(words().approvals_caption)
    );
    view! {
        <section class="approvals" aria-labelledby="approvals-title">
            <h2 id="approvals-title">{words().approvals_heading}</h2>
            {figure(Figure {
                class: "vis vis-approvals",
                caption_id: "approvals-caption".to_string(),
                caption_html,
                view_box: [LEFT, 0.0, chart.width - LEFT, axis_y + 28.0],
                role: "img",
                drawing: out,
                note,
                items,
                show_as_text: words().show_as_text,
            })}
        </section>
    }
}
