//! A full calendar date in the reader's saved data, written `YYYY-MM-DD` (serde `with`).

use crate::model::date::Date;
use serde::{Deserialize, Deserializer, Serializer};

/// Writes the date as `YYYY-MM-DD`.
pub fn serialize<S: Serializer>(date: &Date, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(&date.iso())
}

/// Reads a `YYYY-MM-DD` date that exists on the calendar; anything else is an error.
pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Date, D::Error> {
    let text = String::deserialize(input)?;
    Date::parse(&text).map_err(serde::de::Error::custom)
}
