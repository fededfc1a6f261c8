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
    /// German (the table's eighth column; English until it is written).
    pub de: &'static str,
    pub decision: &'static str,
    pub adopted: Date,
    pub expires: Option<Date>,
    /// What the decision covers (English, French).
    pub covers: (&'static str, &'static str),
    /// What the decision covers, in German (the ninth column; English until it is written).
    pub covers_de: &'static str,
    names: Vec<String>,
}

pub fn all() -> &'static [Organisation] {
    static ALL: OnceLock<Vec<Organisation>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                // The German name and what the decision covers in German may be left out.
                let [en, fr, others, decision, adopted, expires, covers, ref german @ ..] = cells[..] else {
                    return None;
                };
                if german.len() > 2 {
                    return None;
                }
                let written = |i: usize| german.get(i).copied().filter(|d| !d.trim().is_empty());
                let covers = covers.split_once('|')?;
                let (de, covers_de) = (written(0).unwrap_or(en), written(1).unwrap_or(covers.0));
                let mut names: Vec<String> = others.split(" | ").map(fold).filter(|n| !n.is_empty()).collect();
                names.extend([fold(en), fold(fr), fold(de)]);
                let expires = match expires.trim() {
                    "" => None,
                    day => Some(day.parse().ok()?),
                };
                Some(Organisation {
                    en,
                    fr,
                    de,
                    decision,
                    adopted: adopted.parse().ok()?,
                    expires,
                    covers,
                    covers_de,
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
        for name in [
            "European Patent Organisation",
            "EPO",
            "Office européen des brevets (OEB)",
            "the European Patent Office",
            "Europäische Patentorganisation",
            "Europäisches Patentamt (München)",
        ] {
            assert_eq!(with_decision(name).map(|o| o.decision), Some("Implementing Decision (EU) 2025/1382"), "{name}");
        }
        let epo = &all()[0];
        assert_eq!((epo.de, epo.covers_de.starts_with("Übermittlungen")), ("Europäische Patentorganisation", true));
        assert!(with_decision("World Health Organization").is_none());
        assert!(with_decision("").is_none());
    }
}
