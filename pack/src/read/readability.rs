//! Reading level: the Flesch–Kincaid grade and the SMOG grade of an English text, and the
//! Szigriszt-Pazos perspicuity on the INFLESZ scale for a Spanish one, with simple syllable
//! counters; drug and brand names count as one short word for SMOG.

use crate::model::Pack;
use std::collections::BTreeSet;

/// A word's letters, lower case.
fn letters(word: &str) -> Vec<char> {
    word.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Counts the syllables in one word (vowel groups, less a silent final "e").
pub fn syllables(word: &str) -> usize {
    let w = letters(word);
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count: usize = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    // A final "e" is silent ("cake"), except in a consonant + "le" ending ("table").
    let le_ending = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !le_ending {
        count -= 1;
    }
    if n > 3 && w.ends_with(&['e', 'd']) && !matches!(w[n - 3], 't' | 'd') && !vowel(w[n - 3]) {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

/// Counts the syllables in one Spanish word: vowel groups, split where two strong vowels
/// (a, e, o) meet or a written accent breaks a diphthong (dí-a, ba-úl); "qu" and "gu" before
/// e or i are consonants (que, guerra).
pub fn syllables_es(word: &str) -> usize {
    let w = letters(word);
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó');
    let vowel = |c: char| strong(c) || matches!(c, 'i' | 'u' | 'í' | 'ú' | 'ü' | 'y');
    let mut count = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        // "y" is a vowel only at the end of a word or between consonants ("muy", "y").
        let is_vowel = vowel(c) && (c != 'y' || i + 1 == w.len());
        // The "u" of "que", "qui", "gue", "gui" is silent.
        let silent_u = c == 'u'
            && i > 0
            && matches!(w[i - 1], 'q' | 'g')
            && w.get(i + 1)
                .is_some_and(|n| matches!(n, 'e' | 'i' | 'é' | 'í'));
        if !is_vowel || silent_u {
            prev = None;
            continue;
        }
        let starts = match prev {
            None => true,
            Some(p) => (strong(p) && strong(c)) || matches!(c, 'í' | 'ú') || matches!(p, 'í' | 'ú'),
        };
        if starts {
            count += 1;
        }
        prev = Some(c);
    }
    count.max(usize::from(!w.is_empty()))
}

/// Counts of a text's words, sentences and syllables.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// Words of three or more syllables, not counting drug and brand names (for SMOG).
    pub polysyllables: usize,
}

impl TextStats {
    /// Counts a plain text. Each line is at least one sentence (list items and headings end
    /// without a full stop).
    pub fn of(text: &str) -> TextStats {
        Self::of_named(text, &BTreeSet::new())
    }

    /// Counts a plain text, treating the lower-case words in `names` (drug and brand names)
    /// as one short word for the SMOG count.
    pub fn of_named(text: &str, names: &BTreeSet<String>) -> TextStats {
        Self::counted(text, names, syllables)
    }

    /// Counts a plain Spanish text (syllables as [`syllables_es`] counts them).
    pub fn of_spanish(text: &str) -> TextStats {
        Self::counted(text, &BTreeSet::new(), syllables_es)
    }

    fn counted(text: &str, names: &BTreeSet<String>, syllables: fn(&str) -> usize) -> TextStats {
        let mut stats = TextStats {
            words: 0,
            sentences: 0,
            syllables: 0,
            polysyllables: 0,
        };
        for line in text.lines() {
            let mut pending = false;
            for token in line.split_whitespace() {
                let word: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
                if word.is_empty() {
                    continue;
                }
                stats.words += 1;
                let n = syllables(&word).max(1);
                stats.syllables += n;
                if n >= 3 && !names.contains(&word.to_lowercase()) {
                    stats.polysyllables += 1;
                }
                pending = true;
                if token.ends_with(['.', '!', '?']) {
                    stats.sentences += 1;
                    pending = false;
                }
            }
            if pending {
                stats.sentences += 1;
            }
        }
        stats
    }

    /// The Flesch–Kincaid grade level.
    pub fn grade(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * (self.words as f64 / self.sentences as f64)
            + 11.8 * (self.syllables as f64 / self.words as f64)
            - 15.59
    }
}

impl TextStats {
    /// The Szigriszt-Pazos perspicuity of a Spanish text (Szigriszt 1993), read on Barrio's
    /// INFLESZ scale (2008): below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80
    /// fairly easy, above 80 very easy.
    pub fn inflesz(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        206.835
            - 62.3 * (self.syllables as f64 / self.words as f64)
            - self.words as f64 / self.sentences as f64
    }

    /// The SMOG grade (McLaughlin 1969), scaled to the text's number of sentences.
    pub fn smog(&self) -> f64 {
        if self.sentences == 0 {
            return 0.0;
        }
        1.0430 * (self.polysyllables as f64 * 30.0 / self.sentences as f64).sqrt() + 3.1291
    }
}

/// Every word of every drug's names (generic, brands, abbreviations, other names, biosimilars),
/// lower case: the words SMOG counts as short.
pub fn name_words(pack: &Pack) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for d in &pack.drugs {
        let names = std::iter::once(&d.generic)
            .chain(&d.brands)
            .chain(&d.abbreviations)
            .chain(&d.other_names)
            .chain(d.biosimilars.iter().flat_map(|b| [&b.brand, &b.name]));
        for name in names {
            for w in name.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    words.insert(w.to_lowercase());
                }
            }
        }
    }
    words
}

/// Each page a reader reads as one piece, as markdown: the overview, each card (key points
/// and sections), each article (key points and body), the result explainer and the glossary.
pub fn pages(pack: &Pack) -> Vec<(String, String)> {
    let points = |p: &[String]| p.iter().map(|s| format!("- {s}\n")).collect::<String>();
    let mut out = vec![("overview".to_string(), pack.overview.body.clone())];
    for d in &pack.drugs {
        let mut text = points(&d.key_points);
        for s in &d.sections {
            text.push_str("\n\n");
            text.push_str(&s.body);
        }
        out.push((format!("drugs/{}", d.id), text));
    }
    for a in &pack.articles {
        out.push((
            format!("articles/{}", a.id),
            format!("{}\n\n{}", points(&a.key_points), a.body),
        ));
    }
    if let Ok(Some(guide)) = pack.results.get() {
        let text: Vec<&str> = guide
            .results
            .iter()
            .flat_map(|r| [r.meaning.as_str(), r.studied.as_str()])
            .chain([guide.caveat.as_str()])
            .collect();
        out.push(("results".to_string(), text.join("\n\n")));
    }
    let glossary: Vec<&str> = pack
        .glossary
        .iter()
        .map(|t| t.definition.as_str())
        .collect();
    out.push(("glossary".to_string(), glossary.join("\n\n")));
    out
}

/// The Flesch–Kincaid grade of a piece of markdown.
pub fn grade_of_markdown(markdown: &str) -> f64 {
    TextStats::of(&crate::render::markdown::plain_text(markdown)).grade()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_spanish_syllables() {
        for (word, n) in [
            ("casa", 2),
            ("corazón", 3),
            ("día", 2),
            ("tiene", 2),
            ("leer", 2),
            ("que", 1),
            ("guerra", 2),
            ("muy", 1),
            ("pingüino", 3),
            ("medicamento", 5),
            ("aéreo", 4),
            ("baúl", 2),
            ("ciudad", 2),
        ] {
            assert_eq!(syllables_es(word), n, "{word}");
        }
        let easy = TextStats::of_spanish("Es una pastilla. La toma dos veces al día.");
        assert!(easy.inflesz() > 80.0, "{}", easy.inflesz());
        let hard = TextStats::of_spanish(
            "La administración concomitante de inhibidores potentes de la isoenzima incrementa considerablemente la exposición sistémica.",
        );
        assert!(hard.inflesz() < 40.0, "{}", hard.inflesz());
    }

    #[test]
    fn counts_syllables() {
        for (word, n) in [
            ("cat", 1),
            ("table", 2),
            ("cake", 1),
            ("heart", 1),
            ("cancer", 2),
            ("treatment", 2),
            ("antibody", 4),
            ("medicine", 3),
            ("wanted", 2),
            ("jumped", 1),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn simple_text_scores_low_and_dense_text_high() {
        let easy = TextStats::of("The cat sat on the mat. It was a good day. We had fun.");
        let hard = TextStats::of(
            "Pharmacokinetic considerations necessitate individualized administration \
             schedules incorporating comprehensive hepatic monitoring throughout therapy.",
        );
        assert!(easy.grade() < 3.0, "{}", easy.grade());
        assert!(hard.grade() > 16.0, "{}", hard.grade());
        assert_eq!(easy.sentences, 3);
        assert_eq!(easy.words, 14);
    }

    #[test]
    fn smog_counts_long_words_but_not_drug_names() {
        let text = "Trastuzumab deruxtecan is given once in three weeks. It can make you tired.";
        let plain = TextStats::of(text);
        let names: BTreeSet<String> = ["trastuzumab", "deruxtecan"]
            .into_iter()
            .map(String::from)
            .collect();
        let named = TextStats::of_named(text, &names);
        assert_eq!(plain.polysyllables, 2);
        assert_eq!(named.polysyllables, 0);
        assert!((named.smog() - 3.1291).abs() < 1e-9);
        let dense = TextStats::of(
            "Pharmacokinetic considerations necessitate individualized administration.",
        );
        assert!(dense.smog() > 12.0, "{}", dense.smog());
    }
}
