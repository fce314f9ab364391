//! Interface words shared by the app and the static pages made from the pack (the pre-painted
//! first screen in index.html and the benchmark baseline), plus the facts list and main
//! navigation they all print, so the three cannot drift apart.

use crate::model::Drug;
use crate::route::View;

pub const SKIP_TO_CONTENT: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main";
pub const NAV_OVERVIEW: &str = "Overview";
pub const NAV_ARTICLES: &str = "Articles";
pub const LOADING: &str = "Loading the guide…";
/// In a card tapped on the first screen until its contents arrive.
pub const CARD_LOADING: &str = "Opening this card…";
pub const DRUGS_HEADING: &str = "The medicines";
pub const DRUGS_INTRO: &str =
    "Tap or click a medicine to open its card. You can open several at once.";
pub const ARTICLES_HEADING: &str = "Articles";
pub const REVIEWED: &str = "Last reviewed";
pub const NEXT_REVIEW: &str = "next review due";
pub const KEY_POINTS: &str = "Key points";
pub const OVERDUE_LEAD: &str = "This page may be out of date.";
pub const OVERDUE_WAS_DUE: &str = "It was due to be checked again on";
pub const OVERDUE_CHECK: &str = "Check the latest information here, or ask your care team:";
pub const SOURCES: &str = "Sources";
pub const TAGS: &str = "Topics";
pub const QUESTIONS_TO_ASK: &str = "Questions you could ask";
pub const BIOSIMILARS: &str = "Biosimilars (close copies approved in the US)";
pub const KEY_FACTS: &str = "Key facts";
pub const FACT_CLASS: &str = "Type of medicine";
pub const FACT_ROUTE: &str = "How it is given";
pub const FACT_SCHEDULE: &str = "How often";
pub const FACT_CHAIR: &str = "Time in the chair";
pub const FACT_COURSE: &str = "How long";
pub const FACT_CANCERS: &str = "Approved for";
pub const FACT_FIRST_APPROVAL: &str = "First US approval";
pub const FACT_BOXED: &str = "Boxed warning about";
pub const FACT_CONTRACEPTION: &str = "Contraception";
pub const ACCELERATED_NOTE: &str = "includes an accelerated approval";
pub const NONE: &str = "None";
pub const FOOTER_NOT_ADVICE: &str =
    "This guide is information, not medical advice. Talk to your care team about your own treatment.";
pub const FOOTER_REVIEWED: &str = "Information reviewed";
pub const FOOTER_VERSION: &str = "content version";
pub const SITE_SUFFIX: &str = " — ";
pub const NAV_COMPARE: &str = "Compare";
pub const NAV_GLOSSARY: &str = "Glossary";
pub const NAV_QUESTIONS: &str = "My questions";
pub const NAV_SEARCH: &str = "Search";
pub const RESULTS_HEADING: &str = "What does my HER2 result mean?";

/// The main navigation: (label, the view it leads to).
pub fn nav_items() -> [(&'static str, View); 6] {
    [
        (NAV_OVERVIEW, View::Overview),
        (NAV_COMPARE, View::Compare(String::new())),
        (NAV_ARTICLES, View::Articles(String::new())),
        (NAV_GLOSSARY, View::Glossary(None)),
        (NAV_QUESTIONS, View::Questions),
        (NAV_SEARCH, View::Search(String::new())),
    ]
}

fn join<T>(items: &[T], label: impl Fn(&T) -> &str) -> String {
    items.iter().map(label).collect::<Vec<_>>().join("; ")
}

/// The short facts shown at the top of an open drug card: (label, value).
pub fn key_facts(drug: &Drug) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        (FACT_CLASS, drug.class.label().to_string()),
        (FACT_ROUTE, join(&drug.routes, |r| r.label())),
        (FACT_SCHEDULE, drug.schedule.clone()),
    ];
    if let Some(chair) = &drug.time_in_chair {
        facts.push((FACT_CHAIR, chair.clone()));
    }
    if let Some(course) = &drug.course {
        facts.push((FACT_COURSE, course.clone()));
    }
    facts.push((FACT_CANCERS, join(&drug.cancers, |c| c.label())));
    let mut first = drug.first_us_approval.to_string();
    if drug.accelerated {
        first.push_str(" (");
        first.push_str(ACCELERATED_NOTE);
        first.push(')');
    }
    facts.push((FACT_FIRST_APPROVAL, first));
    let boxed = if drug.boxed_warnings.is_empty() {
        NONE.to_string()
    } else {
        drug.boxed_warnings.join(", ")
    };
    facts.push((FACT_BOXED, boxed));
    if let Some(c) = &drug.contraception {
        facts.push((FACT_CONTRACEPTION, c.clone()));
    }
    facts
}
