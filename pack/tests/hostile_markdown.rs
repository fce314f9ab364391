//! The hostile markdown corpus (tests/hostile/markdown-corpus.txt) through the one markdown
//! function, checked with an HTML parser as the oracle: whatever a browser would build from the
//! output has only harmless elements and attributes, and every link has a safe scheme.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

use her2_pack::render::markdown::{classify_link, render};
use scraper::{Html, Node};

const ALLOWED_TAGS: &[&str] = &[
    "html",
    "head",
    "body",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "del",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];

fn corpus() -> Vec<(String, String)> {
    let text = include_str!("../../tests/hostile/markdown-corpus.txt");
    let mut cases: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = cases.last_mut() {
            body.push_str(line);
        }
    }
    cases
}

/// Every reason the HTML would be unsafe, as the parser sees it.
fn unsafe_parts(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut found = Vec::new();
    for node in doc.tree.nodes() {
        match node.value() {
            Node::Element(el) => {
                let tag = el.name();
                if !ALLOWED_TAGS.contains(&tag) {
                    found.push(format!("element <{tag}>"));
                }
                for (name, value) in el.attrs() {
                    let ok = match (tag, name) {
                        ("a", "href") => classify_link(value).is_some(),
                        ("a", "rel") | ("a", "class") | ("code", "class") | ("ol", "start") => true,
                        (_, "id") => true,
                        _ => false,
                    };
                    if !ok {
                        found.push(format!("attribute {name}={value:?} on <{tag}>"));
                    }
                }
            }
            Node::ProcessingInstruction(_) => found.push("processing instruction".into()),
            _ => {}
        }
    }
    found
}

#[test]
fn the_corpus_is_large_enough() {
    assert!(corpus().len() >= 40, "{} cases", corpus().len());
}

#[test]
fn no_case_survives_as_executable_markup() {
    let mut failures = Vec::new();
    for (name, markdown) in corpus() {
        let html = render(&markdown, 0);
        let problems = unsafe_parts(&html);
        if !problems.is_empty() {
            failures.push(format!("{name}: {problems:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "unsafe output:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_oracle_catches_unsafe_html() {
    // The oracle must be able to fail: raw markup it should flag.
    assert!(!unsafe_parts("<p><img src=x onerror=alert(1)></p>").is_empty());
    assert!(!unsafe_parts("<a href=\"javascript:alert(1)\">x</a>").is_empty());
    assert!(!unsafe_parts("<p style=\"color:red\">x</p>").is_empty());
    assert!(
        unsafe_parts("<p><a href=\"https://x.org\" rel=\"noopener noreferrer\">x</a></p>")
            .is_empty()
    );
}

#[test]
fn tables_carry_no_inline_style() {
    let html = render("| a | b |\n|:--|--:|\n| 1 | 2 |\n", 0);
    assert!(html.contains("<table>"), "{html}");
    assert!(!html.contains("style="), "{html}");
}
