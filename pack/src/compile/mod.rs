//! The pack compiler: reads the editors' files in `content/`, checks everything, and produces the
//! `Pack` that is written as `her2.json`. Every problem names its file and, where it can, its line.

mod editorial;
mod front_matter;
mod naming;
mod sections;
mod trusted_sources;

use crate::model::date::Date;
use crate::model::SCHEMA_VERSION;
use crate::model::{Article, Drug, GlossaryTerm, Overview, Pack, Question};
use crate::read::validate::{validate, Issue, Strictness};
use front_matter::{from_toml, sets_key, split};
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

pub use sections::split_sections;

/// One problem in the content, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackMeta {
    title: String,
    #[serde(default)]
    tagline: String,
    language: String,
    reviewed: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<GlossaryTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionsFile {
    #[serde(default)]
    question: Vec<Question>,
}

/// A file read from disk, kept for error lines.
struct Loaded<T> {
    value: T,
    file: PathBuf,
    text: String,
}

struct Compiler {
    errors: Vec<CompileError>,
}

impl Compiler {
    fn error(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.errors.push(CompileError {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    fn read(&mut self, file: &Path) -> Option<String> {
        match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(text),
                Err(e) => {
                    self.error(file, None, format!("not UTF-8 text: {e}"));
                    None
                }
            },
            Err(e) => {
                self.error(file, None, format!("cannot read: {e}"));
                None
            }
        }
    }

    fn toml_file<T: serde::de::DeserializeOwned>(&mut self, file: &Path) -> Option<T> {
        let text = self.read(file)?;
        match from_toml(&text, 1) {
            Ok(v) => Some(v),
            Err(errors) => {
                for (line, msg) in errors {
                    self.error(file, Some(line), msg);
                }
                None
            }
        }
    }

    /// Reads a markdown file with front matter into `T`, returning it with its body.
    fn md_file<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &Path,
        filled_from_body: &str,
    ) -> Option<(T, String, usize, String)> {
        let text = self.read(file)?;
        let parts = match split(&text) {
            Ok(p) => p,
            Err((line, msg)) => {
                self.error(file, Some(line), msg);
                return None;
            }
        };
        if sets_key(parts.front, filled_from_body) {
            self.error(
                file,
                Some(parts.front_line),
                format!("`{filled_from_body}` is written from the markdown below the front matter, not in it"),
            );
            return None;
        }
        let value: T = match from_toml(parts.front, parts.front_line) {
            Ok(v) => v,
            Err(errors) => {
                for (line, msg) in errors {
                    self.error(file, Some(line), msg);
                }
                return None;
            }
        };
        let body = parts.body.to_string();
        let body_line = parts.body_line;
        Some((value, body, body_line, text))
    }

    fn md_files(&mut self, dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect(),
            Err(e) => {
                self.error(dir, None, format!("cannot read folder: {e}"));
                Vec::new()
            }
        };
        files.sort();
        files
    }

    fn check_id(&mut self, file: &Path, id: &str, text: &str) {
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != id {
            let line = find_line(text, &format!("\"{id}\""));
            self.error(
                file,
                line,
                format!("id `{id}` must match the file name `{stem}`"),
            );
        }
    }
}

/// The first line of `text` containing `needle`.
fn find_line(text: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

/// A stable 64-bit FNV-1a hash, for the pack version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Reads `content/` and builds a checked pack, or every problem found.
pub fn compile_dir(dir: &Path, today: Date) -> Result<Pack, Vec<CompileError>> {
    let mut c = Compiler { errors: Vec::new() };

    let meta_file = dir.join("pack.toml");
    let meta: Option<PackMeta> = c.toml_file(&meta_file);

    let overview_file = dir.join("overview.md");
    let overview = c
        .md_file::<Overview>(&overview_file, "body")
        .map(|(mut o, body, _, text)| {
            o.body = body.trim().to_string();
            Loaded {
                value: o,
                file: overview_file.clone(),
                text,
            }
        });

    let mut drugs: Vec<Loaded<Drug>> = Vec::new();
    for file in c.md_files(&dir.join("drugs")) {
        if let Some((mut drug, body, body_line, text)) = c.md_file::<Drug>(&file, "sections") {
            c.check_id(&file, &drug.id, &text);
            match split_sections(&body, body_line) {
                Ok(sections) => drug.sections = sections,
                Err(errs) => {
                    for (line, msg) in errs {
                        c.error(&file, Some(line), msg);
                    }
                }
            }
            drugs.push(Loaded {
                value: drug,
                file,
                text,
            });
        }
    }
    drugs.sort_by(|a, b| {
        (a.value.first_us_approval, &a.value.generic)
            .cmp(&(b.value.first_us_approval, &b.value.generic))
    });

    let mut articles: Vec<Loaded<Article>> = Vec::new();
    for file in c.md_files(&dir.join("articles")) {
        if let Some((mut article, body, _, text)) = c.md_file::<Article>(&file, "body") {
            c.check_id(&file, &article.id, &text);
            article.body = body.trim().to_string();
            articles.push(Loaded {
                value: article,
                file,
                text,
            });
        }
    }

    let glossary_file = dir.join("glossary.toml");
    let glossary: Vec<GlossaryTerm> = c
        .toml_file::<GlossaryFile>(&glossary_file)
        .map(|g| g.term)
        .unwrap_or_default();
    let questions_file = dir.join("questions.toml");
    let questions: Vec<Question> = c
        .toml_file::<QuestionsFile>(&questions_file)
        .map(|q| q.question)
        .unwrap_or_default();

    let results_file = dir.join("results.toml");
    let results: Option<crate::model::ResultGuide> = if results_file.exists() {
        c.toml_file(&results_file)
    } else {
        None
    };

    let (Some(meta), Some(overview)) = (meta, overview) else {
        return Err(c.errors);
    };
    if !c.errors.is_empty() {
        return Err(c.errors);
    }

    let mut pack = Pack {
        schema_version: SCHEMA_VERSION,
        version: String::new(),
        title: meta.title,
        tagline: meta.tagline,
        language: meta.language,
        reviewed: meta.reviewed,
        overview: overview.value.clone(),
        drugs: drugs.iter().map(|d| d.value.clone()).collect(),
        articles: articles.iter().map(|a| a.value.clone()).collect(),
        glossary,
        questions,
        results,
    };
    let hash = serde_json::to_vec(&pack)
        .map(|bytes| fnv1a(&bytes))
        .unwrap_or(0);
    pack.version = format!("{}-{:08x}", pack.reviewed, hash as u32);

    let mut issues = validate(&pack, Strictness::compiler(today));
    issues.extend(editorial::check(&pack));
    if issues.is_empty() {
        return Ok(pack);
    }
    let glossary_text = std::fs::read_to_string(&glossary_file).unwrap_or_default();
    let questions_text = std::fs::read_to_string(&questions_file).unwrap_or_default();
    let meta_text = std::fs::read_to_string(&meta_file).unwrap_or_default();
    let results_text = std::fs::read_to_string(&results_file).unwrap_or_default();
    for issue in issues {
        let (file, text, rest) =
            locate(&issue, &overview, &drugs, &articles).unwrap_or_else(|| {
                if issue.path.starts_with("glossary") {
                    (
                        glossary_file.clone(),
                        glossary_text.as_str(),
                        issue.path.clone(),
                    )
                } else if issue.path.starts_with("results") {
                    (
                        results_file.clone(),
                        results_text.as_str(),
                        issue.path.clone(),
                    )
                } else if issue.path.starts_with("questions") {
                    (
                        questions_file.clone(),
                        questions_text.as_str(),
                        issue.path.clone(),
                    )
                } else {
                    (meta_file.clone(), meta_text.as_str(), issue.path.clone())
                }
            });
        let line = snippet(&issue.message)
            .and_then(|s| find_line(text, &s))
            .or_else(|| field_line(text, &rest));
        c.error(&file, line, format!("{rest}: {}", issue.message));
    }
    Err(c.errors)
}

/// The file an issue is about, its text, and the issue's path inside that file.
fn locate<'a>(
    issue: &Issue,
    overview: &'a Loaded<Overview>,
    drugs: &'a [Loaded<Drug>],
    articles: &'a [Loaded<Article>],
) -> Option<(PathBuf, &'a str, String)> {
    let path = issue.path.as_str();
    if let Some(rest) = path.strip_prefix("overview.") {
        return Some((overview.file.clone(), &overview.text, rest.to_string()));
    }
    for (prefix, files) in [
        (
            "drugs[",
            drugs.iter().map(|d| (&d.file, &d.text)).collect::<Vec<_>>(),
        ),
        (
            "articles[",
            articles.iter().map(|a| (&a.file, &a.text)).collect(),
        ),
    ] {
        if let Some(rest) = path.strip_prefix(prefix) {
            let (index, rest) = rest.split_once(']')?;
            let (file, text) = files.get(index.parse::<usize>().ok()?)?;
            let rest = rest.trim_start_matches('.');
            return Some(((*file).clone(), text.as_str(), rest.to_string()));
        }
    }
    None
}

/// The text between the first pair of backticks in a message.
fn snippet(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// The line that sets the last named field in `path` (e.g. `sources[1].url` → the 2nd `url =`).
fn field_line(text: &str, path: &str) -> Option<usize> {
    let last = path.rsplit('.').next()?;
    let (key, _) = last.split_once('[').unwrap_or((last, ""));
    let index: usize = path
        .split('.')
        .rev()
        .nth(1)
        .and_then(|p| p.split_once('[').map(|(_, i)| i.trim_end_matches(']')))
        .and_then(|i| i.parse().ok())
        .unwrap_or(0);
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let l = l.trim_start();
            l.starts_with(key) && l[key.len()..].trim_start().starts_with('=')
        })
        .nth(index)
        .map(|(i, _)| i + 1)
}
