//! Turning the bytes of `her2.json` into a checked `Pack`, with errors a reader can understand
//! and the path of the bad field for a schema error (`drugs[3].sources[0].url`).

use crate::model::Pack;
use crate::model::SCHEMA_VERSION;
use crate::read::validate::{validate, Issue, Strictness};
use crate::words::words;
use serde::Deserialize;
use std::fmt;

/// The largest pack the app will try to read.
pub const MAX_PACK_BYTES: usize = 16 * 1024 * 1024;

/// Why a pack could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum PackError {
    TooLarge {
        bytes: usize,
    },
    NotUtf8 {
        at_byte: usize,
    },
    HtmlPage,
    Empty,
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    UnsupportedVersion {
        found: String,
    },
    Schema {
        path: String,
        detail: String,
    },
    Invalid(Vec<Issue>),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = words();
        match self {
            Self::TooLarge { bytes } => f.write_str(&(w.pack_too_large)(bytes / (1024 * 1024))),
            Self::NotUtf8 { at_byte } => f.write_str(&(w.pack_not_utf8)(*at_byte)),
            Self::HtmlPage => f.write_str(w.pack_html_page),
            Self::Empty => f.write_str(w.pack_empty),
            Self::NotJson {
                line,
                column,
                detail,
            } => f.write_str(&(w.pack_not_json)(*line, *column, detail)),
            Self::UnsupportedVersion { found } => {
                f.write_str(&(w.pack_unsupported)(found, SCHEMA_VERSION))
            }
            Self::Schema { path, detail } => f.write_str(&(w.pack_schema)(path, detail)),
            Self::Invalid(issues) => {
                f.write_str(w.pack_invalid)?;
                for (i, issue) in issues.iter().take(3).enumerate() {
                    if i > 0 {
                        write!(f, "; ")?;
                    }
                    write!(f, "{issue}")?;
                }
                if issues.len() > 3 {
                    f.write_str(&(w.pack_invalid_more)(issues.len() - 3))?;
                }
                write!(f, ".")
            }
        }
    }
}

impl std::error::Error for PackError {}

/// Parses and validates a pack from raw bytes as fetched.
pub fn parse_pack_bytes(bytes: &[u8]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| PackError::NotUtf8 {
        at_byte: e.valid_up_to(),
    })?;
    parse_pack(text)
}

/// Parses and validates a pack from text.
pub fn parse_pack(text: &str) -> Result<Pack, PackError> {
    if text.len() > MAX_PACK_BYTES {
        return Err(PackError::TooLarge { bytes: text.len() });
    }
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(PackError::Empty);
    }
    if trimmed.starts_with('<') {
        return Err(PackError::HtmlPage);
    }
    let first = super::json_path::prescan(trimmed, 128);
    if let Some((line, column)) = first.too_deep {
        return Err(PackError::NotJson {
            line,
            column,
            detail: "lists or objects nested more than 128 levels deep".to_string(),
        });
    }
    // Bad JSON text is said as such first. Then the format version: a pack of another
    // format is reported as that, not as damage, whatever its shape.
    let version = || match &first.schema_version {
        None => Some(PackError::Schema {
            path: "schema_version".to_string(),
            detail: "missing".to_string(),
        }),
        Some(v) if *v != SCHEMA_VERSION.to_string() => {
            Some(PackError::UnsupportedVersion { found: v.clone() })
        }
        Some(_) => None,
    };
    let mut reader = serde_json::Deserializer::from_str(trimmed);
    let read = Pack::deserialize(&mut reader).and_then(|pack| reader.end().map(|()| pack));
    let pack = match read {
        Ok(pack) => match version() {
            Some(error) => return Err(error),
            None => pack,
        },
        Err(e) if e.is_data() && trimmed.starts_with('{') => {
            if let Some(error) = version() {
                return Err(error);
            }
            let path = super::json_path::path_at(trimmed, e.line(), e.column());
            return Err(shape_or_json_error(&path, e));
        }
        Err(e) => return Err(shape_or_json_error("", e)),
    };
    let issues = validate(&pack, Strictness::default());
    if issues.is_empty() {
        Ok(pack)
    } else {
        Err(PackError::Invalid(issues))
    }
}

/// serde_json's error in reader terms: bad JSON text (with its line and column), or a field of
/// the wrong shape (with its path, `drugs[3].sources[0].url`).
fn shape_or_json_error(path: &str, inner: serde_json::Error) -> PackError {
    // serde_json ends every message with " at line L column C"; the path says where instead.
    let full = inner.to_string();
    let suffix = format!(" at line {} column {}", inner.line(), inner.column());
    let detail = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    if inner.is_data() {
        PackError::Schema {
            path: match path {
                "" => "(top level)".to_string(),
                _ => path.to_string(),
            },
            detail,
        }
    } else {
        let detail = if detail.starts_with("recursion limit exceeded") {
            "nested more than 128 levels deep".to_string()
        } else {
            detail
        };
        PackError::NotJson {
            line: inner.line(),
            column: inner.column(),
            detail,
        }
    }
}
