//! The app state the shell shares with the components and views: where loading the pack stands,
//! which drug cards are open, and whether the home view is drawn in full. The shell (`app`)
//! creates it; the pieces it draws read it, so the dependency runs one way: app → components
//! and views → state.

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

/// Whether the home view is drawn in full (read, write). When the app takes over from the first
/// screen, it draws the home view in three tasks (the rest, then the filters, then the cards)
/// and swaps it in once all are drawn: as one task, drawing it blocked input for the longest
/// stretch of the start-up. Any later visit draws it at once.
#[derive(Debug, Clone, Copy)]
pub struct HomeDrawn(pub ReadSignal<bool>, pub WriteSignal<bool>);
