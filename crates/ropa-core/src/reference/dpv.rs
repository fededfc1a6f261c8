//! The W3C Data Privacy Vocabulary's identifiers for the values of the vocabularies of law, from
//! `data/dpv.tsv` (which names its source and the date it was checked): what a later export in
//! DPV terms will use.

const TABLE: &str = include_str!("../../data/dpv.tsv");

/// The vocabularies the table covers, as its first column names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vocabulary {
    LawfulBasis,
    SpecialCondition,
    Safeguard,
    Derogation,
}

impl Vocabulary {
    fn name(self) -> &'static str {
        match self {
            Vocabulary::LawfulBasis => "lawful_basis",
            Vocabulary::SpecialCondition => "special_condition",
            Vocabulary::Safeguard => "safeguard",
            Vocabulary::Derogation => "derogation",
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

/// When the table was last checked against its source (its `# checked:` line).
pub fn checked() -> crate::date::Date {
    super::checked_line(TABLE)
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
}
