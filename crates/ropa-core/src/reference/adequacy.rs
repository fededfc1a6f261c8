//! The European Commission's adequacy decisions (Art. 45 GDPR), from `data/adequacy.tsv`, which
//! names its sources and the date it was checked.

use std::sync::OnceLock;

use serde::Serialize;

use crate::date::Date;

const TABLE: &str = include_str!("../../data/adequacy.tsv");

/// One decision: a country or territory, and what part of it, when partial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Adequacy {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    pub decision: &'static str,
    pub adopted: Date,
    /// What a partial decision covers (English, French); `None` when it covers the whole country.
    pub partial: Option<(&'static str, &'static str)>,
    /// The last day it applies, for a decision adopted for a time.
    pub expires: Option<Date>,
}

impl Adequacy {
    /// Whether it still applies on `day`.
    pub fn applies_on(&self, day: Date) -> bool {
        self.expires.is_none_or(|end| day <= end)
    }
}

/// Every decision in force at the date checked.
pub fn all() -> &'static [Adequacy] {
    static ALL: OnceLock<Vec<Adequacy>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let [code, decision, adopted, scope, covers, expires] = cells[..] else { return None };
                let partial = match scope {
                    "partial" => covers.split_once('|'),
                    _ => None,
                };
                let expires = match expires.trim() {
                    "" => None,
                    day => Some(day.parse().ok()?),
                };
                Some(Adequacy { code, decision, adopted: adopted.parse().ok()?, partial, expires })
            })
            .collect()
    })
}

/// The decision for this country (ISO code, any case), if there is one.
pub fn for_country(code: &str) -> Option<&'static Adequacy> {
    let code = code.trim();
    all().iter().find(|a| a.code.eq_ignore_ascii_case(code))
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_whole_with_its_partial_decisions() {
        let rows = super::super::rows(TABLE).count();
        assert_eq!(all().len(), rows, "a row of data/adequacy.tsv does not parse");
        let us = for_country("us").unwrap();
        assert_eq!(us.adopted.to_string(), "2023-07-10");
        assert!(us.partial.unwrap().0.contains("Data Privacy Framework"));
        assert!(for_country("CH").unwrap().partial.is_none());
        // Israel's covers automated processing only; the United Kingdom's runs to 27 December 2031.
        assert!(for_country("IL").unwrap().partial.unwrap().0.contains("automated"));
        let gb = for_country("GB").unwrap();
        assert_eq!(gb.expires.map(|d| d.to_string()).as_deref(), Some("2031-12-27"));
        assert!(gb.applies_on("2031-12-27".parse().unwrap()) && !gb.applies_on("2031-12-28".parse().unwrap()));
        assert!(for_country("IN").is_none() && for_country("CN").is_none());
        // Every code is a country of the countries table, and none is inside the EEA.
        for a in all() {
            let country = super::super::countries::by_code(a.code).unwrap();
            assert!(!country.in_eea(), "{}", a.code);
        }
    }
}
