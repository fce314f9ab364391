//! The page's data on this device: localStorage, every write read back to check it was kept.

use her2_pack::toolkit::store::{self, Data};

/// Where the data is kept (store::Data as JSON).
pub const KEY: &str = "her2-guide.my-treatment";
/// Where the questions page keeps the ticked questions (a JSON list of keys).
const QUESTIONS: &str = "her2-guide.saved-questions";
const PROBE: &str = "her2-guide.probe";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Writes `text` under `key` and reads it back: false when the browser did not keep it.
fn write(key: &str, text: &str) -> bool {
    storage().is_some_and(|s| {
        s.set_item(key, text).is_ok() && s.get_item(key).ok().flatten().as_deref() == Some(text)
    })
}

/// True when this browser keeps what is written (not blocked, not full).
pub fn works() -> bool {
    let ok = write(PROBE, &js_sys::Date::now().to_string());
    if let Some(s) = storage() {
        let _ = s.remove_item(PROBE);
    }
    ok
}

/// What was kept.
pub enum Kept {
    Data(Data),
    /// Text that cannot be read as the data: left as it is.
    Broken(String),
}

pub fn load() -> Kept {
    match storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        None => Kept::Data(Data::default()),
        Some(text) => match store::read(&text) {
            Ok((data, _)) => Kept::Data(data),
            Err(_) => Kept::Broken(text),
        },
    }
}

/// Keeps the data; false when the browser did not.
pub fn save(data: &Data) -> bool {
    write(KEY, &store::export(data))
}

/// Deletes the page's data and the ticked questions; false when something could not be.
pub fn delete() -> bool {
    storage().is_some_and(|s| s.remove_item(KEY).is_ok() && s.remove_item(QUESTIONS).is_ok())
}

/// The ticked questions' keys (anything but a list of strings reads as none).
pub fn questions() -> Vec<String> {
    storage()
        .and_then(|s| s.get_item(QUESTIONS).ok().flatten())
        .and_then(|text| serde_json::from_str::<Vec<String>>(&text).ok())
        .unwrap_or_default()
}

/// Adds ticked questions from an imported file to the questions page's list.
pub fn add_questions(keys: &[String]) -> bool {
    let mut all = questions();
    for k in keys {
        if k.bytes().all(|b| b.is_ascii_hexdigit()) && !all.contains(k) {
            all.push(k.clone());
        }
    }
    serde_json::to_string(&all).is_ok_and(|text| write(QUESTIONS, &text))
}
