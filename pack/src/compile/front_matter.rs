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

/// Reads TOML into `T`, giving the failing line (relative to `first_line`) and a short message.
pub fn from_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    first_line: usize,
) -> Result<T, (usize, String)> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1) + first_line - 1;
        (line, e.message().trim().to_string())
    })
}

/// Keys in the front matter that the format does not know (usually typos).
pub fn unknown_keys(text: &str, first_line: usize, known: &[&str]) -> Vec<(usize, String)> {
    let Ok(table) = text.parse::<toml::Table>() else {
        return Vec::new();
    };
    table
        .keys()
        .filter(|k| !known.contains(&k.as_str()))
        .map(|k| {
            let line = text
                .lines()
                .position(|l| {
                    let l = l.trim_start().trim_start_matches('[');
                    l.starts_with(k.as_str())
                })
                .map(|i| i + first_line)
                .unwrap_or(first_line);
            (line, format!("unknown field `{k}`"))
        })
        .collect()
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
        assert_eq!(err.0, 4);
    }
}
