//! The reader's data kept on their device: one versioned JSON shape, its export, and an import
//! that merges a file into what is already there.
//!
//! An import never overwrites: everything already kept stays, and what the file adds is listed
//! in a [`Preview`] for the reader to accept; the same entry twice is kept once. A file that
//! cannot be read as it is meant (too large, not JSON, from a newer version, another shape) is
//! refused whole with the reason in the reader's words ([`ImportError`]), and nothing changes.
//! Files of older versions are read through their migration ([`DATA_VERSION`] says which is
//! current; version 0 is [`V0`]).

use super::calendar::Plan;
use super::units::Units;
use crate::model::date::Date;
use crate::words::toolkit;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The version of the data shape this code reads and writes.
pub const DATA_VERSION: u32 = 1;

/// The largest file an import reads.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Everything the reader keeps on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    pub version: u32,
    /// The reader's care team: names and numbers to call.
    #[serde(default)]
    pub care_team: Vec<Contact>,
    /// The ids of the medicines the reader takes.
    #[serde(default)]
    pub drugs: Vec<String>,
    /// One plan per course of a medicine.
    #[serde(default)]
    pub plans: Vec<Plan>,
    /// The symptom diary, oldest first.
    #[serde(default)]
    pub diary: Vec<Entry>,
    /// The ticked questions, by the key the questions page gives each (a hash of its words).
    #[serde(default)]
    pub questions: Vec<String>,
    /// The units the reader reads temperatures and weights in.
    #[serde(default, skip_serializing_if = "Units::is_default")]
    pub units: Units,
    /// Other treatments, as the reader writes them (ones the guide has no card for).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub other_treatments: String,
}

impl Default for Data {
    fn default() -> Self {
        Data {
            version: DATA_VERSION,
            care_team: Vec::new(),
            drugs: Vec::new(),
            plans: Vec::new(),
            diary: Vec::new(),
            questions: Vec::new(),
            units: Units::default(),
            other_treatments: String::new(),
        }
    }
}

/// Someone in the care team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// As the reader writes it: "Oncology nurse line", "Dr Ruiz".
    pub name: String,
    pub phone: String,
}

/// One diary entry: a symptom on a day, how bad it was and a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(with = "super::day")]
    pub date: Date,
    pub symptom: String,
    /// None only for an entry kept before severities were (version 0): never guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// How bad a symptom was at its worst, in PRO-CTCAE's five steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    None,
    Mild,
    Moderate,
    Severe,
    VerySevere,
}

impl Severity {
    /// The five steps, least first.
    pub const ALL: [Severity; 5] = [
        Self::None,
        Self::Mild,
        Self::Moderate,
        Self::Severe,
        Self::VerySevere,
    ];

    /// The word a reader sees.
    pub fn label(self) -> &'static str {
        let w = toolkit();
        match self {
            Self::None => w.severity_none,
            Self::Mild => w.severity_mild,
            Self::Moderate => w.severity_moderate,
            Self::Severe => w.severity_severe,
            Self::VerySevere => w.severity_very_severe,
        }
    }
}

/// The data as a file to keep or to move to another device (JSON, current version).
pub fn export(data: &Data) -> String {
    let current = Data {
        version: DATA_VERSION,
        ..data.clone()
    };
    serde_json::to_string_pretty(&current).unwrap_or_default()
}

/// What an import would make of the data, for the reader to accept or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// The data with the file merged in: what to keep if the reader accepts.
    pub merged: Data,
    /// What the file adds.
    pub added: Counts,
    /// Entries of the file that were already kept.
    pub duplicates: usize,
    /// Plans of the file for a course already kept (same medicine and start) with other
    /// details: the kept plan stays.
    pub kept_current: usize,
    /// The file's data version (older ones are migrated).
    pub from_version: u32,
}

/// How many of each kind of thing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub care_team: usize,
    pub drugs: usize,
    pub plans: usize,
    pub diary: usize,
    pub questions: usize,
}

impl Counts {
    pub fn total(&self) -> usize {
        self.care_team + self.drugs + self.plans + self.diary + self.questions
    }
}

/// Why a file was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON (or empty): where the JSON reader stopped.
    NotJson { line: usize, column: usize },
    /// Written by a newer version of the guide.
    Newer { found: u32 },
    /// JSON, but not this data: serde's words on what is wrong.
    WrongShape { detail: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = toolkit();
        let reason = match self {
            Self::TooLarge { .. } => (w.import_too_large)(MAX_IMPORT_BYTES / (1024 * 1024)),
            Self::NotJson { line, column } => (w.import_not_json)(*line, *column),
            Self::Newer { found } => (w.import_newer)(*found, DATA_VERSION),
            Self::WrongShape { detail } => (w.import_wrong_shape)(detail),
        };
        write!(f, "{reason} {}", w.import_nothing_changed)
    }
}

impl std::error::Error for ImportError {}

/// Reads a file and merges it into `current`; `current` itself is never changed.
pub fn import(text: &str, current: &Data) -> Result<Preview, ImportError> {
    let (incoming, from_version) = read(text)?;
    Ok(merge(current, incoming, from_version))
}

/// A file's data in the current shape, and the version it was written in.
pub fn read(text: &str) -> Result<(Data, u32), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    let version = Head::deserialize(&value).map_err(wrong_shape)?.version;
    let data = match version {
        0 => V0::deserialize(&value).map(V0::migrate),
        v if v <= u64::from(DATA_VERSION) => Data::deserialize(&value),
        v => {
            let found = u32::try_from(v).unwrap_or(u32::MAX);
            return Err(ImportError::Newer { found });
        }
    }
    .map_err(wrong_shape)?;
    Ok((data, u32::try_from(version).unwrap_or(DATA_VERSION)))
}

fn wrong_shape(e: serde_json::Error) -> ImportError {
    ImportError::WrongShape {
        detail: e.to_string(),
    }
}

/// What every version has: its number.
#[derive(Deserialize)]
#[serde(rename = "HER2 Guide data")]
struct Head {
    version: u64,
}

/// Version 0, the first shape: the care team was `team` with a `number` each, diary entries
/// had no severity, and there were no plans.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct V0 {
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    team: Vec<V0Contact>,
    #[serde(default)]
    drugs: Vec<String>,
    #[serde(default)]
    diary: Vec<V0Entry>,
    #[serde(default)]
    questions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V0Contact {
    name: String,
    number: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct V0Entry {
    #[serde(with = "super::day")]
    date: Date,
    symptom: String,
    #[serde(default)]
    note: String,
}

impl V0 {
    /// The same data in the current shape: no severity is made up for old entries.
    fn migrate(self) -> Data {
        Data {
            version: DATA_VERSION,
            care_team: self
                .team
                .into_iter()
                .map(|c| Contact {
                    name: c.name,
                    phone: c.number,
                })
                .collect(),
            drugs: self.drugs,
            plans: Vec::new(),
            diary: self
                .diary
                .into_iter()
                .map(|e| Entry {
                    date: e.date,
                    symptom: e.symptom,
                    severity: None,
                    note: e.note,
                })
                .collect(),
            questions: self.questions,
            units: Units::default(),
            other_treatments: String::new(),
        }
    }
}

// ── Merging ──────────────────────────────────────────────────────────────────────────────

/// `current` with what `incoming` adds.
fn merge(current: &Data, incoming: Data, from_version: u32) -> Preview {
    let mut merged = Data {
        version: DATA_VERSION,
        ..current.clone()
    };
    let mut added = Counts::default();
    let mut duplicates = 0;
    let mut kept_current = 0;
    let mut tally = |is_new: bool, count: &mut usize| {
        if is_new {
            *count += 1;
        } else {
            duplicates += 1;
        }
    };
    for c in incoming.care_team {
        let new = !merged.care_team.iter().any(|k| same_contact(k, &c));
        tally(new, &mut added.care_team);
        if new {
            merged.care_team.push(c);
        }
    }
    for id in incoming.drugs {
        let new = !merged.drugs.contains(&id);
        tally(new, &mut added.drugs);
        if new {
            merged.drugs.push(id);
        }
    }
    for plan in incoming.plans {
        match merged
            .plans
            .iter()
            .find(|k| k.drug == plan.drug && k.start == plan.start)
        {
            Some(kept) if *kept == plan => tally(false, &mut added.plans),
            Some(_) => kept_current += 1,
            None => {
                tally(true, &mut added.plans);
                merged.plans.push(plan);
            }
        }
    }
    for entry in incoming.diary {
        let new = !merged.diary.iter().any(|k| same_entry(k, &entry));
        tally(new, &mut added.diary);
        if new {
            merged.diary.push(entry);
        }
    }
    for key in incoming.questions {
        let new = !merged.questions.contains(&key);
        tally(new, &mut added.questions);
        if new {
            merged.questions.push(key);
        }
    }
    merged.diary.sort_by_key(|e| e.date);
    // The reader's own choice stays; a file's is taken only where none was made.
    if merged.units.is_default() {
        merged.units = incoming.units;
    }
    // Other treatments: the file's words are added after the reader's unless already there.
    let theirs = incoming.other_treatments.trim();
    if !theirs.is_empty() && !folded(&merged.other_treatments).contains(&folded(theirs)) {
        merged.other_treatments = match merged.other_treatments.trim() {
            "" => theirs.to_string(),
            mine => format!("{mine}; {theirs}"),
        };
    }
    Preview {
        merged,
        added,
        duplicates,
        kept_current,
        from_version,
    }
}

/// Text compared without case or extra spaces.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The same person: the same name (case and spaces aside) and the same digits.
fn same_contact(a: &Contact, b: &Contact) -> bool {
    let digits = |p: &str| p.chars().filter(char::is_ascii_digit).collect::<String>();
    folded(&a.name) == folded(&b.name) && digits(&a.phone) == digits(&b.phone)
}

/// The same entry: day, symptom and note alike (case and spaces aside), and the same severity.
fn same_entry(a: &Entry, b: &Entry) -> bool {
    a.date == b.date
        && a.severity == b.severity
        && folded(&a.symptom) == folded(&b.symptom)
        && folded(&a.note) == folded(&b.note)
}

#[cfg(test)]
mod tests;
