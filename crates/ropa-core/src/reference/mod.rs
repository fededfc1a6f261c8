//! Reference data shipped with the core, each table with its source and the date it was checked
//! (a `# checked: YYYY-MM-DD` line in its file under `data/`). One place to update when the law
//! moves: the files, then the date.

pub mod adequacy;
pub mod countries;
pub mod dpia;
pub mod dpv;
pub mod exemption;
pub mod international;
pub mod invalidated;
pub mod law;
pub mod superseded;

use crate::date::Date;

/// The data rows of a table: its lines that are neither comments nor blank, split at tabs.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split('\t').collect())
}

/// The date of a table's `# checked:` line. The tables are part of the build, and a test reads
/// each, so a missing or malformed line cannot ship.
fn checked_line(table: &str) -> Date {
    table
        .lines()
        .find_map(|line| line.strip_prefix("# checked:"))
        .and_then(|date| date.trim().parse().ok())
        // No date: as if never checked, so that the staleness warning fires.
        .or(Date::from_ymd(1970, 1, 1))
        .expect("1970-01-01 is a date")
}

/// When the reference data were last checked against their sources: the oldest table's date.
pub fn checked() -> Date {
    adequacy::checked()
        .min(countries::checked())
        .min(dpv::checked())
        .min(law::checked())
        .min(superseded::checked())
        .min(dpia::checked())
        .min(international::checked())
        .min(exemption::checked())
        .min(invalidated::checked())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_table_says_when_it_was_checked() {
        for date in [
            super::adequacy::checked(),
            super::countries::checked(),
            super::dpv::checked(),
            super::law::checked(),
            super::superseded::checked(),
            super::dpia::checked(),
            super::international::checked(),
            super::exemption::checked(),
            super::invalidated::checked(),
        ] {
            assert!(date.to_string().as_str() >= "2026-01-01", "{date}");
        }
    }
}
