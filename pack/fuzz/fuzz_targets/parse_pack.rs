//! Fuzzes the pack parser: any bytes give a pack or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = her2_pack::read::parse::parse_pack_bytes(data) {
        // Formatting the error walks the same paths the app shows the reader.
        let _ = e.to_string();
    }
    if let Ok(text) = std::str::from_utf8(data) {
        // The error-path scanner, at any position, in any text.
        let at = data.first().copied().unwrap_or(0) as usize;
        let _ = her2_pack::read::json_path::path_at(text, at % 4, at * 7);
        let _ = her2_pack::route::View::parse(text);
    }
});
