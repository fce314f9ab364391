//! Fetching the content pack (a file beside index.html, so it works at any path) and turning
//! every way that can fail into words a reader understands.

use crate::saved_pack;
use gloo_net::http::{Request, Response};
use her2_pack::read::parse::parse_pack_bytes;
use her2_pack::words::words;
use her2_pack::{Pack, PackError};
use std::fmt;
use wasm_bindgen::JsCast;

/// The pack's URL, relative to the page.
pub const PACK_URL: &str = "her2.json";

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No response at all (offline, server down).
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// The response was not a usable pack.
    Pack(PackError),
    /// Nothing complete arrived within the time limit.
    TimedOut,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = words();
        match self {
            Self::Network => f.write_str(w.load_network),
            Self::Http(404) => f.write_str(w.load_not_found),
            Self::Http(status) => f.write_str(&(w.load_http)(*status)),
            Self::Pack(e) => write!(f, "{e}"),
            Self::TimedOut => f.write_str(w.load_timed_out),
        }
    }
}

/// Downloads and checks the pack. The first load uses the request index.html started beside the
/// wasm download (same cache mode), which revalidates with the server (or is answered by the
/// service worker's copy of this build); a Retry asks for a fresh copy from the network,
/// which the service worker honours, falling back to its copy when offline.
pub async fn fetch_pack(retry: bool) -> Result<Pack, LoadError> {
    crate::timeout::within(crate::timeout::PACK_LIMIT_MS, download(retry))
        .await
        .unwrap_or(Err(LoadError::TimedOut))
}

async fn download(retry: bool) -> Result<Pack, LoadError> {
    let mode = if retry {
        web_sys::RequestCache::Reload
    } else {
        web_sys::RequestCache::NoCache
    };
    let early = if retry {
        None
    } else {
        crate::takeover::early_pack()
    };
    let response: Response = match early {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|raw| raw.dyn_into::<web_sys::Response>().ok())
            .ok_or(LoadError::Network)?
            .into(),
        None => Request::get(PACK_URL)
            .cache(mode)
            .send()
            .await
            .map_err(|_| LoadError::Network)?,
    };
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let bytes = response.binary().await.map_err(|_| LoadError::Network)?;
    // For the benchmark: parse + first render is the time from here to "content-ready".
    crate::dom::mark("pack-received");
    let pack = parse_pack_bytes(&bytes).map_err(LoadError::Pack)?;
    crate::dom::mark("pack-parsed");
    if let Ok(text) = String::from_utf8(bytes) {
        saved_pack::save(text);
    }
    Ok(pack)
}
