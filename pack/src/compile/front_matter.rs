//! Splitting a content file into its TOML front matter and markdown body, and turning TOML
//! errors into `line: message`.

/// A content file split at its `+++` fences.
pub struct Split<'a> {
    pub front: &'a str,
    /// 1-based line of the first front-matter line.
    pub front_line: usize,
    pub body: &'a str,
    /// 1-based line of the first body line.
    pub body_line: usize,
}

/// Splits `+++\n<toml>\n+++\n<markdown>`.
pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or((
            1,
            "the file must start with a `+++` line (front matter)".to_string(),
        ))?;
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok(Split {
                front,
                front_line: 2,
                body,
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err((1, "the front matter has no closing `+++` line".to_string()))
}

/// The 1-based line of a byte offset in `text`.
pub fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

/// Reads TOML into `T`. Each problem comes back as (line, message), the line counted from
/// `first_line`: a TOML or type error, or every field the model does not have (usually a typo).
/// Unknown fields are found by serde itself (serde_ignored), so the model stays the only list
/// of field names.
pub fn from_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    first_line: usize,
) -> Result<T, Vec<(usize, String)>> {
    let line_of_error = |e: &toml::de::Error| {
        e.span().map(|s| line_of(text, s.start)).unwrap_or(1) + first_line - 1
    };
    let reader = toml::Deserializer::parse(text)
        .map_err(|e| vec![(line_of_error(&e), e.message().trim().to_string())])?;
    let mut unknown: Vec<String> = Vec::new();
    let read = serde_ignored::deserialize(reader, |path| unknown.push(path.to_string()));
    // A typo usually shows twice: an unknown field, and the real one missing. Both are said,
    // the unknown one first, since it names what to fix.
    let mut errors: Vec<(usize, String)> = unknown
        .into_iter()
        .map(|path| {
            let key = path.rsplit('.').next().unwrap_or(&path);
            let line = text
                .lines()
                .position(|l| l.trim_start().trim_start_matches('[').starts_with(key))
                .map_or(first_line, |i| i + first_line);
            (line, format!("unknown field `{path}`"))
        })
        .collect();
    match read {
        Ok(value) if errors.is_empty() => Ok(value),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.push((line_of_error(&e), e.message().trim().to_string()));
            Err(errors)
        }
    }
}

/// Whether the front matter sets `key` at its top level (for the fields the compiler fills).
pub fn sets_key(text: &str, key: &str) -> bool {
    text.parse::<toml::Table>()
        .is_ok_and(|table| table.contains_key(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_counts_lines() {
        let s = split("+++\na = 1\nb = 2\n+++\n\nBody\n").unwrap();
        assert_eq!(s.front, "a = 1\nb = 2\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 5);
        assert!(split("no front matter").is_err());
        assert!(split("+++\na = 1\n").is_err());
    }

    #[test]
    fn toml_errors_name_the_line() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
        }
        let err = from_toml::<T>("\n\na = \"x\"\n", 2).unwrap_err();
        assert_eq!(err[0].0, 4);
        let err = from_toml::<T>("a = 1\nb = 2\n", 2).unwrap_err();
        assert_eq!(err, vec![(3, "unknown field `b`".to_string())]);
    }
}
