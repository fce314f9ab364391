//! The content model: what a pack holds, shared by the compiler and the app.
//! This is the one definition of the pack's shape: the compiler writes it and the app reads it
//! with the same serde derives. The compiler also refuses unknown fields (`strict`).
//!
//! The folder holds the data and what is plain data about it: the pack's types (here), calendar
//! [`date`]s, the enums' [`wire`] names, the one stable sort ([`order`]) and a stable [`hash`].

pub mod date;
pub mod hash;
pub mod later;
pub mod order;
pub mod wire;

use crate::words::{chosen, table, words, Lang};
use serde::{Deserialize, Serialize};

/// The pack format version this code reads and writes.
pub const SCHEMA_VERSION: u32 = 2;

/// The whole content pack, as bundled in `her2.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub schema_version: u32,
    /// A version string that changes whenever any content changes.
    pub version: String,
    pub title: String,
    #[serde(default)]
    pub tagline: String,
    pub language: String,
    /// ISO date the whole pack was last reviewed.
    pub reviewed: String,
    pub overview: Overview,
    pub drugs: Vec<Drug>,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub glossary: Vec<GlossaryTerm>,
    /// Read by the pages that show them only (`later`).
    #[serde(default)]
    pub questions: later::Later<Vec<Question>>,
    /// National helplines shown on "My treatment", apart from the reader's own care team.
    /// Read by that page only (`later`).
    #[serde(default)]
    pub helplines: later::Later<Vec<Helpline>>,
    /// The "what does my HER2 result mean?" explainer.
    #[serde(default)]
    /// Read by its page only (`later`), which also checks it (`read::validate::validate_results`).
    pub results: later::Later<Option<ResultGuide>>,
    /// A translated pack's record of its translation (none in the English pack). The English
    /// app never reads one, so its build leaves the reading out (docs/DESIGN.md: "One build per
    /// language").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        all(target_arch = "wasm32", not(feature = "lang-es")),
        serde(skip_deserializing)
    )]
    pub translation: Option<Translation>,
}

/// How a translated pack was made, and where each of its pages stands against the English.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    /// How the translation was produced, as the editors wrote it (shown on every page).
    pub method: String,
    pub pages: Vec<TranslatedPage>,
}

/// One translated page against its English original.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TranslatedPage {
    /// The page: `overview`, `drugs/<id>`, `articles/<id>`, `glossary`, `questions`, `results`.
    pub page: String,
    /// The review date of the English page it translates.
    pub english_reviewed: String,
    /// A bilingual clinician's review, as the editors wrote it; empty until one has happened.
    #[serde(default)]
    pub reviewed_by: String,
    /// Set when the English page has changed since: its review date now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english_updated: Option<String>,
}

impl Translation {
    /// The record of one page (`drugs/<id>`, …).
    pub fn page(&self, page: &str) -> Option<&TranslatedPage> {
        self.pages.iter().find(|p| p.page == page)
    }
}

/// What each HER2 test result means, and which medicines are approved for it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResultGuide {
    /// Markdown shown with every result: scoring near zero is hard, ask the care team.
    pub caveat: String,
    #[serde(rename = "result")]
    pub results: Vec<TestResult>,
    pub sources: Vec<Source>,
    pub last_reviewed: String,
    /// ISO date by which the explainer is reviewed again (at most 12 months after).
    pub next_review: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    pub id: String,
    /// "IHC 2+, ISH negative"
    pub label: String,
    /// "HER2-low"
    pub group: String,
    /// Markdown: what the result means.
    pub meaning: String,
    /// Drugs with a US approval that covers this result (in some cancer).
    #[serde(default)]
    pub approved: Vec<String>,
    /// Drugs being studied for it (plain text note, markdown).
    #[serde(default)]
    pub studied: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
    /// Why a source off the accepted list is cited (no primary source exists); the compiler
    /// refuses such a source without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub body: String,
    pub last_reviewed: String,
    /// ISO date by which the page is reviewed again (at most 12 months after `last_reviewed`).
    pub next_review: String,
    pub sources: Vec<Source>,
}

/// The four families of HER2-targeted drugs.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum DrugClass {
    #[default]
    Antibody,
    Adc,
    Tki,
    Bispecific,
}

impl DrugClass {
    pub const ALL: [DrugClass; 4] = [Self::Antibody, Self::Adc, Self::Tki, Self::Bispecific];

    /// The plain name a reader sees.
    pub fn label(self) -> &'static str {
        let w = words();
        match self {
            Self::Antibody => w.class_antibody,
            Self::Adc => w.class_adc,
            Self::Tki => w.class_tki,
            Self::Bispecific => w.class_bispecific,
        }
    }

    /// The wire name, e.g. `adc`.
    pub fn slug(self) -> &'static str {
        crate::model::wire::name(&self)
    }
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    #[default]
    Iv,
    Sc,
    Oral,
}

impl Route {
    /// The plain name a reader sees.
    pub fn label(self) -> &'static str {
        let w = words();
        match self {
            Self::Iv => w.route_iv,
            Self::Sc => w.route_sc,
            Self::Oral => w.route_oral,
        }
    }
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Cancer {
    #[default]
    Breast,
    Gastric,
    Lung,
    Colorectal,
    Biliary,
    AnySolidTumour,
}

impl Cancer {
    /// The plain name a reader sees.
    pub fn label(self) -> &'static str {
        let w = words();
        match self {
            Self::Breast => w.cancer_breast,
            Self::Gastric => w.cancer_gastric,
            Self::Lung => w.cancer_lung,
            Self::Colorectal => w.cancer_colorectal,
            Self::Biliary => w.cancer_biliary,
            Self::AnySolidTumour => w.cancer_any_solid,
        }
    }
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    #[default]
    Early,
    Metastatic,
}

impl Setting {
    /// The plain name a reader sees.
    pub fn label(self) -> &'static str {
        let w = words();
        match self {
            Self::Early => w.setting_early,
            Self::Metastatic => w.setting_metastatic,
        }
    }
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    #[default]
    Heart,
    Lung,
    Liver,
    Diarrhoea,
    Infusion,
    Bleeding,
    Eye,
}

impl Risk {
    /// The plain name a reader sees.
    pub fn label(self) -> &'static str {
        let w = words();
        match self {
            Self::Heart => w.risk_heart,
            Self::Lung => w.risk_lung,
            Self::Liver => w.risk_liver,
            Self::Diarrhoea => w.risk_diarrhoea,
            Self::Infusion => w.risk_infusion,
            Self::Bleeding => w.risk_bleeding,
            Self::Eye => w.risk_eye,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Biosimilar {
    pub brand: String,
    pub name: String,
    pub year: u16,
}

/// A first approval or a major new use (for the approvals timeline).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Approval {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    #[serde(rename = "use")]
    pub use_: String,
    #[serde(default)]
    pub accelerated: bool,
}

/// One kind of check-up and when it happens.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Monitoring {
    pub test: String,
    pub when: String,
    #[serde(default)]
    pub before_start: bool,
    /// Checked at regular times during treatment, with no fixed gap on the label: the timeline
    /// draws a band over the treatment, never dates the label does not give.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub during: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_weeks: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_weeks: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub then_every_weeks: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_weeks: Option<u32>,
}

/// A titled part of a drug card, in the fixed order of `SectionKind`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub kind: SectionKind,
    pub title: String,
    pub body: String,
}

#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    #[default]
    What,
    Who,
    Benefit,
    How,
    CallNow,
    CallToday,
    NextVisit,
    SideEffects,
    Tests,
    Pregnancy,
    Interactions,
    Confuse,
}

impl SectionKind {
    /// Every kind, in card order.
    pub const ORDER: [SectionKind; 12] = [
        Self::What,
        Self::Who,
        Self::Benefit,
        Self::How,
        Self::CallNow,
        Self::CallToday,
        Self::NextVisit,
        Self::SideEffects,
        Self::Tests,
        Self::Pregnancy,
        Self::Interactions,
        Self::Confuse,
    ];

    /// Sections every card must have.
    pub fn required(self) -> bool {
        self != Self::Confuse
    }

    /// The section a `##` heading written in `lang` names.
    pub fn from_title_in(lang: Lang, title: &str) -> Option<Self> {
        Self::ORDER
            .into_iter()
            .find(|k| k.title_in(lang).eq_ignore_ascii_case(title.trim()))
    }

    /// The three "when to call" tiers: a bullet list of concrete signs each.
    pub fn is_call_tier(self) -> bool {
        matches!(self, Self::CallNow | Self::CallToday | Self::NextVisit)
    }

    /// A CSS-friendly name, e.g. `side-effects` (the wire name).
    pub fn slug(self) -> &'static str {
        crate::model::wire::name(&self)
    }

    /// The section's heading: what the reader sees, and the `##` heading editors write.
    pub fn title(self) -> &'static str {
        self.title_in(chosen())
    }

    /// The section's heading in `lang`.
    pub fn title_in(self, lang: Lang) -> &'static str {
        let w = table(lang);
        match self {
            Self::What => w.section_what,
            Self::Who => w.section_who,
            Self::Benefit => w.section_benefit,
            Self::How => w.section_how,
            Self::CallNow => w.section_call_now,
            Self::CallToday => w.section_call_today,
            Self::NextVisit => w.section_next_visit,
            Self::SideEffects => w.section_side_effects,
            Self::Tests => w.section_tests,
            Self::Pregnancy => w.section_pregnancy,
            Self::Interactions => w.section_interactions,
            Self::Confuse => w.section_confuse,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Drug {
    pub id: String,
    pub generic: String,
    pub brands: Vec<String>,
    #[serde(default)]
    pub abbreviations: Vec<String>,
    #[serde(default)]
    pub other_names: Vec<String>,
    pub summary: String,
    /// 3–5 plain sentences shown first on the card and in print.
    pub key_points: Vec<String>,
    pub class: DrugClass,
    pub routes: Vec<Route>,
    pub schedule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_weeks: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_in_chair: Option<String>,
    pub cancers: Vec<Cancer>,
    pub settings: Vec<Setting>,
    pub first_us_approval: u16,
    #[serde(default)]
    pub accelerated: bool,
    /// The US label's boxed warning topics; required, so that a card without the field is an
    /// error and never a silent "None". An empty list means the label has none.
    pub boxed_warnings: Vec<String>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contraception: Option<String>,
    #[serde(default)]
    pub confuse_with: Vec<String>,
    #[serde(default)]
    pub biosimilars: Vec<Biosimilar>,
    #[serde(default)]
    pub approvals: Vec<Approval>,
    #[serde(default)]
    pub monitoring: Vec<Monitoring>,
    #[serde(default)]
    pub questions: Vec<String>,
    /// Filled by the compiler from the `##` sections of the card's markdown.
    #[serde(default)]
    pub sections: Vec<Section>,
    pub sources: Vec<Source>,
    pub last_reviewed: String,
    /// ISO date by which the card is reviewed again (at most 12 months after `last_reviewed`).
    pub next_review: String,
}

impl Drug {
    /// "trastuzumab (Herceptin)" — the name shown on the card.
    pub fn display_name(&self) -> String {
        match self.brands.first() {
            Some(brand) => format!("{} ({brand})", self.generic),
            None => self.generic.clone(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub published: String,
    pub last_reviewed: String,
    /// ISO date by which the article is reviewed again (at most 12 months after `last_reviewed`).
    pub next_review: String,
    pub summary: String,
    /// 3–5 plain sentences shown first and in print.
    pub key_points: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub drugs: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub body: String,
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    pub id: String,
    pub term: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronounce: Option<String>,
    pub definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub topic: String,
    pub text: String,
}

/// A national helpline, as its own service's page gives it (sourced content, never the
/// reader's care team).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Helpline {
    /// Who runs it: "American Cancer Society".
    pub name: String,
    /// The number as people write it: "1-800-227-2345".
    pub phone: String,
    /// The number for a `tel:` link: "+18002272345".
    pub tel: String,
    /// What the line is for and who answers, in plain words.
    pub about: String,
    /// Where it can be called from: "United States".
    pub country: String,
    /// When it answers, as the source says; empty when the source could not confirm it.
    #[serde(default)]
    pub hours: String,
    pub source: Source,
}

impl Pack {
    pub fn drug(&self, id: &str) -> Option<&Drug> {
        self.drugs.iter().find(|d| d.id == id)
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    /// Articles newest first (ties broken by title), as the list shows them.
    pub fn articles_newest_first(&self) -> Vec<&Article> {
        let mut list: Vec<&Article> = self.articles.iter().collect();
        crate::model::order::sort_by(&mut list, |a, b| {
            b.published.cmp(&a.published).then(a.title.cmp(&b.title))
        });
        list
    }
}
