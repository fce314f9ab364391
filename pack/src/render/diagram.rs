//! Layout of the "how HER2 medicines work" picture: a strip of cell surface with HER2
//! receptors, and where each family of medicines in the pack acts. Plain numbers in SVG user
//! units; the app draws it, nothing here draws.
//!
//! The families come from the pack (drugs grouped by [`DrugClass`], in [`DrugClass::ALL`]
//! order): a family with no drug is left out. Families that act outside the cell (antibodies,
//! antibody–drug conjugates, bispecifics) get one receptor column each, labelled above the
//! cell; the pills (TKIs) act inside the cell and are labelled below the cell surface.

use crate::model::{Drug, DrugClass, Pack};

/// Width of the drawing. At a 320 px screen it is shown about 288 px wide, so [`FONT`] stays
/// above 12 px.
pub const WIDTH: f64 = 320.0;
/// Font size of every label, in user units.
pub const FONT: f64 = 14.0;
/// Distance between the baselines of two lines of one label.
pub const LINE_HEIGHT: f64 = 17.0;
/// A generous estimate of the width of one character at [`FONT`] (for wrapping).
pub const CHAR_WIDTH: f64 = 0.6 * FONT;
/// Space kept clear at the left and right edges.
pub const MARGIN: f64 = 8.0;
/// Height of the medicine shape above a receptor (stem and two arms).
pub const DRUG_HEIGHT: f64 = 34.0;
/// Width and height of the part of a receptor outside the cell.
pub const OUTER_WIDTH: f64 = 18.0;
pub const OUTER_HEIGHT: f64 = 28.0;
/// Thickness of the cell surface (membrane).
pub const MEMBRANE: f64 = 10.0;
/// Width and height of the part of a receptor inside the cell.
pub const INNER_WIDTH: f64 = 18.0;
pub const INNER_HEIGHT: f64 = 20.0;
/// Size of the pill drawn beside a receptor's inner part.
pub const PILL_WIDTH: f64 = 24.0;
pub const PILL_HEIGHT: f64 = 11.0;
/// How far right of its receptor an antibody–drug conjugate's payload goes into the cell.
pub const PAYLOAD_OFFSET: f64 = 19.0;
/// How far below the top of a receptor's inner part the payload ends up.
pub const PAYLOAD_DEPTH: f64 = 36.0;
/// Least height of a label's link target.
pub const MIN_TARGET: f64 = 28.0;

/// One family of medicines in the pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Family<'a> {
    pub class: DrugClass,
    /// The family's drugs, in pack order.
    pub drugs: Vec<&'a Drug>,
}

/// The families present in the pack, in [`DrugClass::ALL`] order.
pub fn families(pack: &Pack) -> Vec<Family<'_>> {
    DrugClass::ALL
        .iter()
        .map(|&class| Family {
            class,
            drugs: pack.drugs.iter().filter(|d| d.class == class).collect(),
        })
        .filter(|f| !f.drugs.is_empty())
        .collect()
}

/// True for the families that act outside the cell.
pub fn acts_outside(class: DrugClass) -> bool {
    class != DrugClass::Tki
}

/// A box, e.g. the area a link covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A label of one or more lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// x of the anchor: the centre of the lines when `centred`, else their left end.
    pub x: f64,
    /// Baseline of the first line.
    pub y: f64,
    pub lines: Vec<String>,
    pub centred: bool,
    /// The area the label covers, padded to at least [`MIN_TARGET`] high (the link target).
    pub target: Rect,
}

/// Where one family acts, with its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub class: DrugClass,
    /// Outside families: the centre of their receptor. The pills: the centre of the pill.
    pub x: f64,
    /// Outside families: the top of their receptor (where the medicine binds). The pills: the
    /// centre of the pill.
    pub y: f64,
    pub label: Label,
    /// A short line from the label to the medicine: `[x1, y1, x2, y2]`.
    pub leader: [f64; 4],
}

/// The laid-out picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    pub width: f64,
    pub height: f64,
    /// Baseline of the "outside the cell" caption.
    pub outside_y: f64,
    /// Top of the receptors' outer parts.
    pub receptor_top: f64,
    /// Top of the cell surface; the cell fills the drawing below it.
    pub membrane_top: f64,
    /// Top of the receptors' inner parts.
    pub inner_top: f64,
    /// The centre x of each receptor.
    pub receptors: Vec<f64>,
    /// One mark per family present, in [`DrugClass::ALL`] order.
    pub marks: Vec<Mark>,
    /// Baseline of the bottom line: the "inside the cell" caption and the receptor key.
    pub bottom_y: f64,
}

/// Splits `text` at spaces into lines of at most `max_chars` characters; a longer word gets a
/// line of its own and is never cut.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Like [`wrap`], but a label that does not fit on one line is first split before its
/// bracketed part: "Heart scan (echocardiogram or MUGA)" → "Heart scan", "(echocardiogram or
/// MUGA)".
pub fn wrap_label(text: &str, max_chars: usize) -> Vec<String> {
    match text.find(" (") {
        Some(at) if text.chars().count() > max_chars => {
            let mut lines = wrap(&text[..at], max_chars);
            lines.extend(wrap(&text[at + 1..], max_chars));
            lines
        }
        _ => wrap(text, max_chars),
    }
}

/// The estimated width of a line at `font` units (see [`CHAR_WIDTH`]).
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * 0.6 * font
}

/// How many characters fit in `width` units at [`FONT`] (at least 1).
fn chars_in(width: f64) -> usize {
    ((width / CHAR_WIDTH).floor() as usize).max(1)
}

fn label(text: &str, x: f64, top: f64, max_chars: usize, centred: bool) -> Label {
    let lines = wrap(text, max_chars);
    let widest = lines
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max);
    let height = lines.len() as f64 * LINE_HEIGHT;
    let pad = ((MIN_TARGET - height) / 2.0).max(2.0);
    let left = if centred { x - widest / 2.0 } else { x };
    Label {
        x,
        y: top + FONT,
        lines,
        centred,
        target: Rect {
            x: left - 4.0,
            y: top - pad,
            width: widest + 8.0,
            height: height + 2.0 * pad,
        },
    }
}

/// Lays out the picture for the families in the pack; `None` when the pack has no drugs.
pub fn how_drugs_work(pack: &Pack) -> Option<Diagram> {
    let families = families(pack);
    if families.is_empty() {
        return None;
    }
    let outside: Vec<DrugClass> = families
        .iter()
        .map(|f| f.class)
        .filter(|&c| acts_outside(c))
        .collect();
    let columns = outside.len().max(1);
    let column_width = WIDTH / columns as f64;
    let receptors: Vec<f64> = (0..columns)
        .map(|i| column_width * (i as f64 + 0.5))
        .collect();

    let outside_y = MARGIN + FONT;
    let labels_top = outside_y + 10.0;
    let max_chars = chars_in(column_width - MARGIN);
    let mut marks = Vec::new();
    let mut label_lines = 0;
    for (i, &class) in outside.iter().enumerate() {
        let l = label(class.label(), receptors[i], labels_top, max_chars, true);
        label_lines = label_lines.max(l.lines.len());
        marks.push(Mark {
            class,
            x: receptors[i],
            y: 0.0,
            label: l,
            leader: [receptors[i], 0.0, receptors[i], 0.0],
        });
    }
    let labels_bottom = labels_top + label_lines as f64 * LINE_HEIGHT;
    let drug_top = labels_bottom + 10.0;
    let receptor_top = drug_top + DRUG_HEIGHT + 1.0;
    let membrane_top = receptor_top + OUTER_HEIGHT + 4.0;
    let inner_top = membrane_top + MEMBRANE + 4.0;
    for mark in &mut marks {
        mark.y = receptor_top;
        mark.leader = [mark.x, labels_bottom + 1.0, mark.x, drug_top - 1.0];
    }

    let mut bottom_top = inner_top + PAYLOAD_DEPTH + 12.0;
    if families.iter().any(|f| f.class == DrugClass::Tki) {
        let pill_x = (receptors[0] - INNER_WIDTH / 2.0 - 4.0 - PILL_WIDTH / 2.0)
            .max(MARGIN + PILL_WIDTH / 2.0);
        let pill_y = inner_top + INNER_HEIGHT / 2.0;
        let top = bottom_top;
        let l = label(
            DrugClass::Tki.label(),
            MARGIN,
            top,
            chars_in(WIDTH - 2.0 * MARGIN),
            false,
        );
        bottom_top = top + l.lines.len() as f64 * LINE_HEIGHT + 8.0;
        let index = marks
            .iter()
            .position(|m| m.class > DrugClass::Tki)
            .unwrap_or(marks.len());
        marks.insert(
            index,
            Mark {
                class: DrugClass::Tki,
                x: pill_x,
                y: pill_y,
                leader: [pill_x, pill_y + PILL_HEIGHT / 2.0 + 1.0, pill_x, top - 1.0],
                label: l,
            },
        );
    }
    let bottom_y = bottom_top + FONT;
    Some(Diagram {
        width: WIDTH,
        height: bottom_y + 10.0,
        outside_y,
        receptor_top,
        membrane_top,
        inner_top,
        receptors,
        marks,
        bottom_y,
    })
}
