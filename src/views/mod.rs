//! One module per screen the reader sees.

pub mod article;
pub mod articles;
pub mod home;
pub mod not_found;
