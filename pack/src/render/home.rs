//! The home view's markup, defined once as Leptos components: the app draws them in the
//! browser, and the build renders them to HTML natively (`to_html`) for the pre-painted first
//! screen and the benchmark's static page (`render::first_screen`). The header, the overview,
//! the drug cards, the article list and the footer have no other definition.
//!
//! What only the app has (filters, pictures, the out-of-date note, marked glossary terms, a
//! card's drawn contents) comes in through props; the build leaves those out.

use crate::escape::escape_html as esc;
use crate::model::date::readable;
use crate::model::{Drug, Pack};
use crate::render::markup::{article_items, provenance_inner, translation_note, Review};
use crate::route::{nav_items, View};
use crate::words::{chosen, words, Lang};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use std::sync::Arc;

/// The skip link to `<main>`. The app follows it itself (`on_click`): the address is the app's
/// route, so the link's own `#main` must not land in it.
#[component]
pub fn SkipLink<F>(on_click: F) -> impl IntoView
where
    F: Fn(MouseEvent) + 'static,
{
    view! { <a class="skip-link" href="#main" on:click=on_click>{words().skip_to_content}</a> }
}

/// Whether a navigation item is the section the reader is in.
pub fn same_section(item: &View, current: &View) -> bool {
    std::mem::discriminant(item) == std::mem::discriminant(current)
        || (item.is_home() && current.is_home())
        || (matches!(item, View::Articles(_)) && matches!(current, View::Article(_)))
}

/// The site name (once the pack is in) and the main navigation, marking the current section.
/// `title` gives the site name once the pack is in; `current` the view the reader is on.
#[component]
pub fn SiteHeader<T, C>(title: T, current: C) -> impl IntoView
where
    T: Fn() -> Option<String> + Send + Sync + 'static,
    C: Fn() -> View + Copy + Send + Sync + 'static,
{
    let items = nav_items()
        .into_iter()
        .map(|(label, view)| {
            let href = view.href();
            let here = move || same_section(&view, &current()).then_some("page");
            view! { <li><a href=href aria-current=here>{label}</a></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                {move || title().map(|t| view! { <a class="brand" href="#/">{t}</a> })}
                <nav aria-label=words().nav_label>
                    <ul>{items}</ul>
                </nav>
                <LangSwitch current=current/>
            </div>
        </header>
    }
}

/// "English · Español": the language in use, and a real link to the same view in each other
/// language's build (remembered on the device by index.html's script when followed). An
/// English address names its language (`?lang=en`), so a shared link opens in English even
/// where the browser prefers another language.
#[component]
fn LangSwitch<C>(current: C) -> impl IntoView
where
    C: Fn() -> View + Copy + Send + Sync + 'static,
{
    view! { <p class="lang-switch" inner_html=move || lang_items(chosen(), &current())></p> }
}

/// The switch: its label for screen readers, then each language by its own name, a link to
/// `view` in the other languages' builds. (One string: a Leptos view per language cost 1.2 KB
/// more start-up wasm, same build.)
fn lang_items(here: Lang, view: &View) -> String {
    let mut out = format!(
        "<span class=\"visually-hidden\">{}: </span>",
        words().lang_switch
    );
    for (i, lang) in Lang::ALL.into_iter().enumerate() {
        let (tag, name) = (lang.tag(), lang.own_name());
        if i > 0 {
            out.push_str(" · ");
        }
        if lang == here {
            out.push_str(&format!("<span lang=\"{tag}\">{name}</span>"));
        } else {
            let marker = if lang == Lang::En { "?lang=en" } else { "" };
            out.push_str(&format!(
                "<a href=\"{}{marker}{}\" lang=\"{tag}\" hreflang=\"{tag}\">{name}</a>",
                here.path_to(lang),
                esc(&view.href())
            ));
        }
    }
    out
}

/// The footer: not advice, and (once the pack is in) its review date and version.
/// `reviewed` gives the pack's review date (ISO) and version, once the pack is in.
#[component]
pub fn SiteFooter<R>(reviewed: R) -> impl IntoView
where
    R: Fn() -> Option<(String, String)> + Send + Sync + 'static,
{
    let line = move || {
        reviewed().map(|(date, version)| {
            view! {
                <p>
                    {words().footer_reviewed}" "<time datetime=date.clone()>{readable(&date)}</time>
                    " ("{words().footer_version}" "{version}")."
                </p>
            }
        })
    };
    view! {
        <footer class="site-footer">
            <p class="not-advice">{words().footer_not_advice}</p>
            {line}
        </footer>
    }
}

/// One drug card in its list item: the WAI-ARIA accordion pattern (`<h3><button aria-expanded
/// aria-controls>`), with the panel kept in the DOM and toggled with `hidden`.
///
/// `open`: whether the card is open; `filtered_out`: whether a filter hides it; `panel`: the
/// panel's contents, as safe HTML; `src`: on the first screen, the file those contents come
/// from when the card is opened before the app runs (index.html's script fetches it).
#[component]
pub fn DrugCard<O, F, P, T>(
    drug: Drug,
    open: O,
    filtered_out: F,
    panel: P,
    #[prop(default = None)] src: Option<String>,
    on_toggle: T,
) -> impl IntoView
where
    O: Fn() -> bool + Copy + Send + Sync + 'static,
    F: Fn() -> bool + Send + Sync + 'static,
    P: Fn() -> String + Send + Sync + 'static,
    T: Fn() + 'static,
{
    let id = drug.id.clone();
    let panel_id = format!("drug-{id}-panel");
    view! {
        <li hidden=filtered_out>
            <article class="card" id=format!("drug-{id}")>
                <h3 class="card-heading">
                    <button
                        type="button"
                        class="card-toggle"
                        id=format!("drug-{id}-button")
                        aria-expanded=move || open().to_string()
                        aria-controls=panel_id.clone()
                        data-drug=id.clone()
                        on:click=move |_| on_toggle()
                    >
                        <span class="card-name">{drug.generic}</span>
                        <span class="card-brand">{drug.brands.join(", ")}</span>
                        <span class="card-class">{drug.class.label()}</span>
                        <span class="card-icon" aria-hidden="true"></span>
                    </button>
                </h3>
                <p class="card-summary">{drug.summary}</p>
                <div
                    class="card-panel"
                    id=panel_id
                    data-src=src
                    hidden=move || !open()
                    inner_html=panel
                ></div>
            </article>
        </li>
    }
}

/// The article list, newest first, with titles at heading `level`.
#[component]
pub fn ArticleList(pack: Arc<Pack>, #[prop(default = 3)] level: u8) -> impl IntoView {
    let html = article_items(pack.articles_newest_first(), level);
    view! { <ol class="article-list" role="list" inner_html=html></ol> }
}

/// "ado-trastuzumab emtansine (Kadcyla, T-DM1)": the generic name with every brand and
/// short name a reader may see on a prescription or schedule.
fn full_name(drug: &Drug) -> String {
    let aliases = drug
        .brands
        .iter()
        .chain(drug.abbreviations.iter().filter(|a| a.chars().count() > 1))
        .map(String::as_str)
        .collect::<Vec<_>>();
    if aliases.is_empty() {
        drug.generic.clone()
    } else {
        format!("{} ({})", drug.generic, aliases.join(", "))
    }
}

/// The warning about look-alike names, listing every drug that has look-alikes.
fn confuse_note(pack: &Pack) -> Option<impl IntoView + use<>> {
    let items = pack
        .drugs
        .iter()
        .filter(|d| !d.confuse_with.is_empty())
        .map(|d| {
            let routes = d.routes.iter().map(|r| r.label()).collect::<Vec<_>>();
            view! {
                <li>
                    <a href=View::Drug(d.id.clone()).href()>{full_name(d)}</a>
                    <span class="confuse-route">{routes.join("; ")}</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| {
        view! {
            <aside class="confuse-note" role="note" aria-labelledby="confuse-title">
                <h3 id="confuse-title">{words().confuse_heading}</h3>
                <p>{words().confuse_body}</p>
                <ul aria-label=words().confuse_list>{items}</ul>
            </aside>
        }
    })
}

/// The home view: the overview, the drug cards, then the article list.
///
/// `overview_html`: the overview's body as safe HTML (the app marks glossary terms in it);
/// `cards`: the [`DrugCard`]s in pack order, or `()` for the app, which draws its own into the
/// list, and its filters before it, after the rest. What only the app draws (`()` at build
/// time): `overdue`, the out-of-date note once the reader's date is past the overview's next
/// review; `diagram`, the picture of how the drugs work; `chart`, the approvals chart after the
/// cards.
#[component]
pub fn HomePage<C, O, D, H>(
    pack: Arc<Pack>,
    overview_html: String,
    cards: C,
    overdue: O,
    diagram: D,
    chart: H,
) -> impl IntoView
where
    C: IntoView + 'static,
    O: IntoView + 'static,
    D: IntoView + 'static,
    H: IntoView + 'static,
{
    let o = &pack.overview;
    let results_link = pack.results.is_present().then(|| {
        view! {
            <p class="cta">
                <a class="button-link" href=View::Results(None).href()>{words().results_heading}</a>
            </p>
        }
    });
    let mut sources = String::new();
    let review = Review {
        last: &o.last_reviewed,
        next: &o.next_review,
        today: None,
    };
    provenance_inner(&mut sources, &o.sources, &review, 2);
    let mut note = String::new();
    translation_note(
        &mut note,
        pack.translation.as_ref(),
        "overview",
        &View::Overview,
    );
    let note = (!note.is_empty()).then(|| view! { <div inner_html=note></div> });
    view! {
        <article class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" tabindex="-1">{o.title.clone()}</h1>
            <p class="lede">{o.summary.clone()}</p>
            {note}
            {overdue}
            {results_link}
            <div class="prose" inner_html=overview_html></div>
            {diagram}
            <footer class="provenance" inner_html=sources></footer>
        </article>
        <section class="drugs" aria-labelledby="drugs-title">
            <h2 id="drugs-title" tabindex="-1">{words().drugs_heading}</h2>
            <p>{words().drugs_intro}</p>
            {confuse_note(&pack)}
            <ul class="cards" role="list">{cards}</ul>
        </section>
        {chart}
        <section class="articles" aria-labelledby="articles-title">
            <h2 id="articles-title">{words().articles_heading}</h2>
            <ArticleList pack=pack.clone()/>
        </section>
    }
}
