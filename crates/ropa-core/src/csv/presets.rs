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
#[derive(Default)]
pub enum Preset {
    /// Whichever fits the header row best.
    #[default]
    Auto,
    /// ropa's own files.
    Ropa,
    /// The UK ICO controller documentation template.
    Ico,
    /// The CNIL's register of processing activities.
    Cnil,
    /// Another tool's or a DPO's own columns, recognised by their names.
    Generic,
}

impl Preset {
    pub fn parse(s: &str) -> Option<Preset> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Preset::Auto),
            "ropa" => Some(Preset::Ropa),
            "ico" => Some(Preset::Ico),
            "cnil" => Some(Preset::Cnil),
            "generic" | "other" => Some(Preset::Generic),
            _ => None,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Preset::Auto => "automatic",
            Preset::Ropa => "ropa's own columns",
            Preset::Ico => "UK ICO controller template",
            Preset::Cnil => "CNIL register",
            Preset::Generic => "columns recognised by their names",
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
    // The template's summary in English, as ropa writes it (`workbook::cnil`).
    ("Name of the processing", Field::Name),
    ("No. / Ref.", Field::Reference),
    ("Record created on", Field::CreatedOn),
    ("Record last updated on", Field::UpdatedOn),
    ("Purpose of the processing", Field::Purposes),
    ("Sensitive data", Field::SpecialData),
];

/// The key a header is compared by: its words folded (case, accents), split at punctuation, at
/// `snake_case` and at `camelCase`, without a trailing note in brackets ("(if applicable)"), "?"
/// or ":", without small words ("of", "the", "de", "des"...), each word singular. "Legal bases",
/// `legal_basis`, `legalBasis` and "Base(s) légale(s)" fold to the same two words as their
/// singulars.
pub fn header_key(header: &str) -> String {
    let mut text = header.replace("(s)", "").replace("(S)", "");
    // A trailing note: "(if applicable)", "(si applicable)", and trailing "?", ":", "*".
    loop {
        let trimmed = text.trim_end_matches(['?', ':', '*', ' ', '.', '\u{a0}']).to_string();
        let without_tail = match (trimmed.rfind('('), trimmed.ends_with(')')) {
            (Some(open), true) if open > 0 && !trimmed[..open].trim().is_empty() => {
                trimmed[..open].trim_end().to_string()
            }
            _ => trimmed.clone(),
        };
        if without_tail == text {
            break;
        }
        text = without_tail;
    }
    // camelCase: a capital after a small letter starts a word.
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if c.is_uppercase() && previous.is_some_and(|p| p.is_lowercase()) {
            spaced.push(' ');
        }
        spaced.push(c);
        previous = Some(c);
    }
    let folded = fold(&spaced);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOP_WORDS.contains(w))
        .map(singular)
        .collect();
    words.join(" ")
}

/// Words that do not tell headers apart.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "by", "with", "de", "des", "du", "la", "le", "les",
    "l", "d", "et", "ou", "en", "au", "aux", "par", "pour", "sur", "un", "une", "dans",
];

fn singular(word: &str) -> String {
    match word {
        "bases" => return "basis".to_string(),
        "analyses" => return "analysis".to_string(),
        // French and English fold to one word: "catégorie(s)", "category", "categories".
        "categorie" | "categories" => return "category".to_string(),
        // Singular in French.
        "pays" => return "pays".to_string(),
        _ => {}
    }
    let n = word.chars().count();
    if n > 4 && word.ends_with("ies") {
        format!("{}y", &word[..word.len() - 3])
    } else if n > 4 && word.ends_with("aux") {
        format!("{}al", &word[..word.len() - 3])
    } else if n > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

/// The field a header names in a preset: the preset's own table first (ropa's headers, the ICO
/// template's, the CNIL register's), then the words of every field (`fields::all_columns`).
pub fn field_for(preset: Preset, header: &str) -> Option<Field> {
    let key = header_key(header);
    if key.is_empty() {
        return None;
    }
    let find = |table: &[(&str, Field)]| table.iter().find(|(h, _)| header_key(h) == key).map(|(_, f)| *f);
    let own = match preset {
        Preset::Ropa => ACTIVITY_COLUMNS.iter().find(|c| header_key(c.header) == key).map(|c| c.field),
        Preset::Ico => find(ICO),
        Preset::Cnil => find(CNIL),
        Preset::Auto | Preset::Generic => None,
    };
    // Then everyone's words, then ropa's own headers (its "ID" aside: another file's "ID" is its
    // reference), which ropa's ICO and CNIL workbooks add for what those layouts lack.
    own.or_else(|| field_by_words(&key)).or_else(|| {
        ACTIVITY_COLUMNS.iter().find(|c| c.field != Field::Id && header_key(c.header) == key).map(|c| c.field)
    })
}

/// The field whose header, French name or synonym has these words (`header_key`); else the one
/// whose words, two or more, all appear in the header, when only one field's do.
pub fn field_by_words(key: &str) -> Option<Field> {
    let index = synonym_index();
    if let Some(field) = index.iter().find(|(k, _)| k == key).map(|(_, f)| *f) {
        return Some(field);
    }
    let words: Vec<&str> = key.split(' ').collect();
    let mut sorted = words.clone();
    sorted.sort_unstable();
    if let Some((_, field)) = index.iter().find(|(k, _)| {
        let mut theirs: Vec<&str> = k.split(' ').collect();
        theirs.sort_unstable();
        theirs == sorted
    }) {
        return Some(*field);
    }
    if words.len() > 16 {
        return None;
    }
    let mut best: Vec<(usize, Field)> = index
        .iter()
        .filter_map(|(k, f)| {
            let theirs: Vec<&str> = k.split(' ').collect();
            (theirs.len() >= 2 && theirs.iter().all(|w| words.contains(w))).then_some((theirs.len(), *f))
        })
        .collect();
    best.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    match best.as_slice() {
        [] => None,
        [(n, f), rest @ ..] => {
            if rest.iter().any(|(m, g)| m == n && g != f) {
                None
            } else {
                Some(*f)
            }
        }
    }
}

/// Every field's words as `header_key` folds them, once.
fn synonym_index() -> &'static [(String, Field)] {
    static INDEX: std::sync::OnceLock<Vec<(String, Field)>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(String, Field)> = Vec::new();
        for column in super::fields::all_columns() {
            // ropa's "ID" is its own number: another file's "ID" is its reference; ropa's
            // "Transfers" are structured, another file's are countries (`TransferCountries`).
            let own = !matches!(column.field, Field::Id | Field::Transfers);
            // Its header, its name in every language, its synonyms.
            let labels: Vec<String> = crate::vocab::Lang::ALL.into_iter().map(|l| column.label(l)).collect();
            let names: Vec<&str> = std::iter::once(column.header).chain(labels.iter().map(String::as_str)).collect();
            let names = if own { names } else { Vec::new() };
            for words in names.into_iter().chain(column.synonyms.iter().copied()) {
                let key = header_key(words);
                if key.is_empty() {
                    continue;
                }
                if !index.iter().any(|(k, _)| *k == key) {
                    index.push((key, column.field));
                }
            }
        }
        index
    })
}

/// Which field's words fold to the same key as another field's: a mistake in the tables.
pub fn ambiguous_words() -> Vec<(String, Field, Field)> {
    let mut seen: Vec<(String, Field)> = Vec::new();
    let mut out = Vec::new();
    for column in super::fields::all_columns().filter(|c| !matches!(c.field, Field::Id | Field::Transfers)) {
        let labels: Vec<String> = crate::vocab::Lang::ALL.into_iter().map(|l| column.label(l)).collect();
        let names = std::iter::once(column.header).chain(labels.iter().map(String::as_str));
        for words in names.chain(column.synonyms.iter().copied()) {
            let key = header_key(words);
            match seen.iter().find(|(k, _)| *k == key) {
                Some((_, other)) if *other != column.field => out.push((words.to_string(), *other, column.field)),
                Some(_) => {}
                None => seen.push((key, column.field)),
            }
        }
    }
    out
}

/// A field by the name a user gives in `--map` (our header or the field's code).
pub fn field_named(name: &str) -> Option<Field> {
    let key = header_key(name);
    let code = fold(name).replace([' ', '_', '-'], "");
    super::fields::all_columns()
        .find(|c| header_key(c.header) == key || fold(&format!("{:?}", c.field)) == code)
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
        assert_eq!(field_named("legal_bases"), Some(Field::LegalBases));
    }

    #[test]
    fn other_peoples_words_find_their_field() {
        let cases = [
            ("legalBasis", Field::LegalBases),
            ("dataSubjects", Field::DataSubjects),
            ("retentionPeriod", Field::Retention),
            ("base_legale", Field::LegalBases),
            ("personnes_concernees", Field::DataSubjects),
            ("duree_conservation", Field::Retention),
            ("Lawful basis", Field::LegalBases),
            ("Base juridique", Field::LegalBases),
            ("Categories of individuals", Field::DataSubjects),
            ("Data types", Field::DataCategories),
            ("Catégories de données", Field::DataCategories),
            ("Retention schedule", Field::Retention),
            ("TOMs", Field::Measures),
            ("Mesures de sécurité", Field::Measures),
            ("Destinataires", Field::Recipients),
            ("Transferts hors UE", Field::TransferCountries),
            ("Pays", Field::TransferCountries),
            ("Garanties", Field::TransferSafeguards),
            ("N° / RÉF", Field::Reference),
            ("Ref.", Field::Reference),
            ("ID", Field::Reference),
            ("Department", Field::Owner),
            ("Business function", Field::Owner),
            ("Purpose(s) of the processing", Field::Purposes),
            ("Security measures (Art. 32)", Field::Measures),
            ("DATA_CATEGORIES", Field::DataCategories),
            (
                "Names of third countries or international organisations that personal data are transferred to (if applicable)",
                Field::TransferCountries,
            ),
        ];
        for (header, field) in cases {
            assert_eq!(field_for(Preset::Generic, header), Some(field), "{header}");
        }
        assert_eq!(field_for(Preset::Ropa, "ID"), Some(Field::Id));
        assert_eq!(field_for(Preset::Generic, "Favourite colour"), None);
    }

    #[test]
    fn no_two_fields_share_words() {
        assert_eq!(ambiguous_words(), Vec::<(String, Field, Field)>::new());
    }
}
