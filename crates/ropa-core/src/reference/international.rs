//! International organisations with an adequacy decision (Art. 45 GDPR), from
//! `data/international-organisations.tsv`, which names its sources and the date it was checked.

use std::sync::OnceLock;

use crate::date::Date;
use crate::text::fold;

const TABLE: &str = include_str!("../../data/international-organisations.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub en: &'static str,
    pub fr: &'static str,
    pub decision: &'static str,
    pub adopted: Date,
    pub expires: Option<Date>,
    /// What the decision covers (English, French).
    pub covers: (&'static str, &'static str),
    names: Vec<String>,
}

pub fn all() -> &'static [Organisation] {
    static ALL: OnceLock<Vec<Organisation>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let [en, fr, others, decision, adopted, expires, covers] = cells[..] else { return None };
                let mut names: Vec<String> = others.split(" | ").map(fold).filter(|n| !n.is_empty()).collect();
                names.extend([fold(en), fold(fr)]);
                let expires = match expires.trim() {
                    "" => None,
                    day => Some(day.parse().ok()?),
                };
                Some(Organisation {
                    en,
                    fr,
                    decision,
                    adopted: adopted.parse().ok()?,
                    expires,
                    covers: covers.split_once('|')?,
                    names,
                })
            })
            .collect()
    })
}

/// The organisation with an adequacy decision that a recipient's name (or the text recorded as
/// its country) names, if any.
pub fn with_decision(name: &str) -> Option<&'static Organisation> {
    let name = fold(name);
    if name.is_empty() {
        return None;
    }
    all().iter().find(|o| o.names.iter().any(|n| name == *n || name.contains(n.as_str()) && n.len() > 3))
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_european_patent_organisation_has_its_decision_under_its_names() {
        assert_eq!(all().len(), 1, "a row of data/international-organisations.tsv does not parse");
        for name in
            ["European Patent Organisation", "EPO", "Office européen des brevets (OEB)", "the European Patent Office"]
        {
            assert_eq!(with_decision(name).map(|o| o.decision), Some("Implementing Decision (EU) 2025/1382"), "{name}");
        }
        assert!(with_decision("World Health Organization").is_none());
        assert!(with_decision("").is_none());
    }
}
