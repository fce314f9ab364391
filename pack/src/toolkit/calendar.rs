//! The reader's treatment calendar: a plan per medicine, its dated doses and check-ups, and an
//! iCalendar file (RFC 5545) of them for the reader's own calendar app.
//!
//! A [`Plan`] starts from the card ([`Plan::from_card`]: its dose interval and, for a set
//! course, its number of doses) and the reader edits it to match what their care team said.
//! Doses and check-ups are placed with the card timeline's own rules
//! ([`timeline::dose_count`], [`timeline::check_weeks`]), from the plan's start date: only the
//! numbers on the card, never a date the label does not give. A check with no fixed gap is
//! left to [`undated`], for the page to show in words.

use crate::model::date::Date;
use crate::model::hash::fnv1a64;
use crate::model::{Drug, Monitoring, Pack};
use crate::render::timeline::{self, Phase};
use crate::words::{chosen, toolkit};
use serde::{Deserialize, Serialize};

/// Most dates listed for one row of a plan (doses, or one check-up), however wide the window.
pub const MAX_EVENTS: usize = 1000;

/// Where a plan's doses stop.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum End {
    /// For as long as the treatment helps: no set end.
    #[default]
    Open,
    /// After this many doses.
    Doses(u32),
    /// On this day (the last day of treatment).
    Until(#[serde(with = "super::day")] Date),
}

/// One medicine as the reader takes it: every field is theirs to edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The drug's id in the pack.
    pub drug: String,
    /// The day of the first dose.
    #[serde(with = "super::day")]
    pub start: Date,
    /// Days between doses (1: every day); none when the reader has no dose dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u32>,
    #[serde(default)]
    pub end: End,
    /// The reader's own note, added to each event of the plan (where, what to bring…).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A dated dose or check-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    /// The drug's id.
    pub drug: String,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// Dose `number` of the plan (from 1).
    Dose { number: u64 },
    /// A check-up (the card's `test`). [`Phase::Before`] is the check before the first dose,
    /// dated on the day of the first dose: the last day it can be done.
    Check { test: String, phase: Phase },
}

impl Plan {
    /// The plan the card suggests for a first dose on `start`: its dose interval and, when the
    /// card gives a course length, the number of doses its timeline shows (a daily pill's
    /// course with no interval ends on the course's last day).
    pub fn from_card(drug: &Drug, start: Date) -> Plan {
        let every_days = drug.every_days.filter(|&d| d > 0);
        let end = match (drug.course_weeks.filter(|&w| w > 0), every_days) {
            (Some(weeks), Some(days)) => {
                let doses = timeline::dose_count(u64::from(weeks), days);
                End::Doses(u32::try_from(doses).unwrap_or(u32::MAX))
            }
            (Some(weeks), None) => End::Until(start.add_days(i64::from(weeks) * 7 - 1)),
            (None, _) => End::Open,
        };
        Plan {
            drug: drug.id.clone(),
            start,
            every_days,
            end,
            note: String::new(),
        }
    }

    /// Days between doses, when the plan has dose dates.
    fn interval(&self) -> Option<i64> {
        self.every_days.filter(|&d| d > 0).map(i64::from)
    }

    /// The last day of treatment: the set end day, or the last day of the last dose's cycle
    /// (the day before the next dose would be due); `None` for an open plan.
    pub fn last_day(&self) -> Option<Date> {
        match self.end {
            End::Open => None,
            End::Until(day) => Some(day),
            End::Doses(n) => {
                let cycle = self.interval().unwrap_or(1);
                Some(self.start.add_days((i64::from(n) * cycle - 1).max(0)))
            }
        }
    }

    /// The number of the last dose, if the plan stops.
    fn last_dose(&self, every: i64) -> Option<i64> {
        match self.end {
            End::Open => None,
            End::Doses(n) => Some(i64::from(n)),
            End::Until(day) => Some(self.start.days_until(day).div_euclid(every) + 1),
        }
    }

    /// Days between doses and the first and last dose (counted from 0) from `from` to `to`,
    /// both included; `None` when there is no dose in between.
    fn dose_range(&self, from: Date, to: Date) -> Option<(i64, i64, i64)> {
        let every = self.interval()?;
        // Dose k (from 0) is on start + k × every.
        let first = (self.start.days_until(from).max(0) + every - 1).div_euclid(every);
        let mut last = self.start.days_until(to).div_euclid(every);
        if let Some(n) = self.last_dose(every) {
            last = last.min(n - 1);
        }
        (first <= last).then_some((every, first, last))
    }

    /// The dose days from `from` to `to` (both included), numbered from 1; at most
    /// [`MAX_EVENTS`] of them.
    pub fn doses(&self, from: Date, to: Date) -> Vec<(u64, Date)> {
        let Some((every, first, last)) = self.dose_range(from, to) else {
            return Vec::new();
        };
        let last = last.min(first + MAX_EVENTS as i64 - 1);
        (first..=last)
            .map(|k| ((k + 1) as u64, self.start.add_days(k * every)))
            .collect()
    }

    /// The card's check-ups placed from the plan's start, from `from` to `to` (both included):
    /// `(check-up, phase, date)`, each check-up's dates in order, check-ups in card order.
    pub fn checks<'a>(
        &self,
        drug: &'a Drug,
        from: Date,
        to: Date,
    ) -> Vec<(&'a Monitoring, Phase, Date)> {
        let (weeks, show_after) = match self.last_day() {
            Some(last) => (weeks_through(self.start, last), true),
            None => (weeks_through(self.start, to), false),
        };
        let mut out = Vec::new();
        for m in &drug.monitoring {
            let (marks, _) = timeline::check_weeks(m, weeks, show_after, MAX_EVENTS);
            for (phase, week) in marks {
                let date = match phase {
                    Phase::Before => self.start,
                    _ => self.start.add_days(week as i64 * 7),
                };
                if from <= date && date <= to {
                    out.push((m, phase, date));
                }
            }
        }
        out
    }

    /// Every dose and check-up of the plan from `from` to `to`, by date (doses before checks on
    /// the same day).
    pub fn events(&self, drug: &Drug, from: Date, to: Date) -> Vec<Event> {
        let event = |date, kind| Event {
            date,
            drug: self.drug.clone(),
            kind,
        };
        let mut out: Vec<Event> = self
            .doses(from, to)
            .into_iter()
            .map(|(number, date)| event(date, EventKind::Dose { number }))
            .collect();
        for (m, phase, date) in self.checks(drug, from, to) {
            let kind = EventKind::Check {
                test: m.test.clone(),
                phase,
            };
            out.push(event(date, kind));
        }
        out.sort_by_key(|e| e.date);
        out
    }
}

/// Whole weeks (rounded up) from `start` through `last`, both included; 0 when `last` is earlier.
fn weeks_through(start: Date, last: Date) -> u64 {
    let days = start.days_until(last) + 1;
    u64::try_from(days.max(0)).unwrap_or(0).div_ceil(7)
}

/// Every plan's events from `from` to `to`, by date; plans whose drug is not in the pack are
/// left out.
pub fn events(plans: &[Plan], pack: &Pack, from: Date, to: Date) -> Vec<Event> {
    let mut out: Vec<Event> = plans
        .iter()
        .filter_map(|plan| Some(plan.events(pack.drug(&plan.drug)?, from, to)))
        .flatten()
        .collect();
    out.sort_by_key(|e| e.date);
    out
}

/// The card's check-ups done at times the card gives no gap for ("at regular times", "if a
/// problem is suspected"): no dates are made up for them, so the page shows their `when`
/// instead. A check only before the first dose is dated (on that day) and is not listed.
pub fn undated(drug: &Drug) -> Vec<&Monitoring> {
    drug.monitoring
        .iter()
        .filter(|m| m.every_weeks.filter(|&w| w > 0).is_none() && (m.during || !m.before_start))
        .collect()
}

// ── iCalendar ────────────────────────────────────────────────────────────────────────────

/// The longest content line in octets, without its CRLF (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// An iCalendar file of every plan's doses and check-ups from `from` to `to`: one all-day
/// event per check-up and, per plan, one repeating all-day event for its doses
/// (`RRULE:FREQ=DAILY;INTERVAL=n;COUNT=k`). `now` (Unix seconds, UTC) is the DTSTAMP. Each
/// event's UID depends only on the plan and the event, so importing a new export updates the
/// events instead of doubling them.
pub fn to_ics(plans: &[Plan], pack: &Pack, from: Date, to: Date, now: i64) -> String {
    let w = toolkit();
    let lang = chosen().tag().to_ascii_uppercase();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//HER2 Guide//My treatment//{lang}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(w.cal_name)),
    ];
    let stamp = dtstamp(now);
    for plan in plans {
        if let Some(drug) = pack.drug(&plan.drug) {
            lines.extend(plan_events(plan, drug, from, to, &stamp));
        }
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|line| fold(line)).collect()
}

/// The VEVENT lines of one plan.
fn plan_events(plan: &Plan, drug: &Drug, from: Date, to: Date, stamp: &str) -> Vec<String> {
    let w = toolkit();
    let name = drug.display_name();
    let mut lines = Vec::new();
    // The doses are one event that repeats: its count is not capped like the list of doses.
    if let Some((every, first, last)) = plan.dose_range(from, to) {
        let count = last - first + 1;
        let rule = (count > 1).then(|| format!("RRULE:FREQ=DAILY;INTERVAL={every};COUNT={count}"));
        lines.extend(vevent(VEvent {
            uid: uid(&[&plan.drug, &plan.start.iso(), "doses"]),
            stamp,
            date: plan.start.add_days(first * every),
            rule,
            summary: (w.cal_dose)(&name),
            description: description(&drug.schedule, &plan.note),
        }));
    }
    for (m, phase, date) in plan.checks(drug, from, to) {
        let summary = match phase {
            Phase::Before => (w.cal_check_before)(&name, &m.test),
            _ => (w.cal_check)(&name, &m.test),
        };
        lines.extend(vevent(VEvent {
            uid: uid(&[&plan.drug, &plan.start.iso(), &m.test, &date.iso()]),
            stamp,
            date,
            rule: None,
            summary,
            description: description(&m.when, &plan.note),
        }));
    }
    lines
}

/// One all-day event, before escaping and folding.
struct VEvent<'a> {
    uid: String,
    stamp: &'a str,
    date: Date,
    rule: Option<String>,
    summary: String,
    description: String,
}

fn vevent(e: VEvent) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", e.uid),
        format!("DTSTAMP:{}", e.stamp),
        format!("DTSTART;VALUE=DATE:{}", ics_date(e.date)),
        format!("DTEND;VALUE=DATE:{}", ics_date(e.date.add_days(1))),
    ];
    lines.extend(e.rule);
    lines.extend([
        format!("SUMMARY:{}", escape_text(&e.summary)),
        format!("DESCRIPTION:{}", escape_text(&e.description)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
    ]);
    lines
}

/// An event's notes: the card's words, the reader's note, where the dates came from.
fn description(card: &str, note: &str) -> String {
    [card.trim(), note.trim(), toolkit().cal_from_guide]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A UID from the parts that make an event itself.
fn uid(parts: &[&str]) -> String {
    format!(
        "{:016x}@her2-guide",
        fnv1a64(parts.join("\u{1f}").as_bytes())
    )
}

/// `YYYYMMDD`, an iCalendar DATE.
fn ics_date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// `YYYYMMDDTHHMMSSZ` for Unix seconds `secs`, an iCalendar UTC DATE-TIME.
fn dtstamp(secs: i64) -> String {
    let day = Date::from_unix_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(day),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// A TEXT value escaped (RFC 5545 §3.3.11): `\`, `;` and `,` get a backslash, line breaks
/// become `\n`, and other control characters, which TEXT cannot hold, are dropped.
pub fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line with its CRLF, folded (RFC 5545 §3.1): no physical line is longer than 75
/// octets, each continuation starts with a space, and no character is split.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut room = LINE_OCTETS;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = LINE_OCTETS - 1;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests;
