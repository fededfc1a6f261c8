//! The European Commission's adequacy decisions (Art. 45 GDPR), from `data/adequacy.tsv`, which
//! names its sources and the date it was checked.

use std::sync::OnceLock;

use serde::Serialize;

use crate::date::Date;
use crate::text::fold;
use crate::vocab::Lang;

const TABLE: &str = include_str!("../../data/adequacy.tsv");

/// One decision: a country or territory, and what part of it, when partial.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Adequacy {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    pub decision: &'static str,
    pub adopted: Date,
    /// What a partial decision covers; `None` when it covers the whole country.
    pub partial: Option<Scope>,
    /// The last day it applies, for a decision adopted for a time.
    pub expires: Option<Date>,
    /// The words that show a recipient on the list the decision covers (the Data Privacy
    /// Framework's), folded; empty for a decision without a list.
    pub listed_by: Vec<String>,
}

/// What a partial decision covers, in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Scope {
    pub en: &'static str,
    pub fr: &'static str,
    pub de: &'static str,
}

impl Scope {
    pub fn words(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::De => self.de,
        }
    }
}

impl Adequacy {
    /// Whether it still applies on `day`.
    pub fn applies_on(&self, day: Date) -> bool {
        self.expires.is_none_or(|end| day <= end)
    }

    /// Whether one of `texts` shows the recipient on the decision's list (always false for a
    /// decision without one).
    pub fn listed_in(&self, texts: &[&str]) -> bool {
        texts.iter().map(|t| fold(t)).any(|t| self.listed_by.iter().any(|w| t.contains(w.as_str())))
    }
}

/// Every decision in force at the date checked.
pub fn all() -> &'static [Adequacy] {
    static ALL: OnceLock<Vec<Adequacy>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let [code, decision, adopted, scope, covers, expires, listed_by] = cells[..] else { return None };
                let covers: Vec<&'static str> = covers.split('|').collect();
                let partial = match (scope, covers.as_slice()) {
                    ("partial", &[en, fr, de]) => Some(Scope { en, fr, de }),
                    ("partial", _) => return None,
                    _ => None,
                };
                let listed_by = listed_by.split(" | ").map(fold).filter(|w| !w.is_empty()).collect();
                let expires = match expires.trim() {
                    "" => None,
                    day => Some(day.parse().ok()?),
                };
                Some(Adequacy { code, decision, adopted: adopted.parse().ok()?, partial, expires, listed_by })
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
        assert!(us.partial.unwrap().en.contains("Data Privacy Framework"));
        assert!(us.partial.unwrap().de.contains("zertifizierte Organisationen"));
        // The United States' decision covers the recipients on its list, which a record names.
        assert!(us.listed_in(&["", "Certified under the EU-US DPF"]) && !us.listed_in(&["SCCs"]));
        assert!(!for_country("CA").unwrap().listed_in(&["DPF"]));
        assert!(for_country("CH").unwrap().partial.is_none());
        // Israel's covers automated processing only; the United Kingdom's runs to 27 December 2031.
        assert!(for_country("IL").unwrap().partial.unwrap().en.contains("automated"));
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
