//! The naming rule for names that have been confused (FDA, 2013): on each page, the first
//! mention of ado-trastuzumab emtansine or fam-trastuzumab deruxtecan-nxki, by any of their
//! names, is the full US name, and a biosimilar's brand first appears with its full name.

use crate::model::{Drug, Pack};

/// How far (in bytes) from a biosimilar brand its full name may stand, e.g. "Ogivri
/// (trastuzumab-dkst)" or "trastuzumab-dkst (Ogivri)".
const NEAR: usize = 80;

/// Whether `needle` (lower case) occurs in `hay` (lower case) at `at` as a whole name.
fn whole_at(hay: &str, at: usize, needle: &str) -> bool {
    let before = hay[..at].chars().next_back();
    let after = hay[at + needle.len()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The byte offset of the first whole-name occurrence of `needle` in `hay` (both lower case).
fn first(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    hay.match_indices(needle)
        .map(|(at, _)| at)
        .find(|&at| whole_at(hay, at, needle))
}

/// The generic name without an FDA prefix such as "ado-" or "fam-" and without a four-letter
/// suffix such as "-nxki": "fam-trastuzumab deruxtecan-nxki" → "trastuzumab deruxtecan".
fn core_name(generic: &str) -> Option<&str> {
    let (prefix, rest) = generic.split_once('-')?;
    if !(2..=4).contains(&prefix.len()) || !prefix.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    Some(match rest.rsplit_once('-') {
        Some((core, suffix)) if suffix.len() == 4 => core,
        _ => rest,
    })
}

/// The drugs the rule covers: those whose US name carries a prefix (ado-, fam-).
fn prefixed(pack: &Pack) -> impl Iterator<Item = (&Drug, &str)> {
    pack.drugs
        .iter()
        .filter_map(|d| core_name(&d.generic).map(|core| (d, core)))
}

/// The problems with the names on one page of plain text, in reading order.
pub fn problems(pack: &Pack, page: &str) -> Vec<String> {
    let text = page.to_lowercase();
    let mut out = Vec::new();
    for (drug, core) in prefixed(pack) {
        let full = drug.generic.to_lowercase();
        let names = std::iter::once(core)
            .chain(drug.brands.iter().map(String::as_str))
            .chain(drug.abbreviations.iter().map(String::as_str))
            .chain(drug.other_names.iter().map(String::as_str));
        let Some((at, name)) = names
            .filter_map(|n| first(&text, &n.to_lowercase()).map(|at| (at, n)))
            .min_by_key(|(at, _)| *at)
        else {
            continue;
        };
        if text.find(&full).is_none_or(|f| f > at) {
            out.push(format!(
                "the first mention of {} on this page (\"{name}\") must use the full US name \"{}\", e.g. \"{}\"",
                drug.generic,
                drug.generic,
                drug.display_name()
            ));
        }
    }
    for b in pack.drugs.iter().flat_map(|d| &d.biosimilars) {
        let Some(at) = first(&text, &b.brand.to_lowercase()) else {
            continue;
        };
        let mut from = at.saturating_sub(NEAR);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + b.brand.len() + NEAR).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        if !text[from..to].contains(&b.name.to_lowercase()) {
            out.push(format!(
                "the first mention of the biosimilar {} must come with its full name, e.g. \"{} ({})\"",
                b.brand, b.brand, b.name
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Biosimilar;

    fn pack() -> Pack {
        Pack {
            drugs: vec![
                Drug {
                    generic: "fam-trastuzumab deruxtecan-nxki".into(),
                    brands: vec!["Enhertu".into()],
                    abbreviations: vec!["T-DXd".into()],
                    ..Drug::default()
                },
                Drug {
                    generic: "ado-trastuzumab emtansine".into(),
                    brands: vec!["Kadcyla".into()],
                    ..Drug::default()
                },
                Drug {
                    generic: "trastuzumab".into(),
                    brands: vec!["Herceptin".into()],
                    biosimilars: vec![Biosimilar {
                        brand: "Ogivri".into(),
                        name: "trastuzumab-dkst".into(),
                        year: 2017,
                    }],
                    ..Drug::default()
                },
            ],
            ..Pack::default()
        }
    }

    #[test]
    fn the_full_name_first_passes() {
        let text =
            "Ask about fam-trastuzumab deruxtecan-nxki (Enhertu). Later, Enhertu and T-DXd. \
                    ado-trastuzumab emtansine (Kadcyla) too. Ogivri (trastuzumab-dkst) is a copy.";
        assert!(
            problems(&pack(), text).is_empty(),
            "{:?}",
            problems(&pack(), text)
        );
    }

    #[test]
    fn a_brand_or_short_name_first_fails() {
        let p = problems(
            &pack(),
            "Enhertu (fam-trastuzumab deruxtecan-nxki) and trastuzumab emtansine.",
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].contains("\"Enhertu\""), "{p:?}");
        assert!(p[1].contains("\"trastuzumab emtansine\""), "{p:?}");
    }

    #[test]
    fn plain_trastuzumab_is_not_a_mention_and_biosimilars_need_their_name() {
        assert!(problems(&pack(), "Trastuzumab (Herceptin) is a drip.").is_empty());
        let p = problems(&pack(), "Ogivri is a copy of Herceptin.");
        assert_eq!(p.len(), 1);
        assert!(p[0].contains("Ogivri (trastuzumab-dkst)"));
    }
}
