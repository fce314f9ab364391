//! My treatment: the reader's own tools, in plain Rust for the app to draw.
//!
//! - [`when_to_call`]: the "when to call" signs of the reader's medicines, merged;
//! - [`calendar`]: a plan per medicine, its dated doses and check-ups, and an iCalendar file;
//! - [`store`]: the versioned data kept on the reader's device, its export and a merging import;
//! - [`units`]: signs written with both units, shown in the reader's.
//!
//! Nothing here touches the browser: the app reads and writes the device's storage and files,
//! and hands the text to these functions.

pub mod calendar;
mod day;
pub mod store;
#[cfg(all(test, feature = "compiler"))]
mod test_pack;
pub mod units;
pub mod when_to_call;
