//! The Spanish translation (`content/es/`): it compiles against the English, keeps in step with
//! it (pages, ids, lists, sections), holds only text, uses the term list, reads "fairly easy" on
//! the INFLESZ scale, and says on each page when the English has changed since.
#![allow(clippy::unwrap_used)] // a panic is a test failure

mod common;

use common::Scratch;
use her2_pack::compile::compile_translation;
use her2_pack::model::date::Date;
use her2_pack::read::readability::{pages, TextStats};
use her2_pack::render::markdown::plain_text;
use her2_pack::words::Lang;
use her2_pack::Pack;

/// INFLESZ below which a Spanish page fails: 65 is the start of "bastante fácil".
const MIN_INFLESZ: f64 = 65.0;

fn spanish(dir: &std::path::Path) -> Result<(Pack, Vec<String>), Vec<String>> {
    compile_translation(dir, Lang::Es, Date::today())
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
}

/// The Spanish compile's errors after `edit` on a copy of the content (`name` names the copy).
fn refused(name: &str, edit: impl FnOnce(&Scratch)) -> Vec<String> {
    let s = Scratch::new(name);
    edit(&s);
    spanish(&s.0).unwrap_err()
}

fn assert_has(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "expected `{expected}` in:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_spanish_pack_compiles_in_step_with_the_english() {
    let english = common::real_pack();
    let (es, warnings) = spanish(&common::content_dir()).unwrap();
    assert_eq!(
        warnings,
        Vec::<String>::new(),
        "every page follows the English"
    );
    assert_eq!(es.language, "es");
    // The same pages and ids, in the same order, with the data shared.
    let ids = |p: &Pack| p.drugs.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&es), ids(&english));
    for (d, e) in es.drugs.iter().zip(&english.drugs) {
        assert_eq!(
            (d.every_days, d.class, &d.routes),
            (e.every_days, e.class, &e.routes)
        );
        assert_eq!(d.sources, e.sources, "{}: sources are shared", d.id);
        assert_eq!(d.approvals.len(), e.approvals.len());
        for (a, b) in d.approvals.iter().zip(&e.approvals) {
            assert_eq!(a.date, b.date);
        }
        assert_ne!(d.summary, e.summary, "{}: the summary is translated", d.id);
        let kinds = |x: &her2_pack::Drug| x.sections.iter().map(|s| s.kind).collect::<Vec<_>>();
        assert_eq!(kinds(d), kinds(e), "{}", d.id);
        assert_eq!(d.sections[0].title, "Qué es");
    }
    assert_eq!(es.articles.len(), english.articles.len());
    assert_eq!(es.glossary.len(), english.glossary.len());
    assert_eq!(
        es.questions.get().unwrap().len(),
        english.questions.get().unwrap().len()
    );
    // Helplines: the words translated, the numbers and sources shared.
    let (es_lines, en_lines) = (
        es.helplines.get().unwrap(),
        english.helplines.get().unwrap(),
    );
    assert_eq!(es_lines.len(), en_lines.len());
    for (h, e) in es_lines.iter().zip(&en_lines) {
        assert_eq!((&h.phone, &h.tel, &h.source), (&e.phone, &e.tel, &e.source));
        assert_ne!(h.about, e.about);
    }
    // Every page has its record: what it translates, and no clinician review claimed.
    let t = es.translation.as_ref().unwrap();
    assert!(t.method.contains("inteligencia artificial"), "{}", t.method);
    assert_eq!(
        t.pages.len(),
        1 + 13 + 9 + 4,
        "overview, cards, articles, glossary, questions, helplines, results"
    );
    for page in &t.pages {
        assert_eq!(page.english_updated, None, "{}", page.page);
        assert_eq!(
            page.reviewed_by, "",
            "{}: no review has happened",
            page.page
        );
        assert!(Date::parse(&page.english_reviewed).is_ok(), "{}", page.page);
    }
    assert!(t.page("drugs/tucatinib").is_some());
}

#[test]
fn every_spanish_page_reads_fairly_easy() {
    let (es, _) = spanish(&common::content_dir()).unwrap();
    let mut too_hard = Vec::new();
    for (name, md) in pages(&es) {
        let score = TextStats::of_spanish(&plain_text(&md)).inflesz();
        println!("{score:>6.1}  {name}");
        if score < MIN_INFLESZ {
            too_hard.push((name, score));
        }
    }
    assert!(
        too_hard.is_empty(),
        "below INFLESZ {MIN_INFLESZ}: {too_hard:?}"
    );
}

#[test]
fn a_changed_english_page_is_flagged_until_the_translation_catches_up() {
    let s = Scratch::new("es-stale");
    s.edit("drugs/tucatinib.md", |t| {
        t.replace(
            "last_reviewed = \"2026-12-02\"",
            "last_reviewed = \"2026-12-03\"",
        )
        .replace(
            "next_review = \"2027-06-02\"",
            "next_review = \"2027-06-03\"",
        )
    });
    // The compiler's date is the day of the run: use a day after the new review date.
    let later = Date::parse("2026-12-04").unwrap().max(Date::today());
    let (es, warnings) = compile_translation(&s.0, Lang::Es, later)
        .map_err(|e| e.iter().map(|e| e.to_string()).collect::<Vec<_>>())
        .unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("es/drugs/tucatinib.md"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[0].contains("her2-pack translated"),
        "{}",
        warnings[0]
    );
    let page = es
        .translation
        .as_ref()
        .unwrap()
        .page("drugs/tucatinib")
        .unwrap();
    assert_eq!(page.english_updated.as_deref(), Some("2026-12-03"));
    assert_eq!(page.english_reviewed, "2026-12-02");
    // Once the translation is brought up to date and stamped, the page is in step again.
    let es_file = s.0.join("es/drugs/tucatinib.md");
    let english = std::fs::read_to_string(s.0.join("drugs/tucatinib.md")).unwrap();
    let text = std::fs::read_to_string(&es_file).unwrap();
    let stamped = her2_pack::compile::translation::stamp(
        &text,
        &her2_pack::compile::translation::english_hash(&english),
        "2026-12-03",
    )
    .unwrap();
    std::fs::write(&es_file, stamped).unwrap();
    let (es, warnings) = compile_translation(&s.0, Lang::Es, later).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let page = es
        .translation
        .as_ref()
        .unwrap()
        .page("drugs/tucatinib")
        .unwrap();
    assert_eq!(page.english_updated, None);
}

#[test]
fn data_in_a_translation_is_refused_with_its_line() {
    let errors = refused("es-data", |s| {
        s.edit("es/drugs/tucatinib.md", |t| {
            t.replacen(
                "id = \"tucatinib\"\n",
                "id = \"tucatinib\"\nevery_days = 2\n",
                1,
            )
        })
    });
    assert_has(
        &errors,
        "/es/drugs/tucatinib.md:3: `every_days` is data, written once in the English file",
    );
}

#[test]
fn a_card_with_other_sections_than_the_english_is_refused() {
    // "Names not to confuse" is the one section a card may leave out, but not a translation of a
    // card that has it.
    let errors = refused("es-sections", |s| {
        s.edit("es/drugs/trastuzumab-emtansine.md", |t| {
            let at = t.find("## Nombres que no debe confundir").unwrap();
            t[..at].to_string()
        })
    });
    assert_has(
        &errors,
        "es/drugs/trastuzumab-emtansine.md: sections: missing section",
    );
}

#[test]
fn a_missing_page_or_list_item_is_refused() {
    let errors = refused("es-parity", |s| {
        std::fs::remove_file(s.0.join("es/articles/long-term-safety.md")).unwrap();
        s.edit("es/questions.toml", |t| {
            let at = t.rfind("[[question]]").unwrap();
            let end = t[at..].find("\n\n").map_or(t.len(), |n| at + n);
            format!("{}{}", &t[..at], &t[end..])
        })
    });
    assert_has(&errors, "no es translation of articles/long-term-safety.md");
    assert_has(
        &errors,
        "es/questions.toml:4: `question` has 26 entries; the English has 27",
    );
}

#[test]
fn a_word_the_term_list_avoids_is_refused() {
    let errors = refused("es-terms", |s| {
        s.edit("es/drugs/neratinib.md", |t| {
            t.replacen("efectos secundarios", "efectos adversos", 1)
        })
    });
    assert_has(
        &errors,
        "uses `efectos adversos`; the term list (terms.toml) says `efecto secundario`",
    );
}
