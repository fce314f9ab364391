//! What is drawn from a pack, natively and in the app alike: the one markdown function
//! ([`markdown`]) and glossary [`terms`] in it, the HTML set with `inner_html` ([`markup`],
//! [`pages`]), the pictures' layouts ([`diagram`], [`approvals`], [`timeline`]) and their markup
//! ([`svg`]), the home view's Leptos components ([`home`]) and (native only) the
//! same view rendered to HTML at build time (`first_screen`: the first screen and the
//! benchmark's static page).

pub mod approvals;
pub mod diagram;
pub mod home;
pub mod markdown;
pub mod markup;
pub mod pages;
pub mod svg;
pub mod terms;
pub mod timeline;

#[cfg(feature = "compiler")]
pub mod first_screen;
