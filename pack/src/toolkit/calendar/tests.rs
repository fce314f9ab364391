//! Tests of the reader's calendar: plans, dated events and the iCalendar file, read back with a
//! real iCalendar parser.

use super::*;
use crate::words::TOOLKIT_EN;
use icalendar::parser::{read_calendar_simple, unfold, Component};

fn day(text: &str) -> Date {
    Date::parse(text).expect("a real date")
}

fn check(test: &str, when: &str) -> Monitoring {
    Monitoring {
        test: test.into(),
        when: when.into(),
        ..Monitoring::default()
    }
}

/// A card shaped like trastuzumab's, with one check of each kind.
fn card() -> Drug {
    Drug {
        id: "herc".into(),
        generic: "trastuzumab".into(),
        brands: vec!["Herceptin".into()],
        schedule: "Every 3 weeks".into(),
        every_days: Some(21),
        course_weeks: Some(52),
        monitoring: vec![
            Monitoring {
                before_start: true,
                ..check("Pregnancy test", "Before you start")
            },
            Monitoring {
                before_start: true,
                every_weeks: Some(12),
                then_every_weeks: Some(26),
                after_weeks: Some(104),
                ..check(
                    "Heart scan",
                    "Every 3 months, then every 6 months for 2 years",
                )
            },
            Monitoring {
                before_start: true,
                during: true,
                ..check("Blood test", "At regular times")
            },
            check("Chest CT scan", "If a lung problem is suspected"),
        ],
        ..Drug::default()
    }
}

fn pack_of(drugs: Vec<Drug>) -> Pack {
    Pack {
        drugs,
        ..Pack::default()
    }
}

const START: &str = "2027-01-04";

fn plan() -> Plan {
    Plan::from_card(&card(), day(START))
}

/// Weeks after the start of each dated check of one test.
fn check_weeks_of(plan: &Plan, drug: &Drug, test: &str, to: Date) -> Vec<i64> {
    plan.checks(drug, plan.start, to)
        .into_iter()
        .filter(|(m, _, _)| m.test == test)
        .map(|(_, _, date)| plan.start.days_until(date) / 7)
        .collect()
}

#[test]
fn a_plan_starts_from_the_card() {
    let p = plan();
    assert_eq!(p.every_days, Some(21));
    assert_eq!(p.end, End::Doses(18), "52 weeks, one dose every 3 weeks");
    assert_eq!(p.drug, "herc");
    let open = Drug {
        course_weeks: None,
        ..card()
    };
    assert_eq!(Plan::from_card(&open, day(START)).end, End::Open);
    let pill_without_interval = Drug {
        every_days: None,
        course_weeks: Some(2),
        ..card()
    };
    let p = Plan::from_card(&pill_without_interval, day(START));
    assert_eq!(
        p.end,
        End::Until(day("2027-01-17")),
        "14 days, the start included"
    );
    assert!(p.doses(day(START), day("2028-01-01")).is_empty());
}

#[test]
fn doses_fall_every_interval_and_stop_at_the_end() {
    let p = plan();
    let start = day(START);
    let doses = p.doses(start, start.add_days(800));
    assert_eq!(doses.len(), 18);
    assert_eq!(doses[0], (1, start));
    assert_eq!(doses[17], (18, start.add_days(17 * 21)));
    // A window that opens after the start lists the doses in it, with their own numbers.
    let later = p.doses(start.add_days(30), start.add_days(90));
    assert_eq!(
        later,
        [
            (3, start.add_days(42)),
            (4, start.add_days(63)),
            (5, start.add_days(84))
        ]
    );
    // A dose on the window's first or last day is in it.
    assert_eq!(p.doses(start.add_days(21), start.add_days(42)).len(), 2);
    // An end day, an open plan, no interval, nothing before the start.
    let until = Plan {
        end: End::Until(start.add_days(100)),
        ..plan()
    };
    assert_eq!(until.doses(start, start.add_days(800)).len(), 5);
    let open = Plan {
        end: End::Open,
        ..plan()
    };
    assert_eq!(open.doses(start, start.add_days(100)).len(), 5);
    assert_eq!(open.doses(start, start.add_days(100_000)).len(), MAX_EVENTS);
    let none = Plan {
        every_days: None,
        ..plan()
    };
    assert!(none.doses(start, start.add_days(100)).is_empty());
    assert!(p.doses(start.add_days(-100), start.add_days(-1)).is_empty());
    let zero = Plan {
        end: End::Doses(0),
        ..plan()
    };
    assert!(zero.doses(start, start.add_days(100)).is_empty());
}

#[test]
fn check_ups_follow_the_cards_numbers_from_the_start() {
    let (p, drug) = (plan(), card());
    let start = p.start;
    // 18 doses of 21 days end on day 377: a course of 54 weeks; follow-up counts from there.
    assert_eq!(p.last_day(), Some(start.add_days(377)));
    let to = start.add_days(5 * 365);
    assert_eq!(
        check_weeks_of(&p, &drug, "Heart scan", to),
        [0, 12, 24, 36, 48, 80, 106, 132, 158]
    );
    let before: Vec<_> = p
        .checks(&drug, start, to)
        .into_iter()
        .filter(|c| c.1 == Phase::Before)
        .collect();
    assert_eq!(
        before.len(),
        3,
        "pregnancy test, heart scan and blood test before the start"
    );
    assert!(before.iter().all(|c| c.2 == start));
    // No date is made up for a check with no gap.
    assert_eq!(check_weeks_of(&p, &drug, "Blood test", to), [0]);
    assert!(check_weeks_of(&p, &drug, "Chest CT scan", to).is_empty());
    let undated: Vec<&str> = undated(&drug).iter().map(|m| m.test.as_str()).collect();
    assert_eq!(undated, ["Blood test", "Chest CT scan"]);
    // An open plan has no follow-up: checks go on every 12 weeks to the window's end.
    let open = Plan {
        end: End::Open,
        ..plan()
    };
    let year = start.add_days(365);
    assert_eq!(
        check_weeks_of(&open, &drug, "Heart scan", year),
        [0, 12, 24, 36, 48]
    );
    // The window cuts the checks too.
    let cut = open.checks(&drug, start.add_days(1), start.add_days(12 * 7));
    assert_eq!(cut.len(), 1);
    assert_eq!(cut[0].2, start.add_days(84));
}

#[test]
fn events_of_all_plans_by_date() {
    let other = Drug {
        id: "pill".into(),
        generic: "tucatinib".into(),
        every_days: Some(1),
        course_weeks: None,
        monitoring: Vec::new(),
        ..card()
    };
    let pack = pack_of(vec![card(), other.clone()]);
    let start = day(START);
    let plans = [
        plan(),
        Plan::from_card(&other, start.add_days(1)),
        Plan {
            drug: "not-in-the-pack".into(),
            ..plan()
        },
    ];
    let list = events(&plans, &pack, start, start.add_days(6));
    assert!(list.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(list.iter().all(|e| e.drug != "not-in-the-pack"));
    // Day 0: dose 1 of herc and its three checks before the start; days 1–6: a pill a day.
    assert_eq!(list.len(), 4 + 6, "{list:#?}");
    assert_eq!(list[0].kind, EventKind::Dose { number: 1 });
    assert!(matches!(
        &list[1].kind,
        EventKind::Check {
            phase: Phase::Before,
            ..
        }
    ));
    assert_eq!(
        list.last().map(|e| &e.kind),
        Some(&EventKind::Dose { number: 6 })
    );
}

// ── The iCalendar file ───────────────────────────────────────────────────────────────────

/// 2 Dec 2026 17:25:00 UTC.
const NOW: i64 = 20_789 * 86_400 + 17 * 3600 + 25 * 60;

fn ics(plans: &[Plan]) -> String {
    let start = day(START);
    to_ics(
        plans,
        &pack_of(vec![card()]),
        start,
        start.add_days(3 * 365),
        NOW,
    )
}

/// The file read back by the icalendar crate's parser (from its unfolded text): its one
/// VCALENDAR.
fn parsed(unfolded: &str) -> Component<'_> {
    let mut roots = read_calendar_simple(unfolded).unwrap_or_else(|e| panic!("{e:?}\n{unfolded}"));
    assert_eq!(roots.len(), 1, "one VCALENDAR and nothing else");
    roots.remove(0)
}

/// A property's value as written (still escaped).
fn raw<'a>(c: &'a Component<'_>, name: &str) -> &'a str {
    c.find_prop(name).map_or("", |p| p.val.as_str())
}

/// A TEXT property's value as the parser unescapes it.
fn text(c: &Component<'_>, name: &str) -> String {
    c.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_str().to_string())
        .unwrap_or_default()
}

fn vevents<'a>(calendar: &'a Component<'_>) -> Vec<&'a Component<'a>> {
    calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect()
}

#[test]
fn the_file_reads_back_as_the_plans_events() {
    let file = ics(&[plan()]);
    let unfolded = unfold(&file);
    let calendar = parsed(&unfolded);
    assert_eq!(calendar.name.as_str(), "VCALENDAR");
    assert_eq!(raw(&calendar, "VERSION"), "2.0");
    assert!(raw(&calendar, "PRODID").starts_with("-//HER2 Guide//"));
    assert_eq!(text(&calendar, "X-WR-CALNAME"), TOOLKIT_EN.cal_name);
    let events = vevents(&calendar);
    // One repeating dose event, then each dated check: 3 before the start, then heart scans at
    // weeks 12, 24, 36, 48, 80, 106 and 132 (week 158 is past the window).
    assert_eq!(events.len(), 1 + 3 + 7, "{file}");
    let dose = events[0];
    assert_eq!(raw(dose, "RRULE"), "FREQ=DAILY;INTERVAL=21;COUNT=18");
    assert_eq!(raw(dose, "DTSTART"), "20270104");
    assert_eq!(raw(dose, "DTEND"), "20270105");
    let value = dose
        .find_prop("DTSTART")
        .map(|p| p.params.clone())
        .unwrap_or_default();
    assert!(
        format!("{value:?}").contains("DATE"),
        "an all-day date: {value:?}"
    );
    assert_eq!(
        text(dose, "SUMMARY"),
        "trastuzumab (Herceptin): treatment day"
    );
    assert!(text(dose, "DESCRIPTION").starts_with("Every 3 weeks\n\n"));
    for event in &events {
        assert_eq!(raw(event, "DTSTAMP"), "20261202T172500Z");
        assert!(raw(event, "UID").ends_with("@her2-guide"));
    }
    let checks: Vec<(String, String)> = events[1..]
        .iter()
        .map(|e| (raw(e, "DTSTART").to_string(), text(e, "SUMMARY")))
        .collect();
    assert_eq!(
        checks[0],
        (
            "20270104".into(),
            "trastuzumab (Herceptin): Pregnancy test, before you start".into()
        )
    );
    // Week 12: 29 March 2027.
    assert!(checks.contains(&(
        "20270329".into(),
        "trastuzumab (Herceptin): Heart scan".into()
    )));
    assert!(events[1..].iter().all(|e| e.find_prop("RRULE").is_none()));
}

#[test]
fn a_single_dose_in_the_window_does_not_repeat() {
    let start = day(START);
    let file = to_ics(
        &[plan()],
        &pack_of(vec![card()]),
        start,
        start.add_days(20),
        NOW,
    );
    let unfolded = unfold(&file);
    let calendar = parsed(&unfolded);
    let dose = vevents(&calendar)[0];
    assert!(dose.find_prop("RRULE").is_none());
    assert_eq!(
        text(dose, "SUMMARY"),
        "trastuzumab (Herceptin): treatment day"
    );
    // A plan for a drug not in the pack writes nothing.
    let stray = Plan {
        drug: "nope".into(),
        ..plan()
    };
    let file = to_ics(
        &[stray],
        &pack_of(vec![card()]),
        start,
        start.add_days(20),
        NOW,
    );
    assert!(vevents(&parsed(&unfold(&file))).is_empty());
}

#[test]
fn a_long_daily_course_is_one_event_with_its_whole_count() {
    let pill = Drug {
        id: "pill".into(),
        every_days: Some(1),
        course_weeks: None,
        monitoring: Vec::new(),
        ..card()
    };
    let start = day(START);
    let later = start.add_days(10);
    let p = Plan::from_card(&pill, start);
    let file = to_ics(
        &[p],
        &pack_of(vec![pill]),
        later,
        later.add_days(3 * 365),
        NOW,
    );
    let unfolded = unfold(&file);
    let calendar = parsed(&unfolded);
    let events = vevents(&calendar);
    assert_eq!(events.len(), 1);
    assert_eq!(raw(events[0], "RRULE"), "FREQ=DAILY;INTERVAL=1;COUNT=1096");
    assert_eq!(raw(events[0], "DTSTART"), "20270114");
}

#[test]
fn lines_end_in_crlf_and_long_ones_are_folded_at_75_octets() {
    let long_note = "Ward 3 at the cancer centre on the second floor — ask at the desk. ".repeat(6);
    let p = Plan {
        note: long_note.clone(),
        ..plan()
    };
    let file = ics(&[p]);
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    let body = file.strip_suffix("\r\n").unwrap_or(&file);
    let lines: Vec<&str> = body.split("\r\n").collect();
    for line in &lines {
        assert!(!line.contains(['\r', '\n']), "a bare line break: {line:?}");
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "the long note is folded"
    );
    let unfolded = unfold(&file);
    let calendar = parsed(&unfolded);
    let description = text(vevents(&calendar)[0], "DESCRIPTION");
    assert!(description.contains(long_note.trim()), "{description}");
}

#[test]
fn folding_never_splits_a_character() {
    let line = format!("SUMMARY:{}", "é🙂a".repeat(40));
    let folded = fold(&line);
    for physical in folded.strip_suffix("\r\n").unwrap_or(&folded).split("\r\n") {
        assert!(physical.len() <= 75);
    }
    assert_eq!(unfold(&folded).trim_end(), line);
    assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    // Exactly 75 octets stays on one line; 76 does not.
    assert!(!fold(&"a".repeat(75)).contains("\r\n "));
    assert!(fold(&"a".repeat(76)).contains("\r\n "));
}

#[test]
fn a_hostile_note_is_escaped_and_read_back_intact() {
    let note = "Ward 3, bed 7; bring C:\\scans\n<script>alert('x')</script>\r\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\u{7}";
    let p = Plan {
        note: note.into(),
        ..plan()
    };
    let file = ics(&[p]);
    assert!(
        file.contains("Ward 3\\, bed 7\\; bring C:\\\\scans\\n<script>"),
        "{file}"
    );
    assert!(!file.contains('\u{7}'), "control characters are dropped");
    let unfolded = unfold(&file);
    let calendar = parsed(&unfolded);
    let events = vevents(&calendar);
    assert_eq!(events.len(), 1 + 3 + 7, "the note made no event of its own");
    let expected = "Ward 3, bed 7; bring C:\\scans\n<script>alert('x')</script>\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil";
    for event in events {
        assert!(
            text(event, "DESCRIPTION").contains(expected),
            "{}",
            text(event, "DESCRIPTION")
        );
        assert_ne!(raw(event, "UID"), "evil");
    }
    assert_eq!(escape_text("a,b;c\\d\re"), "a\\,b\\;c\\\\d\\ne");
}

#[test]
fn uids_are_unique_and_stable_across_exports() {
    let uids = |file: &str| -> Vec<String> {
        let unfolded = unfold(file);
        let calendar = parsed(&unfolded);
        vevents(&calendar)
            .iter()
            .map(|e| raw(e, "UID").to_string())
            .collect()
    };
    let first = uids(&ics(&[plan()]));
    let start = day(START);
    let again = to_ics(
        &[plan()],
        &pack_of(vec![card()]),
        start,
        start.add_days(3 * 365),
        NOW + 86_400,
    );
    assert!(again.contains("DTSTAMP:20261203T172500Z"));
    assert_eq!(uids(&again), first, "a later export has the same UIDs");
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len());
    // Another start is another course, with other UIDs.
    let moved = Plan::from_card(&card(), start.add_days(7));
    let moved_uids = uids(&ics(&[moved]));
    assert!(moved_uids.iter().all(|u| !first.contains(u)));
}

#[test]
fn dtstamp_is_utc_date_time() {
    assert_eq!(dtstamp(0), "19700101T000000Z");
    assert_eq!(dtstamp(NOW), "20261202T172500Z");
    assert_eq!(dtstamp(NOW + 59), "20261202T172559Z");
    assert_eq!(ics_date(day("2027-03-09")), "20270309");
}

#[test]
fn plans_round_trip_through_json() {
    let p = Plan {
        end: End::Until(day("2027-06-30")),
        note: "Ward 3".into(),
        ..plan()
    };
    let json = serde_json::to_string(&p).unwrap_or_default();
    assert!(json.contains("\"until\":\"2027-06-30\""), "{json}");
    assert_eq!(serde_json::from_str::<Plan>(&json).ok(), Some(p));
    assert!(serde_json::from_str::<Plan>(r#"{"drug":"x","start":"2027-02-30"}"#).is_err());
    let bare: Plan =
        serde_json::from_str(r#"{"drug":"x","start":"2027-02-03"}"#).unwrap_or_else(|_| plan());
    assert_eq!(
        (bare.every_days, bare.end, bare.note.as_str()),
        (None, End::Open, "")
    );
}

#[cfg(feature = "compiler")]
mod real_content {
    use super::*;
    use crate::toolkit::test_pack::real_pack;

    #[test]
    fn the_real_cards_prefill_their_plans() {
        let pack = real_pack();
        let start = day(START);
        let plan_of = |id: &str| Plan::from_card(pack.drug(id).expect("a real card"), start);
        assert_eq!(plan_of("trastuzumab").end, End::Doses(18));
        assert_eq!(plan_of("trastuzumab").every_days, Some(21));
        assert_eq!(plan_of("trastuzumab-emtansine").end, End::Doses(14));
        assert_eq!(plan_of("neratinib").every_days, Some(1));
        assert_eq!(plan_of("neratinib").end, End::Doses(364));
        assert_eq!(plan_of("trastuzumab-deruxtecan").end, End::Open);
        // T-DXd: blood counts before every dose, every 3 weeks; its heart scan has no gap.
        let tdxd = pack.drug("trastuzumab-deruxtecan").expect("a real card");
        let p = plan_of("trastuzumab-deruxtecan");
        let blood: Vec<Date> = p
            .checks(tdxd, start, start.add_days(12 * 7))
            .into_iter()
            .filter(|(m, _, _)| m.test.starts_with("Blood counts"))
            .map(|(_, _, d)| d)
            .collect();
        assert_eq!(blood, [0, 3, 6, 9, 12].map(|w| start.add_days(w * 7)));
        assert!(undated(tdxd)
            .iter()
            .any(|m| m.test.starts_with("Heart scan")));
        // Every card makes a file the parser reads, whatever its numbers.
        let plans: Vec<Plan> = pack
            .drugs
            .iter()
            .map(|d| Plan::from_card(d, start))
            .collect();
        let file = to_ics(&plans, pack, start, start.add_days(2 * 365), NOW);
        let unfolded = unfold(&file);
        let calendar = parsed(&unfolded);
        assert!(vevents(&calendar).len() > pack.drugs.len());
    }
}
