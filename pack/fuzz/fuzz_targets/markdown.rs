//! Fuzzes the markdown function (with glossary terms) and its audit: never a panic, and the
//! output never contains a raw `<script`.
#![no_main]

use her2_pack::render::markdown::{audit, plain_text, render, render_with_terms};
use her2_pack::render::terms::{TermIndex, TermScope};
use her2_pack::GlossaryTerm;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let html = render(text, 1);
    assert!(!html.to_ascii_lowercase().contains("<script"), "script survived: {html}");
    let _ = audit(text);
    let _ = plain_text(text);
    let terms = TermIndex::build(&[GlossaryTerm {
        id: "her2".into(),
        term: "HER2".into(),
        aliases: vec!["her2-positive".into(), "ihc".into()],
        pronounce: None,
        definition: "A <protein> & more".into(),
    }]);
    let mut scope = TermScope::default();
    let marked = render_with_terms(text, 0, Some((&terms, &mut scope)));
    assert!(!marked.to_ascii_lowercase().contains("<script"), "script survived: {marked}");
});
