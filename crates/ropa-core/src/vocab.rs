//! The words for the model's enumerations: a stable code, an English and a French label, and the
//! other spellings people write (in spreadsheets, in DPAs). Used to print them (CSV, PDF, CLI) and
//! to recognise them on import.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::model::{
    Derogation, DpiaStatus, LawfulBasis, MeasureCategory, RecipientKind, Role, Safeguard, Sensitivity,
    SpecialCondition, Status, TimeUnit,
};
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// The words for one value.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// Stable identifier, as the JSON and our CSV files write it.
    pub code: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    /// Other spellings recognised on import (compared case- and accent-insensitively).
    pub aliases: &'static [&'static str],
}

impl Words {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

/// An enumeration with a fixed list of known values, each with its words.
pub trait Vocabulary: Sized + Clone + 'static {
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
        let mut cited: Vec<usize> = table
            .citations
            .iter()
            .filter(|(citation, _)| compact.contains(citation.as_str()))
            .map(|(_, i)| *i)
            .collect();
        cited.dedup();
        match cited.as_slice() {
            [one] => Self::known().into_iter().nth(*one),
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
                let keys = [w.code.to_string(), w.code.replace('_', " "), w.en.to_string(), w.fr.to_string()];
                for key in keys.iter().map(String::as_str).chain(w.aliases.iter().copied()) {
                    exact.entry(normalise(key)).or_insert(index);
                    exact.entry(fold(key)).or_insert(index);
                }
                for alias in w.aliases.iter().filter(|a| a.contains('(')) {
                    citations.push((fold(alias).replace(' ', ""), index));
                }
            }
            Arc::new(Lookup { exact, citations })
        })
        .clone()
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
    ($code:expr, $en:expr, $fr:expr) => {
        Words { code: $code, en: $en, fr: $fr, aliases: &[] }
    };
    ($code:expr, $en:expr, $fr:expr, [$($alias:expr),* $(,)?]) => {
        Words { code: $code, en: $en, fr: $fr, aliases: &[$($alias),*] }
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
                ["data controller", "responsable du traitement", "responsable"]
            ),
            Role::Processor => {
                words!("processor", "Processor", "Sous-traitant", ["data processor", "subcontractor", "sous traitant"])
            }
        })
    }
}

impl Vocabulary for Status {
    fn known() -> Vec<Status> {
        vec![Status::Draft, Status::Active, Status::Retired]
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Status::Draft => words!("draft", "Draft", "Brouillon", ["en cours de rédaction"]),
            Status::Active => words!("active", "Active", "Active", ["actif", "in use", "en cours", "en production"]),
            Status::Retired => words!(
                "retired",
                "Retired",
                "Retirée",
                ["retire", "ended", "closed", "terminé", "terminée", "archivé", "archivée"]
            ),
        })
    }
}

impl Vocabulary for LawfulBasis {
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
            LawfulBasis::Consent => words!(
                "consent",
                "Consent (Art. 6(1)(a))",
                "Consentement (art. 6(1)(a))",
                ["consent", "6(1)(a)", "6.1.a", "6-1-a", "consentement", "consent of the data subject"]
            ),
            LawfulBasis::Contract => words!(
                "contract",
                "Contract (Art. 6(1)(b))",
                "Contrat (art. 6(1)(b))",
                [
                    "contract",
                    "6(1)(b)",
                    "6.1.b",
                    "6-1-b",
                    "contrat",
                    "contract performance",
                    "performance of a contract",
                    "execution of the contract",
                    "execution du contrat",
                    "exécution d'un contrat",
                    "execution d'un contrat",
                    "mesures precontractuelles"
                ]
            ),
            LawfulBasis::LegalObligation => words!(
                "legal_obligation",
                "Legal obligation (Art. 6(1)(c))",
                "Obligation légale (art. 6(1)(c))",
                [
                    "legal obligation",
                    "6(1)(c)",
                    "6.1.c",
                    "6-1-c",
                    "obligation legale",
                    "compliance with a legal obligation"
                ]
            ),
            LawfulBasis::VitalInterests => words!(
                "vital_interests",
                "Vital interests (Art. 6(1)(d))",
                "Intérêts vitaux (art. 6(1)(d))",
                [
                    "vital interests",
                    "vital interest",
                    "6(1)(d)",
                    "6.1.d",
                    "6-1-d",
                    "sauvegarde des interets vitaux",
                    "interets vitaux",
                    "interet vital"
                ]
            ),
            LawfulBasis::PublicTask => words!(
                "public_task",
                "Public task (Art. 6(1)(e))",
                "Mission d’intérêt public (art. 6(1)(e))",
                [
                    "public task",
                    "6(1)(e)",
                    "6.1.e",
                    "6-1-e",
                    "public interest",
                    "official authority",
                    "mission d'interet public",
                    "mission d’intérêt public",
                    "exercice de l'autorite publique"
                ]
            ),
            LawfulBasis::LegitimateInterests => words!(
                "legitimate_interests",
                "Legitimate interests (Art. 6(1)(f))",
                "Intérêt légitime (art. 6(1)(f))",
                [
                    "legitimate interests",
                    "legitimate interest",
                    "6(1)(f)",
                    "6.1.f",
                    "6-1-f",
                    "interet legitime",
                    "interets legitimes"
                ]
            ),
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
            ExplicitConsent => words!(
                "explicit_consent",
                "Explicit consent (Art. 9(2)(a))",
                "Consentement explicite (art. 9(2)(a))",
                ["9(2)(a)", "9.2.a", "explicit consent", "consentement explicite"]
            ),
            EmploymentSocialSecurity => words!(
                "employment_social_security",
                "Employment, social security and social protection (Art. 9(2)(b))",
                "Droit du travail, sécurité sociale et protection sociale (art. 9(2)(b))",
                ["9(2)(b)", "9.2.b", "employment", "employment and social security", "droit du travail"]
            ),
            VitalInterests => words!(
                "vital_interests",
                "Vital interests (Art. 9(2)(c))",
                "Intérêts vitaux (art. 9(2)(c))",
                ["9(2)(c)", "9.2.c"]
            ),
            NotForProfitBody => words!(
                "not_for_profit_body",
                "Not-for-profit body (Art. 9(2)(d))",
                "Organisme à but non lucratif (art. 9(2)(d))",
                ["9(2)(d)", "9.2.d", "not-for-profit bodies"]
            ),
            MadePublic => words!(
                "made_public",
                "Made public by the data subject (Art. 9(2)(e))",
                "Rendues publiques par la personne concernée (art. 9(2)(e))",
                ["9(2)(e)", "9.2.e", "made public"]
            ),
            LegalClaims => words!(
                "legal_claims",
                "Legal claims or judicial acts (Art. 9(2)(f))",
                "Droits en justice (art. 9(2)(f))",
                ["9(2)(f)", "9.2.f", "legal claims"]
            ),
            SubstantialPublicInterest => words!(
                "substantial_public_interest",
                "Substantial public interest (Art. 9(2)(g))",
                "Intérêt public important (art. 9(2)(g))",
                ["9(2)(g)", "9.2.g", "substantial public interest"]
            ),
            HealthOrSocialCare => words!(
                "health_or_social_care",
                "Health or social care (Art. 9(2)(h))",
                "Médecine et action sociale (art. 9(2)(h))",
                ["9(2)(h)", "9.2.h", "health or social care", "health and social care"]
            ),
            PublicHealth => words!(
                "public_health",
                "Public health (Art. 9(2)(i))",
                "Santé publique (art. 9(2)(i))",
                ["9(2)(i)", "9.2.i", "public health"]
            ),
            ArchivingResearchStatistics => words!(
                "archiving_research_statistics",
                "Archiving, research and statistics (Art. 9(2)(j))",
                "Archives, recherche et statistiques (art. 9(2)(j))",
                ["9(2)(j)", "9.2.j", "archiving", "research", "archiving, research or statistics"]
            ),
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
                words!("standard", "Standard", "Courante", ["normal", "ordinary", "non", "no", "courantes"])
            }
            Sensitivity::SpecialCategory => words!(
                "special_category",
                "Special category (Art. 9)",
                "Catégorie particulière (art. 9)",
                ["special", "special category", "sensitive", "sensible", "donnees sensibles", "article 9", "art. 9"]
            ),
            Sensitivity::CriminalOffence => words!(
                "criminal_offence",
                "Criminal offences (Art. 10)",
                "Infractions pénales (art. 10)",
                [
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
                ["internal recipient", "destinataire interne", "in-house", "service interne"]
            ),
            RecipientKind::External => words!(
                "external",
                "External organisation",
                "Organisme externe",
                ["external", "third party", "tiers", "partner", "partenaire"]
            ),
            RecipientKind::Processor => words!(
                "processor",
                "Processor or sub-processor",
                "Sous-traitant",
                ["processor", "sub-processor", "subprocessor", "sous-traitant ulterieur", "prestataire"]
            ),
            RecipientKind::PublicAuthority => words!(
                "public_authority",
                "Public authority",
                "Autorité publique",
                ["authority", "administration", "autorite", "organisme public"]
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
        ]
    }
    fn words(&self) -> Option<Words> {
        use Derogation::*;
        Some(match self {
            ExplicitConsent => words!(
                "explicit_consent",
                "Derogation: explicit consent (Art. 49(1)(a))",
                "Dérogation : consentement explicite (art. 49(1)(a))",
                ["49(1)(a)", "49.1.a"]
            ),
            ContractWithDataSubject => words!(
                "contract_with_data_subject",
                "Derogation: contract with the data subject (Art. 49(1)(b))",
                "Dérogation : contrat avec la personne concernée (art. 49(1)(b))",
                ["49(1)(b)", "49.1.b"]
            ),
            ContractInInterestOfDataSubject => words!(
                "contract_in_interest_of_data_subject",
                "Derogation: contract in the data subject’s interest (Art. 49(1)(c))",
                "Dérogation : contrat dans l’intérêt de la personne concernée (art. 49(1)(c))",
                ["49(1)(c)", "49.1.c"]
            ),
            PublicInterest => words!(
                "public_interest",
                "Derogation: important reasons of public interest (Art. 49(1)(d))",
                "Dérogation : motifs importants d’intérêt public (art. 49(1)(d))",
                ["49(1)(d)", "49.1.d"]
            ),
            LegalClaims => words!(
                "legal_claims",
                "Derogation: legal claims (Art. 49(1)(e))",
                "Dérogation : droits en justice (art. 49(1)(e))",
                ["49(1)(e)", "49.1.e"]
            ),
            VitalInterests => words!(
                "vital_interests",
                "Derogation: vital interests (Art. 49(1)(f))",
                "Dérogation : intérêts vitaux (art. 49(1)(f))",
                ["49(1)(f)", "49.1.f"]
            ),
            PublicRegister => words!(
                "public_register",
                "Derogation: public register (Art. 49(1)(g))",
                "Dérogation : registre public (art. 49(1)(g))",
                ["49(1)(g)", "49.1.g"]
            ),
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
            Safeguard::PrivacyShield,
        ];
        known.extend(Derogation::known().into_iter().map(Safeguard::Derogation));
        known
    }
    fn words(&self) -> Option<Words> {
        Some(match self {
            Safeguard::Adequacy => words!(
                "adequacy",
                "Adequacy decision (Art. 45)",
                "Décision d’adéquation (art. 45)",
                ["adequacy decision", "45", "decision d'adequation", "adequation", "pays adequat"]
            ),
            Safeguard::StandardContractualClauses => words!(
                "standard_contractual_clauses",
                "Standard contractual clauses (Art. 46(2)(c))",
                "Clauses contractuelles types (art. 46(2)(c))",
                [
                    "scc",
                    "sccs",
                    "46(2)(c)",
                    "46.2.c",
                    "standard contractual clauses",
                    "eu standard contractual clauses",
                    "model clauses",
                    "clauses contractuelles types",
                    "cct",
                    "clauses types"
                ]
            ),
            Safeguard::BindingCorporateRules => words!(
                "binding_corporate_rules",
                "Binding corporate rules (Art. 47)",
                "Règles d’entreprise contraignantes (art. 47)",
                ["bcr", "bcrs", "47", "binding corporate rules", "regles d'entreprise contraignantes"]
            ),
            Safeguard::CodeOfConduct => words!(
                "code_of_conduct",
                "Code of conduct (Art. 46(2)(e))",
                "Code de conduite (art. 46(2)(e))",
                ["46(2)(e)", "46.2.e", "code of conduct", "code de conduite"]
            ),
            Safeguard::Certification => words!(
                "certification",
                "Certification (Art. 46(2)(f))",
                "Certification (art. 46(2)(f))",
                ["46(2)(f)", "46.2.f"]
            ),
            Safeguard::AdHocClauses => words!(
                "ad_hoc_clauses",
                "Contractual clauses authorised by a supervisory authority (Art. 46(3)(a))",
                "Clauses contractuelles autorisées par une autorité de contrôle (art. 46(3)(a))",
                ["46(3)(a)", "46.3.a", "ad hoc clauses", "ad hoc contractual clauses", "clauses ad hoc"]
            ),
            Safeguard::PublicAuthorityInstrument => words!(
                "public_authority_instrument",
                "Instrument between public authorities (Art. 46(2)(a))",
                "Instrument entre autorités publiques (art. 46(2)(a))",
                ["46(2)(a)", "46.2.a", "46(3)(b)"]
            ),
            Safeguard::PrivacyShield => words!(
                "privacy_shield",
                "EU-US Privacy Shield (invalid since 16 July 2020)",
                "Bouclier de protection des données UE–États-Unis (invalide depuis le 16 juillet 2020)",
                [
                    "privacy shield",
                    "eu-us privacy shield",
                    "eu us privacy shield",
                    "bouclier de protection des donnees",
                    "privacy shield framework"
                ]
            ),
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
                ["physical security", "securite physique"]
            ),
            SystemAccess => {
                words!("system_access", "System access control", "Contrôle d’accès aux systèmes", ["system access"])
            }
            DataAccess => words!(
                "data_access",
                "Data access control",
                "Contrôle d’accès aux données",
                ["access control", "controle d'acces des utilisateurs", "habilitations"]
            ),
            Authentication => {
                words!("authentication", "Authentication", "Authentification", ["mfa", "passwords", "mots de passe"])
            }
            Transmission => words!(
                "transmission",
                "Transmission control",
                "Sécurité des transmissions",
                ["transmission", "network security", "securite des echanges"]
            ),
            Encryption => {
                words!("encryption", "Encryption", "Chiffrement", ["chiffrement des donnees", "cryptography"])
            }
            InputControl => words!("input_control", "Input control", "Contrôle de la saisie", ["input"]),
            Logging => words!(
                "logging",
                "Logging and monitoring",
                "Journalisation et surveillance",
                ["logging", "mesures de tracabilite", "tracabilite", "journalisation", "monitoring"]
            ),
            Availability => words!(
                "availability",
                "Availability and backups",
                "Disponibilité et sauvegardes",
                ["backup", "backups", "sauvegarde des donnees", "sauvegardes"]
            ),
            Separation => words!(
                "separation",
                "Separation of data",
                "Cloisonnement des données",
                ["segregation", "cloisonnement"]
            ),
            Pseudonymisation => words!(
                "pseudonymisation",
                "Pseudonymisation",
                "Pseudonymisation",
                ["pseudonymization", "anonymisation"]
            ),
            VulnerabilityManagement => words!(
                "vulnerability_management",
                "Vulnerability management",
                "Gestion des vulnérabilités",
                ["mesures de protection des logiciels", "patching", "penetration testing"]
            ),
            IncidentResponse => words!(
                "incident_response",
                "Incident response",
                "Gestion des incidents",
                ["breach response", "violations de donnees"]
            ),
            Organisational => words!(
                "organisational",
                "Organisational measure",
                "Mesure organisationnelle",
                ["organisational", "organizational", "controle des sous-traitants", "policy", "training"]
            ),
            Other => words!("other", "Other", "Autre", ["autres mesures", "autres"]),
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
                words!("not_started", "Not started", "Non commencée", ["to do", "a faire", "planned"])
            }
            DpiaStatus::InProgress => words!("in_progress", "In progress", "En cours", ["ongoing", "started"]),
            DpiaStatus::Completed => words!(
                "completed",
                "Completed",
                "Réalisée",
                ["done", "complete", "finished", "terminee", "realisee", "faite"]
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
            TimeUnit::Days => words!("days", "days", "jours", ["day", "d", "jour", "j"]),
            TimeUnit::Weeks => words!("weeks", "weeks", "semaines", ["week", "w", "semaine", "sem"]),
            TimeUnit::Months => words!("months", "months", "mois", ["month", "m"]),
            TimeUnit::Years => words!("years", "years", "ans", ["year", "y", "yr", "yrs", "an", "annee", "annees"]),
        })
    }
}

/// A period as the language says it: "1 month", "3 years", "1 mois", "2 ans".
pub fn period(p: &crate::model::Period, lang: Lang) -> String {
    let one = p.amount == 1;
    let unit = match (p.unit, lang, one) {
        (TimeUnit::Days, Lang::En, true) => "day",
        (TimeUnit::Days, Lang::En, false) => "days",
        (TimeUnit::Weeks, Lang::En, true) => "week",
        (TimeUnit::Weeks, Lang::En, false) => "weeks",
        (TimeUnit::Months, Lang::En, true) => "month",
        (TimeUnit::Months, Lang::En, false) => "months",
        (TimeUnit::Years, Lang::En, true) => "year",
        (TimeUnit::Years, Lang::En, false) => "years",
        (TimeUnit::Days, Lang::Fr, true) => "jour",
        (TimeUnit::Days, Lang::Fr, false) => "jours",
        (TimeUnit::Weeks, Lang::Fr, true) => "semaine",
        (TimeUnit::Weeks, Lang::Fr, false) => "semaines",
        (TimeUnit::Months, Lang::Fr, _) => "mois",
        (TimeUnit::Years, Lang::Fr, true) => "an",
        (TimeUnit::Years, Lang::Fr, false) => "ans",
    };
    format!("{} {unit}", p.amount)
}

/// A time limit for erasure in words: "Backups: 1 month from creation of the backup (criteria)".
pub fn retention(r: &crate::model::Retention, lang: Lang) -> String {
    let from = match lang {
        Lang::En => "from",
        Lang::Fr => "à compter de",
    };
    let mut text = r.period.as_ref().map(|p| period(p, lang)).unwrap_or_default();
    if !r.from_event.is_empty() {
        text = format!("{text} {from} {}", r.from_event).trim().to_string();
    }
    if !r.criteria.is_empty() {
        text = if text.is_empty() { r.criteria.clone() } else { format!("{text} ({})", r.criteria) };
    }
    let colon = match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{a0}: ",
    };
    if r.applies_to.is_empty() {
        text
    } else {
        format!("{}{colon}{text}", r.applies_to)
    }
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
        for lang in [Lang::En, Lang::Fr] {
            for unit in TimeUnit::known() {
                for amount in [1, 2] {
                    let text = period(&p(amount, unit), lang);
                    assert_eq!(crate::csv::cells::parse_period(&text), Some(p(amount, unit)), "{text}");
                }
            }
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
    }

    #[test]
    fn safeguards_including_the_outdated_ones() {
        assert_eq!(Safeguard::recognise("SCCs"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(Safeguard::recognise("Clauses contractuelles types"), Some(Safeguard::StandardContractualClauses));
        assert_eq!(Safeguard::recognise("Privacy Shield"), Some(Safeguard::PrivacyShield));
        assert_eq!(Safeguard::recognise("Art. 49(1)(a)"), Some(Safeguard::Derogation(Derogation::ExplicitConsent)));
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
    pub measure_categories: Vec<Choice>,
    pub dpia_statuses: Vec<Choice>,
    pub time_units: Vec<Choice>,
    pub countries: Vec<crate::reference::countries::Country>,
}

pub fn vocabularies() -> Vocabularies {
    Vocabularies {
        roles: choices::<Role>(),
        statuses: choices::<Status>(),
        lawful_bases: choices::<LawfulBasis>(),
        special_conditions: choices::<SpecialCondition>(),
        sensitivities: choices::<Sensitivity>(),
        recipient_kinds: choices::<RecipientKind>(),
        safeguards: choices::<Safeguard>(),
        measure_categories: choices::<MeasureCategory>(),
        dpia_statuses: choices::<DpiaStatus>(),
        time_units: choices::<TimeUnit>(),
        countries: crate::reference::countries::all().to_vec(),
    }
}
