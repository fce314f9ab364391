//! Reading a pack and checking it: the bytes of `her2.json` into a checked `Pack` ([`parse`]), the
//! path of a bad field ([`json_path`]), the checks beyond its shape ([`validate`]) and the reading
//! level of its texts ([`readability`], for the content tests and `her2-pack`).

pub mod json_path;
pub mod parse;
pub mod readability;
pub mod validate;
