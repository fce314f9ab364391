//! The pack compiler on broken sources: each problem names the file and line, and nothing is
//! produced while any problem remains.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

mod common;

use common::Scratch;
use std::fs;
use std::path::Path;

fn line_of(file: &Path, needle: &str) -> usize {
    fs::read_to_string(file)
        .unwrap()
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

fn assert_one(errors: &[String], expected: &str) {
    assert!(
        errors.iter().any(|e| e.contains(expected)),
        "expected `{expected}` in:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_real_content_compiles() {
    let s = Scratch::new("ok");
    assert_eq!(s.errors(), Vec::<String>::new());
}

#[test]
fn an_http_source_names_file_and_line() {
    let s = Scratch::new("http");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen("url = \"https://", "url = \"http://", 1)
    });
    let line = line_of(&s.0.join("drugs/tucatinib.md"), "url = \"http://");
    assert_one(
        &s.errors(),
        &format!("drugs/tucatinib.md:{line}: sources[0].url: not an https URL"),
    );
}

#[test]
fn an_unknown_section_names_its_line() {
    let s = Scratch::new("section");
    s.edit("drugs/lapatinib.md", |t| {
        t.replace("## Common side effects", "## Side effects")
    });
    let line = line_of(&s.0.join("drugs/lapatinib.md"), "## Side effects");
    assert_one(
        &s.errors(),
        &format!("drugs/lapatinib.md:{line}: unknown section `## Side effects`"),
    );
}

#[test]
fn a_card_without_boxed_warnings_is_an_error_not_none() {
    // An absent field once showed "Boxed warning about: None" on a card whose label has one.
    let s = Scratch::new("boxed");
    s.edit("drugs/trastuzumab-sc.md", |t| {
        t.replacen(
            "boxed_warnings = [\"heart\", \"lung\", \"pregnancy\"]\n",
            "",
            1,
        )
    });
    let errors = s.errors();
    assert_one(&errors, "drugs/trastuzumab-sc.md");
    assert_one(&errors, "missing field `boxed_warnings`");
}

#[test]
fn a_typo_in_a_field_name_is_caught() {
    let s = Scratch::new("typo");
    s.edit("drugs/neratinib.md", |t| {
        t.replacen("last_reviewed =", "last_reveiwed =", 1)
    });
    let errors = s.errors();
    let line = line_of(&s.0.join("drugs/neratinib.md"), "last_reveiwed");
    assert_one(
        &errors,
        &format!("drugs/neratinib.md:{line}: unknown field `last_reveiwed`"),
    );
}

#[test]
fn bad_toml_names_its_line() {
    let s = Scratch::new("toml");
    s.edit("articles/long-term-safety.md", |t| {
        t.replacen("title = \"", "title = ", 1)
    });
    let line = line_of(&s.0.join("articles/long-term-safety.md"), "title = ");
    assert_one(
        &s.errors(),
        &format!("articles/long-term-safety.md:{line}:"),
    );
}

#[test]
fn future_dates_unreal_dates_and_dangling_references() {
    let s = Scratch::new("refs");
    s.edit("articles/switching-treatment.md", |t| {
        t.replacen(
            "published = \"",
            "published = \"2999-01-01\"\nx_old_published = \"",
            1,
        )
    });
    s.edit("articles/managing-side-effects.md", |t| {
        let start = t.find("drugs = [").unwrap();
        let end = start + t[start..].find(']').unwrap();
        format!("{}drugs = [\"herceptin\"{}", &t[..start], &t[end..])
    });
    s.edit("drugs/zanidatamab.md", |t| {
        t.replacen(
            "last_reviewed = \"2026-12-02\"",
            "last_reviewed = \"2026-02-30\"",
            1,
        )
    });
    let errors = s.errors();
    assert_one(&errors, "unknown field `x_old_published`");
    let errors = {
        s.edit("articles/switching-treatment.md", |t| {
            t.replace("x_old_published = ", "# was: ")
        });
        s.errors()
    };
    assert_one(&errors, "articles/switching-treatment.md");
    assert_one(&errors, "`2999-01-01` is in the future");
    assert_one(&errors, "articles/managing-side-effects.md");
    assert_one(&errors, "drugs[0]: no drug has the id `herceptin`");
    assert_one(&errors, "drugs/zanidatamab.md");
    assert_one(&errors, "`2026-02-30` is not a real day");
}

#[test]
fn raw_html_and_unsafe_links_in_markdown_are_rejected() {
    let s = Scratch::new("html");
    s.edit("articles/understanding-your-her2-test.md", |t| {
        format!("{t}\n\n<script>alert(1)</script>\n\nSee [x](javascript:alert(1)).\n")
    });
    let errors = s.errors();
    assert_one(&errors, "articles/understanding-your-her2-test.md");
    assert_one(&errors, "raw HTML is not allowed");
    assert_one(&errors, "link to `javascript:alert(1)` is not allowed");
}

#[test]
fn an_id_must_match_its_file_name() {
    let s = Scratch::new("id");
    s.edit("drugs/sevabertinib.md", |t| {
        t.replacen("id = \"sevabertinib\"", "id = \"hyrnuo\"", 1)
    });
    assert_one(
        &s.errors(),
        "drugs/sevabertinib.md:2: id `hyrnuo` must match the file name `sevabertinib`",
    );
}

#[test]
fn next_review_is_required_after_last_reviewed_and_within_twelve_months() {
    let s = Scratch::new("review-missing");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen("next_review = \"2027-06-02\"\n", "", 1)
    });
    let errors = s.errors();
    assert_one(&errors, "drugs/tucatinib.md");
    assert_one(&errors, "missing field `next_review`");

    let s = Scratch::new("review-late");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen(
            "next_review = \"2027-06-02\"",
            "next_review = \"2027-12-03\"",
            1,
        )
    });
    let line = line_of(&s.0.join("drugs/tucatinib.md"), "next_review =");
    assert_one(
        &s.errors(),
        &format!("drugs/tucatinib.md:{line}: next_review: `2027-12-03` is more than 12 months after last_reviewed `2026-12-02`"),
    );

    let s = Scratch::new("review-early");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen(
            "next_review = \"2027-06-02\"",
            "next_review = \"2026-12-01\"",
            1,
        )
    });
    assert_one(
        &s.errors(),
        "next_review: `2026-12-01` must be after last_reviewed `2026-12-02`",
    );
}

#[test]
fn a_card_needs_three_to_five_key_points() {
    let s = Scratch::new("points");
    s.edit("drugs/tucatinib.md", |t| {
        let start = t.find("key_points = [").unwrap();
        let end = start + t[start..].find("]\n").unwrap();
        format!(
            "{}key_points = [\"One.\", \"Two.\"{}",
            &t[..start],
            &t[end..]
        )
    });
    let line = line_of(&s.0.join("drugs/tucatinib.md"), "key_points =");
    assert_one(
        &s.errors(),
        &format!("drugs/tucatinib.md:{line}: key_points: needs 3 to 5 key points, has 2"),
    );
}

#[test]
fn every_card_has_the_benefit_section_and_all_three_call_tiers_as_lists() {
    let s = Scratch::new("tiers");
    s.edit("drugs/tucatinib.md", |t| {
        t.replace(
            "## Call the same day",
            "## Call the same day\n\nIf things feel bad, call.\n",
        )
    });
    assert_one(
        &s.errors(),
        "`Call the same day` is a list of signs: every line starts with `- `",
    );

    let s = Scratch::new("tier-missing");
    s.edit("drugs/tucatinib.md", |t| {
        t.replace("## Call the same day\n", "")
    });
    assert_one(&s.errors(), "missing section `Call the same day`");

    let s = Scratch::new("benefit-missing");
    s.edit("drugs/tucatinib.md", |t| {
        t.replace("## What it can do for you\n", "")
    });
    assert_one(&s.errors(), "missing section `What it can do for you`");
}

#[test]
fn a_source_off_the_accepted_list_needs_a_why() {
    let s = Scratch::new("domain");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen(
            "url = \"https://api.fda.gov/drug/drugsfda.json",
            "url = \"https://www.stock-tips.example/drugsfda.json",
            1,
        )
    });
    assert_one(
        &s.errors(),
        "`https://www.stock-tips.example/drugsfda.json?search=application_number%3A%22NDA213411%22` is not on the accepted source list",
    );
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen(
            "url = \"https://www.stock-tips.example/drugsfda.json",
            "why = \"A test: no primary source exists.\"\nurl = \"https://www.stock-tips.example/drugsfda.json",
            1,
        )
    });
    assert_eq!(s.errors(), Vec::<String>::new());
}

#[test]
fn the_first_source_of_a_card_is_its_us_label() {
    let s = Scratch::new("label-first");
    s.edit("drugs/tucatinib.md", |t| {
        t.replacen(
            "url = \"https://www.accessdata.fda.gov/drugsatfda_docs/label/2023/213411s004lbl.pdf\"",
            "url = \"https://www.fda.gov/drugs/resources-information-approved-drugs/x\"",
            1,
        )
    });
    assert_one(
        &s.errors(),
        "sources[0].url: the first source of a card is its current US label",
    );
}

#[test]
fn the_first_mention_of_enhertu_on_a_page_uses_the_full_us_name() {
    let s = Scratch::new("naming");
    s.edit("articles/long-term-safety.md", |t| {
        t.replacen("fam-trastuzumab deruxtecan-nxki (Enhertu)", "Enhertu", 1)
    });
    let errors = s.errors();
    assert_one(&errors, "articles/long-term-safety.md");
    assert_one(
        &errors,
        "the first mention of fam-trastuzumab deruxtecan-nxki on this page (\"Enhertu\") must use the full US name",
    );
}

#[test]
fn helplines_are_read_and_a_number_a_phone_cannot_dial_is_caught() {
    let pack = common::real_pack();
    let helplines = pack.helplines.get().unwrap();
    assert!(helplines.len() >= 2, "content/helplines.toml is read");
    assert!(helplines
        .iter()
        .all(|h| h.tel.starts_with('+') && h.source.url.starts_with("https://")));

    let s = Scratch::new("helpline");
    s.edit("helplines.toml", |t| {
        t.replacen("tel = \"+18002272345\"", "tel = \"1-800-CALL-NOW\"", 1)
            .replacen(
                "url = \"https://www.cancer.gov/aboutnci/cis\"",
                "url = \"https://www.example.com/helpline\"",
                1,
            )
    });
    let errors = s.errors();
    let tel = line_of(&s.0.join("helplines.toml"), "tel = \"1-800-CALL-NOW\"");
    assert_one(
        &errors,
        &format!(
            "helplines.toml:{tel}: helplines[0].tel: `1-800-CALL-NOW` is not a number to dial"
        ),
    );
    assert_one(
        &errors,
        "helplines[1].source.url: `https://www.example.com/helpline`",
    );
}
