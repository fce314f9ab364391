//! Glossary terms in running text: finds the first use of each term in a document and marks it
//! as a link to its glossary entry with its definition beside it (shown on hover, focus or tap).

use crate::escape::push_escaped;
use crate::model::GlossaryTerm;
use std::collections::BTreeSet;

/// One alias to look for, lower-cased (ASCII), with the term it belongs to.
#[derive(Debug, Clone)]
struct Alias {
    lower: String,
    term: usize,
}

/// The glossary, ready for matching: aliases longest first, and for each first byte the
/// aliases that start with it (in the same order).
#[derive(Debug, Clone, Default)]
pub struct TermIndex {
    aliases: Vec<Alias>,
    by_first_byte: Vec<Vec<usize>>,
    terms: Vec<(String, String)>,
}

/// Which terms a document has already marked, and a prefix that keeps its ids unique.
#[derive(Debug, Clone, Default)]
pub struct TermScope {
    pub used: BTreeSet<usize>,
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
        crate::model::order::sort_by_key(&mut aliases, |a| std::cmp::Reverse(a.lower.len()));
        let mut by_first_byte = vec![Vec::new(); 256];
        for (i, alias) in aliases.iter().enumerate() {
            if let Some(&b) = alias.lower.as_bytes().first() {
                by_first_byte[usize::from(b)].push(i);
            }
        }
        TermIndex {
            aliases,
            by_first_byte,
            terms: glossary
                .iter()
                .map(|t| (t.id.clone(), t.definition.clone()))
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty()
    }

    /// The first not-yet-used term in `text` (lower-cased): (start, end, term index). The
    /// earliest one that starts and ends at word boundaries; of those starting at the same place,
    /// the longest. One pass over the text, trying only the aliases that start with each byte.
    fn first_match(&self, lower: &str, used: &BTreeSet<usize>) -> Option<(usize, usize, usize)> {
        let bytes = lower.as_bytes();
        for start in 0..bytes.len() {
            if start > 0 && is_word_byte(bytes[start - 1]) {
                continue;
            }
            let Some(bucket) = self.by_first_byte.get(usize::from(bytes[start])) else {
                continue;
            };
            for &a in bucket {
                let alias = &self.aliases[a];
                let end = start + alias.lower.len();
                if !used.contains(&alias.term)
                    && bytes[start..].starts_with(alias.lower.as_bytes())
                    && (end >= bytes.len() || !is_word_byte(bytes[end]))
                {
                    return Some((start, end, alias.term));
                }
            }
        }
        None
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

    /// The matcher as it was first written (every alias searched through the whole text): the
    /// one-pass matcher must find exactly what it found.
    fn first_match_by_search(
        index: &TermIndex,
        lower: &str,
        used: &BTreeSet<usize>,
    ) -> Option<(usize, usize, usize)> {
        let bytes = lower.as_bytes();
        let mut best: Option<(usize, usize, usize)> = None;
        for alias in &index.aliases {
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

    #[test]
    #[cfg(feature = "compiler")]
    fn one_pass_matcher_finds_what_searching_every_alias_finds() {
        let pack = crate::compile::compile_dir(
            &std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content"),
            crate::model::date::Date::today(),
        )
        .unwrap_or_else(|e| panic!("content does not compile: {}", e.len()));
        let index = TermIndex::build(&pack.glossary);
        let mut texts: Vec<String> = vec![pack.overview.body.clone()];
        texts.extend(
            pack.drugs
                .iter()
                .flat_map(|d| d.sections.iter().map(|s| s.body.clone())),
        );
        texts.extend(pack.articles.iter().map(|a| a.body.clone()));
        texts.extend(pack.glossary.iter().map(|t| t.definition.clone()));
        texts.push("ihc-x xher2 her2, (her2) T-DXd t-dxd\u{e9}her2 her2\u{e9} é her2".into());
        let mut checked = 0;
        for text in &texts {
            let lower = text.to_ascii_lowercase();
            let mut used = BTreeSet::new();
            let mut at = 0;
            loop {
                let rest = &lower[at..];
                let got = index.first_match(rest, &used);
                assert_eq!(
                    got,
                    first_match_by_search(&index, rest, &used),
                    "in {rest:?}"
                );
                checked += 1;
                let Some((_, end, term)) = got else { break };
                used.insert(term);
                at += end;
            }
        }
        assert!(checked > 300, "{checked}");
    }

    #[test]
    fn escapes_the_text_around_terms() {
        let index = TermIndex::build(&glossary());
        let mut scope = TermScope {
            used: BTreeSet::new(),
            prefix: "m1-".into(),
        };
        let html = index.mark("<b>HER2</b>", &mut scope).unwrap();
        assert!(html.starts_with("&lt;b&gt;<span class=\"term-wrap\">"));
        assert!(html.contains("id=\"m1-def-her2\""));
    }
}
