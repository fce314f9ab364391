//! Fuzzes the pack parser: any bytes give a pack or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = her2_pack::parse::parse_pack_bytes(data) {
        // Formatting the error walks the same paths the app shows the reader.
        let _ = e.to_string();
    }
    if let Ok(text) = std::str::from_utf8(data) {
        // The JSON reader accepts what serde_json accepts (but for nesting of exactly 128
        // levels, which serde_json refuses one level early), and the field reader takes any JSON
        // at all, whatever its schema_version.
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match her2_pack::json::parse(text) {
            Ok(value) => {
                if let Err(e) = theirs {
                    let e = e.to_string();
                    // By design: a number beyond the float range is kept as written.
                    let by_design = ["recursion limit", "number out of range"];
                    assert!(by_design.iter().any(|d| e.starts_with(d)), "serde_json: {e}");
                }
                let _ = her2_pack::from_json::pack(value);
            }
            Err(e) => assert!(theirs.is_err(), "only json refused it: {e:?}"),
        }
        let _ = her2_pack::route::View::parse(text);
    }
});
