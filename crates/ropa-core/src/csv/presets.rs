//! Which header means which field: ropa's own columns, the UK ICO controller template, the CNIL
//! register and the German registers after the DSK's model (`DSK`), matched tolerantly (case,
//! accents, spacing, "(if applicable)" tails, German plurals and declensions).
//!
//! Sources: `shared/reference/ico-controller-template-columns.txt` (the ICO's
//! gdpr-documentation-controller-template.xlsx, sheet "Template", row 9) and
//! `shared/reference/cnil-registre-fields.txt` (the CNIL's "registre des activités de
//! traitement"), both as kept in the project on 2026-11-23.

use serde::Serialize;

use super::fields::{Field, ACTIVITY_COLUMNS};
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
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
    /// The German supervisory authorities' (DSK) model register and its usual variants.
    Dsk,
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
            "dsk" => Some(Preset::Dsk),
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
            Preset::Dsk => "DSK model register",
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

/// The German supervisory authorities' model register and the registers German DPOs keep after it:
/// each column as they head it, and the field it fills. No preset: these are the fields' own words
/// (`fields::ACTIVITY_COLUMNS`, `LOOSE_COLUMNS`), so that any mix of them reads; this table holds
/// them to it (`every_dsk_column_names_its_field`) and documents them (docs/spreadsheet-format.md).
///
/// Sources, checked 2026-12-01:
/// - Datenschutzkonferenz (DSK), "Muster – Verzeichnis von Verarbeitungstätigkeiten
///   Verantwortlicher gem. Artikel 30 Abs. 1 DS-GVO" and "… Auftragsverarbeiter gem. Artikel 30
///   Abs. 2 DS-GVO", with the "Hinweise zum Verzeichnis von Verarbeitungstätigkeiten, Art. 30
///   DS-GVO" (February 2018, datenschutzkonferenz-online.de), as the Berlin commissioner's page on
///   the register presents them (datenschutz-berlin.de/themen/unternehmen/verarbeitungsverzeichnis).
///   The items of the model's sheet per activity: Verarbeitungstätigkeit, Datum der Einführung,
///   Datum der letzten Änderung, Verantwortliche Fachabteilung with its Ansprechpartner, Zwecke der
///   Verarbeitung, the categories of data subjects and of personal data, Kategorien von
///   Empfängern…, Übermittlungen … an ein Drittland …, Nennung der konkreten Datenempfänger,
///   Dokumentation geeigneter Garantien, Fristen für die Löschung der verschiedenen
///   Datenkategorien, Technische und organisatorische Maßnahmen (TOM) gemäß Art. 32 Abs. 1 DS-GVO;
///   the processor's model adds the controller it acts for and the Kategorien von Verarbeitungen.
///   The model PDFs were not among the reference texts searched on that day: the items above are
///   the models' as they word them after the Regulation's German text (Art. 30 DSGVO); check them
///   against the PDFs when those can be read.
/// - Variants seen in the templates and tools derived from it: verinice's register report
///   (SerNet, verinice-veo-reporting, templates/vvt.md: "Bezeichnung der Verarbeitung",
///   "Zweckbestimmung der Datenverarbeitung", "Rechtsgrundlage für die Datenverarbeitung",
///   "Abteilung/Fachbereich", "Auftragnehmer / Dienstleister", "Angabe geeigneter Garantien",
///   "Datenschutz-Folgenabschätzung"); a municipal register tool ("Bezeichnung der
///   Verarbeitungstätigkeit", "Rechtmäßigkeit der Verarbeitung", "Datum der Einführung",
///   "Verantwortliche Organisationseinheit"); the GDD-style form kept by the CCC Darmstadt
///   (doku.cccda.de, Verfahrensverzeichnis Mustervorlage: "Bezeichnung der Verarbeitungstätigkeit",
///   "Zweckbestimmung", "Ort der Verarbeitung", "Name der Software"); the usual short headers of
///   spreadsheets (Rechtsgrundlage, Löschfristen, TOM, Drittlandtransfer, Bemerkungen).
pub const DSK: &[(&str, Field)] = &[
    // The DSK model, controller (Art. 30(1)).
    ("Lfd. Nr.", Field::Reference),
    ("Verarbeitungstätigkeit", Field::Name),
    ("Bezeichnung der Verarbeitungstätigkeit", Field::Name),
    ("Datum der Einführung", Field::CreatedOn),
    ("Datum der letzten Änderung", Field::UpdatedOn),
    ("Verantwortliche Fachabteilung", Field::Owner),
    ("Ansprechpartner", Field::NoteLine),
    ("Gemeinsam für die Verarbeitung Verantwortliche", Field::JointControllers),
    ("Zwecke der Verarbeitung", Field::Purposes),
    ("Zweck(e) der Verarbeitung", Field::Purposes),
    ("Beschreibung der Kategorien betroffener Personen", Field::DataSubjects),
    ("Kategorien betroffener Personen", Field::DataSubjects),
    ("Beschreibung der Kategorien von personenbezogenen Daten", Field::DataCategories),
    ("Kategorien personenbezogener Daten", Field::DataCategories),
    ("Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)", Field::SpecialData),
    (
        "Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden",
        Field::Recipients,
    ),
    ("Kategorien von Empfängern", Field::Recipients),
    ("Interne Empfänger", Field::InternalRecipients),
    ("Externe Empfänger", Field::ExternalRecipients),
    (
        "Ggf. Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation",
        Field::TransferCountries,
    ),
    ("Nennung der konkreten Datenempfänger", Field::Recipients),
    ("Dokumentation geeigneter Garantien", Field::TransferSafeguards),
    ("Fristen für die Löschung der verschiedenen Datenkategorien", Field::Retention),
    ("Technische und organisatorische Maßnahmen (TOM) gemäß Art. 32 Abs. 1 DS-GVO", Field::Measures),
    // The DSK model, processor (Art. 30(2)).
    ("Name und Kontaktdaten des Verantwortlichen", Field::Controllers),
    ("Kategorien von Verarbeitungen, die im Auftrag des Verantwortlichen durchgeführt werden", Field::Purposes),
    // Registers kept after it, and their short headers.
    ("Bezeichnung der Verarbeitung", Field::Name),
    ("Beschreibung der Verarbeitung", Field::Description),
    ("Zweckbestimmung", Field::Purposes),
    ("Zweckbestimmung der Datenverarbeitung", Field::Purposes),
    ("Rechtsgrundlage", Field::LegalBases),
    ("Rechtsgrundlage für die Datenverarbeitung", Field::LegalBases),
    ("Rechtmäßigkeit der Verarbeitung", Field::LegalBases),
    ("Rechtsgrundlage nach Art. 9 DSGVO", Field::SpecialBases),
    ("Betroffene Personengruppen", Field::DataSubjects),
    ("Datenkategorien", Field::DataCategories),
    ("Empfänger", Field::Recipients),
    ("Auftragsverarbeiter", Field::ProcessorRecipients),
    ("Auftragnehmer / Dienstleister", Field::ProcessorRecipients),
    ("Drittlandtransfer", Field::TransferCountries),
    ("Übermittlung in Drittländer", Field::TransferCountries),
    ("Datenübermittlung in Drittländer", Field::TransferCountries),
    ("Geeignete Garantien", Field::TransferSafeguards),
    ("Angabe geeigneter Garantien", Field::TransferSafeguards),
    ("Löschfristen", Field::Retention),
    ("Löschfrist", Field::Retention),
    ("Speicherdauer", Field::Retention),
    ("TOM", Field::Measures),
    ("Technische und organisatorische Maßnahmen", Field::Measures),
    ("Abteilung/Fachbereich", Field::Owner),
    ("Verantwortliche Organisationseinheit", Field::Owner),
    ("Ort der Verarbeitung", Field::Locations),
    ("Eingesetzte Software", Field::Software),
    ("Herkunft der Daten", Field::Source),
    ("Datenschutz-Folgenabschätzung", Field::DpiaRequired),
    ("DSFA erforderlich", Field::DpiaRequired),
    ("Berechtigtes Interesse", Field::LegitimateInterest),
    ("Betroffenenrechte", Field::Rights),
    ("Unterauftragsverarbeiter", Field::SubProcessors),
    ("Letzte Überprüfung", Field::LastReview),
    ("Bemerkungen", Field::Notes),
];

/// The key a header is compared by: its words folded (case, accents), split at punctuation, at
/// `snake_case` and at `camelCase`, without a trailing note in brackets ("(if applicable)"), "?"
/// or ":", without small words ("of", "the", "de", "des"...), each word singular. "Legal bases",
/// `legal_basis`, `legalBasis` and "Base(s) légale(s)" fold to the same two words as their
/// singulars.
pub fn header_key(header: &str) -> String {
    // Plural and gender marks in brackets: "Base(s)", "Zweck(e)", "Kategorie(n)", "Salarié(e)s".
    let mut text = header.to_string();
    for mark in ["(s)", "(S)", "(e)", "(E)", "(n)", "(N)", "(en)", "(EN)"] {
        text = text.replace(mark, "");
    }
    // "Maßnahmen" and the Swiss "Massnahmen" are one word.
    let mut text = text.replace('ß', "ss").replace('ẞ', "SS");
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

/// Words that do not tell headers apart: English, French and German articles, prepositions and
/// conjunctions, the German gender ending written apart ("Empfänger:innen", "EmpfängerInnen"), and
/// the "if any" of German forms ("ggf.").
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "to",
    "for",
    "and",
    "or",
    "in",
    "on",
    "by",
    "with",
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "et",
    "ou",
    "en",
    "au",
    "aux",
    "par",
    "pour",
    "sur",
    "un",
    "une",
    "dans",
    "der",
    "die",
    "das",
    "dem",
    "den",
    "von",
    "vom",
    "zu",
    "zum",
    "zur",
    "und",
    "oder",
    "fur",
    "im",
    "ein",
    "eine",
    "einer",
    "eines",
    "bei",
    "mit",
    "innen",
    "ggf",
    "gegebenenfalls",
    "bzw",
];

/// German adjectives declined ("betroffene", "betroffener", "betroffenen Personen") are one word in
/// a header: their stems, which no English or French header word starts with.
const GERMAN_ADJECTIVES: &[&str] = &[
    "personenbezogen",
    "betroffen",
    "besonder",
    "verantwortlich",
    "gemeinsam",
    "berechtigt",
    "automatisiert",
    "intern",
    "extern",
    "geeignet",
    "technisch",
    "organisatorisch",
    "eingesetzt",
    "letzt",
    "nachst",
    "sonstig",
    "verarbeitet",
];

fn singular(word: &str) -> String {
    match word {
        "bases" => return "basis".to_string(),
        "analyses" => return "analysis".to_string(),
        // French and English fold to one word: "catégorie(s)", "category", "categories".
        "categorie" | "categories" => return "category".to_string(),
        // Singular in French.
        "pays" => return "pays".to_string(),
        // German plurals the rules below do not reach.
        "zwecke" => return "zweck".to_string(),
        "personen" => return "person".to_string(),
        "garantien" => return "garantie".to_string(),
        "interessen" => return "interesse".to_string(),
        _ => {}
    }
    // German: "Kategorien" and "Datenkategorien" fold with "category" ("Kategorien betroffener
    // Personen", "Categories of data subjects"); declined adjectives to their stem; the usual
    // plural endings of the nouns a register's headers use.
    if word == "kategorie" || word == "kategorien" {
        return "category".to_string();
    }
    if let Some(stem) = word.strip_suffix("kategorien") {
        return format!("{stem}kategorie");
    }
    if let Some(stem) = GERMAN_ADJECTIVES.iter().find(|stem| {
        word.strip_prefix(**stem).is_some_and(|ending| matches!(ending, "" | "e" | "er" | "en" | "es" | "em"))
    }) {
        return stem.to_string();
    }
    for (plural, singular) in [
        ("ungen", "ung"),
        ("heiten", "heit"),
        ("keiten", "keit"),
        ("fristen", "frist"),
        ("lagen", "lage"),
        ("nahmen", "nahme"),
        ("lander", "land"),
        ("staaten", "staat"),
        ("angern", "anger"),
    ] {
        if let Some(stem) = word.strip_suffix(plural) {
            return format!("{stem}{singular}");
        }
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
        Preset::Dsk => find(DSK),
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
            let labels = crate::vocab::Lang::ALL.into_iter().map(|l| column.label(l));
            let names: Vec<&str> = std::iter::once(column.header).chain(labels).collect();
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
        let names = std::iter::once(column.header).chain(crate::vocab::Lang::ALL.into_iter().map(|l| column.label(l)));
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
    fn every_dsk_column_names_its_field() {
        for (header, field) in DSK {
            let found = field_for(Preset::Generic, header);
            // A column with no field of its own is kept in the notes under its header.
            let expected = if *field == Field::NoteLine { None } else { Some(*field) };
            assert_eq!(found, expected, "{header}");
        }
    }

    #[test]
    fn german_headers_fold_as_their_words() {
        let cases = [
            ("Kategorien betroffener Personen", "category betroffen person"),
            ("Zweck(e) der Verarbeitung", "zweck verarbeitung"),
            ("Empfänger:innen", "empfanger"),
            ("EmpfängerInnen", "empfanger"),
            ("Maßnahmen", "massnahme"),
            ("Massnahmen", "massnahme"),
            ("Drittländer", "drittland"),
            ("Rechtsgrundlage(n)", "rechtsgrundlage"),
        ];
        for (header, key) in cases {
            assert_eq!(header_key(header), key, "{header}");
        }
        // German headers and their English and French equivalents name the same fields.
        for (header, field) in [
            ("Kategorien personenbezogener Daten", Field::DataCategories),
            (
                "Beschreibung der Kategorien betroffener Personen und der Kategorien personenbezogener Daten",
                Field::NoteLine,
            ),
            ("Rechtsgrundlage für besondere Kategorien personenbezogener Daten", Field::SpecialBases),
            (
                "Gegebenenfalls Übermittlungen an ein Drittland oder an eine internationale Organisation",
                Field::TransferCountries,
            ),
            ("Technische und organisatorische Massnahmen", Field::Measures),
            ("Verantwortliche Fachabteilung", Field::Owner),
            ("Verantwortlicher (Auftraggeber)", Field::Controllers),
        ] {
            // Both the subjects and the data in one column: no single field, the notes keep it.
            let expected = if field == Field::NoteLine { None } else { Some(field) };
            assert_eq!(field_for(Preset::Generic, header), expected, "{header}");
        }
    }

    #[test]
    fn no_two_fields_share_words() {
        assert_eq!(ambiguous_words(), Vec::<(String, Field, Field)>::new());
    }
}
