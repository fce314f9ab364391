//! Layout maths for the approvals chart: every drug's US approvals on one year axis, one row per
//! drug, as plain numbers in SVG user units. The app draws it; nothing here draws.
//!
//! Dates given only as a year or a month sit at the start of that year or month and are flagged
//! `approximate`; dates that do not parse are left out and counted, never guessed.

use crate::model::date::Date;
use crate::model::{Drug, Pack};
use crate::words::words;

/// Width of the left column that holds the drug names.
pub const LABEL_WIDTH: f64 = 120.0;
/// Space kept clear right of the axis end.
pub const RIGHT_PAD: f64 = 16.0;
/// Space above the first row.
pub const TOP_PAD: f64 = 8.0;
/// Height of one row; its `y` is the row's centre line.
pub const ROW_HEIGHT: f64 = 28.0;
/// Height of the axis band under the rows (line, ticks and year labels).
pub const AXIS_HEIGHT: f64 = 24.0;
/// Narrowest layout; a smaller width (or one that is not a finite number) is widened to this.
pub const MIN_WIDTH: f64 = 280.0;
/// Below this width, year ticks are at least 5 years apart.
pub const NARROW_WIDTH: f64 = 500.0;
/// Least room between two year labels.
pub const MIN_TICK_GAP: f64 = 32.0;
/// Most year ticks, however wide the drawing.
pub const MAX_TICKS: u16 = 20;

/// The laid-out chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalsChart {
    /// Width of the drawing (the requested width, widened to at least [`MIN_WIDTH`]).
    pub width: f64,
    /// Height of the drawing: rows plus the axis band.
    pub height: f64,
    /// x where the plot starts (the earliest year).
    pub plot_left: f64,
    /// x where the plot ends (the `until` date).
    pub plot_right: f64,
    /// Year fraction at `plot_left`: the start of the earliest approval's year.
    pub start_year: f64,
    /// Year fraction at `plot_right`: `until`, or the latest approval if that is later.
    pub end_year: f64,
    /// One row per drug, ordered by first approval, then name.
    pub rows: Vec<ApprovalRow>,
    /// The year axis under the rows.
    pub axis: YearAxis,
    /// How many approvals were left out because their date did not parse.
    pub skipped: usize,
}

impl ApprovalsChart {
    /// The x of a year fraction (see [`Date::as_year_fraction`]).
    pub fn x_of(&self, year_fraction: f64) -> f64 {
        x_of(
            year_fraction,
            self.start_year,
            self.end_year,
            self.plot_left,
            self.plot_right,
        )
    }
}

/// One drug's row.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalRow {
    /// The drug's id, for a link to its card.
    pub drug_id: String,
    /// Short text for the label column: the first brand, or the generic name.
    pub label: String,
    /// The full name, e.g. "trastuzumab (Herceptin)".
    pub name: String,
    /// Centre line of the row.
    pub y: f64,
    /// Approvals left to right.
    pub points: Vec<ApprovalPoint>,
}

/// One approval on a row.
#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalPoint {
    /// The date as parsed (`month`/`day` are 0 when not given).
    pub date: Date,
    /// Horizontal position.
    pub x: f64,
    /// The date as people read it: "Sep 1998", "Dec 2019", "2012".
    pub date_text: String,
    /// What the approval was for.
    pub use_: String,
    /// An accelerated approval.
    pub accelerated: bool,
    /// The content gives only a year or a month: the point sits at its start.
    pub approximate: bool,
    /// "Sep 1998: HER2-positive breast cancer that has spread".
    pub label: String,
}

/// The year axis.
#[derive(Debug, Clone, PartialEq)]
pub struct YearAxis {
    /// y of the axis line; labels sit below it inside [`AXIS_HEIGHT`].
    pub y: f64,
    /// Years between ticks.
    pub step_years: u16,
    /// Ticks left to right, on whole multiples of `step_years`.
    pub ticks: Vec<YearTick>,
}

/// A labelled tick at the start of a year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearTick {
    /// The year.
    pub year: u16,
    /// Horizontal position.
    pub x: f64,
    /// "2010".
    pub label: String,
}

fn x_of(fraction: f64, start: f64, end: f64, left: f64, right: f64) -> f64 {
    left + (fraction - start) / (end - start) * (right - left)
}

fn parsed(drug: &Drug) -> (Vec<(Date, &crate::model::Approval)>, usize) {
    let mut ok: Vec<_> = drug
        .approvals
        .iter()
        .filter_map(|a| Date::parse_partial(a.date.trim()).ok().map(|d| (d, a)))
        .collect();
    let skipped = drug.approvals.len() - ok.len();
    crate::model::order::sort_by(&mut ok, |a, b| a.0.cmp(&b.0));
    (ok, skipped)
}

/// Lays out every drug's approvals in `width` units, on a year axis that ends at `until`
/// (the pack's review date).
pub fn approvals_chart(pack: &Pack, width: f64, until: Date) -> ApprovalsChart {
    let width = if width.is_finite() {
        width.max(MIN_WIDTH)
    } else {
        MIN_WIDTH
    };
    let mut skipped = 0;
    let mut drugs: Vec<_> = pack
        .drugs
        .iter()
        .map(|drug| {
            let (dates, lost) = parsed(drug);
            skipped += lost;
            let first = dates.first().map_or(
                Date {
                    year: drug.first_us_approval,
                    month: 0,
                    day: 0,
                },
                |(d, _)| *d,
            );
            (first, drug.display_name(), drug, dates)
        })
        .collect();
    crate::model::order::sort_by(&mut drugs, |a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));

    let all = || {
        drugs
            .iter()
            .flat_map(|(_, _, _, dates)| dates.iter().map(|(d, _)| *d))
    };
    let start_year = f64::from(all().map(|d| d.year).min().unwrap_or(until.year));
    let latest = all().map(Date::as_year_fraction).fold(f64::MIN, f64::max);
    let end_year = until.as_year_fraction().max(latest).max(start_year + 1.0);
    let plot_left = LABEL_WIDTH;
    let plot_right = width - RIGHT_PAD;
    let at = |fraction: f64| x_of(fraction, start_year, end_year, plot_left, plot_right);

    let rows: Vec<ApprovalRow> = drugs
        .iter()
        .enumerate()
        .map(|(i, (_, name, drug, dates))| ApprovalRow {
            drug_id: drug.id.clone(),
            label: drug
                .brands
                .first()
                .cloned()
                .unwrap_or_else(|| drug.generic.clone()),
            name: name.clone(),
            y: TOP_PAD + (i as f64 + 0.5) * ROW_HEIGHT,
            points: dates
                .iter()
                .map(|(date, approval)| {
                    let date_text = Date { day: 0, ..*date }.to_string();
                    ApprovalPoint {
                        date: *date,
                        x: at(date.as_year_fraction()),
                        label: format!("{date_text}: {}", approval.use_),
                        date_text,
                        use_: approval.use_.clone(),
                        accelerated: approval.accelerated,
                        approximate: date.day == 0,
                    }
                })
                .collect(),
        })
        .collect();

    let axis_y = TOP_PAD + rows.len() as f64 * ROW_HEIGHT;
    let per_year = (plot_right - plot_left) / (end_year - start_year);
    let step = [2u16, 5, 10, 20, 50, 100, 1000, 10000]
        .into_iter()
        .filter(|&s| width >= NARROW_WIDTH || s >= 5)
        .find(|&s| {
            f64::from(s) * per_year >= MIN_TICK_GAP
                && (end_year - start_year) / f64::from(s) < f64::from(MAX_TICKS)
        })
        .unwrap_or(10000);
    let first_tick = (start_year as u16).div_ceil(step).saturating_mul(step);
    let ticks = (0..)
        .map(|k: u32| u32::from(first_tick) + k * u32::from(step))
        .take_while(|&y| f64::from(y) <= end_year)
        .filter_map(|y| u16::try_from(y).ok())
        .map(|year| YearTick {
            year,
            x: at(f64::from(year)),
            label: year.to_string(),
        })
        .collect();

    ApprovalsChart {
        width,
        height: axis_y + AXIS_HEIGHT,
        plot_left,
        plot_right,
        start_year,
        end_year,
        rows,
        axis: YearAxis {
            y: axis_y,
            step_years: step,
            ticks,
        },
        skipped,
    }
}

/// The text alternative: each drug's full name with its approvals in date order, e.g.
/// "Sep 1998: HER2-positive breast cancer that has spread", with "(accelerated approval)" added
/// where flagged.
pub fn describe(chart: &ApprovalsChart) -> Vec<(String, Vec<String>)> {
    chart
        .rows
        .iter()
        .map(|row| {
            let items = row
                .points
                .iter()
                .map(|p| {
                    if p.accelerated {
                        (words().approvals_accelerated_item)(&p.label)
                    } else {
                        p.label.clone()
                    }
                })
                .collect();
            (row.name.clone(), items)
        })
        .collect()
}
