//! Fuzzes the pack parser: any bytes give a pack or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = her2_pack::parse::parse_pack_bytes(data) {
        // Formatting the error walks the same paths the app shows the reader.
        let _ = e.to_string();
    }
    if let Ok(text) = std::str::from_utf8(data) {
        // The field reader on any JSON at all, whatever its schema_version.
        if let Ok(value) = serde_json::from_str(text) {
            let _ = her2_pack::from_json::pack(value);
        }
        let _ = her2_pack::route::View::parse(text);
    }
});
