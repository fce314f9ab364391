//! "When to call" for the reader's own medicines: each tier's signs from their cards, merged.
//!
//! A sign that several cards list (trastuzumab's and pertuzumab's fever) is shown once, with
//! every card it came from, so the reader sees one list and can still open each card. Signs
//! are the same when they match after case, spacing and final punctuation are set aside; the
//! first card's wording is kept. Tiers and signs keep card order: the medicines in the order
//! asked for, each card's bullets in its own order.

use crate::model::{Drug, Pack, SectionKind};
use crate::render::markdown::plain_text;

/// The three tiers, most urgent first.
pub const TIERS: [SectionKind; 3] = [
    SectionKind::CallNow,
    SectionKind::CallToday,
    SectionKind::NextVisit,
];

/// One tier: its kind (whose `title()` is the heading the cards use) and its merged signs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tier {
    pub kind: SectionKind,
    pub signs: Vec<Sign>,
}

/// One sign, in plain text, with the ids of the drugs whose cards list it (in the order asked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sign {
    pub text: String,
    pub drugs: Vec<String>,
}

/// The three tiers for `drug_ids` (unknown ids and repeats are skipped), always all three and
/// in order; a tier none of the cards fills has no signs.
pub fn when_to_call<S: AsRef<str>>(pack: &Pack, drug_ids: &[S]) -> Vec<Tier> {
    let drugs = known_drugs(pack, drug_ids);
    TIERS
        .into_iter()
        .map(|kind| Tier {
            kind,
            signs: merged(&drugs, kind),
        })
        .collect()
}

/// The pack's drugs for `ids`, each once, in the order asked.
fn known_drugs<'a, S: AsRef<str>>(pack: &'a Pack, ids: &[S]) -> Vec<&'a Drug> {
    let mut out: Vec<&Drug> = Vec::new();
    for id in ids {
        if let Some(drug) = pack.drug(id.as_ref()) {
            if !out.iter().any(|d| d.id == drug.id) {
                out.push(drug);
            }
        }
    }
    out
}

/// One tier's signs from every card, merged.
fn merged(drugs: &[&Drug], kind: SectionKind) -> Vec<Sign> {
    let mut signs: Vec<(String, Sign)> = Vec::new();
    for drug in drugs {
        for text in signs_of(drug, kind) {
            let key = normalise(&text);
            match signs.iter_mut().find(|(k, _)| *k == key) {
                Some((_, sign)) => {
                    if !sign.drugs.contains(&drug.id) {
                        sign.drugs.push(drug.id.clone());
                    }
                }
                None => signs.push((
                    key,
                    Sign {
                        text,
                        drugs: vec![drug.id.clone()],
                    },
                )),
            }
        }
    }
    signs.into_iter().map(|(_, sign)| sign).collect()
}

/// The "call now" sign a diary entry matches, if any: the symptom is the sign's words (picked
/// from the list), or, when the reader had it at all (`felt`: any severity but none), words
/// the sign holds ("fever"). A partial match errs towards showing the sign: the reader
/// compares it with what they have, and a mild fever is still a fever. Symptoms under 4
/// letters match nothing on their own.
pub fn call_now_match<'a>(tiers: &'a [Tier], symptom: &str, felt: bool) -> Option<&'a Sign> {
    let wanted = normalise(symptom);
    if wanted.chars().filter(|c| c.is_alphabetic()).count() < 4 {
        return None;
    }
    let now = tiers.iter().filter(|t| t.kind == SectionKind::CallNow);
    let signs: Vec<&Sign> = now.flat_map(|t| t.signs.iter()).collect();
    signs
        .iter()
        .find(|s| normalise(&s.text) == wanted)
        .or_else(|| {
            signs
                .iter()
                .find(|s| felt && contains_words(&normalise(&s.text), &wanted))
        })
        .copied()
}

/// True when `words` appear in `text` as whole words, in order.
fn contains_words(text: &str, words: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric();
    text.match_indices(words).any(|(at, _)| {
        let before = text[..at].chars().next_back().is_none_or(|c| !is_word(c));
        let after = text[at + words.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word(c));
        before && after
    })
}

/// The plain text of each bullet of one card's section `kind`.
pub fn signs_of(drug: &Drug, kind: SectionKind) -> Vec<String> {
    drug.sections
        .iter()
        .filter(|s| s.kind == kind)
        .flat_map(|s| bullets(&s.body))
        .map(|item| one_line(&plain_text(&item)))
        .filter(|text| !text.is_empty())
        .collect()
}

/// The markdown of each `- ` (or `* `) item of a bullet list, its indented continuation lines
/// joined on; anything outside the list is left out.
fn bullets(markdown: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    let mut open = false;
    for line in markdown.lines() {
        if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            items.push(item.to_string());
            open = true;
        } else if open && line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
            }
        } else {
            open = false;
        }
    }
    items
}

/// Text on one line, with single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What two signs must share to be the same sign: lower case, single spaces, no final
/// punctuation, straight apostrophes.
pub fn normalise(text: &str) -> String {
    let text = one_line(&text.to_lowercase()).replace('\u{2019}', "'");
    text.trim_end_matches(|c: char| c.is_whitespace() || ".!;:,…".contains(c))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Section;

    fn drug(id: &str, sections: &[(SectionKind, &str)]) -> Drug {
        Drug {
            id: id.into(),
            sections: sections
                .iter()
                .map(|(kind, body)| Section {
                    kind: *kind,
                    title: kind.title().into(),
                    body: (*body).into(),
                })
                .collect(),
            ..Drug::default()
        }
    }

    fn pack(drugs: Vec<Drug>) -> Pack {
        Pack {
            drugs,
            ..Pack::default()
        }
    }

    #[test]
    fn same_sign_after_case_spacing_and_final_punctuation_is_one() {
        let p = pack(vec![
            drug(
                "a",
                &[(
                    SectionKind::CallNow,
                    "- Fever of 38°C or higher\n- Chest pain\n",
                )],
            ),
            drug(
                "b",
                &[(
                    SectionKind::CallNow,
                    "- fever  of 38°C or HIGHER.\n- A rash\n",
                )],
            ),
        ]);
        let tiers = when_to_call(&p, &["a", "b"]);
        let now = &tiers[0].signs;
        assert_eq!(now.len(), 3, "{now:?}");
        assert_eq!(
            now[0].text, "Fever of 38°C or higher",
            "the first card's words"
        );
        assert_eq!(now[0].drugs, ["a", "b"]);
        assert_eq!(now[1].drugs, ["a"]);
        assert_eq!(now[2].text, "A rash");
        assert_eq!(now[2].drugs, ["b"]);
    }

    #[test]
    fn links_and_emphasis_become_their_text() {
        let p = pack(vec![drug(
            "a",
            &[(
                SectionKind::CallToday,
                "Intro line.\n\n- Signs of [infection](#/glossary) such as **chills**\n  that go on\n- `Code` sign\n\nAfter the list.\n",
            )],
        )]);
        let today = &when_to_call(&p, &["a"])[1];
        assert_eq!(today.kind, SectionKind::CallToday);
        let texts: Vec<&str> = today.signs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Signs of infection such as chills that go on", "Code sign"]
        );
    }

    #[test]
    fn three_tiers_in_order_even_when_empty_and_unknown_ids_skipped() {
        let p = pack(vec![drug(
            "a",
            &[(SectionKind::NextVisit, "- Tiredness\n")],
        )]);
        let tiers = when_to_call(&p, &["nope", "a", "a"]);
        let kinds: Vec<SectionKind> = tiers.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, TIERS);
        assert!(tiers[0].signs.is_empty() && tiers[1].signs.is_empty());
        assert_eq!(tiers[2].signs[0].drugs, ["a"], "a repeated id counts once");
        assert!(when_to_call::<&str>(&p, &[])
            .iter()
            .all(|t| t.signs.is_empty()));
    }

    #[test]
    fn a_diary_entry_matches_a_call_now_sign() {
        let p = pack(vec![drug(
            "a",
            &[
                (
                    SectionKind::CallNow,
                    "- Fever of 38°C (100.4°F) or higher\n",
                ),
                (SectionKind::CallToday, "- A new rash\n"),
            ],
        )]);
        let tiers = when_to_call(&p, &["a"]);
        let exact = call_now_match(&tiers, "fever of 38°C (100.4°F) or higher.", false);
        assert_eq!(exact.map(|s| s.drugs.clone()), Some(vec!["a".to_string()]));
        assert!(call_now_match(&tiers, "Fever", true).is_some());
        assert!(
            call_now_match(&tiers, "Fever", false).is_none(),
            "a symptom marked \"none\" is not one the reader had"
        );
        assert!(
            call_now_match(&tiers, "rash", true).is_none(),
            "not a call-now sign"
        );
        assert!(call_now_match(&tiers, "eve", true).is_none(), "too short");
        assert!(
            call_now_match(&tiers, "feve", true).is_none(),
            "part of a word"
        );
    }

    #[test]
    fn normalising_keeps_inner_punctuation() {
        assert_eq!(
            normalise("  You Faint,  or feel dizzy!  "),
            "you faint, or feel dizzy"
        );
        assert_eq!(normalise("It\u{2019}s bad…"), "it's bad");
        assert_ne!(normalise("Fever of 38°C"), normalise("Fever of 38.5°C"));
    }

    #[cfg(feature = "compiler")]
    mod real_content {
        use super::super::*;
        use crate::toolkit::test_pack::real_pack;

        fn sign<'a>(tier: &'a Tier, starts: &str) -> &'a Sign {
            let found = tier.signs.iter().find(|s| s.text.starts_with(starts));
            found.unwrap_or_else(|| panic!("no sign starting {starts:?} in {:?}", tier.signs))
        }

        #[test]
        fn trastuzumab_and_pertuzumab_share_their_fever_sign() {
            let pack = real_pack();
            let tiers = when_to_call(pack, &["trastuzumab", "pertuzumab"]);
            let now = &tiers[0];
            let fever: Vec<&Sign> = now
                .signs
                .iter()
                .filter(|s| s.text.starts_with("Fever"))
                .collect();
            assert_eq!(fever.len(), 1, "{:?}", now.signs);
            assert_eq!(fever[0].drugs, ["trastuzumab", "pertuzumab"]);
            assert_eq!(sign(now, "Swelling of your face").drugs.len(), 2);
            // Pertuzumab's own sign is there once, with only its card.
            assert_eq!(
                sign(now, "Diarrhea and you feel dizzy").drugs,
                ["pertuzumab"]
            );
            // No sign is listed twice in a tier.
            for tier in &tiers {
                let mut keys: Vec<String> = tier.signs.iter().map(|s| normalise(&s.text)).collect();
                let before = keys.len();
                keys.sort();
                keys.dedup();
                assert_eq!(keys.len(), before, "{:?}", tier.kind);
            }
            // Every sign of each card is there, in its tier.
            for id in ["trastuzumab", "pertuzumab"] {
                let drug = pack.drug(id).expect("a real card");
                for tier in &tiers {
                    for text in signs_of(drug, tier.kind) {
                        let key = normalise(&text);
                        let merged = tier.signs.iter().find(|s| normalise(&s.text) == key);
                        assert!(
                            merged.is_some_and(|s| s.drugs.iter().any(|d| d == id)),
                            "{text}"
                        );
                    }
                }
            }
        }

        #[test]
        fn every_real_card_fills_every_tier_with_plain_signs() {
            let pack = real_pack();
            for drug in &pack.drugs {
                for kind in TIERS {
                    let signs = signs_of(drug, kind);
                    assert!(!signs.is_empty(), "{} has no {kind:?} signs", drug.id);
                    for s in signs {
                        assert!(!s.contains(['[', ']', '*', '\n']), "{}: {s}", drug.id);
                    }
                }
            }
            let all: Vec<&str> = pack.drugs.iter().map(|d| d.id.as_str()).collect();
            let tiers = when_to_call(pack, &all);
            let total: usize = tiers.iter().map(|t| t.signs.len()).sum();
            let separate: usize = pack
                .drugs
                .iter()
                .flat_map(|d| TIERS.map(|k| signs_of(d, k).len()))
                .sum();
            assert!(total < separate, "merging all 13 cards saves repeats");
        }
    }
}
