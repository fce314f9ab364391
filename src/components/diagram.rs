//! The 'how HER2 drugs work' diagram on the overview: a cell with HER2 receptors and where each family acts.
//!
//! The layout comes from `her2_pack::diagram`; this file only draws it. Also here: what the
//! three pictures share. A picture is collected as plain data (a [`Drawing`]: shapes as SVG path
//! data, texts, links) and drawn by one `view!` of three element kinds, so the wasm holds one
//! copy of the drawing code however many shapes and pictures there are.

use crate::strings;
use her2_pack::diagram::{self as layout, Label, Mark};
use her2_pack::route::View;
use her2_pack::{DrugClass, Pack};
use leptos::prelude::*;
use std::sync::Arc;

/// A coordinate for an SVG attribute, to one decimal place.
pub fn n(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    match t % 10 {
        0 => format!("{sign}{}", t / 10),
        d => format!("{sign}{}.{d}", t / 10),
    }
}

/// Text of one or more lines, anchored "start", "middle" or "end".
pub struct Text {
    pub class: &'static str,
    pub anchor: &'static str,
    pub x: f64,
    /// Baseline of the first line.
    pub y: f64,
    pub lines: Vec<String>,
    pub line_height: f64,
}

/// A picture as data: shapes (class and path data) under texts, under links.
#[derive(Default)]
pub struct Drawing {
    shapes: Vec<(&'static str, String)>,
    texts: Vec<Text>,
    links: Vec<(String, String, Text)>,
}

/// Path data of a rectangle with corners rounded by `r`.
fn rect_d(x: f64, y: f64, w: f64, h: f64, r: f64) -> String {
    let r = r.min(w / 2.0).min(h / 2.0);
    let a = format!("A{0},{0} 0 0 1 ", n(r));
    format!(
        "M{},{}H{}{a}{},{}V{}{a}{},{}H{}{a}{},{}V{}{a}{},{}Z",
        n(x + r),
        n(y),
        n(x + w - r),
        n(x + w),
        n(y + r),
        n(y + h - r),
        n(x + w - r),
        n(y + h),
        n(x + r),
        n(x),
        n(y + h - r),
        n(y + r),
        n(x + r),
        n(y),
    )
}

impl Drawing {
    pub fn path(&mut self, class: &'static str, d: String) {
        self.shapes.push((class, d));
    }

    pub fn line(&mut self, class: &'static str, x1: f64, y1: f64, x2: f64, y2: f64) {
        self.path(class, format!("M{},{}L{},{}", n(x1), n(y1), n(x2), n(y2)));
    }

    /// A rectangle with corners rounded by `r`.
    pub fn rect(&mut self, class: &'static str, x: f64, y: f64, w: f64, h: f64, r: f64) {
        self.path(class, rect_d(x, y, w, h, r));
    }

    pub fn circle(&mut self, class: &'static str, cx: f64, cy: f64, r: f64) {
        let a = format!("a{0},{0} 0 1 0 ", n(r));
        self.path(
            class,
            format!(
                "M{},{}{a}{},0{a}-{},0Z",
                n(cx - r),
                n(cy),
                n(2.0 * r),
                n(2.0 * r)
            ),
        );
    }

    /// Adds `other`'s shapes, texts and links after this drawing's own.
    pub fn append(&mut self, other: Drawing) {
        self.shapes.extend(other.shapes);
        self.texts.extend(other.texts);
        self.links.extend(other.links);
    }

    pub fn text(&mut self, text: Text) {
        self.texts.push(text);
    }

    /// One line of text.
    pub fn words(&mut self, class: &'static str, anchor: &'static str, x: f64, y: f64, line: &str) {
        self.texts.push(Text {
            class,
            anchor,
            x,
            y,
            lines: vec![line.to_string()],
            line_height: 0.0,
        });
    }

    /// A link: its text over a box that widens the area it answers to.
    pub fn link(&mut self, href: String, target: layout::Rect, text: Text) {
        let d = rect_d(target.x, target.y, target.width, target.height, 4.0);
        self.links.push((href, d, text));
    }

    fn into_view(self) -> impl IntoView {
        let shapes = self
            .shapes
            .into_iter()
            .map(|(class, d)| view! { <path class=class d=d/> })
            .collect::<Vec<_>>();
        let texts = self.texts.into_iter().map(svg_text).collect::<Vec<_>>();
        let links = self
            .links
            .into_iter()
            .map(|(href, d, text)| {
                view! {
                    <g>
                        <a href=href class="dg-link">
                            <path class="dg-target" d=d/>
                            {svg_text(text)}
                        </a>
                    </g>
                }
            })
            .collect::<Vec<_>>();
        (shapes, texts, links)
    }
}

fn svg_text(t: Text) -> impl IntoView {
    let spans = t
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            view! { <tspan x=n(t.x) y=n(t.y + i as f64 * t.line_height)>{line}</tspan> }
        })
        .collect::<Vec<_>>();
    view! { <text class=t.class text-anchor=t.anchor>{spans}</text> }
}

/// An entry of a text alternative: a link or plain words, more words, and entries under it.
pub struct Item {
    pub href: Option<String>,
    pub text: String,
    pub tail: String,
    pub items: Vec<Item>,
}

impl Item {
    pub fn plain(text: String) -> Item {
        Item {
            href: None,
            text,
            tail: String::new(),
            items: Vec::new(),
        }
    }
}

fn list(items: Vec<Item>) -> AnyView {
    let entries = items
        .into_iter()
        .map(|item| {
            let head = match item.href {
                Some(href) => view! { <a href=href>{item.text}</a> }.into_any(),
                None => item.text.into_any(),
            };
            let under = (!item.items.is_empty()).then(|| list(item.items));
            view! { <li>{head}{item.tail}{under}</li> }
        })
        .collect::<Vec<_>>();
    view! { <ul class="vis-list">{entries}</ul> }.into_any()
}

/// A picture: its caption (`caption_id` names the drawing), the SVG, an optional note under it,
/// and the same information as text in a "Show as text" box open to everyone.
#[allow(clippy::too_many_arguments)]
pub fn figure(
    class: &'static str,
    caption_id: String,
    caption: AnyView,
    view_box: [f64; 4],
    role: &'static str,
    drawing: Drawing,
    note: Option<String>,
    items: Vec<Item>,
) -> AnyView {
    let [x, y, w, h] = view_box;
    view! {
        <figure class=class>
            <figcaption id=caption_id.clone()>{caption}</figcaption>
            <svg
                class="vis-svg"
                viewBox=format!("{} {} {} {}", n(x), n(y), n(w), n(h))
                role=role
                aria-labelledby=caption_id
            >
                {drawing.into_view()}
            </svg>
            {note.map(|note| view! { <p class="vis-note">{note}</p> })}
            <details class="vis-text">
                <summary>{strings::SHOW_AS_TEXT}</summary>
                {list(items)}
            </details>
        </figure>
    }
    .into_any()
}

fn action(class: DrugClass) -> &'static str {
    match class {
        DrugClass::Antibody => strings::DIAGRAM_ANTIBODY,
        DrugClass::Adc => strings::DIAGRAM_ADC,
        DrugClass::Tki => strings::DIAGRAM_TKI,
        DrugClass::Bispecific => strings::DIAGRAM_BISPECIFIC,
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
        strings::DIAGRAM_OUTSIDE,
    );
    out.words(
        "vis-caption",
        "start",
        m,
        d.bottom_y,
        strings::DIAGRAM_INSIDE,
    );
    let key_x = w - m - layout::text_width(strings::DIAGRAM_RECEPTOR, layout::FONT) - 16.0;
    out.rect("dg-receptor", key_x, d.bottom_y - 12.0, 10.0, 14.0, 4.0);
    out.words(
        "vis-caption",
        "end",
        w - m,
        d.bottom_y,
        strings::DIAGRAM_RECEPTOR,
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
    Some(figure(
        "vis vis-diagram",
        "diagram-title".to_string(),
        strings::DIAGRAM_TITLE.into_any(),
        [0.0, 0.0, w, d.height],
        "group",
        out,
        Some(strings::DIAGRAM_NOTE.to_string()),
        items,
    ))
}
