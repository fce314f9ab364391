//! The wire names of the model's enums (`any-solid-tumour`), taken from their serde derives so
//! that the pack, the filter links and the CSS classes cannot disagree.
//!
//! Both directions use only the derived `Deserialize`, which the app has anyway for reading the
//! pack: `parse` reads a name, and `name` asks the derive for its list of names and finds the
//! one that reads back as the value. (Serializing would bring serde_json's writer into the wasm
//! for a few short names.)

use serde::de::value::{Error, StrDeserializer};
use serde::de::{Deserialize, Deserializer, Error as _, Visitor};

/// The enum value with this wire name; `None` for anything else (case matters).
pub fn parse<'a, T: Deserialize<'a>>(name: &'a str) -> Option<T> {
    T::deserialize(StrDeserializer::<Error>::new(name)).ok()
}

/// The name a unit enum value has in the pack, e.g. `Cancer::AnySolidTumour` → `any-solid-tumour`.
pub fn name<T: Deserialize<'static> + PartialEq>(value: &T) -> &'static str {
    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names
        .0
        .iter()
        .copied()
        .find(|n| parse::<T>(n).as_ref() == Some(value))
        .unwrap_or("")
}

/// A deserializer that only notes the variant names an enum's derive hands it.
struct Names(&'static [&'static str]);

impl<'de> Deserializer<'de> for &mut Names {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(Error::custom("not an enum"))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        self.0 = variants;
        Err(Error::custom("names noted"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::{name, parse};
    use crate::model::{Cancer, SectionKind};

    #[test]
    fn names_round_trip_as_serde_writes_them() {
        for c in [Cancer::Breast, Cancer::AnySolidTumour] {
            let json = serde_json::to_string(&c).unwrap_or_default();
            assert_eq!(format!("\"{}\"", name(&c)), json);
            assert_eq!(parse::<Cancer>(name(&c)), Some(c));
        }
        assert_eq!(name(&SectionKind::SideEffects), "side-effects");
        assert_eq!(parse::<Cancer>("Breast"), None);
    }
}
