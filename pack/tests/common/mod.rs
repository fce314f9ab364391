//! Shared by the integration tests: the real content compiled once.
#![allow(dead_code, clippy::unwrap_used)]

use her2_pack::compile::compile_dir;
use her2_pack::model::date::Date;
use her2_pack::Pack;
use std::path::PathBuf;

pub fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}

pub fn real_pack() -> Pack {
    match compile_dir(&content_dir(), Date::today()) {
        Ok(pack) => pack,
        Err(errors) => panic!(
            "the content does not compile:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

pub fn real_json() -> String {
    serde_json::to_string(&real_pack()).unwrap()
}
