//! A second language's content (`content/<lang>/`, e.g. `content/es/`): its text laid over the
//! English files, which keep every piece of data (ids, dates, doses, lists of ids, sources), and
//! the checks that keep the two in step — the same pages, ids, list lengths and sections; only
//! text in a translation; the English version each page translates (a warning once the English
//! has changed since); and the fixed term list (`terms.toml`).

use crate::model::hash::fnv1a64;
use std::path::Path;
use toml::{Table, Value};

/// The fields that are reader text, by file, as TOML keys (`a.b`: key `b` of each table in the
/// array `a`). Everything else in a content file is data, written once in the English file.
/// A test checks every name against the model.
pub const PACK_TEXT: &[&str] = &["title", "tagline"];
pub const OVERVIEW_TEXT: &[&str] = &["title", "summary"];
pub const DRUG_TEXT: &[&str] = &[
    "summary",
    "key_points",
    "schedule",
    "course",
    "time_in_chair",
    "contraception",
    "questions",
    "approvals.use",
    "monitoring.test",
    "monitoring.when",
];
pub const ARTICLE_TEXT: &[&str] = &["title", "summary", "key_points", "tags"];
pub const GLOSSARY_TEXT: &[&str] = &["term.term", "term.aliases", "term.definition"];
pub const QUESTIONS_TEXT: &[&str] = &["question.topic", "question.text"];
pub const HELPLINES_TEXT: &[&str] = &[
    "helpline.name",
    "helpline.about",
    "helpline.country",
    "helpline.hours",
];
pub const RESULTS_TEXT: &[&str] = &[
    "caveat",
    "result.label",
    "result.group",
    "result.meaning",
    "result.studied",
];

/// Text a translation has or leaves out on its own, whatever the English does: how to say a
/// term is for readers of that language (an English pronunciation guide is no help to them).
const OWN_TEXT: &[&str] = &["term.pronounce"];

/// Text lists whose length is the translation's own: the words a term is found by differ from
/// one language to another.
const FREE_LENGTH: &[&str] = &["term.aliases"];

/// Keys of a translation's own: its `[translation]` record, and (in `pack.toml`) how the
/// translation was made.
const RECORD: &str = "translation";
pub const METHOD: &str = "translation_method";

/// What a translated file records about itself (`[translation]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// The hash of the English file it translates (`her2-pack translated` writes it).
    pub english_hash: String,
    /// The English file's `last_reviewed` when it was translated.
    pub english_reviewed: String,
    /// A bilingual clinician's review, as written ("" until one has happened).
    pub reviewed_by: String,
}

/// The hash written in `english_hash`: of the English file's bytes, as 16 hex digits.
pub fn english_hash(english_text: &str) -> String {
    format!("{:016x}", fnv1a64(english_text.as_bytes()))
}

/// The front matter of a content file (or the whole of a TOML one) as a table.
pub fn front_table(text: &str) -> Result<toml::Table, String> {
    let front = match super::front_matter::split(text) {
        Ok(parts) => parts.front,
        Err(_) => text,
    };
    front
        .parse()
        .map_err(|e: toml::de::Error| e.message().trim().to_string())
}

/// The review date of an English file (`root`: the content folder): its `last_reviewed`, or the pack's `reviewed` for the
/// files without one (glossary, questions).
pub fn review_date(english: &toml::Table, root: &Path) -> String {
    let own = english
        .get("last_reviewed")
        .or_else(|| english.get("reviewed"))
        .and_then(|v| v.as_str());
    match own {
        Some(date) => date.to_string(),
        None => std::fs::read_to_string(root.join("pack.toml"))
            .ok()
            .and_then(|t| t.parse::<toml::Table>().ok())
            .and_then(|t| t.get("reviewed")?.as_str().map(str::to_string))
            .unwrap_or_default(),
    }
}

/// The English front matter with the translation's text laid over it, or every problem found
/// (as messages naming the key). `text` lists the file's text fields (see [`DRUG_TEXT`]).
pub fn overlay(english: &Table, translated: &Table, text: &[&str]) -> Result<Table, Vec<String>> {
    let mut merged = english.clone();
    let mut errors = Vec::new();
    lay(&mut merged, translated, text, "", true, &mut errors);
    if errors.is_empty() {
        Ok(merged)
    } else {
        Err(errors)
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

fn is_text(value: &Value) -> bool {
    match value {
        Value::String(_) => true,
        Value::Array(items) => items.iter().all(Value::is_str),
        _ => false,
    }
}

fn lay(
    merged: &mut Table,
    translated: &Table,
    text: &[&str],
    at: &str,
    top: bool,
    errors: &mut Vec<String>,
) {
    for own in OWN_TEXT {
        if let Some(key) = own
            .strip_prefix(&format!("{at}."))
            .filter(|_| !at.is_empty())
        {
            if !key.contains('.') && !translated.contains_key(key) {
                merged.remove(key);
            }
        }
    }
    for (key, value) in translated {
        let path = join(at, key);
        if top && (key == RECORD || key == METHOD) {
            continue;
        }
        if key == "id" {
            if merged.get("id") != Some(value) {
                errors.push(format!(
                    "`{path}` must be the English file's id ({})",
                    merged.get("id").map_or("none".into(), Value::to_string)
                ));
            }
            continue;
        }
        let own = OWN_TEXT.contains(&path.as_str());
        let Some(english) = merged.get_mut(key) else {
            if own && is_text(value) {
                merged.insert(key.clone(), value.clone());
            } else {
                errors.push(format!("`{path}` is not in the English file"));
            }
            continue;
        };
        if text.contains(&path.as_str()) || own {
            match (&*english, value) {
                (Value::String(_), Value::String(_)) => *english = value.clone(),
                (Value::Array(a), Value::Array(b)) if is_text(english) && is_text(value) => {
                    if a.len() == b.len() || FREE_LENGTH.contains(&path.as_str()) {
                        *english = value.clone();
                    } else {
                        errors.push(format!(
                            "`{path}` has {} items; the English has {}",
                            b.len(),
                            a.len()
                        ));
                    }
                }
                _ => errors.push(format!("`{path}` must be text, as in the English file")),
            }
        } else if text.iter().any(|t| t.starts_with(&format!("{path}."))) {
            match (english, value) {
                (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
                    for (i, (x, y)) in a.iter_mut().zip(b).enumerate() {
                        match (x, y) {
                            (Value::Table(x), Value::Table(y)) => {
                                let before = errors.len();
                                lay(x, y, text, &path, false, errors);
                                for e in &mut errors[before..] {
                                    *e = format!("{e} (entry {})", i + 1);
                                }
                            }
                            _ => errors.push(format!("`{path}` must be a list of tables")),
                        }
                    }
                }
                (Value::Array(a), Value::Array(b)) => errors.push(format!(
                    "`{path}` has {} entries; the English has {}",
                    b.len(),
                    a.len()
                )),
                _ => errors.push(format!("`{path}` must be a list of tables")),
            }
        } else {
            errors.push(format!(
                "`{path}` is data, written once in the English file: leave it out of the translation"
            ));
        }
    }
    // Every text field the English has here is translated.
    for field in text {
        let Some(key) = (if at.is_empty() {
            Some(*field)
        } else {
            field.strip_prefix(&format!("{at}."))
        }) else {
            continue;
        };
        if key.contains('.') {
            // A list of tables: each of its entries is checked above, and a missing list here.
            let list = key.split('.').next().unwrap_or(key);
            if merged.contains_key(list) && !translated.contains_key(list) {
                let missing = format!("`{}` is not translated", join(at, list));
                if !errors.contains(&missing) {
                    errors.push(missing);
                }
            }
            continue;
        }
        if merged.contains_key(key) && !translated.contains_key(key) {
            errors.push(format!("`{}` is not translated", join(at, key)));
        }
    }
}

/// Reads the `[translation]` record of a translated file.
pub fn record(translated: &Table) -> Result<Record, String> {
    let Some(value) = translated.get(RECORD) else {
        return Err(format!(
            "no `[{RECORD}]` record (english_hash, english_reviewed, reviewed_by); run `her2-pack translated` on the file"
        ));
    };
    let table = value
        .as_table()
        .ok_or_else(|| format!("`{RECORD}` must be a table"))?;
    let field = |key: &str| -> Result<String, String> {
        match table.get(key) {
            None => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(format!("`{RECORD}.{key}` must be text")),
        }
    };
    for key in table.keys() {
        if !["english_hash", "english_reviewed", "reviewed_by"].contains(&key.as_str()) {
            return Err(format!("unknown field `{RECORD}.{key}`"));
        }
    }
    Ok(Record {
        english_hash: field("english_hash")?,
        english_reviewed: field("english_reviewed")?,
        reviewed_by: field("reviewed_by")?,
    })
}

/// `text` with its `[translation]` record set to the English file's hash and review date
/// (what `her2-pack translated` writes once a translation has caught up). Other lines stay as
/// they are, comments included.
pub fn stamp(text: &str, english_hash: &str, english_reviewed: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len() + 80);
    let mut in_record = false;
    let mut seen = false;
    let (mut hash_done, mut date_done) = (false, false);
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let finish = |out: &mut String, hash_done: &mut bool, date_done: &mut bool| {
        if !*hash_done {
            out.push_str(&format!("english_hash = \"{english_hash}\"\n"));
            *hash_done = true;
        }
        if !*date_done {
            out.push_str(&format!("english_reviewed = \"{english_reviewed}\"\n"));
            *date_done = true;
        }
    };
    for line in lines {
        let trimmed = line.trim();
        let leaves_record = in_record && (trimmed.starts_with('[') || trimmed == "+++");
        if leaves_record {
            finish(&mut out, &mut hash_done, &mut date_done);
            in_record = false;
        }
        if trimmed == format!("[{RECORD}]") {
            in_record = true;
            seen = true;
            out.push_str(line);
            continue;
        }
        if in_record && trimmed.starts_with("english_hash") {
            out.push_str(&format!("english_hash = \"{english_hash}\"\n"));
            hash_done = true;
            continue;
        }
        if in_record && trimmed.starts_with("english_reviewed") {
            out.push_str(&format!("english_reviewed = \"{english_reviewed}\"\n"));
            date_done = true;
            continue;
        }
        out.push_str(line);
    }
    if in_record {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        finish(&mut out, &mut hash_done, &mut date_done);
    }
    if seen {
        Ok(out)
    } else {
        Err(format!("no `[{RECORD}]` record to stamp"))
    }
}

/// One entry of the fixed term list (`content/<lang>/terms.toml`).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub en: String,
    #[serde(rename = "es", alias = "text")]
    pub translated: String,
    #[serde(default)]
    pub avoid: Vec<String>,
}

/// The term list's file.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermList {
    #[serde(default)]
    pub term: Vec<Term>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Where `needle` occurs in `haystack` as whole words (both lower-cased).
fn whole_word(haystack: &str, needle: &str) -> bool {
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        let before = haystack[..start].chars().next_back();
        let after = haystack[end..].chars().next();
        if !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char) {
            return true;
        }
        from = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The term list's problems with a translated page's plain text: each avoided wording it uses,
/// with the wording the list fixes.
pub fn term_problems(terms: &TermList, plain: &str) -> Vec<String> {
    let text = plain.to_lowercase();
    let mut out = Vec::new();
    for t in &terms.term {
        for avoid in &t.avoid {
            if whole_word(&text, &avoid.to_lowercase()) {
                out.push(format!(
                    "uses `{avoid}`; the term list (terms.toml) says `{}` for \"{}\"",
                    t.translated, t.en
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(s: &str) -> Table {
        s.parse().expect("toml")
    }

    /// Every text field named above is a field of the model (its TOML key), so a renamed field
    /// cannot leave a translation unchecked.
    #[test]
    fn the_text_fields_are_fields_of_the_model() {
        use crate::model::*;
        use serde_json::{to_value, Value};
        let keys = |v: Value| -> Vec<String> {
            v.as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default()
        };
        // Optional fields are left out when empty: give them a value.
        let drug = Drug {
            course: Some(String::new()),
            time_in_chair: Some(String::new()),
            contraception: Some(String::new()),
            ..Drug::default()
        };
        let term = GlossaryTerm {
            pronounce: Some(String::new()),
            ..GlossaryTerm::default()
        };
        /// A file kind's text fields, and its model's tables by TOML key ("" = the file).
        type Kind<'a> = (&'a [&'a str], Vec<(&'a str, Value)>);
        let tables: [Kind; 8] = [
            (PACK_TEXT, vec![("", to_value(Pack::default()).unwrap())]),
            (
                OVERVIEW_TEXT,
                vec![("", to_value(Overview::default()).unwrap())],
            ),
            (
                DRUG_TEXT,
                vec![
                    ("", to_value(drug).unwrap()),
                    ("approvals", to_value(Approval::default()).unwrap()),
                    ("monitoring", to_value(Monitoring::default()).unwrap()),
                ],
            ),
            (
                ARTICLE_TEXT,
                vec![("", to_value(Article::default()).unwrap())],
            ),
            (GLOSSARY_TEXT, vec![("term", to_value(term).unwrap())]),
            (
                QUESTIONS_TEXT,
                vec![("question", to_value(Question::default()).unwrap())],
            ),
            (
                HELPLINES_TEXT,
                vec![("helpline", to_value(Helpline::default()).unwrap())],
            ),
            (
                RESULTS_TEXT,
                vec![
                    ("", to_value(ResultGuide::default()).unwrap()),
                    ("result", to_value(TestResult::default()).unwrap()),
                ],
            ),
        ];
        for (fields, models) in tables {
            for field in fields {
                let (table, key) = field.rsplit_once('.').unwrap_or(("", field));
                let model = models.iter().find(|(t, _)| *t == table);
                let found = model.is_some_and(|(_, v)| keys(v.clone()).iter().any(|k| k == key));
                assert!(found, "`{field}` is not a field of the model");
            }
        }
        for field in OWN_TEXT.iter().chain(FREE_LENGTH) {
            assert!(
                GLOSSARY_TEXT.contains(field) || field.ends_with("pronounce"),
                "{field}"
            );
        }
    }

    #[test]
    fn text_is_laid_over_and_data_stays() {
        let en = table(
            "id = \"x\"\nsummary = \"A pill.\"\nkey_points = [\"a\", \"b\"]\nevery_days = 1\n[[approvals]]\ndate = \"2020-01-01\"\nuse = \"Breast\"\n",
        );
        let es = table(
            "id = \"x\"\nsummary = \"Una pastilla.\"\nkey_points = [\"á\", \"b\"]\n[[approvals]]\nuse = \"Mama\"\n[translation]\nenglish_hash = \"\"\n",
        );
        let text = ["summary", "key_points", "approvals.use"];
        let m = overlay(&en, &es, &text).expect("overlay");
        assert_eq!(m["summary"].as_str(), Some("Una pastilla."));
        assert_eq!(m["every_days"].as_integer(), Some(1));
        let approval = &m["approvals"].as_array().expect("list")[0];
        assert_eq!(approval["use"].as_str(), Some("Mama"));
        assert_eq!(approval["date"].as_str(), Some("2020-01-01"));
        assert!(m.get("translation").is_none());
    }

    #[test]
    fn data_missing_text_and_other_lengths_are_refused() {
        let en = table("id = \"x\"\nsummary = \"A\"\nkey_points = [\"a\", \"b\"]\nevery_days = 1\n[[approvals]]\nuse = \"B\"\n[[approvals]]\nuse = \"C\"\n");
        let es =
            table("id = \"y\"\nkey_points = [\"a\"]\nevery_days = 2\n[[approvals]]\nuse = \"M\"\n");
        let errors =
            overlay(&en, &es, &["summary", "key_points", "approvals.use"]).expect_err("refused");
        let all = errors.join("\n");
        for part in [
            "`id` must be the English file's id",
            "`key_points` has 1 items; the English has 2",
            "`every_days` is data",
            "`approvals` has 1 entries; the English has 2",
            "`summary` is not translated",
        ] {
            assert!(all.contains(part), "{part} not in:\n{all}");
        }
    }

    #[test]
    fn a_pronunciation_is_the_translations_own() {
        let en = table("[[term]]\nid = \"a\"\nterm = \"A\"\npronounce = \"ay\"\n[[term]]\nid = \"b\"\nterm = \"B\"\n");
        let es = table("[[term]]\nid = \"a\"\nterm = \"Á\"\n[[term]]\nid = \"b\"\nterm = \"Be\"\npronounce = \"be\"\n");
        let m = overlay(&en, &es, &["term.term"]).expect("overlay");
        let terms = m["term"].as_array().expect("list");
        assert!(terms[0].get("pronounce").is_none());
        assert_eq!(terms[1]["pronounce"].as_str(), Some("be"));
        let wrong_id =
            table("[[term]]\nid = \"b\"\nterm = \"Á\"\n[[term]]\nid = \"a\"\nterm = \"Be\"\n");
        assert!(overlay(&en, &wrong_id, &["term.term"]).is_err());
    }

    #[test]
    fn stamping_fills_the_record_and_keeps_the_rest() {
        let text = "+++\nid = \"x\"\n\n[translation]\nenglish_hash = \"\"   # note\nreviewed_by = \"\"\n+++\nBody\n";
        let out = stamp(text, "00ff", "2026-12-02").expect("stamp");
        assert_eq!(
            out,
            "+++\nid = \"x\"\n\n[translation]\nenglish_hash = \"00ff\"\nreviewed_by = \"\"\nenglish_reviewed = \"2026-12-02\"\n+++\nBody\n"
        );
        let rec = record(&table(
            "[translation]\nenglish_hash = \"00ff\"\nreviewed_by = \"\"\nenglish_reviewed = \"2026-12-02\"\n",
        ))
        .expect("record");
        assert_eq!(rec.english_hash, "00ff");
        assert_eq!(rec.english_reviewed, "2026-12-02");
        assert!(stamp("id = 1\n", "a", "b").is_err());
        // At the end of a TOML file.
        let out = stamp("[translation]\nreviewed_by = \"\"", "ab", "2026-01-01").expect("stamp");
        assert!(out.ends_with(
            "reviewed_by = \"\"\nenglish_hash = \"ab\"\nenglish_reviewed = \"2026-01-01\"\n"
        ));
    }

    #[test]
    fn avoided_words_are_found_as_whole_words() {
        let terms: TermList = toml::from_str(
            "[[term]]\nen = \"side effect\"\nes = \"efecto secundario\"\navoid = [\"efecto adverso\", \"feto\"]\n",
        )
        .expect("terms");
        assert_eq!(term_problems(&terms, "Un Efecto adverso raro.").len(), 1);
        assert!(term_problems(&terms, "Los efectos adversos").is_empty());
        assert!(term_problems(&terms, "bebé en gestación, no un feto.").len() == 1);
        assert!(term_problems(&terms, "Un efecto secundario.").is_empty());
    }
}
