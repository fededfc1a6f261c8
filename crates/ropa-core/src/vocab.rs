//! The words for the model's enumerations: a stable code, an English and a French label, and the
//! other spellings people write (in spreadsheets, in DPAs). Used to print them (CSV, PDF, CLI) and
//! to recognise them on import.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::model::{
    Derogation, DpiaStatus, LawfulBasis, MeasureCategory, RecipientKind, Role, Safeguard, Sensitivity,
    SpecialCondition, Status, SubProcessing, TimeUnit,
};
use crate::reference::law::{words as law, Vocabulary as Law};
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Fr,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::De];

    /// Its code, as `--lang` and the window write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// The words for one value.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// Stable identifier, as the JSON and our CSV files write it.
    pub code: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    pub de: &'static str,
    /// Other spellings recognised on import (compared case- and accent-insensitively).
    pub aliases: &'static [&'static str],
}

impl Words {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
            Lang::De => self.de,
        }
    }
}

/// An enumeration with a fixed list of known values, each with its words.
pub trait Vocabulary: Sized + Clone + 'static {
    /// Whether a text's first word may name a value ("Consentement pour la newsletter"): only
    /// where what follows is kept as the value's detail.
    const LEADING_WORD: bool = false;

    /// Every known value.
    fn known() -> Vec<Self>;
    /// The words of a known value; `None` for a value kept as written.
    fn words(&self) -> Option<Words>;
    /// The value kept as written, for vocabularies that allow it.
    fn as_written(_text: &str) -> Option<Self> {
        None
    }

    fn label(&self, lang: Lang) -> String {
        match self.words() {
            Some(words) => words.label(lang).to_string(),
            None => self.written().unwrap_or_default(),
        }
    }

    /// The text kept as written, for an unrecognised value.
    fn written(&self) -> Option<String> {
        None
    }

    /// The known value this text names, by code, label or alias, ignoring case, accents and the
    /// usual article prefixes ("Art.", "Article").
    fn recognise(text: &str) -> Option<Self> {
        let key = normalise(text);
        if key.is_empty() {
            return None;
        }
        let table = lookup::<Self>();
        if let Some(index) = table.exact.get(&key) {
            return Self::known().into_iter().nth(*index);
        }
        // "Legal obligation – Art. 6(1)(c)", "Consent (Art. 6.1.a)": the part before a dash or a
        // parenthesis, or an article reference inside, when it names exactly one value.
        let cut = key.find(['(', ':', '–', '—']).or_else(|| key.find(" - ")).unwrap_or(key.len());
        let head = normalise(&key[..cut]);
        if let Some(index) = Some(&head).filter(|h| !h.is_empty() && **h != key).and_then(|h| table.exact.get(h)) {
            return Self::known().into_iter().nth(*index);
        }
        let compact = key.replace(' ', "");
        // "Art. 6 Abs. 1 S. 1 lit. b", "Art. 6 (1) c)", "Art. 6 I lit. f": the same articles as
        // German registers cite them, as "6(1)(b)".
        let written = citations(&fold(text));
        let mut cited: Vec<usize> = table
            .citations
            .iter()
            .filter(|(citation, _)| compact.contains(citation.as_str()) || written.contains(citation))
            .map(|(_, i)| *i)
            .collect();
        cited.sort_unstable();
        cited.dedup();
        if let [one] = cited.as_slice() {
            return Self::known().into_iter().nth(*one);
        }
        // "BCR du groupe X", "CCT 2021 module 2", "SCC + TIA": an acronym first, in capitals, that
        // names one value.
        // "Consentement pour la newsletter", "Contrat de travail": a first word of six letters or
        // more that names one value.
        let first = text.trim().split([' ', '+', ',', '/']).next().unwrap_or("");
        let acronym = first.chars().count() >= 3 && first.chars().all(|c| c.is_ascii_uppercase());
        let word = Self::LEADING_WORD && first.chars().count() >= 6 && first.chars().all(char::is_alphabetic);
        match table.exact.get(&fold(first)) {
            Some(index) if (acronym || word) && first.len() < text.trim().len() => {
                Self::known().into_iter().nth(*index)
            }
            _ => None,
        }
    }

    /// Recognised, else kept as written when the vocabulary allows it.
    fn parse_or_keep(text: &str) -> Option<Self> {
        Self::recognise(text).or_else(|| Self::as_written(text.trim()))
    }
}

/// A vocabulary's words, folded once: every key to the index of its value in `known()`, and the
/// article citations ("6(1)(c)") that may stand inside longer text.
struct Lookup {
    exact: HashMap<String, usize>,
    citations: Vec<(String, usize)>,
}

fn lookup<T: Vocabulary>() -> Arc<Lookup> {
    static TABLES: OnceLock<Mutex<HashMap<TypeId, Arc<Lookup>>>> = OnceLock::new();
    let tables = TABLES.get_or_init(Default::default);
    let mut tables = tables.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    tables
        .entry(TypeId::of::<T>())
        .or_insert_with(|| {
            let mut exact = HashMap::new();
            let mut citations = Vec::new();
            for (index, value) in T::known().iter().enumerate() {
                let Some(w) = value.words() else { continue };
                let keys = [
                    w.code.to_string(),
                    w.code.replace('_', " "),
                    w.en.to_string(),
                    w.fr.to_string(),
                    w.de.to_string(),
                ];
                for key in keys.iter().map(String::as_str).chain(w.aliases.iter().copied()) {
                    exact.entry(normalise(key)).or_insert(index);
                    exact.entry(fold(key)).or_insert(index);
                }
                // "6(1)(c)", "6.1.c", "6-1-c": article references, found inside longer text
                // ("Art. 6.1.c RGPD").
                let cites = |a: &&&str| {
                    a.contains('(') || (a.starts_with(|c: char| c.is_ascii_digit()) && a.contains(['.', '-']))
                };
                for alias in w.aliases.iter().filter(cites) {
                    citations.push((fold(alias).replace(' ', ""), index));
                }
            }
            Arc::new(Lookup { exact, citations })
        })
        .clone()
}

/// The article references of a folded text, each as "6(1)(c)" (article, paragraph, point) or
/// "45": "Art. 6 Abs. 1 lit. c DSGVO", "Art. 6 Abs. 1 S. 1 lit. b", "Art. 6 Abs. 1 UAbs. 1 Buchst.
/// f", "Art. 6 (1) c)", "Art. 6 I lit. a", "Article 6, paragraph 1, point (e)". The sentence or
/// subparagraph ("S. 1", "UAbs. 1") does not change which basis is cited.
fn citations(folded: &str) -> Vec<String> {
    let spaced: String = folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let number = |t: &str| -> Option<u32> {
        t.parse().ok().or(match t {
            "i" => Some(1),
            "ii" => Some(2),
            "iii" => Some(3),
            "iv" => Some(4),
            _ => None,
        })
    };
    let mut out = Vec::new();
    for (start, token) in tokens.iter().enumerate() {
        if !matches!(*token, "art" | "artikel" | "article" | "arts") {
            continue;
        }
        let mut i = start + 1;
        let Some(article) = tokens.get(i).and_then(|t| t.parse::<u32>().ok()) else { continue };
        i += 1;
        let mut paragraph = None;
        if matches!(tokens.get(i), Some(&("abs" | "absatz" | "para" | "paragraph" | "alinea"))) {
            i += 1;
        }
        if let Some(p) = tokens.get(i).and_then(|t| number(t)) {
            paragraph = Some(p);
            i += 1;
        }
        // "S. 1", "Satz 1", "UAbs. 1", "Unterabsatz 1": within the paragraph.
        if paragraph.is_some()
            && matches!(tokens.get(i), Some(&("s" | "satz" | "uabs" | "unterabsatz" | "subparagraph")))
            && tokens.get(i + 1).is_some_and(|t| t.parse::<u32>().is_ok())
        {
            i += 2;
        }
        if matches!(tokens.get(i), Some(&("lit" | "litera" | "buchst" | "buchstabe" | "point" | "letter"))) {
            i += 1;
        }
        let point = tokens.get(i).filter(|t| t.len() == 1 && t.chars().all(|c| c.is_ascii_lowercase()));
        out.push(match (paragraph, point) {
            (Some(p), Some(l)) => format!("{article}({p})({l})"),
            (Some(p), None) => format!("{article}({p})"),
            (None, _) => article.to_string(),
        });
    }
    out
}

/// Folds text and drops what does not tell values apart: "Art." prefixes, spaces in article
/// references, trailing full stops.
fn normalise(text: &str) -> String {
    let mut key = fold(text);
    for prefix in ["article ", "art. ", "art.", "art "] {
        if let Some(rest) = key.strip_prefix(prefix) {
            key = rest.to_string();
        }
    }
    let key = key.trim_end_matches('.').trim().to_string();
    // "6 (1) (a)" and "6(1)(a)" alike.
    if key.starts_with(|c: char| c.is_ascii_digit()) {
        key.replace(' ', "")
    } else {
        key
    }
}

macro_rules! words {
    ($code:expr, $en:expr, $fr:expr, $de:expr) => {
        Words { code: $code, en: $en, fr: $fr, de: $de, aliases: &[] }
    };
    ($code:expr, $en:expr, $fr:expr, $de:expr, [$($alias:expr),* $(,)?]) => {
        Words { code: $code, en: $en, fr: $fr, de: $de, aliases: &[$($alias),*] }
    };
}

impl Vocabulary for Role {
    fn known() -> Vec<Role> {
        vec![Role::Controller, Role::Processor]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Role::Controller => words!(
                "controller",
                "Controller",
                "Responsable de traitement",
                "Verantwortlicher",
                ["verantwortliche stelle", "data controller", "responsable du traitement", "responsable"]
            ),
            Role::Processor => {
                words!(
                    "processor",
                    "Processor",
                    "Sous-traitant",
                    "Auftragsverarbeiter",
                    ["auftragsverarbeitung", "auftragnehmer", "data processor", "subcontractor", "sous traitant"]
                )
            }
        })
    }
}

impl Vocabulary for Status {
    fn known() -> Vec<Status> {
        vec![Status::Draft, Status::Active, Status::Retired, Status::Template]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Status::Draft => {
                words!("draft", "Draft", "Brouillon", "Entwurf", ["in bearbeitung", "en cours de rédaction"])
            }
            Status::Active => words!(
                "active",
                "Active",
                "Active",
                "Aktiv",
                ["in betrieb", "actif", "in use", "en cours", "en production"]
            ),
            Status::Retired => words!(
                "retired",
                "Retired",
                "Retirée",
                "Eingestellt",
                [
                    "beendet",
                    "archiviert",
                    "stillgelegt",
                    "retire",
                    "ended",
                    "closed",
                    "terminé",
                    "terminée",
                    "archivé",
                    "archivée"
                ]
            ),
            Status::Template => {
                words!("template", "Template", "Modèle", "Vorlage", ["model", "modele de fiche", "muster", "vorlage"])
            }
        })
    }
}

impl Vocabulary for LawfulBasis {
    const LEADING_WORD: bool = true;

    fn known() -> Vec<LawfulBasis> {
        vec![
            LawfulBasis::Consent,
            LawfulBasis::Contract,
            LawfulBasis::LegalObligation,
            LawfulBasis::VitalInterests,
            LawfulBasis::PublicTask,
            LawfulBasis::LegitimateInterests,
        ]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            LawfulBasis::Consent => law(Law::LawfulBasis, "consent"),
            LawfulBasis::Contract => law(Law::LawfulBasis, "contract"),
            LawfulBasis::LegalObligation => law(Law::LawfulBasis, "legal_obligation"),
            LawfulBasis::VitalInterests => law(Law::LawfulBasis, "vital_interests"),
            LawfulBasis::PublicTask => law(Law::LawfulBasis, "public_task"),
            LawfulBasis::LegitimateInterests => law(Law::LawfulBasis, "legitimate_interests"),
            LawfulBasis::Other(_) => return None,
        })
    }
    fn as_written(text: &str) -> Option<LawfulBasis> {
        Some(LawfulBasis::Other(text.to_string()))
    }
    fn written(&self) -> Option<String> {
        match self {
            LawfulBasis::Other(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl Vocabulary for SpecialCondition {
    fn known() -> Vec<SpecialCondition> {
        use SpecialCondition::*;
        vec![
            ExplicitConsent,
            EmploymentSocialSecurity,
            VitalInterests,
            NotForProfitBody,
            MadePublic,
            LegalClaims,
            SubstantialPublicInterest,
            HealthOrSocialCare,
            PublicHealth,
            ArchivingResearchStatistics,
        ]
    }
    fn words(&self) -> Option<Words> {
        use SpecialCondition::*;
        Some(match self {
            ExplicitConsent => law(Law::SpecialCondition, "explicit_consent"),
            EmploymentSocialSecurity => law(Law::SpecialCondition, "employment_social_security"),
            VitalInterests => law(Law::SpecialCondition, "vital_interests"),
            NotForProfitBody => law(Law::SpecialCondition, "not_for_profit_body"),
            MadePublic => law(Law::SpecialCondition, "made_public"),
            LegalClaims => law(Law::SpecialCondition, "legal_claims"),
            SubstantialPublicInterest => law(Law::SpecialCondition, "substantial_public_interest"),
            HealthOrSocialCare => law(Law::SpecialCondition, "health_or_social_care"),
            PublicHealth => law(Law::SpecialCondition, "public_health"),
            ArchivingResearchStatistics => law(Law::SpecialCondition, "archiving_research_statistics"),
            Other(_) => return None,
        })
    }
    fn as_written(text: &str) -> Option<SpecialCondition> {
        Some(SpecialCondition::Other(text.to_string()))
    }
    fn written(&self) -> Option<String> {
        match self {
            SpecialCondition::Other(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl Vocabulary for Sensitivity {
    fn known() -> Vec<Sensitivity> {
        vec![Sensitivity::Standard, Sensitivity::SpecialCategory, Sensitivity::CriminalOffence]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Sensitivity::Standard => {
                words!(
                    "standard",
                    "Standard",
                    "Courante",
                    "Allgemein",
                    ["allgemeine daten", "keine besonderen", "normal", "ordinary", "non", "no", "courantes"]
                )
            }
            Sensitivity::SpecialCategory => words!(
                "special_category",
                "Special category (Art. 9)",
                "Catégorie particulière (art. 9)",
                "Besondere Kategorie (Art. 9)",
                [
                    "besondere kategorien",
                    "besondere kategorie",
                    "sensible daten",
                    "special",
                    "special category",
                    "sensitive",
                    "sensible",
                    "donnees sensibles",
                    "article 9",
                    "art. 9"
                ]
            ),
            Sensitivity::CriminalOffence => words!(
                "criminal_offence",
                "Criminal offences (Art. 10)",
                "Infractions pénales (art. 10)",
                "Straftaten (Art. 10)",
                [
                    "strafrechtliche verurteilungen",
                    "straftaten",
                    "criminal",
                    "criminal offence",
                    "criminal convictions",
                    "infractions",
                    "condamnations penales",
                    "article 10",
                    "art. 10"
                ]
            ),
        })
    }
}

impl Vocabulary for RecipientKind {
    fn known() -> Vec<RecipientKind> {
        vec![RecipientKind::Internal, RecipientKind::External, RecipientKind::Processor, RecipientKind::PublicAuthority]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            RecipientKind::Internal => words!(
                "internal",
                "Internal",
                "Interne",
                "Intern",
                [
                    "interne stelle",
                    "interne empfanger",
                    "internal recipient",
                    "destinataire interne",
                    "in-house",
                    "service interne",
                    "services internes",
                    "service interne qui traite les donnees"
                ]
            ),
            RecipientKind::External => words!(
                "external",
                "External organisation",
                "Organisme externe",
                "Externe Stelle",
                [
                    "externe empfanger",
                    "dritte",
                    "dritter",
                    "external",
                    "third party",
                    "tiers",
                    "partner",
                    "partenaire",
                    "partenaires",
                    "partenaires institutionnels ou commerciaux",
                    "destinataires dans des pays tiers ou organisations internationales"
                ]
            ),
            RecipientKind::Processor => words!(
                "processor",
                "Processor or sub-processor",
                "Sous-traitant",
                "Auftragsverarbeiter oder Unterauftragsverarbeiter",
                [
                    "auftragsverarbeiter",
                    "unterauftragsverarbeiter",
                    "dienstleister",
                    "processor",
                    "processors",
                    "sub-processor",
                    "subprocessor",
                    "sous-traitants",
                    "sous-traitant ulterieur",
                    "prestataire",
                    "prestataires"
                ]
            ),
            RecipientKind::PublicAuthority => words!(
                "public_authority",
                "Public authority",
                "Autorité publique",
                "Behörde",
                ["offentliche stelle", "behorden", "authority", "administration", "autorite", "organisme public"]
            ),
            RecipientKind::Other(_) => return None,
        })
    }
    fn as_written(text: &str) -> Option<RecipientKind> {
        Some(RecipientKind::Other(text.to_string()))
    }
    fn written(&self) -> Option<String> {
        match self {
            RecipientKind::Other(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl Vocabulary for Derogation {
    fn known() -> Vec<Derogation> {
        use Derogation::*;
        vec![
            ExplicitConsent,
            ContractWithDataSubject,
            ContractInInterestOfDataSubject,
            PublicInterest,
            LegalClaims,
            VitalInterests,
            PublicRegister,
            CompellingLegitimateInterests,
        ]
    }
    fn words(&self) -> Option<Words> {
        use Derogation::*;
        Some(match self {
            ExplicitConsent => law(Law::Derogation, "explicit_consent"),
            ContractWithDataSubject => law(Law::Derogation, "contract_with_data_subject"),
            ContractInInterestOfDataSubject => law(Law::Derogation, "contract_in_interest_of_data_subject"),
            PublicInterest => law(Law::Derogation, "public_interest"),
            LegalClaims => law(Law::Derogation, "legal_claims"),
            VitalInterests => law(Law::Derogation, "vital_interests"),
            PublicRegister => law(Law::Derogation, "public_register"),
            CompellingLegitimateInterests => law(Law::Derogation, "compelling_legitimate_interests"),
        })
    }
}

impl Vocabulary for Safeguard {
    fn known() -> Vec<Safeguard> {
        let mut known = vec![
            Safeguard::Adequacy,
            Safeguard::StandardContractualClauses,
            Safeguard::BindingCorporateRules,
            Safeguard::CodeOfConduct,
            Safeguard::Certification,
            Safeguard::AdHocClauses,
            Safeguard::PublicAuthorityInstrument,
            Safeguard::SupervisoryAuthorityClauses,
            Safeguard::AdministrativeArrangement,
            Safeguard::PrivacyShield,
        ];
        known.extend(Derogation::known().into_iter().map(Safeguard::Derogation));
        known
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Safeguard::Adequacy => law(Law::Safeguard, "adequacy"),
            Safeguard::StandardContractualClauses => law(Law::Safeguard, "standard_contractual_clauses"),
            Safeguard::BindingCorporateRules => law(Law::Safeguard, "binding_corporate_rules"),
            Safeguard::CodeOfConduct => law(Law::Safeguard, "code_of_conduct"),
            Safeguard::Certification => law(Law::Safeguard, "certification"),
            Safeguard::AdHocClauses => law(Law::Safeguard, "ad_hoc_clauses"),
            Safeguard::PublicAuthorityInstrument => law(Law::Safeguard, "public_authority_instrument"),
            Safeguard::SupervisoryAuthorityClauses => law(Law::Safeguard, "supervisory_authority_clauses"),
            Safeguard::AdministrativeArrangement => law(Law::Safeguard, "administrative_arrangement"),
            Safeguard::PrivacyShield => law(Law::Safeguard, "privacy_shield"),
            Safeguard::Derogation(d) => return d.words(),
            Safeguard::Other(_) => return None,
        })
    }
    fn as_written(text: &str) -> Option<Safeguard> {
        Some(Safeguard::Other(text.to_string()))
    }
    fn written(&self) -> Option<String> {
        match self {
            Safeguard::Other(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl Vocabulary for SubProcessing {
    fn known() -> Vec<SubProcessing> {
        vec![SubProcessing::Specific, SubProcessing::General]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            SubProcessing::Specific => law(Law::SubProcessing, "specific"),
            SubProcessing::General => law(Law::SubProcessing, "general"),
            SubProcessing::Other(_) => return None,
        })
    }
    fn as_written(text: &str) -> Option<SubProcessing> {
        Some(SubProcessing::Other(text.to_string()))
    }
    fn written(&self) -> Option<String> {
        match self {
            SubProcessing::Other(text) => Some(text.clone()),
            _ => None,
        }
    }
}

impl Vocabulary for MeasureCategory {
    fn known() -> Vec<MeasureCategory> {
        MeasureCategory::ALL.to_vec()
    }
    fn words(&self) -> Option<Words> {
        use MeasureCategory::*;
        Some(match self {
            PhysicalAccess => words!(
                "physical_access",
                "Physical access control",
                "Contrôle d’accès physique",
                "Zutrittskontrolle",
                ["physical security", "securite physique"]
            ),
            SystemAccess => {
                words!(
                    "system_access",
                    "System access control",
                    "Contrôle d’accès aux systèmes",
                    "Zugangskontrolle",
                    ["system access"]
                )
            }
            DataAccess => words!(
                "data_access",
                "Data access control",
                "Contrôle d’accès aux données",
                "Zugriffskontrolle",
                ["access control", "controle d'acces des utilisateurs", "habilitations"]
            ),
            Authentication => {
                words!(
                    "authentication",
                    "Authentication",
                    "Authentification",
                    "Authentifizierung",
                    ["authentisierung", "mfa", "passwords", "mots de passe"]
                )
            }
            Transmission => words!(
                "transmission",
                "Transmission control",
                "Sécurité des transmissions",
                "Weitergabekontrolle",
                ["transportkontrolle", "transmission", "network security", "securite des echanges"]
            ),
            Encryption => {
                words!(
                    "encryption",
                    "Encryption",
                    "Chiffrement",
                    "Verschlüsselung",
                    ["chiffrement des donnees", "cryptography"]
                )
            }
            InputControl => {
                words!("input_control", "Input control", "Contrôle de la saisie", "Eingabekontrolle", ["input"])
            }
            Logging => words!(
                "logging",
                "Logging and monitoring",
                "Journalisation et surveillance",
                "Protokollierung und Überwachung",
                ["protokollierung", "logging", "mesures de tracabilite", "tracabilite", "journalisation", "monitoring"]
            ),
            Availability => words!(
                "availability",
                "Availability and backups",
                "Disponibilité et sauvegardes",
                "Verfügbarkeit und Datensicherung",
                [
                    "verfugbarkeitskontrolle",
                    "datensicherung",
                    "backup",
                    "backups",
                    "sauvegarde des donnees",
                    "sauvegardes"
                ]
            ),
            Separation => words!(
                "separation",
                "Separation of data",
                "Cloisonnement des données",
                "Trennung der Daten",
                ["trennungskontrolle", "trennungsgebot", "segregation", "cloisonnement"]
            ),
            Pseudonymisation => words!(
                "pseudonymisation",
                "Pseudonymisation",
                "Pseudonymisation",
                "Pseudonymisierung",
                ["pseudonymization", "anonymisation"]
            ),
            VulnerabilityManagement => words!(
                "vulnerability_management",
                "Vulnerability management",
                "Gestion des vulnérabilités",
                "Schwachstellenmanagement",
                ["mesures de protection des logiciels", "patching", "penetration testing"]
            ),
            IncidentResponse => words!(
                "incident_response",
                "Incident response",
                "Gestion des incidents",
                "Umgang mit Sicherheitsvorfällen",
                ["incident management", "breach response", "violations de donnees"]
            ),
            Organisational => words!(
                "organisational",
                "Organisational measure",
                "Mesure organisationnelle",
                "Organisatorische Maßnahme",
                [
                    "organisatorische massnahme",
                    "organisational",
                    "organizational",
                    "controle des sous-traitants",
                    "policy",
                    "training"
                ]
            ),
            Other => words!("other", "Other", "Autre", "Sonstige", ["sonstiges", "andere", "autres mesures", "autres"]),
        })
    }
}

impl Vocabulary for DpiaStatus {
    fn known() -> Vec<DpiaStatus> {
        vec![DpiaStatus::NotStarted, DpiaStatus::InProgress, DpiaStatus::Completed]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            DpiaStatus::NotStarted => {
                words!("not_started", "Not started", "Non commencée", "Nicht begonnen", ["to do", "a faire", "planned"])
            }
            DpiaStatus::InProgress => {
                words!("in_progress", "In progress", "En cours", "In Arbeit", ["ongoing", "started"])
            }
            DpiaStatus::Completed => words!(
                "completed",
                "Completed",
                "Réalisée",
                "Abgeschlossen",
                ["durchgefuhrt", "done", "complete", "finished", "terminee", "realisee", "faite"]
            ),
        })
    }
}

impl Vocabulary for TimeUnit {
    fn known() -> Vec<TimeUnit> {
        vec![TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months, TimeUnit::Years]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            TimeUnit::Days => words!("days", "days", "jours", "Tage", ["tag", "tagen", "day", "d", "jour", "j"]),
            TimeUnit::Weeks => words!("weeks", "weeks", "semaines", "Wochen", ["woche", "week", "w", "semaine", "sem"]),
            TimeUnit::Months => words!("months", "months", "mois", "Monate", ["monat", "monaten", "month", "m"]),
            TimeUnit::Years => words!(
                "years",
                "years",
                "ans",
                "Jahre",
                ["jahr", "jahren", "year", "y", "yr", "yrs", "an", "annee", "annees"]
            ),
        })
    }
}

/// A period as the language says it: "1 month", "3 years", "1 mois", "2 ans", "3 Jahre" (the
/// language files' `period-…`, with each language's plural rule).
pub fn period(p: &crate::model::Period, lang: Lang) -> String {
    let id = match p.unit {
        TimeUnit::Days => "period-days",
        TimeUnit::Weeks => "period-weeks",
        TimeUnit::Months => "period-months",
        TimeUnit::Years => "period-years",
    };
    crate::tr!(lang, id, n = p.amount)
}

/// A time limit for erasure in words: "Backups: 1 month from creation of the backup (criteria)".
pub fn retention(r: &crate::model::Retention, lang: Lang) -> String {
    let from = crate::i18n::text(lang, "retention-from");
    let mut text = r.period.as_ref().map(|p| period(p, lang)).unwrap_or_default();
    if !r.from_event.is_empty() {
        text = format!("{text} {from} {}", r.from_event).trim().to_string();
    }
    if !r.criteria.is_empty() {
        text = if text.is_empty() { r.criteria.clone() } else { format!("{text} ({})", r.criteria) };
    }
    if r.applies_to.is_empty() {
        text
    } else {
        format!("{}{}{text}", r.applies_to, colon(lang))
    }
}

/// A label inside a sentence or beside a value: English and French lower-case its first letter
/// ("processor", "sous-traitant"), but not an acronym's ("DPIA", "EU"); German keeps the
/// capitals of its nouns ("Auftragsverarbeiter").
pub fn in_sentence(lang: Lang, label: &str) -> String {
    let mut chars = label.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else { return label.to_string() };
    if lang == Lang::De || second.is_some_and(char::is_uppercase) {
        return label.to_string();
    }
    first.to_lowercase().chain(label[first.len_utf8()..].chars()).collect()
}

/// ": " as the language writes it before a value (French puts a no-break space before the colon).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En | Lang::De => ": ",
        Lang::Fr => "\u{a0}: ",
    }
}

/// A field path of the model ("transfers.0.safeguard", as findings and errors name fields) in
/// words: "transfer 1, safeguard" / "transfert 1, garantie". Names it does not know keep their
/// words, underscores as spaces.
pub fn field_label(path: &str, lang: Lang) -> String {
    let words = |name: &str| -> String {
        let known: Option<(&str, &str, &str)> = match name {
            "transfers" => Some(("transfer", "transfert", "Übermittlung")),
            "services" => Some(("service", "service", "Dienst")),
            "legal_bases" => Some(("legal basis", "base légale", "Rechtsgrundlage")),
            "special_bases" => Some(("Art. 9 condition", "condition de l’art. 9", "Bedingung nach Art. 9")),
            "data_categories" => Some(("data category", "catégorie de données", "Datenkategorie")),
            "data_subjects" => Some(("data subjects", "personnes concernées", "betroffene Personen")),
            "recipients" => Some(("recipients", "destinataires", "Empfänger")),
            "locations" => Some(("place of processing", "lieu de traitement", "Ort der Verarbeitung")),
            "retention" => Some(("retention", "conservation", "Löschfrist")),
            "joint_controllers" => Some(("joint controller", "responsable conjoint", "gemeinsam Verantwortlicher")),
            "controller_ids" => Some(("controllers served", "responsables servis", "Verantwortliche (Auftraggeber)")),
            "measure_ids" => {
                Some(("security measures", "mesures de sécurité", "technische und organisatorische Maßnahmen"))
            }
            "subprocessor_ids" => Some(("sub-processors", "sous-traitants", "Unterauftragsverarbeiter")),
            "purposes" => Some(("purposes", "finalités", "Zwecke")),
            "safeguard" => Some(("safeguard", "garantie", "Garantie")),
            "safeguard_detail" => Some(("safeguard detail", "précision sur la garantie", "Einzelheiten der Garantie")),
            "basis" => Some(("basis", "base", "Grundlage")),
            "detail" => Some(("detail", "précision", "Einzelheiten")),
            "evidence" => Some(("evidence", "preuve", "Nachweis")),
            "condition" => Some(("condition", "condition", "Bedingung")),
            "sensitivity" => Some(("sensitivity", "sensibilité", "Schutzbedarf")),
            "country" => Some(("country", "pays", "Land")),
            "kind" => Some(("kind", "type", "Art")),
            "criteria" => Some(("criteria", "critères", "Kriterien")),
            "period" => Some(("period", "durée", "Frist")),
            "name" => Some(("name", "nom", "Name")),
            "contact" => Some(("contact", "contact", "Kontakt")),
            "dpo" => Some(("DPO", "DPD", "Datenschutzbeauftragter")),
            "representative" => Some(("representative", "représentant", "Vertreter")),
            "dpia" => Some(("DPIA", "AIPD", "DSFA")),
            "required" => Some(("required", "requise", "erforderlich")),
            "next_review" => Some(("next review", "prochaine revue", "nächste Überprüfung")),
            "last_review" => Some(("last review", "dernière revue", "letzte Überprüfung")),
            "acts_as_controller" => {
                Some(("acts as controller", "agit comme responsable", "tätig als Verantwortlicher"))
            }
            "no_transfers" => Some(("no transfers", "aucun transfert", "keine Übermittlungen")),
            "contract" => Some(("contract", "contrat", "Vertrag")),
            "signed_on" => Some(("signed on", "signé le", "unterzeichnet am")),
            "version" => Some(("version", "version", "Fassung")),
            "ends_on" => Some(("ends or renews on", "échéance ou renouvellement", "endet oder verlängert sich am")),
            "sub_processing" => Some(("sub-processing", "sous-traitance ultérieure", "Unterauftragsverarbeitung")),
            "scc_module" => Some(("SCC module", "module des CCT", "SCC-Modul")),
            "notification_contact" => {
                Some(("notification contact", "contact pour les notifications", "Kontakt für Mitteilungen"))
            }
            "objection_period" => Some(("objection period", "délai d’objection", "Einspruchsfrist")),
            "document" => Some(("signed document", "document signé", "unterzeichnetes Dokument")),
            "sha256" => Some(("SHA-256 fingerprint", "empreinte SHA-256", "SHA-256-Prüfsumme")),
            _ => None,
        };
        match known {
            Some((en, fr, de)) => match lang {
                Lang::En => en,
                Lang::Fr => fr,
                Lang::De => de,
            }
            .to_string(),
            None => name.replace('_', " "),
        }
    };
    let mut parts: Vec<String> = Vec::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        match (segment.parse::<usize>(), parts.last_mut()) {
            // An index names the collection's item, counted from 1 as a reader counts.
            (Ok(index), Some(last)) => last.push_str(&format!(" {}", index + 1)),
            _ => parts.push(words(segment)),
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_the_language_says_them() {
        use crate::model::Period;
        let p = |amount, unit| Period { amount, unit };
        assert_eq!(period(&p(1, TimeUnit::Months), Lang::En), "1 month");
        assert_eq!(period(&p(3, TimeUnit::Years), Lang::En), "3 years");
        assert_eq!(period(&p(1, TimeUnit::Years), Lang::Fr), "1 an");
        assert_eq!(period(&p(12, TimeUnit::Months), Lang::Fr), "12 mois");
        assert_eq!(period(&p(3, TimeUnit::Years), Lang::De), "3 Jahre");
        assert_eq!(period(&p(1, TimeUnit::Months), Lang::De), "1 Monat");
        for lang in Lang::ALL {
            for unit in TimeUnit::known() {
                for amount in [1, 2] {
                    let text = period(&p(amount, unit), lang);
                    assert_eq!(crate::csv::cells::parse_period(&text), Some(p(amount, unit)), "{text}");
                }
            }
        }
    }

    #[test]
    fn a_safeguard_named_by_its_acronym_first() {
        let cases = [
            ("BCR du groupe Tata", Some(Safeguard::BindingCorporateRules)),
            ("CCT 2021 module 2", Some(Safeguard::StandardContractualClauses)),
            ("SCC + TIA réalisée", Some(Safeguard::StandardContractualClauses)),
            // Not an acronym in capitals: not guessed from its first word.
            ("Bcr ou pas", None),
        ];
        for (text, expected) in cases {
            assert_eq!(Safeguard::recognise(text), expected, "{text}");
        }
    }

    #[test]
    fn legal_bases_in_their_usual_spellings() {
        let cases = [
            ("Consent", LawfulBasis::Consent),
            ("6(1)(a)", LawfulBasis::Consent),
            ("Art. 6(1)(f)", LawfulBasis::LegitimateInterests),
            ("Article 6 (1) (c)", LawfulBasis::LegalObligation),
            ("Legitimate interests", LawfulBasis::LegitimateInterests),
            ("Contract performance", LawfulBasis::Contract),
            ("Exécution du contrat", LawfulBasis::Contract),
            ("Intérêt légitime", LawfulBasis::LegitimateInterests),
            ("Obligation légale", LawfulBasis::LegalObligation),
            ("legitimate_interests", LawfulBasis::LegitimateInterests),
            ("Art. 6.1.c RGPD", LawfulBasis::LegalObligation),
            ("consentement pour la newsletter", LawfulBasis::Consent),
        ];
        for (text, expected) in cases {
            assert_eq!(LawfulBasis::recognise(text), Some(expected), "{text}");
        }
        assert_eq!(LawfulBasis::recognise("Because we can"), None);
        assert_eq!(LawfulBasis::recognise("Legal obligation – Art. 6(1)(c)"), Some(LawfulBasis::LegalObligation));
        assert_eq!(LawfulBasis::recognise("Consent (see the form)"), Some(LawfulBasis::Consent));
        assert_eq!(LawfulBasis::recognise("Based on Art. 6(1)(b) GDPR"), Some(LawfulBasis::Contract));
        assert_eq!(LawfulBasis::parse_or_keep(" Because we can "), Some(LawfulBasis::Other("Because we can".into())));
    }

    #[test]
    fn articles_as_german_registers_cite_them() {
        let cases = [
            ("Art. 6 Abs. 1 lit. c DSGVO", LawfulBasis::LegalObligation),
            ("Art. 6 Abs. 1 S. 1 lit. b DSGVO", LawfulBasis::Contract),
            ("Art. 6 Abs. 1 UAbs. 1 Buchst. f DS-GVO", LawfulBasis::LegitimateInterests),
            ("Art. 6 (1) c) DS-GVO", LawfulBasis::LegalObligation),
            ("Art. 6 I lit. a DSGVO", LawfulBasis::Consent),
            ("Artikel 6 Absatz 1 Buchstabe e DSGVO", LawfulBasis::PublicTask),
            ("gem. Art. 6 Abs. 1 lit. b DSGVO", LawfulBasis::Contract),
        ];
        for (text, expected) in cases {
            assert_eq!(LawfulBasis::recognise(text), Some(expected), "{text}");
        }
        // A national law's paragraph is no article of the Regulation: not guessed.
        for text in ["§ 26 BDSG", "§ 26 Abs. 1 BDSG", "Art. 88 DSGVO i.V.m. § 26 BDSG", "Art. 6 DSGVO"] {
            assert_eq!(LawfulBasis::recognise(text), None, "{text}");
        }
        assert_eq!(
            SpecialCondition::recognise("Art. 9 Abs. 2 lit. b DSGVO i.V.m. § 26 Abs. 3 BDSG"),
            Some(SpecialCondition::EmploymentSocialSecurity)
        );
        assert_eq!(Safeguard::recognise("Standardvertragsklauseln (SCC)"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(Safeguard::recognise("Art. 46 Abs. 2 lit. c DSGVO"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(
            Safeguard::recognise("Art. 49 Abs. 1 lit. a DSGVO"),
            Some(Safeguard::Derogation(Derogation::ExplicitConsent))
        );
    }

    #[test]
    fn every_label_reads_back_as_its_value() {
        fn check<T: Vocabulary + PartialEq + std::fmt::Debug>() {
            for value in T::known() {
                for lang in [Lang::En, Lang::Fr] {
                    assert_eq!(T::recognise(&value.label(lang)), Some(value.clone()), "{lang:?}");
                }
                let code = value.words().map(|w| w.code).unwrap_or_default();
                assert_eq!(T::recognise(code), Some(value.clone()), "{code}");
            }
        }
        check::<Role>();
        check::<Status>();
        check::<LawfulBasis>();
        check::<SpecialCondition>();
        check::<Sensitivity>();
        check::<RecipientKind>();
        check::<Safeguard>();
        check::<MeasureCategory>();
        check::<DpiaStatus>();
        check::<TimeUnit>();
        check::<SubProcessing>();
    }

    /// The labels of the law come from data/law.tsv by code: each code there is the one the
    /// model's JSON writes for its value, so no label can land on the wrong value.
    #[test]
    fn the_law_table_codes_are_the_json_codes() {
        fn check<T: Vocabulary + serde::Serialize>() {
            for value in T::known() {
                let json = serde_json::to_value(&value).unwrap();
                let code = match &json {
                    serde_json::Value::String(code) => code.clone(),
                    serde_json::Value::Object(map) => map.values().next().unwrap().as_str().unwrap().to_string(),
                    other => panic!("{other}"),
                };
                assert_eq!(value.words().unwrap().code, code);
            }
        }
        check::<LawfulBasis>();
        check::<SpecialCondition>();
        check::<Safeguard>();
        check::<Derogation>();
        check::<SubProcessing>();
    }

    #[test]
    fn safeguards_including_the_outdated_ones() {
        assert_eq!(Safeguard::recognise("SCCs"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(Safeguard::recognise("Clauses contractuelles types"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(Safeguard::recognise("Privacy Shield"), Some(Safeguard::PrivacyShield));
        assert_eq!(Safeguard::recognise("Art. 49(1)(a)"), Some(Safeguard::Derogation(Derogation::ExplicitConsent)));
    }

    #[test]
    fn field_paths_read_as_words_in_both_languages() {
        for (path, en, fr) in [
            ("transfers.0.safeguard", "transfer 1, safeguard", "transfert 1, garantie"),
            ("services.2.safeguard_detail", "service 3, safeguard detail", "service 3, précision sur la garantie"),
            ("legal_bases.0.basis", "legal basis 1, basis", "base légale 1, base"),
            ("dpia.required", "DPIA, required", "AIPD, requise"),
            ("purposes", "purposes", "finalités"),
            ("some_new_field.4", "some new field 5", "some new field 5"),
            ("", "", ""),
        ] {
            assert_eq!(field_label(path, Lang::En), en, "{path}");
            assert_eq!(field_label(path, Lang::Fr), fr, "{path}");
        }
        assert_eq!(field_label("transfers.0.safeguard", Lang::De), "Übermittlung 1, Garantie");
    }
}

/// One known value of a vocabulary, for a pick-list: its stable code, its value as the model's
/// JSON writes it, and its labels.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Choice {
    pub code: String,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub value: serde_json::Value,
    pub en: String,
    pub fr: String,
    pub de: String,
}

/// Every known value of `T`, in the vocabulary's order.
pub fn choices<T: Vocabulary + serde::Serialize>() -> Vec<Choice> {
    T::known()
        .into_iter()
        .filter_map(|value| {
            let words = value.words()?;
            Some(Choice {
                code: words.code.to_string(),
                value: serde_json::to_value(&value).ok()?,
                en: words.en.to_string(),
                fr: words.fr.to_string(),
                de: words.de.to_string(),
            })
        })
        .collect()
}

/// The pick-lists of the activity editor, from the vocabularies above (one source for the
/// labels of the CSV, the PDF and the window).
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Vocabularies {
    pub roles: Vec<Choice>,
    pub statuses: Vec<Choice>,
    pub lawful_bases: Vec<Choice>,
    pub special_conditions: Vec<Choice>,
    pub sensitivities: Vec<Choice>,
    pub recipient_kinds: Vec<Choice>,
    pub safeguards: Vec<Choice>,
    /// How a processor may engage another (Art. 28(2)), for a contract.
    pub sub_processing: Vec<Choice>,
    pub measure_categories: Vec<Choice>,
    pub dpia_statuses: Vec<Choice>,
    /// The criteria of the guidelines on DPIA (codes of `data/dpia-criteria.tsv`).
    pub dpia_criteria: Vec<Choice>,
    pub time_units: Vec<Choice>,
    pub countries: Vec<crate::reference::countries::Country>,
    /// Suggestions from the W3C Data Privacy Vocabulary; the fields they suggest for stay free
    /// text.
    pub purposes: Vec<crate::reference::dpv::Concept>,
    pub data_subjects: Vec<crate::reference::dpv::Concept>,
    pub data_categories: Vec<crate::reference::dpv::Concept>,
}

pub fn vocabularies() -> Vocabularies {
    use crate::reference::dpv::{self, Suggestions};
    Vocabularies {
        roles: choices::<Role>(),
        statuses: choices::<Status>(),
        lawful_bases: choices::<LawfulBasis>(),
        special_conditions: choices::<SpecialCondition>(),
        sensitivities: choices::<Sensitivity>(),
        recipient_kinds: choices::<RecipientKind>(),
        safeguards: choices::<Safeguard>(),
        sub_processing: choices::<SubProcessing>(),
        measure_categories: choices::<MeasureCategory>(),
        dpia_statuses: choices::<DpiaStatus>(),
        dpia_criteria: crate::reference::dpia::all()
            .iter()
            .map(|c| Choice {
                code: c.code.to_string(),
                value: serde_json::Value::String(c.code.to_string()),
                en: c.en.to_string(),
                fr: c.fr.to_string(),
                de: c.de.to_string(),
            })
            .collect(),
        time_units: choices::<TimeUnit>(),
        countries: crate::reference::countries::all().to_vec(),
        purposes: dpv::concepts(Suggestions::Purpose),
        data_subjects: dpv::concepts(Suggestions::DataSubject),
        data_categories: dpv::concepts(Suggestions::DataCategory),
    }
}
