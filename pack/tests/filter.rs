//! The drug and article filters: matching on the real content and round trips through the URL.

mod common;

use her2_pack::search::filter::{
    all_tags, cancer_slug, cancers_present, classes_present, parse_cancer, parse_class,
    parse_route, route_slug, routes_present, ArticleFilter, DrugFilter, CANCERS, ROUTES,
};
use her2_pack::{Cancer, DrugClass, Pack, Route};

fn drugs(pack: &Pack, query: &str) -> Vec<String> {
    let filter = DrugFilter::from_query(query);
    let mut ids: Vec<String> = pack
        .drugs
        .iter()
        .filter(|d| filter.matches(d))
        .map(|d| d.id.clone())
        .collect();
    ids.sort();
    ids
}

fn articles(pack: &Pack, query: &str) -> Vec<String> {
    let filter = ArticleFilter::from_query(query);
    let mut ids: Vec<String> = pack
        .articles
        .iter()
        .filter(|a| filter.matches(a))
        .map(|a| a.id.clone())
        .collect();
    ids.sort();
    ids
}

fn every_drug_filter() -> Vec<DrugFilter> {
    let cancers = std::iter::once(None).chain(CANCERS.map(Some));
    let mut all = Vec::new();
    for cancer in cancers {
        for class in std::iter::once(None).chain(DrugClass::ALL.map(Some)) {
            for route in std::iter::once(None).chain(ROUTES.map(Some)) {
                all.push(DrugFilter {
                    cancer,
                    class,
                    route,
                });
            }
        }
    }
    all
}

#[test]
fn slugs_are_the_serde_names() {
    for cancer in CANCERS {
        let json = serde_json::to_string(&cancer).unwrap();
        assert_eq!(json, format!("\"{}\"", cancer_slug(cancer)));
        assert_eq!(parse_cancer(cancer_slug(cancer)), Some(cancer));
    }
    for class in DrugClass::ALL {
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.slug()));
        assert_eq!(parse_class(class.slug()), Some(class));
    }
    for route in ROUTES {
        let json = serde_json::to_string(&route).unwrap();
        assert_eq!(json, format!("\"{}\"", route_slug(route)));
        assert_eq!(parse_route(route_slug(route)), Some(route));
    }
    assert_eq!(parse_cancer("Breast"), None);
    assert_eq!(parse_class(""), None);
    assert_eq!(parse_route("pill"), None);
}

#[test]
fn drug_filters_round_trip() {
    let all = every_drug_filter();
    assert_eq!(all.len(), 7 * 5 * 4);
    for filter in all {
        let query = filter.to_query();
        assert_eq!(DrugFilter::from_query(&query), filter, "{query}");
        assert_eq!(
            DrugFilter::from_query(&format!("?{query}")),
            filter,
            "{query}"
        );
        assert_eq!(query.is_empty(), filter.is_empty());
    }
    let full = DrugFilter {
        cancer: Some(Cancer::Breast),
        class: Some(DrugClass::Adc),
        route: Some(Route::Iv),
    };
    assert_eq!(full.to_query(), "cancer=breast&class=adc&route=iv");
    let some = DrugFilter {
        cancer: Some(Cancer::AnySolidTumour),
        route: Some(Route::Oral),
        ..DrugFilter::default()
    };
    assert_eq!(some.to_query(), "cancer=any-solid-tumour&route=oral");
    assert_eq!(DrugFilter::default().to_query(), "");
}

#[test]
fn unknown_drug_filter_keys_and_values_are_ignored() {
    let filter = DrugFilter::from_query("cancer=mars&class=tki&colour=red&route=&&=x&route");
    assert_eq!(
        filter,
        DrugFilter {
            class: Some(DrugClass::Tki),
            ..DrugFilter::default()
        }
    );
    assert_eq!(DrugFilter::from_query(""), DrugFilter::default());
    assert_eq!(DrugFilter::from_query("?"), DrugFilter::default());
    assert_eq!(DrugFilter::from_query("%%%=%"), DrugFilter::default());
    assert_eq!(DrugFilter::from_query("CLASS=TKI"), DrugFilter::default());
    // A later known value wins; a later unknown one does not erase it.
    assert_eq!(
        DrugFilter::from_query("route=iv&route=sc&route=teleport").route,
        Some(Route::Sc)
    );
}

#[test]
fn drug_filters_on_the_real_content() {
    let pack = common::real_pack();
    assert_eq!(
        drugs(&pack, "class=tki"),
        [
            "lapatinib",
            "neratinib",
            "sevabertinib",
            "tucatinib",
            "zongertinib"
        ]
    );
    assert_eq!(
        drugs(&pack, "cancer=lung"),
        ["sevabertinib", "trastuzumab-deruxtecan", "zongertinib"]
    );
    assert_eq!(
        drugs(&pack, "class=adc"),
        ["trastuzumab-deruxtecan", "trastuzumab-emtansine"]
    );
    assert_eq!(drugs(&pack, "class=bispecific"), ["zanidatamab"]);
    assert_eq!(
        drugs(&pack, "route=sc"),
        ["pertuzumab-trastuzumab-sc", "trastuzumab-sc"]
    );
    assert_eq!(
        drugs(&pack, "cancer=gastric"),
        ["trastuzumab", "trastuzumab-deruxtecan", "zanidatamab"]
    );
    assert_eq!(drugs(&pack, "cancer=colorectal"), ["tucatinib"]);
    assert_eq!(drugs(&pack, "cancer=biliary"), ["zanidatamab"]);
    assert_eq!(
        drugs(&pack, "cancer=any-solid-tumour"),
        ["trastuzumab-deruxtecan"]
    );
    assert_eq!(
        drugs(&pack, "cancer=lung&class=tki&route=oral"),
        ["sevabertinib", "zongertinib"]
    );
    assert!(drugs(&pack, "cancer=lung&route=sc").is_empty());
    assert_eq!(drugs(&pack, "").len(), pack.drugs.len());
    assert_eq!(drugs(&pack, "cancer=nowhere").len(), pack.drugs.len());
}

#[test]
fn what_is_present_in_the_real_content() {
    let pack = common::real_pack();
    assert_eq!(cancers_present(&pack), CANCERS.to_vec());
    assert_eq!(classes_present(&pack), DrugClass::ALL.to_vec());
    assert_eq!(routes_present(&pack), ROUTES.to_vec());

    let mut pills = pack.clone();
    pills.drugs.retain(|d| d.class == DrugClass::Tki);
    assert_eq!(classes_present(&pills), [DrugClass::Tki]);
    assert_eq!(routes_present(&pills), [Route::Oral]);
    assert_eq!(
        cancers_present(&pills),
        [Cancer::Breast, Cancer::Lung, Cancer::Colorectal]
    );

    let tags = all_tags(&pack);
    let mut sorted = tags.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(tags, sorted);
    for article in &pack.articles {
        for tag in &article.tags {
            assert!(tags.contains(tag), "{tag}");
        }
    }
    assert!(tags.contains(&"lung cancer".to_string()));
}

#[test]
fn article_filters_round_trip_with_spaces_and_symbols() {
    for tag in [
        "lung cancer",
        "her2-positive",
        "a&b=c",
        "100% sure",
        "plus+sign",
        "?#/",
        "œsophage café",
        "  ",
    ] {
        let filter = ArticleFilter {
            tag: Some(tag.to_string()),
        };
        let query = filter.to_query();
        assert!(!query.contains(' '), "{query}");
        assert_eq!(ArticleFilter::from_query(&query), filter, "{query}");
    }
    let lung = ArticleFilter {
        tag: Some("lung cancer".into()),
    };
    assert_eq!(lung.to_query(), "tag=lung%20cancer");
    assert_eq!(ArticleFilter::from_query("tag=lung+cancer"), lung);
    assert_eq!(ArticleFilter::from_query("?tag=lung%20cancer"), lung);
    assert_eq!(ArticleFilter::default().to_query(), "");
    assert!(ArticleFilter::default().is_empty());
}

#[test]
fn unknown_article_filter_keys_are_ignored() {
    assert_eq!(
        ArticleFilter::from_query("colour=red&tag="),
        ArticleFilter::default()
    );
    // Malformed escapes are kept as written rather than refused.
    assert_eq!(
        ArticleFilter::from_query("tag=50%25%2&x=1").tag.as_deref(),
        Some("50%%2")
    );
    assert_eq!(
        ArticleFilter::from_query("tag=%+1").tag.as_deref(),
        Some("% 1")
    );
    // Escapes that are not UTF-8 become replacement characters, not errors.
    assert_eq!(
        ArticleFilter::from_query("tag=%FF").tag.as_deref(),
        Some("\u{FFFD}")
    );
}

#[test]
fn article_filters_on_the_real_content() {
    let pack = common::real_pack();
    assert_eq!(
        articles(&pack, "tag=lung%20cancer"),
        ["her2-beyond-the-breast", "understanding-your-her2-test"]
    );
    assert_eq!(
        articles(&pack, "tag=biosimilars"),
        ["long-term-safety", "when-a-drug-is-hard-to-get"]
    );
    assert_eq!(articles(&pack, "").len(), pack.articles.len());
    assert!(articles(&pack, "tag=no%20such%20tag").is_empty());
    // Every tag in the list finds at least one article.
    for tag in all_tags(&pack) {
        let query = ArticleFilter { tag: Some(tag) }.to_query();
        assert!(!articles(&pack, &query).is_empty(), "{query}");
    }
}
