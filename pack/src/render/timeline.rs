//! Layout maths for the "What happens when" picture of one drug course: doses, check-ups and a
//! week axis as plain numbers in SVG user units. The app draws it; nothing here draws.
//!
//! Only the numbers in the content are used. A drug with no course length is shown over
//! [`OPEN_WEEKS`] and marked `open_ended`; a check-up with no numbers is a text-only row.

use crate::model::{Drug, Monitoring};
use crate::words::{words, CheckTimes};

/// Width of the left column that holds the row labels.
pub const LABEL_WIDTH: f64 = 140.0;
/// Width of the "before you start" slot between the label column and week 0.
pub const BEFORE_WIDTH: f64 = 32.0;
/// Space kept clear right of the last week.
pub const RIGHT_PAD: f64 = 12.0;
/// Space above the first row.
pub const TOP_PAD: f64 = 8.0;
/// Height of one row; its `y` is the row's centre line.
pub const ROW_HEIGHT: f64 = 36.0;
/// Height of the axis band under the rows (line, ticks and their labels).
pub const AXIS_HEIGHT: f64 = 32.0;
/// Narrowest layout; a smaller width (or one that is not a finite number) is widened to this.
pub const MIN_WIDTH: f64 = 320.0;
/// Weeks shown when the drug has no set course length (the picture is then `open_ended`).
pub const OPEN_WEEKS: u32 = 24;
/// Most markers in one row; a row that would need more stops there and is flagged `clipped`.
pub const MAX_MARKERS: usize = 60;
/// Least room between two axis labels.
pub const MIN_TICK_GAP: f64 = 56.0;
/// Most axis ticks, however wide the drawing.
pub const MAX_TICKS: u64 = 12;

/// Which part of the course a marker or region belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Before the first dose (the slot left of week 0).
    Before,
    /// From the first dose to the end of the course (or of the shown window).
    During,
    /// Follow-up after the course ends.
    After,
}

/// A whole laid-out course.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Width of the drawing (the requested width, widened to at least [`MIN_WIDTH`]).
    pub width: f64,
    /// Height of the drawing: rows plus the axis band.
    pub height: f64,
    /// x of the centre of the "before you start" slot.
    pub before_x: f64,
    /// x of week 0, the first dose.
    pub start_x: f64,
    /// x of the end of the shown span (end of follow-up, if any).
    pub end_x: f64,
    /// Horizontal units per week.
    pub px_per_week: f64,
    /// Weeks of treatment shown: the course length, or [`OPEN_WEEKS`] when open-ended.
    pub treatment_weeks: u32,
    /// Weeks of follow-up shown after the course (0 when none or when open-ended).
    pub after_weeks: u32,
    /// True when the drug has no set course length: treatment continues as long as it helps.
    pub open_ended: bool,
    /// The editor's words for the course length, if any.
    pub course: Option<String>,
    /// Shaded spans: before, treatment and (if any) after treatment.
    pub regions: Vec<Region>,
    /// "Doses" first (when the drug has a dose interval), then one row per check-up.
    pub rows: Vec<Row>,
    /// The week axis under the rows.
    pub axis: Axis,
}

impl Timeline {
    /// The x of a week counted from the first dose.
    pub fn x_of_week(&self, week: f64) -> f64 {
        self.start_x + week * self.px_per_week
    }
}

/// A shaded span of the course.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Which span this is.
    pub phase: Phase,
    /// Left edge.
    pub x_start: f64,
    /// Right edge.
    pub x_end: f64,
    /// Short caption, e.g. "After treatment".
    pub label: String,
}

/// One row: doses or one kind of check-up.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Text for the label column, e.g. "Doses" or "Liver blood tests".
    pub label: String,
    /// Centre line of the row.
    pub y: f64,
    /// What the row shows, with the numbers it was laid out from.
    pub kind: RowKind,
    /// The editor's words: the schedule for doses, `when` for a check-up.
    pub when: String,
    /// Marks on the row, left to right.
    pub markers: Vec<Marker>,
    /// A continuous bar instead of ticks (daily pills, or doses too close to tell apart).
    pub bar: Option<Bar>,
    /// True when `bar` replaces the dose ticks.
    pub continuous: bool,
    /// The span of this check-up's follow-up after treatment, drawn even when it has no markers.
    pub follow_up: Option<Bar>,
    /// A check at regular times during treatment with no fixed gap: the treatment span.
    pub during: Option<Bar>,
    /// True when there is nothing to draw: show only `when`.
    pub text_only: bool,
    /// True when markers stopped at [`MAX_MARKERS`].
    pub clipped: bool,
}

/// What a row shows.
#[derive(Debug, Clone, PartialEq)]
pub enum RowKind {
    /// Doses of the drug.
    Doses {
        /// Days between doses (1 = every day).
        every_days: u32,
    },
    /// A check-up, with the numbers given in the content (zeros already dropped).
    Check {
        /// A check before the first dose.
        before_start: bool,
        /// Weeks between checks during treatment.
        every_weeks: Option<u32>,
        /// Weeks that `every_weeks` lasts; then `then_every_weeks`.
        for_weeks: Option<u32>,
        /// Weeks between checks after `for_weeks`, and during follow-up.
        then_every_weeks: Option<u32>,
        /// Weeks of follow-up after the course ends.
        after_weeks: Option<u32>,
    },
}

/// One mark on a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// Weeks from the first dose; `None` in the "before you start" slot.
    pub week: Option<f64>,
    /// Horizontal position.
    pub x: f64,
    /// The span the mark falls in.
    pub phase: Phase,
    /// Text for a tooltip or label, e.g. "Week 12" or "Dose 2: week 3".
    pub label: String,
}

/// A horizontal bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Left end.
    pub x_start: f64,
    /// Right end.
    pub x_end: f64,
}

/// The week axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// y of the axis line; labels sit below it inside [`AXIS_HEIGHT`].
    pub y: f64,
    /// Weeks between ticks.
    pub step_weeks: u32,
    /// Ticks left to right, starting at week 0.
    pub ticks: Vec<Tick>,
}

/// A labelled tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Weeks from the first dose.
    pub week: u32,
    /// Horizontal position.
    pub x: f64,
    /// "Start", "Week 12", "Month 6", "Year 1"…
    pub label: String,
}

/// Lays out one drug's course in `width` units; `None` when there is nothing to show (no dose
/// interval and no check-ups).
pub fn course_timeline(drug: &Drug, width: f64) -> Option<Timeline> {
    let every_days = drug.every_days.filter(|&d| d > 0);
    if every_days.is_none() && drug.monitoring.is_empty() {
        return None;
    }
    let width = if width.is_finite() {
        width.max(MIN_WIDTH)
    } else {
        MIN_WIDTH
    };
    let course_weeks = drug.course_weeks.filter(|&w| w > 0);
    let open_ended = course_weeks.is_none();
    let treatment_weeks = course_weeks.unwrap_or(OPEN_WEEKS);
    let after_weeks = if open_ended {
        0
    } else {
        drug.monitoring
            .iter()
            .filter_map(|m| m.after_weeks)
            .max()
            .unwrap_or(0)
    };
    let treat = u64::from(treatment_weeks);
    let total = treat + u64::from(after_weeks);
    let start_x = LABEL_WIDTH + BEFORE_WIDTH;
    let end_x = width - RIGHT_PAD;
    let px_per_week = (end_x - start_x) / total as f64;
    let at = |week: f64| start_x + week * px_per_week;
    let treat_end_x = at(treat as f64);

    let w = words();
    let mut regions = vec![
        Region {
            phase: Phase::Before,
            x_start: LABEL_WIDTH,
            x_end: start_x,
            label: w.tl_before_you_start.into(),
        },
        Region {
            phase: Phase::During,
            x_start: start_x,
            x_end: treat_end_x,
            label: if open_ended {
                w.tl_treatment_open.into()
            } else {
                w.tl_treatment.into()
            },
        },
    ];
    if after_weeks > 0 {
        regions.push(Region {
            phase: Phase::After,
            x_start: treat_end_x,
            x_end: end_x,
            label: w.tl_after_treatment.into(),
        });
    }

    let mut rows = Vec::new();
    if let Some(d) = every_days {
        rows.push(dose_row(drug, d, treat, &at));
    }
    for m in &drug.monitoring {
        rows.push(check_row(m, treat, !open_ended, &at));
    }
    for (i, row) in rows.iter_mut().enumerate() {
        row.y = TOP_PAD + (i as f64 + 0.5) * ROW_HEIGHT;
    }

    let axis_y = TOP_PAD + rows.len() as f64 * ROW_HEIGHT;
    let step = tick_step(total, end_x - start_x);
    let ticks = (0..=total / step)
        .map(|k| {
            let week = k * step;
            Tick {
                week: u32::try_from(week).unwrap_or(u32::MAX),
                x: at(week as f64),
                label: tick_label(week, step),
            }
        })
        .collect();

    Some(Timeline {
        width,
        height: axis_y + AXIS_HEIGHT,
        before_x: LABEL_WIDTH + BEFORE_WIDTH / 2.0,
        start_x,
        end_x,
        px_per_week,
        treatment_weeks,
        after_weeks,
        open_ended,
        course: drug.course.clone(),
        regions,
        rows,
        axis: Axis {
            y: axis_y,
            step_weeks: u32::try_from(step).unwrap_or(u32::MAX),
            ticks,
        },
    })
}

fn empty_row(label: &str, kind: RowKind, when: &str) -> Row {
    Row {
        label: label.to_string(),
        y: 0.0,
        kind,
        when: when.to_string(),
        markers: Vec::new(),
        bar: None,
        continuous: false,
        follow_up: None,
        during: None,
        text_only: false,
        clipped: false,
    }
}

fn dose_row(drug: &Drug, every_days: u32, treat: u64, at: &dyn Fn(f64) -> f64) -> Row {
    let w = words();
    let mut row = empty_row(
        w.tl_doses,
        RowKind::Doses { every_days },
        drug.schedule.as_str(),
    );
    let step = u64::from(every_days);
    let count = dose_count(treat, every_days);
    if every_days == 1 || count > MAX_MARKERS as u64 {
        row.continuous = true;
        row.bar = Some(Bar {
            x_start: at(0.0),
            x_end: at(treat as f64),
        });
        return row;
    }
    row.markers = (0..count)
        .map(|k| {
            let day = k * step;
            let week = day as f64 / 7.0;
            Marker {
                week: Some(week),
                x: at(week),
                phase: Phase::During,
                label: (w.tl_dose)(k + 1, day),
            }
        })
        .collect();
    row
}

/// Doses in a course of `weeks` weeks with one every `every_days` days, the first on day 0 (the
/// card's count; the reader's calendar pre-fills its plan with it too).
pub fn dose_count(weeks: u64, every_days: u32) -> u64 {
    (weeks * 7).div_ceil(u64::from(every_days.max(1)))
}

/// Adds `start + step`, `start + 2 step`, … up to and including `end`; false if it stopped at
/// `limit` entries.
fn repeat(
    out: &mut Vec<(Phase, u64)>,
    limit: usize,
    (phase, start, step, end): (Phase, u64, u64, u64),
) -> bool {
    let mut week = start + step;
    while week <= end {
        if out.len() >= limit {
            return false;
        }
        out.push((phase, week));
        week += step;
    }
    true
}

/// The numbers of a check-up with zeros dropped: every, for, then, after (weeks).
fn check_numbers(m: &Monitoring) -> [Option<u32>; 4] {
    [
        m.every_weeks,
        m.for_weeks,
        m.then_every_weeks,
        m.after_weeks,
    ]
    .map(|n| n.filter(|&n| n > 0))
}

/// When one check-up is done, in weeks from the first dose, for a course of `treat` weeks (with
/// its follow-up when `show_after`): `(Phase::Before, 0)` for the check before the first dose,
/// then every dated check in order. Only the numbers in the content are used; a check with no
/// gap has no dated checks during treatment. The bool is false when the list stopped at `limit`.
/// The card's timeline and the reader's calendar both place checks with it.
pub fn check_weeks(
    m: &Monitoring,
    treat: u64,
    show_after: bool,
    limit: usize,
) -> (Vec<(Phase, u64)>, bool) {
    let [every, for_weeks, then, after] = check_numbers(m);
    let mut weeks: Vec<(Phase, u64)> = Vec::new();
    let mut complete = true;
    if m.before_start {
        weeks.push((Phase::Before, 0));
    }
    if let Some(e) = every.map(u64::from) {
        match for_weeks.map(u64::from) {
            Some(f) => {
                complete &= repeat(&mut weeks, limit, (Phase::During, 0, e, f.min(treat)));
                if let Some(t) = then.filter(|_| f < treat) {
                    complete &= repeat(&mut weeks, limit, (Phase::During, f, u64::from(t), treat));
                }
            }
            None => complete &= repeat(&mut weeks, limit, (Phase::During, 0, e, treat)),
        }
    }
    if let Some(a) = after.map(u64::from).filter(|_| show_after) {
        if let Some(iv) = then.or(every) {
            let span = (Phase::After, treat, u64::from(iv), treat + a);
            complete &= repeat(&mut weeks, limit, span);
        }
    }
    (weeks, complete)
}

fn check_row(m: &Monitoring, treat: u64, show_after: bool, at: &dyn Fn(f64) -> f64) -> Row {
    let [every, for_weeks, then, after] = check_numbers(m);
    let kind = RowKind::Check {
        before_start: m.before_start,
        every_weeks: every,
        for_weeks,
        then_every_weeks: then,
        after_weeks: after,
    };
    let mut row = empty_row(&m.test, kind, &m.when);

    let (weeks, complete) = check_weeks(m, treat, show_after, MAX_MARKERS);
    if m.during && every.is_none() {
        row.during = Some(Bar {
            x_start: at(0.0),
            x_end: at(treat as f64),
        });
    }
    if let Some(a) = after.map(u64::from).filter(|_| show_after) {
        row.follow_up = Some(Bar {
            x_start: at(treat as f64),
            x_end: at((treat + a) as f64),
        });
    }

    let w = words();
    row.markers = weeks
        .into_iter()
        .map(|(phase, week)| {
            let (at_week, label) = match phase {
                Phase::Before => (None, w.tl_before_you_start.to_string()),
                Phase::During => (Some(week as f64), (w.tl_week)(week)),
                Phase::After => (Some(week as f64), (w.tl_after)(week - treat)),
            };
            Marker {
                week: at_week,
                x: at_week.map_or(LABEL_WIDTH + BEFORE_WIDTH / 2.0, at),
                phase,
                label,
            }
        })
        .collect();
    row.clipped = !complete;
    row.text_only = row.markers.is_empty() && row.follow_up.is_none() && row.during.is_none();
    row
}

/// The smallest of 1, 2, 4, 12 or 26 weeks, or a whole number of years, that keeps labels
/// [`MIN_TICK_GAP`] apart and makes no more than [`MAX_TICKS`] ticks.
fn tick_step(total: u64, plot_width: f64) -> u64 {
    let max_ticks = ((plot_width / MIN_TICK_GAP).floor().max(1.0) as u64 + 1).min(MAX_TICKS);
    for step in [1, 2, 4, 12, 26, 52] {
        if total / step < max_ticks {
            return step;
        }
    }
    (total / 52).div_ceil(max_ticks - 1).max(1) * 52
}

fn tick_label(week: u64, step: u64) -> String {
    let w = words();
    match (week, step) {
        (0, _) => w.tl_start.into(),
        (week, s) if s < 26 => (w.tl_week)(week),
        (week, _) if week % 52 == 0 => (w.tl_year)(week / 52),
        (week, _) => (w.tl_month)(week / 26 * 6),
    }
}

/// The editor's words as the end of a sentence: first letter lowered ("Before…" → "before…",
/// but "CT…" stays), ending in a full stop.
fn as_clause(text: &str) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    let mut out = match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            a.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// The text alternative: one plain sentence per row, in row order.
pub fn describe(timeline: &Timeline) -> Vec<String> {
    let w = words();
    timeline
        .rows
        .iter()
        .map(|row| match &row.kind {
            RowKind::Doses { every_days } => {
                let weeks = u64::from(timeline.treatment_weeks);
                if timeline.open_ended {
                    (w.tl_doses_open)(&row.label, *every_days, weeks)
                } else {
                    let count = dose_count(weeks, *every_days);
                    (w.tl_doses_course)(&row.label, *every_days, weeks, count)
                }
            }
            RowKind::Check {
                before_start,
                every_weeks: Some(every),
                for_weeks,
                then_every_weeks,
                after_weeks,
            } => (w.tl_check)(
                &row.label,
                &CheckTimes {
                    before_start: *before_start,
                    every: *every,
                    for_weeks: *for_weeks,
                    then: *then_every_weeks,
                    after: *after_weeks,
                },
            ),
            RowKind::Check { .. } => (w.tl_check_text)(&row.label, &as_clause(&row.when)),
        })
        .collect()
}
