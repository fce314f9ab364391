//! Fails when the app's source (its views, components, shell, loader…) or index.html holds a
//! reader-facing English literal: every word a reader sees comes from `her2_pack::words`.
//!
//! How it works: a small lexer reads every `src/**/*.rs` file up to its `#[cfg(test)]` module,
//! skips comments (so `//!`, `///`), attributes (`#[doc = "…"]`, `#[prop(…)]`) and char
//! literals, and collects the string literals. A literal holds reader words when, once its
//! format placeholders (`{…}`) and HTML tags are taken out, it has a capitalised word
//! ("Retry") or two words in a row ("at regular times"). Code strings pass: CSS class lists
//! ("button button-small"), ids, routes, selectors ("#app main"), attribute and event names,
//! key names in camel case ("ArrowDown"), SVG path data and format strings without words.
//! A single lower-case word ("start") cannot be told apart from a key or a class and passes.

use std::path::{Path, PathBuf};

/// Literals that look like words but are not read by anyone, each with why.
const ALLOWED: &[(&str, &str)] = &[
    // A `KeyboardEvent.key` value the search view matches on.
    ("Escape", "a key name"),
];

/// A string literal and the 1-based line it starts on.
#[derive(Debug, PartialEq)]
struct Literal {
    line: usize,
    text: String,
}

/// The string literals of Rust (or the inline script's JavaScript) source, outside comments,
/// attributes and char literals.
fn literals(source: &str) -> Vec<Literal> {
    let c: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |k: usize| c.get(k).copied().unwrap_or('\0');
    while i < c.len() {
        let ch = c[i];
        let prev_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if ch == '#' && (at(i + 1) == '[' || (at(i + 1) == '!' && at(i + 2) == '[')) {
            // An attribute: skip to its closing bracket, strings inside included.
            let mut depth = 0;
            while i < c.len() {
                match c[i] {
                    '[' => depth += 1,
                    ']' => {
                        depth -= 1;
                        if depth == 0 {
                            i += 1;
                            break;
                        }
                    }
                    '"' => {
                        let (_, end, lines) = string_at(&c, i);
                        line += lines;
                        i = end;
                        continue;
                    }
                    '\n' => line += 1,
                    _ => {}
                }
                i += 1;
            }
        } else if ch == '\'' {
            // A char literal ('a', '\n', '"'), or a lifetime ('static), which is left behind.
            if at(i + 1) == '\\' {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if !prev_ident && (ch == 'r' || ch == 'b') && raw_start(&c, i).is_some() {
            let (text, end, lines) = raw_start(&c, i).unwrap_or_default();
            out.push(Literal { line, text });
            line += lines;
            i = end;
        } else if ch == '"' {
            let (text, end, lines) = string_at(&c, i);
            out.push(Literal { line, text });
            line += lines;
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The plain string starting at the quote `c[start]`: (its text, the index after it, the
/// newlines inside).
fn string_at(c: &[char], start: usize) -> (String, usize, usize) {
    let mut text = String::new();
    let mut lines = 0;
    let mut i = start + 1;
    while i < c.len() && c[i] != '"' {
        if c[i] == '\\' {
            i += 1;
            match c.get(i) {
                // A line continuation: the newline and the next line's indent go.
                Some('\n') => {
                    lines += 1;
                    while c.get(i + 1).is_some_and(|n| n.is_whitespace()) {
                        i += 1;
                    }
                    text.push(' ');
                }
                Some('n' | 't') => text.push(' '),
                Some(&other) => text.push(other),
                None => {}
            }
        } else {
            if c[i] == '\n' {
                lines += 1;
            }
            text.push(c[i]);
        }
        i += 1;
    }
    (text, i + 1, lines)
}

/// A raw or byte string (`r"…"`, `r#"…"#`, `b"…"`, `br"…"`) starting at `c[start]`.
fn raw_start(c: &[char], start: usize) -> Option<(String, usize, usize)> {
    let mut i = start;
    if c.get(i) == Some(&'b') {
        i += 1;
    }
    if c.get(i) != Some(&'r') {
        // `b"…"` is a plain string with a prefix.
        return (i > start && c.get(i) == Some(&'"')).then(|| string_at(c, i));
    }
    i += 1;
    let mut hashes = 0;
    while c.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    if c.get(i) != Some(&'"') {
        return None;
    }
    let body = i + 1;
    let mut j = body;
    while j < c.len() {
        if c[j] == '"' && (1..=hashes).all(|k| c.get(j + k) == Some(&'#')) {
            let text: String = c[body..j].iter().collect();
            let lines = text.matches('\n').count();
            return Some((text, j + 1 + hashes, lines));
        }
        j += 1;
    }
    None
}

/// The text with `{…}` and `<…>` taken out (each leaves a space).
fn without_code(text: &str) -> String {
    let mut out = String::new();
    let mut skip_to = None;
    for ch in text.chars() {
        match (skip_to, ch) {
            (None, '{') => skip_to = Some('}'),
            (None, '<') => skip_to = Some('>'),
            (Some(end), c) if c == end => {
                skip_to = None;
                out.push(' ');
            }
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out
}

/// A token with its surrounding punctuation taken off, if what is left is a word: at least
/// two letters, with only hyphens or apostrophes inside.
fn word(token: &str) -> Option<&str> {
    let core = token.trim_matches(|c: char| "\"'()“”‘’.,;:!?…[]".contains(c));
    let mut chars = core.chars();
    let first = chars.next()?;
    let last = core.chars().last()?;
    let inner_ok = core
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’');
    (core.chars().count() >= 2 && first.is_alphabetic() && last.is_alphabetic() && inner_ok)
        .then_some(core)
}

/// "Retry", "Loading": a capital and then only small letters (camel case is code).
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(|c| !c.is_uppercase())
}

/// "button button-small", "tl-region tl-before": every token a class name, each with a
/// hyphen or the stem of another one in the list.
fn class_list(tokens: &[&str]) -> bool {
    let class = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_lowercase())
            && !t.ends_with('-')
            && t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    tokens.iter().all(|t| {
        class(t)
            && (t.contains('-')
                || tokens
                    .iter()
                    .any(|other| other.starts_with(&format!("{t}-"))))
    })
}

/// Whether a literal holds words a reader would see.
fn reader_words(text: &str) -> bool {
    if ALLOWED.iter().any(|(allowed, _)| *allowed == text) {
        return false;
    }
    let plain = without_code(text);
    let tokens: Vec<&str> = plain.split_whitespace().collect();
    if tokens.len() > 1 && class_list(&tokens) {
        return false;
    }
    let words: Vec<Option<&str>> = tokens.iter().map(|t| word(t)).collect();
    words.iter().flatten().any(|w| capitalised(w))
        || words
            .windows(2)
            .any(|pair| pair[0].is_some() && pair[1].is_some())
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("cannot read {}", dir.display());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `file:line: "literal"` for each reader-facing literal in `source` before its test module.
fn findings(name: &str, source: &str) -> Vec<String> {
    let code = match source.find("\n#[cfg(test)]") {
        Some(at) => &source[..at],
        None => source,
    };
    literals(code)
        .into_iter()
        .filter(|l| reader_words(&l.text))
        .map(|l| format!("{name}:{}: {:?}", l.line, l.text))
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_app_source_holds_no_reader_words() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files.sort();
    assert!(files.len() > 20, "found only {} source files", files.len());
    let mut found = Vec::new();
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            panic!("cannot read {}", path.display());
        };
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        found.extend(findings(&name, &source));
    }
    assert!(
        found.is_empty(),
        "reader words belong in pack/src/words/ (a field of `Words`), not in the app's code:\n{}",
        found.join("\n")
    );
}

#[test]
fn index_html_holds_no_reader_words_of_its_own() {
    let Ok(html) = std::fs::read_to_string(root().join("index.html")) else {
        panic!("cannot read index.html");
    };
    // The inline scripts' strings, as the Rust source's.
    let mut found = Vec::new();
    let mut text = String::new();
    let mut rest = html.as_str();
    loop {
        let next = [("<script", "</script>"), ("<!--", "-->")]
            .into_iter()
            .filter_map(|(open, close)| rest.find(open).map(|at| (at, open, close)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, open, close)) = next else {
            text.push_str(rest);
            break;
        };
        text.push_str(&rest[..at]);
        let Some(len) = rest[at..].find(close) else {
            panic!("index.html: {open} is not closed");
        };
        if open == "<script" {
            found.extend(findings("index.html <script>", &rest[at..at + len]));
        }
        rest = &rest[at + len + close.len()..];
    }
    // What is left outside tags: only placeholders the build fills from the word list.
    let outside = without_code(&text.replace("{{", "{").replace("}}", "}"));
    let letters: String = outside.split_whitespace().collect::<Vec<_>>().join(" ");
    if letters.chars().any(char::is_alphabetic) {
        found.push(format!("index.html text: {letters:?}"));
    }
    for placeholder in [
        "<html lang=\"{{words.lang}}\">",
        "<title>{{words.site_name}}</title>",
        "<meta name=\"description\" content=\"{{words.page_description}}\">",
    ] {
        if !html.contains(placeholder) {
            found.push(format!("index.html lacks {placeholder}"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_detector_flags_words_and_passes_code() {
    for flagged in [
        "Retry",
        "Loading the guide…",
        "at regular times",
        "{n} questions ticked.",
        "look-alike names",
        "<p class=\"note\">Page not found</p>",
        "Showing {shown} of {total} medicines",
    ] {
        assert!(reader_words(flagged), "not flagged: {flagged:?}");
    }
    for passed in [
        "button button-small",
        "vis vis-diagram",
        "tl-region tl-before",
        "#app main",
        "main h1",
        "ArrowDown",
        "Escape",
        "{:016x}",
        "M{},{}l6.5,6.5l-6.5,6.5z",
        "her2-guide.saved-questions",
        "q={}",
        "<li><a href=\"{}\">{}</a></li>",
        "start",
        " (",
        "link[href*='her2-guide-']",
    ] {
        assert!(!reader_words(passed), "flagged: {passed:?}");
    }
}

#[test]
fn a_planted_literal_is_found_and_comments_attributes_and_tests_are_not() {
    let source = r##"//! "Not this": a module comment.
use crate::x;

/// "Nor this": a doc comment.
#[prop(default = "Nor this one")]
fn view() -> impl IntoView {
    let c = '"'; let l: &'static str = "ok-id";
    // "Nor a comment"
    view! { <p class="button button-small">"Try the search"</p> }
}
const RAW: &str = r#"Raw words too"#;

#[cfg(test)]
mod tests {
    const T: &str = "Words in a test";
}
"##;
    assert_eq!(
        findings("planted.rs", source),
        [
            "planted.rs:9: \"Try the search\"",
            "planted.rs:11: \"Raw words too\""
        ]
    );
}

/// The release build formats `Debug` as nothing (`-Zfmt-debug=none`, scripts/build.sh), so a
/// `{:?}` in shipped code gives an empty string there and its text only in native tests: a
/// class name built that way once matched no CSS and no test selector. Display or an explicit
/// match instead. Checked in the app and in the pack crate, outside their test modules.
#[test]
fn shipped_code_does_not_format_with_debug() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("pack").join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        // Native only: the compiler's messages to editors and test helpers.
        if name.contains("/compile/") || name.contains("/bin/") || name.ends_with("tests.rs") {
            continue;
        }
        let Ok(source) = std::fs::read_to_string(path) else {
            panic!("cannot read {}", path.display());
        };
        let code = match source.find("\n#[cfg(test)]") {
            Some(at) => &source[..at],
            None => &source,
        };
        for literal in literals(code) {
            let text = literal.text.replace("{{", "");
            let debug = text.match_indices('{').any(|(at, _)| {
                text[at..]
                    .split_once('}')
                    .is_some_and(|(inside, _)| inside.contains(":?") || inside.contains(":#?"))
            });
            if debug {
                found.push(format!("{name}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Debug formatting in shipped code:\n{}",
        found.join("\n")
    );
}
