//! One module per screen the reader sees.

pub mod article;
pub mod articles;
pub mod compare;
pub mod explainer;
pub mod glossary;
pub mod home;
pub mod not_found;
pub mod other_pages;
pub mod questions;
pub mod search;
