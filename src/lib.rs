//! HER2 Guide: a client-side Leptos app that renders the bundled content pack.
//! The pack model, markdown and routes are plain Rust in the `her2-pack` crate; this crate turns
//! them into DOM.

pub mod app;
pub mod components;
pub mod dom;
pub mod loader;
pub mod nav;
pub mod offline;
pub mod saved_pack;
pub mod state;
pub mod takeover;
pub mod timeout;
pub mod toolkit;
pub mod views;

pub use app::App;

/// Mounts the app off the document; it takes the place of index.html's pre-painted first screen
/// (or loading message) once it has something to show (see `takeover`).
pub fn start() {
    match takeover::live_root() {
        Some(root) => leptos::mount::mount_to(root, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
