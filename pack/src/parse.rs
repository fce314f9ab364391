//! Turning the bytes of `her2.json` into a checked `Pack`, with errors a reader can understand
//! and the path of the bad field for a schema error (`drugs[3].sources[0].url`).

use crate::from_json;
use crate::json::{self, Value};
use crate::model::Pack;
use crate::validate::{validate, Issue, Strictness};
use crate::words::words;
use crate::SCHEMA_VERSION;
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
    // Anything the JSON reader refuses here is bad JSON text (including nesting deeper than
    // 128 levels); the shape is checked next, field by field, with paths.
    let value: Value = json::parse(trimmed).map_err(|e| PackError::NotJson {
        line: e.line,
        column: e.column,
        detail: e.detail.to_string(),
    })?;
    match value.get("schema_version") {
        _ if !value.is_object() => {}
        None => {
            return Err(PackError::Schema {
                path: "schema_version".to_string(),
                detail: "missing".to_string(),
            })
        }
        Some(v) if v.as_u64() != Some(u64::from(SCHEMA_VERSION)) => {
            return Err(PackError::UnsupportedVersion {
                found: v.to_string(),
            })
        }
        Some(_) => {}
    }
    let pack = from_json::pack(value).map_err(|e| PackError::Schema {
        path: e.path,
        detail: e.detail,
    })?;
    let issues = validate(&pack, Strictness::default());
    if issues.is_empty() {
        Ok(pack)
    } else {
        Err(PackError::Invalid(issues))
    }
}
