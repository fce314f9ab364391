//! "What happens when" on a drug card: doses and check-ups over one course, as inline SVG.
//!
//! The x positions come from `her2_pack::render::timeline`. The drawing leaves out the layout's label
//! column (the view box starts just left of the "before you start" slot) and puts each row's
//! label above its marks instead, so the long names of tests stay whole and legible on a phone.
//! Parts the content gives no numbers for are not drawn (the layout leaves them out).

use crate::components::diagram::{n, Drawing, Figure, Item, Text};
use her2_pack::escape::escape_html;
use her2_pack::render::diagram::{text_width, wrap, wrap_label};
use her2_pack::render::timeline::{course_timeline, describe, Phase, RowKind, LABEL_WIDTH};
use her2_pack::words::words;
use her2_pack::Drug;

/// Width the course is laid out in.
const WIDTH: f64 = 390.0;
/// Left edge of the view box: the label column is not drawn.
const LEFT: f64 = LABEL_WIDTH - 20.0;
/// Font size of all text, in user units (at least 12 px on a 320 px screen).
const FONT: f64 = 13.0;
const LINE: f64 = 16.0;
/// Height of the band a row's marks sit in.
const TRACK: f64 = 22.0;

fn chars_in(width: f64) -> usize {
    ((width / (0.6 * FONT)).floor() as usize).max(1)
}

/// A caption above the regions: its lines, its anchor x and its left and right edges.
struct Caption {
    x: f64,
    end: bool,
    lines: Vec<String>,
    left: f64,
    right: f64,
}

/// Puts each caption on the first header line(s) where it overlaps nothing; returns the
/// first line of each, and how many lines the header needs.
fn stack(captions: &[Caption]) -> (Vec<usize>, usize) {
    let mut used: Vec<f64> = Vec::new();
    let mut first = Vec::new();
    for c in captions {
        let fits = |at: usize, used: &Vec<f64>| {
            (at..at + c.lines.len()).all(|k| used.get(k).is_none_or(|&r| r + 4.0 <= c.left))
        };
        let at = (0..).find(|&at| fits(at, &used)).unwrap_or(0);
        for k in at..at + c.lines.len() {
            if k >= used.len() {
                used.resize(k + 1, f64::MIN);
            }
            used[k] = c.right;
        }
        first.push(at);
    }
    (first, used.len())
}

/// The course of `drug` as a picture, or `None` when the content gives no numbers to draw.
pub fn timeline_figure(drug: &Drug) -> Option<Figure> {
    let t = course_timeline(drug, WIDTH)?;
    let right = t.width - 2.0;

    // Captions over the regions.
    let captions: Vec<Caption> = t
        .regions
        .iter()
        .map(|r| {
            if r.phase == Phase::Before {
                let text = words().timeline_before.to_string();
                let w = text_width(&text, FONT);
                Caption {
                    x: r.x_end - 3.0,
                    end: true,
                    left: r.x_end - 3.0 - w,
                    right: r.x_end - 3.0,
                    lines: vec![text],
                }
            } else {
                let x = r.x_start + 3.0;
                let lines = wrap(&r.label, chars_in(right - x));
                let w = lines
                    .iter()
                    .map(|l| text_width(l, FONT))
                    .fold(0.0, f64::max);
                Caption {
                    x,
                    end: false,
                    left: x,
                    right: x + w,
                    lines,
                }
            }
        })
        .collect();
    let (first_line, header_lines) = stack(&captions);
    let header = header_lines as f64 * LINE + 8.0;

    // Rows, each with its label above its marks. Their height sets where the regions end, so
    // the marks are collected first and added after the regions (which lie behind them).
    let label_chars = chars_in(t.width - LEFT - 8.0);
    let mut marks = Drawing::default();
    let mut texts = Vec::new();
    let mut y = header;
    for row in &t.rows {
        let label = wrap_label(&row.label, label_chars);
        let count = label.len();
        texts.push(lines("vis-label", "start", LEFT + 2.0, y + FONT, label));
        y += count as f64 * LINE;
        if row.text_only {
            let when = wrap(&row.when, label_chars);
            let count = when.len();
            texts.push(lines("vis-caption", "start", LEFT + 2.0, y + FONT, when));
            y += count as f64 * LINE + 8.0;
            continue;
        }
        let mid = y + TRACK / 2.0;
        marks.line("vis-track", LABEL_WIDTH, mid, t.end_x, mid);
        if let Some(bar) = &row.follow_up {
            marks.line("tl-follow", bar.x_start, mid, bar.x_end, mid);
        }
        if let Some(bar) = &row.during {
            marks.line("tl-regular", bar.x_start, mid, bar.x_end, mid);
            let x = (bar.x_start + bar.x_end) / 2.0;
            texts.push(lines(
                "vis-caption",
                "middle",
                x,
                mid + TRACK / 2.0 + FONT,
                vec![words().timeline_regular.to_string()],
            ));
            y += LINE;
        }
        if let Some(bar) = &row.bar {
            marks.rect(
                "tl-bar",
                bar.x_start,
                mid - 4.0,
                bar.x_end - bar.x_start,
                8.0,
                2.0,
            );
        }
        let dose = matches!(row.kind, RowKind::Doses { .. });
        for m in &row.markers {
            if dose {
                marks.line("tl-dose", m.x, mid - 7.0, m.x, mid + 7.0);
            } else {
                marks.circle("tl-check", m.x, mid, 4.5);
            }
        }
        // An open-ended course goes on past the drawing: say so on the rows that repeat.
        if t.open_ended && (dose || row.markers.iter().any(|m| m.phase == Phase::During)) {
            marks.path(
                "tl-more",
                format!("M{},{}l5,5l-5,5", n(t.end_x + 3.0), n(mid - 5.0)),
            );
        }
        y += TRACK + 6.0;
    }

    // Regions behind everything, then the marks, the texts and the week axis.
    let axis_y = y;
    let mut out = Drawing::default();
    for r in &t.regions {
        let class = match r.phase {
            Phase::Before => "tl-region tl-before",
            Phase::During => "tl-region tl-during",
            Phase::After => "tl-region tl-after",
        };
        let height = axis_y - header + 4.0;
        out.rect(
            class,
            r.x_start,
            header - 4.0,
            r.x_end - r.x_start,
            height,
            0.0,
        );
    }
    out.append(marks);
    for (c, &at) in captions.into_iter().zip(&first_line) {
        let anchor = if c.end { "end" } else { "start" };
        out.text(lines(
            "vis-caption",
            anchor,
            c.x,
            FONT + at as f64 * LINE,
            c.lines,
        ));
    }
    for text in texts {
        out.text(text);
    }
    out.line("vis-axis", LABEL_WIDTH, axis_y, t.end_x, axis_y);
    let widest = t
        .axis
        .ticks
        .iter()
        .map(|k| text_width(&k.label, FONT))
        .fold(0.0, f64::max);
    let gap = f64::from(t.axis.step_weeks) * t.px_per_week;
    let every = if gap >= widest + 6.0 { 1 } else { 2 };
    for (i, k) in t.axis.ticks.iter().enumerate() {
        out.line("vis-axis", k.x, axis_y, k.x, axis_y + 5.0);
        if i % every == 0 {
            let x = k.x.min(right - text_width(&k.label, FONT) / 2.0);
            out.words("vis-caption", "middle", x, axis_y + 20.0, &k.label);
        }
    }
    let items = describe(&t).into_iter().map(Item::plain).collect();
    Some(Figure {
        class: "vis vis-timeline",
        caption_id: format!("tl-{}-title", drug.id),
        caption_html: escape_html(words().timeline_title),
        view_box: [LEFT, 0.0, t.width - LEFT, axis_y + 28.0],
        role: "img",
        drawing: out,
        note: None,
        items,
        show_as_text: words().show_as_text,
    })
}

fn lines(class: &'static str, anchor: &'static str, x: f64, y: f64, lines: Vec<String>) -> Text {
    Text {
        class,
        anchor,
        x,
        y,
        lines,
        line_height: LINE,
    }
}
