//! The reader's units: a sign written with both units, "Fever of 38°C (100.4°F) or higher",
//! shown in the one the reader chose, "Fever of 100.4°F or higher".
//!
//! Only a pair written as the cards write it is changed: a number and unit, then the other
//! quantity's number and unit of the same kind in brackets, with an optional "about" (or
//! "unos"/"aprox.", kept as written) before the number in brackets. Anything else is left as
//! it is, so a sign is never changed into something its card does not say.

use serde::{Deserialize, Serialize};

/// Temperature unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Temperature {
    Celsius,
    Fahrenheit,
}

/// Weight unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    Kg,
    Lb,
}

/// The reader's choice; `None` keeps both units, as the cards write them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Units {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<Temperature>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
}

impl Units {
    /// True when both units are kept (nothing to change).
    pub fn is_default(&self) -> bool {
        *self == Units::default()
    }
}

/// A unit the text can hold, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    C,
    F,
    Kg,
    Lb,
}

impl Unit {
    fn same_kind(self, other: Unit) -> bool {
        matches!(
            (self, other),
            (Unit::C, Unit::F) | (Unit::F, Unit::C) | (Unit::Kg, Unit::Lb) | (Unit::Lb, Unit::Kg)
        )
    }

    /// Whether the reader wants to see this unit (`None` when they keep both).
    fn wanted(self, units: &Units) -> Option<bool> {
        match self {
            Unit::C => units.temperature.map(|t| t == Temperature::Celsius),
            Unit::F => units.temperature.map(|t| t == Temperature::Fahrenheit),
            Unit::Kg => units.weight.map(|w| w == Weight::Kg),
            Unit::Lb => units.weight.map(|w| w == Weight::Lb),
        }
    }
}

/// The unit `text` ends with, and where its quantity (number and unit) starts.
fn quantity_at_end(text: &str) -> Option<(usize, Unit)> {
    let t = text.trim_end();
    let (rest, unit) = [
        ("°C", Unit::C),
        ("°F", Unit::F),
        ("º C", Unit::C),
        ("° C", Unit::C),
        ("° F", Unit::F),
        ("kg", Unit::Kg),
        ("lb", Unit::Lb),
        ("lbs", Unit::Lb),
        ("libras", Unit::Lb),
        ("pounds", Unit::Lb),
    ]
    .into_iter()
    .find_map(|(suffix, unit)| t.strip_suffix(suffix).map(|rest| (rest, unit)))?;
    let rest = rest.trim_end();
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let number = &rest[digits.len()..];
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((digits.len(), unit))
}

/// `text` with each both-units pair shown in the reader's unit.
pub fn in_units(text: &str, units: &Units) -> String {
    if units.is_default() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let before = &rest[..open];
        let inside = &rest[open + 1..close];
        let outer = quantity_at_end(before);
        let inner = quantity_at_end(inside).filter(|(start, _)| {
            let lead = inside[..*start].trim();
            lead.is_empty()
                || ["about", "around", "unos", "unas", "aprox.", "alrededor de"].contains(&lead)
        });
        match (outer, inner) {
            (Some((o_start, o_unit)), Some((_, i_unit))) if o_unit.same_kind(i_unit) => {
                match o_unit.wanted(units) {
                    // The outer unit is the reader's: drop the brackets.
                    Some(true) => out.push_str(before.trim_end()),
                    // The inner one is: it takes the outer one's place.
                    Some(false) => {
                        out.push_str(&before[..o_start]);
                        out.push_str(inside.trim());
                    }
                    None => out.push_str(&rest[..=close]),
                }
            }
            _ => out.push_str(&rest[..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: Units = Units {
        temperature: Some(Temperature::Celsius),
        weight: None,
    };
    const F_LB: Units = Units {
        temperature: Some(Temperature::Fahrenheit),
        weight: Some(Weight::Lb),
    };
    const KG: Units = Units {
        temperature: None,
        weight: Some(Weight::Kg),
    };

    #[test]
    fn fever_in_either_unit() {
        let sign = "Fever of 38°C (100.4°F) or higher";
        assert_eq!(in_units(sign, &C), "Fever of 38°C or higher");
        assert_eq!(in_units(sign, &F_LB), "Fever of 100.4°F or higher");
        assert_eq!(in_units(sign, &Units::default()), sign);
        assert_eq!(
            in_units(sign, &KG),
            sign,
            "weight only: temperature kept as is"
        );
    }

    #[test]
    fn weight_with_about_and_either_order() {
        let sign = "You gain more than 5 lb (about 2.3 kg) in 24 hours";
        assert_eq!(
            in_units(sign, &KG),
            "You gain more than about 2.3 kg in 24 hours"
        );
        assert_eq!(in_units(sign, &F_LB), "You gain more than 5 lb in 24 hours");
        let other = "You gain more than 2 kg (5 lb) in 24 hours, or your ankles swell";
        assert_eq!(
            in_units(other, &F_LB),
            "You gain more than 5 lb in 24 hours, or your ankles swell"
        );
        assert_eq!(
            in_units(other, &KG),
            "You gain more than 2 kg in 24 hours, or your ankles swell"
        );
    }

    #[test]
    fn other_brackets_and_odd_text_are_left_alone() {
        for text in [
            "Diarrhea (loose stools) that goes on",
            "Under 90 kg (about 198 lb), it is 120 mg",
            "A fever (38°C)",
            "Unclosed (100.4°F",
            "38°C (5 lb)",
            "",
        ] {
            let kept = in_units(text, &Units::default());
            assert_eq!(kept, text);
        }
        assert_eq!(in_units("A fever (38°C)", &F_LB), "A fever (38°C)");
        assert_eq!(in_units("38°C (5 lb)", &F_LB), "38°C (5 lb)");
        assert_eq!(in_units("Unclosed (100.4°F", &C), "Unclosed (100.4°F");
        assert_eq!(
            in_units("Under 90 kg (about 198 lb), it is 120 mg", &F_LB),
            "Under about 198 lb, it is 120 mg"
        );
    }

    #[test]
    fn spanish_signs_with_spaces_and_decimal_commas() {
        let fever = "Fiebre de 38 °C (100,4 °F) o más";
        assert_eq!(in_units(fever, &C), "Fiebre de 38 °C o más");
        assert_eq!(in_units(fever, &F_LB), "Fiebre de 100,4 °F o más");
        let weight = "Sube más de 5 lb (unos 2,3 kg) en 24 horas";
        assert_eq!(in_units(weight, &KG), "Sube más de unos 2,3 kg en 24 horas");
        assert_eq!(in_units(weight, &F_LB), "Sube más de 5 lb en 24 horas");
    }

    #[test]
    fn two_pairs_in_one_sign() {
        let text = "Fever of 38°C (100.4°F), or you gain 2 kg (5 lb)";
        assert_eq!(in_units(text, &F_LB), "Fever of 100.4°F, or you gain 5 lb");
    }

    #[cfg(feature = "compiler")]
    #[test]
    fn every_real_sign_with_both_temperatures_shows_one() {
        use crate::toolkit::when_to_call::{signs_of, TIERS};
        let pack = crate::toolkit::test_pack::real_pack();
        let mut seen = 0;
        for drug in &pack.drugs {
            for kind in TIERS {
                for sign in signs_of(drug, kind) {
                    if sign.contains("°C") && sign.contains("°F") {
                        seen += 1;
                        assert!(!in_units(&sign, &C).contains("°F"), "{sign}");
                        assert!(!in_units(&sign, &F_LB).contains("°C"), "{sign}");
                    }
                }
            }
        }
        assert!(seen > 0, "the cards give fevers in both units");
    }
}
