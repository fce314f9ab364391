//! The app's views and their URLs. Routes live in the URL fragment (`#/drugs/tucatinib`), so one
//! build works at any path on any static host with no server rules.

/// A view the reader can be on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The home view: overview, drug cards, article list.
    Overview,
    /// The home view with one drug card opened and scrolled into view.
    Drug(String),
    /// The article list.
    Articles,
    /// One article.
    Article(String),
    /// Anything else.
    NotFound(String),
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl View {
    /// Reads a view from a location hash (`#/drugs/x`, `/drugs/x`, `#`, or empty).
    pub fn parse(hash: &str) -> View {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.split(['?', '&']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => View::Overview,
            ["drugs"] => View::Overview,
            ["drugs", id] if is_id(id) => View::Drug((*id).to_string()),
            ["articles"] => View::Articles,
            ["articles", id] if is_id(id) => View::Article((*id).to_string()),
            _ => View::NotFound(hash.to_string()),
        }
    }

    /// The fragment that leads to this view.
    pub fn href(&self) -> String {
        match self {
            View::Overview => "#/".to_string(),
            View::Drug(id) => format!("#/drugs/{id}"),
            View::Articles => "#/articles".to_string(),
            View::Article(id) => format!("#/articles/{id}"),
            View::NotFound(hash) => hash.clone(),
        }
    }

    /// True for the views drawn by the home page.
    pub fn is_home(&self) -> bool {
        matches!(self, View::Overview | View::Drug(_))
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(View::parse("#/articles"), View::Articles);
        assert_eq!(
            View::parse("#/articles/managing-side-effects?x=1"),
            View::Article("managing-side-effects".into())
        );
        assert!(matches!(View::parse("#/drugs/<script>"), View::NotFound(_)));
        assert!(matches!(View::parse("#/nope"), View::NotFound(_)));
    }

    #[test]
    fn round_trips() {
        for view in [
            View::Overview,
            View::Drug("trastuzumab-deruxtecan".into()),
            View::Articles,
            View::Article("understanding-your-her2-test".into()),
        ] {
            assert_eq!(View::parse(&view.href()), view);
        }
    }
}
