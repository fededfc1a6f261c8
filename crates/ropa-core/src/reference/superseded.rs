//! The former standard contractual clauses, no longer a safeguard, from
//! `data/superseded-clauses.tsv`, which names its sources and the date it was checked.

use std::sync::OnceLock;

use crate::date::Date;
use crate::text::fold;

const TABLE: &str = include_str!("../../data/superseded-clauses.tsv");

/// A decision whose clauses no longer make a transfer lawful.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Superseded {
    pub decision: &'static str,
    pub celex: &'static str,
    pub adopted: Date,
    /// The last day clauses under it could be relied on.
    pub until: Date,
    /// The words that name it, folded.
    words: Vec<String>,
}

pub fn all() -> &'static [Superseded] {
    static ALL: OnceLock<Vec<Superseded>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let [decision, celex, adopted, until, words] = cells[..] else { return None };
                let words = words.split(" | ").map(fold).filter(|w| !w.is_empty()).collect();
                Some(Superseded { decision, celex, adopted: adopted.parse().ok()?, until: until.parse().ok()?, words })
            })
            .collect()
    })
}

/// The former clauses a text names, if any: by the decision's number first (each row's first
/// word), else by other words ("model clauses").
pub fn named_in(text: &str) -> Option<&'static Superseded> {
    let text = fold(text);
    all()
        .iter()
        .find(|s| s.words.first().is_some_and(|w| text.contains(w.as_str())))
        .or_else(|| all().iter().find(|s| s.words.iter().any(|w| text.contains(w.as_str()))))
}

/// The former clauses a text names by their decision's number only (each row's first word).
pub fn numbered_in(text: &str) -> Option<&'static Superseded> {
    let text = fold(text);
    all().iter().find(|s| s.words.first().is_some_and(|w| text.contains(w.as_str())))
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_former_clauses_are_recognised_and_the_2021_ones_are_not() {
        let rows = super::super::rows(TABLE).count();
        assert_eq!(all().len(), rows, "a row of data/superseded-clauses.tsv does not parse");
        assert_eq!(named_in("Model Clauses (2010/87/EU)").map(|s| s.decision), Some("Decision 2010/87/EU"));
        assert_eq!(named_in("EU model clauses").map(|s| s.decision), Some("Decision 2001/497/EC"));
        assert_eq!(named_in("CCT de la décision 2010/87/UE").map(|s| s.celex), Some("32010D0087"));
        assert!(named_in("Standard contractual clauses (Implementing Decision (EU) 2021/914), module 2").is_none());
        assert!(named_in("Clauses contractuelles types").is_none());
        assert!(all().iter().filter(|s| s.celex != "32002D0016").all(|s| s.until.to_string() == "2022-12-27"));
    }
}
