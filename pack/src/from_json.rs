//! Reads the content model out of a parsed JSON value, naming the path of any bad field.
//!
//! `crate::json` parses the text into one `Value` tree; these small readers then move each field
//! into the model. One parser for every type, instead of a derived deserializer per type and
//! per list, keeps the wasm small, and every error knows its exact path
//! (`drugs[3].sources[0].url`). The model's serde derives stay for the compiler and the tests,
//! which check that both readers agree.
//!
//! Size: a reader does not return at its first bad field; it keeps the error, fills the rest
//! with `Default` placeholders (the model derives `Default` for this) and reports the error at
//! the end. Returning early from the middle of a struct literal made the compiler write drop code
//! for every field before it; that and not inlining the field readers saved 2.2 KB of brotli.

use crate::json::{Number, Object, Value};
use crate::model::*;

/// A value of the wrong shape: where it is, and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaError {
    pub path: String,
    pub detail: String,
}

/// Where a value sits in the pack; written out only when an error needs it.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'static str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn write(&self, out: &mut String) {
        match self {
            Self::Root => {}
            Self::Key(parent, key) => {
                parent.write(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Self::Index(parent, index) => {
                parent.write(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }

    #[inline(never)]
    fn error(&self, detail: String) -> SchemaError {
        let mut path = String::new();
        self.write(&mut path);
        if path.is_empty() {
            path.push_str("(top level)");
        }
        SchemaError { path, detail }
    }

    /// "invalid type: integer `7`, expected a string", in serde's words.
    #[inline(never)]
    fn wrong_type(&self, found: &Value, expected: &str) -> SchemaError {
        let found = match found {
            Value::Null => "null".to_string(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n @ Number::Float(_)) => format!("floating point `{n}`"),
            Value::Number(n) => format!("integer `{n}`"),
            Value::String(s) => {
                // JSON quoting, not `{s:?}`: Rust's escaping brings Unicode tables into the wasm.
                let mut quoted = "string ".to_string();
                let _ = crate::json::write_string(&mut quoted, s);
                quoted
            }
            Value::Array(_) => "sequence".to_string(),
            Value::Object(_) => "map".to_string(),
        };
        self.error(format!("invalid type: {found}, expected {expected}"))
    }
}

type Read<T> = Result<T, SchemaError>;

/// A model type that can be read from a JSON value.
trait FromJson: Sized + Default {
    fn read(value: Value, at: &Path) -> Read<Self>;
}

impl FromJson for String {
    fn read(value: Value, at: &Path) -> Read<Self> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(at.wrong_type(&other, "a string")),
        }
    }
}

impl FromJson for bool {
    fn read(value: Value, at: &Path) -> Read<Self> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(at.wrong_type(&other, "a boolean")),
        }
    }
}

/// A whole number from 0 to `max`.
#[inline(never)]
fn whole(value: Value, at: &Path, max: u64) -> Read<u64> {
    match value.as_u64() {
        Some(n) if n <= max => Ok(n),
        Some(n) => Err(at.error(format!(
            "invalid value: integer `{n}`, expected a whole number up to {max}"
        ))),
        None => Err(at.wrong_type(&value, "a whole number")),
    }
}

impl FromJson for u16 {
    fn read(value: Value, at: &Path) -> Read<Self> {
        whole(value, at, u64::from(u16::MAX)).map(|n| n as u16)
    }
}

impl FromJson for u32 {
    fn read(value: Value, at: &Path) -> Read<Self> {
        whole(value, at, u64::from(u32::MAX)).map(|n| n as u32)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: Value, at: &Path) -> Read<Self> {
        match value {
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| T::read(item, &Path::Index(at, i)))
                .collect(),
            other => Err(at.wrong_type(&other, "a list")),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(value: Value, at: &Path) -> Read<Self> {
        match value {
            Value::Null => Ok(None),
            other => T::read(other, at).map(Some),
        }
    }
}

/// One of a fixed set of names (the model's kebab-case enums).
#[inline(never)]
fn variant<T: Copy>(value: Value, at: &Path, names: &[(&str, T)]) -> Read<T> {
    let Value::String(name) = value else {
        return Err(at.wrong_type(&value, "a name"));
    };
    if let Some((_, v)) = names.iter().find(|(n, _)| *n == name) {
        return Ok(*v);
    }
    let mut detail = format!("unknown variant `{name}`, expected one of ");
    for (i, (n, _)) in names.iter().enumerate() {
        if i > 0 {
            detail.push_str(", ");
        }
        detail.push('`');
        detail.push_str(n);
        detail.push('`');
    }
    Err(at.error(detail))
}

/// The fields of one JSON object, taken out one by one. The first bad field is kept and the
/// rest are skipped, so a reader builds its value in one go instead of returning at each field.
struct Fields<'a> {
    map: Object,
    at: &'a Path<'a>,
    error: Option<SchemaError>,
}

impl<'a> Fields<'a> {
    #[inline(never)]
    fn of(value: Value, at: &'a Path<'a>) -> Read<Self> {
        match value {
            Value::Object(map) => Ok(Self {
                map,
                at,
                error: None,
            }),
            other => Err(at.wrong_type(&other, "an object")),
        }
    }

    /// A field that must be there.
    #[inline(never)]
    fn req<T: FromJson>(&mut self, key: &'static str) -> T {
        let read = match self.map.remove(key) {
            Some(value) => self.read(value, key),
            None => Err(self.at.error(format!("missing field `{key}`"))),
        };
        self.keep(read)
    }

    /// A field that may be left out (serde's `#[serde(default)]`).
    #[inline(never)]
    fn opt<T: FromJson>(&mut self, key: &'static str) -> T {
        let read = match self.map.remove(key) {
            Some(value) => self.read(value, key),
            None => Ok(T::default()),
        };
        self.keep(read)
    }

    fn read<T: FromJson>(&self, value: Value, key: &'static str) -> Read<T> {
        match self.error {
            Some(_) => Ok(T::default()),
            None => T::read(value, &Path::Key(self.at, key)),
        }
    }

    fn keep<T: Default>(&mut self, read: Read<T>) -> T {
        read.unwrap_or_else(|e| {
            self.error.get_or_insert(e);
            T::default()
        })
    }

    /// The value read, or the first bad field.
    fn finish<T>(self, value: T) -> Read<T> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(value),
        }
    }
}

/// Reads a whole pack from its parsed JSON. Unknown fields are ignored, as serde does.
pub fn pack(value: Value) -> Read<Pack> {
    Pack::read(value, &Path::Root)
}

impl FromJson for Pack {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            schema_version: f.req("schema_version"),
            version: f.req("version"),
            title: f.req("title"),
            tagline: f.opt("tagline"),
            language: f.req("language"),
            reviewed: f.req("reviewed"),
            overview: f.req("overview"),
            drugs: f.req("drugs"),
            articles: f.req("articles"),
            glossary: f.opt("glossary"),
            questions: f.opt("questions"),
            results: f.opt("results"),
        };
        f.finish(read)
    }
}

impl FromJson for ResultGuide {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            caveat: f.req("caveat"),
            results: f.req("result"),
            sources: f.req("sources"),
            last_reviewed: f.req("last_reviewed"),
            next_review: f.req("next_review"),
        };
        f.finish(read)
    }
}

impl FromJson for TestResult {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            id: f.req("id"),
            label: f.req("label"),
            group: f.req("group"),
            meaning: f.req("meaning"),
            approved: f.opt("approved"),
            studied: f.opt("studied"),
        };
        f.finish(read)
    }
}

impl FromJson for Source {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            title: f.req("title"),
            url: f.req("url"),
            why: f.opt("why"),
        };
        f.finish(read)
    }
}

impl FromJson for Overview {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            title: f.req("title"),
            summary: f.req("summary"),
            body: f.opt("body"),
            last_reviewed: f.req("last_reviewed"),
            next_review: f.req("next_review"),
            sources: f.req("sources"),
        };
        f.finish(read)
    }
}

impl FromJson for DrugClass {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use DrugClass::*;
        let names = [
            ("antibody", Antibody),
            ("adc", Adc),
            ("tki", Tki),
            ("bispecific", Bispecific),
        ];
        variant(value, at, &names)
    }
}

impl FromJson for Route {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use Route::*;
        variant(value, at, &[("iv", Iv), ("sc", Sc), ("oral", Oral)])
    }
}

impl FromJson for Cancer {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use Cancer::*;
        let names = [
            ("breast", Breast),
            ("gastric", Gastric),
            ("lung", Lung),
            ("colorectal", Colorectal),
            ("biliary", Biliary),
            ("any-solid-tumour", AnySolidTumour),
        ];
        variant(value, at, &names)
    }
}

impl FromJson for Setting {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use Setting::*;
        variant(value, at, &[("early", Early), ("metastatic", Metastatic)])
    }
}

impl FromJson for Risk {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use Risk::*;
        let names = [
            ("heart", Heart),
            ("lung", Lung),
            ("liver", Liver),
            ("diarrhoea", Diarrhoea),
            ("infusion", Infusion),
            ("bleeding", Bleeding),
            ("eye", Eye),
        ];
        variant(value, at, &names)
    }
}

impl FromJson for SectionKind {
    fn read(value: Value, at: &Path) -> Read<Self> {
        use SectionKind::*;
        let names = [
            ("what", What),
            ("who", Who),
            ("benefit", Benefit),
            ("how", How),
            ("call-now", CallNow),
            ("call-today", CallToday),
            ("next-visit", NextVisit),
            ("side-effects", SideEffects),
            ("tests", Tests),
            ("pregnancy", Pregnancy),
            ("interactions", Interactions),
            ("confuse", Confuse),
        ];
        variant(value, at, &names)
    }
}

impl FromJson for Biosimilar {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            brand: f.req("brand"),
            name: f.req("name"),
            year: f.req("year"),
        };
        f.finish(read)
    }
}

impl FromJson for Approval {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            date: f.req("date"),
            use_: f.req("use"),
            accelerated: f.opt("accelerated"),
        };
        f.finish(read)
    }
}

impl FromJson for Monitoring {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            test: f.req("test"),
            when: f.req("when"),
            before_start: f.opt("before_start"),
            during: f.opt("during"),
            every_weeks: f.opt("every_weeks"),
            for_weeks: f.opt("for_weeks"),
            then_every_weeks: f.opt("then_every_weeks"),
            after_weeks: f.opt("after_weeks"),
        };
        f.finish(read)
    }
}

impl FromJson for Section {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            kind: f.req("kind"),
            title: f.req("title"),
            body: f.req("body"),
        };
        f.finish(read)
    }
}

impl FromJson for Drug {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            id: f.req("id"),
            generic: f.req("generic"),
            brands: f.req("brands"),
            abbreviations: f.opt("abbreviations"),
            other_names: f.opt("other_names"),
            summary: f.req("summary"),
            key_points: f.req("key_points"),
            class: f.req("class"),
            routes: f.req("routes"),
            schedule: f.req("schedule"),
            every_days: f.opt("every_days"),
            course: f.opt("course"),
            course_weeks: f.opt("course_weeks"),
            time_in_chair: f.opt("time_in_chair"),
            cancers: f.req("cancers"),
            settings: f.req("settings"),
            first_us_approval: f.req("first_us_approval"),
            accelerated: f.opt("accelerated"),
            boxed_warnings: f.req("boxed_warnings"),
            risks: f.opt("risks"),
            contraception: f.opt("contraception"),
            confuse_with: f.opt("confuse_with"),
            biosimilars: f.opt("biosimilars"),
            approvals: f.opt("approvals"),
            monitoring: f.opt("monitoring"),
            questions: f.opt("questions"),
            sections: f.opt("sections"),
            sources: f.req("sources"),
            last_reviewed: f.req("last_reviewed"),
            next_review: f.req("next_review"),
        };
        f.finish(read)
    }
}

impl FromJson for Article {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            id: f.req("id"),
            title: f.req("title"),
            published: f.req("published"),
            last_reviewed: f.req("last_reviewed"),
            next_review: f.req("next_review"),
            summary: f.req("summary"),
            key_points: f.req("key_points"),
            tags: f.opt("tags"),
            drugs: f.opt("drugs"),
            related: f.opt("related"),
            body: f.opt("body"),
            sources: f.req("sources"),
        };
        f.finish(read)
    }
}

impl FromJson for GlossaryTerm {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            id: f.req("id"),
            term: f.req("term"),
            aliases: f.opt("aliases"),
            pronounce: f.opt("pronounce"),
            definition: f.req("definition"),
        };
        f.finish(read)
    }
}

impl FromJson for Question {
    fn read(value: Value, at: &Path) -> Read<Self> {
        let mut f = Fields::of(value, at)?;
        let read = Self {
            topic: f.req("topic"),
            text: f.req("text"),
        };
        f.finish(read)
    }
}
