//! Layout maths of the two pictures: the course timeline and the approvals chart, from known
//! inputs to known positions, and over the real content without panicking.

mod common;

use her2_pack::model::date::Date;
use her2_pack::render::approvals::{self, approvals_chart};
use her2_pack::render::timeline::{self, course_timeline, Phase, RowKind, Timeline, MAX_MARKERS};
use her2_pack::{Approval, Drug, Monitoring, Pack};
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(common::real_pack)
}

/// A real drug with its schedule numbers and check-ups cleared, ready to be filled in.
fn blank_drug() -> Drug {
    let mut drug = pack().drug("trastuzumab").expect("trastuzumab").clone();
    drug.every_days = None;
    drug.course = None;
    drug.course_weeks = None;
    drug.monitoring.clear();
    drug
}

fn check(test: &str, when: &str) -> Monitoring {
    Monitoring {
        test: test.into(),
        when: when.into(),
        before_start: false,
        during: false,
        every_weeks: None,
        for_weeks: None,
        then_every_weeks: None,
        after_weeks: None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn assert_xs(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len(), "{actual:?} vs {expected:?}");
    for (a, e) in actual.iter().zip(expected) {
        assert!(close(*a, *e), "{actual:?} vs {expected:?}");
    }
}

fn layout(drug: &Drug, width: f64) -> Timeline {
    course_timeline(drug, width).expect("a timeline")
}

fn xs(timeline: &Timeline, row: usize) -> Vec<f64> {
    timeline.rows[row].markers.iter().map(|m| m.x).collect()
}

fn weeks(timeline: &Timeline, row: usize) -> Vec<Option<f64>> {
    timeline.rows[row].markers.iter().map(|m| m.week).collect()
}

fn tick_labels(timeline: &Timeline) -> Vec<&str> {
    timeline
        .axis
        .ticks
        .iter()
        .map(|t| t.label.as_str())
        .collect()
}

// Width 600: labels 140 + before slot 32 put week 0 at x 172; the span ends at 600 - 12 = 588.

#[test]
fn every_three_weeks_for_a_year_gives_18_dose_ticks() {
    let mut drug = blank_drug();
    drug.every_days = Some(21);
    drug.course_weeks = Some(52);
    let t = layout(&drug, 600.0);
    assert_eq!(t.start_x, 172.0);
    assert_eq!(t.end_x, 588.0);
    assert!(close(t.px_per_week, 8.0));
    assert!(!t.open_ended);
    assert_eq!(t.rows.len(), 1);
    let doses = &t.rows[0];
    assert_eq!(doses.label, "Doses");
    assert!(!doses.continuous && doses.bar.is_none());
    let expected_weeks: Vec<Option<f64>> = (0..18).map(|k| Some(f64::from(k * 3))).collect();
    assert_eq!(weeks(&t, 0), expected_weeks);
    let expected_x: Vec<f64> = (0..18).map(|k| 172.0 + 24.0 * f64::from(k)).collect();
    assert_xs(&xs(&t, 0), &expected_x);
    assert_eq!(doses.markers[0].label, "Dose 1: start");
    assert_eq!(doses.markers[17].label, "Dose 18: week 51");
    assert!(doses.markers.iter().all(|m| m.phase == Phase::During));
    assert_eq!(doses.y, timeline::TOP_PAD + timeline::ROW_HEIGHT / 2.0);
    assert_eq!(t.axis.y, timeline::TOP_PAD + timeline::ROW_HEIGHT);
    assert_eq!(t.height, t.axis.y + timeline::AXIS_HEIGHT);
    assert_eq!(
        tick_labels(&t),
        ["Start", "Week 12", "Week 24", "Week 36", "Week 48"]
    );
    assert_xs(
        &t.axis.ticks.iter().map(|k| k.x).collect::<Vec<_>>(),
        &[172.0, 268.0, 364.0, 460.0, 556.0],
    );
    assert_eq!(t.regions.len(), 2, "no follow-up, no after region");
    assert_eq!(
        timeline::describe(&t),
        ["Doses: every 3 weeks for 52 weeks, 18 doses in all."]
    );
}

#[test]
fn a_daily_pill_is_a_continuous_bar() {
    let mut drug = blank_drug();
    drug.every_days = Some(1);
    drug.course_weeks = Some(52);
    let t = layout(&drug, 600.0);
    let doses = &t.rows[0];
    assert!(doses.continuous);
    assert!(doses.markers.is_empty());
    let bar = doses.bar.as_ref().unwrap();
    assert_eq!((bar.x_start, bar.x_end), (172.0, 588.0));
    assert_eq!(timeline::describe(&t), ["Doses: every day for 52 weeks."]);
}

#[test]
fn heart_scans_during_and_after_treatment() {
    let mut drug = blank_drug();
    drug.every_days = Some(21);
    drug.course_weeks = Some(52);
    drug.monitoring.push(Monitoring {
        before_start: true,
        every_weeks: Some(12),
        then_every_weeks: Some(26),
        after_weeks: Some(104),
        ..check("Heart scan (echocardiogram or MUGA)", "Every 3 months")
    });
    let t = layout(&drug, 600.0);
    assert_eq!((t.treatment_weeks, t.after_weeks), (52, 104));
    // 156 weeks over 416 units.
    assert!(close(t.px_per_week, 416.0 / 156.0));
    let scans = &t.rows[1];
    let phases: Vec<Phase> = scans.markers.iter().map(|m| m.phase).collect();
    assert_eq!(
        phases,
        [
            [Phase::Before].as_slice(),
            &[Phase::During; 4],
            &[Phase::After; 4]
        ]
        .concat()
    );
    assert_eq!(
        weeks(&t, 1),
        [None, Some(12.0), Some(24.0), Some(36.0), Some(48.0)]
            .into_iter()
            .chain([78.0, 104.0, 130.0, 156.0].map(Some))
            .collect::<Vec<_>>()
    );
    let unit = 416.0 / 156.0;
    assert_xs(
        &xs(&t, 1),
        &[
            156.0,
            172.0 + 12.0 * unit,
            172.0 + 24.0 * unit,
            172.0 + 36.0 * unit,
            172.0 + 48.0 * unit,
            172.0 + 78.0 * unit,
            172.0 + 104.0 * unit,
            172.0 + 130.0 * unit,
            588.0,
        ],
    );
    assert_eq!(scans.markers[0].label, "Before you start");
    assert_eq!(scans.markers[1].label, "Week 12");
    assert_eq!(scans.markers[5].label, "26 weeks after treatment");
    let follow = scans.follow_up.as_ref().unwrap();
    assert!(close(follow.x_start, 172.0 + 52.0 * unit) && close(follow.x_end, 588.0));
    let after = t.regions.iter().find(|r| r.phase == Phase::After).unwrap();
    assert!(close(after.x_start, follow.x_start) && after.x_end == 588.0);
    assert_eq!(after.label, "After treatment");
    // Doses stay inside the treatment span.
    assert_eq!(t.rows[0].markers.len(), 18);
    assert!(t.rows[0].markers.iter().all(|m| m.x < after.x_start));
    assert_eq!(
        tick_labels(&t),
        ["Start", "Month 6", "Year 1", "Month 18", "Year 2", "Month 30", "Year 3"]
    );
    assert_eq!(
        timeline::describe(&t)[1],
        "Heart scan (echocardiogram or MUGA): before you start, then every 12 weeks during \
         treatment, then every 26 weeks for 104 weeks after."
    );
}

#[test]
fn a_changing_interval_switches_after_for_weeks() {
    let mut drug = blank_drug();
    drug.every_days = Some(1);
    drug.course_weeks = Some(52);
    drug.monitoring.push(Monitoring {
        every_weeks: Some(4),
        for_weeks: Some(12),
        then_every_weeks: Some(12),
        ..check(
            "Liver blood tests",
            "Every month for 3 months, then every 3 months",
        )
    });
    let t = layout(&drug, 600.0);
    let expected: Vec<Option<f64>> = [4.0, 8.0, 12.0, 24.0, 36.0, 48.0].map(Some).to_vec();
    assert_eq!(weeks(&t, 1), expected);
    assert_eq!(
        timeline::describe(&t)[1],
        "Liver blood tests: every 4 weeks for the first 12 weeks, then every 12 weeks during \
         treatment."
    );
}

#[test]
fn no_course_length_is_open_ended_and_nothing_is_invented() {
    let mut drug = blank_drug();
    drug.every_days = Some(21);
    drug.monitoring.push(Monitoring {
        before_start: true,
        every_weeks: Some(12),
        after_weeks: Some(104),
        ..check("Heart scan", "Every 3 months, and for 2 years after")
    });
    drug.monitoring.push(check(
        "Liver blood tests",
        "During treatment. Ask how often.",
    ));
    let t = layout(&drug, 600.0);
    assert!(t.open_ended);
    assert_eq!(t.treatment_weeks, timeline::OPEN_WEEKS);
    assert_eq!(t.after_weeks, 0, "no course end, so no follow-up span");
    assert!(t.regions.iter().all(|r| r.phase != Phase::After));
    assert!(close(t.px_per_week, 416.0 / 24.0));
    // Every 21 days inside 24 weeks: days 0, 21, … 147.
    assert_eq!(t.rows[0].markers.len(), 8);
    assert_eq!(
        weeks(&t, 1),
        [None, Some(12.0), Some(24.0)],
        "no follow-up markers without a course end"
    );
    assert!(t.rows[1].follow_up.is_none());
    let text = &t.rows[2];
    assert!(text.text_only);
    assert_eq!(text.markers, vec![]);
    assert!(text.bar.is_none() && text.follow_up.is_none());
    assert_eq!(text.when, "During treatment. Ask how often.");
    assert_eq!(
        tick_labels(&t),
        ["Start", "Week 4", "Week 8", "Week 12", "Week 16", "Week 20", "Week 24"]
    );
    assert_eq!(
        timeline::describe(&t),
        [
            "Doses: every 3 weeks, for as long as the treatment helps (the first 24 weeks are \
             shown).",
            "Heart scan: before you start, then every 12 weeks during treatment, then every 12 \
             weeks for 104 weeks after.",
            "Liver blood tests: during treatment. Ask how often.",
        ]
    );
}

#[test]
fn follow_up_without_an_interval_shows_the_span_without_markers() {
    let mut drug = blank_drug();
    drug.course_weeks = Some(52);
    drug.monitoring.push(Monitoring {
        before_start: true,
        after_weeks: Some(26),
        ..check("Heart scan", "Before you start, and for 6 months after")
    });
    let t = layout(&drug, 600.0);
    assert_eq!(t.rows.len(), 1, "no dose interval, no doses row");
    let row = &t.rows[0];
    assert_eq!(weeks(&t, 0), [None]);
    assert!(!row.text_only);
    let span = row.follow_up.as_ref().unwrap();
    assert!(close(span.x_start, 172.0 + 52.0 * 416.0 / 78.0) && close(span.x_end, 588.0));
    assert_eq!(
        timeline::describe(&t),
        ["Heart scan: before you start, and for 6 months after."]
    );
}

#[test]
fn nothing_usable_gives_no_timeline() {
    let mut drug = blank_drug();
    assert_eq!(course_timeline(&drug, 600.0), None);
    drug.every_days = Some(0);
    drug.course_weeks = Some(52);
    assert_eq!(
        course_timeline(&drug, 600.0),
        None,
        "0 days is not a schedule"
    );
    drug.monitoring
        .push(check("Chest CT scan", "If a lung problem is suspected"));
    let t = layout(&drug, 600.0);
    assert_eq!(t.rows.len(), 1);
    assert!(t.rows[0].text_only);
    assert_eq!(
        timeline::describe(&t),
        ["Chest CT scan: if a lung problem is suspected."]
    );
}

#[test]
fn weird_numbers_stay_small() {
    let mut drug = blank_drug();
    drug.every_days = Some(2);
    drug.course_weeks = Some(u32::MAX);
    drug.monitoring.push(Monitoring {
        before_start: true,
        every_weeks: Some(1),
        then_every_weeks: Some(1),
        after_weeks: Some(u32::MAX),
        ..check("Blood test", "Every week")
    });
    drug.monitoring.push(Monitoring {
        every_weeks: Some(0),
        for_weeks: Some(0),
        then_every_weeks: Some(0),
        ..check("Zeros", "Sometimes")
    });
    for width in [f64::NAN, -5.0, 0.0, f64::INFINITY, 10_000.0] {
        let t = layout(&drug, width);
        assert!(t.width >= timeline::MIN_WIDTH && t.width.is_finite());
        assert!(t.rows[0].continuous, "too many doses to tick: a bar");
        assert_eq!(t.rows[1].markers.len(), MAX_MARKERS);
        assert!(t.rows[1].clipped);
        assert!(t.rows[2].text_only && !t.rows[2].clipped);
        assert!(t.axis.ticks.len() as u64 <= timeline::MAX_TICKS);
        for row in &t.rows {
            assert!(row.markers.iter().all(|m| m.x.is_finite()));
        }
    }
}

#[test]
fn narrow_timelines_get_fewer_ticks() {
    let mut drug = blank_drug();
    drug.every_days = Some(21);
    drug.course_weeks = Some(52);
    let narrow = layout(&drug, 200.0);
    assert_eq!(narrow.width, timeline::MIN_WIDTH);
    assert_eq!(tick_labels(&narrow), ["Start", "Month 6", "Year 1"]);
    assert!(narrow.axis.ticks.len() < layout(&drug, 600.0).axis.ticks.len());
}

#[test]
fn every_real_drug_lays_out_or_is_skipped() {
    for drug in &pack().drugs {
        for width in [320.0, 600.0, 960.0] {
            let Some(t) = course_timeline(drug, width) else {
                assert!(drug.every_days.is_none() && drug.monitoring.is_empty());
                continue;
            };
            assert_eq!(t.open_ended, drug.course_weeks.is_none(), "{}", drug.id);
            let sentences = timeline::describe(&t);
            assert_eq!(sentences.len(), t.rows.len(), "{}", drug.id);
            assert!(sentences.iter().all(|s| s.ends_with('.')), "{sentences:?}");
            for row in &t.rows {
                assert!(row.markers.len() <= MAX_MARKERS);
                for m in &row.markers {
                    assert!(
                        m.x >= timeline::LABEL_WIDTH && m.x <= t.end_x,
                        "{}",
                        drug.id
                    );
                }
                assert!(row.y > 0.0 && row.y < t.axis.y);
            }
        }
    }
    // A heart scan "at regular times" with no gap on the label: a band over the treatment,
    // never invented dates.
    let enhertu = course_timeline(pack().drug("trastuzumab-deruxtecan").unwrap(), 600.0).unwrap();
    let regular = enhertu
        .rows
        .iter()
        .find(|r| r.label.contains("Heart scan"))
        .unwrap();
    let band = regular.during.as_ref().unwrap();
    assert!(band.x_end > band.x_start);
    assert!(regular.markers.iter().all(|m| m.phase == Phase::Before));
    assert!(!regular.text_only);
    let herceptin = course_timeline(pack().drug("trastuzumab").unwrap(), 600.0).unwrap();
    let scans = herceptin
        .rows
        .iter()
        .find(|r| matches!(r.kind, RowKind::Check { .. }) && r.label.contains("Heart scan"))
        .unwrap();
    assert_eq!(scans.markers[0].phase, Phase::Before);
    assert_eq!(
        scans
            .markers
            .iter()
            .filter(|m| m.phase == Phase::During)
            .count(),
        4
    );
    assert!(scans.follow_up.is_some());
}

// Approvals chart. Width 800: labels take 120, the axis ends at 800 - 16 = 784; the real pack
// starts in 1998 and `until` 2026-11-27 sits at 2026 + 10/12.

fn until() -> Date {
    Date::parse("2026-11-27").expect("a date")
}

fn point_x(chart: &approvals::ApprovalsChart, drug: &str, date: &str) -> f64 {
    chart
        .rows
        .iter()
        .find(|r| r.drug_id == drug)
        .and_then(|r| {
            r.points
                .iter()
                .find(|p| p.date == Date::parse_partial(date).expect("a date"))
        })
        .map(|p| p.x)
        .expect("the point")
}

#[test]
fn approvals_sit_on_the_year_axis() {
    let chart = approvals_chart(pack(), 800.0, until());
    assert_eq!((chart.plot_left, chart.plot_right), (120.0, 784.0));
    assert_eq!(chart.start_year, 1998.0);
    assert!(close(chart.end_year, 2026.0 + 10.0 / 12.0));
    assert!(close(
        point_x(&chart, "trastuzumab", "1998-09-25"),
        135.352_601_156_071
    ));
    assert!(close(chart.x_of(until().as_year_fraction()), 784.0));
    // Whole years every 2 years at this width.
    assert_eq!(chart.axis.step_years, 2);
    let years: Vec<u16> = chart.axis.ticks.iter().map(|t| t.year).collect();
    assert_eq!(years, (1998..=2026).step_by(2).collect::<Vec<u16>>());
    assert!(close(chart.axis.ticks[1].x, 166.057_803_468_208));
    assert_eq!(chart.axis.ticks[0].label, "1998");
    assert_eq!(chart.skipped, 0);
}

#[test]
fn an_approval_on_the_review_date_is_at_the_right_edge() {
    let mut pack = pack().clone();
    pack.drugs.retain(|d| d.id == "trastuzumab");
    pack.drugs[0].approvals.push(Approval {
        date: "2026-11-27".into(),
        use_: "Something new".into(),
        accelerated: true,
    });
    let chart = approvals_chart(&pack, 800.0, until());
    assert!(close(
        point_x(&chart, "trastuzumab", "1998-09-25"),
        135.352_601_156_071
    ));
    let last = chart.rows[0].points.last().unwrap();
    assert!(close(last.x, 784.0));
    assert!(last.accelerated && !last.approximate);
}

#[test]
fn approvals_carry_flags_and_partial_dates() {
    let chart = approvals_chart(pack(), 800.0, until());
    let enhertu = chart
        .rows
        .iter()
        .find(|r| r.drug_id == "trastuzumab-deruxtecan")
        .unwrap();
    let first = &enhertu.points[0];
    assert_eq!(first.date_text, "Dec 2019");
    assert!(first.accelerated && first.approximate);
    assert!(close(first.x, 624.716_763_005_783));
    let stomach = &enhertu.points[1];
    assert!(!stomach.accelerated && !stomach.approximate);
    assert!(enhertu.points.windows(2).all(|w| w[0].date <= w[1].date));

    let perjeta = chart
        .rows
        .iter()
        .find(|r| r.drug_id == "pertuzumab")
        .unwrap();
    assert_eq!(perjeta.points[0].date_text, "2012");
    assert!(perjeta.points[0].approximate);
    assert!(close(perjeta.points[0].x, 442.404_624_277_457));
    assert!(perjeta.points[1].accelerated);
}

#[test]
fn unparseable_approval_dates_are_skipped() {
    let mut pack = pack().clone();
    let drug = pack
        .drugs
        .iter_mut()
        .find(|d| d.id == "trastuzumab")
        .unwrap();
    for date in ["sometime in 2015", "2015-13", "2015-02-30", ""] {
        drug.approvals.push(Approval {
            date: date.into(),
            use_: "Unknown".into(),
            accelerated: false,
        });
    }
    let chart = approvals_chart(&pack, 800.0, until());
    assert_eq!(chart.skipped, 4);
    let row = chart
        .rows
        .iter()
        .find(|r| r.drug_id == "trastuzumab")
        .unwrap();
    assert_eq!(row.points.len(), 2);
    assert!(row.points.iter().all(|p| p.use_ != "Unknown"));
}

#[test]
fn narrow_approvals_chart_has_fewer_ticks() {
    let wide = approvals_chart(pack(), 800.0, until());
    let narrow = approvals_chart(pack(), 400.0, until());
    assert_eq!(narrow.axis.step_years, 5);
    let years: Vec<u16> = narrow.axis.ticks.iter().map(|t| t.year).collect();
    assert_eq!(years, [2000, 2005, 2010, 2015, 2020, 2025]);
    assert!(narrow.axis.ticks.len() < wide.axis.ticks.len());
    let huge = approvals_chart(
        pack(),
        1e12,
        Date {
            year: 9999,
            month: 1,
            day: 1,
        },
    );
    assert!(huge.axis.ticks.len() <= 21, "{}", huge.axis.ticks.len());
    let tiny = approvals_chart(pack(), f64::NAN, until());
    assert_eq!(tiny.width, approvals::MIN_WIDTH);
    assert!(tiny
        .rows
        .iter()
        .flat_map(|r| &r.points)
        .all(|p| p.x.is_finite()));
}

#[test]
fn real_approvals_chart_rows_and_text() {
    let until = Date::parse(&pack().reviewed).unwrap();
    let chart = approvals_chart(pack(), 720.0, until);
    assert!(chart.rows.len() >= 13, "{}", chart.rows.len());
    assert_eq!(chart.rows[0].drug_id, "trastuzumab");
    assert_eq!(chart.rows[0].label, "Herceptin");
    let firsts: Vec<Date> = chart.rows.iter().map(|r| r.points[0].date).collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    for (i, row) in chart.rows.iter().enumerate() {
        assert_eq!(
            row.y,
            approvals::TOP_PAD + (i as f64 + 0.5) * approvals::ROW_HEIGHT
        );
        for p in &row.points {
            assert!(
                p.x >= chart.plot_left && p.x <= chart.plot_right,
                "{}",
                p.label
            );
        }
    }
    assert_eq!(
        chart.axis.y,
        approvals::TOP_PAD + chart.rows.len() as f64 * approvals::ROW_HEIGHT
    );

    let text = approvals::describe(&chart);
    assert_eq!(text.len(), chart.rows.len());
    assert_eq!(text[0].0, "trastuzumab (Herceptin)");
    assert_eq!(
        text[0].1[0],
        "Sep 1998: HER2-positive breast cancer that has spread"
    );
    let enhertu = text
        .iter()
        .find(|(name, _)| name.contains("Enhertu"))
        .unwrap();
    assert_eq!(
        enhertu.1[0],
        "Dec 2019: HER2-positive breast cancer that has spread, after 2 or more HER2 \
         treatments (accelerated approval)"
    );
    assert!(!enhertu.1[1].contains("accelerated"));
}
