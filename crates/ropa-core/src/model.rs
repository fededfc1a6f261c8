//! The Article 30 domain: plain data, no behaviour beyond small helpers.
//!
//! Conventions:
//! - Every struct derives `Default` and reads missing JSON fields as their default, so that a
//!   snapshot written by an older version (in history) still reads.
//! - `id` is the store's row id; `0` means "not stored yet". The store ignores `id` on create.
//! - An empty string means "not recorded". Exports print it as such, checks flag it.
//! - Enumerations that a spreadsheet would fill with free text end with an `Other(String)`
//!   variant: the value as written, kept when it could not be recognised.
//! - Countries are ISO 3166-1 alpha-2 codes when recognised (see `reference::countries`), else
//!   the text as written.

use serde::{Deserialize, Serialize};

use crate::date::Date;

pub type Id = i64;

/// Contact details of a person or body: DPO, representative, joint controller, client contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Contact {
    pub name: String,
    /// Function or title ("Data Protection Officer", "Admitted to the Paris Bar").
    pub role: String,
    pub email: String,
    pub phone: String,
    pub address: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.role.trim().is_empty()
            && self.email.trim().is_empty()
            && self.phone.trim().is_empty()
            && self.address.trim().is_empty()
    }
}

/// The organisation whose register it is. An external DPO keeps several in one store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Organisation {
    pub id: Id,
    pub name: String,
    /// Company or registration number (SIREN, Companies House number...).
    pub registration: String,
    pub address: String,
    pub country: String,
    /// General contact for the register (Art. 30(1)(a), 30(2)(a)).
    pub contact: Contact,
    pub dpo: Contact,
    /// Representative in the Union (Art. 27), for organisations established outside it.
    pub representative: Contact,
    pub acts_as_controller: bool,
    pub acts_as_processor: bool,
    /// How many persons it employs: under the Art. 30(5) threshold, some processing needs no
    /// record (`reference::exemption`).
    pub headcount: Option<u32>,
    pub notes: String,
}

/// A controller (client) on whose behalf the organisation processes as a processor (Art. 30(2)(a)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Controller {
    pub id: Id,
    pub organisation_id: Id,
    pub name: String,
    pub address: String,
    pub country: String,
    pub contact: Contact,
    pub representative: Contact,
    pub dpo: Contact,
    /// The data processing agreement with this client (Art. 28(3)).
    pub contract: Contract,
    /// The notices of sub-processor changes it was sent (Art. 28(2)), oldest first.
    pub notices: Vec<SentNotice>,
    pub notes: String,
}

/// A notice of changes to sub-processors, as it was sent to a client (`notice`): what the client
/// was told and when, and where the next notice starts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SentNotice {
    pub sent_on: Option<Date>,
    /// The changes it covered are those the history holds up to this time; the next notice
    /// starts after it. None: those the history held when the notice entered the register.
    pub through: Option<crate::date::Timestamp>,
    /// How many changes it listed.
    pub changes: u32,
    /// Its text, as it was sent.
    pub text: String,
}

/// A processing and storage site or hosting region of the organisation ("Europe", "osc-fr1").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Site {
    pub id: Id,
    pub organisation_id: Id,
    pub name: String,
    pub description: String,
}

/// A sub-processor (or, for controller activities, a processor) the organisation engages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SubProcessor {
    pub id: Id,
    pub organisation_id: Id,
    pub name: String,
    /// Legal entity, when it differs from the trading name.
    pub legal_name: String,
    pub address: String,
    /// Main country of establishment.
    pub country: String,
    /// Privacy or DPO contact.
    pub contact: Contact,
    /// What the organisation uses it for, where and under which safeguard, per site or region.
    pub services: Vec<SubProcessorService>,
    /// The data processing agreement with it (Art. 28(3) and (4)).
    pub contract: Contract,
    pub notes: String,
}

/// One use of a sub-processor: at a site (or everywhere when `site_id` is `None`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SubProcessorService {
    pub site_id: Option<Id>,
    /// Processing country.
    pub country: String,
    /// Region, data centres or other place detail ("eu-west-2: Paris-Pantin & Magny-les-Hameaux").
    pub place: String,
    pub purpose: String,
    pub duration: String,
    /// Safeguard for a transfer outside the EU/EEA, if any.
    pub safeguard: Option<Safeguard>,
    pub safeguard_detail: String,
}

/// A data processing agreement (Art. 28(3)): with a client controller, with a sub-processor, or
/// with a processor the organisation engages as a controller. What proves which text was in force:
/// its date and version, its term, and where the signed document is and its fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Contract {
    /// The day it was signed or took effect.
    pub signed_on: Option<Date>,
    /// Its version or reference ("v3.2", "DPA 2023-10").
    pub version: String,
    /// The end of its term, or its next renewal.
    pub ends_on: Option<Date>,
    /// How the processor may engage other processors (Art. 28(2)).
    pub sub_processing: Option<SubProcessing>,
    /// For transfers under the 2021 standard contractual clauses: the module it uses (as a
    /// transfer's `scc_module`: 1 to 4).
    pub scc_module: Option<u8>,
    /// Whom to tell of a change of sub-processors.
    pub notification_contact: Contact,
    /// How long the controller has to object to a new sub-processor, as the contract words it
    /// ("30 days", "10 working days").
    pub objection_period: String,
    /// Where the signed document is: a link or a file's name.
    pub document: String,
    /// The SHA-256 of the signed document, in hexadecimal.
    pub sha256: String,
}

impl Contract {
    /// Whether anything of a contract is recorded (its date, version, document or fingerprint).
    pub fn is_recorded(&self) -> bool {
        self.signed_on.is_some()
            || !self.version.trim().is_empty()
            || !self.document.trim().is_empty()
            || !self.sha256.trim().is_empty()
    }
}

/// How a processor may engage another processor (Art. 28(2)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SubProcessing {
    /// Prior specific written authorisation: each one agreed beforehand.
    Specific,
    /// General written authorisation: the controller told of each change, and may object.
    General,
    Other(String),
}

/// A technical or organisational security measure, kept once per organisation (Art. 32).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Measure {
    pub id: Id,
    pub organisation_id: Id,
    pub name: String,
    pub category: MeasureCategory,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MeasureCategory {
    PhysicalAccess,
    SystemAccess,
    DataAccess,
    Authentication,
    Transmission,
    Encryption,
    InputControl,
    Logging,
    Availability,
    Separation,
    Pseudonymisation,
    VulnerabilityManagement,
    IncidentResponse,
    Organisational,
    #[default]
    Other,
}

impl MeasureCategory {
    pub const ALL: [MeasureCategory; 15] = [
        MeasureCategory::PhysicalAccess,
        MeasureCategory::SystemAccess,
        MeasureCategory::DataAccess,
        MeasureCategory::Authentication,
        MeasureCategory::Transmission,
        MeasureCategory::Encryption,
        MeasureCategory::InputControl,
        MeasureCategory::Logging,
        MeasureCategory::Availability,
        MeasureCategory::Separation,
        MeasureCategory::Pseudonymisation,
        MeasureCategory::VulnerabilityManagement,
        MeasureCategory::IncidentResponse,
        MeasureCategory::Organisational,
        MeasureCategory::Other,
    ];
}

/// The organisation's role in an activity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Controller,
    Processor,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    Active,
    Retired,
    /// Not a processing activity: a model the organisation keeps to start new records from
    /// (`Activity::duplicate`). Left out of the record, its checks and its exports to others.
    Template,
}

/// Art. 6(1) lawful bases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LawfulBasis {
    /// (a)
    Consent,
    /// (b)
    Contract,
    /// (c)
    LegalObligation,
    /// (d)
    VitalInterests,
    /// (e)
    PublicTask,
    /// (f)
    LegitimateInterests,
    /// Kept as written: not recognised.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct LegalBasis {
    pub basis: LawfulBasis,
    /// The legitimate interest pursued, the source of the legal obligation, the contract...
    pub detail: String,
    /// Where the evidence is kept: the consent records, the legitimate interests assessment.
    pub evidence: String,
}

impl Default for LegalBasis {
    fn default() -> Self {
        LegalBasis { basis: LawfulBasis::Other(String::new()), detail: String::new(), evidence: String::new() }
    }
}

/// Art. 9(2) conditions for special-category data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SpecialCondition {
    /// (a)
    ExplicitConsent,
    /// (b)
    EmploymentSocialSecurity,
    /// (c)
    VitalInterests,
    /// (d)
    NotForProfitBody,
    /// (e)
    MadePublic,
    /// (f)
    LegalClaims,
    /// (g)
    SubstantialPublicInterest,
    /// (h)
    HealthOrSocialCare,
    /// (i)
    PublicHealth,
    /// (j)
    ArchivingResearchStatistics,
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct SpecialBasis {
    pub condition: SpecialCondition,
    pub detail: String,
}

impl Default for SpecialBasis {
    fn default() -> Self {
        SpecialBasis { condition: SpecialCondition::Other(String::new()), detail: String::new() }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    #[default]
    Standard,
    /// Art. 9(1).
    SpecialCategory,
    /// Art. 10.
    CriminalOffence,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct DataCategory {
    pub name: String,
    /// What it contains ("email, name").
    pub detail: String,
    pub sensitivity: Sensitivity,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RecipientKind {
    Internal,
    External,
    /// A processor, or a sub-processor for processor activities.
    Processor,
    PublicAuthority,
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Recipient {
    pub name: String,
    pub kind: RecipientKind,
    pub country: String,
}

impl Default for Recipient {
    fn default() -> Self {
        Recipient { name: String::new(), kind: RecipientKind::Internal, country: String::new() }
    }
}

/// Where the data are processed or stored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Location {
    pub country: String,
    /// Region, site or data centre.
    pub place: String,
    /// Hosting provider.
    pub provider: String,
}

/// Art. 49(1) derogations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Derogation {
    /// (a)
    ExplicitConsent,
    /// (b)
    ContractWithDataSubject,
    /// (c)
    ContractInInterestOfDataSubject,
    /// (d)
    PublicInterest,
    /// (e)
    LegalClaims,
    /// (f)
    VitalInterests,
    /// (g)
    PublicRegister,
    /// The second subparagraph: compelling legitimate interests, for a transfer that is not
    /// repetitive and concerns a limited number of data subjects (the supervisory authority and
    /// the data subjects informed; the assessment documented in the record, Art. 49(6)).
    CompellingLegitimateInterests,
}

/// The ground on which a transfer outside the EU/EEA rests (Chapter V).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Safeguard {
    /// Art. 45 adequacy decision.
    Adequacy,
    /// Art. 46(2)(c) standard contractual clauses.
    StandardContractualClauses,
    /// Art. 47 binding corporate rules.
    BindingCorporateRules,
    /// Art. 46(2)(e) code of conduct.
    CodeOfConduct,
    /// Art. 46(2)(f) certification.
    Certification,
    /// Art. 46(3)(a) contractual clauses authorised by a supervisory authority.
    AdHocClauses,
    /// Art. 46(2)(a) legally binding instrument between public authorities.
    PublicAuthorityInstrument,
    /// Art. 46(2)(d) standard data protection clauses adopted by a supervisory authority and
    /// approved by the Commission.
    SupervisoryAuthorityClauses,
    /// Art. 46(3)(b) provisions in an administrative arrangement between public authorities,
    /// authorised by the supervisory authority.
    AdministrativeArrangement,
    /// Art. 49(1) derogation.
    Derogation(Derogation),
    /// The EU-US Privacy Shield: invalidated by the CJEU on 16 July 2020 (C-311/18). Kept so
    /// that registers that still rely on it can be recorded as they are, and flagged.
    PrivacyShield,
    Other(String),
}

/// A transfer to a third country or an international organisation (Art. 30(1)(e), 30(2)(c)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Transfer {
    pub recipient: String,
    pub country: String,
    /// Set when the recipient is an international organisation rather than a country.
    pub international_organisation: bool,
    pub safeguard: Option<Safeguard>,
    pub safeguard_detail: String,
    /// Where the safeguard's documentation is (a link, a file, a contact).
    pub documentation: String,
    /// For the 2021 standard contractual clauses: the module used (1 controller to controller,
    /// 2 controller to processor, 3 processor to processor, 4 processor to controller).
    pub scc_module: Option<u8>,
    /// The transfer impact assessment made for an Art. 46 transfer (CJEU C-311/18; EDPB
    /// Recommendations 01/2020): where it is (a reference, a link)...
    pub impact_assessment: String,
    /// ...and when it was made.
    pub impact_assessment_on: Option<Date>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Days,
    Weeks,
    #[default]
    Months,
    Years,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Period {
    pub amount: u32,
    pub unit: TimeUnit,
}

/// A time limit for erasure (Art. 30(1)(f)), for the whole activity or one data category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Retention {
    /// Name of the data category it applies to; empty for the whole activity.
    pub applies_to: String,
    pub period: Option<Period>,
    /// The event the period runs from ("end of contract").
    pub from_event: String,
    /// The criteria used when there is no fixed period, or a note on the period.
    pub criteria: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DpiaStatus {
    NotStarted,
    InProgress,
    Completed,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Dpia {
    /// `None`: not assessed yet.
    pub required: Option<bool>,
    pub status: Option<DpiaStatus>,
    /// Link or reference to the DPIA document.
    pub reference: String,
    /// The criteria of the guidelines on DPIA the processing meets, as the DPO assessed them
    /// (codes of `data/dpia-criteria.tsv`); the checks add those the record's words show.
    pub criteria: Vec<String>,
}

/// A processing activity: one entry of the record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Activity {
    pub id: Id,
    pub organisation_id: Id,
    /// The DPO's own reference ("HR-03").
    pub reference: String,
    pub name: String,
    pub description: String,
    pub role: Role,
    /// Processor activities: the controllers it is carried out for (Art. 30(2)(a)).
    pub controller_ids: Vec<Id>,
    /// Controller activities: joint controllers (Art. 26, 30(1)(a)).
    pub joint_controllers: Vec<Contact>,
    pub purposes: Vec<String>,
    pub legal_bases: Vec<LegalBasis>,
    pub special_bases: Vec<SpecialBasis>,
    /// Art. 10 basis for criminal-offence data.
    pub criminal_basis: String,
    pub data_subjects: Vec<String>,
    pub data_categories: Vec<DataCategory>,
    pub source: String,
    pub recipients: Vec<Recipient>,
    pub locations: Vec<Location>,
    pub transfers: Vec<Transfer>,
    /// The record states that no personal data go to a third country or an international
    /// organisation (Art. 30(1)(e)): "none", where an empty list of transfers says nothing.
    pub no_transfers: bool,
    pub retention: Vec<Retention>,
    pub measure_ids: Vec<Id>,
    pub subprocessor_ids: Vec<Id>,
    pub dpia: Dpia,
    /// `None`: not assessed.
    pub automated_decisions: Option<bool>,
    pub automated_decisions_detail: String,
    /// Rights available to data subjects, and how they are exercised.
    pub rights: String,
    pub status: Status,
    /// Owner or business function.
    pub owner: String,
    /// Software or application used.
    pub software: String,
    /// Date the record was created; the store sets today when empty.
    pub created_on: Option<Date>,
    /// Date of the last change; the store sets it on every write.
    pub updated_on: Option<Date>,
    pub last_review: Option<Date>,
    pub next_review: Option<Date>,
    pub notes: String,
}

impl Activity {
    /// A new activity of `organisation`: empty, a draft, in the role the organisation acts in
    /// (a controller's unless it acts only as a processor). What the window's "New activity"
    /// opens, so that the window never spells out the model's fields.
    pub fn blank(organisation: &Organisation) -> Activity {
        let role = if organisation.acts_as_controller || !organisation.acts_as_processor {
            Role::Controller
        } else {
            Role::Processor
        };
        Activity { organisation_id: organisation.id, role, status: Status::Draft, ..Activity::default() }
    }

    /// A template to start records from, not an activity of the record.
    pub fn is_template(&self) -> bool {
        self.status == Status::Template
    }

    /// A new activity that starts as a copy of this one under `name` (the window's and `ropa
    /// duplicate`'s): every item of the record kept, a draft again, its own dates and reviews
    /// still to come, and no reference (the DPO's references name one entry each).
    pub fn duplicate(&self, name: &str) -> Activity {
        Activity {
            id: 0,
            name: name.to_string(),
            reference: String::new(),
            status: Status::Draft,
            created_on: None,
            updated_on: None,
            last_review: None,
            next_review: None,
            ..self.clone()
        }
    }
}

/// Everything a store holds, as plain data.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Register {
    pub organisations: Vec<Organisation>,
    pub controllers: Vec<Controller>,
    pub sites: Vec<Site>,
    pub subprocessors: Vec<SubProcessor>,
    pub measures: Vec<Measure>,
    pub activities: Vec<Activity>,
}

impl Register {
    /// The register without its activity templates: what the record, its checks and the documents
    /// for others hold.
    pub fn without_templates(&self) -> Register {
        Register { activities: self.activities.iter().filter(|a| !a.is_template()).cloned().collect(), ..self.clone() }
    }
}
