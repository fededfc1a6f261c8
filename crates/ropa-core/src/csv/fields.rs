//! The fields an activity row can fill, the columns of ropa's own activity file, and how a cell
//! becomes part of an activity (strictly, for our own files; loosely, for spreadsheets people
//! typed).

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::cells::{
    self, item, list, parse_date, parse_item, parse_items, parse_list, parse_loose_list, parse_period, parse_yes_no,
};
use crate::i18n::Text;
use crate::model::{
    Activity, Contact, DataCategory, DpiaStatus, LawfulBasis, LegalBasis, Location, MeasureCategory, Recipient,
    RecipientKind, Retention, Role, Safeguard, Sensitivity, SpecialBasis, SpecialCondition, Status, Transfer,
};
use crate::reference::countries;
use crate::vocab::{Lang, Vocabulary};

/// A plain text field of the activity: which `Field` it is, its path in the stored entry, where
/// the model keeps it, and where the documents show it. The CSV and workbook cells (`cell_in`,
/// `apply`), the history's paths (`field_of_path`), an import's merge, the search, the record
/// (PDF) and `ropa show` read it here, so that a new text field is written in the model, this
/// table and the editor's layout (a tidy test counts the files that name one).
pub struct TextField {
    pub field: Field,
    pub path: &'static str,
    pub get: fn(&Activity) -> &String,
    pub get_mut: fn(&mut Activity) -> &mut String,
    pub shown: Shown,
}

/// Where a text field appears in the record given out (the PDF) and in `ropa show`; the label is
/// the field's own (`field-…` in the language files).
#[derive(Debug, Clone, Copy)]
pub enum Shown {
    /// Laid out by hand: the name heads the activity, the description opens it.
    ByHand,
    /// Among the activity's other details, in this table's order, "not recorded" when empty.
    Always,
    /// Among the other details when filled, or when the activity calls for it ("not recorded"):
    /// an Art. 10 basis where criminal-offence data are processed.
    WhenFilledOr(fn(&Activity) -> bool),
    /// Beside the answer of another field ("Yes — credit scoring"; "Required — DPIA-2024-03").
    DetailOf(Field),
    /// In `ropa show` and the window only: the DPO's own, not in the documents given out.
    Internal,
}

impl Shown {
    /// Shown when filled only.
    pub const WHEN_FILLED: Shown = Shown::WhenFilledOr(|_| false);
}

macro_rules! text_fields {
    ($($field:ident: $path:literal => $($member:ident).+, $shown:expr;)*) => {
        pub const TEXT_FIELDS: &[TextField] = &[$(TextField {
            field: Field::$field,
            path: $path,
            get: |a| &a.$($member).+,
            get_mut: |a| &mut a.$($member).+,
            shown: $shown,
        }),*];
    };
}

text_fields! {
    Name: "name" => name, Shown::ByHand;
    Description: "description" => description, Shown::ByHand;
    CriminalBasis: "criminal_basis" => criminal_basis,
        Shown::WhenFilledOr(|a| a.data_categories.iter().any(|c| c.sensitivity == Sensitivity::CriminalOffence));
    Source: "source" => source, Shown::Always;
    Rights: "rights" => rights, Shown::Always;
    Owner: "owner" => owner, Shown::Always;
    Software: "software" => software, Shown::WHEN_FILLED;
    Reference: "reference" => reference, Shown::Always;
    DpiaReference: "dpia.reference" => dpia.reference, Shown::DetailOf(Field::DpiaStatus);
    AutomatedDecisionsDetail: "automated_decisions_detail" => automated_decisions_detail,
        Shown::DetailOf(Field::AutomatedDecisions);
    Notes: "notes" => notes, Shown::Internal;
}

/// The details of `field` an activity holds (`Shown::DetailOf`), filled ones only, in order.
pub fn details_of(field: Field, a: &Activity) -> Vec<&str> {
    TEXT_FIELDS
        .iter()
        .filter(|t| matches!(t.shown, Shown::DetailOf(f) if f == field))
        .map(|t| (t.get)(a).trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The text fields shown among an activity's other details, each with its value ("" when it is
/// shown empty), in order: the documents given out (`internal` false) or `ropa show` (true).
pub fn other_details(a: &Activity, internal: bool) -> Vec<(Field, &str)> {
    TEXT_FIELDS
        .iter()
        .filter(|t| match t.shown {
            Shown::Always => true,
            Shown::WhenFilledOr(needed) => !(t.get)(a).trim().is_empty() || needed(a),
            Shown::Internal => internal,
            Shown::ByHand | Shown::DetailOf(_) => false,
        })
        .map(|t| (t.field, (t.get)(a).as_str()))
        .collect()
}

/// The text field `field` is, if it is one.
pub fn text_field(field: Field) -> Option<&'static TextField> {
    TEXT_FIELDS.iter().find(|t| t.field == field)
}

impl Field {
    /// Its name in `lang`, as the columns, the editor, the record and the history say it
    /// (`field-…` in the language files' fields.ftl).
    pub fn label(self, lang: Lang) -> &'static str {
        column_of(self).map_or("", |c| c.label(lang))
    }

    /// Its code, as the JSON writes it ("legal_bases").
    pub fn code(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }

    /// Its cells hold structured items, one per line, their parts separated by " | ".
    pub fn is_structured(self) -> bool {
        matches!(
            self,
            Field::JointControllers
                | Field::LegalBases
                | Field::SpecialBases
                | Field::DataCategories
                | Field::Recipients
                | Field::Locations
                | Field::Transfers
                | Field::Retention
        )
    }
}

/// Where a column's cells go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Id,
    Organisation,
    Reference,
    Name,
    Description,
    Role,
    Status,
    Controllers,
    JointControllers,
    Purposes,
    LegalBases,
    SpecialBases,
    CriminalBasis,
    DataSubjects,
    DataCategories,
    Source,
    Recipients,
    Locations,
    Transfers,
    NoTransfers,
    Retention,
    Measures,
    SubProcessors,
    DpiaRequired,
    DpiaStatus,
    DpiaReference,
    DpiaCriteria,
    AutomatedDecisions,
    AutomatedDecisionsDetail,
    Rights,
    Owner,
    Software,
    CreatedOn,
    UpdatedOn,
    LastReview,
    NextReview,
    Notes,
    // Fields of spreadsheets people keep, read loosely.
    /// Recipients of a known kind, one name per line or semicolon.
    InternalRecipients,
    ExternalRecipients,
    ProcessorRecipients,
    /// Countries data are transferred to; safeguards may come from another column.
    TransferCountries,
    TransferSafeguards,
    /// "Yes"/"Oui" and which special-category data.
    SpecialData,
    /// The legitimate interest pursued (detail of the Art. 6(1)(f) basis).
    LegitimateInterest,
    /// Where the legitimate interests assessment is.
    LegitimateInterestAssessment,
    /// Where the consent records are.
    ConsentRecord,
    /// A column with no field of its own, kept in the notes under its header.
    NoteLine,
}

/// A column of ropa's own activity file.
pub struct Column {
    pub field: Field,
    pub header: &'static str,
    /// The Article 30 item it serves, or where else the requirement comes from.
    pub article: &'static str,
    pub meaning: &'static str,
    /// How the cell is written.
    pub format: &'static str,
    /// Other headers people give this column, in English and French, matched as `header_key`
    /// folds them (case, accents, punctuation, snake_case and camelCase, plurals).
    pub synonyms: &'static [&'static str],
}

impl Column {
    /// The field's name in `lang` (the language files' `field-…`); `header` is the file's own.
    /// Read from the files once for every field and language: an import asks for them per label.
    pub fn label(&self, lang: Lang) -> &'static str {
        static LABELS: std::sync::OnceLock<Vec<(Field, Lang, String)>> = std::sync::OnceLock::new();
        let labels = LABELS.get_or_init(|| {
            let mut labels = Vec::new();
            for column in all_columns() {
                for lang in Lang::ALL {
                    let id = format!("field-{}", column.field.code().replace('_', "-"));
                    labels.push((column.field, lang, crate::i18n::text(lang, &id)));
                }
            }
            labels
        });
        labels.iter().find(|(f, l, _)| *f == self.field && *l == lang).map_or("", |(_, _, text)| text.as_str())
    }
}

macro_rules! column {
    ($field:ident, $header:expr, $article:expr, $meaning:expr, $format:expr, $synonyms:expr) => {
        Column {
            field: Field::$field,
            header: $header,
            article: $article,
            meaning: $meaning,
            format: $format,
            synonyms: $synonyms,
        }
    };
}

/// ropa's own activity columns, in file order.
pub const ACTIVITY_COLUMNS: &[Column] = &[
    column!(Id, "ID", "", "ropa's number for the activity; rows with an ID update that activity", "whole number, or empty for a new activity",
        &[]),
    column!(Organisation, "Organisation", "30(1)(a), 30(2)(a)", "the organisation whose register it is", "its name",
        &["Organization", "Company", "Entity", "Legal entity", "Société", "Entité", "Organisme", "Structure", "Établissement", "Unternehmen", "Firma", "Gesellschaft", "Verantwortliche Stelle"]),
    column!(Reference, "Reference", "", "the DPO's own reference", "text",
        &["Ref", "Ref no", "Reference number", "N° / RÉF", "N°", "No", "Numéro", "ID", "Identifier", "Identifiant", "Code", "Activity ID", "Processing ID", "Record ID", "Number", "Nr", "Lfd. Nr.", "Laufende Nummer", "Nummer", "VVT-Nr."]),
    column!(Name, "Name", "", "the name of the processing activity", "text, required",
        &["Activity", "Activity name", "Processing activity", "Processing", "Processing name", "Name of processing", "Processing operation", "Title", "Nom de l'activité", "Nom du traitement", "Activité", "Traitement", "Intitulé", "Intitulé du traitement", "Libellé", "Dénomination", "Process", "Process name", "What we do", "Bezeichnung der Verarbeitungstätigkeit", "Verarbeitungstätigkeit", "Name der Verarbeitungstätigkeit", "Bezeichnung der Verarbeitung", "Verarbeitung", "Verfahren", "Bezeichnung des Verfahrens", "Verfahrensbezeichnung", "Tätigkeit"]),
    column!(Description, "Description", "", "what the processing is", "text",
        &["Summary", "Details", "Descriptif", "Description du traitement", "Description de l'activité", "Description of processing", "Description of the processing", "Processing description", "Beschreibung der Verarbeitung", "Beschreibung der Verarbeitungstätigkeit", "Kurzbeschreibung", "Verfahrensbeschreibung"]),
    column!(Role, "Role", "30(1) or 30(2)", "whether the organisation acts as controller or processor", "Controller or Processor",
        &["Capacity", "Controller or processor", "Qualité", "Qualité de l'organisme", "En tant que", "Verantwortlicher oder Auftragsverarbeiter"]),
    column!(Status, "Status", "", "the state of the record", "Draft, Active or Retired",
        &["State", "État", "Etat"]),
    column!(Controllers, "Controllers", "30(2)(a)", "for processor activities, the controllers it is carried out for", "one name per line (see the controllers file)",
        &["Clients", "Client", "Customers", "On behalf of", "Controller", "Pour le compte de", "Responsables de traitement", "Donneur d'ordre", "Auftraggeber", "Im Auftrag von", "Name und Kontaktdaten des Verantwortlichen", "Mandant", "Mandanten"]),
    column!(JointControllers, "Joint controllers", "30(1)(a)", "joint controllers and their contact details", "one per line: name | role | email | phone | address",
        &["Joint controller", "Co-controllers", "Responsable conjoint", "Responsable conjoint du traitement", "Co-responsables", "Co-responsable du traitement", "Nom du responsable conjoint du traitement", "Gemeinsam für die Verarbeitung Verantwortliche", "Gemeinsame Verantwortlichkeit", "Gemeinsam Verantwortlicher"]),
    column!(Purposes, "Purposes", "30(1)(b)", "the purposes of the processing", "one per line",
        &["Purpose", "Purpose of processing", "Processing purposes", "Purpose of the processing", "Objectives", "Finalité", "Finalité du traitement", "Finalité principale", "Sous-finalités", "Objectifs poursuivis", "Objectif", "Objet du traitement", "Why we process it", "Why we process the data", "Reason for processing", "Zweck", "Zwecke der Verarbeitung", "Zweck der Verarbeitung", "Zweckbestimmung", "Zweckbestimmung der Datenverarbeitung", "Verarbeitungszweck", "Verarbeitungszwecke", "Kategorien von Verarbeitungen", "Kategorien von Verarbeitungen, die im Auftrag des Verantwortlichen durchgeführt werden"]),
    column!(LegalBases, "Legal bases", "Art. 6(1)", "the lawful basis, with the interest pursued, the obligation or the contract, and where the evidence is", "one per line: basis | detail | evidence; basis is Consent, Contract, Legal obligation, Vital interests, Public task or Legitimate interests (with or without the article)",
        &["Legal basis", "Lawful basis", "Lawful bases", "Legal ground", "Legal grounds", "Basis", "Basis for processing", "Lawfulness", "Article 6 basis", "Base légale", "Base juridique", "Fondement juridique", "Fondement légal", "Licéité", "Base de licéité", "Rechtsgrundlage", "Rechtsgrundlage der Verarbeitung", "Rechtsgrundlage für die Datenverarbeitung", "Rechtmäßigkeit der Verarbeitung", "Rechtmäßigkeit", "Erlaubnistatbestand", "Sonstige Rechtsgrundlagen"]),
    column!(SpecialBases, "Art. 9 conditions", "Art. 9(2)", "the condition for processing special-category data", "one per line: condition | detail; condition as Art. 9(2)(a) to (j) or its name",
        &["Art 9 condition", "Article 9 condition", "Special category condition", "Condition for special category data", "Condition art 9", "Exception art 9", "Dérogation art 9", "Conditions article 9", "Rechtsgrundlage nach Art. 9", "Rechtsgrundlage für besondere Kategorien personenbezogener Daten", "Ausnahme nach Art. 9 Abs. 2"]),
    column!(CriminalBasis, "Art. 10 basis", "Art. 10", "the basis for processing criminal-offence data", "text",
        &["Article 10 basis", "Criminal offence data basis", "Criminal data basis", "Base article 10", "Base de l'art. 10", "Grundlage nach Art. 10"]),
    column!(DataSubjects, "Data subjects", "30(1)(c)", "the categories of data subjects", "one per line",
        &["Data subject", "Data subject categories", "Categories of data subjects", "Categories of individuals", "Individuals", "Data subject types", "Concerned persons", "Personnes concernées", "Catégories de personnes", "Catégories de personnes concernées", "Population concernée", "Personnes", "Personnes physiques concernées", "Whose data", "Whose personal data", "Who the data is about", "Kategorien betroffener Personen", "Betroffene", "Betroffenenkategorien", "Betroffene Personengruppen", "Personengruppen", "Kreis der Betroffenen", "Beschreibung der Kategorien betroffener Personen"]),
    column!(DataCategories, "Data categories", "30(1)(c), 30(2)(b)", "the categories of personal data", "one per line: name | detail | sensitivity; sensitivity empty (standard), Special category (Art. 9) or Criminal offences (Art. 10)",
        &["Data category", "Categories of personal data", "Personal data categories", "Personal data", "Data types", "Types of data", "Types of personal data", "Data elements", "Data", "Données", "Données personnelles", "Données traitées", "Données collectées", "Catégories de données collectées", "Catégories de données personnelles", "Catégories de données personnelles concernées", "Type de données", "Nature des données", "Données à caractère personnel", "Catégories de données à caractère personnel", "What data", "What personal data", "Data we hold", "Kategorien personenbezogener Daten", "Personenbezogene Daten", "Datenarten", "Daten", "Datenfelder", "Beschreibung der Kategorien personenbezogener Daten"]),
    column!(Source, "Source", "Art. 14(2)(f)", "where the data come from", "text",
        &["Data source", "Source of data", "Source of the personal data", "Origin", "Origine", "Origine des données", "Source des données", "Provenance", "Provenance des données", "Herkunft der Daten", "Datenherkunft", "Datenquelle", "Quelle"]),
    column!(Recipients, "Recipients", "30(1)(d)", "the recipients or categories of recipients", "one per line: name | kind | country; kind Internal, External organisation, Processor or sub-processor, Public authority",
        &["Recipient", "Categories of recipients", "Recipient categories", "Shared with", "Disclosed to", "Third parties", "Destinataire", "Catégories de destinataires", "Tiers", "Who we share it with", "Who we share the data with", "Shared with whom", "Kategorien von Empfängern", "Empfängerkategorien", "Datenempfänger", "Empfänger der Daten", "Kategorien von Empfängern personenbezogener Daten", "Nennung der konkreten Datenempfänger", "Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden"]),
    column!(Locations, "Locations", "", "where the data are processed and stored", "one per line: provider | place | country",
        &["Location", "Data location", "Storage location", "Location of personal data", "Hosting", "Hosting location", "Where stored", "Localisation", "Localisation des données", "Hébergement", "Lieu de stockage", "Lieu d'hébergement", "Ort der Verarbeitung", "Speicherort", "Serverstandort", "Standort der Daten"]),
    column!(Transfers, "Transfers", "30(1)(e), 30(2)(c)", "transfers to third countries or international organisations and their safeguards", "one per line: recipient | country | safeguard | safeguard detail | documentation | International organisation (when it is one) | SCC module (1 to 4) | transfer impact assessment | its date (YYYY-MM-DD)",
        &[]),
    column!(NoTransfers, "No transfers", "30(1)(e)", "the record states that no data go to a third country or an international organisation", "Yes, or empty",
        &["No transfer", "No international transfers", "Pas de transfert", "Keine Drittlandübermittlung"]),
    column!(Retention, "Retention", "30(1)(f)", "time limits for erasure, for the whole activity or per data category", "one per line: applies to | period | from | criteria; applies to empty for the whole activity, period as \"3 years\"",
        &["Retention period", "Retention periods", "Retention schedule", "Retention time", "Storage period", "Storage duration", "Time limit for erasure", "Time limits for erasure", "Erasure", "Durée de conservation", "Durées de conservation", "Délai de conservation", "Délais de conservation", "Conservation des données", "Durée", "Durées", "Duration", "How long we keep it", "How long we keep the data", "Data retention", "Löschfrist", "Regellöschfrist", "Speicherdauer", "Aufbewahrungsfrist", "Aufbewahrungsfristen", "Fristen für die Löschung", "Fristen für die Löschung der verschiedenen Datenkategorien"]),
    column!(Measures, "Security measures", "30(1)(g), 30(2)(d)", "the technical and organisational security measures (Art. 32)", "one name per line (see the measures file)",
        &["Measures", "Security", "TOMs", "TOM", "Technical and organisational measures", "Technical and organizational measures", "Technical and organisational security measures", "Security controls", "Mesures", "Sécurité", "Mesures techniques et organisationnelles", "Sécurité des données", "Technische und organisatorische Maßnahmen (TOM)", "Sicherheitsmaßnahmen", "Schutzmaßnahmen", "Datensicherheitsmaßnahmen"]),
    column!(SubProcessors, "Sub-processors", "Art. 28(2), (4)", "the sub-processors (or processors) involved", "one name per line (see the sub-processors file)",
        &["Subprocessors", "Sub processors", "Sub-processor", "Sous-traitants ultérieurs", "Sous-traitant ultérieur", "Sous-traitants de second rang", "Subunternehmer", "Unterauftragnehmer", "Weitere Auftragsverarbeiter"]),
    column!(DpiaRequired, "DPIA required", "Art. 35", "whether a data protection impact assessment is required", "Yes, No, or empty if not assessed",
        &["DPIA", "PIA", "DPIA needed", "DPIA necessary", "Impact assessment", "Impact assessment required", "AIPD", "Analyse d'impact", "Analyse d'impact requise", "AIPD nécessaire", "PIA requise", "Datenschutz-Folgenabschätzung", "Datenschutzfolgenabschätzung", "DSFA", "DSFA notwendig"]),
    column!(DpiaStatus, "DPIA status", "Art. 35", "where the DPIA stands", "Not started, In progress, Completed, or empty",
        &["DPIA progress", "DPIA state", "Statut AIPD", "État AIPD", "Avancement AIPD", "Status der DSFA", "DSFA-Status"]),
    column!(DpiaCriteria, "DPIA criteria", "Art. 35", "the criteria of the guidelines on DPIA (WP248 rev.01) the processing meets, as assessed", "one per line, as the criteria are named",
        &["dpia criteria", "criteres aipd", "criteres de l'aipd", "wp248 criteria"]),
    column!(DpiaReference, "DPIA reference", "Art. 35", "where the DPIA is", "text or link",
        &["DPIA link", "Link to DPIA", "DPIA document", "Référence AIPD", "Lien AIPD", "Lien vers l'AIPD", "Verweis auf die DSFA", "DSFA-Dokument"]),
    column!(AutomatedDecisions, "Automated decisions", "Art. 22", "whether decisions are made solely by automated means, profiling included", "Yes, No, or empty if not assessed",
        &["Automated decision", "Automated decision making", "Automated decision-making", "Profiling", "Automated decision-making including profiling", "Profilage", "Décision automatisée", "Prise de décision automatisée", "Automatisierte Entscheidungsfindung", "Automatisierte Einzelentscheidung"]),
    column!(AutomatedDecisionsDetail, "Automated decisions detail", "Art. 22", "what the automated decisions are", "text",
        &["Automated decision details", "Profiling details", "Détail des décisions automatisées", "Précisions sur les décisions automatisées"]),
    column!(Rights, "Rights", "Arts. 15-22", "the data subjects' rights and how they are exercised", "text",
        &["Data subject rights", "Rights of individuals", "Droits des personnes", "Exercice des droits", "Modalités d'exercice des droits", "Rechte der Betroffenen", "Wahrnehmung der Betroffenenrechte", "Droits", "Betroffenenrechte"]),
    column!(Owner, "Owner", "", "the owner or business function", "text",
        &["Business function", "Business owner", "Process owner", "Department", "Business unit", "Team", "Function", "Service", "Direction", "Pôle", "Département", "Pilote", "Référent", "Responsable métier", "Verantwortliche Fachabteilung", "Abteilung", "Fachbereich", "Abteilung/Fachbereich", "Verantwortliche Organisationseinheit", "Organisationseinheit", "Zuständige Abteilung", "Bereich", "Responsable opérationnel", "Fachabteilung"]),
    column!(Software, "Software", "", "the software or application used", "text",
        &["Application", "Applications", "System", "Systems", "IT system", "Tool", "Tools", "Applications used", "Logiciels", "Outil", "Outils", "Système", "Nom du logiciel ou de l'application", "Logiciel utilisé", "Eingesetzte Software", "IT-Systeme", "IT-Verfahren", "Eingesetzte IT-Systeme", "Anwendung", "Programm"]),
    column!(CreatedOn, "Created", "", "when the record was created", "YYYY-MM-DD",
        &["Created on", "Creation date", "Date created", "Date of creation", "Date de création", "Créé le", "Date de création de la fiche", "Date de création du traitement", "Mise en œuvre", "Datum der Einführung", "Einführungsdatum", "Erstellt am", "Angelegt am", "Datum der Erstellung"]),
    column!(UpdatedOn, "Updated", "", "when the record was last changed", "YYYY-MM-DD",
        &["Updated on", "Last updated", "Last update", "Last modified", "Modified", "Date of update", "Date de mise à jour", "Dernière mise à jour", "Date de dernière mise à jour", "Dernière mise à jour de la fiche", "Mise à jour du traitement", "Modifié le", "Datum der letzten Änderung", "Letzte Änderung", "Geändert am", "Stand"]),
    column!(LastReview, "Last review", "", "when the record was last reviewed", "YYYY-MM-DD",
        &["Last reviewed", "Reviewed on", "Date of review", "Review", "Date de revue", "Date de la dernière revue", "Revu le", "Date of last review", "Last review date", "Date de dernière revue", "Geprüft am", "Datum der letzten Überprüfung", "Zuletzt geprüft"]),
    column!(NextReview, "Next review", "", "when the record is next to be reviewed", "YYYY-MM-DD",
        &["Next review date", "Review date", "Review due", "Date de prochaine revue", "À revoir le", "Wiedervorlage", "Nächste Prüfung", "Datum der nächsten Überprüfung"]),
    column!(Notes, "Notes", "", "anything else", "text",
        &["Note", "Comments", "Comment", "Remarks", "Observations", "Commentaires", "Commentaire", "Remarques", "Bemerkungen", "Bemerkung", "Anmerkung", "Kommentar", "Kommentare", "Hinweise"]),
];

/// Columns other spreadsheets have and ropa's files do not: read into the fields above (recipients
/// of one kind, transfer countries and their safeguards in separate columns, special-category
/// data as "yes, health"), with their words. `header` and `fr` name them in reports.
pub const LOOSE_COLUMNS: &[Column] = &[
    column!(
        InternalRecipients,
        "Internal recipients",
        "30(1)(d)",
        "recipients inside the organisation",
        "one per line",
        &[
            "Internal recipient",
            "Services internes",
            "Destinataire interne",
            "Service interne",
            "Interne Stellen",
            "Zugriffsberechtigte",
            "Zugriffsberechtigte Personengruppen"
        ]
    ),
    column!(
        ExternalRecipients,
        "External recipients",
        "30(1)(d)",
        "recipients outside the organisation",
        "one per line",
        &[
            "External recipient",
            "External organisations",
            "Third party recipients",
            "Organismes externes",
            "Destinataire externe",
            "Partenaires",
            "Externe Stellen",
            "Dritte"
        ]
    ),
    column!(
        ProcessorRecipients,
        "Processors",
        "30(1)(d)",
        "processors that receive the data",
        "one per line",
        &[
            "Processor",
            "Data processors",
            "Vendors",
            "Service providers",
            "Suppliers",
            "Sous-traitant",
            "Prestataires",
            "Prestataire",
            "Dienstleister",
            "Auftragnehmer",
            "Auftragnehmer / Dienstleister",
            "Eingesetzte Auftragsverarbeiter"
        ]
    ),
    column!(
        TransferCountries,
        "Third countries",
        "30(1)(e)",
        "countries or international organisations the data go to",
        "one per line, with the safeguard in brackets if any",
        &[
            "Third country",
            "Countries",
            "Country",
            "Transfers",
            "International transfers",
            "Transfers outside the EU",
            "Transfer countries",
            "Destination countries",
            "Names of third countries or international organisations",
            "Pays",
            "Transferts",
            "Transfert hors UE",
            "Transferts hors UE",
            "Transferts des données hors UE",
            "Pays de destination",
            "Pays de transfert",
            "Pays destinataires",
            "Transfers outside UK",
            "Transfers outside the UK",
            "Restricted transfers",
            "Drittland",
            "Drittlandtransfer",
            "Drittlandübermittlung",
            "Übermittlung in Drittländer",
            "Übermittlung an Drittländer",
            "Datenübermittlung in Drittländer",
            "Drittstaaten",
            "Drittstaat",
            "Drittstaatentransfer",
            "Drittland oder internationale Organisation",
            "Übermittlung an ein Drittland",
            "Übermittlungen von personenbezogenen Daten an ein Drittland oder an eine internationale Organisation",
            "Empfängerland",
            "Land"
        ]
    ),
    column!(
        TransferSafeguards,
        "Safeguards",
        "30(1)(e)",
        "the safeguards of the transfers",
        "text",
        &[
            "Safeguard",
            "Transfer safeguards",
            "Transfer mechanism",
            "Appropriate safeguards",
            "Garanties appropriées",
            "Type de garanties",
            "Mécanisme de transfert",
            "Encadrement des transferts",
            "Geeignete Garantien",
            "Dokumentation geeigneter Garantien",
            "Angabe geeigneter Garantien",
            "Garantien für die Übermittlung",
            "Transfermechanismus"
        ]
    ),
    column!(
        SpecialData,
        "Special-category data",
        "Art. 9",
        "whether special-category data are processed, and which",
        "Yes or No, then which",
        &[
            "Special category data",
            "Special categories",
            "Special categories of data",
            "Sensitive data",
            "Article 9 data",
            "Données sensibles ?",
            "Catégories particulières de données",
            "Besondere Kategorien",
            "Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)",
            "Sensible Daten",
            "Art. 9-Daten"
        ]
    ),
    column!(
        LegitimateInterest,
        "Legitimate interests",
        "Art. 6(1)(f)",
        "the legitimate interests pursued",
        "text",
        &[
            "Legitimate interest",
            "Legitimate interests pursued",
            "Intérêt légitime",
            "Intérêt légitime poursuivi",
            "Berechtigtes Interesse",
            "Verfolgte berechtigte Interessen"
        ]
    ),
    column!(
        LegitimateInterestAssessment,
        "Legitimate interests assessment",
        "Art. 6(1)(f)",
        "where the legitimate interests assessment is",
        "text or link",
        &[
            "LIA",
            "Link to LIA",
            "Legitimate interest assessment",
            "Test de mise en balance",
            "Dokumentation der Interessenabwägung"
        ]
    ),
    column!(
        ConsentRecord,
        "Consent records",
        "Art. 7(1)",
        "where the records of consent are",
        "text or link",
        &[
            "Record of consent",
            "Consent record",
            "Preuve du consentement",
            "Recueil du consentement",
            "Einwilligungsnachweis",
            "Nachweis der Einwilligungen"
        ]
    ),
];

/// Every column with its words: ropa's own, then those of other spreadsheets.
pub fn all_columns() -> impl Iterator<Item = &'static Column> {
    ACTIVITY_COLUMNS.iter().chain(LOOSE_COLUMNS)
}

/// The column of a field, for its labels.
pub fn column_of(field: Field) -> Option<&'static Column> {
    all_columns().find(|c| c.field == field)
}

/// The field an activity's stored path names ("measure_ids", "dpia.status"): to name it in
/// errors and in the history.
pub fn field_of_path(path: &str) -> Option<Field> {
    if let Some(t) = TEXT_FIELDS.iter().find(|t| t.path == path) {
        return Some(t.field);
    }
    Some(match path {
        "dpia.required" | "dpia" => Field::DpiaRequired,
        "dpia.status" => Field::DpiaStatus,
        "dpia.criteria" => Field::DpiaCriteria,
        _ => match path.split('.').next().unwrap_or("") {
            "id" => Field::Id,
            "role" => Field::Role,
            "status" => Field::Status,
            "controller_ids" => Field::Controllers,
            "joint_controllers" => Field::JointControllers,
            "purposes" => Field::Purposes,
            "legal_bases" => Field::LegalBases,
            "special_bases" => Field::SpecialBases,
            "data_subjects" => Field::DataSubjects,
            "data_categories" => Field::DataCategories,
            "recipients" => Field::Recipients,
            "locations" => Field::Locations,
            "transfers" => Field::Transfers,
            "no_transfers" => Field::NoTransfers,
            "retention" => Field::Retention,
            "measure_ids" => Field::Measures,
            "subprocessor_ids" => Field::SubProcessors,
            "automated_decisions" => Field::AutomatedDecisions,
            "created_on" => Field::CreatedOn,
            "updated_on" => Field::UpdatedOn,
            "last_review" => Field::LastReview,
            "next_review" => Field::NextReview,
            _ => return None,
        },
    })
}

/// Names of the entities an activity links to, for writing it out.
pub struct Names<'a> {
    pub organisation: &'a str,
    pub controllers: Vec<&'a str>,
    pub measures: Vec<&'a str>,
    pub subprocessors: Vec<&'a str>,
}

/// The module of standard contractual clauses a cell names ("2", "Module 2", "module two" is not
/// read): 1 to 4.
pub(crate) fn scc_module(cell: &str, problems: &mut Vec<Problem>) -> Option<u8> {
    let digits: String = cell.chars().filter(char::is_ascii_digit).collect();
    if cell.trim().is_empty() {
        return None;
    }
    match digits.parse::<u8>() {
        Ok(m @ 1..=4) => Some(m),
        _ => {
            problems.push(Problem::Warning(crate::tr_all!("import-not-scc-module", text = cell)));
            None
        }
    }
}

fn date(d: Option<crate::date::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The cell of one column for an activity, in ropa's own format.
pub fn cell<'a>(field: Field, a: &'a Activity, names: &Names<'a>) -> Cow<'a, str> {
    cell_in(field, a, names, Lang::En)
}

/// The cell of one column in ropa's own format, with the words of `lang` for the values of
/// vocabularies (what an import's preview shows).
pub fn cell_in<'a>(field: Field, a: &'a Activity, names: &Names<'a>, lang: Lang) -> Cow<'a, str> {
    if let Some(t) = text_field(field) {
        return Cow::Borrowed((t.get)(a));
    }
    let en = lang;
    match field {
        Field::Id => Cow::Owned(a.id.to_string()),
        Field::Organisation => Cow::Borrowed(names.organisation),
        Field::Role => Cow::Owned(a.role.label(en)),
        Field::Status => Cow::Owned(a.status.label(en)),
        Field::Controllers => Cow::Owned(list(&names.controllers)),
        Field::JointControllers => lines(a.joint_controllers.iter().map(contact_item)),
        Field::Purposes => Cow::Owned(list(&a.purposes)),
        Field::LegalBases => {
            lines(a.legal_bases.iter().map(|b| item(&[b.basis.label(en).as_str(), &b.detail, &b.evidence])))
        }
        Field::SpecialBases => {
            lines(a.special_bases.iter().map(|b| item(&[b.condition.label(en).as_str(), &b.detail])))
        }
        Field::DataSubjects => Cow::Owned(list(&a.data_subjects)),
        Field::DataCategories => lines(a.data_categories.iter().map(|c| {
            let sensitivity =
                if c.sensitivity == Sensitivity::Standard { String::new() } else { c.sensitivity.label(en) };
            item(&[c.name.as_str(), &c.detail, &sensitivity])
        })),
        Field::Recipients => {
            lines(a.recipients.iter().map(|r| item(&[r.name.as_str(), &r.kind.label(en), &r.country])))
        }
        Field::Locations => lines(a.locations.iter().map(|l| item(&[&l.provider, &l.place, &l.country]))),
        Field::Transfers => lines(a.transfers.iter().map(|t| {
            let organisation = if t.international_organisation {
                crate::i18n::text(lang, "international-organisation")
            } else {
                String::new()
            };
            item(&[
                t.recipient.as_str(),
                &t.country,
                &t.safeguard.as_ref().map(|s| s.label(en)).unwrap_or_default(),
                &t.safeguard_detail,
                &t.documentation,
                &organisation,
                &t.scc_module.map(|m| m.to_string()).unwrap_or_default(),
                &t.impact_assessment,
                &date(t.impact_assessment_on),
            ])
        })),
        Field::NoTransfers => Cow::Borrowed(if a.no_transfers { cells::yes_no(Some(true), en) } else { "" }),
        Field::Retention => lines(a.retention.iter().map(|r| {
            item(&[
                r.applies_to.as_str(),
                &r.period.as_ref().map(|p| crate::vocab::period(p, lang)).unwrap_or_default(),
                &r.from_event,
                &r.criteria,
            ])
        })),
        Field::Measures => Cow::Owned(list(&names.measures)),
        Field::SubProcessors => Cow::Owned(list(&names.subprocessors)),
        Field::DpiaRequired => Cow::Borrowed(cells::yes_no(a.dpia.required, en)),
        Field::DpiaStatus => Cow::Owned(a.dpia.status.map(|s| s.label(en)).unwrap_or_default()),
        Field::DpiaCriteria => Cow::Owned(
            a.dpia
                .criteria
                .iter()
                .map(|code| crate::reference::dpia::recognise(code).map_or(code.as_str(), |c| c.name(lang)))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Field::AutomatedDecisions => Cow::Borrowed(cells::yes_no(a.automated_decisions, en)),
        Field::CreatedOn => Cow::Owned(date(a.created_on)),
        Field::UpdatedOn => Cow::Owned(date(a.updated_on)),
        Field::LastReview => Cow::Owned(date(a.last_review)),
        Field::NextReview => Cow::Owned(date(a.next_review)),
        _ => Cow::Borrowed(""),
    }
}

/// The cell of one column as a reader reads it (the history, in the language of `lang`): items
/// one per line, an item's parts joined by " · ", no escapes.
pub fn words_in(field: Field, a: &Activity, names: &Names<'_>, lang: Lang) -> String {
    let cell = cell_in(field, a, names, lang);
    let listed = matches!(
        field,
        Field::Purposes | Field::DataSubjects | Field::Controllers | Field::Measures | Field::SubProcessors
    );
    if field.is_structured() {
        cell.split('\n')
            .map(|line| parse_item(line, 0).into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" · "))
            .collect::<Vec<_>>()
            .join("\n")
    } else if listed {
        parse_list(&cell).join("\n")
    } else {
        cell.into_owned()
    }
}

fn lines(items: impl Iterator<Item = String>) -> Cow<'static, str> {
    let mut out = String::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&item);
    }
    Cow::Owned(out)
}

pub fn contact_item(c: &Contact) -> String {
    item(&[&c.name, &c.role, &c.email, &c.phone, &c.address])
}

pub fn parse_contact(fields: &[String]) -> Contact {
    let get = |i: usize| fields.get(i).cloned().unwrap_or_default();
    Contact { name: get(0), role: get(1), email: get(2), phone: get(3), address: get(4) }
}

/// An activity as read from one row, with the names of what it links to.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub activity: Activity,
    pub id: Option<i64>,
    pub organisation: Option<String>,
    pub controllers: Vec<String>,
    pub measures: Vec<String>,
    pub subprocessors: Vec<String>,
    /// Notes from columns without a field, by header, appended to the notes.
    pub note_lines: BTreeMap<usize, String>,
    /// What a measure the row names is, should the import create it: its category and
    /// description (a CNIL fiche gives the type of each measure).
    pub measure_seeds: Vec<(String, MeasureCategory, String)>,
    /// Countries and safeguards from separate columns, joined at the end.
    transfer_countries: Vec<String>,
    transfer_safeguards: Vec<String>,
    legitimate_interest: String,
    legitimate_interest_assessment: String,
    consent_record: String,
}

/// How strictly a cell is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// ropa's own files: lists one item per line with escapes, structured items.
    Own,
    /// Spreadsheets people typed: lists on lines or semicolons, free text in structured fields.
    Loose,
}

/// A value that could not be recognised and was kept as written, or could not be kept at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Warning(Text),
    Error(Text),
}

/// Reads one cell into the draft. `column` is the index of the column (for note lines) and
/// `header` its header.
pub fn apply(field: Field, cell: &str, dialect: Dialect, header: &str, column: usize, d: &mut Draft) -> Vec<Problem> {
    let mut problems = Vec::new();
    let text = cell.trim();
    if cell.is_empty() || (dialect == Dialect::Loose && text.is_empty()) {
        return problems;
    }
    // A cell of structured items (" | " between their parts) is in ropa's own format, whatever
    // the sheet: ropa's ICO and CNIL workbooks write such cells, and read them back exactly.
    let structured_field = field.is_structured() || field == Field::TransferCountries;
    let (field, dialect) = if dialect == Dialect::Loose && structured_field && cell.contains(" | ") {
        (if field == Field::TransferCountries { Field::Transfers } else { field }, Dialect::Own)
    } else {
        (field, dialect)
    };
    // "N/A", "Néant", "Sans objet", "Aucun", and "Non" where no yes or no is asked: the cell says
    // there is nothing (or, for transfers, none; for an answer, no).
    if dialect == Dialect::Loose
        && !matches!(field, Field::NoTransfers | Field::NoteLine | Field::Notes)
        && says_nothing(text)
    {
        match field {
            Field::TransferCountries | Field::Transfers => d.activity.no_transfers = true,
            Field::DpiaRequired => d.activity.dpia.required = Some(false),
            Field::AutomatedDecisions => d.activity.automated_decisions = Some(false),
            _ => {}
        }
        return problems;
    }
    // "?", "TBC", "À définir", "Inconnu": the cell says the value is not known yet. Nothing is
    // recorded, so that the checks see the gap, and the words are kept in the notes.
    if dialect == Dialect::Loose
        && !matches!(field, Field::NoteLine | Field::Notes | Field::DpiaStatus | Field::Name | Field::Purposes)
        && says_unknown(text)
    {
        d.note_lines.insert(column, format!("{header}: {cell}"));
        problems.push(Problem::Warning(crate::tr_all!("import-not-known-yet", text = text)));
        return problems;
    }
    // Own files are read exactly; typed spreadsheets may spread a field over several columns.
    let set = |target: &mut String| match dialect {
        Dialect::Own => *target = cell.to_string(),
        Dialect::Loose => append_text(target, cell),
    };
    let items = |cell: &str| match dialect {
        Dialect::Own => parse_list(cell),
        Dialect::Loose => parse_loose_list(cell),
    };
    let structured = |cell: &str, n: usize| match dialect {
        Dialect::Own => parse_items(cell, n),
        Dialect::Loose => parse_loose_list(cell)
            .into_iter()
            .map(|s| {
                let mut fields = vec![s];
                fields.resize(n, String::new());
                fields
            })
            .collect(),
    };
    let a = &mut d.activity;
    // Notes have their own way (a second column adds to the first); other text fields are set.
    if let Some(t) = text_field(field).filter(|t| t.field != Field::Notes) {
        set((t.get_mut)(a));
        return problems;
    }
    match field {
        // Set above, from `TEXT_FIELDS` (named here so that the match stays exhaustive: a new
        // field cannot go unread).
        Field::Reference
        | Field::Name
        | Field::Description
        | Field::CriminalBasis
        | Field::Source
        | Field::DpiaReference
        | Field::AutomatedDecisionsDetail
        | Field::Rights
        | Field::Owner
        | Field::Software => {}
        Field::Id => match text.parse::<i64>() {
            Ok(id) if id > 0 => d.id = Some(id),
            _ => problems.push(Problem::Error(crate::tr_all!("import-not-an-id", text = text))),
        },
        Field::Organisation => d.organisation = Some(text.to_string()),
        Field::Role => match Role::recognise(text) {
            Some(role) => a.role = role,
            None => problems.push(Problem::Warning(crate::tr_all!("import-not-a-role", text = text))),
        },
        Field::Status => match Status::recognise(text) {
            Some(status) => a.status = status,
            None => problems.push(Problem::Warning(crate::tr_all!("import-not-a-status", text = text))),
        },
        Field::Controllers => d.controllers.extend(items(cell)),
        Field::JointControllers => {
            for fields in structured(cell, 5) {
                a.joint_controllers.push(parse_contact(&fields));
            }
        }
        Field::Purposes => a.purposes.extend(items(cell)),
        Field::LegalBases => {
            for fields in structured(cell, 3) {
                let basis = recognise_or_keep::<LawfulBasis>(&fields[0], "value-legal-basis", &mut problems);
                let detail = with_rest::<LawfulBasis>(&fields[0], &fields[1], dialect);
                a.legal_bases.push(LegalBasis { basis, detail, evidence: fields[2].clone() });
            }
        }
        Field::SpecialBases => {
            for fields in structured(cell, 2) {
                let condition =
                    recognise_or_keep::<SpecialCondition>(&fields[0], "value-special-condition", &mut problems);
                let detail = with_rest::<SpecialCondition>(&fields[0], &fields[1], dialect);
                a.special_bases.push(SpecialBasis { condition, detail });
            }
        }
        Field::DataSubjects => a.data_subjects.extend(items(cell)),
        Field::DataCategories => {
            for fields in structured(cell, 3) {
                let sensitivity = if fields[2].trim().is_empty() {
                    Sensitivity::Standard
                } else {
                    Sensitivity::recognise(&fields[2]).unwrap_or_else(|| {
                        problems.push(Problem::Warning(crate::tr_all!(
                            "import-not-a-sensitivity",
                            text = fields[2].as_str()
                        )));
                        Sensitivity::Standard
                    })
                };
                let (name, detail) = match dialect {
                    Dialect::Own => (fields[0].clone(), fields[1].clone()),
                    Dialect::Loose => split_detail(&fields[0]),
                };
                a.data_categories.push(DataCategory { name, detail, sensitivity });
            }
        }
        Field::Recipients => {
            for mut fields in structured(cell, 3) {
                // "Personio SE (Auftragsverarbeiter)", "Mailchimp (processor)": a name, and its kind
                // in brackets.
                if dialect == Dialect::Loose && fields[1].trim().is_empty() {
                    let (name, detail) = split_detail(&fields[0]);
                    if !name.is_empty() && RecipientKind::recognise(&detail).is_some() {
                        fields[0] = name;
                        fields[1] = detail;
                    }
                }
                let kind = if fields[1].trim().is_empty() {
                    RecipientKind::Other(String::new())
                } else {
                    recognise_or_keep::<RecipientKind>(&fields[1], "value-recipient-kind", &mut problems)
                };
                // A kind the cell does not give stays unspecified (the checks ask for it), rather
                // than guessed.
                let country = country(&fields[2], dialect, &mut problems);
                a.recipients.push(Recipient { name: fields[0].clone(), kind, country });
            }
        }
        Field::InternalRecipients | Field::ExternalRecipients | Field::ProcessorRecipients => {
            let kind = match field {
                Field::InternalRecipients => RecipientKind::Internal,
                Field::ExternalRecipients => RecipientKind::External,
                _ => RecipientKind::Processor,
            };
            for name in items(cell) {
                a.recipients.push(Recipient { name, kind: kind.clone(), country: String::new() });
            }
        }
        Field::Locations => match dialect {
            Dialect::Own => {
                for fields in parse_items(cell, 3) {
                    let country = country(&fields[2], dialect, &mut problems);
                    a.locations.push(Location { provider: fields[0].clone(), place: fields[1].clone(), country });
                }
            }
            Dialect::Loose => {
                for line in parse_loose_list(cell) {
                    a.locations.push(loose_location(&line));
                }
            }
        },
        Field::Transfers => {
            for fields in structured(cell, 9) {
                let safeguard = if fields[2].trim().is_empty() {
                    None
                } else {
                    Some(recognise_or_keep::<Safeguard>(&fields[2], "value-safeguard", &mut problems))
                };
                let country = country(&fields[1], dialect, &mut problems);
                let mut safeguard_detail = fields[3].clone();
                if dialect == Dialect::Loose {
                    append_text(&mut safeguard_detail, &safeguard_rest(&fields[2]));
                }
                a.transfers.push(Transfer {
                    recipient: fields[0].clone(),
                    country,
                    safeguard,
                    safeguard_detail,
                    documentation: fields[4].clone(),
                    international_organisation: !fields[5].trim().is_empty(),
                    scc_module: scc_module(&fields[6], &mut problems),
                    impact_assessment: fields[7].clone(),
                    impact_assessment_on: date_or_error(&fields[8], &mut problems),
                });
            }
        }
        Field::NoTransfers => a.no_transfers = yes_no(text, Field::NoTransfers, &mut problems) == Some(true),
        Field::TransferCountries => {
            // "Non", "None", "N/A": the spreadsheet states there are no transfers; a statement with
            // more words than that ("Keine, außer Support aus Indien") keeps them in the notes.
            if (parse_yes_no(text) == Ok(Some(false)) && is_bare_yes_no(text)) || says_no_transfer(text) {
                a.no_transfers = true;
                if !no_transfer_only(text) {
                    d.note_lines.insert(column, format!("{header}: {cell}"));
                }
            } else {
                d.transfer_countries.extend(items(cell));
            }
        }
        Field::TransferSafeguards => d.transfer_safeguards.extend(items(cell)),
        Field::Retention => match dialect {
            Dialect::Own => {
                for fields in parse_items(cell, 4) {
                    let period = if fields[1].trim().is_empty() {
                        None
                    } else {
                        match parse_period(&fields[1]) {
                            Some(p) => Some(p),
                            None => {
                                problems.push(Problem::Error(crate::tr_all!(
                                    "import-not-a-period",
                                    text = fields[1].as_str()
                                )));
                                None
                            }
                        }
                    };
                    a.retention.push(Retention {
                        applies_to: fields[0].clone(),
                        period,
                        from_event: fields[2].clone(),
                        criteria: fields[3].clone(),
                    });
                }
            }
            Dialect::Loose => {
                for line in parse_loose_list(cell) {
                    a.retention.push(loose_retention(&line));
                }
            }
        },
        Field::Measures => d.measures.extend(items(cell)),
        Field::SubProcessors => d.subprocessors.extend(items(cell)),
        Field::DpiaRequired => {
            a.dpia.required = yes_no(text, Field::DpiaRequired, &mut problems);
            // "Oui (voir l'AIPD n° 3)": what follows the answer goes with the DPIA's reference.
            if dialect == Dialect::Loose && a.dpia.required.is_some() && !is_bare_yes_no(text) {
                append_text(&mut a.dpia.reference, after_answer(text));
            }
        }
        Field::DpiaStatus => {
            match DpiaStatus::recognise(text).map(|s| (s, String::new())).or_else(|| leading::<DpiaStatus>(text)) {
                // "Completed 2023": the status, and the rest with the DPIA's reference.
                Some((status, rest)) => {
                    a.dpia.status = Some(status);
                    if !rest.is_empty() {
                        append_text(&mut a.dpia.reference, &rest);
                    }
                }
                None => {
                    problems.push(Problem::Warning(crate::tr_all!("import-not-a-dpia-status", text = text)));
                    append_text(&mut a.dpia.reference, cell);
                }
            }
        }
        Field::DpiaCriteria => {
            for item in items(cell) {
                match crate::reference::dpia::recognise(&item) {
                    Some(c) if !a.dpia.criteria.iter().any(|r| r == c.code) => a.dpia.criteria.push(c.code.to_string()),
                    Some(_) => {}
                    None => problems
                        .push(Problem::Warning(crate::tr_all!("import-not-a-dpia-criterion", text = item.as_str()))),
                }
            }
        }
        Field::AutomatedDecisions => match parse_yes_no(text) {
            Ok(value) => {
                a.automated_decisions = value;
                if dialect == Dialect::Loose && text.chars().count() > 3 && value == Some(true) {
                    append_text(&mut a.automated_decisions_detail, after_answer(text));
                }
            }
            Err(_) => {
                a.automated_decisions = Some(true);
                append_text(&mut a.automated_decisions_detail, cell);
            }
        },
        Field::CreatedOn => a.created_on = date_or_error(text, &mut problems),
        Field::UpdatedOn => a.updated_on = date_or_error(text, &mut problems),
        Field::LastReview => a.last_review = date_or_error(text, &mut problems),
        Field::NextReview => a.next_review = date_or_error(text, &mut problems),
        // A second notes column adds to the first.
        Field::Notes if !a.notes.is_empty() => append_text(&mut a.notes, cell),
        Field::Notes => set(&mut a.notes),
        Field::SpecialData => match parse_yes_no(text) {
            // "Non, sauf …": the answer, and what follows it kept in the notes.
            Ok(Some(false)) | Ok(None) if !is_bare_yes_no(text) && !crate::workbook::cnil::says_nothing(text) => {
                d.note_lines.insert(column, format!("{header}: {cell}"));
            }
            Ok(Some(false)) | Ok(None) => {}
            _ => {
                // "Oui, santé (RQTH)", "Oui : santé", "Yes (health)": what follows the yes.
                let after_yes = text.find(|c: char| !c.is_alphabetic()).map_or("", |i| &text[i..]);
                let which = after_yes.trim_start_matches([',', ':', '-', '–', ' ']).trim();
                let which = match which.strip_prefix('(').and_then(|w| w.strip_suffix(')')) {
                    Some(inner) => inner.trim(),
                    None => which,
                };
                let names = if parse_yes_no(text).is_err() {
                    vec![text.to_string()]
                } else if which.is_empty() {
                    vec![UNSPECIFIED_SPECIAL.to_string()]
                } else {
                    parse_loose_list(which)
                };
                for name in names {
                    a.data_categories.push(DataCategory {
                        name,
                        detail: String::new(),
                        sensitivity: Sensitivity::SpecialCategory,
                    });
                }
            }
        },
        Field::LegitimateInterest => append_text(&mut d.legitimate_interest, cell),
        Field::LegitimateInterestAssessment => append_text(&mut d.legitimate_interest_assessment, cell),
        Field::ConsentRecord => append_text(&mut d.consent_record, cell),
        Field::NoteLine => {
            d.note_lines.insert(column, format!("{header}: {cell}"));
        }
    }
    problems
}

/// What a bare "yes, special-category data" records until the categories are named.
pub const UNSPECIFIED_SPECIAL: &str = "Special-category data (unspecified)";

/// The unspecified special-category entry goes once the activity names its special categories.
pub fn drop_unspecified_special(a: &mut Activity) {
    let named =
        a.data_categories.iter().any(|c| c.sensitivity != Sensitivity::Standard && c.name != UNSPECIFIED_SPECIAL);
    if named {
        a.data_categories.retain(|c| c.name != UNSPECIFIED_SPECIAL);
    }
}

impl Draft {
    /// Joins what separate columns gave: transfers from countries and safeguards, legitimate
    /// interests and consent records onto their bases, note lines onto the notes.
    pub fn finish(&mut self, problems: &mut Vec<Problem>) {
        let a = &mut self.activity;
        if !self.transfer_countries.is_empty() {
            // Countries in one column and "no" in another: the countries are what can be checked.
            a.no_transfers = false;
            let safeguard_text = self.transfer_safeguards.join("; ");
            let safeguard = if safeguard_text.is_empty() {
                None
            } else {
                Some(recognise_or_keep::<Safeguard>(&safeguard_text, "value-safeguard", problems))
            };
            // What the safeguards' cell says beyond the safeguard ("SCC (IDTA)"): its detail.
            let rest = if safeguard_text.is_empty() { String::new() } else { safeguard_rest(&safeguard_text) };
            for written in std::mem::take(&mut self.transfer_countries) {
                // "États-Unis (clauses contractuelles types)": a country and its own safeguard.
                let (place, detail) = split_detail(&written);
                let own = if detail.is_empty() { None } else { Safeguard::recognise(&detail) };
                let (written, safeguard, safeguard_detail) = match own {
                    Some(s) => (place, Some(s), safeguard_rest(&detail)),
                    None if countries::recognise(&place).is_some() && !detail.is_empty() => {
                        let mut d = rest.clone();
                        append_text(&mut d, &detail);
                        (place, safeguard.clone(), d)
                    }
                    None => (written, safeguard.clone(), rest.clone()),
                };
                let country = country(&written, Dialect::Loose, problems);
                a.transfers.push(Transfer {
                    recipient: String::new(),
                    country,
                    safeguard,
                    safeguard_detail,
                    ..Default::default()
                });
            }
        } else if !self.transfer_safeguards.is_empty() {
            // A safeguards column beside structured transfers (the ICO layout ropa writes) that
            // names their safeguards says nothing more; anything else is kept in the notes.
            let known: Vec<String> = a
                .transfers
                .iter()
                .filter_map(|t| t.safeguard.as_ref())
                .flat_map(|s| [crate::text::fold(&s.label(Lang::En)), crate::text::fold(&s.label(Lang::Fr))])
                .collect();
            let rest: Vec<&String> = self
                .transfer_safeguards
                .iter()
                .filter(|s| !s.lines().all(|l| l.trim().is_empty() || known.contains(&crate::text::fold(l))))
                .collect();
            if !rest.is_empty() {
                let rest: Vec<&str> = rest.iter().map(|s| s.as_str()).collect();
                append_text(&mut a.notes, &format!("Transfer safeguards: {}", rest.join("; ")));
            }
        }
        attach(
            a,
            LawfulBasis::LegitimateInterests,
            std::mem::take(&mut self.legitimate_interest),
            std::mem::take(&mut self.legitimate_interest_assessment),
        );
        attach(a, LawfulBasis::Consent, String::new(), std::mem::take(&mut self.consent_record));
        // Two columns may name the same basis (the ICO template has two Article 6 columns).
        let mut seen = Vec::new();
        a.legal_bases.retain(|b| {
            let new = !seen.contains(b);
            seen.push(b.clone());
            new
        });
        for line in std::mem::take(&mut self.note_lines).into_values() {
            append_text(&mut a.notes, &line);
        }
    }
}

/// What a spreadsheet's cell says beyond the value recognised in it ("Obligation légale (Code du
/// travail)": the code), added to the detail it gives, so that nothing written is lost; nothing
/// when the cell is the value's own words, or the rest names the same value ("(CCT)").
/// ropa's own files hold the value's label, which leaves no rest; a cell edited by hand
/// ("Art. 6 Abs. 1 lit. c DSGVO plus words") keeps its words the same way.
fn with_rest<T: Vocabulary + PartialEq>(text: &str, detail: &str, _dialect: Dialect) -> String {
    let mut out = detail.to_string();
    append_text(&mut out, &rest_of::<T>(text, true));
    out
}

/// What a safeguard's cell says beyond its label: a safeguard written another way ("DPF",
/// "IDTA", "CCT 2021") keeps its words, which the checks and the reader need.
pub fn safeguard_rest(text: &str) -> String {
    rest_of::<Safeguard>(text, false)
}

/// The text of a cell beyond the value recognised in it; with `aliases`, a cell that is one of
/// the value's other spellings says nothing more.
fn rest_of<T: Vocabulary + PartialEq>(text: &str, aliases: bool) -> String {
    let text = text.trim();
    let Some(value) = T::recognise(text) else { return String::new() };
    let key = crate::text::fold(text);
    let exact = value.words().is_some_and(|w| {
        let spellings: Vec<&str> = if aliases { w.aliases.to_vec() } else { Vec::new() };
        [w.code, w.en, w.fr, w.de]
            .iter()
            .chain(spellings.iter())
            .any(|s| crate::text::fold(s) == key || crate::text::fold(&s.replace('_', " ")) == key)
    });
    if exact {
        return String::new();
    }
    // The value's words, then a dash, a colon or a bracket, then the rest.
    let cuts = text.match_indices([' ', '(', ':', '–', '—', '-', ',']).map(|(i, _)| i);
    let split = cuts.filter(|i| *i > 0).find_map(|i| {
        let head = text[..i].trim();
        let rest = text[i..].trim_start_matches([' ', ':', '–', '—', '-', ',', '+']).trim();
        let rest = match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(inner) if inner.matches('(').count() == inner.matches(')').count() => inner.trim(),
            _ => rest,
        };
        (T::recognise(head).as_ref() == Some(&value) && !rest.is_empty() && says_only(head, &value)).then_some(rest)
    });
    // "Art. 6 Abs. 1 lit. c DSGVO (§ 257 HGB)": the regulation named before the rest is no part of it.
    let split = split.map(without_regulation);
    // "Art. 6.1.c RGPD": the regulation named again says nothing more.
    let regulation = |rest: &str| {
        matches!(
            crate::text::fold(rest).trim_end_matches('.'),
            "rgpd"
                | "gdpr"
                | "uk gdpr"
                | "du rgpd"
                | "of the gdpr"
                | "of gdpr"
                | "eu gdpr"
                | "rgpd ue"
                | "dsgvo"
                | "ds-gvo"
                | "ds gvo"
                | "eu-dsgvo"
                | "der dsgvo"
                | "der ds-gvo"
        )
    };
    match split {
        Some(rest) if regulation(rest) => String::new(),
        // "(CCT)", "– Art. 6(1)(c)": the same value said again.
        // (Only when that is all it says: "DSGVOArt. 6 …" glued to more keeps its words.)
        Some(rest) if aliases && T::recognise(rest).as_ref() == Some(&value) && says_only(rest, &value) => {
            String::new()
        }
        Some(rest) if !aliases && is_label(rest, &value) => String::new(),
        Some(rest) => rest.to_string(),
        None => text.to_string(),
    }
}

/// Whether a text is nothing but the value: its words, or an article cited ("Art. 6 Abs. 1 lit. c",
/// "gem. Art. 6(1)(b)"). A text that holds more ("consentArt. 6.1.c") is not cut: it is kept whole.
fn says_only<T: Vocabulary>(text: &str, value: &T) -> bool {
    let key = crate::text::fold(text);
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let citation_word = |w: &&str| {
        w.chars().all(|c| c.is_ascii_digit())
            || (w.len() == 1 && w.chars().all(|c| c.is_ascii_lowercase()))
            || matches!(
                *w,
                "art"
                    | "arts"
                    | "article"
                    | "artikel"
                    | "gem"
                    | "gemass"
                    | "gemaß"
                    | "abs"
                    | "absatz"
                    | "lit"
                    | "litera"
                    | "buchst"
                    | "buchstabe"
                    | "satz"
                    | "uabs"
                    | "unterabsatz"
                    | "para"
                    | "paragraph"
                    | "point"
                    | "ii"
                    | "iii"
                    | "iv"
                    // The regulation's name after the citation says nothing more.
                    | "dsgvo"
                    | "ds"
                    | "gvo"
                    | "gdpr"
                    | "rgpd"
                    | "eu"
                    | "uk"
            )
    };
    if words.iter().any(|w| w.starts_with(|c: char| c.is_ascii_digit())) && words.iter().all(citation_word) {
        return true;
    }
    value
        .words()
        .is_some_and(|w| [w.code, w.en, w.fr, w.de].iter().chain(w.aliases).any(|s| crate::text::fold(s) == key))
}

/// A text without the name of the regulation it begins with ("DSGVO (§ 257 HGB)" → "§ 257 HGB"),
/// when more follows it.
fn without_regulation(text: &str) -> &str {
    let folded = crate::text::fold(text);
    let Some(name) = ["ds-gvo", "dsgvo", "rgpd", "gdpr"]
        .iter()
        .find(|n| folded.starts_with(**n) && folded[n.len()..].starts_with(|c: char| !c.is_alphanumeric()))
    else {
        return text;
    };
    // The names are ASCII: their length in the text is their length folded.
    let rest = text[name.len()..].trim_start_matches([' ', ',', ';', ':', '-', '–']).trim();
    let rest = match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) if inner.matches('(').count() == inner.matches(')').count() => inner.trim(),
        _ => rest,
    };
    if rest.is_empty() {
        text
    } else {
        rest
    }
}

/// Whether a text is the value's own label, code or an acronym of it ("CCT" for the standard
/// contractual clauses): what says nothing more than the value.
fn is_label<T: Vocabulary>(text: &str, value: &T) -> bool {
    let key = crate::text::fold(text);
    value.words().is_some_and(|w| {
        [w.code, w.en, w.fr].iter().any(|s| crate::text::fold(s) == key)
            || (key.chars().count() <= 4 && w.aliases.iter().any(|a| crate::text::fold(a) == key))
    })
}

/// "N/A", "Néant", "Sans objet", "Aucun", "Non", "Keine", "Entfällt": a cell that says there is
/// nothing.
pub fn says_nothing(text: &str) -> bool {
    crate::workbook::cnil::says_nothing(text)
        || matches!(
            crate::text::fold(text).trim_end_matches(['.', '!']).trim(),
            "non"
                | "no"
                | "nein"
                | "keine"
                | "kein"
                | "keiner"
                | "entfallt"
                | "nicht zutreffend"
                | "trifft nicht zu"
                | "nicht anwendbar"
                | "nicht relevant"
                | "ohne"
        )
}

/// "?", "TBC", "À définir", "Inconnu": a cell that says its value is not known yet.
pub fn says_unknown(text: &str) -> bool {
    let key = crate::text::fold(text);
    let key = key.trim_matches(|c: char| c.is_whitespace() || ".!…".contains(c));
    if !key.is_empty() && key.chars().all(|c| c == '?') {
        return true;
    }
    let key = key.trim_end_matches('?').trim();
    matches!(
        key,
        "tbc"
            | "tbd"
            | "tba"
            | "unknown"
            | "not known"
            | "pending"
            | "inconnu"
            | "inconnue"
            | "en attente"
            | "xxx"
            | "en cours"
            | "a venir"
            | "ongoing"
            | "in progress"
            | "unbekannt"
            | "offen"
            | "noch offen"
            | "folgt"
            | "wird nachgereicht"
    ) || [
        "to be ",
        "a definir",
        "a completer",
        "a confirmer",
        "a preciser",
        "a determiner",
        "a verifier",
        "not yet known",
        "zu klaren",
        "noch zu ",
        "in klarung",
        "wird erganzt",
        "wird geklart",
        "zu prufen",
        "in prufung",
    ]
    .iter()
    .any(|p| key.starts_with(p))
}

/// "Oui - voir dossier AIPD", "Yes (profiling)": what follows the answer word.
fn after_answer(text: &str) -> &str {
    let text = text.trim();
    let end = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    if parse_yes_no(&text[..end]).is_ok_and(|v| v.is_some()) {
        let rest = text[end..].trim_start_matches([' ', '-', '–', '—', ':', ',', ';', '.']).trim();
        let rest = match rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
            Some(inner) => inner.trim(),
            None => rest,
        };
        if !rest.is_empty() {
            return rest;
        }
    }
    text
}

/// A value named by the first words of a text ("Completed 2023"), and the rest.
fn leading<T: Vocabulary>(text: &str) -> Option<(T, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).rev().find_map(|n| {
        let value = T::recognise(&words[..n].join(" "))?;
        let rest = words[n..].join(" ");
        Some((value, rest.trim_start_matches(['-', '–', ':', ',', '(']).trim_end_matches(')').trim().to_string()))
    })
}

/// "Non", "Aucun transfert hors UE", "Pas de transfert", "Keine Übermittlung in Drittländer",
/// "Datenübermittlung findet nicht statt und ist auch nicht geplant" (the DSK model register's
/// words): the cell says there are no transfers.
pub fn says_no_transfer(text: &str) -> bool {
    let key = crate::text::fold(text);
    let key = key.trim_end_matches(['.', '!']);
    says_nothing(text)
        || [
            "aucun transfert",
            "pas de transfert",
            "no transfer",
            "aucun hors",
            "keine ubermittlung",
            "keine datenubermittlung",
            "keine drittland",
            "kein drittland",
            "keine ubertragung",
            "kein transfer",
            "keine weitergabe in drittl",
            "nur innerhalb der eu",
            "nur innerhalb des ewr",
        ]
        .iter()
        .any(|p| key.starts_with(p))
        || ["findet nicht statt", "ist nicht geplant", "nicht geplant", "nicht vorgesehen", "nicht beabsichtigt"]
            .iter()
            .any(|p| key.ends_with(p) || key.contains(&format!("{p} ")))
}

/// The words a statement that there are no transfers is made of ("Keine Übermittlung in
/// Drittländer", "Datenübermittlung findet nicht statt und ist auch nicht geplant"): a cell with
/// other words says more (a country named as an exception), which the notes keep.
pub const NO_TRANSFER_WORDS: &[&str] = &[
    "no",
    "none",
    "transfer",
    "transfers",
    "outside",
    "the",
    "eu",
    "eea",
    "uk",
    "non",
    "aucun",
    "aucune",
    "pas",
    "de",
    "transfert",
    "transferts",
    "hors",
    "ue",
    "eee",
    "nein",
    "keine",
    "kein",
    "entfallt",
    "ubermittlung",
    "ubermittlungen",
    "datenubermittlung",
    "datenubermittlungen",
    "ubertragung",
    "drittland",
    "drittlander",
    "drittlandern",
    "drittstaat",
    "drittstaaten",
    "drittlandtransfer",
    "weitergabe",
    "in",
    "an",
    "ein",
    "eine",
    "oder",
    "internationale",
    "organisation",
    "organisationen",
    "findet",
    "nicht",
    "statt",
    "und",
    "ist",
    "auch",
    "geplant",
    "vorgesehen",
    "beabsichtigt",
    "nur",
    "innerhalb",
    "der",
    "des",
    "ewr",
    "daten",
    "personenbezogener",
    "von",
    "zutreffend",
    "anwendbar",
    "erfolgt",
    "es",
    "wird",
    "werden",
];

/// Whether a statement that there are no transfers says nothing more than that.
fn no_transfer_only(text: &str) -> bool {
    crate::text::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| NO_TRANSFER_WORDS.contains(&w))
}

/// "Oui", "No", "TRUE", "x": a cell that is an answer and nothing more.
fn is_bare_yes_no(text: &str) -> bool {
    let key = crate::text::fold(text);
    let key = key.trim_end_matches(['.', '!']);
    matches!(
        key,
        "yes"
            | "y"
            | "oui"
            | "o"
            | "true"
            | "vrai"
            | "1"
            | "x"
            | "no"
            | "n"
            | "non"
            | "false"
            | "faux"
            | "0"
            | "required"
            | "requise"
            | "obligatoire"
            | "none"
            | "aucun"
            | "aucune"
            | "not required"
            | "non requise"
            | "non requis"
            | "ja"
            | "j"
            | "nein"
            | "keine"
            | "kein"
            | "erforderlich"
            | "nicht erforderlich"
    )
}

/// Puts a detail and evidence on the basis of that kind, adding the basis when the row names the
/// detail but not the basis.
fn attach(a: &mut Activity, basis: LawfulBasis, detail: String, evidence: String) {
    if detail.is_empty() && evidence.is_empty() {
        return;
    }
    match a.legal_bases.iter_mut().find(|b| b.basis == basis) {
        Some(b) => {
            append_text(&mut b.detail, &detail);
            append_text(&mut b.evidence, &evidence);
        }
        None => a.legal_bases.push(LegalBasis { basis, detail, evidence }),
    }
}

pub fn append_text(target: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push('\n');
    }
    target.push_str(text);
}

/// The value `text` names, or the text kept as written with a warning; `what` is the language
/// files' name of what it should be (`value-legal-basis`).
pub fn recognise_or_keep<T: Vocabulary>(text: &str, what: &str, problems: &mut Vec<Problem>) -> T {
    match T::recognise(text) {
        Some(value) => value,
        None => {
            let shown = text.trim();
            problems.push(Problem::Warning(Text::each(|lang| {
                crate::tr!(lang, "import-unknown-value", text = shown, what = crate::i18n::text(lang, what))
            })));
            T::as_written(text).expect("vocabulary keeps text as written")
        }
    }
}

/// A country as an ISO code when recognised; else the text as written, with a warning. Own files
/// are read exactly: their text stays as it is.
pub fn country(text: &str, dialect: Dialect, problems: &mut Vec<Problem>) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_string();
    }
    match (countries::recognise(trimmed), dialect) {
        (Some(c), Dialect::Loose) => c.code.to_string(),
        (Some(_), Dialect::Own) => text.to_string(),
        (None, _) => {
            problems.push(Problem::Warning(crate::tr_all!("import-unknown-country", text = trimmed)));
            text.to_string()
        }
    }
}

/// Yes, no or unanswered; `field` is the field it answers, named in the warning.
fn yes_no(text: &str, field: Field, problems: &mut Vec<Problem>) -> Option<bool> {
    parse_yes_no(text).unwrap_or_else(|_| {
        problems.push(Problem::Warning(Text::each(|lang| {
            crate::tr!(lang, "import-not-yes-or-no", text = text, what = field.label(lang))
        })));
        None
    })
}

pub(crate) fn date_or_error(text: &str, problems: &mut Vec<Problem>) -> Option<crate::date::Date> {
    parse_date(text).unwrap_or_else(|message| {
        problems.push(Problem::Error(message));
        None
    })
}

/// "Identity (email, name)" → ("Identity", "email, name").
pub fn split_detail(text: &str) -> (String, String) {
    match (text.find('('), text.ends_with(')')) {
        (Some(open), true) if open > 0 => {
            (text[..open].trim().to_string(), text[open + 1..text.len() - 1].trim().to_string())
        }
        _ => (text.to_string(), String::new()),
    }
}

/// "AWS, USA" → provider AWS, country US; "UK, Leeds office" → country GB, place Leeds office;
/// "Paris data centre" → place.
fn loose_location(text: &str) -> Location {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let found = parts.iter().enumerate().rev().find_map(|(i, p)| countries::recognise(p).map(|c| (i, c.code)));
    match found {
        Some((i, code)) => {
            let others: Vec<&str> = parts.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, p)| *p).collect();
            let rest = others.join(", ");
            if i + 1 == parts.len() && i > 0 {
                Location { provider: rest, place: String::new(), country: code.to_string() }
            } else {
                Location { provider: String::new(), place: rest, country: code.to_string() }
            }
        }
        None => Location { place: text.to_string(), ..Default::default() },
    }
}

/// "6 years after employment ends", "6 ans", "Product analytics: 12 months", "Until the account
/// is closed": the period when the text gives one, and the text itself as the criteria (so that
/// nothing is lost or translated), unless it is nothing but the period. "72 Stunden": hours read as
/// whole days when they make some (3 days), the text kept as the criteria, since the record counts
/// no hours. "10 Jahre nach Vertragsende": the period and the event it runs from.
pub fn loose_retention(text: &str) -> Retention {
    let (applies_to, rest) = match text.split_once(':') {
        Some((label, rest)) if period_in(rest.trim()).is_some() && !label.trim().is_empty() => {
            (label.trim().to_string(), rest.trim())
        }
        _ => (String::new(), text.trim()),
    };
    let Some((period, exact, tail)) = period_in(rest) else {
        return Retention { applies_to, period: None, from_event: String::new(), criteria: rest.to_string() };
    };
    // A German register names the event the period runs from after "nach" or "ab" ("10 Jahre nach
    // Vertragsende"), which reads back as the record's "ab Vertragsende". English and French ones
    // keep their words as the criteria: "after employment ends" does not read as "from".
    let starts_with_period = rest.starts_with(|c: char| c.is_ascii_digit());
    let from_event = if exact && starts_with_period {
        ["nach ", "ab "]
            .iter()
            .find_map(|w| tail.strip_prefix(w))
            .map(str::trim)
            .filter(|e| !e.is_empty() && !e.contains(|c: char| c.is_ascii_digit() || "();:".contains(c)))
    } else {
        None
    };
    let (from_event, criteria) = match from_event {
        Some(event) => (event.to_string(), String::new()),
        None if exact && starts_with_period && tail.is_empty() => (String::new(), String::new()),
        None => (String::new(), rest.to_string()),
    };
    Retention { applies_to, period: Some(period), from_event, criteria }
}

/// The first period a text gives ("6 Jahre gem. § 257 HGB", "72 Stunden"): the period, whether it
/// is said in one of the record's units (not in hours), and the text after it.
fn period_in(text: &str) -> Option<(crate::model::Period, bool, &str)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let tail = &text[start..];
    let number_end = tail.find(|c: char| !c.is_ascii_digit()).unwrap_or(tail.len());
    let after_number = tail[number_end..].trim_start();
    let unit_len = after_number.find(|c: char| !c.is_alphabetic()).unwrap_or(after_number.len());
    let (number, unit) = (&tail[..number_end], &after_number[..unit_len]);
    // The unit's full stop ("3 Mon.", "24 Std.") belongs to it.
    let after_unit = after_number[unit_len..].strip_prefix('.').unwrap_or(&after_number[unit_len..]).trim_start();
    if let Some(period) = parse_period(&format!("{number} {unit}")) {
        return Some((period, true, after_unit));
    }
    let hours: u32 = number.parse().ok()?;
    let is_hours = matches!(
        crate::text::fold(unit).as_str(),
        "h" | "hour" | "hours" | "hr" | "hrs" | "heure" | "heures" | "stunde" | "stunden" | "std"
    );
    (is_hours && hours > 0 && hours.is_multiple_of(24)).then_some((
        crate::model::Period { amount: hours / 24, unit: crate::model::TimeUnit::Days },
        false,
        after_unit,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_cells_become_structured_values() {
        let mut d = Draft::default();
        let mut problems = apply(Field::LegalBases, "Intérêt légitime", Dialect::Loose, "Base légale", 0, &mut d);
        problems.extend(apply(Field::Locations, "AWS, USA\nParis", Dialect::Loose, "Location", 1, &mut d));
        problems.extend(apply(Field::Retention, "6 ans après la fin du contrat", Dialect::Loose, "Durée", 2, &mut d));
        problems.extend(apply(
            Field::DataCategories,
            "Identité (nom, prénom); Vie professionnelle",
            Dialect::Loose,
            "Données",
            3,
            &mut d,
        ));
        problems.extend(apply(Field::TransferCountries, "États-Unis", Dialect::Loose, "Transferts", 4, &mut d));
        problems.extend(apply(
            Field::TransferSafeguards,
            "Clauses contractuelles types",
            Dialect::Loose,
            "Garanties",
            5,
            &mut d,
        ));
        problems.extend(apply(Field::NoteLine, "No", Dialect::Loose, "Has a breach occurred?", 6, &mut d));
        d.finish(&mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let a = &d.activity;
        assert_eq!(a.legal_bases[0].basis, LawfulBasis::LegitimateInterests);
        assert_eq!((a.locations[0].provider.as_str(), a.locations[0].country.as_str()), ("AWS", "US"));
        assert_eq!(a.locations[1].place, "Paris");
        assert_eq!(a.retention[0].period.map(|p| p.amount), Some(6));
        assert_eq!(a.retention[0].criteria, "6 ans après la fin du contrat");
        assert_eq!(
            (a.data_categories[0].name.as_str(), a.data_categories[0].detail.as_str()),
            ("Identité", "nom, prénom")
        );
        assert_eq!(a.transfers[0].country, "US");
        assert_eq!(a.transfers[0].safeguard, Some(Safeguard::StandardContractualClauses));
        assert_eq!(a.notes, "Has a breach occurred?: No");
    }

    #[test]
    fn locations_and_retention_read_loosely() {
        let l = loose_location("UK, Leeds office");
        assert_eq!((l.country.as_str(), l.place.as_str(), l.provider.as_str()), ("GB", "Leeds office", ""));
        let l = loose_location("Mailchimp, USA");
        assert_eq!((l.country.as_str(), l.provider.as_str()), ("US", "Mailchimp"));
        let r = loose_retention("6 years after employment ends");
        assert_eq!((r.period.map(|p| p.amount), r.criteria.as_str()), (Some(6), "6 years after employment ends"));
        let r = loose_retention("Product analytics: 12 months");
        assert_eq!(
            (r.applies_to.as_str(), r.period.map(|p| p.amount), r.criteria.as_str()),
            ("Product analytics", Some(12), "")
        );
        let r = loose_retention("30/02/2024");
        assert_eq!((r.period, r.criteria.as_str()), (None, "30/02/2024"));
        let r = loose_retention("Maximum 3 years: see chapter 10");
        assert_eq!((r.period.map(|p| p.amount), r.criteria.as_str()), (Some(3), "Maximum 3 years: see chapter 10"));
        let r = loose_retention("Until consent is withdrawn");
        assert_eq!((r.period, r.criteria.as_str()), (None, "Until consent is withdrawn"));
        let r = loose_retention("31 days");
        assert_eq!((r.period.map(|p| p.amount), r.criteria.as_str()), (Some(31), ""));
    }

    #[test]
    fn german_periods_hours_and_events() {
        let r = loose_retention("10 Jahre nach Vertragsende");
        assert_eq!(
            (r.period.map(|p| (p.amount, p.unit)), r.from_event.as_str(), r.criteria.as_str()),
            (Some((10, crate::model::TimeUnit::Years)), "Vertragsende", "")
        );
        // Hours: whole days when they make some, the words kept, since the record counts no hours.
        let r = loose_retention("72 Stunden");
        assert_eq!(
            (r.period.map(|p| (p.amount, p.unit)), r.criteria.as_str()),
            (Some((3, crate::model::TimeUnit::Days)), "72 Stunden")
        );
        let r = loose_retention("36 Stunden");
        assert_eq!((r.period, r.criteria.as_str()), (None, "36 Stunden"));
        let r = loose_retention("Videoaufzeichnungen: 48 Std.");
        assert_eq!(
            (r.applies_to.as_str(), r.period.map(|p| p.amount), r.criteria.as_str()),
            ("Videoaufzeichnungen", Some(2), "48 Std.")
        );
        // A law cited, or an event with a citation: the words stay the criteria.
        let r = loose_retention("6 Jahre gem. § 257 HGB");
        assert_eq!((r.period.map(|p| p.amount), r.criteria.as_str()), (Some(6), "6 Jahre gem. § 257 HGB"));
        let r = loose_retention("10 Jahre nach Ablauf des Kalenderjahres (§ 147 AO)");
        assert_eq!(
            (r.from_event.as_str(), r.criteria.as_str()),
            ("", "10 Jahre nach Ablauf des Kalenderjahres (§ 147 AO)")
        );
        let r = loose_retention("nach Ablauf der gesetzlichen Aufbewahrungsfristen");
        assert_eq!((r.period, r.criteria.as_str()), (None, "nach Ablauf der gesetzlichen Aufbewahrungsfristen"));
        let r = loose_retention("6 Monate");
        assert_eq!((r.period.map(|p| p.amount), r.criteria.as_str()), (Some(6), ""));
    }

    #[test]
    fn german_cells_say_nothing_or_no_transfer() {
        for text in ["Nein", "Keine", "entfällt", "Entfällt.", "nicht zutreffend"] {
            let mut d = Draft::default();
            let problems = apply(Field::TransferCountries, text, Dialect::Loose, "Drittlandtransfer", 0, &mut d);
            d.finish(&mut Vec::new());
            assert!(problems.is_empty() && d.activity.no_transfers && d.activity.notes.is_empty(), "{text}");
        }
        for text in [
            "Keine Übermittlung in Drittländer",
            "Datenübermittlung findet nicht statt und ist auch nicht geplant",
            "Eine Übermittlung an Drittländer ist nicht vorgesehen.",
        ] {
            let mut d = Draft::default();
            apply(Field::TransferCountries, text, Dialect::Loose, "Drittlandtransfer", 0, &mut d);
            d.finish(&mut Vec::new());
            assert!(d.activity.no_transfers && d.activity.transfers.is_empty(), "{text}");
            assert!(d.activity.notes.is_empty(), "{text}: says nothing more");
        }
        // More than "none": the statement holds, and the notes keep what it adds.
        let mut d = Draft::default();
        let text = "Keine Übermittlung in Drittländer (Rechenzentrum in Frankfurt)";
        apply(Field::TransferCountries, text, Dialect::Loose, "Drittland", 0, &mut d);
        d.finish(&mut Vec::new());
        assert!(d.activity.no_transfers);
        assert_eq!(d.activity.notes, format!("Drittland: {text}"));
        let mut d = Draft::default();
        let problems = apply(Field::LegalBases, "noch zu klären", Dialect::Loose, "Rechtsgrundlage", 0, &mut d);
        assert!(d.activity.legal_bases.is_empty() && matches!(problems.as_slice(), [Problem::Warning(_)]));
    }

    #[test]
    fn german_legal_bases_and_safeguards() {
        let read = |cell: &str| {
            let mut d = Draft::default();
            let problems = apply(Field::LegalBases, cell, Dialect::Loose, "Rechtsgrundlage", 0, &mut d);
            (d.activity.legal_bases, problems)
        };
        for (cell, basis, detail) in [
            ("Art. 6 Abs. 1 lit. c DSGVO", LawfulBasis::LegalObligation, ""),
            ("Art. 6 (1) c) DS-GVO", LawfulBasis::LegalObligation, ""),
            ("Art. 6 Abs. 1 S. 1 lit. b DSGVO", LawfulBasis::Contract, ""),
            ("Berechtigtes Interesse", LawfulBasis::LegitimateInterests, ""),
            ("Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)", LawfulBasis::LegitimateInterests, ""),
            ("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", LawfulBasis::Consent, ""),
            ("Vertragserfüllung", LawfulBasis::Contract, ""),
            ("Art. 6 Abs. 1 lit. c DSGVO (§ 257 HGB, § 147 AO)", LawfulBasis::LegalObligation, "§ 257 HGB, § 147 AO"),
            // Text glued to the regulation's name is kept (found by the random sheets).
            ("Art. 6 Abs. 1 lit. c DSGVOconsent", LawfulBasis::LegalObligation, "DSGVOconsent"),
            (
                "Art. 6 Abs. 1 lit. c DSGVOArt. 6 Abs. 1 lit. c DSGVO",
                LawfulBasis::LegalObligation,
                "DSGVOArt. 6 Abs. 1 lit. c DSGVO",
            ),
        ] {
            let (bases, problems) = read(cell);
            assert!(problems.is_empty(), "{cell}: {problems:?}");
            assert_eq!((&bases[0].basis, bases[0].detail.as_str()), (&basis, detail), "{cell}");
        }
        // A national basis is kept as written, never read as an Art. 6 basis.
        let (bases, problems) = read("§ 26 BDSG");
        assert_eq!(bases[0].basis, LawfulBasis::Other("§ 26 BDSG".into()));
        assert!(matches!(problems.as_slice(), [Problem::Warning(_)]));
        let mut d = Draft::default();
        apply(Field::TransferCountries, "Vereinigte Staaten; Indien", Dialect::Loose, "Drittland", 0, &mut d);
        apply(Field::TransferSafeguards, "Standardvertragsklauseln (SCC)", Dialect::Loose, "Garantien", 1, &mut d);
        let mut problems = Vec::new();
        d.finish(&mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        let transfers: Vec<(&str, Option<&Safeguard>, &str)> = d
            .activity
            .transfers
            .iter()
            .map(|t| (t.country.as_str(), t.safeguard.as_ref(), t.safeguard_detail.as_str()))
            .collect();
        let scc = Some(&Safeguard::StandardContractualClauses);
        assert_eq!(transfers, [("US", scc, ""), ("IN", scc, "")]);
    }

    #[test]
    fn unrecognised_values_are_kept_with_a_warning() {
        let mut d = Draft::default();
        let problems = apply(Field::LegalBases, "Because the boss said so", Dialect::Loose, "Basis", 0, &mut d);
        assert_eq!(d.activity.legal_bases[0].basis, LawfulBasis::Other("Because the boss said so".into()));
        assert!(matches!(problems.as_slice(), [Problem::Warning(_)]));
        let problems = apply(Field::CreatedOn, "31/02/2024", Dialect::Loose, "Created", 1, &mut d);
        assert!(matches!(problems.as_slice(), [Problem::Error(_)]));
    }
}
