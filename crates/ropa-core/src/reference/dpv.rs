//! The W3C Data Privacy Vocabulary's identifiers for the values of the vocabularies of law, from
//! `data/dpv.tsv`, and the DPV concepts offered as suggestions for purposes, data subjects and
//! data categories, with the concept matching each measure category, from
//! `data/dpv-concepts.tsv`. Each file names its source and the date it was checked: what a later
//! export in DPV terms will use.

use std::sync::OnceLock;

use crate::model::Sensitivity;
use crate::text::fold;

const TABLE: &str = include_str!("../../data/dpv.tsv");
const CONCEPTS: &str = include_str!("../../data/dpv-concepts.tsv");

/// A DPV concept a pick-list suggests.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Concept {
    /// ropa's key for it ("email_address"), or for a measure category ropa's code.
    pub key: &'static str,
    /// Its DPV identifier ("pd:EmailAddress").
    pub dpv: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    /// German (the table's last column; English until it is written).
    pub de: &'static str,
    /// For a data category: standard, special category (Art. 9(1)) or criminal offence (Art. 10).
    pub sensitivity: Option<Sensitivity>,
}

/// The suggestion lists of `data/dpv-concepts.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestions {
    Purpose,
    DataSubject,
    DataCategory,
    MeasureCategory,
}

impl Suggestions {
    fn name(self) -> &'static str {
        match self {
            Suggestions::Purpose => "purpose",
            Suggestions::DataSubject => "data_subject",
            Suggestions::DataCategory => "data_category",
            Suggestions::MeasureCategory => "measure_category",
        }
    }
}

fn all_concepts() -> &'static [(&'static str, Concept)] {
    static ROWS: OnceLock<Vec<(&'static str, Concept)>> = OnceLock::new();
    ROWS.get_or_init(|| {
        CONCEPTS
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let cells: Vec<&'static str> = line.split('\t').collect();
                let sensitivity = match cells.get(5).copied() {
                    Some("special_category") => Some(Sensitivity::SpecialCategory),
                    Some("criminal_offence") => Some(Sensitivity::CriminalOffence),
                    Some("standard") => Some(Sensitivity::Standard),
                    _ => None,
                };
                let concept = Concept {
                    key: cells.get(1)?,
                    dpv: cells.get(2)?,
                    en: cells.get(3)?,
                    fr: cells.get(4)?,
                    de: cells.get(6).copied().filter(|d| !d.is_empty()).or(cells.get(3).copied())?,
                    sensitivity,
                };
                Some((cells[0], concept))
            })
            .collect()
    })
}

/// The concepts of one list, in the file's order.
pub fn concepts(list: Suggestions) -> Vec<Concept> {
    all_concepts().iter().filter(|(name, _)| *name == list.name()).map(|(_, c)| c.clone()).collect()
}

/// The data category that `name` names, by its key or its English, French or German label, ignoring
/// case and accents ("Health", "health data", "Données de santé", "santé", "Gesundheitsdaten").
pub fn data_category(name: &str) -> Option<&'static Concept> {
    static NAMES: OnceLock<std::collections::HashMap<String, &'static Concept>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = std::collections::HashMap::new();
        for (_, c) in all_concepts().iter().filter(|(list, _)| *list == Suggestions::DataCategory.name()) {
            for key in [c.key.replace('_', " "), bare(c.en), bare(c.fr), bare(c.de)] {
                names.entry(key).or_insert(c);
            }
        }
        names
    });
    let key = bare(name);
    if key.is_empty() {
        return None;
    }
    names.get(&key).copied()
}

/// A data category's name without what every one of them may carry: case, accents, "data",
/// "données de".
fn bare(name: &str) -> String {
    let folded = fold(name.trim()).replace('’', "'");
    let mut key = folded.as_str();
    for suffix in [" data", " information"] {
        key = key.strip_suffix(suffix).unwrap_or(key);
    }
    for prefix in ["donnees de ", "donnees d'", "donnees "] {
        key = key.strip_prefix(prefix).unwrap_or(key);
    }
    key.trim().to_string()
}

/// The vocabularies the table covers, as its first column names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    LawfulBasis,
    SpecialCondition,
    Safeguard,
    Derogation,
    /// Art. 28(2): how a processor may engage another (no DPV identifier).
    SubProcessing,
}

impl Vocabulary {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Vocabulary::LawfulBasis => "lawful_basis",
            Vocabulary::SpecialCondition => "special_condition",
            Vocabulary::Safeguard => "safeguard",
            Vocabulary::Derogation => "derogation",
            Vocabulary::SubProcessing => "sub_processing",
        }
    }
}

/// The DPV identifier ("eu-gdpr:A6-1-a") of a value given by its code ("consent").
pub fn identifier(vocabulary: Vocabulary, code: &str) -> Option<&'static str> {
    TABLE.lines().filter(|line| !line.starts_with('#')).find_map(|line| {
        let mut cells = line.split('\t');
        (cells.next()? == vocabulary.name() && cells.next()? == code).then(|| cells.next()).flatten()
    })
}

/// When the two tables were last checked against their source (the older `# checked:` line).
pub fn checked() -> crate::date::Date {
    super::checked_line(TABLE).min(super::checked_line(CONCEPTS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Derogation, LawfulBasis, Safeguard, SpecialCondition};
    use crate::vocab::Vocabulary as _;

    /// Every known value of the vocabularies of law has its identifier, but the Privacy Shield.
    #[test]
    fn every_value_of_law_has_its_dpv_identifier() {
        let codes = |values: Vec<serde_json::Value>| -> Vec<String> {
            values.into_iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
        };
        for code in codes(LawfulBasis::known().iter().map(|v| serde_json::to_value(v).unwrap()).collect()) {
            assert!(
                identifier(Vocabulary::LawfulBasis, &code).is_some_and(|i| i.starts_with("eu-gdpr:A6-1-")),
                "{code}"
            );
        }
        for code in codes(SpecialCondition::known().iter().map(|v| serde_json::to_value(v).unwrap()).collect()) {
            assert!(
                identifier(Vocabulary::SpecialCondition, &code).is_some_and(|i| i.starts_with("eu-gdpr:A9-2-")),
                "{code}"
            );
        }
        for value in Safeguard::known() {
            match serde_json::to_value(&value).unwrap() {
                serde_json::Value::String(code) if code == "privacy_shield" => {
                    assert_eq!(identifier(Vocabulary::Safeguard, &code), None)
                }
                serde_json::Value::String(code) => {
                    assert!(identifier(Vocabulary::Safeguard, &code).is_some(), "{code}")
                }
                _ => {}
            }
        }
        for d in [
            Derogation::ExplicitConsent,
            Derogation::ContractWithDataSubject,
            Derogation::ContractInInterestOfDataSubject,
            Derogation::PublicInterest,
            Derogation::LegalClaims,
            Derogation::VitalInterests,
            Derogation::PublicRegister,
        ] {
            let code = serde_json::to_value(d).unwrap().as_str().unwrap().to_string();
            assert!(
                identifier(Vocabulary::Derogation, &code).is_some_and(|i| i.starts_with("eu-gdpr:A49-1-")),
                "{code}"
            );
        }
        assert_eq!(identifier(Vocabulary::LawfulBasis, "legitimate_interests"), Some("eu-gdpr:A6-1-f"));
    }

    #[test]
    fn every_suggestion_is_whole_and_named_once() {
        for list in
            [Suggestions::Purpose, Suggestions::DataSubject, Suggestions::DataCategory, Suggestions::MeasureCategory]
        {
            let concepts = concepts(list);
            assert!(concepts.len() >= 15, "{list:?}");
            let mut keys = std::collections::HashSet::new();
            for c in &concepts {
                assert!(keys.insert(c.key), "{list:?} {} twice", c.key);
                assert!(!c.en.is_empty() && !c.fr.is_empty(), "{}", c.key);
                let prefix = if list == Suggestions::DataCategory { "pd:" } else { "dpv:" };
                assert!(c.dpv.starts_with(prefix) && c.dpv.len() > prefix.len(), "{}", c.dpv);
                assert_eq!(c.sensitivity.is_some(), list == Suggestions::DataCategory, "{}", c.key);
            }
        }
        // Each measure category of the model has its DPV concept.
        let measures = concepts(Suggestions::MeasureCategory);
        for category in crate::model::MeasureCategory::ALL {
            let code = serde_json::to_value(&category).unwrap();
            assert!(measures.iter().any(|c| c.key == code.as_str().unwrap()), "{code}");
        }
    }

    #[test]
    fn data_categories_are_recognised_in_every_language() {
        let key = |name: &str| data_category(name).map(|c| c.key);
        assert_eq!(key("Health"), Some("health"));
        assert_eq!(key("health data"), Some("health"));
        assert_eq!(key("Données de santé"), Some("health"));
        assert_eq!(key("Gesundheitsdaten"), Some("health"));
        assert_eq!(key("SANTÉ"), Some("health"));
        assert_eq!(key("Données biométriques"), Some("biometric"));
        assert_eq!(key("Biometric data"), Some("biometric"));
        assert_eq!(key("Appartenance syndicale"), Some("trade_union_membership"));
        assert_eq!(key("Email address"), Some("email_address"));
        assert_eq!(key("Health insurer"), None);
        assert_eq!(key(""), None);
        assert_eq!(data_category("Casier judiciaire"), None);
        assert_eq!(data_category("Criminal convictions").map(|c| c.sensitivity), None);
        assert_eq!(
            data_category("Criminal conviction").and_then(|c| c.sensitivity),
            Some(Sensitivity::CriminalOffence)
        );
    }
}
