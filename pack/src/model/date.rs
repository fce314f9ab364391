//! Calendar dates as the pack writes them (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for approvals):
//! parsing, checking that they are real, and formatting them the way people read them.

use crate::words::words;
use std::fmt;

/// A calendar date. `month` and `day` are 0 when the source gives only a year or a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn number<T: std::str::FromStr>(part: &str, width: usize) -> Option<T> {
    if part.len() == width && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl Date {
    /// A full `YYYY-MM-DD` date that exists on the calendar.
    pub fn parse(text: &str) -> Result<Date, String> {
        let date = Self::parse_partial(text)?;
        if date.day == 0 {
            return Err((words().date_not_full)(text));
        }
        Ok(date)
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse_partial(text: &str) -> Result<Date, String> {
        let bad = || (words().date_invalid)(text);
        let mut parts = text.split('-');
        let year: u16 = parts.next().and_then(|p| number(p, 4)).ok_or_else(bad)?;
        let month: u8 = match parts.next() {
            Some(p) => number(p, 2).ok_or_else(bad)?,
            None => 0,
        };
        let day: u8 = match parts.next() {
            Some(p) => number(p, 2).ok_or_else(bad)?,
            None => 0,
        };
        if parts.next().is_some() || year < 1900 {
            return Err(bad());
        }
        if parts_given(text) >= 2 && !(1..=12).contains(&month) {
            return Err((words().date_no_month)(text, month));
        }
        if parts_given(text) == 3 && (day == 0 || day > days_in_month(year, month)) {
            return Err((words().date_not_real)(text));
        }
        Ok(Date { year, month, day })
    }

    /// The civil date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Days from 1970-01-01 to this date (the inverse of [`Date::from_unix_days`]); a partial
    /// date counts from its first day.
    pub fn to_unix_days(self) -> i64 {
        let month = i64::from(self.month.max(1));
        let day = i64::from(self.day.max(1));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = (month + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Self::from_unix_days(self.to_unix_days() + days)
    }

    /// Days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_unix_days() - self.to_unix_days()
    }

    /// `YYYY-MM-DD`, as the pack and the reader's saved data write a full date.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Today's date (UTC) from the system clock; native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Self::from_unix_days((secs / 86_400) as i64)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(self, later: Date) -> i32 {
        (i32::from(later.year) - i32::from(self.year)) * 12 + i32::from(later.month)
            - i32::from(self.month)
    }

    /// Year as a fraction, for placing dates on a timeline.
    pub fn as_year_fraction(self) -> f64 {
        let month = if self.month == 0 { 1 } else { self.month };
        f64::from(self.year) + (f64::from(month) - 1.0) / 12.0
    }
}

fn parts_given(text: &str) -> usize {
    text.split('-').count()
}

/// "25 Nov 2026", "Nov 2026" or "2026".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let w = words();
        let month = w.months.get(usize::from(self.month).wrapping_sub(1));
        match (self.day, month) {
            (0, Some(m)) => f.write_str(&(w.date_month)(m, self.year)),
            (d, Some(m)) if d > 0 => f.write_str(&(w.date_day)(d, m, self.year)),
            _ => write!(f, "{}", self.year),
        }
    }
}

/// Formats an ISO date for readers; falls back to the text as given.
pub fn readable(iso: &str) -> String {
    Date::parse_partial(iso)
        .map(|d| d.to_string())
        .unwrap_or_else(|_| iso.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_people_read() {
        assert_eq!(readable("2026-11-25"), "25 Nov 2026");
        assert_eq!(readable("2026-01-05"), "5 Jan 2026");
        assert_eq!(readable("2019-12"), "Dec 2019");
        assert_eq!(readable("1998"), "1998");
        assert_eq!(readable("not a date"), "not a date");
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        assert!(Date::parse("2026-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2026-13-01").is_err());
        assert!(Date::parse("2026-04-31").is_err());
        assert!(Date::parse("2026-4-3").is_err());
        assert!(Date::parse("2026-11").is_err(), "a full date is required");
        assert!(Date::parse_partial("2026-11").is_ok());
        assert!(Date::parse_partial("2026-00").is_err());
        assert!(Date::parse("25/11/2026").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn orders_and_counts_months() {
        let a = Date::parse("2026-05-15").unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        });
        let b = Date::parse("2026-11-27").unwrap_or(Date {
            year: 0,
            month: 0,
            day: 0,
        });
        assert!(a < b);
        assert_eq!(a.months_until(b), 6);
    }

    #[test]
    fn unix_days_to_civil() {
        assert_eq!(Date::from_unix_days(0).to_string(), "1 Jan 1970");
        assert_eq!(Date::from_unix_days(20_784).to_string(), "27 Nov 2026");
        assert_eq!(Date::from_unix_days(19_782).to_string(), "29 Feb 2024");
    }

    #[test]
    fn civil_to_unix_days_and_back() {
        for days in [-25_567, -1, 0, 59, 60, 11_016, 19_782, 20_784, 2_932_896] {
            let date = Date::from_unix_days(days);
            assert_eq!(date.to_unix_days(), days, "{date:?}");
            assert_eq!(Date::parse(&date.iso()), Ok(date));
        }
        let leap = Date::parse("2024-02-28").unwrap_or(Date::from_unix_days(0));
        assert_eq!(leap.add_days(1).iso(), "2024-02-29");
        assert_eq!(leap.add_days(2).iso(), "2024-03-01");
        assert_eq!(leap.add_days(-59).iso(), "2023-12-31");
        assert_eq!(leap.days_until(leap.add_days(366)), 366);
    }
}
