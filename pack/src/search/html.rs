//! The search view's result groups as one escaped HTML string, set on the page in one step.
//!
//! A query can show up to 24 results of some 7 elements each. Built element by element from the
//! wasm, that is a few hundred calls across to the browser per keystroke; one `innerHTML` is
//! parsed natively (input → painted p95 at 4× CPU, bench: about 55 → 30 ms on the largest result
//! set). Every text and attribute value from the pack is escaped here, and the only markup is the
//! fixed markup below, so the string is as safe as the views it replaces.

use crate::escape::push_escaped;
use crate::route::View;
use crate::search::{Hit, SearchResults};

/// The group headings, in the reader's language (the app's strings).
pub struct GroupTitles<'a> {
    pub drugs: &'a str,
    pub articles: &'a str,
    pub glossary: &'a str,
}

/// One kind of result: its heading, the heading's id, the hits and the view a hit's id opens.
type Group<'a> = (&'a str, &'static str, &'a [Hit], fn(&str) -> View);

/// The HTML of the non-empty result groups: for each, a `section.search-group` labelled by its
/// `h2` (ids `search-drugs`, `search-articles`, `search-glossary`) and a list of links, with the
/// matched words in `<mark>`.
pub fn results_html(results: &SearchResults, titles: &GroupTitles) -> String {
    let mut out = String::new();
    let groups: [Group; 3] = [
        (titles.drugs, "search-drugs", &results.drugs, |id| {
            View::Drug(id.to_string())
        }),
        (
            titles.articles,
            "search-articles",
            &results.articles,
            |id| View::Article(id.to_string()),
        ),
        (
            titles.glossary,
            "search-glossary",
            &results.glossary,
            |id| View::Glossary(Some(id.to_string())),
        ),
    ];
    for (title, id, hits, view) in groups {
        if hits.is_empty() {
            continue;
        }
        out.push_str("<section class=\"search-group\" aria-labelledby=\"");
        out.push_str(id);
        out.push_str("\"><h2 id=\"");
        out.push_str(id);
        out.push_str("\">");
        push_escaped(title, &mut out);
        out.push_str("</h2><ul class=\"search-results\" role=\"list\">");
        for hit in hits {
            out.push_str("<li><a class=\"search-result\" href=\"");
            push_escaped(&view(&hit.id).href(), &mut out);
            out.push_str("\"><span class=\"search-result-title\">");
            push_marked(&hit.title, &hit.title_marks, &mut out);
            out.push_str("</span><span class=\"search-result-snippet\">");
            push_marked(&hit.snippet, &hit.snippet_marks, &mut out);
            out.push_str("</span></a></li>");
        }
        out.push_str("</ul></section>");
    }
    out
}

/// Appends `text` escaped, with the byte ranges `marks` (sorted, non-overlapping, on char
/// boundaries) in `<mark>`. A range out of order, out of bounds or not on a char boundary is
/// skipped, so its text shows unmarked rather than lost.
fn push_marked(text: &str, marks: &[(usize, usize)], out: &mut String) {
    let mut at = 0;
    for &(start, end) in marks {
        if start < at || start >= end {
            continue;
        }
        if let (Some(before), Some(hit)) = (text.get(at..start), text.get(start..end)) {
            push_escaped(before, out);
            out.push_str("<mark>");
            push_escaped(hit, out);
            out.push_str("</mark>");
            at = end;
        }
    }
    if let Some(rest) = text.get(at..) {
        push_escaped(rest, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLES: GroupTitles = GroupTitles {
        drugs: "Medicines",
        articles: "Articles",
        glossary: "Glossary",
    };

    fn hit(id: &str, title: &str, title_marks: Vec<(usize, usize)>, snippet: &str) -> Hit {
        Hit {
            id: id.to_string(),
            title: title.to_string(),
            snippet: snippet.to_string(),
            title_marks,
            snippet_marks: Vec::new(),
        }
    }

    fn marked(text: &str, marks: &[(usize, usize)]) -> String {
        let mut out = String::new();
        push_marked(text, marks, &mut out);
        out
    }

    #[test]
    fn groups_link_each_hit_and_skip_empty_kinds() {
        let results = SearchResults {
            drugs: vec![hit(
                "trastuzumab",
                "trastuzumab (Herceptin)",
                vec![(0, 5)],
                "An antibody.",
            )],
            articles: Vec::new(),
            glossary: vec![hit("adc", "ADC", Vec::new(), "Antibody–drug conjugate.")],
            total: 2,
        };
        let html = results_html(&results, &TITLES);
        assert_eq!(
            html,
            "<section class=\"search-group\" aria-labelledby=\"search-drugs\"><h2 id=\"search-drugs\">Medicines</h2>\
             <ul class=\"search-results\" role=\"list\"><li><a class=\"search-result\" href=\"#/drugs/trastuzumab\">\
             <span class=\"search-result-title\"><mark>trast</mark>uzumab (Herceptin)</span>\
             <span class=\"search-result-snippet\">An antibody.</span></a></li></ul></section>\
             <section class=\"search-group\" aria-labelledby=\"search-glossary\"><h2 id=\"search-glossary\">Glossary</h2>\
             <ul class=\"search-results\" role=\"list\"><li><a class=\"search-result\" href=\"#/glossary/adc\">\
             <span class=\"search-result-title\">ADC</span>\
             <span class=\"search-result-snippet\">Antibody–drug conjugate.</span></a></li></ul></section>"
        );
        assert_eq!(results_html(&SearchResults::default(), &TITLES), "");
    }

    #[test]
    fn text_from_the_pack_is_escaped_inside_and_outside_marks() {
        let title = "<img src=x onerror=alert(1)> & \"quotes\"";
        let results = SearchResults {
            articles: vec![hit(
                "a\"b",
                title,
                vec![(1, 4)],
                "<script>alert(1)</script>",
            )],
            total: 1,
            ..SearchResults::default()
        };
        let html = results_html(&results, &TITLES);
        assert!(
            !html.contains("<img") && !html.contains("<script"),
            "{html}"
        );
        assert!(
            html.contains(
                "&lt;<mark>img</mark> src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"
            ),
            "{html}"
        );
        assert!(html.contains("href=\"#/articles/a&quot;b\""), "{html}");
    }

    #[test]
    fn bad_marks_leave_the_text_whole() {
        // Out of order, overlapping, empty, past the end, inside a character: all skipped.
        assert_eq!(marked("héllo", &[(3, 5), (0, 1)]), "hé<mark>ll</mark>o");
        assert_eq!(marked("héllo", &[(1, 2)]), "héllo");
        assert_eq!(marked("héllo", &[(0, 2), (1, 4)]), "h<mark>él</mark>lo");
        assert_eq!(marked("abc", &[(2, 2), (1, 9)]), "abc");
        assert_eq!(marked("abc", &[(0, 3)]), "<mark>abc</mark>");
        assert_eq!(marked("", &[(0, 1)]), "");
    }
}
