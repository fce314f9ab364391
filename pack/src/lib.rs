//! HER2 Guide content pack: the model, parsing and validation, safe markdown and the HTML the
//! app and the first screen share, search and filters, routes, the word list and (with the
//! `compiler` feature) the native compiler that turns `content/` into the JSON pack.
//!
//! Nothing here depends on Leptos or the browser, so `cargo test` covers it natively.
//!
//! The modules, each using only those listed before it:
//!
//! - `escape`: HTML escaping;
//! - `words/`: every reader-facing word, by id;
//! - `model/`: the data (the pack's types, dates, wire names, the one sort, the stable hash);
//! - `route`: the app's views and their URLs;
//! - `render/`: markdown, glossary terms and the HTML and picture layouts drawn from a pack;
//! - `read/`: reading `her2.json` into a checked pack, validation and reading level;
//! - `search/`: the search index, its results' HTML and the list filters;
//! - `toolkit/`: "My treatment", the reader's own tools (merged "when to call" signs, a dose
//!   and check-up calendar with its iCalendar file, the versioned data kept on the device);
//! - `compile/`: `content/` → the pack (native only).

pub mod escape;
pub mod model;
pub mod read;
pub mod render;
pub mod route;
pub mod search;
pub mod toolkit;
pub mod words;

#[cfg(feature = "compiler")]
pub mod compile;

pub use model::*;
pub use read::parse::{parse_pack, PackError};
