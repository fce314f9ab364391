//! Every word a reader sees that does not come from the content pack, in one table per language.
//!
//! # Shape
//!
//! [`Words`] is a struct with one field per word or sentence; the field name is its id. Each
//! language is one `static` of that struct (English: [`en::EN`], Spanish: [`es::ES`]), so a
//! table that misses a word does not compile. [`table`] gives a language's table; [`words`]
//! gives the table in use: in the app, its build's language ([`BUILD`]: each language is its
//! own build, so the English app holds no Spanish and the other way round); in the native
//! tools, the language chosen once at start with [`choose`] (the pack's `language`). Nothing else holds reader words: the views, the components,
//! the pre-painted first screen and its index.html placeholders ([`fill_page`]), the model's
//! labels, the course timeline's sentences and the messages of the loader, the pack reader and
//! its checks all read them from here.
//!
//! # Sentences that take values
//!
//! A sentence with a count, a date, a name or a number is a field of type `fn(..) -> String`
//! (written in the table as a closure that captures nothing), never a template with
//! placeholders: the compiler checks the values passed, and each language keeps its own plural
//! rules and word order inside its function (`search_count(1)` is "1 result",
//! `search_count(2)` "2 results"). A sentence that wraps markup (a `<time>`, a button, a link)
//! is kept as the words before and after it, and the markup stays with the code that draws it.
//! Punctuation alone between two such pieces (`": "`, `" · "`, `" ("`) stays in that code.
//!
//! # What stays English outside this table
//!
//! Diagnostics only people who build the guide see: the pack compiler's messages to editors
//! (`compile/`, the markdown audit, which runs only in the compiler), the command line of the
//! `her2-pack` binary, build errors of the first-screen writer, and the low-level JSON and
//! schema details (serde_json's, in `parse`) quoted after a sentence from this table, which keep
//! serde's wording on purpose. None of those is drawn by a view.

mod en;
mod es;
mod shape;
mod toolkit_en;
mod toolkit_es;
mod toolkit_shape;

pub use en::EN;
pub use es::ES;
pub use shape::{CheckTimes, Words};
pub use toolkit_en::TOOLKIT_EN;
pub use toolkit_es::TOOLKIT_ES;
pub use toolkit_shape::ToolkitWords;

use std::sync::atomic::{AtomicU8, Ordering};

/// A language the guide's interface is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(u8)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Every language that has a table.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag, as in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// Where a language's build lives in the site, from the site's root: English at the root,
    /// every other language in the folder named by its tag (`es/`).
    pub fn folder(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "es/",
        }
    }

    /// The relative address of `other`'s build from this language's: `es/` from English,
    /// `../` from Spanish.
    pub fn path_to(self, other: Lang) -> String {
        let up = if self.folder().is_empty() { "" } else { "../" };
        format!("{up}{}", other.folder())
    }

    /// The language's own name, as its readers write it (for the language switch).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language of a tag such as `en`, `en-US` or `EN` (its primary subtag), if there is a
    /// table for it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    fn from_index(index: u8) -> Lang {
        Lang::ALL
            .into_iter()
            .find(|l| *l as u8 == index)
            .unwrap_or_default()
    }
}

/// The table of one language.
pub fn table(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// The language of an app build. Each language is its own build of the app (the `lang-es`
/// feature for Spanish), so a reader downloads one table: adding a language adds nothing to
/// the others' downloads.
#[cfg(feature = "lang-es")]
pub const BUILD: Lang = Lang::Es;
#[cfg(not(feature = "lang-es"))]
pub const BUILD: Lang = Lang::En;

static CHOSEN: AtomicU8 = AtomicU8::new(BUILD as u8);

/// Sets the language of [`words`] for the native tools (the compiler and the first-screen
/// writer draw every language); done once, at start, before anything is drawn. The app's
/// language is its build's ([`BUILD`]).
pub fn choose(lang: Lang) {
    CHOSEN.store(lang as u8, Ordering::Relaxed);
}

/// The language of the words: the build's in the app, the chosen one in the native tools.
pub fn chosen() -> Lang {
    if cfg!(target_arch = "wasm32") {
        BUILD
    } else {
        Lang::from_index(CHOSEN.load(Ordering::Relaxed))
    }
}

/// The words of the language in use (see [`chosen`]).
pub fn words() -> &'static Words {
    table(chosen())
}

/// The "My treatment" page's words in the language in use (see [`chosen`]). A table of its
/// own: read it only from that page's code, so its words ship in that page's wasm module.
pub fn toolkit() -> &'static ToolkitWords {
    match chosen() {
        Lang::En => &TOOLKIT_EN,
        Lang::Es => &TOOLKIT_ES,
    }
}

/// Fills the `{{words.<id>}}` placeholders of index.html (see [`Words::page_words`]) with the
/// words of the chosen language, escaped for HTML; `{{words.lang}}` becomes its tag. Text
/// without placeholders comes back as it was (a page filled before). An unknown id is an
/// error, so a placeholder is never shipped.
pub fn fill_page(html: &str) -> Result<String, String> {
    const OPEN: &str = "{{words.";
    let w = words();
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let end = after
            .find("}}")
            .ok_or_else(|| format!("unclosed placeholder {OPEN}{}", first_line(after)))?;
        let id = &after[..end];
        let word = if id == "lang" {
            chosen().tag()
        } else {
            w.page_words()
                .into_iter()
                .find(|(key, _)| *key == id)
                .map(|(_, word)| word)
                .ok_or_else(|| format!("index.html names a word that is not in the table: {id}"))?
        };
        crate::escape::push_escaped(word, &mut out);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_finds_its_table() {
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_index(Lang::En as u8), Lang::En);
        assert_eq!(chosen(), Lang::En);
        assert_eq!(words().retry, "Retry");
    }

    #[test]
    fn placeholders_are_filled_escaped_and_unknown_ones_refused() {
        let html = "<html lang=\"{{words.lang}}\"><title>{{words.site_name}}</title><p>{{words.loading}}</p>";
        assert_eq!(
            fill_page(html).as_deref(),
            Ok("<html lang=\"en\"><title>HER2 Guide</title><p>Loading the guide…</p>")
        );
        assert_eq!(fill_page("no words").as_deref(), Ok("no words"));
        assert!(fill_page("{{words.nope}}").is_err());
        assert!(fill_page("{{words.loading").is_err());
    }

    #[test]
    fn sentences_with_values_follow_english_plurals() {
        let w = table(Lang::En);
        assert_eq!(
            (w.search_count)(0),
            "No results. Check the spelling, or try a brand or generic name."
        );
        assert_eq!((w.search_count)(1), "1 result");
        assert_eq!((w.search_count)(7), "7 results");
        assert_eq!((w.questions_ticked)(0), "No questions ticked yet.");
        assert_eq!((w.questions_ticked)(1), "1 question ticked.");
        assert_eq!((w.questions_ticked)(3), "3 questions ticked.");
        assert_eq!((w.showing_medicines)(5, 13), "Showing 5 of 13 medicines");
        assert_eq!((w.tl_dose)(1, 0), "Dose 1: start");
        assert_eq!((w.tl_dose)(2, 21), "Dose 2: week 3");
        assert_eq!((w.tl_dose)(3, 10), "Dose 3: after 10 days");
    }
}
