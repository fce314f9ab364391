//! HTML for parts of the app's pages that need no handlers of their own: the glossary's
//! entries and the explanation of one HER2 test result. Set by the app with `inner_html`;
//! every value from the pack is escaped here.

use crate::escape::push_escaped;
use crate::model::order::sorted_indices;
use crate::model::{GlossaryTerm, Pack, TestResult};
use crate::route::View;

/// The words around a test result's explanation (the app's own, passed in).
pub struct ResultWords<'a> {
    pub group: &'a str,
    pub approved: &'a str,
    pub approved_none: &'a str,
    pub more: &'a str,
}

/// What goes inside `<section class="result">`: the result's label and group, what it means,
/// the medicines approved for it (linked to their cards) and what is being studied. `prose`
/// turns the pack's markdown into HTML (the app marks glossary terms there).
pub fn result_inner(
    pack: &Pack,
    result: &TestResult,
    words: &ResultWords,
    mut prose: impl FnMut(&str) -> String,
) -> String {
    let mut out = String::from("<h2 id=\"result-title\">");
    push_escaped(&result.label, &mut out);
    out.push_str("</h2><p class=\"result-group\"><span class=\"result-group-name\">");
    push_escaped(words.group, &mut out);
    out.push_str(": </span><strong>");
    push_escaped(&result.group, &mut out);
    out.push_str("</strong></p><div class=\"prose\">");
    out.push_str(&prose(&result.meaning));
    out.push_str("</div><h3>");
    push_escaped(words.approved, &mut out);
    out.push_str("</h3>");
    let drugs: Vec<_> = result
        .approved
        .iter()
        .filter_map(|id| pack.drug(id))
        .collect();
    if drugs.is_empty() {
        out.push_str("<p>");
        push_escaped(words.approved_none, &mut out);
        out.push_str("</p>");
    } else {
        out.push_str("<ul class=\"result-drugs\">");
        for d in drugs {
            out.push_str("<li><a href=\"");
            push_escaped(&View::Drug(d.id.clone()).href(), &mut out);
            out.push_str("\">");
            push_escaped(&d.display_name(), &mut out);
            out.push_str("</a></li>");
        }
        out.push_str("</ul>");
    }
    if !result.studied.trim().is_empty() {
        out.push_str("<h3>");
        push_escaped(words.more, &mut out);
        out.push_str("</h3><div class=\"prose\">");
        out.push_str(&prose(&result.studied));
        out.push_str("</div>");
    }
    out
}

/// The glossary's entries in alphabetical order (ignoring case). `current` is the id of the
/// term the reader came to see, marked with the class `current`; `say_it` labels the
/// pronunciation for screen readers.
pub fn glossary_entries(terms: &[GlossaryTerm], current: Option<&str>, say_it: &str) -> String {
    let keys: Vec<String> = terms.iter().map(|t| t.term.to_lowercase()).collect();
    let mut out = String::new();
    for i in sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b])) {
        let t = &terms[i];
        out.push_str("<div class=\"glossary-entry");
        if current == Some(t.id.as_str()) {
            out.push_str(" current");
        }
        out.push_str("\"><dt id=\"term-");
        push_escaped(&t.id, &mut out);
        out.push_str("\" tabindex=\"-1\">");
        push_escaped(&t.term, &mut out);
        out.push_str("</dt><dd>");
        if let Some(p) = &t.pronounce {
            out.push_str("<p class=\"pronounce\"><span class=\"visually-hidden\">");
            push_escaped(say_it, &mut out);
            out.push_str(" </span><span aria-hidden=\"true\">🔊 </span>");
            push_escaped(p, &mut out);
            out.push_str("</p>");
        }
        out.push_str("<p>");
        push_escaped(&t.definition, &mut out);
        out.push_str("</p></dd></div>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, term: &str, pronounce: Option<&str>) -> GlossaryTerm {
        GlossaryTerm {
            id: id.into(),
            term: term.into(),
            aliases: vec![],
            pronounce: pronounce.map(Into::into),
            definition: format!("About <{term}> & more"),
        }
    }

    #[test]
    fn a_result_with_its_medicines_escaped_and_linked() {
        let mut pack = Pack::default();
        let mut drug = crate::model::Drug {
            id: "t<x>".into(),
            generic: "trastuzumab".into(),
            brands: vec!["Her\"ceptin".into()],
            ..Default::default()
        };
        pack.drugs.push(drug.clone());
        drug.id = "other".into();
        pack.drugs.push(drug);
        let mut result = TestResult {
            id: "low".into(),
            label: "IHC 1+ <b>".into(),
            group: "HER2-low".into(),
            meaning: "**m**".into(),
            approved: vec!["t<x>".into(), "missing".into()],
            studied: String::new(),
        };
        let words = ResultWords {
            group: "Group",
            approved: "Approved",
            approved_none: "None",
            more: "More",
        };
        let prose = |md: &str| format!("[{md}]");
        assert_eq!(
            result_inner(&pack, &result, &words, prose),
            "<h2 id=\"result-title\">IHC 1+ &lt;b&gt;</h2><p class=\"result-group\">\
             <span class=\"result-group-name\">Group: </span><strong>HER2-low</strong></p>\
             <div class=\"prose\">[**m**]</div><h3>Approved</h3><ul class=\"result-drugs\">\
             <li><a href=\"#/drugs/t&lt;x&gt;\">trastuzumab (Her&quot;ceptin)</a></li></ul>"
        );
        result.approved = vec!["missing".into()];
        result.studied = "s".into();
        let html = result_inner(&pack, &result, &words, prose);
        assert!(html
            .ends_with("<h3>Approved</h3><p>None</p><h3>More</h3><div class=\"prose\">[s]</div>"));
    }

    #[test]
    fn glossary_in_order_escaped_with_the_current_term_marked() {
        let terms = [
            term("zeta", "Zeta", None),
            term("alpha", "alpha", Some("AL-fuh")),
            term("mid", "Mid\"<b>", None),
        ];
        let html = glossary_entries(&terms, Some("zeta"), "Say it:");
        assert_eq!(
            html,
            "<div class=\"glossary-entry\"><dt id=\"term-alpha\" tabindex=\"-1\">alpha</dt><dd>\
             <p class=\"pronounce\"><span class=\"visually-hidden\">Say it: </span>\
             <span aria-hidden=\"true\">🔊 </span>AL-fuh</p><p>About &lt;alpha&gt; &amp; more</p></dd></div>\
             <div class=\"glossary-entry\"><dt id=\"term-mid\" tabindex=\"-1\">Mid&quot;&lt;b&gt;</dt><dd>\
             <p>About &lt;Mid&quot;&lt;b&gt;&gt; &amp; more</p></dd></div>\
             <div class=\"glossary-entry current\"><dt id=\"term-zeta\" tabindex=\"-1\">Zeta</dt><dd>\
             <p>About &lt;Zeta&gt; &amp; more</p></dd></div>"
        );
    }
}
