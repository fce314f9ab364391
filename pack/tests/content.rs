//! The shipped content, measured: counts, sources, sections, reading level, and the rules of
//! CONTENT.md that a machine can check.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

mod common;

use her2_pack::read::readability::{name_words, pages, TextStats};
use her2_pack::render::markdown::plain_text;
use her2_pack::{DrugClass, SectionKind};

/// Flesch–Kincaid grade above which a page fails.
const MAX_GRADE: f64 = 8.0;
/// SMOG grade above which a page fails (CONTENT.md aims at 8; SMOG reads 2–3 grades higher
/// than Flesch–Kincaid on this content).
const MAX_SMOG: f64 = 9.0;

#[test]
fn has_every_drug_of_the_fact_sheet() {
    let pack = common::real_pack();
    let mut ids: Vec<&str> = pack.drugs.iter().map(|d| d.id.as_str()).collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![
            "lapatinib",
            "margetuximab",
            "neratinib",
            "pertuzumab",
            "pertuzumab-trastuzumab-sc",
            "sevabertinib",
            "trastuzumab",
            "trastuzumab-deruxtecan",
            "trastuzumab-emtansine",
            "trastuzumab-sc",
            "tucatinib",
            "zanidatamab",
            "zongertinib",
        ]
    );
    // Every family is represented.
    for class in DrugClass::ALL {
        assert!(pack.drugs.iter().any(|d| d.class == class), "{class:?}");
    }
}

#[test]
fn counts_and_sources() {
    let pack = common::real_pack();
    assert!(pack.articles.len() >= 9, "{} articles", pack.articles.len());
    assert!(
        pack.glossary.len() >= 30,
        "{} glossary terms",
        pack.glossary.len()
    );
    assert!(
        pack.questions.get().unwrap().len() >= 10,
        "{} questions",
        pack.questions.get().unwrap().len()
    );
    for d in &pack.drugs {
        assert!(d.sources.len() >= 2, "{}", d.id);
        assert!(
            d.sources.iter().all(|s| s.url.starts_with("https://")),
            "{}",
            d.id
        );
        assert!(
            d.questions.len() >= 2,
            "{} has drug-specific questions",
            d.id
        );
    }
    for a in &pack.articles {
        assert!(a.sources.len() >= 2, "{}", a.id);
        assert!(!a.tags.is_empty(), "{} has tags", a.id);
    }
}

#[test]
fn the_result_explainer_covers_every_result() {
    let pack = common::real_pack();
    let guide = pack.results.get().unwrap().expect("content/results.toml");
    let ids: Vec<&str> = guide.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 7, "{ids:?}");
    let positive = guide
        .results
        .iter()
        .find(|r| r.id == "ihc-3-positive")
        .unwrap();
    assert!(positive.approved.contains(&"trastuzumab".to_string()));
    let null = guide.results.iter().find(|r| r.id == "ihc-0-null").unwrap();
    assert!(
        null.approved.is_empty(),
        "nothing is approved for HER2-null"
    );
    assert!(guide.sources.len() >= 2);
}

#[test]
fn the_headline_article_is_there() {
    let pack = common::real_pack();
    let a = pack
        .article("her2-positive-targeted-therapies")
        .expect("headline article");
    assert_eq!(
        a.title,
        "HER2-Positive Breast Cancer: Targeted Therapies Explained"
    );
    assert_eq!(a.published, "2026-11-25");
    assert_eq!(pack.articles_newest_first()[0].id, a.id);
}

#[test]
fn cards_have_their_sections_in_order() {
    let pack = common::real_pack();
    for d in &pack.drugs {
        let kinds: Vec<SectionKind> = d.sections.iter().map(|s| s.kind).collect();
        let required: Vec<SectionKind> = SectionKind::ORDER
            .into_iter()
            .filter(|k| k.required())
            .collect();
        assert_eq!(&kinds[..required.len()], &required[..], "{}", d.id);
        if !d.confuse_with.is_empty() {
            assert_eq!(kinds.last(), Some(&SectionKind::Confuse), "{}", d.id);
        }
    }
}

#[test]
fn articles_are_real_pieces() {
    let pack = common::real_pack();
    for a in &pack.articles {
        let words = TextStats::of(&plain_text(&a.body)).words;
        assert!((600..=1200).contains(&words), "{}: {words} words", a.id);
        assert!(a.body.contains("\n## "), "{} has headed sections", a.id);
    }
}

#[test]
fn reading_level_is_within_both_gates_on_every_page() {
    let pack = common::real_pack();
    let names = name_words(&pack);
    let mut too_hard = Vec::new();
    for (name, md) in pages(&pack) {
        let stats = TextStats::of_named(&plain_text(&md), &names);
        println!("{:>5.1}  {:>5.1}  {name}", stats.grade(), stats.smog());
        if stats.grade() > MAX_GRADE || stats.smog() > MAX_SMOG {
            too_hard.push((name, stats.grade(), stats.smog()));
        }
    }
    assert!(
        too_hard.is_empty(),
        "above Flesch–Kincaid {MAX_GRADE} or SMOG {MAX_SMOG}: {too_hard:?}"
    );
}

#[test]
fn no_advice_to_start_or_stop_treatment() {
    // Phrases that would tell a reader to change treatment on their own.
    let banned = [
        "stop taking",
        "you should stop",
        "you should start",
        "skip your dose",
        "double the dose",
        "take more",
    ];
    let pack = common::real_pack();
    let mut texts: Vec<(String, String)> = vec![("overview".into(), pack.overview.body.clone())];
    for d in &pack.drugs {
        for s in &d.sections {
            texts.push((d.id.clone(), s.body.clone()));
        }
    }
    for a in &pack.articles {
        texts.push((a.id.clone(), a.body.clone()));
    }
    for (name, text) in texts {
        let lower = text.to_lowercase();
        for phrase in banned {
            if let Some(i) = lower.find(phrase) {
                let context =
                    &lower[i.saturating_sub(60)..(i + phrase.len() + 60).min(lower.len())];
                // Allowed when it tells the reader not to act alone.
                assert!(
                    context.contains("don't")
                        || context.contains("do not")
                        || context.contains("never")
                        || context.contains("without"),
                    "{name}: `{phrase}` in `{context}`"
                );
            }
        }
    }
}

#[test]
fn glossary_covers_every_generic_name_with_pronunciation() {
    let pack = common::real_pack();
    for d in &pack.drugs {
        let base = d
            .generic
            .split_whitespace()
            .last()
            .unwrap_or(&d.generic)
            .split('-')
            .next()
            .unwrap_or("");
        let term = pack.glossary.iter().find(|t| {
            t.term.to_lowercase().contains(base)
                || t.aliases.iter().any(|a| a.to_lowercase().contains(base))
        });
        let term = term.unwrap_or_else(|| panic!("no glossary term for {}", d.generic));
        assert!(
            term.pronounce.is_some(),
            "{} has no pronunciation",
            term.term
        );
    }
}
