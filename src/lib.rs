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
pub mod strings;
pub mod views;

pub use app::App;

/// Mounts the app into `#app`, replacing the static loading markup that index.html shows while
/// the wasm downloads.
pub fn start() {
    let root = dom::element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
                leptos::mount::mount_to(root, App).forget();
            }
        }
        None => leptos::mount::mount_to_body(App),
    }
}
