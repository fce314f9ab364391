//! Finds the field path (`drugs[3].sources[0].url`) at a position in a JSON text, so schema
//! errors can name the bad field. A small scanner instead of a tracking deserializer: the
//! tracking wrapper doubled the deserialization code in the wasm.

enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// Reads a JSON string starting after its opening quote; returns it and the index after it.
fn read_string(bytes: &[u8], mut i: usize, stop: usize) -> (String, usize) {
    let start = i;
    while i < bytes.len() && i < stop {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => {
                let raw = String::from_utf8_lossy(&bytes[start..i]).into_owned();
                return (raw.replace("\\\"", "\"").replace("\\\\", "\\"), i + 1);
            }
            _ => i += 1,
        }
    }
    (
        String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned(),
        i,
    )
}

/// The byte offset of a 1-based line and column as serde_json reports them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// The path of the value being read at byte `offset`. With `enclosing_object`, the path of the
/// object itself (for "missing field" errors, reported at the object's closing brace).
pub fn path_at(text: &str, offset: usize, enclosing_object: bool) -> String {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset && i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key }) => *key = None,
                None => {}
            },
            b'"' => {
                let (s, next) = read_string(bytes, i + 1, offset);
                if let Some(Frame::Object { key: key @ None }) = stack.last_mut() {
                    *key = Some(s);
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if enclosing_object {
        if let Some(Frame::Object { key }) = stack.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "(top level)".to_string()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_objects_and_arrays() {
        let text = r#"{"a": [{"b": 1}, {"c": "x,y", "d": [1, 2, 3]}]}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap(), false);
        assert_eq!(at("1}"), "a[0].b");
        assert_eq!(at("\"x,y"), "a[1].c");
        assert_eq!(at("3]"), "a[1].d[2]");
        assert_eq!(path_at(text, 0, false), "(top level)");
    }

    #[test]
    fn enclosing_object_for_missing_fields() {
        let text = r#"{"a": [{"b": 1}, {"c": 2}]}"#;
        let close = text.rfind("}]").unwrap();
        assert_eq!(path_at(text, close, true), "a[1]");
    }

    #[test]
    fn line_and_column_to_offset() {
        let text = "{\n  \"a\": 1\n}";
        assert_eq!(offset_of(text, 2, 3), 4);
        assert_eq!(
            &text[offset_of(text, 2, 3)..offset_of(text, 2, 3) + 1],
            "\""
        );
    }
}
