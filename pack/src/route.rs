//! The app's views and their URLs. Routes live in the URL fragment (`#/drugs/tucatinib`), so one
//! build works at any path on any static host with no server rules. Filters and search terms
//! ride in the fragment's query (`#/compare?class=adc`), so a filtered view can be shared.

use crate::model::Pack;

/// A view the reader can be on. `String` fields named `query` hold the fragment's query
/// string (without `?`), read by the view's filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The home view: overview, drug cards, article list.
    Overview,
    /// The home view with one drug card opened and scrolled into view.
    Drug(String),
    /// The home view scrolled to the drug cards, filtered by `query`.
    Drugs(String),
    /// The article list, filtered by `query` (`tag=…`).
    Articles(String),
    /// One article.
    Article(String),
    /// The table comparing every drug, filtered by `query`.
    Compare(String),
    /// Search, with the words typed so far (`q=…`).
    Search(String),
    /// The glossary, optionally at one term.
    Glossary(Option<String>),
    /// Questions to take along.
    Questions,
    /// What does my HER2 result mean? Optionally with one result picked.
    Results(Option<String>),
    /// My treatment: the reader's care team, when to call, diary, calendar and visit summary.
    MyTreatment,
    /// Anything else.
    NotFound(String),
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

impl View {
    /// Reads a view from a location hash (`#/drugs/x`, `/drugs/x`, `#`, or empty).
    pub fn parse(hash: &str) -> View {
        let full = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = full.split_once('?').unwrap_or((full, ""));
        let query = query.to_string();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => View::Overview,
            ["drugs"] => View::Drugs(query),
            ["drugs", id] if is_id(id) => View::Drug((*id).to_string()),
            ["articles"] => View::Articles(query),
            ["articles", id] if is_id(id) => View::Article((*id).to_string()),
            ["compare"] => View::Compare(query),
            ["search"] => View::Search(query),
            ["glossary"] => View::Glossary(None),
            ["glossary", id] if is_id(id) => View::Glossary(Some((*id).to_string())),
            ["questions"] => View::Questions,
            ["my"] => View::MyTreatment,
            ["her2-results"] => View::Results(None),
            ["her2-results", id] if is_id(id) => View::Results(Some((*id).to_string())),
            _ => View::NotFound(hash.to_string()),
        }
    }

    /// The fragment that leads to this view.
    pub fn href(&self) -> String {
        match self {
            View::Overview => "#/".to_string(),
            View::Drug(id) => format!("#/drugs/{id}"),
            View::Drugs(q) => with_query("#/drugs", q),
            View::Articles(q) => with_query("#/articles", q),
            View::Article(id) => format!("#/articles/{id}"),
            View::Compare(q) => with_query("#/compare", q),
            View::Search(q) => with_query("#/search", q),
            View::Glossary(None) => "#/glossary".to_string(),
            View::Glossary(Some(id)) => format!("#/glossary/{id}"),
            View::Questions => "#/questions".to_string(),
            View::MyTreatment => "#/my".to_string(),
            View::Results(None) => "#/her2-results".to_string(),
            View::Results(Some(id)) => format!("#/her2-results/{id}"),
            View::NotFound(hash) => hash.clone(),
        }
    }

    /// The view as the pack can show it: an id the pack does not have (a drug, an article, a
    /// glossary term or a HER2 result of its explainer) leads to the not-found view, never to a
    /// page that looks like another one.
    pub fn resolve(self, pack: &Pack) -> View {
        let known = match &self {
            View::Drug(id) => pack.drug(id).is_some(),
            View::Article(id) => pack.article(id).is_some(),
            View::Glossary(Some(id)) => pack.glossary.iter().any(|t| &t.id == id),
            // The explainer is read by its page (`model::later`), which shows the not-found
            // page for a result it does not have.
            _ => true,
        };
        if known {
            self
        } else {
            View::NotFound(self.href())
        }
    }

    /// True for the views drawn by the home page.
    pub fn is_home(&self) -> bool {
        matches!(self, View::Overview | View::Drug(_) | View::Drugs(_))
    }
}

/// The addresses the pre-painted first screen shows as they are — the overview, and the
/// overview with one card open (its id is the first group) — as a regular expression for
/// index.html's script, which runs before the app: any other address shows the loading message
/// until the app draws it. It says what [`View::parse`] says for those two views (tested), so
/// the script needs no routing of its own.
pub const FIRST_SCREEN_HASH: &str = r"^#?/*(?:drugs/+([a-z0-9-]{1,80})/*)?(?:\?.*)?$";

/// The main navigation, as the app and the pre-painted first screen draw it: (label, the view
/// it leads to).
pub fn nav_items() -> [(&'static str, View); 7] {
    let w = crate::words::words();
    [
        (w.nav_overview, View::Overview),
        (w.nav_compare, View::Compare(String::new())),
        (w.nav_articles, View::Articles(String::new())),
        (w.nav_glossary, View::Glossary(None)),
        (w.nav_questions, View::Questions),
        (w.nav_search, View::Search(String::new())),
        (w.nav_my_treatment, View::MyTreatment),
    ]
}

/// Reads one `key=value` from a query string, percent-decoded (`+` is a space).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| percent_decode(v))
}

/// Encodes a value for a query string (letters, digits and `-._~` kept).
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match value.get(i + 1..i + 3).map(|h| u8::from_str_radix(h, 16)) {
                    Some(Ok(b)) => {
                        out.push(b);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn first_screen_pattern_agrees_with_parse() {
        let re = regex::Regex::new(super::FIRST_SCREEN_HASH).expect("pattern");
        let hashes = [
            "",
            "#",
            "#/",
            "#//",
            "#/?x=1",
            "#/drugs/tucatinib",
            "#drugs/tucatinib",
            "#/drugs//trastuzumab-sc/",
            "#/drugs/t?x=1",
            "#/drugs",
            "#/drugs?class=adc",
            "#/drugs/Tucatinib",
            "#/drugs/t%C3%A9",
            "#/drugs/a/b",
            "#/articles",
            "#/articles/x",
            "#/glossary/her2",
            "#/compare",
            "#main",
            "#/questions",
            "#/my",
            "#/drugs/x y",
        ];
        for h in hashes {
            let view = super::View::parse(h);
            let painted = matches!(view, super::View::Overview | super::View::Drug(_));
            let caps = re.captures(h);
            assert_eq!(caps.is_some(), painted, "{h:?}");
            let card = caps.and_then(|c| c.get(1)).map(|m| m.as_str().to_string());
            let parsed = match view {
                super::View::Drug(id) => Some(id),
                _ => None,
            };
            assert_eq!(card, parsed, "{h:?}");
        }
    }

    use super::*;

    #[test]
    fn parses_every_view() {
        assert_eq!(View::parse(""), View::Overview);
        assert_eq!(View::parse("#"), View::Overview);
        assert_eq!(View::parse("#/"), View::Overview);
        assert_eq!(
            View::parse("#/drugs/tucatinib"),
            View::Drug("tucatinib".into())
        );
        assert_eq!(
            View::parse("#/drugs/tucatinib/"),
            View::Drug("tucatinib".into())
        );
        assert_eq!(
            View::parse("#/drugs?class=adc"),
            View::Drugs("class=adc".into())
        );
        assert_eq!(View::parse("#/articles"), View::Articles(String::new()));
        assert_eq!(
            View::parse("#/articles?tag=heart"),
            View::Articles("tag=heart".into())
        );
        assert_eq!(
            View::parse("#/articles/managing-side-effects?x=1"),
            View::Article("managing-side-effects".into())
        );
        assert_eq!(View::parse("#/compare"), View::Compare(String::new()));
        assert_eq!(
            View::parse("#/search?q=t-dxd"),
            View::Search("q=t-dxd".into())
        );
        assert_eq!(View::parse("#/glossary"), View::Glossary(None));
        assert_eq!(
            View::parse("#/glossary/ihc"),
            View::Glossary(Some("ihc".into()))
        );
        assert_eq!(View::parse("#/questions"), View::Questions);
        assert_eq!(View::parse("#/my"), View::MyTreatment);
        assert_eq!(View::parse("#/my/"), View::MyTreatment);
        assert_eq!(
            View::parse("#/her2-results/ihc-1"),
            View::Results(Some("ihc-1".into()))
        );
        assert!(matches!(View::parse("#/drugs/<script>"), View::NotFound(_)));
        assert!(matches!(View::parse("#/nope"), View::NotFound(_)));
    }

    #[test]
    fn round_trips() {
        for view in [
            View::Overview,
            View::Drug("trastuzumab-deruxtecan".into()),
            View::Drugs("cancer=lung".into()),
            View::Articles(String::new()),
            View::Articles("tag=heart%20health".into()),
            View::Article("understanding-your-her2-test".into()),
            View::Compare("class=tki&route=oral".into()),
            View::Search("q=enhertu".into()),
            View::Glossary(None),
            View::Glossary(Some("ihc".into())),
            View::Questions,
            View::MyTreatment,
            View::Results(None),
            View::Results(Some("ihc-3".into())),
        ] {
            assert_eq!(View::parse(&view.href()), view);
        }
    }

    #[test]
    fn query_values() {
        assert_eq!(query_value("q=t%20dxd&x=1", "q").as_deref(), Some("t dxd"));
        assert_eq!(query_value("?q=a+b", "q").as_deref(), Some("a b"));
        assert_eq!(query_value("q=%E2%80%93", "q").as_deref(), Some("–"));
        assert_eq!(query_value("q=100%", "q").as_deref(), Some("100%"));
        assert_eq!(query_value("x=1", "q"), None);
        assert_eq!(percent_encode("t dxd/é"), "t%20dxd%2F%C3%A9");
        assert_eq!(
            query_value(&format!("q={}", percent_encode("a&b=c")), "q").as_deref(),
            Some("a&b=c")
        );
    }

    #[test]
    fn an_unknown_id_resolves_to_not_found() {
        use crate::model::{Drug, GlossaryTerm};
        let pack = Pack {
            drugs: vec![Drug {
                id: "tucatinib".into(),
                ..Drug::default()
            }],
            glossary: vec![GlossaryTerm {
                id: "ihc".into(),
                ..GlossaryTerm::default()
            }],
            ..Pack::default()
        };
        let resolve = |hash: &str| View::parse(hash).resolve(&pack);
        assert_eq!(resolve("#/drugs/tucatinib"), View::Drug("tucatinib".into()));
        assert_eq!(
            resolve("#/glossary/ihc"),
            View::Glossary(Some("ihc".into()))
        );
        for hash in [
            "#/drugs/unknown-drug",
            "#/glossary/unknown-term",
            "#/articles/unknown",
        ] {
            assert_eq!(resolve(hash), View::NotFound(hash.into()), "{hash}");
        }
        assert_eq!(resolve("#/glossary"), View::Glossary(None));
        // A result is looked up by its page (views/explainer.rs).
        let result = View::Results(Some("unknown".into()));
        assert_eq!(result.clone().resolve(&pack), result);
    }
}
