//! The criteria of the guidelines on DPIA (WP248 rev.01, endorsed by the EDPB), from
//! `data/dpia-criteria.tsv`, which names its source and the date it was checked; and which of
//! them an activity's record shows.

use std::sync::OnceLock;

use crate::date::Date;
use crate::model::{Activity, Sensitivity};
use crate::text::fold;

const TABLE: &str = include_str!("../../data/dpia-criteria.tsv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criterion {
    pub code: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    /// German (the table's last column; English until it is written).
    pub de: &'static str,
    words: Vec<String>,
}

impl Criterion {
    /// Its label in `lang`.
    pub fn name(&self, lang: crate::vocab::Lang) -> &'static str {
        match lang {
            crate::vocab::Lang::En => self.en,
            crate::vocab::Lang::Fr => self.fr,
            crate::vocab::Lang::De => self.de,
        }
    }
}

pub fn all() -> &'static [Criterion] {
    static ALL: OnceLock<Vec<Criterion>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let (code, en, fr, words, de) = match cells[..] {
                    [code, en, fr, words] => (code, en, fr, words, en),
                    [code, en, fr, words, de] => (code, en, fr, words, de),
                    _ => return None,
                };
                Some(Criterion {
                    code,
                    en,
                    fr,
                    de,
                    words: words.split(" | ").map(fold).filter(|w| !w.is_empty()).collect(),
                })
            })
            .collect()
    })
}

/// The criterion with this code, or whose English, French or German label (or code) a text gives.
pub fn recognise(text: &str) -> Option<&'static Criterion> {
    let folded = fold(text);
    all().iter().find(|c| {
        c.code == text.trim()
            || fold(c.en) == folded
            || fold(c.fr) == folded
            || fold(c.de) == folded
            || fold(c.code) == folded
    })
}

/// Whether a folded text holds a word as a whole word (or words).
fn holds(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The criteria the record of an activity shows: those the DPO recorded, sensitive data and
/// automated decisions from their fields, the others from the words of its purposes,
/// description, data subjects and data categories.
pub fn met_by(a: &Activity) -> Vec<&'static Criterion> {
    let text = fold(
        &[
            a.purposes.join(" \u{1f} "),
            a.description.clone(),
            a.data_subjects.join(" \u{1f} "),
            a.data_categories.iter().map(|c| format!("{} {}", c.name, c.detail)).collect::<Vec<_>>().join(" \u{1f} "),
        ]
        .join(" \u{1f} "),
    );
    all()
        .iter()
        .filter(|c| {
            a.dpia.criteria.iter().any(|r| r == c.code)
                || match c.code {
                    "sensitive_data" => {
                        a.data_categories.iter().any(|d| d.sensitivity != Sensitivity::Standard)
                            || c.words.iter().any(|w| holds(&text, w))
                    }
                    "automated_decisions" => a.automated_decisions == Some(true),
                    _ => c.words.iter().any(|w| holds(&text, w)),
                }
        })
        .collect()
}

/// When the table was last checked against its source (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_criteria_and_the_record_s_words_show_them() {
        assert_eq!(all().len(), 9, "a row of data/dpia-criteria.tsv does not parse");
        let payroll = Activity {
            purposes: vec!["Payer les salariés".into()],
            data_subjects: vec!["Salariés".into()],
            ..Default::default()
        };
        assert_eq!(met_by(&payroll).iter().map(|c| c.code).collect::<Vec<_>>(), ["vulnerable_subjects"]);
        let cameras = Activity {
            purposes: vec!["Vidéosurveillance des entrepôts".into()],
            data_subjects: vec!["Salariés".into(), "Visiteurs".into()],
            ..Default::default()
        };
        let codes: Vec<&str> = met_by(&cameras).iter().map(|c| c.code).collect();
        assert_eq!(codes, ["systematic_monitoring", "vulnerable_subjects"]);
        // Whole words only: "agents" of a staff list, not "management".
        let site = Activity { purposes: vec!["Site management".into()], ..Default::default() };
        assert!(met_by(&site).is_empty());
    }
}
