//! The app's JSON reader (`her2_pack::json`) against serde_json as the oracle: over many broken
//! copies of the real pack, both accept the same texts, with the same values, and refuse the
//! same texts. And the writer's text reads back in serde_json as the same value.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

mod common;

use her2_pack::json::{self, Number, Value};

/// True when the two trees hold the same values (floats within a rounding step: serde_json's
/// default float parsing is not always correctly rounded).
fn same(mine: &Value, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as S;
    match (mine, theirs) {
        (Value::Null, S::Null) => true,
        (Value::Bool(a), S::Bool(b)) => a == b,
        (Value::String(a), S::String(b)) => a == b,
        (Value::Number(Number::Unsigned(a)), S::Number(b)) => b.as_u64() == Some(*a),
        (Value::Number(Number::Negative(a)), S::Number(b)) => !b.is_u64() && b.as_i64() == Some(*a),
        (Value::Number(n @ Number::Float(_)), S::Number(b)) => {
            b.is_f64() && {
                let (a, b) = (n.as_f64(), b.as_f64().unwrap_or(f64::NAN));
                a == b || ((a - b) / b).abs() < 1e-15
            }
        }
        (Value::Array(a), S::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), S::Object(b)) => {
            // serde_json keeps one value per key, the last; so does `get`.
            let mut keys: Vec<&str> = a.0.iter().map(|(k, _)| k.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            keys.len() == b.len()
                && keys
                    .iter()
                    .all(|k| matches!((a.get(k), b.get(*k)), (Some(x), Some(y)) if same(x, y)))
        }
        _ => false,
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}

/// Pieces that make JSON go wrong in interesting ways.
const PIECES: &[&str] = &[
    "\"",
    "\\",
    ",",
    "]",
    "}",
    "[",
    "{",
    ":",
    "0",
    "-",
    ".",
    "e",
    "E+",
    "1e400",
    "-0",
    "01",
    "\\u",
    "\\ud800",
    "\\udc00",
    "\\ud83d\\ude00",
    "\\u00e9",
    "\\x",
    "\u{1}",
    "\u{1f}",
    "\t",
    " ",
    "tru",
    "nul",
    "null",
    "é",
    "😀",
    "\n",
    "18446744073709551616",
    "-9223372036854775809",
    "1.5",
    ",]",
    ",}",
    "{\"a\":1,\"a\":2}",
];

/// A copy of `text` with one random change: a cut, an insertion, a replacement or a truncation.
fn mutate(text: &str, rng: &mut Lcg) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = rng.next(chars.len());
    let piece = PIECES[rng.next(PIECES.len())];
    let mut out: String;
    match rng.next(4) {
        0 => {
            let end = (at + 1 + rng.next(3)).min(chars.len());
            out = chars[..at].iter().chain(&chars[end..]).collect();
        }
        1 => {
            out = chars[..at].iter().collect();
            out.push_str(piece);
            out.extend(&chars[at..]);
        }
        2 => {
            out = chars[..at].iter().collect();
            out.push_str(piece);
            out.extend(chars.iter().skip(at + 1));
        }
        _ => out = chars[..at].iter().collect(),
    }
    out
}

#[test]
fn accepts_and_refuses_what_serde_json_does_over_broken_copies_of_the_pack() {
    let real = common::real_json();
    // A smaller text too, so that most changes land in a short document and many are accepted.
    let small = r#"{"a": [1, -2, 3.5e-3, true, null], "b": {"c": "d\n\u00e9"}, "e": ""}"#;
    let mut rng = Lcg(0x4845_5232);
    let (mut accepted, mut refused) = (0, 0);
    for i in 0..4000 {
        let base = if i % 10 == 0 { real.as_str() } else { small };
        // One to three changes on top of each other.
        let mut text = mutate(base, &mut rng);
        for _ in 0..rng.next(3) {
            text = mutate(&text, &mut rng);
        }
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (json::parse(&text), theirs) {
            (Ok(mine), Ok(theirs)) => {
                assert!(
                    same(&mine, &theirs),
                    "case {i}: different values for {text:?}"
                );
                accepted += 1;
            }
            (Err(_), Err(_)) => refused += 1,
            // The one difference, by design: a number beyond the float range is kept as written.
            (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => refused += 1,
            (mine, theirs) => {
                panic!("case {i}: {text:?}\n mine: {mine:?}\n serde_json: {theirs:?}")
            }
        }
    }
    // The generator must exercise both sides for the comparison to mean anything.
    assert!(
        accepted > 300 && refused > 1500,
        "{accepted} accepted, {refused} refused"
    );
}

#[test]
fn the_real_pack_reads_the_same() {
    let text = common::real_json();
    let mine = json::parse(&text).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(same(&mine, &theirs));
}

#[test]
fn written_text_reads_back_in_serde_json() {
    let text = r#"{"q":["line\nbreak","tab\there","quote \" and \\ back","\u0007bell","é😀"],"n":[0,-1,2.5,1e300]}"#;
    let mine = json::parse(text).unwrap();
    let written = mine.to_string();
    let theirs: serde_json::Value = serde_json::from_str(&written).unwrap();
    assert!(same(&mine, &theirs), "{written}");
}

/// (serde_json reports some errors after reading the character at fault, so a bad word just
/// before a line break is on the next line there; these cases are not among them.)
#[test]
fn errors_point_at_the_same_line_as_serde_json() {
    for text in [
        "{\n\"a\": [1,\n2,,3]\n}",
        "[\n\"x\",\n\"\\q\"\n]",
        "{\n\"a\":1\n\"b\":2}",
        "[1,\n2,\n]",
    ] {
        let mine = json::parse(text).unwrap_err();
        let theirs = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(mine.line, theirs.line(), "{text:?}: {mine:?} vs {theirs}");
    }
}
