//! A small JSON reader and writer: the one JSON parser in the wasm (the pack, the saved lists).
//!
//! It accepts exactly the JSON of RFC 8259, as serde_json does, and builds a [`Value`] tree
//! whose objects keep their fields in a list; of two equal keys the last wins, as in
//! serde_json. `pack/tests/json.rs` holds serde_json as its oracle: the same texts accepted, the
//! same values read, over many broken copies of the real pack. An error says what is wrong in
//! serde_json's words, with the line and column (in characters, from 1) of the character at
//! fault. Written for size: serde_json's `Value`, its visitor and its sorted maps cost the wasm
//! about 6 KB of brotli; this is a few hundred lines of plain code.

use std::fmt::{self, Write as _};

/// How deeply lists and objects may nest; deeper text is refused rather than overflowing the stack.
pub const MAX_DEPTH: usize = 128;

/// What the reader says when the text nests deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str = "lists or objects nested more than 128 levels deep";

/// A JSON number, kept as serde_json keeps it: a whole number stays whole.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    /// 0 or more, without a fraction or an exponent.
    Unsigned(u64),
    /// Below 0, without a fraction or an exponent.
    Negative(i64),
    /// Any other number (also whole numbers too large for 64 bits, and `-0`), kept as written:
    /// the content has no fractions, and reading or writing floats would add the standard
    /// library's float code (about 4 KB of brotli) to the wasm. [`Number::as_f64`] reads it.
    Float(Box<str>),
}

impl Number {
    /// The number as a float (the nearest one; infinite beyond the float range).
    pub fn as_f64(&self) -> f64 {
        match self {
            Self::Unsigned(n) => *n as f64,
            Self::Negative(n) => *n as f64,
            Self::Float(text) => text.parse().unwrap_or(f64::NAN),
        }
    }
}

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Object),
}

/// The fields of a JSON object, in the order written (equal keys are all kept; the last counts).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Object(pub Vec<(String, Value)>);

impl Object {
    /// The value of `key` (the last one, if the key was written twice).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Takes the value of `key` out (the last one, dropping any earlier copies).
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().rposition(|(k, _)| k == key)?;
        let (_, value) = self.0.swap_remove(i);
        self.0.retain(|(k, _)| k != key);
        Some(value)
    }
}

impl Value {
    pub fn is_object(&self) -> bool {
        matches!(self, Self::Object(_))
    }

    /// The field `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Self::Object(fields) => fields.get(key),
            _ => None,
        }
    }

    /// A whole number from 0 up.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Number(Number::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Why a text is not JSON, and where (line and column from 1, the column in characters).
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    pub line: usize,
    pub column: usize,
    pub detail: &'static str,
}

/// Parses a whole JSON text (white space around it allowed).
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser {
        text,
        at: 0,
        depth: 0,
    };
    p.skip_space();
    let value = p.value()?;
    p.skip_space();
    match p.peek() {
        None => Ok(value),
        Some(_) => Err(p.fail("trailing characters")),
    }
}

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// An error at the current character.
    #[inline(never)]
    fn fail(&self, detail: &'static str) -> Error {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Error {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            detail,
        }
    }

    /// `detail` where the next character is, or "EOF while parsing `what`" at the end.
    fn fail_or_eof(&self, detail: &'static str, eof: &'static str) -> Error {
        self.fail(if self.peek().is_none() { eof } else { detail })
    }

    fn value(&mut self) -> Result<Value, Error> {
        match self.peek() {
            None => Err(self.fail("EOF while parsing a value")),
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'"') => {
                self.at += 1;
                self.string().map(Value::String)
            }
            Some(b'[') => self.array(),
            Some(b'{') => self.object(),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => Err(self.fail("expected value")),
        }
    }

    fn word(&mut self, word: &'static str, value: Value) -> Result<Value, Error> {
        for &b in word.as_bytes() {
            if self.peek() != Some(b) {
                return Err(self.fail_or_eof("expected ident", "EOF while parsing a value"));
            }
            self.at += 1;
        }
        Ok(value)
    }

    /// One level deeper, at the opening bracket.
    fn enter(&mut self) -> Result<(), Error> {
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(TOO_DEEP));
        }
        self.depth += 1;
        self.at += 1;
        self.skip_space();
        Ok(())
    }

    /// After an item: a comma (then not the closing bracket) or the closing bracket. True when
    /// the list or object has ended.
    fn next_item(
        &mut self,
        close: u8,
        expected: &'static str,
        eof: &'static str,
    ) -> Result<bool, Error> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                match self.peek() {
                    Some(b) if b == close => Err(self.fail("trailing comma")),
                    _ => Ok(false),
                }
            }
            Some(b) if b == close => {
                self.at += 1;
                self.depth -= 1;
                Ok(true)
            }
            _ => Err(self.fail_or_eof(expected, eof)),
        }
    }

    fn array(&mut self) -> Result<Value, Error> {
        const EOF: &str = "EOF while parsing a list";
        self.enter()?;
        let mut items = Vec::new();
        match self.peek() {
            None => return Err(self.fail(EOF)),
            Some(b']') => {
                self.at += 1;
                self.depth -= 1;
                return Ok(Value::Array(items));
            }
            Some(_) => {}
        }
        loop {
            items.push(self.value()?);
            if self.next_item(b']', "expected `,` or `]`", EOF)? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self) -> Result<Value, Error> {
        const EOF: &str = "EOF while parsing an object";
        self.enter()?;
        let mut fields = Vec::new();
        if self.peek() == Some(b'}') {
            self.at += 1;
            self.depth -= 1;
            return Ok(Value::Object(Object(fields)));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.fail_or_eof("key must be a string", EOF));
            }
            self.at += 1;
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.fail_or_eof("expected `:`", EOF));
            }
            self.at += 1;
            self.skip_space();
            let value = self.value()?;
            fields.push((key, value));
            if self.next_item(b'}', "expected `,` or `}`", EOF)? {
                return Ok(Value::Object(Object(fields)));
            }
        }
    }

    /// The rest of a string, after its opening quote.
    fn string(&mut self) -> Result<String, Error> {
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The scan stops only at an ASCII byte (or the end), so this is a whole-character slice.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                None => return Err(self.fail("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => {
                    return Err(self
                        .fail("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    /// The character of an escape, after its backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let c = match self.peek() {
            None => return Err(self.fail("EOF while parsing a string")),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                return self.unicode();
            }
            Some(_) => return Err(self.fail("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(d) = digit else {
                return Err(self.fail_or_eof("invalid escape", "EOF while parsing a string"));
            };
            n = n * 16 + d;
            self.at += 1;
        }
        Ok(n)
    }

    /// `\uXXXX` after its `\u`, with a second escape for a character beyond U+FFFF.
    fn unicode(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.text.as_bytes().get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(self.fail_or_eof(
                        "unexpected end of hex escape",
                        "EOF while parsing a string",
                    ));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.fail("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.fail("lone leading surrogate in hex escape")),
            n => n,
        };
        char::from_u32(code).ok_or_else(|| self.fail("invalid unicode code point"))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }

    /// At least one digit, then as many as there are.
    fn some_digits(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            _ => Err(self.fail_or_eof("invalid number", "EOF while parsing a value")),
        }
    }

    fn number(&mut self) -> Result<Number, Error> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let digits_start = self.at;
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.fail("invalid number"));
                }
            }
            _ => self.some_digits()?,
        }
        let digits_end = self.at;
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            whole = false;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.some_digits()?;
        }
        // As serde_json: whole numbers that fit stay whole; `-0` and larger ones become floats.
        if whole {
            if let Ok(n) = self.text[digits_start..digits_end].parse::<u64>() {
                if !negative {
                    return Ok(Number::Unsigned(n));
                }
                if n != 0 && n <= 1 << 63 {
                    return Ok(Number::Negative((n as i64).wrapping_neg()));
                }
            }
        }
        // Unlike serde_json, a number beyond the float range (`1e400`) is not refused here.
        Ok(Number::Float(self.text[start..self.at].into()))
    }
}

/// Writes `s` as a JSON string, quoted and escaped.
pub fn write_string(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    out.write_char('"')?;
    for c in s.chars() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            c if u32::from(c) < 0x20 => write!(out, "\\u{:04x}", u32::from(c))?,
            c => out.write_char(c)?,
        }
    }
    out.write_char('"')
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unsigned(n) => write!(f, "{n}"),
            Self::Negative(n) => write!(f, "{n}"),
            Self::Float(text) => f.write_str(text),
        }
    }
}

/// Compact JSON text.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Null => f.write_str("null"),
            Self::Bool(b) => write!(f, "{b}"),
            Self::Number(n) => write!(f, "{n}"),
            Self::String(s) => write_string(f, s),
            Self::Array(items) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_char(']')
            }
            Self::Object(Object(fields)) => {
                f.write_char('{')?;
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        f.write_char(',')?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_char('}')
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> Error {
        match parse(text) {
            Err(e) => e,
            Ok(v) => panic!("{text:?} read as {v:?}"),
        }
    }

    #[test]
    fn reads_each_kind_of_value() {
        let v = parse(
            " {\"a\": [1, -2, 2.5, true, false, null, \"x\\u00e9\\ud83d\\ude00\\n\"], \"b\": {}} ",
        );
        let expected = Value::Object(Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Number(Number::Unsigned(1)),
                    Value::Number(Number::Negative(-2)),
                    Value::Number(Number::Float("2.5".into())),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                    Value::String("xé😀\n".into()),
                ]),
            ),
            ("b".into(), Value::Object(Object::default())),
        ]));
        assert_eq!(v, Ok(expected));
    }

    #[test]
    fn the_last_of_two_equal_keys_counts() {
        let v = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap_or_default();
        assert_eq!(v.get("a").and_then(Value::as_u64), Some(3));
        let Value::Object(mut fields) = v else {
            panic!("not an object")
        };
        assert_eq!(fields.remove("a"), Some(Value::Number(Number::Unsigned(3))));
        assert_eq!(fields.remove("a"), None, "the earlier copy goes too");
        assert_eq!(fields.0.len(), 1);
    }

    #[test]
    fn errors_say_what_and_where() {
        let e = err("{\n  \"a\": 1,\n  \"b\" 2\n}");
        assert_eq!((e.line, e.column, e.detail), (3, 7, "expected `:`"));
        // Columns count characters, not bytes.
        let e = err("[\"é\", x]");
        assert_eq!((e.line, e.column, e.detail), (1, 7, "expected value"));
        assert_eq!(err("[1, 2").detail, "EOF while parsing a list");
        assert_eq!(err("{\"a\": \"b").detail, "EOF while parsing a string");
        assert_eq!(err("[1,]").detail, "trailing comma");
        assert_eq!(err("{\"a\":1,}").detail, "trailing comma");
        assert_eq!(err("[1] x").detail, "trailing characters");
        assert_eq!(err("[01]").detail, "invalid number");
        assert_eq!(err("[tru]").detail, "expected ident");
        assert_eq!(err("{1: 2}").detail, "key must be a string");
        assert_eq!(err("[\"\\x\"]").detail, "invalid escape");
        assert_eq!(err("[\"\\ud800\"]").detail, "unexpected end of hex escape");
        assert_eq!(
            err("[\"\\udc00\"]").detail,
            "lone leading surrogate in hex escape"
        );
        assert_eq!(err("[\"a\tb\"]").column, 4, "a raw tab inside a string");
        assert_eq!(err("").detail, "EOF while parsing a value");
    }

    #[test]
    fn numbers_stay_whole_as_in_serde_json() {
        let n = |t: &str| match parse(t) {
            Ok(Value::Number(n)) => n,
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(n("18446744073709551615"), Number::Unsigned(u64::MAX));
        assert_eq!(n("18446744073709551616").as_f64(), 18446744073709551616.0);
        assert_eq!(n("-9223372036854775808"), Number::Negative(i64::MIN));
        assert_eq!(n("-9223372036854775809").as_f64(), -9223372036854775809.0);
        assert_eq!(n("-0"), Number::Float("-0".into()));
        assert_eq!(n("1E2").as_f64(), 100.0);
        // Kept as written, even beyond the float range (serde_json refuses `1e400`).
        assert_eq!(n("1e400"), Number::Float("1e400".into()));
    }

    #[test]
    fn nesting_is_limited() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(err(&deep).detail, TOO_DEEP);
    }

    #[test]
    fn writes_back_what_it_reads() {
        let text = r#"{"a":[1,-2,2.5,1.0,true,null,"q\"\\\n\u0001é"],"b":{}}"#;
        let v = parse(text).unwrap_or_default();
        assert_eq!(v.to_string(), text);
    }
}
