//! The 'how HER2 drugs work' diagram on the overview: a cell with HER2 receptors and where each family acts.
//!
//! The layout comes from `her2_pack::render::diagram`; this file only draws it. Also here: what the
//! three pictures share. A picture is collected as plain data (a [`Drawing`]: shapes as SVG path
//! data, texts, links; its text alternative as [`Item`]s) and set on the page as markup escaped
//! by `her2_pack::render::svg`, so each picture is one step for the browser and one copy of drawing code
//! in the wasm.

use her2_pack::escape::escape_html;
use her2_pack::render::diagram::{self as layout, Label, Mark};
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::{DrugClass, Pack};
use leptos::prelude::*;
use std::sync::Arc;

pub use her2_pack::render::svg::{n, Drawing, Figure, Item, Text};

/// A picture on the page: the `<figure>` with its caption, SVG, note and text alternative set
/// as markup (see [`Figure`]).
pub fn figure(figure: Figure) -> AnyView {
    view! { <figure class=figure.class inner_html=figure.inner_markup()></figure> }.into_any()
}

fn action(class: DrugClass) -> &'static str {
    match class {
        DrugClass::Antibody => words().diagram_antibody,
        DrugClass::Adc => words().diagram_adc,
        DrugClass::Tki => words().diagram_tki,
        DrugClass::Bispecific => words().diagram_bispecific,
    }
}

fn family_href(class: DrugClass) -> String {
    View::Drugs(format!("class={}", class.slug())).href()
}

fn label_text(label: &Label) -> Text {
    Text {
        class: "vis-label",
        anchor: if label.centred { "middle" } else { "start" },
        x: label.x,
        y: label.y,
        lines: label.lines.clone(),
        line_height: layout::LINE_HEIGHT,
    }
}

/// The medicine itself: a Y-shaped antibody (with a payload for the conjugates, a bent arm
/// for the bispecific) on its receptor, or a pill inside the cell.
fn medicine(out: &mut Drawing, mark: &Mark, inner_top: f64) {
    let (x, y) = (mark.x, mark.y);
    let top = y - layout::DRUG_HEIGHT;
    let fork = top + 14.0;
    let stem = format!(
        "M{},{}V{}L{},{}M{},{}",
        n(x),
        n(top),
        n(fork),
        n(x - 9.0),
        n(y - 1.0),
        n(x),
        n(fork)
    );
    let straight = format!("{stem}L{},{}", n(x + 9.0), n(y - 1.0));
    match mark.class {
        DrugClass::Tki => {
            let (w, h) = (layout::PILL_WIDTH, layout::PILL_HEIGHT);
            out.rect("dg-pill", x - w / 2.0, y - h / 2.0, w, h, h / 2.0);
            out.line("dg-pill-line", x, y - h / 2.0, x, y + h / 2.0);
        }
        DrugClass::Bispecific => out.path(
            "dg-drug",
            format!(
                "{stem}L{},{}L{},{}",
                n(x + 15.0),
                n(y - 8.0),
                n(x + 10.5),
                n(y + 12.0)
            ),
        ),
        DrugClass::Adc => {
            let px = x + layout::PAYLOAD_OFFSET;
            let end = inner_top + layout::PAYLOAD_DEPTH;
            out.path("dg-drug", straight);
            out.circle("dg-payload", x, top, 4.5);
            out.line("dg-arrow", px, top + 8.0, px, end - 8.0);
            out.path(
                "dg-drug",
                format!("M{0},{1}l5,-7M{0},{1}l-5,-7", n(px), n(end - 7.0)),
            );
            out.circle("dg-payload", px, end, 4.5);
        }
        DrugClass::Antibody => out.path("dg-drug", straight),
    }
}

#[component]
pub fn HowDrugsWork(pack: Arc<Pack>) -> impl IntoView {
    let d = layout::how_drugs_work(&pack)?;
    let (w, m) = (d.width, layout::MARGIN);
    let mut out = Drawing::default();
    out.rect(
        "dg-cell",
        2.0,
        d.membrane_top,
        w - 4.0,
        d.height - d.membrane_top - 2.0,
        14.0,
    );
    let inner_leaflet = d.membrane_top + layout::MEMBRANE;
    out.line("dg-membrane", 4.0, inner_leaflet, w - 4.0, inner_leaflet);
    out.words(
        "vis-caption",
        "start",
        m,
        d.outside_y,
        words().diagram_outside,
    );
    out.words(
        "vis-caption",
        "start",
        m,
        d.bottom_y,
        words().diagram_inside,
    );
    let key_x = w - m - layout::text_width(words().diagram_receptor, layout::FONT) - 16.0;
    out.rect("dg-receptor", key_x, d.bottom_y - 12.0, 10.0, 14.0, 4.0);
    out.words(
        "vis-caption",
        "end",
        w - m,
        d.bottom_y,
        words().diagram_receptor,
    );
    for &x in &d.receptors {
        let (outer, inner) = (layout::OUTER_WIDTH, layout::INNER_WIDTH);
        out.line(
            "dg-stem",
            x,
            d.receptor_top + layout::OUTER_HEIGHT,
            x,
            d.inner_top,
        );
        out.rect(
            "dg-receptor",
            x - outer / 2.0,
            d.receptor_top,
            outer,
            layout::OUTER_HEIGHT,
            7.0,
        );
        out.rect(
            "dg-receptor",
            x - inner / 2.0,
            d.inner_top,
            inner,
            layout::INNER_HEIGHT,
            3.0,
        );
    }
    for mark in &d.marks {
        let [x1, y1, x2, y2] = mark.leader;
        out.line("vis-leader", x1, y1, x2, y2);
        medicine(&mut out, mark, d.inner_top);
        out.link(
            family_href(mark.class),
            mark.label.target,
            label_text(&mark.label),
        );
    }
    let items = layout::families(&pack)
        .into_iter()
        .map(|f| Item {
            href: Some(family_href(f.class)),
            text: f.class.label().to_string(),
            tail: format!(": {}", action(f.class)),
            items: f
                .drugs
                .iter()
                .map(|drug| Item {
                    href: Some(View::Drug(drug.id.clone()).href()),
                    ..Item::plain(drug.display_name())
                })
                .collect(),
        })
        .collect();
    Some(figure(Figure {
        class: "vis vis-diagram",
        caption_id: "diagram-title".to_string(),
        caption_html: escape_html(words().diagram_title),
        view_box: [0.0, 0.0, w, d.height],
        role: "group",
        drawing: out,
        note: Some(words().diagram_note.to_string()),
        items,
        show_as_text: words().show_as_text,
    }))
}
