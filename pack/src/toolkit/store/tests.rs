//! Tests of the reader's saved data: export, a merging import, refusals and the version 0
//! migration.

use super::*;
use crate::toolkit::calendar::End;
use crate::words::TOOLKIT_ES;

fn day(text: &str) -> Date {
    Date::parse(text).expect("a real date")
}

fn entry(date: &str, symptom: &str, severity: Severity, note: &str) -> Entry {
    Entry {
        date: day(date),
        symptom: symptom.into(),
        severity: Some(severity),
        note: note.into(),
    }
}

fn plan(drug: &str, start: &str) -> Plan {
    Plan {
        drug: drug.into(),
        start: day(start),
        every_days: Some(21),
        end: End::Doses(18),
        note: String::new(),
    }
}

fn sample() -> Data {
    Data {
        care_team: vec![Contact {
            name: "Oncology nurse line".into(),
            phone: "(555) 123-4567".into(),
        }],
        drugs: vec!["trastuzumab".into(), "pertuzumab".into()],
        plans: vec![plan("trastuzumab", "2027-01-04")],
        diary: vec![
            entry("2027-01-05", "Tiredness", Severity::Mild, ""),
            entry(
                "2027-01-09",
                "Diarrhea",
                Severity::Moderate,
                "3 times, took the pills",
            ),
        ],
        questions: vec!["00000000deadbeef".into()],
        ..Data::default()
    }
}

#[test]
fn an_export_imports_back_whole() {
    let data = sample();
    let file = export(&data);
    assert!(file.contains("\"version\": 1"), "{file}");
    assert!(file.contains("\"severity\": \"moderate\""), "{file}");
    let preview = import(&file, &Data::default()).expect("its own export");
    assert_eq!(preview.merged, data);
    assert_eq!(preview.from_version, DATA_VERSION);
    assert_eq!(
        preview.added,
        Counts {
            care_team: 1,
            drugs: 2,
            plans: 1,
            diary: 2,
            questions: 1
        }
    );
    assert_eq!((preview.duplicates, preview.kept_current), (0, 0));
    // The same file again adds nothing.
    let again = import(&file, &data).expect("its own export");
    assert_eq!(again.merged, data);
    assert_eq!(again.added.total(), 0);
    assert_eq!(again.duplicates, 7);
}

#[test]
fn an_import_merges_and_never_overwrites() {
    let current = sample();
    let file = Data {
        care_team: vec![
            // The same nurse line, written another way.
            Contact {
                name: "oncology  NURSE line".into(),
                phone: "555 123 4567".into(),
            },
            Contact {
                name: "Dr Ruiz".into(),
                phone: "555 000 1111".into(),
            },
        ],
        drugs: vec!["pertuzumab".into(), "tucatinib".into()],
        plans: vec![
            // The same course with another note: the kept one stays.
            Plan {
                note: "from the other phone".into(),
                ..plan("trastuzumab", "2027-01-04")
            },
            plan("pertuzumab", "2027-01-04"),
        ],
        diary: vec![
            entry("2027-01-05", " tiredness ", Severity::Mild, ""),
            entry("2027-01-07", "Nausea", Severity::Severe, "all day"),
            // The same day and symptom, but worse: another entry.
            entry("2027-01-05", "Tiredness", Severity::Severe, ""),
        ],
        questions: vec!["00000000deadbeef".into(), "0123456789abcdef".into()],
        ..Data::default()
    };
    let preview = import(&export(&file), &current).expect("a good file");
    let m = &preview.merged;
    assert_eq!(m.care_team.len(), 2);
    assert_eq!(
        m.care_team[0], current.care_team[0],
        "the kept wording stays"
    );
    assert_eq!(m.drugs, ["trastuzumab", "pertuzumab", "tucatinib"]);
    assert_eq!(m.plans.len(), 2);
    assert_eq!(m.plans[0], current.plans[0]);
    assert_eq!(preview.kept_current, 1);
    let days: Vec<String> = m
        .diary
        .iter()
        .map(|e| format!("{} {}", e.date.iso(), e.symptom))
        .collect();
    assert_eq!(
        days,
        [
            "2027-01-05 Tiredness",
            "2027-01-05 Tiredness",
            "2027-01-07 Nausea",
            "2027-01-09 Diarrhea"
        ],
        "by date, the two tiredness entries differ in severity"
    );
    assert_eq!(m.questions.len(), 2);
    assert_eq!(
        preview.added,
        Counts {
            care_team: 1,
            drugs: 1,
            plans: 1,
            diary: 2,
            questions: 1
        }
    );
    assert_eq!(preview.duplicates, 4);
    // Everything kept before is still there.
    for e in &current.diary {
        assert!(m.diary.contains(e));
    }
}

/// Imports `text` into a copy of the sample and checks the copy did not change.
fn refused(text: &str) -> ImportError {
    let current = sample();
    let before = current.clone();
    let error = import(text, &current).expect_err("the file is refused");
    assert_eq!(current, before);
    error
}

#[test]
fn a_file_over_the_limit_is_refused() {
    let big = format!(
        "{{\"version\":1,\"drugs\":[\"{}\"]}}",
        "a".repeat(MAX_IMPORT_BYTES)
    );
    let error = refused(&big);
    assert_eq!(error, ImportError::TooLarge { bytes: big.len() });
    let message = error.to_string();
    assert!(
        message.contains("1 MB") && message.ends_with("Nothing was changed."),
        "{message}"
    );
}

#[test]
fn broken_json_is_refused_with_where_it_broke() {
    assert_eq!(
        refused("{\"version\": 1,\n \"drugs\": [\"a\""),
        ImportError::NotJson {
            line: 2,
            column: 14
        }
    );
    assert!(matches!(refused(""), ImportError::NotJson { line: 1, .. }));
    assert!(matches!(refused("Ward 3"), ImportError::NotJson { .. }));
    let message = refused("{").to_string();
    assert!(
        message.contains("damaged") && message.ends_with("Nothing was changed."),
        "{message}"
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let error = refused("{\"version\": 2, \"a_field_from_the_future\": true}");
    assert_eq!(error, ImportError::Newer { found: 2 });
    assert!(error.to_string().contains("newer version"), "{error}");
    assert_eq!(
        refused("{\"version\": 99999999999}"),
        ImportError::Newer { found: u32::MAX }
    );
}

#[test]
fn other_shapes_are_refused() {
    for text in [
        "[1, 2]",
        "\"text\"",
        "{}",
        "{\"schema_version\": 2, \"version\": \"2026-12-01\", \"drugs\": []}",
        "{\"version\": -1}",
        "{\"version\": 1, \"unknown\": true}",
        "{\"version\": 1, \"drugs\": \"trastuzumab\"}",
        "{\"version\": 1, \"diary\": [{\"date\": \"2027-02-30\", \"symptom\": \"x\"}]}",
        "{\"version\": 1, \"diary\": [{\"date\": \"2027-02-03\", \"symptom\": \"x\", \"severity\": \"terrible\"}]}",
        "{\"version\": 1, \"plans\": [{\"drug\": \"x\", \"start\": \"soon\"}]}",
        "{\"version\": 0, \"care_team\": []}",
    ] {
        let error = refused(text);
        assert!(matches!(error, ImportError::WrongShape { .. }), "{text}: {error:?}");
        assert!(error.to_string().starts_with("This file is not saved data"), "{error}");
    }
}

#[test]
fn a_version_0_file_is_migrated() {
    let v0 = r#"{
        "version": 0,
        "team": [{"name": "Dr Ruiz", "number": "555 000 1111"}],
        "drugs": ["trastuzumab"],
        "diary": [
            {"date": "2026-11-02", "symptom": "Headache", "note": "after the drip"},
            {"date": "2026-11-01", "symptom": "Tiredness"}
        ],
        "questions": ["0123456789abcdef"]
    }"#;
    let preview = import(v0, &Data::default()).expect("a version 0 file");
    assert_eq!(preview.from_version, 0);
    let m = &preview.merged;
    assert_eq!(m.version, DATA_VERSION);
    assert_eq!(
        m.care_team,
        [Contact {
            name: "Dr Ruiz".into(),
            phone: "555 000 1111".into()
        }]
    );
    assert_eq!(m.diary.len(), 2);
    assert!(
        m.diary.iter().all(|e| e.severity.is_none()),
        "no severity is made up"
    );
    assert_eq!(m.diary[0].symptom, "Tiredness", "sorted by date");
    assert_eq!(m.diary[1].note, "after the drip");
    assert!(m.plans.is_empty());
    // Exported again, it is a current file that reads back the same.
    let file = export(m);
    assert!(
        file.contains("\"version\": 1") && !file.contains("\"team\""),
        "{file}"
    );
    assert_eq!(read(&file), Ok((m.clone(), DATA_VERSION)));
}

#[test]
fn a_byte_order_mark_is_fine() {
    let file = format!("\u{feff}{}", export(&sample()));
    assert_eq!(
        import(&file, &Data::default()).map(|p| p.merged),
        Ok(sample())
    );
}

#[test]
fn severities_have_pro_ctcae_words_and_wire_names() {
    let wire: Vec<&str> = Severity::ALL
        .iter()
        .map(|s| crate::model::wire::name(s))
        .collect();
    assert_eq!(wire, ["none", "mild", "moderate", "severe", "very-severe"]);
    let labels: Vec<&str> = Severity::ALL.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        ["None", "Mild", "Moderate", "Severe", "Very severe"]
    );
    assert!(Severity::Mild < Severity::VerySevere);
    let es = &TOOLKIT_ES;
    assert_eq!(es.severity_very_severe, "Muy severa");
    assert!((es.import_newer)(2, 1).contains("más nueva"));
    assert_eq!(es.import_nothing_changed, "No se cambió nada.");
}

#[test]
fn units_are_kept_and_an_import_never_changes_the_readers_choice() {
    use crate::toolkit::units::{Temperature, Units, Weight};
    let mine = Data {
        units: Units {
            temperature: Some(Temperature::Fahrenheit),
            weight: None,
        },
        ..Data::default()
    };
    let file = export(&mine);
    assert!(file.contains("\"fahrenheit\""), "{file}");
    assert_eq!(
        import(&file, &Data::default()).map(|p| p.merged.units),
        Ok(mine.units)
    );
    let other = Data {
        units: Units {
            temperature: Some(Temperature::Celsius),
            weight: Some(Weight::Kg),
        },
        ..Data::default()
    };
    let kept = import(&export(&other), &mine).map(|p| p.merged.units);
    assert_eq!(kept, Ok(mine.units), "the reader's own choice stays");
    // A file without units (as every version 1 file before them) reads as both units.
    let bare = import("{\"version\": 1}", &Data::default()).map(|p| p.merged.units);
    assert_eq!(bare, Ok(Units::default()));
}

#[test]
fn other_treatments_are_kept_and_an_import_adds_its_own_once() {
    let mine = Data {
        other_treatments: "Docetaxel".into(),
        ..Data::default()
    };
    let file = Data {
        other_treatments: "Letrozole".into(),
        ..Data::default()
    };
    let merged = import(&export(&file), &mine).expect("reads").merged;
    assert_eq!(merged.other_treatments, "Docetaxel; Letrozole");
    let again = import(&export(&file), &merged).expect("reads").merged;
    assert_eq!(again.other_treatments, "Docetaxel; Letrozole", "not twice");
    let into_empty = import(&export(&file), &Data::default())
        .expect("reads")
        .merged;
    assert_eq!(into_empty.other_treatments, "Letrozole");
    // Left out of the file when empty, so older files and new ones read alike.
    assert!(!export(&Data::default()).contains("other_treatments"));
}
