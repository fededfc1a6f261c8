//! Calendar dates and instants as the register writes them: `YYYY-MM-DD` and RFC 3339 in UTC,
//! on chrono's types.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string", rename = "IsoDate"))]
pub struct Date(NaiveDate);

impl Date {
    /// `None` for an impossible date (2023-02-30) or a month out of range.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)).map(Date)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        self.0.month() as u8
    }

    pub fn day(self) -> u8 {
        self.0.day() as u8
    }

    pub fn plus_days(self, days: i64) -> Option<Date> {
        self.0.checked_add_signed(TimeDelta::try_days(days)?).map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl FromStr for Date {
    type Err = String;

    /// Exactly `YYYY-MM-DD` (chrono's own parser would also take "2024-2-9").
    fn from_str(s: &str) -> Result<Date, String> {
        let text = s.trim();
        let refuse = || format!("'{s}' is not a date of the form YYYY-MM-DD");
        let b = text.as_bytes();
        let shape = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape {
            return Err(refuse());
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().map_err(|_| refuse());
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        NaiveDate::from_ymd_opt(year as i32, month, day).map(Date).ok_or_else(refuse)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// An instant, written in UTC as `YYYY-MM-DDTHH:MM:SS.mmmZ`: fixed width, so text order is time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string"))]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// Kept to the millisecond, so that what is written reads back equal.
    pub fn from_utc(t: DateTime<Utc>) -> Timestamp {
        Timestamp(DateTime::from_timestamp_millis(t.timestamp_millis()).unwrap_or(t))
    }

    pub fn now() -> Timestamp {
        Timestamp::from_utc(Utc::now())
    }

    pub fn from_unix_seconds(seconds: i64) -> Option<Timestamp> {
        DateTime::from_timestamp(seconds, 0).map(Timestamp::from_utc)
    }

    /// The instant just before the next day begins, in UTC: "as it stood on that date".
    pub fn end_of(date: Date) -> Timestamp {
        let t = date.0.and_hms_milli_opt(23, 59, 59, 999).map(|t| t.and_utc());
        Timestamp(t.unwrap_or(DateTime::UNIX_EPOCH))
    }

    pub fn date(self) -> Date {
        Date(self.0.date_naive())
    }

    pub fn plus_millis(self, millis: i64) -> Timestamp {
        Timestamp(self.0.checked_add_signed(TimeDelta::milliseconds(millis)).unwrap_or(self.0))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        let millis = t.timestamp_subsec_millis().min(999);
        write!(f, "{}T{:02}:{:02}:{:02}.{millis:03}Z", self.date(), t.hour(), t.minute(), t.second())
    }
}

impl FromStr for Timestamp {
    type Err = String;

    /// RFC 3339 with any offset; a bare date means the end of that day in UTC.
    fn from_str(s: &str) -> Result<Timestamp, String> {
        let s = s.trim();
        if let Ok(t) = DateTime::parse_from_rfc3339(s) {
            return Ok(Timestamp::from_utc(t.with_timezone(&Utc)));
        }
        if let Ok(d) = s.parse::<Date>() {
            return Ok(Timestamp::end_of(d));
        }
        Err(format!("'{s}' is neither a date (YYYY-MM-DD) nor an RFC 3339 time"))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_refuse_impossible_days() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-13-01".parse::<Date>().is_err());
        assert!("yesterday".parse::<Date>().is_err());
        assert!("2024-2-29".parse::<Date>().is_err());
        assert!("+2024-02-29".parse::<Date>().is_err());
        assert_eq!(Date::from_ymd(2023, 2, 30), None);
    }

    #[test]
    fn timestamps_are_fixed_width_utc() {
        let t: Timestamp = "2026-11-23T03:04:05.6789+01:00".parse().unwrap();
        assert_eq!(t.to_string(), "2026-11-23T02:04:05.678Z");
        let end: Timestamp = "2026-01-31".parse().unwrap();
        assert_eq!(end.to_string(), "2026-01-31T23:59:59.999Z");
        assert!(t.plus_millis(1) > t);
    }
}
