//! The hand-written JSON reader (`from_json`) against serde's derived `Deserialize`, used here
//! as the oracle: same values for good packs, an error for the same bad ones, and an error path
//! that names the field that was broken.
#![allow(clippy::unwrap_used)] // test helpers may unwrap: a panic is a test failure

mod common;

use her2_pack::*;
use her2_pack::{from_json, json};
use serde_json::{json, Value};

/// The app's way: the text through `her2_pack::json`, then the field reader.
fn mine(value: &Value) -> Result<Pack, from_json::SchemaError> {
    let parsed = json::parse(&value.to_string()).map_err(|e| from_json::SchemaError {
        path: "(text)".into(),
        detail: e.detail.into(),
    })?;
    from_json::pack(parsed)
}

fn by_serde(value: &Value) -> Result<Pack, String> {
    serde_json::from_value::<Pack>(value.clone()).map_err(|e| e.to_string())
}

/// The real pack with every optional field given a value that is not its default, so a
/// misspelt key in the reader cannot hide behind a default.
fn filled() -> Pack {
    let mut pack = common::real_pack();
    pack.tagline = "A tagline".into();
    pack.overview.body = "Body".into();
    let drug = &mut pack.drugs[0];
    drug.abbreviations = vec!["AB".into()];
    drug.other_names = vec!["other".into()];
    drug.every_days = Some(21);
    drug.course = Some("a year".into());
    drug.course_weeks = Some(52);
    drug.time_in_chair = Some("an hour".into());
    drug.accelerated = true;
    drug.boxed_warnings = vec!["warning".into()];
    drug.risks = vec![Risk::Heart, Risk::Eye];
    drug.contraception = Some("7 months".into());
    drug.confuse_with = vec!["x".into()];
    drug.biosimilars = vec![Biosimilar {
        brand: "B".into(),
        name: "n".into(),
        year: 2019,
    }];
    drug.approvals = vec![Approval {
        date: "2020-01".into(),
        use_: "use".into(),
        accelerated: true,
    }];
    drug.monitoring = vec![Monitoring {
        test: "echo".into(),
        when: "every 3 months".into(),
        before_start: true,
        during: true,
        every_weeks: Some(12),
        for_weeks: Some(52),
        then_every_weeks: Some(24),
        after_weeks: Some(4),
    }];
    drug.questions = vec!["q".into()];
    let article = &mut pack.articles[0];
    article.tags = vec!["t".into()];
    article.drugs = vec!["d".into()];
    article.related = vec!["r".into()];
    article.body = "b".into();
    pack.glossary[0].aliases = vec!["alias".into()];
    pack.glossary[0].pronounce = Some("say".into());
    let results = pack.results.as_mut().unwrap();
    results.results[0].approved = vec!["a".into()];
    results.results[0].studied = "s".into();
    pack
}

#[test]
fn every_field_reads_back_as_written() {
    let pack = filled();
    let value = serde_json::to_value(&pack).unwrap();
    assert_eq!(mine(&value).unwrap(), pack);
    assert_eq!(by_serde(&value).unwrap(), pack);
}

#[test]
fn every_enum_name_matches_serde() {
    fn each<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
        all: &[T],
        put: impl Fn(&mut Value, Value),
    ) {
        for v in all {
            let mut value = serde_json::to_value(common::real_pack()).unwrap();
            put(&mut value, serde_json::to_value(v).unwrap());
            let mine = mine(&value).unwrap();
            assert_eq!(mine, by_serde(&value).unwrap(), "{v:?}");
        }
    }
    use Cancer::*;
    use Risk::*;
    each(&DrugClass::ALL, |p, v| p["drugs"][0]["class"] = v);
    each(&[Route::Iv, Route::Sc, Route::Oral], |p, v| {
        p["drugs"][0]["routes"] = json!([v])
    });
    let cancers = [
        Breast,
        Gastric,
        Cancer::Lung,
        Colorectal,
        Biliary,
        AnySolidTumour,
    ];
    each(&cancers, |p, v| p["drugs"][0]["cancers"] = json!([v]));
    each(&[Setting::Early, Setting::Metastatic], |p, v| {
        p["drugs"][0]["settings"] = json!([v])
    });
    let risks = [Heart, Risk::Lung, Liver, Diarrhoea, Infusion, Bleeding, Eye];
    each(&risks, |p, v| p["drugs"][0]["risks"] = json!([v]));
    let kinds: Vec<SectionKind> = SectionKind::ORDER.to_vec();
    each(&kinds, |p, v| p["drugs"][0]["sections"][0]["kind"] = v);
}

/// A small pack (lists cut to two entries) keeps the many parses below quick.
fn small() -> Value {
    let mut value = serde_json::to_value(filled()).unwrap();
    fn cut(v: &mut Value) {
        match v {
            Value::Array(items) => {
                items.truncate(2);
                items.iter_mut().for_each(cut);
            }
            Value::Object(map) => map.values_mut().for_each(cut),
            _ => {}
        }
    }
    cut(&mut value);
    value
}

/// Every field path in `value` (only the first entry of each list), e.g. `drugs[0].brands`.
fn field_paths(
    value: &Value,
    at: &str,
    out: &mut Vec<(String, Vec<PathStep>)>,
    steps: Vec<PathStep>,
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                let mut s = steps.clone();
                s.push(PathStep::Key(key.clone()));
                out.push((path.clone(), s.clone()));
                field_paths(child, &path, out, s);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut s = steps.clone();
                s.push(PathStep::Index(0));
                field_paths(first, &format!("{at}[0]"), out, s);
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn parent_of<'a>(root: &'a mut Value, steps: &[PathStep]) -> &'a mut Value {
    let mut v = root;
    for step in steps {
        v = match step {
            PathStep::Key(k) => &mut v[k.as_str()],
            PathStep::Index(i) => &mut v[*i],
        };
    }
    v
}

#[test]
fn broken_fields_fail_like_serde_and_name_the_field() {
    let base = small();
    let mut paths = Vec::new();
    field_paths(&base, "", &mut paths, Vec::new());
    assert!(paths.len() > 90, "only {} fields", paths.len());
    let replacements = [
        json!(null),
        json!(7),
        json!(-1),
        json!(1.5),
        json!(true),
        json!("text"),
        json!([]),
        json!({}),
    ];
    let mut failures = 0;
    for (path, steps) in &paths {
        let (last, parent_steps) = steps.split_last().unwrap();
        let PathStep::Key(key) = last else { continue };
        let mut cases = Vec::new();
        for r in &replacements {
            let mut v = base.clone();
            parent_of(&mut v, steps).clone_from(r);
            cases.push((v, format!("{path} = {r}")));
        }
        let mut removed = base.clone();
        parent_of(&mut removed, parent_steps)
            .as_object_mut()
            .unwrap()
            .remove(key);
        cases.push((removed, format!("{path} removed")));
        for (value, case) in cases {
            let mine = mine(&value);
            let theirs = by_serde(&value);
            match (&mine, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{case}"),
                (Err(e), Err(_)) => {
                    failures += 1;
                    let parent = path.rsplit_once('.').map_or("(top level)", |(p, _)| p);
                    let named = if case.ends_with("removed") {
                        e.path == parent && e.detail == format!("missing field `{key}`")
                    } else {
                        e.path == *path || e.path.starts_with(&format!("{path}["))
                    };
                    assert!(named, "{case}: error at {} ({})", e.path, e.detail);
                }
                _ => panic!("{case}: from_json {mine:?} but serde {theirs:?}"),
            }
        }
    }
    assert!(failures > 500, "only {failures} breakages were errors");
}

#[test]
fn wrong_shapes_read_in_plain_words() {
    let mut v = small();
    v["drugs"][1]["first_us_approval"] = json!(70_000);
    let e = mine(&v).unwrap_err();
    assert_eq!(e.path, "drugs[1].first_us_approval");
    assert_eq!(
        e.detail,
        "invalid value: integer `70000`, expected a whole number up to 65535"
    );
    let mut v = small();
    v["drugs"][0]["routes"] = json!(["iv", "spray"]);
    let e = mine(&v).unwrap_err();
    assert_eq!(e.path, "drugs[0].routes[1]");
    assert_eq!(
        e.detail,
        "unknown variant `spray`, expected one of `iv`, `sc`, `oral`"
    );
    let e = mine(&json!([1, 2])).unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.detail.as_str()),
        ("(top level)", "invalid type: sequence, expected an object")
    );
    let mut v = small();
    v["articles"][0]["sources"][0] = json!("https://example.org");
    let e = mine(&v).unwrap_err();
    assert_eq!(e.path, "articles[0].sources[0]");
    assert_eq!(
        e.detail,
        "invalid type: string \"https://example.org\", expected an object"
    );
}
