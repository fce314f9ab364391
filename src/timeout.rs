//! Time limits for what the guide waits on, so a download that hangs ends in a message with
//! Retry instead of a loading message for ever; and the check that tells a failed download
//! apart from a newer version of the guide having replaced this one on the host.

use gloo_net::http::Request;
use std::future::Future;
use std::pin::pin;
use std::task::Poll;

/// How long the content pack may take to arrive (about 280 KB, 50 KB compressed).
pub const PACK_LIMIT_MS: i32 = 30_000;
/// How long the other pages' wasm module may take (about 40 KB compressed).
pub const PAGES_LIMIT_MS: i32 = 20_000;

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What `work` gives, or `None` once it has taken longer than `ms`.
pub async fn within<T>(ms: i32, work: impl Future<Output = T>) -> Option<T> {
    let mut work = pin!(work);
    let mut timer = pin!(sleep(ms));
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(value) = work.as_mut().poll(cx) {
            return Poll::Ready(Some(value));
        }
        if timer.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// Whether the host now serves a newer build than the one running: its index.html no longer
/// names this build's files (their names carry content hashes). False when it cannot tell.
pub async fn newer_build_out() -> bool {
    let names = own_files();
    if names.is_empty() {
        return false;
    }
    let Ok(response) = Request::get("index.html")
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
    else {
        return false;
    };
    if !response.ok() {
        return false;
    }
    // Bytes, as the pack is read: no second way of decoding a response in the wasm.
    match response.binary().await {
        Ok(html) => !names.iter().all(|name| {
            html.windows(name.len())
                .any(|window| window == name.as_bytes())
        }),
        Err(_) => false,
    }
}

/// This build's own files (`her2-guide-<hash>.js` and `her2-guide-<hash>_bg.wasm`), as Trunk's
/// loader script in this page names them (`'./her2-guide-…'`).
fn own_files() -> Vec<String> {
    let Some(doc) = crate::dom::document() else {
        return Vec::new();
    };
    let Ok(scripts) = doc.query_selector_all("script[type='module']") else {
        return Vec::new();
    };
    (0..scripts.length())
        .filter_map(|i| scripts.item(i))
        .filter_map(|script| script.text_content())
        .flat_map(|text| names_in(&text))
        .collect()
}

/// The `./her2-guide-…` file names a script's text holds.
fn names_in(text: &str) -> Vec<String> {
    text.split("./her2-guide-")
        .skip(1)
        .map(|rest| {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
                .unwrap_or(rest.len());
            format!("her2-guide-{}", &rest[..end])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::names_in;

    #[test]
    fn the_loader_names_the_glue_and_the_wasm() {
        let loader = "import init, * as bindings from './her2-guide-f8581e2dae6984ba.js';\n\
                      await window.__her2Painted;\n\
                      const wasm = await init({ module_or_path: './her2-guide-f8581e2dae6984ba_bg.wasm' });";
        assert_eq!(
            names_in(loader),
            [
                "her2-guide-f8581e2dae6984ba.js",
                "her2-guide-f8581e2dae6984ba_bg.wasm"
            ]
        );
        assert!(names_in("dispatchEvent(new CustomEvent('TrunkApplicationStarted'))").is_empty());
    }
}
