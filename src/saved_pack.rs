//! The last good content pack, kept in the browser's local storage so a reader keeps reading
//! when a newer pack cannot be fetched or is broken (the service worker covers most cases; this
//! covers browsers or origins without one).

use her2_pack::read::parse::parse_pack;
use her2_pack::Pack;

const KEY: &str = "her2-guide.last-good-pack";
/// Written by earlier builds beside the pack; a version key can say "current" over a damaged
/// copy, so the copy itself is compared instead, and the key removed.
const OLD_VERSION_KEY: &str = "her2-guide.last-good-version";
/// Larger packs are not saved (local storage holds a few MB at most).
const MAX_SAVED_BYTES: usize = 2 * 1024 * 1024;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Remembers a pack that parsed and validated, after the current task (it is not needed for
/// the first render); skipped when the saved copy is already exactly this text, so a damaged
/// copy is repaired by the next good download.
pub fn save(text: String) {
    if text.len() > MAX_SAVED_BYTES {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            let Some(s) = storage() else { return };
            let _ = s.remove_item(OLD_VERSION_KEY);
            if s.get_item(KEY).ok().flatten().as_deref() == Some(text.as_str()) {
                return;
            }
            // Quota errors only mean there is no fallback; nothing else depends on it.
            let _ = s.set_item(KEY, &text);
        },
        std::time::Duration::ZERO,
    );
}

/// The last good pack, if one was saved and still reads.
pub fn load() -> Option<Pack> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    parse_pack(&text).ok()
}
