//! Calendar dates and instants as the register writes them: `YYYY-MM-DD` and RFC 3339 in UTC.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(type = "string", rename = "IsoDate"))]
pub struct Date(time::Date);

impl Date {
    /// `None` for an impossible date (2023-02-30) or a month out of range.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day).ok().map(Date)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u8 {
        u8::from(self.0.month())
    }

    pub fn day(self) -> u8 {
        self.0.day()
    }

    pub fn plus_days(self, days: i64) -> Option<Date> {
        self.0.checked_add(time::Duration::days(days)).map(Date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year(), self.month(), self.day())
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Date, String> {
        let format = format_description!("[year]-[month]-[day]");
        time::Date::parse(s.trim(), &format)
            .map(Date)
            .map_err(|_| format!("'{s}' is not a date of the form YYYY-MM-DD"))
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
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    pub fn from_offset_date_time(t: OffsetDateTime) -> Timestamp {
        // Millisecond precision, so that what is written reads back equal.
        let t = t.to_offset(UtcOffset::UTC);
        let t = t.replace_nanosecond(t.millisecond() as u32 * 1_000_000).unwrap_or(t);
        Timestamp(t)
    }

    pub fn now() -> Timestamp {
        Timestamp::from_offset_date_time(OffsetDateTime::now_utc())
    }

    pub fn from_unix_seconds(seconds: i64) -> Option<Timestamp> {
        OffsetDateTime::from_unix_timestamp(seconds).ok().map(Timestamp::from_offset_date_time)
    }

    /// The instant just before the next day begins, in UTC: "as it stood on that date".
    pub fn end_of(date: Date) -> Timestamp {
        let t = date.0.with_hms_milli(23, 59, 59, 999).map(|t| t.assume_utc());
        Timestamp(t.unwrap_or(OffsetDateTime::UNIX_EPOCH))
    }

    pub fn date(self) -> Date {
        Date(self.0.date())
    }

    pub fn plus_millis(self, millis: i64) -> Timestamp {
        Timestamp(self.0 + time::Duration::milliseconds(millis))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.0;
        write!(f, "{}T{:02}:{:02}:{:02}.{:03}Z", Date(t.date()), t.hour(), t.minute(), t.second(), t.millisecond())
    }
}

impl FromStr for Timestamp {
    type Err = String;

    /// RFC 3339 with any offset; a bare date means the end of that day in UTC.
    fn from_str(s: &str) -> Result<Timestamp, String> {
        let s = s.trim();
        if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
            return Ok(Timestamp::from_offset_date_time(t));
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
