//! Glossary terms in running text: finds the first use of each term in a document and marks it
//! as a link to its glossary entry with its definition beside it (shown on hover, focus or tap).

use crate::markdown::push_escaped;
use crate::model::GlossaryTerm;
use std::collections::HashSet;

/// One alias to look for, lower-cased (ASCII), with the term it belongs to.
#[derive(Debug, Clone)]
struct Alias {
    lower: String,
    term: usize,
}

/// The glossary, ready for matching: aliases longest first.
#[derive(Debug, Clone, Default)]
pub struct TermIndex {
    aliases: Vec<Alias>,
    terms: Vec<(String, String)>,
}

/// Which terms a document has already marked, and a prefix that keeps its ids unique.
#[derive(Debug, Clone, Default)]
pub struct TermScope {
    pub used: HashSet<usize>,
    pub prefix: String,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

impl TermIndex {
    pub fn build(glossary: &[GlossaryTerm]) -> TermIndex {
        let mut aliases = Vec::new();
        for (i, t) in glossary.iter().enumerate() {
            let mut names: Vec<&str> = t.aliases.iter().map(String::as_str).collect();
            if !t.term.contains('(') {
                names.push(&t.term);
            }
            for name in names {
                let lower = name.trim().to_ascii_lowercase();
                if lower.len() >= 3 {
                    aliases.push(Alias { lower, term: i });
                }
            }
        }
        aliases.sort_by_key(|a| std::cmp::Reverse(a.lower.len()));
        TermIndex {
            aliases,
            terms: glossary
                .iter()
                .map(|t| (t.id.clone(), t.definition.clone()))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty()
    }

    /// The first not-yet-used term in `text`: (start, end, term index).
    fn first_match(&self, lower: &str, used: &HashSet<usize>) -> Option<(usize, usize, usize)> {
        let bytes = lower.as_bytes();
        let mut best: Option<(usize, usize, usize)> = None;
        for alias in &self.aliases {
            if used.contains(&alias.term) {
                continue;
            }
            let mut from = 0;
            while let Some(pos) = lower.get(from..).and_then(|s| s.find(&alias.lower)) {
                let start = from + pos;
                let end = start + alias.lower.len();
                let before_ok = start == 0 || !is_word_byte(bytes[start - 1]);
                let after_ok = end >= bytes.len() || !is_word_byte(bytes[end]);
                if before_ok && after_ok {
                    if best.is_none_or(|(s, _, _)| start < s) {
                        best = Some((start, end, alias.term));
                    }
                    break;
                }
                from = start + 1;
            }
        }
        best
    }

    /// HTML for `text` with first uses marked, or `None` when it holds no new term.
    pub fn mark(&self, text: &str, scope: &mut TermScope) -> Option<String> {
        let lower = text.to_ascii_lowercase();
        let mut out = String::new();
        let mut at = 0;
        let mut found = false;
        while let Some((start, end, term)) = lower.get(at..).and_then(|rest| {
            self.first_match(rest, &scope.used)
                .map(|(s, e, t)| (s + at, e + at, t))
        }) {
            let (id, definition) = &self.terms[term];
            push_escaped(&text[at..start], &mut out);
            let def_id = format!("{}def-{id}", scope.prefix);
            out.push_str(&format!(
                "<span class=\"term-wrap\"><a class=\"term\" href=\"#/glossary/{id}\" aria-describedby=\"{def_id}\">"
            ));
            push_escaped(&text[start..end], &mut out);
            out.push_str(&format!(
                "</a><span class=\"term-def\" role=\"tooltip\" id=\"{def_id}\">"
            ));
            push_escaped(definition, &mut out);
            out.push_str("</span></span>");
            scope.used.insert(term);
            at = end;
            found = true;
        }
        found.then(|| {
            push_escaped(&text[at..], &mut out);
            out
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Vec<GlossaryTerm> {
        vec![
            GlossaryTerm {
                id: "ihc".into(),
                term: "IHC (immunohistochemistry)".into(),
                aliases: vec!["IHC".into(), "immunohistochemistry".into()],
                pronounce: None,
                definition: "A lab test <that> stains HER2.".into(),
            },
            GlossaryTerm {
                id: "her2".into(),
                term: "HER2".into(),
                aliases: vec![],
                pronounce: None,
                definition: "A protein.".into(),
            },
        ]
    }

    #[test]
    fn marks_first_use_only_with_word_boundaries() {
        let index = TermIndex::build(&glossary());
        let mut scope = TermScope::default();
        let html = index
            .mark(
                "Your IHC test looks at HER2. HER2 again; ihcx is not a term.",
                &mut scope,
            )
            .unwrap();
        assert_eq!(html.matches("class=\"term\"").count(), 2);
        assert!(html.contains("href=\"#/glossary/ihc\""));
        assert!(html.contains("A lab test &lt;that&gt; stains HER2."));
        assert!(html.contains("HER2 again"));
        // Already used in this document: not marked again.
        assert_eq!(index.mark("More about HER2 and IHC.", &mut scope), None);
    }

    #[test]
    fn escapes_the_text_around_terms() {
        let index = TermIndex::build(&glossary());
        let mut scope = TermScope {
            used: HashSet::new(),
            prefix: "m1-".into(),
        };
        let html = index.mark("<b>HER2</b>", &mut scope).unwrap();
        assert!(html.starts_with("&lt;b&gt;<span class=\"term-wrap\">"));
        assert!(html.contains("id=\"m1-def-her2\""));
    }
}
