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
/// (or loading message) once it has something to show (see `takeover`). The mount waits for a
/// task of its own, so the wasm's compile and start and the app's first render are two short
/// tasks rather than one long one (docs/DESIGN.md: "The takeover is cut into short tasks").
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        dom::next_task().await;
        match takeover::live_root() {
            Some(root) => leptos::mount::mount_to(root, App).forget(),
            None => leptos::mount::mount_to_body(App),
        }
    });
}
