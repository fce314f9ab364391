//! Parts of the pack that only one page shows: kept as their JSON text when the pack is read,
//! and parsed by that page, so the start-up wasm does not carry the code that parses them.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::marker::PhantomData;

/// A `T` in the pack, read when it is needed ([`Later::get`]). The pack's JSON is the same as
/// for a plain `T`; the compiler writes it from the value ([`Later::new`]).
/// docs/DESIGN.md: "Helplines are parsed by the page that shows them".
pub struct Later<T> {
    raw: Option<Box<RawValue>>,
    of: PhantomData<fn() -> T>,
}

impl<T: Serialize> Later<T> {
    pub fn new(value: &T) -> Later<T> {
        Later {
            raw: serde_json::value::to_raw_value(value).ok(),
            of: PhantomData,
        }
    }
}

impl<T> Later<T> {
    /// Whether the pack has a value here (without reading it).
    pub fn is_present(&self) -> bool {
        self.raw.as_ref().is_some_and(|r| r.get() != "null")
    }
}

impl<T: DeserializeOwned + Default> Later<T> {
    /// The value; an absent one is `T::default()`. An error means the pack's text for it does
    /// not read as a `T` (the compiler checked it, so only a damaged pack).
    pub fn get(&self) -> Result<T, serde_json::Error> {
        match &self.raw {
            Some(raw) => serde_json::from_str(raw.get()),
            None => Ok(T::default()),
        }
    }
}

impl<T> Default for Later<T> {
    fn default() -> Self {
        Later {
            raw: None,
            of: PhantomData,
        }
    }
}

impl<T> Clone for Later<T> {
    fn clone(&self) -> Self {
        Later {
            raw: self.raw.clone(),
            of: PhantomData,
        }
    }
}

impl<T> PartialEq for Later<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw.as_ref().map(|r| r.get()) == other.raw.as_ref().map(|r| r.get())
    }
}

impl<T> std::fmt::Debug for Later<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.raw.as_ref().map_or("null", |r| r.get()))
    }
}

impl<T> Serialize for Later<T> {
    fn serialize<S: Serializer>(&self, out: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(out)
    }
}

impl<'de, T> Deserialize<'de> for Later<T> {
    fn deserialize<D: Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        Ok(Later {
            raw: Option::<Box<RawValue>>::deserialize(input)?,
            of: PhantomData,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_is_the_values_and_reads_back() {
        let value = vec![String::from("a"), String::from("b \"c\"")];
        let later = Later::new(&value);
        let json = serde_json::to_string(&later).unwrap_or_default();
        assert_eq!(json, serde_json::to_string(&value).unwrap_or_default());
        let back: Later<Vec<String>> = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back.get().ok(), Some(value));
        assert_eq!(Later::<Vec<String>>::default().get().ok(), Some(vec![]));
        let wrong: Later<Vec<String>> = serde_json::from_str("[1, 2]").unwrap_or_default();
        assert!(wrong.get().is_err(), "read when needed, and refused then");
    }
}
