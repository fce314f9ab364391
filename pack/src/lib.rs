//! HER2 Guide content pack: the model, parsing and validation, safe markdown, dates, routes and
//! (with the `compiler` feature) the native compiler that turns `content/` into the JSON pack.
//!
//! Nothing here depends on Leptos or the browser, so `cargo test` covers it natively.

pub mod approvals;
pub mod date;
pub mod diagram;
pub mod filter;
pub mod hash;
pub mod json_path;
pub mod markdown;
pub mod markup;
pub mod model;
pub mod order;
pub mod pages;
pub mod parse;
pub mod readability;
pub mod route;
pub mod search;
pub mod search_html;
pub mod svg;
pub mod terms;
pub mod timeline;
pub mod validate;
pub mod wire;
pub mod words;

#[cfg(feature = "compiler")]
pub mod baseline;
#[cfg(feature = "compiler")]
pub mod compile;

pub use model::*;
pub use parse::{parse_pack, PackError};

/// The pack format version this code reads and writes.
pub const SCHEMA_VERSION: u32 = 2;
