//! The app state the shell shares with the components and views: where loading the pack stands,
//! and which drug cards are open. The shell (`app`) creates it; the pieces it draws read it, so
//! the dependency runs one way: app → components and views → state.

use crate::loader::LoadError;
use her2_pack::Pack;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Where loading the pack stands.
#[derive(Debug, Clone)]
pub enum Load {
    Loading,
    Ready(Arc<Pack>),
    Failed(LoadError),
}

/// Which drug cards are open (shared by the cards and deep links).
#[derive(Debug, Clone, Copy)]
pub struct OpenCards(pub RwSignal<BTreeSet<String>>);
