//! The app shell: loads the pack, keeps it in context, picks the view from the URL, and shows
//! the loading and error states. After each navigation it sets the title and moves focus.

use crate::components::connection::Connection;
use crate::components::layout::{Footer, Header};
use crate::components::markdown::Terms;
use crate::components::status::{LoadFailed, Loading, StaleNotice};
use crate::components::term_tip::use_term_tips;
use crate::dom;
use crate::loader::{fetch_pack, LoadError};
use crate::nav::{arrive, settle_on, use_nav, Nav};
use crate::offline::use_offline;
use crate::saved_pack;
use crate::state::{HomeDrawn, Load, OpenCards};
use crate::takeover;
use crate::toolkit::my_treatment_view;
use crate::views::{home::HomeView, other_pages::other_page_view};
use her2_pack::render::home::SkipLink;
use her2_pack::render::terms::TermIndex;
use her2_pack::route::View;
use her2_pack::words::words;
use her2_pack::Pack;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The page drawn for a view: the home page serves the overview, a drug deep link and the
/// filtered drug list (its filter query is carried along).
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    Home(String),
    Other(View),
}

impl Page {
    fn of(view: &View) -> Page {
        match view {
            View::Overview | View::Drug(_) => Page::Home(String::new()),
            View::Drugs(query) => Page::Home(query.clone()),
            other => Page::Other(other.clone()),
        }
    }
}

/// Draws the page for a view: the home page here, the others from their own wasm module.
fn page_view(pack: Arc<Pack>, page: Page) -> AnyView {
    match page {
        Page::Home(query) => view! { <HomeView pack=pack query=query/> }.into_any(),
        Page::Other(View::MyTreatment) => my_treatment_view(pack),
        Page::Other(view) => other_page_view(pack, view),
    }
}

/// The document title for a view.
fn title_for(pack: &Pack, view: &View) -> String {
    let site = &pack.title;
    let page = match view {
        View::Overview => return format!("{site}{}{}", words().site_suffix, pack.overview.title),
        View::Drug(id) => pack.drug(id).map(|d| d.display_name()),
        View::Drugs(_) => Some(words().drugs_heading.to_string()),
        View::Articles(_) => Some(words().articles_heading.to_string()),
        View::Article(id) => pack.article(id).map(|a| a.title.clone()),
        View::Compare(_) => Some(words().compare_heading.to_string()),
        View::Search(_) => Some(words().search_heading.to_string()),
        View::Glossary(_) => Some(words().glossary_heading.to_string()),
        View::Questions => Some(words().questions_heading.to_string()),
        View::MyTreatment => Some(words().nav_my_treatment.to_string()),
        View::Results(_) => Some(words().results_heading.to_string()),
        View::NotFound(_) => None,
    }
    .unwrap_or_else(|| words().not_found_title.to_string());
    format!("{page}{}{site}", words().site_suffix)
}

/// Opens and closes the cards the reader tapped on the pre-painted first screen, as the taps did
/// there: the address names the last one opened. Run when the pack is in (so they are open in
/// the first render) and again at the takeover (for taps in between).
fn replay(open: RwSignal<BTreeSet<String>>, set_nav: WriteSignal<Nav>) {
    let taps = takeover::queued_cards();
    if taps.is_empty() {
        return;
    }
    let mut named = None;
    let mut closed = BTreeSet::new();
    open.update(|set| {
        for (id, now_open) in taps {
            if now_open {
                set.insert(id.clone());
                closed.remove(&id);
                named = Some(id);
            } else {
                set.remove(&id);
                if named.as_ref() == Some(&id) {
                    named = None;
                }
                closed.insert(id);
            }
        }
    });
    match (named, View::parse(&dom::location_hash())) {
        (Some(id), _) => dom::replace_hash(&View::Drug(id).href()),
        (None, View::Drug(id)) if closed.contains(&id) => dom::replace_hash(&View::Overview.href()),
        _ => {}
    }
    // The route state follows the address, or the app would reopen and jump to the card the
    // address named before the taps.
    settle_on(set_nav);
}

#[component]
pub fn App() -> impl IntoView {
    let load = RwSignal::new(Load::Loading);
    let open = RwSignal::new(BTreeSet::<String>::new());
    // Set when the reader sees the last good pack because the latest could not be used.
    let stale = RwSignal::new(None::<LoadError>);
    let attempts = StoredValue::new(0u32);
    let (nav, set_nav) = use_nav();
    let start = move || {
        if !matches!(load.get_untracked(), Load::Ready(_)) {
            load.set(Load::Loading);
        }
        let retry = attempts.get_value() > 0;
        attempts.update_value(|n| *n += 1);
        leptos::task::spawn_local(async move {
            match fetch_pack(retry).await {
                Ok(pack) => {
                    // Parsing and the first render are each long at 4x CPU: let the browser in
                    // between them (input, the first screen's taps) rather than block as one task.
                    dom::next_task().await;
                    stale.set(None);
                    // Cards tapped on the first screen so far open in the first render.
                    replay(open, set_nav);
                    load.set(Load::Ready(Arc::new(pack)));
                }
                Err(e) => match saved_pack::load() {
                    Some(pack) => {
                        stale.set(Some(e));
                        if !matches!(load.get_untracked(), Load::Ready(_)) {
                            load.set(Load::Ready(Arc::new(pack)));
                        }
                    }
                    None => load.set(Load::Failed(e)),
                },
            }
        });
    };
    start();

    let offline = use_offline();
    use_term_tips();
    provide_context(OpenCards(open));
    let (drawn, set_drawn) = signal(!takeover::pending());
    provide_context(HomeDrawn(drawn, set_drawn));
    provide_context(crate::views::search::SearchCache(StoredValue::new(None)));
    // An address naming something the pack does not have is the not-found page.
    let page = Memo::new(move |_| {
        let view = nav.with(|n| n.view.clone());
        match load.get() {
            Load::Ready(pack) => Page::of(&view.resolve(&pack)),
            _ => Page::of(&view),
        }
    });
    let marked = StoredValue::new(false);

    Effect::new(move |_| {
        let Nav { view, seq, settle } = nav.get();
        let Load::Ready(pack) = load.get() else {
            return;
        };
        if let View::Drug(id) = &view {
            open.update(|set| {
                set.insert(id.clone());
            });
        }
        let view = view.resolve(&pack);
        // The first screen's home view is drawn a part per task before it is swapped in
        // (`views::home`); any other first view, and any later visit, draws it at once.
        if !drawn.get() {
            if !matches!(Page::of(&view), Page::Home(_)) {
                set_drawn.set(true);
            }
            return;
        }
        dom::set_title(&title_for(&pack, &view));
        request_animation_frame(move || {
            if !marked.get_value() {
                marked.set_value(true);
                // On the home view, the reader may have scrolled the first screen and opened a
                // card: keep what they were reading in place once the app's cards are drawn.
                let anchor = if view == View::Overview || settle {
                    takeover::anchor()
                } else {
                    None
                };
                takeover::reveal();
                replay(open, set_nav);
                leptos::task::spawn_local(async move {
                    leptos::task::tick().await;
                    takeover::restore(anchor);
                });
                dom::mark("content-ready");
            }
            if !settle {
                arrive(&view, seq == 0);
            }
        });
    });
    // An error replaces the first screen as well.
    Effect::new(move |_| {
        if matches!(load.get(), Load::Failed(_)) {
            request_animation_frame(takeover::reveal);
        }
    });

    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = dom::element_by_id("main") {
            dom::focus(&main);
            dom::scroll_into_view(&main);
        }
    };

    view! {
        <SkipLink on_click=skip/>
        <Header load=load nav=nav/>
        <Connection offline=offline/>
        <StaleNotice stale=stale retry=start/>
        <main id="main" tabindex="-1">
            {move || match load.get() {
                Load::Loading => view! { <Loading/> }.into_any(),
                Load::Failed(error) => view! { <LoadFailed error=error retry=start/> }.into_any(),
                Load::Ready(pack) => {
                    provide_context(Terms(Arc::new(TermIndex::build(&pack.glossary))));
                    (move || page_view(pack.clone(), page.get())).into_any()
                }
            }}
        </main>
        <Footer load=load/>
    }
}
