//! The search index on the real content and on small made-up packs: forgiving queries, typos,
//! ranking, snippets and highlight ranges, and a 100× pack.

mod common;

use her2_pack::search::{normalize_words, Hit, SearchIndex, SearchResults, SNIPPET_CHARS};
use her2_pack::{Article, Drug, GlossaryTerm, Pack};
use std::time::Instant;

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn first_drug(index: &SearchIndex, query: &str) -> String {
    let results = index.search(query, 20);
    check_marks(&results);
    match results.drugs.first() {
        Some(hit) => hit.id.clone(),
        None => format!("nothing for {query:?}"),
    }
}

/// Every highlight range is non-empty, inside its string, on char boundaries, sorted and
/// non-overlapping; every snippet is short enough.
fn check_marks(results: &SearchResults) {
    for hit in results
        .drugs
        .iter()
        .chain(&results.articles)
        .chain(&results.glossary)
    {
        for (text, marks) in [
            (&hit.title, &hit.title_marks),
            (&hit.snippet, &hit.snippet_marks),
        ] {
            let mut last_end = 0;
            for &(start, end) in marks {
                assert!(start < end && end <= text.len(), "{hit:?}");
                assert!(start >= last_end, "overlapping or unsorted: {hit:?}");
                assert!(
                    text.is_char_boundary(start) && text.is_char_boundary(end),
                    "{hit:?}"
                );
                last_end = end;
            }
        }
        assert!(hit.snippet.chars().count() <= SNIPPET_CHARS, "{hit:?}");
        assert!(!hit.title.is_empty(), "{hit:?}");
    }
}

fn marked<'a>(text: &'a str, marks: &[(usize, usize)]) -> Vec<&'a str> {
    marks.iter().map(|&(s, e)| &text[s..e]).collect()
}

fn real_index() -> SearchIndex {
    SearchIndex::build(&common::real_pack())
}

#[test]
fn every_way_of_writing_t_dxd_finds_it_first() {
    let index = real_index();
    for query in [
        "tdxd",
        "T-DXd",
        "t dxd",
        "T–DXd",
        "t—dxd",
        "enhertu",
        "ENHERTU",
        "Enhertu",
        "  enhertu  ",
        "trastuzumab deruxtecan",
        "Trastuzumab-Deruxtecan",
        "trastuzumab–deruxtecan",
        "TRASTUZUMAB DERUXTECAN",
        "fam-trastuzumab deruxtecan-nxki",
        "ds-8201",
        "DS8201",
        "énhértü",
        "enhetru",
        "enhertuu",
    ] {
        assert_eq!(
            first_drug(&index, query),
            "trastuzumab-deruxtecan",
            "{query}"
        );
    }
}

#[test]
fn brands_abbreviations_and_names_find_their_drug_first() {
    let index = real_index();
    for (query, drug) in [
        ("kadcyla", "trastuzumab-emtansine"),
        ("Kadcyla", "trastuzumab-emtansine"),
        ("t-dm1", "trastuzumab-emtansine"),
        ("T-DM1", "trastuzumab-emtansine"),
        ("tdm1", "trastuzumab-emtansine"),
        ("t dm1", "trastuzumab-emtansine"),
        ("herceptin", "trastuzumab"),
        ("Herceptin", "trastuzumab"),
        ("trastuzumab", "trastuzumab"),
        ("herceptin hylecta", "trastuzumab-sc"),
        ("phesgo", "pertuzumab-trastuzumab-sc"),
        ("tukysa", "tucatinib"),
        ("perjeta", "pertuzumab"),
        ("pertuzumab", "pertuzumab"),
        ("nerlynx", "neratinib"),
        ("tykerb", "lapatinib"),
        ("margenza", "margetuximab"),
        ("ziihera", "zanidatamab"),
        ("hernexeos", "zongertinib"),
        ("hyrnuo", "sevabertinib"),
    ] {
        assert_eq!(first_drug(&index, query), drug, "{query}");
    }
}

#[test]
fn near_misses_still_find_the_drug() {
    let index = real_index();
    for (query, drug) in [
        ("trastuzamab", "trastuzumab"),
        ("trastuzumba", "trastuzumab"),
        ("pertuzumb", "pertuzumab"),
        ("pertuzamab", "pertuzumab"),
        ("lapatinab", "lapatinib"),
        ("lapatnib", "lapatinib"),
        ("enhetru", "trastuzumab-deruxtecan"),
        ("kadcila", "trastuzumab-emtansine"),
        ("tukisa", "tucatinib"),
        ("nertinib", "neratinib"),
    ] {
        assert_eq!(first_drug(&index, query), drug, "{query}");
    }
}

#[test]
fn typo_allowance_grows_with_word_length() {
    let index = real_index();
    // Four letters or fewer: no typo allowed.
    assert!(index.search("tdxx", 10).drugs.is_empty());
    // 5–7 letters: one typo, not two.
    assert!(!index.search("enhrtu", 10).drugs.is_empty());
    assert!(index.search("enhxrtx", 10).drugs.is_empty());
    // 8 letters and more: two typos, not three.
    assert_eq!(first_drug(&index, "lapatixab"), "lapatinib");
    assert_eq!(first_drug(&index, "lapxtixab"), "nothing for \"lapxtixab\"");
}

#[test]
fn prefixes_find_words_being_typed() {
    let index = real_index();
    let results = index.search("trast", 20);
    check_marks(&results);
    let found = ids(&results.drugs);
    for drug in [
        "trastuzumab",
        "trastuzumab-sc",
        "trastuzumab-deruxtecan",
        "trastuzumab-emtansine",
        "pertuzumab-trastuzumab-sc",
    ] {
        assert!(found.contains(&drug), "{drug} not in {found:?}");
    }
    assert!(!found.contains(&"lapatinib"), "{found:?}");
    // The typed part is what is highlighted.
    let trastuzumab = &results.drugs[found.iter().position(|&d| d == "trastuzumab").unwrap()];
    assert_eq!(trastuzumab.title, "trastuzumab (Herceptin)");
    assert_eq!(trastuzumab.title_marks, vec![(0, 5)]);

    assert_eq!(first_drug(&index, "tuca"), "tucatinib");
    assert_eq!(first_drug(&index, "kad"), "trastuzumab-emtansine");
}

#[test]
fn every_word_must_match() {
    let index = real_index();
    let both = index.search("trastuzumab emtansine", 20);
    assert_eq!(ids(&both.drugs), vec!["trastuzumab-emtansine"]);
    // A word that matches nothing rules the item out.
    assert!(index.search("trastuzumab xylophone", 20).drugs.is_empty());
    // Prefixes work inside multi-word queries.
    assert_eq!(first_drug(&index, "trast derux"), "trastuzumab-deruxtecan");
    // Class slugs, labels and summaries are searched.
    let adcs = index.search("ADC", 20);
    assert_eq!(
        ids(&adcs.drugs),
        vec!["trastuzumab-emtansine", "trastuzumab-deruxtecan"]
    );
    assert_eq!(index.search("tki", 20).drugs.len(), 5);
    let pills = index.search("tyrosine kinase", 20);
    let mut found = ids(&pills.drugs);
    found.sort();
    assert_eq!(
        found,
        vec![
            "lapatinib",
            "neratinib",
            "sevabertinib",
            "tucatinib",
            "zongertinib"
        ]
    );
}

#[test]
fn nothing_matches_nothing() {
    let index = real_index();
    for query in [
        "xylophone",
        "qqqq",
        "",
        "   ",
        "--",
        "–—",
        "'",
        "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
    ] {
        let results = index.search(query, 10);
        assert_eq!(results, SearchResults::default(), "{query:?}");
    }
}

#[test]
fn normalisation_ignores_case_accents_dashes_and_apostrophes() {
    assert_eq!(
        normalize_words("Trastuzumab–Déruxtécan (T-DXd)"),
        vec!["trastuzumab", "deruxtecan", "t", "dxd"]
    );
    assert_eq!(
        normalize_words("patient's PATIENT’S"),
        vec!["patients", "patients"]
    );
    assert_eq!(
        normalize_words("Ñandú Øresund Straße Œuvre ÆON Łódź"),
        vec!["nandu", "oresund", "strasse", "oeuvre", "aeon", "lodz"]
    );
    // Combining accents (decomposed text) fold too.
    assert_eq!(normalize_words("e\u{301}te\u{301}"), vec!["ete"]);
    assert_eq!(
        normalize_words("HER2+ / HER2—low"),
        vec!["her2", "her2", "low"]
    );
    assert!(normalize_words(" -–— ").is_empty());
}

/// A pack whose drugs, articles and glossary are the given made-up ones.
fn made_up_pack(drugs: &[(&str, &str, &str)], articles: &[(&str, &str, &str, &str)]) -> Pack {
    let mut pack = common::real_pack();
    let drug_template = pack.drugs[0].clone();
    let article_template = pack.articles[0].clone();
    pack.drugs = drugs
        .iter()
        .map(|&(id, generic, summary)| Drug {
            id: id.to_string(),
            generic: generic.to_string(),
            brands: Vec::new(),
            abbreviations: Vec::new(),
            other_names: Vec::new(),
            summary: summary.to_string(),
            ..drug_template.clone()
        })
        .collect();
    pack.articles = articles
        .iter()
        .map(|&(id, title, summary, body)| Article {
            id: id.to_string(),
            title: title.to_string(),
            summary: summary.to_string(),
            body: body.to_string(),
            tags: Vec::new(),
            ..article_template.clone()
        })
        .collect();
    pack.glossary = vec![
        GlossaryTerm {
            id: "defined".into(),
            term: "Other".into(),
            aliases: Vec::new(),
            pronounce: None,
            definition: "Said of zetamab.".into(),
        },
        GlossaryTerm {
            id: "named".into(),
            term: "Zetamab".into(),
            aliases: vec!["ZTM".into()],
            pronounce: None,
            definition: "A made-up drug.".into(),
        },
    ];
    pack
}

#[test]
fn ranking_follows_the_documented_tiers() {
    // Listed worst first, so pack order cannot explain the result.
    let pack = made_up_pack(
        &[
            ("none", "omega", "Nothing to see."),
            ("summary", "alpha", "Works like zetamab."),
            ("word-typo", "zetamib extra", "x"),
            ("typo", "zetamib", "x"),
            ("prefix", "zetamabine", "x"),
            ("word", "zetamab plus", "x"),
            ("exact", "zetamab", "x"),
        ],
        &[
            (
                "in-body",
                "Alpha",
                "A summary.",
                "Some text.\n\nAbout zetamab.",
            ),
            ("in-summary", "Beta", "About zetamab.", "Some text."),
            ("in-title", "Zetamab facts", "A summary.", "Some text."),
        ],
    );
    let index = SearchIndex::build(&pack);
    let results = index.search("zetamab", 20);
    check_marks(&results);
    assert_eq!(
        ids(&results.drugs),
        vec!["exact", "word", "prefix", "typo", "word-typo", "summary"]
    );
    assert_eq!(
        ids(&results.articles),
        vec!["in-title", "in-summary", "in-body"]
    );
    assert_eq!(ids(&results.glossary), vec!["named", "defined"]);
    assert_eq!(results.total, 11);

    // Limits apply per kind; the total does not change.
    let limited = index.search("zetamab", 1);
    assert_eq!(ids(&limited.drugs), vec!["exact"]);
    assert_eq!(ids(&limited.articles), vec!["in-title"]);
    assert_eq!(ids(&limited.glossary), vec!["named"]);
    assert_eq!(limited.total, 11);
}

#[test]
fn ties_keep_pack_order() {
    let pack = made_up_pack(
        &[
            ("b", "zetamab", "x"),
            ("a", "zetamab", "x"),
            ("c", "zetamab", "x"),
        ],
        &[],
    );
    let index = SearchIndex::build(&pack);
    assert_eq!(ids(&index.search("zetamab", 10).drugs), vec!["b", "a", "c"]);
    assert_eq!(ids(&index.search("zeta", 10).drugs), vec!["b", "a", "c"]);
}

#[test]
fn real_ranking_cases() {
    let index = real_index();
    // An exact brand beats the same word inside a longer brand.
    let herceptin = index.search("herceptin", 20);
    let found = ids(&herceptin.drugs);
    assert_eq!(found[..2], ["trastuzumab", "trastuzumab-sc"]);
    // An exact generic name beats the same word inside a longer name.
    let pertuzumab = index.search("pertuzumab", 20);
    assert_eq!(
        ids(&pertuzumab.drugs)[..2],
        ["pertuzumab", "pertuzumab-trastuzumab-sc"]
    );
    // A typo on the whole name beats a typo on one word of a longer name.
    let typo = index.search("trastuzamab", 20);
    assert_eq!(typo.drugs[0].id, "trastuzumab");
    assert!(typo.drugs.len() >= 5, "{:?}", ids(&typo.drugs));
    // The glossary term named like the query comes first among terms.
    assert_eq!(
        index.search("enhertu", 20).glossary[0].title,
        "fam-trastuzumab deruxtecan-nxki (Enhertu)"
    );
}

#[test]
fn highlights_point_at_the_matched_words() {
    let index = real_index();
    let enhertu = index.search("enhertu", 20);
    check_marks(&enhertu);
    let hit = &enhertu.drugs[0];
    assert_eq!(hit.title, "fam-trastuzumab deruxtecan-nxki (Enhertu)");
    assert_eq!(marked(&hit.title, &hit.title_marks), vec!["Enhertu"]);
    // Articles show a snippet around the first match in the body, with the word marked.
    assert!(!enhertu.articles.is_empty());
    for hit in &enhertu.articles {
        let words = marked(&hit.snippet, &hit.snippet_marks);
        assert!(!words.is_empty(), "{hit:?}");
        assert!(
            words.iter().all(|w| w.eq_ignore_ascii_case("enhertu")),
            "{hit:?}"
        );
    }
    // A typo marks the word that was meant.
    let typo = index.search("trastuzamab", 20);
    check_marks(&typo);
    assert_eq!(
        marked(&typo.drugs[0].title, &typo.drugs[0].title_marks),
        vec!["trastuzumab"]
    );
    // Several words are all marked, in order.
    let two = index.search("trastuzumab deruxtecan", 20);
    check_marks(&two);
    assert_eq!(
        marked(&two.drugs[0].title, &two.drugs[0].title_marks),
        vec!["trastuzumab", "deruxtecan"]
    );
}

#[test]
fn accented_text_is_found_and_marked_on_char_boundaries() {
    let pack = made_up_pack(
        &[
            ("plain", "zetamab", "Déjà vu with zétamab’s friend."),
            ("accented", "zétamab", "x"),
            ("decomposed", "ze\u{301}tamab", "x"),
        ],
        &[],
    );
    let index = SearchIndex::build(&pack);
    for query in ["zetamab", "ZÉTAMAB", "ze\u{301}tamab", "zétamab"] {
        let results = index.search(query, 10);
        check_marks(&results);
        assert_eq!(ids(&results.drugs), vec!["plain", "accented", "decomposed"]);
        let accented = &results.drugs[1];
        assert_eq!(
            marked(&accented.title, &accented.title_marks),
            vec!["zétamab"]
        );
        let decomposed = &results.drugs[2];
        assert_eq!(
            marked(&decomposed.title, &decomposed.title_marks),
            vec!["ze\u{301}tamab"]
        );
        // "zétamab’s" is the word `zetamabs`: the query is its prefix, and only that is marked.
        let plain = &results.drugs[0];
        assert_eq!(
            marked(&plain.snippet, &plain.snippet_marks),
            vec!["zétamab"]
        );
    }
    // A prefix ending on an accented letter marks the whole letter.
    let results = index.search("zé", 10);
    check_marks(&results);
    assert_eq!(
        marked(&results.drugs[1].title, &results.drugs[1].title_marks),
        vec!["zé"]
    );
    assert_eq!(
        marked(&results.drugs[2].title, &results.drugs[2].title_marks),
        vec!["ze\u{301}"]
    );
}

#[test]
fn snippets_are_short_and_cut_at_words() {
    let long_body = format!(
        "{}the word zetamab is here, {}",
        "Lorem ipsum dolor sit amet. ".repeat(20),
        "and more words follow it. ".repeat(20)
    );
    let pack = made_up_pack(
        &[("d", "omega", "Short summary.")],
        &[
            ("far", "Title", "Short summary.", &long_body),
            ("near", "Title", "Short summary about zetamab.", "Body."),
        ],
    );
    let index = SearchIndex::build(&pack);
    let results = index.search("zetamab", 10);
    check_marks(&results);
    // A summary match ranks above a body match.
    assert_eq!(ids(&results.articles), vec!["near", "far"]);
    let far = &results.articles[1];
    assert!(
        far.snippet.starts_with('…') && far.snippet.ends_with('…'),
        "{far:?}"
    );
    assert!(far.snippet.chars().count() <= SNIPPET_CHARS);
    assert_eq!(marked(&far.snippet, &far.snippet_marks), vec!["zetamab"]);
    // Cut at word boundaries: the text between the "…" starts and ends with whole words.
    let inner = far.snippet.trim_start_matches('…').trim_end_matches('…');
    assert!(long_body.contains(inner));
    let at = long_body.find(inner).unwrap();
    assert!(long_body[..at].ends_with(' '), "{inner:?}");
    assert!(long_body[at + inner.len()..].starts_with(' '), "{inner:?}");
    // No body match: the summary, whole.
    let near = &results.articles[0];
    assert_eq!(near.snippet, "Short summary about zetamab.");
    assert_eq!(marked(&near.snippet, &near.snippet_marks), vec!["zetamab"]);
    // A drug matched by name shows its summary.
    let by_name = index.search("omega", 10);
    assert_eq!(by_name.drugs[0].snippet, "Short summary.");
    assert!(by_name.drugs[0].snippet_marks.is_empty());
}

#[test]
fn highlight_ranges_are_valid_for_many_queries() {
    let index = real_index();
    for query in [
        "t",
        "her",
        "her2",
        "HER2-low",
        "heart",
        "diarrhea",
        "diarrhoea",
        "pregnancy",
        "side effects",
        "biosimilar",
        "lung cancer",
        "what",
        "enhertu lung",
        "ihc 3+",
        "é",
        "ß",
        "don't",
        "trastuzumab",
        "kinase",
        "a",
        "1",
        "2",
    ] {
        check_marks(&index.search(query, 100));
    }
}

#[test]
fn a_hundred_times_the_articles_still_searches() {
    let pack = common::real_pack();
    let start = Instant::now();
    let index = SearchIndex::build(&pack);
    let build_1x = start.elapsed();

    let mut big = pack.clone();
    big.articles = (0..100)
        .flat_map(|copy| {
            pack.articles.iter().map(move |a| Article {
                id: format!("{}-{copy}", a.id),
                ..a.clone()
            })
        })
        .collect();
    let start = Instant::now();
    let big_index = SearchIndex::build(&big);
    let build_100x = start.elapsed();

    let queries = [
        "t",
        "tr",
        "trast",
        "trastuzamab",
        "enhertu",
        "heart problems",
        "t dxd",
        "xylophone",
    ];
    for (name, index, articles) in [
        ("1×", &index, pack.articles.len()),
        ("100×", &big_index, big.articles.len()),
    ] {
        let mut worst = std::time::Duration::ZERO;
        for query in queries {
            let start = Instant::now();
            let results = index.search(query, 20);
            let took = start.elapsed();
            worst = worst.max(took);
            println!(
                "{name} pack ({articles} articles): {query:?} → {} hits in {took:?}",
                results.total
            );
        }
        println!("{name} pack: slowest query {worst:?}");
    }
    println!("build: 1× {build_1x:?}, 100× {build_100x:?}");

    let results = big_index.search("enhertu", 20);
    check_marks(&results);
    assert_eq!(results.drugs[0].id, "trastuzumab-deruxtecan");
    assert_eq!(results.articles.len(), 20);
    assert!(results.total > 100, "{}", results.total);
    // Copies tie, so pack order decides: the first copy comes first.
    assert!(
        results.articles[0].id.ends_with("-0"),
        "{}",
        results.articles[0].id
    );
}
