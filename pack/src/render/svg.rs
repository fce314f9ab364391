//! The pictures as plain data (shapes, texts, links; a text alternative as nested items) and
//! their markup, escaped, for the app to set on its `<svg>` and list in one step each.
//!
//! A picture is a hundred or more SVG elements. Built one by one from the wasm, each costs
//! several calls across to the browser and its own view code in the binary; as one string the
//! browser parses them natively. All values are escaped here, and the only markup is the fixed
//! markup below.

use crate::escape::push_escaped;
use crate::render::diagram::Rect;

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
    pub fn link(&mut self, href: String, target: Rect, text: Text) {
        let d = rect_d(target.x, target.y, target.width, target.height, 4.0);
        self.links.push((href, d, text));
    }

    /// The SVG elements of the picture (what goes inside its `<svg>`).
    pub fn markup(&self) -> String {
        let mut out = String::new();
        for (class, d) in &self.shapes {
            push_path(class, d, &mut out);
        }
        for text in &self.texts {
            push_text(text, &mut out);
        }
        for (href, d, text) in &self.links {
            out.push_str("<g><a href=\"");
            push_escaped(href, &mut out);
            out.push_str("\" class=\"dg-link\">");
            push_path("dg-target", d, &mut out);
            push_text(text, &mut out);
            out.push_str("</a></g>");
        }
        out
    }
}

fn push_path(class: &str, d: &str, out: &mut String) {
    out.push_str("<path class=\"");
    push_escaped(class, out);
    out.push_str("\" d=\"");
    push_escaped(d, out);
    out.push_str("\"/>");
}

fn push_text(t: &Text, out: &mut String) {
    out.push_str("<text class=\"");
    push_escaped(t.class, out);
    out.push_str("\" text-anchor=\"");
    push_escaped(t.anchor, out);
    out.push_str("\">");
    for (i, line) in t.lines.iter().enumerate() {
        out.push_str("<tspan x=\"");
        out.push_str(&n(t.x));
        out.push_str("\" y=\"");
        out.push_str(&n(t.y + i as f64 * t.line_height));
        out.push_str("\">");
        push_escaped(line, out);
        out.push_str("</tspan>");
    }
    out.push_str("</text>");
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

/// Appends the `<li>` entries of a text alternative (what goes inside its
/// `<ul class="vis-list">`), with entries under an entry as a nested list.
fn push_items(items: &[Item], out: &mut String) {
    for item in items {
        out.push_str("<li>");
        match &item.href {
            Some(href) => {
                out.push_str("<a href=\"");
                push_escaped(href, out);
                out.push_str("\">");
                push_escaped(&item.text, out);
                out.push_str("</a>");
            }
            None => push_escaped(&item.text, out),
        }
        push_escaped(&item.tail, out);
        if !item.items.is_empty() {
            out.push_str("<ul class=\"vis-list\">");
            push_items(&item.items, out);
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
}

/// A picture with its caption and text alternative.
pub struct Figure {
    /// Classes of the `<figure>`.
    pub class: &'static str,
    /// Id of the caption, which names the drawing.
    pub caption_id: String,
    /// The caption as markup (the caller escapes any text from the pack).
    pub caption_html: String,
    /// The SVG's view box: x, y, width, height.
    pub view_box: [f64; 4],
    /// The SVG's role: "img", or "group" when it holds links.
    pub role: &'static str,
    pub drawing: Drawing,
    /// A note under the picture.
    pub note: Option<String>,
    /// The same information as text, in a "Show as text" box open to everyone.
    pub items: Vec<Item>,
    /// The words on that box.
    pub show_as_text: &'static str,
}

impl Figure {
    /// What goes inside the `<figure>`: caption, SVG, note and the text alternative.
    pub fn inner_markup(&self) -> String {
        let [x, y, w, h] = self.view_box;
        let mut out = String::from("<figcaption id=\"");
        push_escaped(&self.caption_id, &mut out);
        out.push_str("\">");
        out.push_str(&self.caption_html);
        out.push_str("</figcaption><svg class=\"vis-svg\" viewBox=\"");
        out.push_str(&format!("{} {} {} {}", n(x), n(y), n(w), n(h)));
        out.push_str("\" role=\"");
        push_escaped(self.role, &mut out);
        out.push_str("\" aria-labelledby=\"");
        push_escaped(&self.caption_id, &mut out);
        out.push_str("\">");
        out.push_str(&self.drawing.markup());
        out.push_str("</svg>");
        if let Some(note) = &self.note {
            out.push_str("<p class=\"vis-note\">");
            push_escaped(note, &mut out);
            out.push_str("</p>");
        }
        out.push_str("<details class=\"vis-text\"><summary>");
        push_escaped(self.show_as_text, &mut out);
        out.push_str("</summary><ul class=\"vis-list\">");
        push_items(&self.items, &mut out);
        out.push_str("</ul></details>");
        out
    }

    /// The whole `<figure>`.
    pub fn markup(&self) -> String {
        let mut out = String::from("<figure class=\"");
        push_escaped(self.class, &mut out);
        out.push_str("\">");
        out.push_str(&self.inner_markup());
        out.push_str("</figure>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items_markup(items: &[Item]) -> String {
        let mut out = String::new();
        push_items(items, &mut out);
        out
    }

    #[test]
    fn coordinates_keep_one_decimal_and_drop_a_zero_one() {
        assert_eq!(n(0.0), "0");
        assert_eq!(n(12.04), "12");
        assert_eq!(n(12.06), "12.1");
        assert_eq!(n(-0.04), "0");
        assert_eq!(n(-3.25), "-3.3");
        assert_eq!(n(1234.5), "1234.5");
    }

    #[test]
    fn a_drawing_is_shapes_then_texts_then_links() {
        let mut d = Drawing::default();
        d.link(
            "#/drugs?class=adc".into(),
            Rect {
                x: 0.0,
                y: 0.0,
                width: 20.0,
                height: 10.0,
            },
            Text {
                class: "vis-label",
                anchor: "middle",
                x: 10.0,
                y: 8.0,
                lines: vec!["ADCs".into()],
                line_height: 0.0,
            },
        );
        d.words("vis-caption", "start", 1.0, 2.5, "Outside the cell");
        d.line("dg-membrane", 0.0, 1.0, 10.0, 1.0);
        d.text(Text {
            class: "vis-label",
            anchor: "start",
            x: 0.0,
            y: 10.0,
            lines: vec!["two".into(), "lines".into()],
            line_height: 12.5,
        });
        assert_eq!(
            d.markup(),
            "<path class=\"dg-membrane\" d=\"M0,1L10,1\"/>\
             <text class=\"vis-caption\" text-anchor=\"start\"><tspan x=\"1\" y=\"2.5\">Outside the cell</tspan></text>\
             <text class=\"vis-label\" text-anchor=\"start\"><tspan x=\"0\" y=\"10\">two</tspan><tspan x=\"0\" y=\"22.5\">lines</tspan></text>\
             <g><a href=\"#/drugs?class=adc\" class=\"dg-link\">\
             <path class=\"dg-target\" d=\"M4,0H16A4,4 0 0 1 20,4V6A4,4 0 0 1 16,10H4A4,4 0 0 1 0,6V4A4,4 0 0 1 4,0Z\"/>\
             <text class=\"vis-label\" text-anchor=\"middle\"><tspan x=\"10\" y=\"8\">ADCs</tspan></text></a></g>"
        );
    }

    #[test]
    fn a_figure_has_its_caption_picture_note_and_text_alternative() {
        let mut drawing = Drawing::default();
        drawing.line("vis-axis", 0.0, 0.0, 1.0, 0.0);
        let figure = Figure {
            class: "vis vis-timeline",
            caption_id: "tl-x-title".into(),
            caption_html: "What happens when".into(),
            view_box: [10.0, 0.0, 300.25, 80.0],
            role: "img",
            drawing,
            note: Some("A <note>".into()),
            items: vec![Item::plain("Every 3 weeks".into())],
            show_as_text: "Show as text",
        };
        assert_eq!(
            figure.markup(),
            "<figure class=\"vis vis-timeline\"><figcaption id=\"tl-x-title\">What happens when</figcaption>\
             <svg class=\"vis-svg\" viewBox=\"10 0 300.3 80\" role=\"img\" aria-labelledby=\"tl-x-title\">\
             <path class=\"vis-axis\" d=\"M0,0L1,0\"/></svg><p class=\"vis-note\">A &lt;note&gt;</p>\
             <details class=\"vis-text\"><summary>Show as text</summary><ul class=\"vis-list\"><li>Every 3 weeks</li></ul></details></figure>"
        );
    }

    #[test]
    fn pack_text_in_pictures_and_lists_is_escaped() {
        let hostile = "<script>alert(1)</script> & \"x\"";
        let mut d = Drawing::default();
        d.words("vis-label", "start", 0.0, 0.0, hostile);
        d.link(
            "\"><img src=x onerror=alert(1)>".into(),
            Rect {
                x: 0.0,
                y: 0.0,
                width: 1.0,
                height: 1.0,
            },
            Text {
                class: "vis-label",
                anchor: "start",
                x: 0.0,
                y: 0.0,
                lines: vec![hostile.into()],
                line_height: 0.0,
            },
        );
        let svg = d.markup();
        assert!(!svg.contains("<script") && !svg.contains("<img"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"),
            "{svg}"
        );
        assert!(
            svg.contains("href=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""),
            "{svg}"
        );

        let items = vec![Item {
            href: Some("#/drugs/a\"b".into()),
            text: hostile.into(),
            tail: ": <b>".into(),
            items: vec![Item::plain("<i>under</i>".into())],
        }];
        assert_eq!(
            items_markup(&items),
            "<li><a href=\"#/drugs/a&quot;b\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</a>: &lt;b&gt;\
             <ul class=\"vis-list\"><li>&lt;i&gt;under&lt;/i&gt;</li></ul></li>"
        );
        assert_eq!(items_markup(&[]), "");
    }
}
