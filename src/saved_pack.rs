//! The last good content pack, kept in the browser's local storage so a reader keeps reading
//! when a newer pack cannot be fetched or is broken (the service worker covers most cases; this
//! covers browsers or origins without one).

use her2_pack::parse::parse_pack;
use her2_pack::Pack;

const KEY: &str = "her2-guide.last-good-pack";
/// Larger packs are not saved (local storage holds a few MB at most).
const MAX_SAVED_BYTES: usize = 2 * 1024 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers a pack that parsed and validated.
pub fn save(text: &str) {
    if text.len() <= MAX_SAVED_BYTES {
        if let Some(s) = storage() {
            // Quota errors only mean there is no fallback; nothing else depends on it.
            let _ = s.set_item(KEY, text);
        }
    }
}

/// The last good pack, if one was saved and still reads.
pub fn load() -> Option<Pack> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    parse_pack(&text).ok()
}
