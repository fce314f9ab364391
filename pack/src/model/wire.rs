//! The wire names of the model's enums (`any-solid-tumour`), taken from their serde derives so
//! that the pack, the filter links and the CSS classes cannot disagree.

use serde::de::value::{Error, StrDeserializer};
use serde::{Deserialize, Serialize};

/// The name a unit enum value has in the pack, e.g. `Cancer::AnySolidTumour` → `any-solid-tumour`.
pub fn name<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .map(|quoted| quoted.trim_matches('"').to_string())
        .unwrap_or_default()
}

/// The enum value with this wire name; `None` for anything else (case matters).
pub fn parse<'a, T: Deserialize<'a>>(name: &'a str) -> Option<T> {
    T::deserialize(StrDeserializer::<Error>::new(name)).ok()
}
