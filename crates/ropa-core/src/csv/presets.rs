//! Which header means which field: ropa's own columns, the UK ICO controller template and the
//! CNIL register, matched tolerantly (case, accents, spacing, "(if applicable)" tails).
//!
//! Sources: `shared/reference/ico-controller-template-columns.txt` (the ICO's
//! gdpr-documentation-controller-template.xlsx, sheet "Template", row 9) and
//! `shared/reference/cnil-registre-fields.txt` (the CNIL's "registre des activités de
//! traitement"), both as kept in the project on 2026-11-23.

use serde::Serialize;

use super::fields::{Field, ACTIVITY_COLUMNS};
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// Whichever fits the header row best.
    Auto,
    /// ropa's own files.
    Ropa,
    /// The UK ICO controller documentation template.
    Ico,
    /// The CNIL's register of processing activities.
    Cnil,
}

impl Preset {
    pub fn parse(s: &str) -> Option<Preset> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Preset::Auto),
            "ropa" => Some(Preset::Ropa),
            "ico" => Some(Preset::Ico),
            "cnil" => Some(Preset::Cnil),
            _ => None,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Preset::Auto => "automatic",
            Preset::Ropa => "ropa's own columns",
            Preset::Ico => "UK ICO controller template",
            Preset::Cnil => "CNIL register",
        }
    }
}

/// The ICO template's 30 columns, A to AD, in order, and where each goes.
pub const ICO: &[(&str, Field)] = &[
    ("Business function", Field::Owner),
    ("Purpose of processing", Field::Purposes),
    ("Name and contact details of joint controller (if applicable)", Field::JointControllers),
    ("Categories of individuals", Field::DataSubjects),
    ("Categories of personal data", Field::DataCategories),
    ("Categories of recipients", Field::Recipients),
    ("Link to contract with processor", Field::NoteLine),
    ("Names of third countries or international organisations that personal data are transferred to (if applicable)", Field::TransferCountries),
    ("Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)", Field::TransferSafeguards),
    ("Retention schedule (if possible)", Field::Retention),
    ("General description of technical and organisational security measures (if possible)", Field::Measures),
    ("Article 6 lawful basis for processing personal data", Field::LegalBases),
    ("Article 9 condition for processing special category data", Field::SpecialBases),
    ("Legitimate interests for the processing (if applicable)", Field::LegitimateInterest),
    ("Link to record of legitimate interests assessment (if applicable)", Field::LegitimateInterestAssessment),
    ("Rights available to individuals", Field::Rights),
    ("Existence of automated decision-making, including profiling (if applicable)", Field::AutomatedDecisions),
    ("The source of the personal data (if applicable)", Field::Source),
    ("Link to record of consent", Field::ConsentRecord),
    ("Location of personal data", Field::Locations),
    ("Data Protection Impact Assessment required?", Field::DpiaRequired),
    ("Data Protection Impact Assessment progress", Field::DpiaStatus),
    ("Link to Data Protection Impact Assessment", Field::DpiaReference),
    ("Has a personal data breach occurred?", Field::NoteLine),
    ("Link to record of personal data breach", Field::NoteLine),
    ("Data Protection Act 2018 Schedule 1 Condition for processing", Field::NoteLine),
    ("GDPR Article 6 lawful basis for processing", Field::LegalBases),
    ("Link to retention and erasure policy document", Field::NoteLine),
    ("Is personal data retained and erased in accordance with the policy document?", Field::NoteLine),
    ("Reasons for not adhering to policy document (if applicable)", Field::NoteLine),
];

/// The CNIL register's labels, with the variants French spreadsheets use.
pub const CNIL: &[(&str, Field)] = &[
    ("Nom de l'activité", Field::Name),
    ("Activité", Field::Name),
    ("Nom du traitement", Field::Name),
    ("Nom", Field::Name),
    ("Traitement", Field::Name),
    ("Intitulé", Field::Name),
    ("Intitulé du traitement", Field::Name),
    ("Date de création de la fiche", Field::CreatedOn),
    ("Date de création", Field::CreatedOn),
    ("Date de dernière mise à jour", Field::UpdatedOn),
    ("Date de mise à jour", Field::UpdatedOn),
    ("Nom du responsable conjoint du traitement", Field::JointControllers),
    ("Responsable conjoint", Field::JointControllers),
    ("Nom du logiciel ou de l'application", Field::Software),
    ("Logiciel", Field::Software),
    ("Objectifs poursuivis", Field::Purposes),
    ("Finalité", Field::Purposes),
    ("Finalités", Field::Purposes),
    ("Finalité(s)", Field::Purposes),
    ("Finalité principale", Field::Purposes),
    ("Sous-finalités", Field::Purposes),
    ("Base légale", Field::LegalBases),
    ("Base juridique", Field::LegalBases),
    ("Catégories de personnes concernées", Field::DataSubjects),
    ("Personnes concernées", Field::DataSubjects),
    ("Catégories de données collectées", Field::DataCategories),
    ("Catégories de données", Field::DataCategories),
    ("Données sensibles", Field::SpecialData),
    ("Durées de conservation", Field::Retention),
    ("Durée de conservation", Field::Retention),
    ("Destinataires", Field::Recipients),
    ("Destinataires internes", Field::InternalRecipients),
    ("Organismes externes", Field::ExternalRecipients),
    ("Destinataires externes", Field::ExternalRecipients),
    ("Sous-traitants", Field::ProcessorRecipients),
    ("Transferts des données hors UE", Field::TransferCountries),
    ("Transferts hors UE", Field::TransferCountries),
    ("Garanties", Field::TransferSafeguards),
    ("Mesures de sécurité", Field::Measures),
    ("Service", Field::Owner),
    ("Responsable opérationnel", Field::Owner),
    ("Description", Field::Description),
    ("Source des données", Field::Source),
    ("AIPD", Field::DpiaRequired),
    ("Analyse d'impact", Field::DpiaRequired),
];

/// The key a header is compared by: folded, with a trailing parenthesised note, "?", ":" or "*"
/// removed.
pub fn header_key(header: &str) -> String {
    let mut key = fold(header);
    loop {
        let trimmed = key.trim_end_matches(['?', ':', '*', ' ', '.']).to_string();
        let without_tail = match (trimmed.rfind('('), trimmed.ends_with(')')) {
            (Some(open), true) if open > 0 => {
                let inner = &trimmed[open + 1..trimmed.len() - 1];
                // "(s)" plural marks are part of the word, not a note.
                if inner == "s" {
                    trimmed.clone()
                } else {
                    trimmed[..open].trim_end().to_string()
                }
            }
            _ => trimmed.clone(),
        };
        if without_tail == key {
            return key;
        }
        key = without_tail;
    }
}

/// The field a header names in a preset, if any.
pub fn field_for(preset: Preset, header: &str) -> Option<Field> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    let find = |table: &[(&str, Field)]| table.iter().find(|(h, _)| header_key(h) == key).map(|(_, f)| *f);
    match preset {
        Preset::Ropa => ACTIVITY_COLUMNS.iter().find(|c| header_key(c.header) == key).map(|c| c.field),
        Preset::Ico => find(ICO),
        Preset::Cnil => find(CNIL),
        Preset::Auto => None,
    }
}

/// A field by the name a user gives in `--map` (our header or the field's code).
pub fn field_named(name: &str) -> Option<Field> {
    let key = header_key(name);
    ACTIVITY_COLUMNS
        .iter()
        .find(|c| header_key(c.header) == key || fold(&format!("{:?}", c.field)) == key.replace([' ', '_'], ""))
        .map(|c| c.field)
        .or(match key.as_str() {
            "note" | "notes line" | "note line" => Some(Field::NoteLine),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_tolerantly() {
        assert_eq!(field_for(Preset::Ico, "purpose of processing"), Some(Field::Purposes));
        assert_eq!(field_for(Preset::Ico, "Retention schedule"), Some(Field::Retention));
        assert_eq!(field_for(Preset::Ico, "  RETENTION   SCHEDULE (if possible) "), Some(Field::Retention));
        assert_eq!(field_for(Preset::Ico, "Data Protection Impact Assessment required"), Some(Field::DpiaRequired));
        assert_eq!(field_for(Preset::Cnil, "Finalite(s)"), Some(Field::Purposes));
        assert_eq!(field_for(Preset::Cnil, "DUREES DE CONSERVATION"), Some(Field::Retention));
        assert_eq!(field_for(Preset::Cnil, "Nom de l’activité"), Some(Field::Name));
        assert_eq!(field_for(Preset::Ropa, "Art. 9 conditions"), Some(Field::SpecialBases));
        assert_eq!(field_for(Preset::Ropa, "Unknown"), None);
    }

    #[test]
    fn the_ico_template_has_its_30_columns() {
        assert_eq!(ICO.len(), 30);
        let reference = include_str!("../../tests/fixtures/ico-controller-template-columns.txt");
        let headers: Vec<&str> = reference.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        assert_eq!(headers, ICO.iter().map(|(h, _)| *h).collect::<Vec<_>>());
    }

    #[test]
    fn fields_by_user_names() {
        assert_eq!(field_named("Purposes"), Some(Field::Purposes));
        assert_eq!(field_named("data_subjects"), Some(Field::DataSubjects));
        assert_eq!(field_named("notes"), Some(Field::Notes));
        assert_eq!(field_named("note line"), Some(Field::NoteLine));
    }
}
