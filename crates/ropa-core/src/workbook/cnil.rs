//! The CNIL's "registre simplifié" workbook: its words and where they stand, read by the import
//! (the fiche reader, the summary sheet's layout) and written by the export in the same places.
//!
//! Source: the CNIL's empty register template, `cnil-registre-simplifie.ods` (sheets "Tutoriel",
//! "2 - Liste des traitements", "3 - Modèle de fiche de registre", "4 - Exemple de fiche",
//! "5 - Listes"), as kept in `shared/reference/` and read on 2026-12-01. The English words are
//! ropa's translation, used with `--lang en`.

use crate::model::{MeasureCategory, RecipientKind};
use crate::vocab::Lang;

/// A label in French (the template's) and English (ropa's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Label {
    /// The French authority's form in French, else in ropa's English version (a German register
    /// in the CNIL's layout keeps its English labels: the layout is the French form's).
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En | Lang::De => self.en,
        }
    }
}

const fn l(fr: &'static str, en: &'static str) -> Label {
    Label { fr, en }
}

// The summary sheet ("Liste des traitements").
pub const SUMMARY_SHEET: Label = l("Liste des traitements", "List of processing");
pub const CONTACT_CONTROLLER: Label = l(
    "Coordonnées du responsable de l’organisme\n(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)",
    "Contact details of the organisation's head\n(controller, or its representative if the controller is established outside the EU)",
);
pub const CONTACT_REPRESENTATIVE: Label = l(
    "Coordonnées du représentant\n(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)",
    "Contact details of the representative\n(of a controller established outside the EU)",
);
pub const CONTACT_DPO: Label = l(
    "Coordonnées du délégué à la protection des données (DPO)",
    "Contact details of the data protection officer (DPO)",
);
pub const LAST_NAME: Label = l("Nom :", "Last name:");
pub const FIRST_NAME: Label = l("Prénom :", "First name:");
pub const ADDRESS: Label = l("Adresse :", "Address:");
pub const EMAIL: Label = l("Adresse mél :", "Email:");
pub const POSTCODE: Label = l("Code postal :", "Postcode:");
pub const CITY: Label = l("Ville :", "City:");
pub const PHONE: Label = l("Téléphone :", "Telephone:");
pub const COMPANY: Label = l("Société (si DPO externe) :", "Company (if the DPO is external):");
pub const GROUP_IDENTIFICATION: Label = l("Identification du traitement", "Identification of the processing");
pub const GROUP_PURPOSE: Label = l("Finalité du traitement", "Purpose of the processing");
pub const GROUP_SENSITIVE: Label = l("Données sensibles ?", "Sensitive data?");
pub const SUMMARY_NAME: Label = l("Nom du traitement", "Name of the processing");
pub const SUMMARY_REFERENCE: Label = l("N° / RÉF", "No. / Ref.");
pub const SUMMARY_CREATED: Label = l("Date de création de la fiche", "Record created on");
pub const SUMMARY_UPDATED: Label = l("Dernière mise à jour de la fiche", "Record last updated on");
pub const SUMMARY_YES_NO: Label = l("Oui/non", "Yes/no");

// A fiche ("Modèle de fiche de registre").
pub const FICHE_TITLE: Label = l("Fiche de registre", "Register record");
pub const DESCRIPTION: Label = l("Description du traitement", "Description of the processing");
pub const NAME: Label = l("Nom du traitement", "Name of the processing");
pub const REFERENCE: Label = l("N° / RÉF", "No. / Ref.");
pub const CREATED: Label = l("Date de création du traitement", "Processing created on");
pub const UPDATED: Label = l("Mise à jour du traitement", "Processing updated on");
pub const ACTORS: Label = l("Acteurs", "Actors");
/// The columns of the actors' table, in order from column B.
pub const ACTOR_COLUMNS: [Label; 7] = [
    l("Nom", "Name"),
    l("Adresse", "Address"),
    l("Code Postal", "Postcode"),
    l("Ville", "City"),
    l("Pays", "Country"),
    l("Téléphone", "Telephone"),
    l("Adresse mél", "Email"),
];
pub const CONTROLLER: Label = l("Responsable du traitement", "Controller");
pub const DPO: Label = l("Délégué à la protection des données", "Data protection officer");
pub const DPO_COMPANY: Label = l("Société du DPO (si celui-ci est externe)", "DPO's company (if external)");
pub const REPRESENTATIVE: Label = l("Représentant", "Representative");
pub const JOINT: Label = l("Responsable(s) conjoint(s)", "Joint controller(s)");
pub const PURPOSES: Label = l("Finalité(s) du traitement effectué", "Purpose(s) of the processing");
pub const MAIN_PURPOSE: Label = l("Finalité principale", "Main purpose");
pub const SUB_PURPOSE: Label = l("Sous-finalité", "Sub-purpose");
pub const DATA: Label = l("Catégories de données personnelles concernées", "Categories of personal data concerned");
pub const SENSITIVE: Label = l("Données sensibles", "Sensitive data");
pub const DESCRIPTION_COLUMN: Label = l("Description", "Description");
pub const RETENTION_COLUMN: Label = l("Durée de conservation", "Retention period");
pub const DETAIL_COLUMN: Label = l("Précisions", "Details");
/// The template's categories of data, and its sensitive data (the last, criminal convictions, is
/// Art. 10 data).
pub const DATA_ROWS: [Label; 6] = [
    l(
        "État civil, identité, données d'identification, images…",
        "Civil status, identity, identification data, images…",
    ),
    l(
        "Vie personnelle (habitudes de vie, situation familiale, etc.)",
        "Personal life (lifestyle, family situation, etc.)",
    ),
    l(
        "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)",
        "Economic and financial information (income, financial situation, tax situation, etc.)",
    ),
    l("Données de connexion (adress IP, logs, etc.)", "Connection data (IP address, logs, etc.)"),
    l("Données de localisation (déplacements, données GPS, GSM, etc.)", "Location data (travel, GPS, GSM data, etc.)"),
    l("Numéro de Sécurité Sociale (ou NIR)", "Social security number (NIR)"),
];
pub const SENSITIVE_ROWS: [Label; 9] = [
    l("Données révélant l'origine raciale ou ethnique", "Data revealing racial or ethnic origin"),
    l("Données révélant les opinions politiques", "Data revealing political opinions"),
    l(
        "Données révélant les convictions religieuses ou philosophiques",
        "Data revealing religious or philosophical beliefs",
    ),
    l("Données révélant l'appartenance syndicale", "Data revealing trade union membership"),
    l("Données génétiques", "Genetic data"),
    l(
        "Données biométriques aux fins d'identifier une personne physique de manière unique",
        "Biometric data for the purpose of uniquely identifying a natural person",
    ),
    l("Données concernant la santé", "Data concerning health"),
    l("Données concernant la vie sexuelle ou l'orientation sexuelle", "Data concerning sex life or sexual orientation"),
    l(
        "Données relatives à des condamnations pénales ou infractions",
        "Data relating to criminal convictions and offences",
    ),
];
pub const SUBJECTS: Label = l("Catégories de personnes concernées", "Categories of data subjects");
pub const SUBJECT_ROW: Label = l("Catégorie de personnes", "Category of persons");
pub const RECIPIENTS: Label = l("Destinataires", "Recipients");
pub const RECIPIENT_TYPE_COLUMN: Label = l("Type de destinataire", "Type of recipient");
pub const RECIPIENT_ROW: Label = l("Destinataire", "Recipient");
pub const MEASURES: Label = l("Mesures de sécurité", "Security measures");
pub const MEASURE_TYPE_COLUMN: Label = l("Type de mesure de sécurité", "Type of security measure");
pub const MEASURE_ROW: Label = l("Mesure de sécurité", "Security measure");
pub const TRANSFERS: Label = l("Transferts hors UE", "Transfers outside the EU");
/// The columns of the transfers' table, from column B.
pub const TRANSFER_COLUMNS: [Label; 4] = [
    l("Destinataire", "Recipient"),
    l("Pays", "Country"),
    l("Type de Garanties", "Type of safeguards"),
    l("Liens vers la documentation", "Links to the documentation"),
];
pub const TRANSFER_ROW: Label = l("Organisme destinataire", "Receiving organisation");
/// Rows ropa adds after the template's, for what the template has no place for.
pub const MORE: Label = l("Autres informations du registre", "Other information in the register");

/// The drop-down lists' recipient types ("5 - Listes", column H), and measure types (column J).
pub const RECIPIENT_TYPES: [Label; 5] = [
    l("Service interne qui traite les données", "Internal department processing the data"),
    l("Sous-traitants", "Processors"),
    l(
        "Destinataires dans des pays tiers ou organisations internationales",
        "Recipients in third countries or international organisations",
    ),
    l("Partenaires institutionnels ou commerciaux", "Institutional or commercial partners"),
    l("Autre (Préciser)", "Other (specify)"),
];
/// The measure types of the drop-down list ("5 - Listes", column J) and the category of each.
pub const MEASURE_TYPES: [(Label, MeasureCategory); 6] = [
    (l("Mesures de traçabilité", "Traceability measures"), MeasureCategory::Logging),
    (
        l("Mesures de protection des logiciels", "Software protection measures"),
        MeasureCategory::VulnerabilityManagement,
    ),
    (l("Sauvegarde des données", "Data backup"), MeasureCategory::Availability),
    (l("Chiffrement des données", "Data encryption"), MeasureCategory::Encryption),
    (l("Contrôle d'accès des utilisateurs", "User access control"), MeasureCategory::DataAccess),
    (l("Contrôle des sous-traitants", "Control of processors"), MeasureCategory::Organisational),
];

/// The template's type for a recipient of this kind, if it has one.
pub fn recipient_type(kind: &RecipientKind) -> Option<Label> {
    match kind {
        RecipientKind::Internal => Some(RECIPIENT_TYPES[0]),
        RecipientKind::Processor => Some(RECIPIENT_TYPES[1]),
        RecipientKind::External => Some(RECIPIENT_TYPES[3]),
        RecipientKind::Other(t) if t.is_empty() => Some(RECIPIENT_TYPES[4]),
        _ => None,
    }
}

/// The kind of recipient a type of the template (in French or English) is.
pub fn recipient_kind(text: &str) -> Option<RecipientKind> {
    let key = crate::text::fold(text);
    let index =
        RECIPIENT_TYPES.iter().position(|l| crate::text::fold(l.fr) == key || crate::text::fold(l.en) == key)?;
    Some(match index {
        0 => RecipientKind::Internal,
        1 => RecipientKind::Processor,
        2 | 3 => RecipientKind::External,
        _ => RecipientKind::Other(String::new()),
    })
}

/// The category of a measure type of the template (in French or English).
pub fn measure_category(text: &str) -> Option<MeasureCategory> {
    let key = crate::text::fold(text);
    MEASURE_TYPES
        .iter()
        .find(|(l, _)| crate::text::fold(l.fr) == key || crate::text::fold(l.en) == key)
        .map(|(_, c)| c.clone())
}

/// The template's type for a measure of this category, if it has one.
pub fn measure_type(category: &MeasureCategory) -> Option<Label> {
    MEASURE_TYPES.iter().find(|(_, c)| c == category).map(|(l, _)| *l)
}

/// The drop-down placeholder: a cell that says it is empty.
pub const PLACEHOLDER: &str = "Sélectionnez un élément dans cette liste déroulante ►";

/// Text of the template itself (titles, instructions, links to the CNIL's guides), not data.
pub fn is_template_text(text: &str) -> bool {
    let key = crate::text::fold(text);
    key.starts_with('►')
        || key.starts_with("consulter les guides")
        || key.starts_with("modele de fiche de registre")
        || key.starts_with("exemple de fiche de registre")
        || key.starts_with("cet onglet est un modele")
        || key.starts_with("cet exemple est base sur un traitement fictif")
        || key.starts_with("registre des traitements - fiche tutorielle")
        || key.starts_with("coordonnees du")
        || key.starts_with("contact details of the")
        || key == crate::text::fold(FICHE_TITLE.fr)
        || key == crate::text::fold(FICHE_TITLE.en)
        || is_placeholder(text)
}

/// The openings of the comments the CNIL's template attaches to its labels: its help text, not a
/// DPO's (`cnil-registre-simplifie.ods`, checked 2026-12-01).
const TEMPLATE_COMMENTS: &[&str] = &[
    "un « traitement de donnees personnelles » est une operation",
    "si le responsable du traitement est situe hors ue",
    "responsable du traitement : la personne physique ou morale",
    "representant : une personne physique ou morale etablie dans l'union",
    "a completer lorsque deux responsables du traitement",
    "un traitement de donnees doit avoir un objectif",
    "dans certains cas (gestion des paies)",
    "cf. article 87 du reglement",
    "lorsque vous traitez certains types de donnees a risque",
    "lister tous les types de personnes faisant l'objet du traitement",
    "lister l'ensemble des personnes qui ont acces aux donnees",
    "securisez vos donnees",
    "lorsque vous transferez des donnees en dehors de l'union europeenne",
    "duree de conservation dans certains cas",
];

/// A comment that is the template's help text (on its labels), not a DPO's.
pub fn is_template_comment(text: &str) -> bool {
    let key = crate::text::fold(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    TEMPLATE_COMMENTS.iter().any(|p| key.starts_with(p)) || is_template_text(text)
}

/// The drop-down placeholder, or any "select an item" prompt.
pub fn is_placeholder(text: &str) -> bool {
    let key = crate::text::fold(text);
    key.starts_with("selectionnez un element") || key.starts_with("select an item") || key.starts_with("choose an item")
}

/// "Non concerné", "Sans objet", "N/A": the cell says there is nothing.
pub fn says_nothing(text: &str) -> bool {
    let key = crate::text::fold(text);
    let key = key.trim_matches(|c: char| c == '.' || c == '-' || c == '–' || c == '—' || c == '/' || c.is_whitespace());
    matches!(
        key,
        "non concerne"
            | "non concernee"
            | "non concernes"
            | "sans objet"
            | "n/a"
            | "na"
            | "n.a"
            | "n/c"
            | "nc"
            | "not applicable"
            | "non applicable"
            | "pas applicable"
            | "non pertinent"
            | "not relevant"
            | "neant"
            | "aucun"
            | "aucune"
            | "none"
            | "nil"
            | "-"
            | ""
    )
}
