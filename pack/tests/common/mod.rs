//! Shared by the integration tests: the real content compiled once.
#![allow(dead_code, clippy::unwrap_used)]

use her2_pack::compile::compile_dir;
use her2_pack::model::date::Date;
use her2_pack::Pack;
use std::fs;
use std::path::{Path, PathBuf};

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

/// A copy of the real content in a temporary folder.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("her2-compiler-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        copy_dir(&content_dir(), &dir);
        Scratch(dir)
    }

    pub fn edit(&self, file: &str, f: impl Fn(String) -> String) {
        let path = self.0.join(file);
        let text = fs::read_to_string(&path).unwrap();
        let changed = f(text.clone());
        assert_ne!(text, changed, "the edit changed nothing in {file}");
        fs::write(path, changed).unwrap();
    }

    pub fn errors(&self) -> Vec<String> {
        match compile_dir(&self.0, Date::today()) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
