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
    let Some(doc) = crate::dom::document() else {
        return false;
    };
    let Ok(links) = doc.query_selector_all("link[href*='her2-guide-']") else {
        return false;
    };
    let names: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .filter_map(|link| link.get_attribute("href"))
        .map(|href| href.trim_start_matches("./").to_string())
        .collect();
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
