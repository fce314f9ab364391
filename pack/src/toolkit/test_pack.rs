//! The real content (`../content`), compiled once for all of the toolkit's tests.

use crate::compile::compile_dir;
use crate::model::date::Date;
use crate::model::Pack;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The English pack compiled from the repository's content, shared by every test.
pub fn real_pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
        compile_dir(&dir, Date::today()).unwrap_or_else(|errors| {
            let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            panic!("the content does not compile:\n{}", lines.join("\n"))
        })
    })
}
