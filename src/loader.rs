//! Fetching the content pack (a file beside index.html, so it works at any path) and turning
//! every way that can fail into words a reader understands.

use gloo_net::http::Request;
use her2_pack::parse::parse_pack_bytes;
use her2_pack::{Pack, PackError};
use std::fmt;

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
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network => write!(
                f,
                "The guide's content could not be downloaded. Check that you are connected to the internet, then try again."
            ),
            Self::Http(404) => write!(
                f,
                "The guide's content file was not found on the server (error 404)."
            ),
            Self::Http(status) => write!(
                f,
                "The server could not send the guide's content (error {status})."
            ),
            Self::Pack(e) => write!(f, "{e}"),
        }
    }
}

/// Downloads and checks the pack. Bypasses the HTTP cache's freshness guess so Retry really
/// asks again.
pub async fn fetch_pack() -> Result<Pack, LoadError> {
    let response = Request::get(PACK_URL)
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let bytes = response.binary().await.map_err(|_| LoadError::Network)?;
    parse_pack_bytes(&bytes).map_err(LoadError::Pack)
}
