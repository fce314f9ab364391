//! The pack compiler's command line: `build`, `check` and `grade` the editors' content.

use her2_pack::compile::translation::{english_hash, front_table, review_date, stamp};
use her2_pack::compile::{compile_dir, compile_translation};
use her2_pack::model::date::Date;
use her2_pack::read::readability::{name_words, pages, TextStats};
use her2_pack::render::markdown;
use her2_pack::words::{self, Lang};
use her2_pack::Pack;
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage:
  her2-pack build <content-dir> <out.json> [--lang es]
                                             check the content and write the JSON pack (with
                                             --lang: the translation in <content-dir>/es/)
  her2-pack check <content-dir> [--lang es]  check the content, write nothing
  her2-pack grade <content-dir> [--lang es]  reading level of every page (English:
                                             Flesch–Kincaid grade and SMOG; Spanish: INFLESZ)
                                             and its word count
  her2-pack translated <translated-file>...  record that each translated file follows its
                                             English file as it is now (hash and review date)
  her2-pack baseline <pack.json> <out.html> <stylesheet.css>...
                                             the benchmark's script-free page of a pack
  her2-pack first-screen <pack.json> <index.html>
                                             draw the home view's first screen into a built
                                             index.html (it paints before the wasm starts)";

fn compile(dir: &str, lang: Lang) -> Result<Pack, ExitCode> {
    words::choose(lang);
    let result = match lang {
        Lang::En => compile_dir(Path::new(dir), Date::today()),
        _ => compile_translation(Path::new(dir), lang, Date::today()).map(|(pack, warnings)| {
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            pack
        }),
    };
    result.map_err(|errors| {
        for e in &errors {
            eprintln!("{e}");
        }
        eprintln!(
            "{} problem{} found; nothing was written.",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        ExitCode::FAILURE
    })
}

/// `--lang <tag>` at the end of a command line, or English.
fn lang_of(rest: &[String]) -> Result<Lang, ExitCode> {
    match rest {
        [] => Ok(Lang::En),
        [flag, tag] if flag == "--lang" => Lang::from_tag(tag)
            .ok_or_else(|| fail(format!("no word table for the language `{tag}`"))),
        _ => Err(fail(USAGE.to_string())),
    }
}

/// Stamps each translated file with its English file's hash and review date.
fn translated(files: &[String]) -> Result<(), ExitCode> {
    for file in files {
        let path = Path::new(file);
        // content/es/drugs/x.md → content/drugs/x.md: the language folder left out.
        let parts: Vec<_> = path.components().collect();
        let at = parts
            .iter()
            .rposition(|c| {
                Lang::from_tag(&c.as_os_str().to_string_lossy()).is_some_and(|l| l != Lang::En)
            })
            .ok_or_else(|| {
                fail(format!(
                    "{file}: not in a language folder such as content/es/"
                ))
            })?;
        let english: std::path::PathBuf = parts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, c)| c.as_os_str())
            .collect();
        let english_text = read(&english.to_string_lossy())?;
        let table =
            front_table(&english_text).map_err(|e| fail(format!("{}: {e}", english.display())))?;
        let content = parts[..at]
            .iter()
            .map(|c| c.as_os_str())
            .collect::<std::path::PathBuf>();
        let date = review_date(&table, &content);
        let text = read(file)?;
        let out = stamp(&text, &english_hash(&english_text), &date)
            .map_err(|e| fail(format!("{file}: {e}")))?;
        std::fs::write(path, out).map_err(|e| fail(format!("cannot write {file}: {e}")))?;
        println!("{file}: follows {} as reviewed {date}", english.display());
    }
    Ok(())
}

fn summary(pack: &Pack) -> String {
    format!(
        "{} drugs, {} articles, {} glossary terms, {} questions (version {})",
        pack.drugs.len(),
        pack.articles.len(),
        pack.glossary.len(),
        pack.questions.get().map_or(0, |q| q.len()),
        pack.version
    )
}

fn grade(pack: &Pack, lang: Lang) {
    if lang == Lang::Es {
        println!("inflesz  words  text");
        for (name, md) in pages(pack) {
            let stats = TextStats::of_spanish(&markdown::plain_text(&md));
            println!("{:>7.1}  {:>5}  {name}", stats.inflesz(), stats.words);
        }
        return;
    }
    let names = name_words(pack);
    println!("grade   smog  words  text");
    for (name, md) in pages(pack) {
        let stats = TextStats::of_named(&markdown::plain_text(&md), &names);
        println!(
            "{:>5.1}  {:>5.1}  {:>5}  {name}",
            stats.grade(),
            stats.smog(),
            stats.words
        );
    }
}

/// Writes the benchmark's static page of a built pack; reports how long parsing took.
/// Prints `what` and gives the failure exit code.
fn fail(what: String) -> ExitCode {
    eprintln!("{what}");
    ExitCode::FAILURE
}

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|e| fail(format!("cannot read {path}: {e}")))
}

/// A built pack, parsed and checked as the app does, and how long that took in milliseconds;
/// its language becomes the one the words are taken from.
fn read_pack(path: &str) -> Result<(Pack, f64), ExitCode> {
    let text = read(path)?;
    let started = std::time::Instant::now();
    let pack = her2_pack::parse_pack(&text).map_err(|e| fail(format!("{path}: {e}")))?;
    let elapsed = started.elapsed().as_secs_f64() * 1000.0;
    // The pages drawn from the pack speak its language (English when it has no word table).
    words::choose(Lang::from_tag(&pack.language).unwrap_or_default());
    Ok((pack, elapsed))
}

fn baseline(pack_path: &str, out: &str, css: &[String]) -> Result<(), ExitCode> {
    let (pack, parse_ms) = read_pack(pack_path)?;
    let styles = css.iter().map(|f| read(f)).collect::<Result<Vec<_>, _>>()?;
    let styles: Vec<&str> = styles.iter().map(String::as_str).collect();
    let html = her2_pack::render::first_screen::render_page(&pack, &styles);
    std::fs::write(out, &html).map_err(|e| fail(format!("cannot write {out}: {e}")))?;
    println!(
        "wrote {out}: {} bytes; parse_ms={parse_ms:.3}; {}",
        html.len(),
        summary(&pack)
    );
    Ok(())
}

/// Draws the first screen of a built pack into a built index.html, in place.
fn first_screen(pack_path: &str, index_path: &str) -> Result<(), ExitCode> {
    let (pack, _) = read_pack(pack_path)?;
    let html = read(index_path)?;
    let screen = her2_pack::render::first_screen::inject_first_screen(&html, &pack)
        .map_err(|e| fail(format!("{index_path}: {e}")))?;
    // The card panel files go beside index.html; those from an earlier drawing are removed.
    let dir = Path::new(index_path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let old =
        std::fs::read_dir(dir).map_err(|e| fail(format!("cannot read {}: {e}", dir.display())))?;
    for entry in old.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = screen.panel_files.iter().any(|(n, _)| *n == name);
        if name.starts_with("panel-") && name.ends_with(".html") && !ours {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let mut panel_bytes = 0;
    for (name, html) in &screen.panel_files {
        let path = dir.join(name);
        std::fs::write(&path, html)
            .map_err(|e| fail(format!("cannot write {}: {e}", path.display())))?;
        panel_bytes += html.len();
    }
    std::fs::write(index_path, &screen.index_html)
        .map_err(|e| fail(format!("cannot write {index_path}: {e}")))?;
    manifest_in_language(&dir.join("manifest.webmanifest"))?;
    println!(
        "first screen drawn into {index_path}: {} → {} bytes; {} card panel files ({panel_bytes} bytes)",
        html.len(),
        screen.index_html.len(),
        screen.panel_files.len()
    );
    Ok(())
}

/// The install manifest beside index.html, in the pack's language: its `lang` and its
/// description (the page's) from the word list.
fn manifest_in_language(path: &Path) -> Result<(), ExitCode> {
    if !path.exists() {
        return Ok(());
    }
    let shown = path.display().to_string();
    let mut manifest: serde_json::Value =
        serde_json::from_str(&read(&shown)?).map_err(|e| fail(format!("{shown}: {e}")))?;
    let Some(fields) = manifest.as_object_mut() else {
        return Err(fail(format!("{shown}: not a JSON object")));
    };
    fields.insert("lang".into(), words::chosen().tag().into());
    fields.insert("description".into(), words::words().page_description.into());
    let text =
        serde_json::to_string_pretty(&manifest).map_err(|e| fail(format!("{shown}: {e}")))?;
    std::fs::write(path, text + "\n").map_err(|e| fail(format!("cannot write {shown}: {e}")))
}

fn run(args: &[String]) -> Result<(), ExitCode> {
    match args {
        [cmd, dir, out, rest @ ..] if cmd == "build" => {
            let pack = compile(dir, lang_of(rest)?)?;
            let json = serde_json::to_string(&pack).map_err(|e| {
                eprintln!("cannot write the pack: {e}");
                ExitCode::FAILURE
            })?;
            if let Some(parent) = Path::new(out).parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        eprintln!("cannot create {}: {e}", parent.display());
                        ExitCode::FAILURE
                    })?;
                }
            }
            std::fs::write(out, &json).map_err(|e| {
                eprintln!("cannot write {out}: {e}");
                ExitCode::FAILURE
            })?;
            println!("wrote {out}: {} bytes; {}", json.len(), summary(&pack));
            Ok(())
        }
        [cmd, dir, rest @ ..] if cmd == "check" => {
            let pack = compile(dir, lang_of(rest)?)?;
            println!("ok: {}", summary(&pack));
            Ok(())
        }
        [cmd, dir, rest @ ..] if cmd == "grade" => {
            let lang = lang_of(rest)?;
            grade(&compile(dir, lang)?, lang);
            Ok(())
        }
        [cmd, files @ ..] if cmd == "translated" && !files.is_empty() => translated(files),
        [cmd, pack, out, css @ ..] if cmd == "baseline" && !css.is_empty() => {
            baseline(pack, out, css)
        }
        [cmd, pack, index] if cmd == "first-screen" => first_screen(pack, index),
        _ => {
            eprintln!("{USAGE}");
            Err(ExitCode::from(2))
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
