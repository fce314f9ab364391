//! Parsing and validating the JSON pack: the real pack passes, and each kind of bad input gives
//! its own error with the path of the field.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

mod common;

use her2_pack::read::parse::{parse_pack, parse_pack_bytes, MAX_PACK_BYTES};
use her2_pack::PackError;
use serde_json::{json, Value};

fn good() -> Value {
    serde_json::from_str(&common::real_json()).unwrap()
}

fn error_of(value: &Value) -> PackError {
    parse_pack(&value.to_string()).expect_err("should be rejected")
}

fn message_of(value: &Value) -> String {
    error_of(value).to_string()
}

#[test]
fn the_real_pack_round_trips() {
    let pack = parse_pack(&common::real_json()).unwrap();
    assert_eq!(pack, common::real_pack());
}

#[test]
fn not_json() {
    let err = parse_pack("{\"schema_version\": 2,\n  \"drugs\": [").unwrap_err();
    assert!(matches!(err, PackError::NotJson { line: 2, .. }), "{err:?}");
    assert!(err.to_string().contains("not valid JSON (line 2"));
}

#[test]
fn html_error_page() {
    let err = parse_pack("<!doctype html><h1>404 Not Found</h1>").unwrap_err();
    assert_eq!(err, PackError::HtmlPage);
    assert!(err.to_string().contains("web page"));
}

#[test]
fn empty_and_invalid_utf8_and_too_large() {
    assert_eq!(parse_pack("  \n").unwrap_err(), PackError::Empty);
    let err = parse_pack_bytes(b"{\"schema_version\": 2, \"title\": \"\xff\xfe\"}").unwrap_err();
    assert_eq!(err, PackError::NotUtf8 { at_byte: 32 });
    let big = vec![b' '; MAX_PACK_BYTES + 1];
    assert!(matches!(
        parse_pack_bytes(&big).unwrap_err(),
        PackError::TooLarge { .. }
    ));
}

#[test]
fn unknown_or_missing_schema_version() {
    let mut v = good();
    v["schema_version"] = json!(3);
    assert_eq!(
        error_of(&v),
        PackError::UnsupportedVersion { found: "3".into() }
    );
    v.as_object_mut().unwrap().remove("schema_version");
    assert!(message_of(&v).contains("schema_version: missing"));
}

#[test]
fn wrong_type_names_the_field() {
    let mut v = good();
    v["drugs"][3]["sources"][0]["url"] = json!(42);
    let err = error_of(&v);
    match err {
        PackError::Schema { path, detail } => {
            assert_eq!(path, "drugs[3].sources[0].url");
            assert!(detail.contains("expected a string"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_field_names_its_parent() {
    let mut v = good();
    v["articles"][1].as_object_mut().unwrap().remove("title");
    let msg = message_of(&v);
    assert!(msg.contains("articles[1]: missing field `title`"), "{msg}");
}

#[test]
fn unknown_enum_value() {
    let mut v = good();
    v["drugs"][0]["class"] = json!("vitamin");
    let msg = message_of(&v);
    assert!(
        msg.contains("drugs[0].class: unknown variant `vitamin`"),
        "{msg}"
    );
}

#[test]
fn deeply_nested_json_is_an_error_not_a_crash() {
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    // Nesting deeper than 128 levels is a JSON error, wherever it is, before any field is
    // read: in a field the app reads, or in one it would ignore (json_path::nested_too_deep).
    for text in [
        format!(
            "{{\"schema_version\": 2, \"drugs\": [{{\"brands\": {}}}]}}",
            nest(100_000)
        ),
        format!("{{\"schema_version\": 2, \"x\": {}}}", nest(100_000)),
    ] {
        let err = parse_pack(&text).unwrap_err();
        assert!(matches!(err, PackError::NotJson { line: 1, .. }), "{err:?}");
        assert!(
            err.to_string().contains("nested more than 128 levels deep"),
            "{err}"
        );
    }
    // Nesting within the limit is fine JSON, then a plain shape error.
    let shallow = format!("{{\"schema_version\": 2, \"x\": {}}}", nest(100));
    assert!(matches!(
        parse_pack(&shallow).unwrap_err(),
        PackError::Schema { .. }
    ));
}

#[test]
fn validation_issues_carry_paths() {
    type Break = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Break, &str)> = vec![
        (
            Box::new(|v| v["drugs"][3]["sources"][0]["url"] = json!("http://insecure.example")),
            "drugs[3].sources[0].url: not an https URL",
        ),
        (
            Box::new(|v| {
                let id = v["drugs"][0]["id"].clone();
                v["drugs"][1]["id"] = id;
            }),
            "drugs[1].id: duplicate id",
        ),
        (
            Box::new(|v| v["articles"][0]["drugs"] = json!(["no-such-drug"])),
            "articles[0].drugs[0]: no drug has the id `no-such-drug`",
        ),
        (
            Box::new(|v| v["articles"][0]["related"] = json!(["nowhere"])),
            "articles[0].related[0]: no other article has the id `nowhere`",
        ),
        (
            Box::new(|v| v["articles"][2]["published"] = json!("2026-02-30")),
            "articles[2].published: `2026-02-30` is not a real day",
        ),
        (
            Box::new(|v| {
                v["drugs"][2]["sources"] = json!([{"title": "One", "url": "https://a.example"}])
            }),
            "drugs[2].sources: needs at least 2 sources, has 1",
        ),
        (
            Box::new(|v| {
                v["drugs"][4]["sections"]
                    .as_array_mut()
                    .unwrap()
                    .remove(0)
                    .to_string()
                    .clear()
            }),
            "drugs[4].sections: missing section `What it is`",
        ),
        (
            Box::new(|v| v["drugs"][0]["confuse_with"] = json!(["ghost"])),
            "drugs[0].confuse_with[0]: no other drug has the id `ghost`",
        ),
    ];
    for (break_it, expected) in cases {
        let mut v = good();
        break_it(&mut v);
        match error_of(&v) {
            PackError::Invalid(issues) => assert!(
                issues.iter().any(|i| i.to_string().starts_with(expected)),
                "expected `{expected}` in {issues:?}"
            ),
            other => panic!("expected validation issues for `{expected}`, got {other:?}"),
        }
    }
}

#[test]
fn editorial_checks_are_for_the_compiler_only() {
    use her2_pack::model::date::Date;
    use her2_pack::read::validate::{validate, Strictness};
    let mut pack = common::real_pack();
    pack.overview.body = "Hello <script>alert(1)</script> and [x](#/drugs/nothing-here)".into();
    // The app renders such text safely rather than refusing the whole pack...
    assert!(validate(&pack, Strictness::default()).is_empty());
    // ...while the compiler refuses it.
    let issues: Vec<String> = validate(&pack, Strictness::compiler(Date::today()))
        .iter()
        .map(|i| i.to_string())
        .collect();
    assert!(
        issues
            .iter()
            .any(|i| i.starts_with("overview.body: raw HTML is not allowed")),
        "{issues:?}"
    );
    assert!(
        issues
            .iter()
            .any(|i| i.contains("in-app link `#/drugs/nothing-here` leads nowhere")),
        "{issues:?}"
    );
}

#[test]
fn bad_json_is_said_before_the_format_version() {
    // A cut-off pack of another format is damaged text first (the reader's saved copy stays).
    let err = parse_pack("{\"schema_version\": 1, \"drugs\": [").unwrap_err();
    assert!(matches!(err, PackError::NotJson { line: 1, .. }), "{err:?}");
    // A whole pack of another format, whatever its shape, is a newer (or older) format.
    let err = parse_pack("{\"schema_version\": 9, \"drugs\": 5}").unwrap_err();
    assert_eq!(err, PackError::UnsupportedVersion { found: "9".into() });
}
