//! The one markdown → HTML function. Raw HTML in the source is escaped and shown as text; only
//! `https:`, `mailto:`, `tel:` and in-app `#` links survive; images become their alt text; external
//! links are marked and get `rel="noopener noreferrer"`. The app and the pack compiler both use it.

use crate::escape::escape_html;
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// How a link destination is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `#/…` — a view inside the app.
    InApp,
    /// `https://…`
    External,
    /// `mailto:` or `tel:`
    Contact,
}

/// Classifies a link destination, or `None` if it must be dropped.
pub fn classify_link(dest: &str) -> Option<LinkKind> {
    if dest.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let lower = dest.to_ascii_lowercase();
    if lower.starts_with('#') {
        Some(LinkKind::InApp)
    } else if lower.starts_with("https://") && lower.len() > "https://".len() {
        Some(LinkKind::External)
    } else if lower.starts_with("mailto:") || lower.starts_with("tel:") {
        Some(LinkKind::Contact)
    } else {
        None
    }
}

fn shift(level: HeadingLevel, by: u8) -> HeadingLevel {
    let n = (level as u8 + by).min(6);
    match n {
        1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Renders markdown to safe HTML. `heading_shift` pushes headings down (1: `#` → `<h2>`).
pub fn render(markdown: &str, heading_shift: u8) -> String {
    render_with_terms(markdown, heading_shift, None)
}

/// Like [`render`], and marks the first use of each glossary term in running text.
pub fn render_with_terms(
    markdown: &str,
    heading_shift: u8,
    mut terms: Option<(
        &crate::render::terms::TermIndex,
        &mut crate::render::terms::TermScope,
    )>,
) -> String {
    // Terms are not marked inside links, headings, code or images.
    let mut plain_depth = 0usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // For every open link: whether its closing tag is written (dropped links keep their text).
    let mut links: Vec<bool> = Vec::new();
    // Inside an image, its alt text is shown as plain text.
    let mut image_depth = 0usize;
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Text(text) if plain_depth == 0 && image_depth == 0 => {
            let marked = terms
                .as_mut()
                .and_then(|(index, scope)| index.mark(&text, scope));
            Some(match marked {
                Some(html) => Event::Html(html.into()),
                None => Event::Text(text),
            })
        }
        // Column alignment would be written as inline `style` attributes, which the CSP forbids.
        Event::Start(Tag::Table(alignments)) => Some(Event::Start(Tag::Table(
            alignments
                .iter()
                .map(|_| pulldown_cmark::Alignment::None)
                .collect(),
        ))),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some({
            plain_depth += 1;
            Event::Start(Tag::Heading {
                level: shift(level, heading_shift),
                id,
                classes,
                attrs,
            })
        }),
        Event::End(TagEnd::Heading(level)) => {
            plain_depth = plain_depth.saturating_sub(1);
            Some(Event::End(TagEnd::Heading(shift(level, heading_shift))))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            ..
        }) => {
            let dest: CowStr = if link_type == LinkType::Email {
                format!("mailto:{dest_url}").into()
            } else {
                dest_url
            };
            let kind = if image_depth > 0 {
                None
            } else {
                classify_link(&dest)
            };
            links.push(kind.is_some());
            plain_depth += 1;
            kind.map(|kind| {
                let href = escape_html(&dest);
                let html = match kind {
                    LinkKind::External => format!(
                        "<a href=\"{href}\" class=\"external\" rel=\"noopener noreferrer\">"
                    ),
                    LinkKind::InApp | LinkKind::Contact => format!("<a href=\"{href}\">"),
                };
                Event::Html(html.into())
            })
        }
        Event::End(TagEnd::Link) => {
            plain_depth = plain_depth.saturating_sub(1);
            match links.pop() {
                Some(true) => Some(Event::Html("</a>".into())),
                _ => None,
            }
        }
        Event::Start(Tag::Image { .. }) => {
            image_depth += 1;
            None
        }
        Event::End(TagEnd::Image) => {
            image_depth = image_depth.saturating_sub(1);
            None
        }
        // A block of raw HTML is shown as a paragraph of text.
        Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
        Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
        other => Some(other),
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// What an editor must fix in a piece of markdown: raw HTML, links that would be dropped,
/// images. Returns the problems and the in-app link targets (`#/…`) so they can be resolved.
pub fn audit(markdown: &str) -> (Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut in_app = Vec::new();
    for event in Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    ) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let snippet: String = raw.trim().chars().take(40).collect();
                problems.push(format!("raw HTML is not allowed (`{snippet}`)"));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if link_type != LinkType::Email => match classify_link(&dest_url) {
                Some(LinkKind::InApp) => in_app.push(dest_url.to_string()),
                Some(_) => {}
                None => problems.push(format!(
                    "link to `{dest_url}` is not allowed (use https://, mailto:, tel: or #/…)"
                )),
            },
            Event::Start(Tag::Image { .. }) => {
                problems.push("images are not supported in content".to_string())
            }
            Event::Text(text) => {
                if let Some(name) = unknown_entity(&text) {
                    problems.push(format!(
                        "`{name}` is not a character name HTML knows; \
                         type the character itself"
                    ));
                }
            }
            _ => {}
        }
    }
    (problems, in_app)
}

/// A named character reference such as `&hookleftarrow;` left undecoded in `text`: the markdown
/// parser decodes the names HTML defines and shows any other name as typed.
fn unknown_entity(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        let tail = &rest[at..];
        let name_len = tail[1..]
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let starts_with_letter = tail.as_bytes().get(1).is_some_and(u8::is_ascii_alphabetic);
        if starts_with_letter && tail.as_bytes().get(1 + name_len) == Some(&b';') {
            return Some(&tail[..name_len + 2]);
        }
        rest = &tail[1..];
    }
    None
}

/// The plain text of a piece of markdown (for search, word counts and reading level).
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_basics() {
        let html = render(
            "## Head\n\nSome *emphasis* and **strong**.\n\n- one\n- two\n",
            0,
        );
        assert!(html.contains("<h2>Head</h2>"));
        assert!(html.contains("<em>emphasis</em>"));
        assert!(html.contains("<strong>strong</strong>"));
        assert!(html.contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>"));
    }

    #[test]
    fn shifts_headings() {
        assert!(render("# A", 1).contains("<h2>A</h2>"));
        assert!(render("###### A", 3).contains("<h6>A</h6>"));
    }

    #[test]
    fn links_by_kind() {
        let html = render("[x](https://example.org/a?b=1&c=2)", 0);
        assert!(html.contains(
            r#"<a href="https://example.org/a?b=1&amp;c=2" class="external" rel="noopener noreferrer">x</a>"#
        ));
        assert!(render("[card](#/drugs/tucatinib)", 0)
            .contains(r##"<a href="#/drugs/tucatinib">card</a>"##));
        assert!(render("[call](tel:+18004226237)", 0).contains(r#"<a href="tel:+18004226237">"#));
        assert!(render("<nurse@example.org>", 0).contains(r#"href="mailto:nurse@example.org""#));
    }

    #[test]
    fn drops_unsafe_links_but_keeps_their_text() {
        for dest in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "http://insecure.example",
            "relative/page.html",
            "//evil.example",
        ] {
            let html = render(&format!("[click me](<{dest}>)"), 0);
            assert!(!html.contains("<a"), "{dest} survived: {html}");
            assert!(html.contains("click me"), "{dest} lost its text: {html}");
        }
    }

    #[test]
    fn raw_html_is_text() {
        let html = render(
            "<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there",
            0,
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        let iframe = render("<iframe src=\"https://evil.example\"></iframe>", 0);
        assert!(!iframe.contains("<iframe"));
    }

    #[test]
    fn images_become_alt_text() {
        let html = render(
            "![a heart](https://example.org/x.png) and ![x](data:image/png;base64,AAAA)",
            0,
        );
        assert!(!html.contains("<img"));
        assert!(html.contains("a heart"));
    }

    #[test]
    fn audit_reports_what_render_would_drop() {
        let (problems, links) = audit(
            "See [a](#/drugs/x), [b](http://x.org), <b>bold</b> and ![i](https://x.org/i.png)",
        );
        assert_eq!(links, vec!["#/drugs/x".to_string()]);
        assert_eq!(problems.len(), 4, "{problems:?}");
    }

    #[test]
    fn common_character_names_decode_and_others_are_reported() {
        let html = render(
            "5&nbsp;mg &ndash; 2 &times; daily &mdash; caf&eacute; &amp; &micro;g",
            0,
        );
        assert!(
            html.contains("5\u{a0}mg \u{2013} 2 \u{d7} daily \u{2014} caf\u{e9} &amp; \u{b5}g"),
            "{html}"
        );
        // Names outside the table show as typed, escaped, and the compiler says so.
        let html = render("&notaname; and `&Agrave;` in code", 0);
        assert!(html.contains("&amp;notaname;"), "{html}");
        let (problems, _) = audit("x &notaname; y");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`&notaname;`"), "{problems:?}");
        // Every name HTML defines decodes, however rare.
        assert!(render("&Bernoullis;", 0).contains('\u{212c}'));
        // Decoded names, bare ampersands and code spans are fine.
        let (problems, _) = audit("A &amp; B, R&D, &nbsp;, `&notaname;` and a & b;");
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn reference_links_match_their_labels_whatever_the_case() {
        // pulldown-cmark matches labels by Unicode case folding, non-ASCII letters included.
        let html = render(
            "See [the page][NCI Page] and [Ärzte].\n\n\
             [nci page]: https://www.cancer.gov/\n[ÄRZTE]: https://example.org/a\n",
            0,
        );
        assert!(html.contains("href=\"https://www.cancer.gov/\""), "{html}");
        assert!(html.contains("href=\"https://example.org/a\""), "{html}");
        assert!(
            html.contains(">the page</a>") && html.contains(">Ärzte</a>"),
            "{html}"
        );
        // A label that differs by more than case does not match.
        let html = render("[other]\n\n[another]: https://example.org/b\n", 0);
        assert!(!html.contains("<a"), "{html}");
    }

    #[test]
    fn plain_text_strips_markup() {
        assert_eq!(
            plain_text("## A\n\nB *c* [d](https://e.org)").trim(),
            "A\nB c d"
        );
    }
}
