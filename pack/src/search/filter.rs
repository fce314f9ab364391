//! Drug and article list filters, and their round trip through the query part of the URL fragment.
//!
//! Values are the serde (kebab-case) names of the enums: `cancer=breast&class=adc&route=iv`.
//! Unknown keys and values are ignored, so an old or hand-edited link still opens.

use crate::model::wire;
use crate::model::{Article, Cancer, Drug, DrugClass, Pack, Route};
use std::collections::BTreeSet;

/// Every cancer, in the order filters list them.
pub const CANCERS: [Cancer; 6] = [
    Cancer::Breast,
    Cancer::Gastric,
    Cancer::Lung,
    Cancer::Colorectal,
    Cancer::Biliary,
    Cancer::AnySolidTumour,
];

/// Every route, in the order filters list them.
pub const ROUTES: [Route; 3] = [Route::Iv, Route::Sc, Route::Oral];

pub fn cancer_slug(cancer: Cancer) -> &'static str {
    wire::name(&cancer)
}

pub fn route_slug(route: Route) -> &'static str {
    wire::name(&route)
}

pub fn parse_cancer(slug: &str) -> Option<Cancer> {
    wire::parse(slug)
}

pub fn parse_class(slug: &str) -> Option<DrugClass> {
    wire::parse(slug)
}

pub fn parse_route(slug: &str) -> Option<Route> {
    wire::parse(slug)
}

/// The filters of the drug list and compare view; `None` means "any".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DrugFilter {
    pub cancer: Option<Cancer>,
    pub class: Option<DrugClass>,
    pub route: Option<Route>,
}

impl DrugFilter {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    pub fn matches(&self, drug: &Drug) -> bool {
        self.cancer.is_none_or(|c| drug.cancers.contains(&c))
            && self.class.is_none_or(|c| drug.class == c)
            && self.route.is_none_or(|r| drug.routes.contains(&r))
    }

    /// `cancer=…&class=…&route=…` with only the set filters; empty if none is.
    pub fn to_query(&self) -> String {
        let pairs = [
            ("cancer", self.cancer.map(cancer_slug)),
            ("class", self.class.map(DrugClass::slug)),
            ("route", self.route.map(route_slug)),
        ];
        pairs
            .iter()
            .filter_map(|(key, value)| value.as_ref().map(|v| format!("{key}={v}")))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a query (with or without a leading `?`); unknown keys and values are ignored.
    pub fn from_query(query: &str) -> DrugFilter {
        let mut filter = DrugFilter::default();
        for (key, value) in pairs(query) {
            match key.as_str() {
                "cancer" => filter.cancer = parse_cancer(&value).or(filter.cancer),
                "class" => filter.class = parse_class(&value).or(filter.class),
                "route" => filter.route = parse_route(&value).or(filter.route),
                _ => {}
            }
        }
        filter
    }
}

/// The filter of the article list; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ArticleFilter {
    pub tag: Option<String>,
}

impl ArticleFilter {
    pub fn is_empty(&self) -> bool {
        self.tag.is_none()
    }

    pub fn matches(&self, article: &Article) -> bool {
        self.tag
            .as_ref()
            .is_none_or(|tag| article.tags.contains(tag))
    }

    /// `tag=lung%20cancer`, or empty.
    pub fn to_query(&self) -> String {
        match &self.tag {
            Some(tag) => format!("tag={}", encode(tag)),
            None => String::new(),
        }
    }

    /// Reads a query (with or without a leading `?`); `%20` and `+` are spaces.
    pub fn from_query(query: &str) -> ArticleFilter {
        let mut filter = ArticleFilter::default();
        for (key, value) in pairs(query) {
            if key == "tag" && !value.is_empty() {
                filter.tag = Some(value);
            }
        }
        filter
    }
}

/// Every article tag, sorted, once.
pub fn all_tags(pack: &Pack) -> Vec<String> {
    let tags: BTreeSet<&String> = pack.articles.iter().flat_map(|a| &a.tags).collect();
    tags.into_iter().cloned().collect()
}

/// The cancers at least one drug is for, in [`CANCERS`] order.
pub fn cancers_present(pack: &Pack) -> Vec<Cancer> {
    CANCERS
        .into_iter()
        .filter(|c| pack.drugs.iter().any(|d| d.cancers.contains(c)))
        .collect()
}

/// The drug classes present, in [`DrugClass::ALL`] order.
pub fn classes_present(pack: &Pack) -> Vec<DrugClass> {
    DrugClass::ALL
        .into_iter()
        .filter(|&c| pack.drugs.iter().any(|d| d.class == c))
        .collect()
}

/// The routes at least one drug uses, in [`ROUTES`] order.
pub fn routes_present(pack: &Pack) -> Vec<Route> {
    ROUTES
        .into_iter()
        .filter(|r| pack.drugs.iter().any(|d| d.routes.contains(r)))
        .collect()
}

/// The decoded `key=value` pairs of a query.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), decode(value))
    })
}

/// Percent-encodes everything but letters, digits and `-._~` (a space becomes `%20`).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Undoes [`encode`]; `+` is a space; a malformed `%` escape is kept as it is.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
