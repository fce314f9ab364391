//! The last good content pack, kept in the browser's local storage so a reader keeps reading
//! when a newer pack cannot be fetched or is broken (the service worker covers most cases; this
//! covers browsers or origins without one).

use her2_pack::parse::parse_pack;
use her2_pack::Pack;

const KEY: &str = "her2-guide.last-good-pack";
/// The version of the saved pack, so the same pack is not written again on every start.
const VERSION_KEY: &str = "her2-guide.last-good-version";
/// Larger packs are not saved (local storage holds a few MB at most).
const MAX_SAVED_BYTES: usize = 2 * 1024 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers a pack that parsed and validated, after the current task (it is not needed for
/// the first render); skipped when the same version is already saved.
pub fn save(text: String, version: String) {
    if text.len() > MAX_SAVED_BYTES {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            let Some(s) = storage() else { return };
            if s.get_item(VERSION_KEY).ok().flatten().as_deref() == Some(version.as_str()) {
                return;
            }
            // Quota errors only mean there is no fallback; nothing else depends on it.
            if s.set_item(KEY, &text).is_ok() {
                let _ = s.set_item(VERSION_KEY, &version);
            }
        },
        std::time::Duration::ZERO,
    );
}

/// The last good pack, if one was saved and still reads.
pub fn load() -> Option<Pack> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    parse_pack(&text).ok()
}
