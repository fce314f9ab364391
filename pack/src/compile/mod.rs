//! The pack compiler: reads the editors' files in `content/`, checks everything, and produces the
//! `Pack` that is written as `her2.json`. Every problem names its file and, where it can, its line.

mod editorial;
mod front_matter;
mod naming;
mod sections;
pub mod translation;
mod trusted_sources;

use crate::model::date::Date;
use crate::model::SCHEMA_VERSION;
use crate::model::{
    Article, Drug, GlossaryTerm, Helpline, Overview, Pack, Question, TranslatedPage, Translation,
};
use crate::read::validate::{validate, validate_results, Issue, Strictness};
use crate::words::Lang;
use front_matter::{from_toml, sets_key, split};
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};
use translation::TermList;

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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelplinesFile {
    #[serde(default)]
    helpline: Vec<Helpline>,
}

/// A file read from disk, kept for error lines.
struct Loaded<T> {
    value: T,
    file: PathBuf,
    text: String,
}

/// A content file as the pack reads it: its value, its markdown body (and the body's first
/// line), and the file and text that errors point to — for a translation, the translated file.
struct Read<T> {
    value: T,
    body: String,
    body_line: usize,
    file: PathBuf,
    text: String,
}

/// A translation being laid over the English files (see [`translation`]).
struct Overlaying {
    lang: Lang,
    /// `content/`, where the English files are.
    root: PathBuf,
    /// `content/<lang>/`.
    dir: PathBuf,
    terms: TermList,
    method: String,
    pages: Vec<TranslatedPage>,
    warnings: Vec<String>,
}

struct Compiler {
    errors: Vec<CompileError>,
    translation: Option<Overlaying>,
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

    fn lang(&self) -> Lang {
        self.translation.as_ref().map_or(Lang::En, |t| t.lang)
    }

    /// Reads a TOML file into `T` (for a translation: the translated file's `text` fields laid
    /// over the English file).
    fn toml_file<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &Path,
        text: &[&str],
    ) -> Option<T> {
        let english = self.read(file)?;
        if self.translation.is_some() {
            let (front, shown, _) = self.translated(file, &english, text)?;
            return self.parse_front(&front, 1, &shown, false);
        }
        self.parse_front(&english, 1, file, true)
    }

    /// Reads front matter into `T`; errors point to `file` (with lines when `lines`).
    fn parse_front<T: serde::de::DeserializeOwned>(
        &mut self,
        front: &str,
        first_line: usize,
        file: &Path,
        lines: bool,
    ) -> Option<T> {
        match from_toml(front, first_line) {
            Ok(v) => Some(v),
            Err(errors) => {
                for (line, msg) in errors {
                    self.error(file, lines.then_some(line), msg);
                }
                None
            }
        }
    }

    /// Reads a markdown file with front matter into `T`, with its body.
    fn md_file<T: serde::de::DeserializeOwned>(
        &mut self,
        file: &Path,
        filled_from_body: &str,
        text: &[&str],
    ) -> Option<Read<T>> {
        let english = self.read(file)?;
        let parts = self.split(file, &english, filled_from_body)?;
        if self.translation.is_none() {
            let value = self.parse_front(parts.front, parts.front_line, file, true)?;
            return Some(Read {
                value,
                body: parts.body.to_string(),
                body_line: parts.body_line,
                file: file.to_path_buf(),
                text: english.clone(),
            });
        }
        let (front, es_file, es_text) = self.translated(file, &english, text)?;
        let es_parts = self.split(&es_file, &es_text, filled_from_body)?;
        let value = self.parse_front(&front, 1, &es_file, false)?;
        Some(Read {
            value,
            body: es_parts.body.to_string(),
            body_line: es_parts.body_line,
            file: es_file,
            text: es_text.clone(),
        })
    }

    /// A content file split at its `+++` lines, refusing a field written from the body.
    fn split<'t>(
        &mut self,
        file: &Path,
        text: &'t str,
        filled_from_body: &str,
    ) -> Option<front_matter::Split<'t>> {
        let parts = match split(text) {
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
        Some(parts)
    }

    /// The translated file of an English one (`content/drugs/x.md` → `content/es/drugs/x.md`),
    /// or an error if there is none.
    fn translated_path(&mut self, english: &Path) -> Option<PathBuf> {
        let t = self.translation.as_ref()?;
        let rel = english.strip_prefix(&t.root).ok()?;
        let path = t.dir.join(rel);
        if path.exists() {
            Some(path)
        } else {
            let message = format!(
                "no {} translation of {}: every English page needs one, with the same file name",
                t.lang.tag(),
                rel.display()
            );
            self.error(&path, None, message);
            None
        }
    }

    /// The English front matter (of `file`, whose text is `english_text`) with the translated
    /// file's text laid over it, as TOML text, with the translated file and its text; notes the
    /// page's translation record, and warns when the English has changed since.
    fn translated(
        &mut self,
        file: &Path,
        english_text: &str,
        text: &[&str],
    ) -> Option<(String, PathBuf, String)> {
        let es_file = self.translated_path(file)?;
        let es_text = self.read(&es_file)?;
        self.check_terms(&es_file, &es_text);
        let (es_front, es_front_line) = match split(&es_text) {
            Ok(parts) => (parts.front.to_string(), parts.front_line),
            Err(_) => (es_text.clone(), 1),
        };
        let english_table = match translation::front_table(english_text) {
            Ok(t) => t,
            Err(e) => {
                self.error(file, None, e);
                return None;
            }
        };
        let es_table: toml::Table = match es_front.parse() {
            Ok(t) => t,
            Err(e) => {
                let line = e
                    .span()
                    .map(|s| front_matter::line_of(&es_front, s.start) + es_front_line - 1);
                self.error(&es_file, line, e.message().trim().to_string());
                return None;
            }
        };
        let merged = match translation::overlay(&english_table, &es_table, text) {
            Ok(m) => m,
            Err(errors) => {
                for e in errors {
                    let line = snippet(&e).and_then(|key| {
                        let key = key.rsplit('.').next().unwrap_or(&key).to_string();
                        key_line(&es_front, &key)
                    });
                    self.error(&es_file, line.map(|l| l + es_front_line), e);
                }
                return None;
            }
        };
        let record = match translation::record(&es_table) {
            Ok(r) => r,
            Err(e) => {
                self.error(&es_file, None, e);
                return None;
            }
        };
        let t = self.translation.as_mut()?;
        if let Some(method) = es_table.get(translation::METHOD).and_then(|v| v.as_str()) {
            t.method = method.to_string();
        }
        let rel = file.strip_prefix(&t.root).unwrap_or(file);
        let page = rel.with_extension("").to_string_lossy().replace('\\', "/");
        let english_date = translation::review_date(&english_table, &t.root);
        let behind = record.english_hash != translation::english_hash(english_text);
        if behind {
            t.warnings.push(format!(
                "{}: the English file has changed since this translation{}; update the translation, then run `her2-pack translated {}`",
                es_file.display(),
                if record.english_hash.is_empty() { " (no English version recorded)" } else { "" },
                es_file.display()
            ));
        }
        if page != "pack" {
            t.pages.push(TranslatedPage {
                page,
                english_reviewed: if record.english_reviewed.is_empty() {
                    english_date.clone()
                } else {
                    record.english_reviewed
                },
                reviewed_by: record.reviewed_by,
                english_updated: behind.then_some(english_date),
            });
        }
        match toml::to_string(&merged) {
            Ok(front) => Some((front, es_file, es_text)),
            Err(e) => {
                self.error(&es_file, None, e.to_string());
                None
            }
        }
    }

    /// Every wording the term list says to avoid, by line.
    fn check_terms(&mut self, file: &Path, text: &str) {
        let Some(t) = self.translation.as_ref() else {
            return;
        };
        let found: Vec<(usize, String)> = text
            .lines()
            .enumerate()
            .flat_map(|(i, line)| {
                translation::term_problems(&t.terms, line)
                    .into_iter()
                    .map(move |p| (i + 1, p))
            })
            .collect();
        for (line, problem) in found {
            self.error(file, Some(line), problem);
        }
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

/// The 0-based line of `text` that sets `key` (`key =` or `[key]`/`[[key]]`).
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines().position(|l| {
        let l = l.trim_start();
        let l = l.trim_start_matches('[');
        l.starts_with(key) && {
            let rest = l[key.len()..].trim_start();
            rest.starts_with('=') || rest.starts_with(']')
        }
    })
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
    let mut c = Compiler {
        errors: Vec::new(),
        translation: None,
    };
    compile(&mut c, dir, today)
}

/// A translated pack: `content/<lang>/`'s text over `content/`'s English files, checked like the
/// English pack and against it (the same pages, ids, list lengths and card sections), or every
/// problem found. Also returns the warnings: pages whose English has changed since they were
/// translated (the app says so on those pages).
pub fn compile_translation(
    dir: &Path,
    lang: Lang,
    today: Date,
) -> Result<(Pack, Vec<String>), Vec<CompileError>> {
    let english = compile_dir(dir, today)?;
    let tdir = dir.join(lang.tag());
    let terms_file = tdir.join("terms.toml");
    let mut c = Compiler {
        errors: Vec::new(),
        translation: None,
    };
    let terms: TermList = if terms_file.exists() {
        let text = c.read(&terms_file).unwrap_or_default();
        c.parse_front(&text, 1, &terms_file, true)
            .unwrap_or_default()
    } else {
        TermList::default()
    };
    c.translation = Some(Overlaying {
        lang,
        root: dir.to_path_buf(),
        dir: tdir.clone(),
        terms,
        method: String::new(),
        pages: Vec::new(),
        warnings: Vec::new(),
    });
    // A translated page with no English one.
    for sub in ["drugs", "articles"] {
        for file in c.md_files(&tdir.join(sub)) {
            if let Some(name) = file.file_name() {
                if !dir.join(sub).join(name).exists() {
                    c.error(
                        &file,
                        None,
                        "no English page of this name: a translation follows an English page",
                    );
                }
            }
        }
    }
    let result = compile(&mut c, dir, today);
    let mut pack = result?;
    let Some(t) = c.translation.take() else {
        return Err(c.errors);
    };
    // The same card sections, and the same number of article sections, as the English.
    for drug in &pack.drugs {
        if let Some(en) = english.drug(&drug.id) {
            let kinds =
                |d: &crate::model::Drug| d.sections.iter().map(|s| s.kind).collect::<Vec<_>>();
            if kinds(drug) != kinds(en) {
                c.error(
                    &tdir.join("drugs").join(format!("{}.md", drug.id)),
                    None,
                    "the `##` sections differ from the English card's (same sections, same order)",
                );
            }
        }
    }
    let headings = |md: &str| md.lines().filter(|l| l.starts_with("## ")).count();
    for article in &pack.articles {
        if let Some(en) = english.article(&article.id) {
            if headings(&article.body) != headings(&en.body) {
                c.error(
                    &tdir.join("articles").join(format!("{}.md", article.id)),
                    None,
                    format!(
                        "has {} `##` sections; the English article has {}",
                        headings(&article.body),
                        headings(&en.body)
                    ),
                );
            }
        }
    }
    if t.method.trim().is_empty() {
        c.error(
            &tdir.join("pack.toml"),
            None,
            format!(
                "`{}` must say how the translation was made",
                translation::METHOD
            ),
        );
    }
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    pack.translation = Some(Translation {
        method: t.method,
        pages: t.pages,
    });
    pack.version = version_of(&pack);
    Ok((pack, t.warnings))
}

/// The pack's version: its review date and a hash of everything in it.
fn version_of(pack: &Pack) -> String {
    let mut bare = pack.clone();
    bare.version = String::new();
    let hash = serde_json::to_vec(&bare).map(|b| fnv1a(&b)).unwrap_or(0);
    format!("{}-{:08x}", pack.reviewed, hash as u32)
}

fn compile(c: &mut Compiler, dir: &Path, today: Date) -> Result<Pack, Vec<CompileError>> {
    let lang = c.lang();
    let meta_file = dir.join("pack.toml");
    let meta: Option<PackMeta> = c.toml_file(&meta_file, translation::PACK_TEXT);

    let overview_file = dir.join("overview.md");
    let overview = c
        .md_file::<Overview>(&overview_file, "body", translation::OVERVIEW_TEXT)
        .map(|r| {
            let mut o = r.value;
            o.body = r.body.trim().to_string();
            Loaded {
                value: o,
                file: r.file,
                text: r.text,
            }
        });

    let mut drugs: Vec<Loaded<Drug>> = Vec::new();
    for file in c.md_files(&dir.join("drugs")) {
        if let Some(r) = c.md_file::<Drug>(&file, "sections", translation::DRUG_TEXT) {
            let mut drug = r.value;
            c.check_id(&file, &drug.id, &r.text);
            match split_sections(&r.body, r.body_line, lang) {
                Ok(sections) => drug.sections = sections,
                Err(errs) => {
                    for (line, msg) in errs {
                        c.error(&r.file, Some(line), msg);
                    }
                }
            }
            drugs.push(Loaded {
                value: drug,
                file: r.file,
                text: r.text,
            });
        }
    }
    drugs.sort_by(|a, b| {
        (a.value.first_us_approval, &a.value.generic)
            .cmp(&(b.value.first_us_approval, &b.value.generic))
    });

    let mut articles: Vec<Loaded<Article>> = Vec::new();
    for file in c.md_files(&dir.join("articles")) {
        if let Some(r) = c.md_file::<Article>(&file, "body", translation::ARTICLE_TEXT) {
            let mut article = r.value;
            c.check_id(&file, &article.id, &r.text);
            article.body = r.body.trim().to_string();
            articles.push(Loaded {
                value: article,
                file: r.file,
                text: r.text,
            });
        }
    }

    let glossary_file = dir.join("glossary.toml");
    let glossary: Vec<GlossaryTerm> = c
        .toml_file::<GlossaryFile>(&glossary_file, translation::GLOSSARY_TEXT)
        .map(|g| g.term)
        .unwrap_or_default();
    let questions_file = dir.join("questions.toml");
    let questions: Vec<Question> = c
        .toml_file::<QuestionsFile>(&questions_file, translation::QUESTIONS_TEXT)
        .map(|q| q.question)
        .unwrap_or_default();

    let helplines_file = dir.join("helplines.toml");
    let helplines: Vec<Helpline> = if helplines_file.exists() {
        c.toml_file::<HelplinesFile>(&helplines_file, translation::HELPLINES_TEXT)
            .map(|h| h.helpline)
            .unwrap_or_default()
    } else {
        Vec::new()
    };

    let results_file = dir.join("results.toml");
    let results: Option<crate::model::ResultGuide> = if results_file.exists() {
        c.toml_file(&results_file, translation::RESULTS_TEXT)
    } else {
        None
    };

    let (Some(meta), Some(overview)) = (meta, overview) else {
        return Err(std::mem::take(&mut c.errors));
    };
    if !c.errors.is_empty() {
        return Err(std::mem::take(&mut c.errors));
    }

    let mut pack = Pack {
        schema_version: SCHEMA_VERSION,
        version: String::new(),
        title: meta.title,
        tagline: meta.tagline,
        language: if c.translation.is_some() {
            lang.tag().to_string()
        } else {
            meta.language
        },
        reviewed: meta.reviewed,
        overview: overview.value.clone(),
        drugs: drugs.iter().map(|d| d.value.clone()).collect(),
        articles: articles.iter().map(|a| a.value.clone()).collect(),
        glossary,
        questions: crate::model::later::Later::new(&questions),
        helplines: crate::model::later::Later::new(&helplines),
        results: crate::model::later::Later::new(&results),
        translation: None,
    };
    pack.version = version_of(&pack);

    let mut issues = validate(&pack, Strictness::compiler(today));
    if let Some(guide) = &results {
        issues.extend(validate_results(&pack, guide, Strictness::compiler(today)));
    }
    issues.extend(editorial::check(&pack));
    if issues.is_empty() {
        return Ok(pack);
    }
    let shown = |file: &Path| -> (PathBuf, String) {
        let path = match &c.translation {
            Some(t) => file
                .strip_prefix(&t.root)
                .map(|rel| t.dir.join(rel))
                .unwrap_or_else(|_| file.to_path_buf()),
            None => file.to_path_buf(),
        };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        (path, text)
    };
    let (glossary_file, glossary_text) = shown(&glossary_file);
    let (questions_file, questions_text) = shown(&questions_file);
    let (helplines_file, helplines_text) = shown(&helplines_file);
    let (meta_file, meta_text) = shown(&meta_file);
    let (results_file, results_text) = shown(&results_file);
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
                } else if issue.path.starts_with("helplines") {
                    (
                        helplines_file.clone(),
                        helplines_text.as_str(),
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
    Err(std::mem::take(&mut c.errors))
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
