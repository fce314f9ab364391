//! Reading level: the Flesch–Kincaid grade of a text, with a simple syllable counter.

/// Counts the syllables in one word (vowel groups, less a silent final "e").
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
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

/// Counts of a text's words, sentences and syllables.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStats {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl TextStats {
    /// Counts a plain text. Each line is at least one sentence (list items and headings end
    /// without a full stop).
    pub fn of(text: &str) -> TextStats {
        let mut stats = TextStats {
            words: 0,
            sentences: 0,
            syllables: 0,
        };
        for line in text.lines() {
            let mut pending = false;
            for token in line.split_whitespace() {
                let word: String = token.chars().filter(|c| c.is_alphanumeric()).collect();
                if word.is_empty() {
                    continue;
                }
                stats.words += 1;
                stats.syllables += syllables(&word).max(1);
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

/// The Flesch–Kincaid grade of a piece of markdown.
pub fn grade_of_markdown(markdown: &str) -> f64 {
    TextStats::of(&crate::markdown::plain_text(markdown)).grade()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
