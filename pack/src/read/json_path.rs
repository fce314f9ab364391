//! Scans of the pack's JSON text that serde_json does not give: the path of a bad field
//! (`drugs[3].sources[0].url`), recovered from serde_json's error position after the fact, and
//! nesting too deep to be content.
//!
//! Why not `serde_path_to_error`: wrapping every visitor to track the path while reading cost
//! 4.5 KB brotli of wasm (measured, same run), for text only an error ever needs. This scans
//! the JSON once more, only when a read has failed, up to where serde_json stopped.

/// Where the scan is: inside an object (with the key last read) or an array (at an index).
enum Frame {
    Object(Option<String>),
    Array(usize),
}

fn write_path(frames: &[Frame], out: &mut String) {
    out.clear();
    for frame in frames {
        match frame {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

/// The path of the value serde_json was reading when it stopped at `line`/`column` (1-based
/// line; column in bytes from the line's start, as serde_json counts). A missing field is
/// reported just after its object's `}`, where this gives the object's own path.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let line_start = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let end = if line <= 1 {
        column
    } else {
        line_start + column
    }
    .min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut expect_key = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                frames.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(_)) => expect_key = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expect_key {
                    if let Some(Frame::Object(key)) = frames.last_mut() {
                        *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_string());
                    }
                    expect_key = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    write_path(&frames, &mut path);
    path
}

/// What one quick pass over the pack's text finds before serde_json reads it.
#[derive(Debug, Default, PartialEq)]
pub struct Prescan {
    /// Where lists or objects first nest more than the limit, as (line, column), both 1-based.
    /// serde_json skips a field the app does not read without any limit, and a deep list where
    /// text was expected would be a shape error; this names it as bad JSON instead.
    pub too_deep: Option<(usize, usize)>,
    /// The top-level `schema_version`, as written (`2`, `"2"`); checked before the rest, so a
    /// newer pack is reported as a newer format, not as damage.
    pub schema_version: Option<String>,
}

/// One pass over `text`: nesting deeper than `limit`, and the top-level `schema_version`.
pub fn prescan(text: &str, limit: usize) -> Prescan {
    let bytes = text.as_bytes();
    let mut found = Prescan::default();
    let (mut depth, mut line, mut line_start, mut i) = (0usize, 1usize, 0usize, 0usize);
    let mut key_position = false;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let is_version = depth == 1
                    && key_position
                    && text.get(start..i) == Some("schema_version")
                    && found.schema_version.is_none();
                if is_version {
                    let rest = text.get(i + 1..).unwrap_or("").trim_start();
                    if let Some(value) = rest.strip_prefix(':') {
                        let end = value.find([',', '}', '\n']).unwrap_or(value.len());
                        found.schema_version = Some(value[..end].trim().to_string());
                    }
                }
                key_position = false;
            }
            b'[' | b'{' => {
                depth += 1;
                key_position = bytes[i] == b'{';
                if depth > limit {
                    found.too_deep = Some((line, i - line_start + 1));
                    return found;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b',' => key_position = true,
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{path_at, prescan};

    #[test]
    fn finds_nesting_deeper_than_the_limit() {
        let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let deep = |text: &str| prescan(text, 128).too_deep;
        assert_eq!(deep(&nest(128)), None);
        assert_eq!(deep(&format!("{{\"a\":\n {}}}", nest(200))), Some((2, 129)));
        // Brackets inside strings are text.
        assert_eq!(deep(&format!("[\"{}\"]", "[".repeat(300))), None);
    }

    #[test]
    fn finds_the_top_level_schema_version_only() {
        let version = |text: &str| prescan(text, 128).schema_version;
        assert_eq!(
            version("{\"a\": 1, \"schema_version\" : 2 }").as_deref(),
            Some("2")
        );
        assert_eq!(
            version("{\"schema_version\": \"3\",\"b\":0}").as_deref(),
            Some("\"3\"")
        );
        assert_eq!(version("{\"a\": {\"schema_version\": 2}}"), None);
        assert_eq!(version("{\"a\": \"schema_version\"}"), None);
        assert_eq!(version("[\"schema_version\", 2]"), None);
    }

    fn at(text: &str, needle: &str) -> String {
        let offset = text.find(needle).map_or(0, |i| i + needle.len());
        let line = text[..offset].matches('\n').count() + 1;
        let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1);
        path_at(text, line, column)
    }

    #[test]
    fn names_the_value_being_read() {
        let text = "{\"drugs\": [{}, {\"sources\": [{\"url\": 42}]}],\n \"x\": {\"y\": \"a,]}\\\"\", \"z\": true}}";
        assert_eq!(at(text, "42"), "drugs[1].sources[0].url");
        assert_eq!(at(text, "true"), "x.z");
        assert_eq!(at(text, "{\"url\": 42}"), "drugs[1].sources[0]");
        assert_eq!(at(text, ""), "");
    }
}
