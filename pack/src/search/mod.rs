//! Finding things in a pack: the reader's search box (here), its results as HTML ([`html`]) and
//! the drug and article list [`filter`]s kept in the URL.
//!
//! The search box: a forgiving index of drugs, articles and glossary terms, built once.
//!
//! **Normalisation.** Text is split into words at anything that is not a letter or a digit
//! (spaces, hyphens, en/em dashes, brackets…). Words are lower-cased and common Latin accents are
//! folded to ASCII (é→e, ö→o, ñ→n, ß→ss); apostrophes and combining marks are dropped without
//! splitting the word ("patient's" → `patients`). The whole query with the breaks removed
//! (its *compact* form, "T-DXd" → `tdxd`) is also compared with the compact form of every name.
//!
//! **Matching.** Every query word must match a word of the item (AND): exactly, as a prefix of
//! it, or — for words of 5–7 letters — within one typo (Damerau–Levenshtein: insert, delete,
//! substitute or swap two neighbours), two for 8+ letters. An item whose compact name equals, starts
//! with or is one typo away from the compact query also matches, even if a word does not.
//!
//! **Ranking**, best first (the tier of an item is its best compact match, or else the tier of its
//! *worst* query word; names are a drug's generic name, brands, abbreviations and other names,
//! and a glossary term and its aliases):
//!
//! 1. the whole query is a name (`enhertu`, `t-dxd`, `trastuzumab deruxtecan`);
//! 2. every word is a whole word of a name (`herceptin` in "Herceptin Hylecta");
//! 3. the query starts a name, or every word starts a word of a name (`trast`);
//! 4. the whole query is a name with a typo (`trastuzamab`, `enhetru`);
//! 5. every word is a word of a name with a typo;
//! 6. every word is in a summary, article title, tag or drug class (label or `adc`/`tki`…);
//! 7. some word is only in an article body or a glossary definition.
//!
//! Within a tier, items with better word matches come first (title before summary, exact before
//! prefix before typo, summed over the words); remaining ties keep pack order.

pub mod filter;
pub mod html;

use crate::model::Pack;
use crate::render::markdown::plain_text;
use std::collections::BTreeMap;

/// The longest snippet, in characters, counting its "…".
pub const SNIPPET_CHARS: usize = 160;
/// Characters of context kept before the first match in a snippet.
const CONTEXT_CHARS: usize = 40;
/// Query words after this many are ignored (pasted paragraphs stay fast).
const MAX_WORDS: usize = 12;
/// Words longer than this (in bytes) are only matched exactly or as prefixes.
const MAX_TYPO_LEN: usize = 32;

/// One result: what to show and which byte ranges of it to highlight.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hit {
    /// The drug, article or glossary term id.
    pub id: String,
    /// Drug: "trastuzumab (Herceptin)"; article: its title; glossary: the term.
    pub title: String,
    /// Plain text, at most [`SNIPPET_CHARS`] characters, cut at word boundaries.
    pub snippet: String,
    /// Byte ranges of `title` to highlight: sorted, non-overlapping, on char boundaries.
    pub title_marks: Vec<(usize, usize)>,
    /// Byte ranges of `snippet` to highlight: sorted, non-overlapping, on char boundaries.
    pub snippet_marks: Vec<(usize, usize)>,
}

/// Results grouped by kind, each best first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub drugs: Vec<Hit>,
    pub articles: Vec<Hit>,
    pub glossary: Vec<Hit>,
    /// Matching items of all kinds, before `limit_per_kind` was applied.
    pub total: usize,
}

/// Where a word was found; higher is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Body,
    Summary,
    Title,
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Exact,
    Prefix,
    Typo(usize),
}

// Tiers as numbers, higher is better: `NAME` is item 1 of the list above, `BODY` item 7.
const BODY: u8 = 1;
const TEXT: u8 = 2;
const NAME_WORD_TYPO: u8 = 3;
const NAME_TYPO: u8 = 4;
const NAME_PREFIX: u8 = 5;
const NAME_WORD: u8 = 6;
const NAME: u8 = 7;

/// A word's score in one field: `tier * 8 + finer order within the tier`.
fn word_score(field: Field, m: Match) -> u8 {
    let quality = match m {
        Match::Exact => 3,
        Match::Prefix => 2,
        Match::Typo(1) => 1,
        Match::Typo(_) => 0,
    };
    let (tier, within) = match (field, m) {
        (Field::Name, Match::Exact) => (NAME_WORD, 0),
        (Field::Name, Match::Prefix) => (NAME_PREFIX, 0),
        (Field::Name, Match::Typo(_)) => (NAME_WORD_TYPO, quality),
        (Field::Title, _) => (TEXT, 4 + quality),
        (Field::Summary, _) => (TEXT, quality),
        (Field::Body, _) => (BODY, quality),
    };
    tier * 8 + within
}

/// One word of a text: its vocabulary id and byte range in the text.
#[derive(Debug, Clone)]
struct Tok {
    vocab: usize,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone)]
struct Text {
    text: String,
    toks: Vec<Tok>,
}

#[derive(Debug, Clone)]
struct Doc {
    id: String,
    title: Text,
    /// Drug summary, article summary or glossary definition: the snippet when `body` has no match.
    summary: Text,
    /// Article body as plain text.
    body: Option<Text>,
    /// Compact forms of the names.
    names: Vec<String>,
}

#[derive(Debug, Clone, Copy)]
struct Posting {
    doc: usize,
    field: Field,
}

/// The search index of one pack. Build it once; each search reads only precomputed words.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    /// Drugs, then articles, then glossary terms, each in pack order.
    docs: Vec<Doc>,
    drugs: usize,
    articles: usize,
    /// Every distinct normalised word.
    vocab: Vec<String>,
    /// Vocabulary ids in string order, for prefix look-ups.
    sorted: Vec<usize>,
    /// For each vocabulary id, the items and fields it occurs in (once per item and field).
    postings: Vec<Vec<Posting>>,
}

#[derive(Default)]
struct Builder {
    ids: BTreeMap<String, usize>,
    vocab: Vec<String>,
    postings: Vec<Vec<Posting>>,
}

impl Builder {
    fn text(&mut self, text: String) -> Text {
        let toks = tokens(&text)
            .into_iter()
            .map(|(word, start, end)| Tok {
                vocab: self.intern(word),
                start,
                end,
            })
            .collect();
        Text { text, toks }
    }

    fn intern(&mut self, word: String) -> usize {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        let id = self.vocab.len();
        self.vocab.push(word.clone());
        self.ids.insert(word, id);
        self.postings.push(Vec::new());
        id
    }

    fn post(&mut self, doc: usize, field: Field, toks: &[Tok]) {
        for tok in toks {
            let list = &mut self.postings[tok.vocab];
            // Items are indexed one after another, so this item's postings are at the end.
            let mut this_doc = list.iter().rev().take_while(|p| p.doc == doc);
            if !this_doc.any(|p| p.field == field) {
                list.push(Posting { doc, field });
            }
        }
    }

    /// Indexes a string that is searched but not shown.
    fn field(&mut self, doc: usize, field: Field, text: &str) {
        let text = self.text(text.to_string());
        self.post(doc, field, &text.toks);
    }

    /// Indexes names; returns their compact forms.
    fn names<'a>(&mut self, doc: usize, names: impl Iterator<Item = &'a String>) -> Vec<String> {
        names
            .map(|name| {
                self.field(doc, Field::Name, name);
                compact(name)
            })
            .collect()
    }
}

impl SearchIndex {
    pub fn build(pack: &Pack) -> SearchIndex {
        let mut b = Builder::default();
        let mut docs = Vec::new();
        for drug in &pack.drugs {
            let doc = docs.len();
            let names = b.names(
                doc,
                std::iter::once(&drug.generic)
                    .chain(&drug.brands)
                    .chain(&drug.abbreviations)
                    .chain(&drug.other_names),
            );
            b.field(doc, Field::Summary, drug.class.label());
            b.field(doc, Field::Summary, drug.class.slug());
            let summary = b.text(collapse(&drug.summary));
            b.post(doc, Field::Summary, &summary.toks);
            docs.push(Doc {
                id: drug.id.clone(),
                title: b.text(drug.display_name()),
                summary,
                body: None,
                names,
            });
        }
        for article in &pack.articles {
            let doc = docs.len();
            let title = b.text(article.title.clone());
            b.post(doc, Field::Title, &title.toks);
            let summary = b.text(collapse(&article.summary));
            b.post(doc, Field::Summary, &summary.toks);
            for tag in &article.tags {
                b.field(doc, Field::Summary, tag);
            }
            let body = b.text(collapse(&plain_text(&article.body)));
            b.post(doc, Field::Body, &body.toks);
            docs.push(Doc {
                id: article.id.clone(),
                title,
                summary,
                body: Some(body),
                names: Vec::new(),
            });
        }
        for term in &pack.glossary {
            let doc = docs.len();
            let names = b.names(doc, std::iter::once(&term.term).chain(&term.aliases));
            let summary = b.text(collapse(&term.definition));
            b.post(doc, Field::Body, &summary.toks);
            docs.push(Doc {
                id: term.id.clone(),
                title: b.text(term.term.clone()),
                summary,
                body: None,
                names,
            });
        }
        let sorted =
            crate::model::order::sorted_indices(b.vocab.len(), &|x, y| b.vocab[x].cmp(&b.vocab[y]));
        SearchIndex {
            docs,
            drugs: pack.drugs.len(),
            articles: pack.articles.len(),
            vocab: b.vocab,
            sorted,
            postings: b.postings,
        }
    }

    /// Searches; at most `limit_per_kind` hits of each kind, best first.
    pub fn search(&self, query: &str, limit_per_kind: usize) -> SearchResults {
        let words: Vec<String> = tokens(query)
            .into_iter()
            .take(MAX_WORDS)
            .map(|(word, _, _)| word)
            .collect();
        if words.is_empty() {
            return SearchResults::default();
        }
        let n = self.docs.len();
        let mut every_word = vec![true; n];
        let mut worst = vec![u8::MAX; n];
        let mut quality = vec![0u32; n];
        let mut best = vec![0u8; n];
        // (vocabulary id, normalised length to highlight; usize::MAX for the whole word)
        let mut marks: Vec<(usize, usize)> = Vec::new();
        for word in &words {
            best.fill(0);
            for (id, m) in self.matches(word) {
                marks.push((
                    id,
                    if m == Match::Prefix {
                        word.len()
                    } else {
                        usize::MAX
                    },
                ));
                for p in &self.postings[id] {
                    best[p.doc] = best[p.doc].max(word_score(p.field, m));
                }
            }
            for (d, &score) in best.iter().enumerate() {
                if score == 0 {
                    every_word[d] = false;
                } else {
                    worst[d] = worst[d].min(score / 8);
                    quality[d] += u32::from(score);
                }
            }
        }
        let query = words.concat();
        let mut ranked: Vec<(u8, u32, usize)> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(d, doc)| {
                let by_words = if every_word[d] { worst[d] } else { 0 };
                let tier = by_words.max(compact_tier(&doc.names, &query));
                (tier > 0).then_some((tier, quality[d], d))
            })
            .collect();
        crate::model::order::sort_by(&mut ranked, |a, b| {
            b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2))
        });
        crate::model::order::sort_by(&mut marks, |a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        marks.dedup_by_key(|m| m.0);

        let mut results = SearchResults {
            total: ranked.len(),
            ..SearchResults::default()
        };
        for (_, _, d) in ranked {
            let list = if d < self.drugs {
                &mut results.drugs
            } else if d < self.drugs + self.articles {
                &mut results.articles
            } else {
                &mut results.glossary
            };
            if list.len() < limit_per_kind {
                list.push(self.hit(&self.docs[d], &marks));
            }
        }
        results
    }

    /// The vocabulary words a query word matches, and how.
    fn matches(&self, word: &str) -> Vec<(usize, Match)> {
        let from = self
            .sorted
            .partition_point(|&id| self.vocab[id].as_str() < word);
        let mut found: Vec<(usize, Match)> = self.sorted[from..]
            .iter()
            .take_while(|&&id| self.vocab[id].starts_with(word))
            .map(|&id| {
                let exact = self.vocab[id].len() == word.len();
                (id, if exact { Match::Exact } else { Match::Prefix })
            })
            .collect();
        let max = typo_budget(word);
        if max > 0 {
            for (id, v) in self.vocab.iter().enumerate() {
                if !v.starts_with(word) {
                    if let Some(d) = typo_distance(word.as_bytes(), v.as_bytes(), max) {
                        found.push((id, Match::Typo(d)));
                    }
                }
            }
        }
        found
    }

    fn hit(&self, doc: &Doc, marks: &[(usize, usize)]) -> Hit {
        let marked = |text: &Text, tok: &Tok| {
            let i = marks.binary_search_by_key(&tok.vocab, |m| m.0).ok()?;
            let word = &text.text[tok.start..tok.end];
            Some((tok.start, tok.start + prefix_end(word, marks[i].1)))
        };
        let title_marks = doc
            .title
            .toks
            .iter()
            .filter_map(|tok| marked(&doc.title, tok))
            .collect();
        // The first match in the body, else in the summary, else the start of the summary.
        let (text, at) = doc
            .body
            .iter()
            .chain(std::iter::once(&doc.summary))
            .find_map(|text| {
                let at = text.toks.iter().find_map(|tok| marked(text, tok))?;
                Some((text, Some(at.0)))
            })
            .unwrap_or((&doc.summary, None));
        let (start, end) = window(&text.text, at);
        let lead = if start > 0 { "…" } else { "" };
        let trail = if end < text.text.len() { "…" } else { "" };
        let snippet_marks = text
            .toks
            .iter()
            .filter(|tok| tok.start >= start && tok.end <= end)
            .filter_map(|tok| marked(text, tok))
            .map(|(s, e)| (s - start + lead.len(), e - start + lead.len()))
            .collect();
        Hit {
            id: doc.id.clone(),
            title: doc.title.text.clone(),
            snippet: format!("{lead}{}{trail}", &text.text[start..end]),
            title_marks,
            snippet_marks,
        }
    }
}

/// The best match of the compact query against compact names (0: none).
fn compact_tier(names: &[String], query: &str) -> u8 {
    let max = typo_budget(query);
    names
        .iter()
        .map(|name| {
            if name == query {
                NAME
            } else if name.starts_with(query) {
                NAME_PREFIX
            } else if max > 0 && typo_distance(query.as_bytes(), name.as_bytes(), max).is_some() {
                NAME_TYPO
            } else {
                0
            }
        })
        .max()
        .unwrap_or(0)
}

/// How many typos a normalised query word may contain.
fn typo_budget(word: &str) -> usize {
    match word.chars().count() {
        _ if word.len() > MAX_TYPO_LEN => 0,
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// Damerau–Levenshtein distance (optimal string alignment) if it is at most `max`.
/// Counts bytes, which are letters once text is normalised; `a` is at most `MAX_TYPO_LEN` long.
fn typo_distance(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    const W: usize = MAX_TYPO_LEN + 4;
    if a.len() > MAX_TYPO_LEN || b.len() + 1 >= W || a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut before = [0usize; W];
    let mut prev = [0usize; W];
    let mut cur = [0usize; W];
    for (j, cell) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        before = prev;
        prev = cur;
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// What a character is to the tokenizer.
#[derive(PartialEq)]
enum CharKind {
    /// A letter or digit (its folded form was appended).
    Word,
    /// An apostrophe: dropped, the word goes on.
    Apostrophe,
    /// A combining mark: dropped, the word goes on (and so does its highlight).
    Mark,
    /// Anything else ends a word.
    Break,
}

/// Common accented Latin letters and the ASCII letter they fold to (lower case only).
const LATIN: [(&str, char); 19] = [
    ("àáâãäåāăą", 'a'),
    ("çćĉċč", 'c'),
    ("ďđ", 'd'),
    ("èéêëēĕėęě", 'e'),
    ("ĝğġģ", 'g'),
    ("ĥħ", 'h'),
    ("ìíîïĩīĭįı", 'i'),
    ("ĵ", 'j'),
    ("ķ", 'k'),
    ("ĺļľŀł", 'l'),
    ("ñńņň", 'n'),
    ("òóôõöøōŏő", 'o'),
    ("ŕŗř", 'r'),
    ("śŝşšș", 's'),
    ("ţťŧț", 't'),
    ("ùúûüũūŭůűų", 'u'),
    ("ŵ", 'w'),
    ("ýÿŷ", 'y'),
    ("źżž", 'z'),
];

/// Appends the search form of `c` to `out` and says what kind of character it is.
fn fold(c: char, out: &mut String) -> CharKind {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return CharKind::Word;
    }
    match c {
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' => return CharKind::Apostrophe,
        '\u{0300}'..='\u{036F}' => return CharKind::Mark,
        _ if !c.is_alphanumeric() => return CharKind::Break,
        _ => {}
    }
    for lower in c.to_lowercase() {
        match lower {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            '\u{0300}'..='\u{036F}' => {}
            _ => out.push(
                LATIN
                    .iter()
                    .find(|(set, _)| set.contains(lower))
                    .map_or(lower, |(_, ascii)| *ascii),
            ),
        }
    }
    CharKind::Word
}

/// The normalised words of a text with their byte ranges in it.
fn tokens(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut word = String::new();
    let (mut start, mut end) = (0, 0);
    for (i, c) in text.char_indices() {
        let was_empty = word.is_empty();
        match fold(c, &mut word) {
            CharKind::Word => {
                if was_empty {
                    start = i;
                }
                end = i + c.len_utf8();
            }
            CharKind::Mark if !was_empty => end = i + c.len_utf8(),
            CharKind::Mark | CharKind::Apostrophe => {}
            CharKind::Break => {
                if !word.is_empty() {
                    out.push((std::mem::take(&mut word), start, end));
                }
            }
        }
    }
    if !word.is_empty() {
        out.push((word, start, end));
    }
    out
}

/// The normalised words of a text, as the index sees them: "Trastuzumab-Déruxtécan" →
/// `["trastuzumab", "deruxtecan"]`.
pub fn normalize_words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|(word, _, _)| word).collect()
}

/// A text's words run together: "T-DXd" → `tdxd`.
fn compact(text: &str) -> String {
    normalize_words(text).concat()
}

/// Whitespace runs (including paragraph breaks) become one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The byte length of the start of `word` whose normalised form is `len` bytes long (a
/// trailing combining mark stays with its letter); all of `word` if it is shorter.
fn prefix_end(word: &str, len: usize) -> usize {
    let mut folded = String::new();
    for (i, c) in word.char_indices() {
        let before = folded.len();
        if fold(c, &mut folded) != CharKind::Mark && before >= len {
            return i;
        }
    }
    word.len()
}

/// The byte range of `text` to show as a snippet: the whole text if it fits, else up to
/// `CONTEXT_CHARS` before the match at byte `at` (from a word start) and as much after as fits,
/// leaving room for a "…" at each cut end.
fn window(text: &str, at: Option<usize>) -> (usize, usize) {
    if text.chars().count() <= SNIPPET_CHARS {
        return (0, text.len());
    }
    let at = at.unwrap_or(0);
    let back = text[..at]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let start = if back == 0 {
        0
    } else {
        text[back..at]
            .find(' ')
            .map_or(at, |space| back + space + 1)
    };
    let budget = SNIPPET_CHARS - 1 - usize::from(start > 0);
    let Some((hard, _)) = text[start..].char_indices().nth(budget) else {
        return (start, text.len());
    };
    let end = text[start..start + hard]
        .rfind(' ')
        .filter(|&space| space > 0)
        .map_or(start + hard, |space| start + space);
    (start, end)
}
