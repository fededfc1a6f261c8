//! Compliance checks: what a register misses or gets wrong in law, each finding with the rule,
//! its severity, the entry and field concerned, the article it rests on, and a message and a hint
//! in each language. Plain functions over a `Register` and today's date. The rules are listed in
//! `catalogue` (ID, severity); their words are in the language files (`locales/*/checks.ftl`).

mod catalogue;

use std::borrow::Cow;
use std::collections::HashSet;

use serde::Serialize;

pub use catalogue::{Case, Rule};

use crate::date::Date;
use crate::i18n::{self, Arg};
use crate::model::{
    Activity, Id, LawfulBasis, Organisation, RecipientKind, Role, Safeguard, Sensitivity, SpecialCondition,
    SubProcessor,
};
use crate::reference::{adequacy, countries, international, superseded};
use crate::store::{Kind, Register};
use crate::text::fold;
use crate::vocab::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// Its code, as the JSON writes it and the language files select on.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Its word in `lang` ("error", "erreur", "Fehler").
    pub fn word(self, lang: Lang) -> String {
        crate::tr!(lang, "check-severity", severity = self.code())
    }
}

/// Words in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Text {
    pub en: String,
    pub fr: String,
    pub de: String,
}

impl Text {
    /// The message `id` of the language files in every language, with its arguments.
    pub(crate) fn of(id: &str, args: &[(&str, Value<'_>)]) -> Text {
        let one = |lang: Lang| {
            let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(name, value)| (*name, value.arg(lang))).collect();
            i18n::message(lang, id, &args)
        };
        Text { en: one(Lang::En), fr: one(Lang::Fr), de: one(Lang::De) }
    }

    /// The items of a list, each in its language, joined as the language joins them.
    fn list(items: impl IntoIterator<Item = Text>) -> Text {
        let items: Vec<Text> = items.into_iter().collect();
        let one = |lang: Lang| {
            let words: Vec<&str> = items.iter().map(|t| t.get(lang)).collect();
            words.join(&i18n::text(lang, "check-list-separator"))
        };
        Text { en: one(Lang::En), fr: one(Lang::Fr), de: one(Lang::De) }
    }

    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::De => &self.de,
        }
    }
}

/// An argument of the checks' words.
#[derive(Debug, Clone)]
pub(crate) enum Value<'a> {
    /// The same in every language: a name as the register writes it, a decision's number.
    Same(Cow<'a, str>),
    /// A number, which chooses the plural form.
    Number(usize),
    /// A date, as each language writes it.
    Date(Date),
    /// Each language's own words.
    Words(Text),
}

impl Value<'_> {
    fn arg(&self, lang: Lang) -> Arg<'_> {
        match self {
            Value::Same(text) => Arg::from(text.as_ref()),
            Value::Number(n) => Arg::from(*n),
            Value::Date(d) => Arg::from(crate::pdf::labels::date(*d, lang)),
            Value::Words(words) => Arg::from(words.get(lang)),
        }
    }

    /// A country's name in each language.
    fn country(c: &countries::Country) -> Value<'static> {
        Value::Words(Text { en: c.en.into(), fr: c.fr.into(), de: c.de.into() })
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Value<'a> {
        Value::Same(Cow::Borrowed(text))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// Stable identifier of the rule (`Rule::id`: "transfer-without-safeguard").
    pub rule: &'static str,
    pub severity: Severity,
    pub kind: Kind,
    pub entity_id: Id,
    /// The entry's name, to say which one without looking it up.
    pub entity_name: String,
    pub organisation_id: Id,
    /// The field concerned, as a path into the entry ("transfers.0.safeguard"); empty for the
    /// entry as a whole.
    pub field: String,
    /// What the rule rests on ("Art. 46 GDPR" / "art. 46 RGPD" / "Art. 46 DSGVO"); empty when
    /// nothing in law.
    pub article: Text,
    pub message: Text,
    pub hint: Text,
}

/// The checks of a register on a day, with the age of the law they apply.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Report {
    pub findings: Vec<Finding>,
    /// When the reference data (adequacy decisions, countries) were last checked.
    pub reference_checked: Date,
    /// More than a year before today: the law may have moved since.
    pub reference_stale: bool,
    /// Completeness of each activity, and of the register.
    pub scores: Vec<ActivityScore>,
    pub register_score: Score,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }
}

/// How many of the Article 30 items an activity's role calls for are filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Score {
    pub filled: u32,
    pub total: u32,
}

impl Score {
    /// Per cent, rounded down; 100 for nothing to fill.
    pub fn percent(self) -> u32 {
        (self.filled * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// Scores of several activities together: their items filled over their items, so that a large
/// activity weighs more than a small one.
impl std::ops::Add for Score {
    type Output = Score;

    fn add(self, other: Score) -> Score {
        Score { filled: self.filled + other.filled, total: self.total + other.total }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivityScore {
    pub activity_id: Id,
    pub score: Score,
}

/// Runs every rule over `register` (all its organisations) on `today`.
pub fn check(register: &Register, today: Date) -> Report {
    let mut findings = Vec::new();
    let mut scores = Vec::with_capacity(register.activities.len());
    for activity in &register.activities {
        let organisation = register.organisations.iter().find(|o| o.id == activity.organisation_id);
        // Scored on its own findings as they come, not by a search of the whole list for each.
        let start = findings.len();
        activity_rules(activity, organisation, today, &mut findings);
        scores.push(ActivityScore {
            activity_id: activity.id,
            score: checked_completeness(activity, organisation, &findings[start..]),
        });
    }
    let used: HashSet<Id> = register.activities.iter().flat_map(|a| a.subprocessor_ids.iter().copied()).collect();
    findings.extend(check_catalogue(register, &used));
    exemption_rules(register, &mut findings);
    findings.sort_by_key(|f| (f.organisation_id, f.severity, f.kind, f.entity_id));
    let reference_checked = crate::reference::checked();
    let register_score = scores.iter().fold(Score::default(), |sum, s| sum + s.score);
    Report {
        findings,
        reference_checked,
        reference_stale: reference_checked.plus_days(365).is_some_and(|limit| limit < today),
        scores,
        register_score,
    }
}

/// The findings on the organisations and sub-processors of `catalogue` (its activities are not
/// read): `used` are the sub-processors some activity uses. With `check_activity`, the checks of
/// a register read one activity at a time.
pub fn check_catalogue(catalogue: &Register, used: &HashSet<Id>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for organisation in &catalogue.organisations {
        organisation_rules(organisation, &mut findings);
    }
    for sp in &catalogue.subprocessors {
        subprocessor_rules(sp, used, &mut findings);
    }
    findings
}

/// The findings on one activity alone (its organisation given for the rules that need it), in the
/// order `check` lists them: what an editor shows without checking the whole register.
pub fn check_activity(a: &Activity, organisation: Option<&Organisation>, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    activity_rules(a, organisation, today, &mut findings);
    findings.sort_by_key(|f| f.severity);
    findings
}

/// The Article 30 items an activity's role calls for, and how many the record fills, by what it
/// holds alone: for a controller's activity, 30(1)(a) to (g) with the legal basis regulators also
/// ask for; for a processor's, 30(2)(a) to (d). What the checks show is `checked_completeness`.
pub fn completeness(a: &Activity, organisation: Option<&Organisation>) -> Score {
    let items = items(a, organisation);
    Score { filled: items.iter().filter(|(filled, _)| *filled).count() as u32, total: items.len() as u32 }
}

/// An activity's completeness as the checks find it, given its findings (those on other entries
/// are passed over): an item an error concerns is not counted as filled, for an item holding
/// something wrong in law (special-category data without an Art. 9 condition, a transfer without
/// a safeguard) is no more done than an empty one, and a score of 100 % beside an error would
/// contradict it. Warnings and infos take nothing off. What `check` and `view::overview` score.
pub fn checked_completeness(a: &Activity, organisation: Option<&Organisation>, findings: &[Finding]) -> Score {
    let mut items = items(a, organisation);
    let mut elsewhere = false;
    for f in findings {
        if f.severity != Severity::Error || f.kind != Kind::Activity || f.entity_id != a.id {
            continue;
        }
        // The path's first part names the field ("data_categories.0.sensitivity").
        let field = f.field.split('.').next().unwrap_or_default();
        match items.iter_mut().find(|(_, fields)| fields.contains(&field)) {
            Some((filled, _)) => *filled = false,
            None => elsewhere = true,
        }
    }
    let total = items.len() as u32;
    let filled = items.iter().filter(|(filled, _)| *filled).count() as u32;
    // An error on the entry as a whole, or on a field no item covers (no rule raises one today),
    // still keeps the activity from showing complete.
    let filled = if elsewhere { filled.min(total.saturating_sub(1)) } else { filled };
    Score { filled, total }
}

/// The Article 30 items of `completeness`, each with whether it is filled and the fields of the
/// activity it covers: a finding on one of these fields concerns the item.
fn items(a: &Activity, organisation: Option<&Organisation>) -> Vec<(bool, &'static [&'static str])> {
    let contact = organisation.is_some_and(has_contact);
    let transfers_recorded = third_countries_without_transfer(a, organisation).is_empty();
    match a.role {
        Role::Controller => vec![
            // 30(1)(a): the organisation's contact details, and its joint controllers'.
            (contact, &["joint_controllers"]),
            (!a.purposes.is_empty(), &["purposes"]),
            // The conditions of Art. 9 and 10 are the lawfulness of the processing, as its basis.
            (!a.legal_bases.is_empty(), &["legal_bases", "special_bases", "criminal_basis"]),
            (!a.data_subjects.is_empty(), &["data_subjects"]),
            (!a.data_categories.is_empty(), &["data_categories"]),
            (!a.recipients.is_empty(), &["recipients"]),
            (transfers_recorded, &["transfers", "locations", "no_transfers"]),
            (!a.retention.is_empty(), &["retention"]),
            (!a.measure_ids.is_empty(), &["measure_ids"]),
        ],
        Role::Processor => vec![
            (contact && !a.controller_ids.is_empty(), &["controller_ids"]),
            // 30(2)(b): the categories of processing, which the data processed and the
            // conditions they call for describe too.
            (
                !a.purposes.is_empty() || !a.description.trim().is_empty(),
                &[
                    "purposes",
                    "description",
                    "data_subjects",
                    "data_categories",
                    "legal_bases",
                    "special_bases",
                    "criminal_basis",
                    "retention",
                ],
            ),
            (transfers_recorded, &["transfers", "locations", "recipients", "no_transfers"]),
            (!a.measure_ids.is_empty(), &["measure_ids"]),
        ],
    }
}

/// Some way to reach the organisation: its address, or an address, e-mail or phone number of its
/// contact or its DPO.
fn has_contact(o: &Organisation) -> bool {
    let reachable = |c: &crate::model::Contact| [&c.email, &c.phone, &c.address].iter().any(|x| !x.trim().is_empty());
    !o.address.trim().is_empty() || reachable(&o.contact) || reachable(&o.dpo)
}

/// Outside the EU and the EEA, for a country written as a recognised code or name; `None` when
/// it cannot be told.
fn third_country(country: &str) -> Option<&'static countries::Country> {
    countries::recognise(country).filter(|c| !c.in_eea())
}

/// Third countries where the activity's data are kept or go (locations, recipients) with no
/// transfer entry for them.
fn third_countries_without_transfer(
    a: &Activity,
    organisation: Option<&Organisation>,
) -> Vec<(String, &'static countries::Country)> {
    // Data kept in the organisation's own country do not leave it.
    let home = organisation.and_then(|o| countries::recognise(&o.country)).map(|c| c.code);
    let transferred: Vec<&str> =
        a.transfers.iter().filter_map(|t| countries::recognise(&t.country)).map(|c| c.code).collect();
    let mut missing = Vec::new();
    let places =
        a.locations.iter().enumerate().map(|(i, l)| (format!("locations.{i}.country"), l.country.as_str())).chain(
            a.recipients.iter().enumerate().map(|(i, r)| (format!("recipients.{i}.country"), r.country.as_str())),
        );
    for (field, country) in places {
        if let Some(c) = third_country(country).filter(|c| Some(c.code) != home) {
            if !transferred.contains(&c.code)
                && !missing.iter().any(|(_, m): &(String, &countries::Country)| m.code == c.code)
            {
                missing.push((field, c));
            }
        }
    }
    missing
}

struct On<'a> {
    kind: Kind,
    id: Id,
    name: &'a str,
    organisation_id: Id,
}

impl On<'_> {
    /// A finding of `rule` in its own case, on `field`, its words given `args`.
    fn finding(&self, rule: Rule, field: impl Into<String>, args: &[(&str, Value<'_>)]) -> Finding {
        self.finding_in(rule, None, field, args)
    }

    /// A finding of `rule` in `case`: its severity and its words are the case's.
    fn finding_in(
        &self,
        rule: Rule,
        case: Option<Case>,
        field: impl Into<String>,
        args: &[(&str, Value<'_>)],
    ) -> Finding {
        debug_assert!(case.is_none_or(|c| rule.cases().iter().any(|(known, _)| *known == c)), "{rule:?} {case:?}");
        Finding {
            rule: rule.id(),
            severity: rule.severity_in(case),
            kind: self.kind,
            entity_id: self.id,
            entity_name: self.name.to_string(),
            organisation_id: self.organisation_id,
            field: field.into(),
            article: rule.words("article", case, args),
            message: rule.words("message", case, args),
            hint: rule.words("hint", case, args),
        }
    }
}

/// Art. 30(5): an organisation under the threshold of persons employed is told whether the
/// exemption could spare it a record, and which of its activities it does not reach. Only an
/// info (the record is never wrong to keep), so the window's counts, read a batch of activities
/// at a time, stay those of `check`.
fn exemption_rules(register: &Register, out: &mut Vec<Finding>) {
    let threshold = crate::reference::exemption::threshold();
    for o in &register.organisations {
        let Some(persons) = o.headcount.filter(|n| *n < threshold) else { continue };
        let on = On { kind: Kind::Organisation, id: o.id, name: &o.name, organisation_id: o.id };
        let mine: Vec<&Activity> = register.activities.iter().filter(|a| a.organisation_id == o.id).collect();
        let names = |list: Vec<&str>| {
            let more = list.len().saturating_sub(5);
            let mut shown = list.into_iter().take(5).collect::<Vec<_>>().join(", ");
            if more > 0 {
                shown.push_str(&format!(" (+{more})"));
            }
            shown
        };
        let sensitive = names(
            mine.iter()
                .filter(|a| a.data_categories.iter().any(|c| c.sensitivity != Sensitivity::Standard))
                .map(|a| a.name.as_str())
                .collect(),
        );
        let risky = names(
            mine.iter().filter(|a| !crate::reference::dpia::met_by(a).is_empty()).map(|a| a.name.as_str()).collect(),
        );
        let mut reaches = Vec::new();
        for (names, id) in [(sensitive, "check-record-exemption-sensitive"), (risky, "check-record-exemption-risky")] {
            if !names.is_empty() {
                reaches.push(Text::of(id, &[("names", Value::Same(names.into()))]));
            }
        }
        reaches.push(Text::of("check-record-exemption-occasional", &[]));
        out.push(on.finding(
            Rule::RecordExemption,
            "headcount",
            &[
                ("organisation", o.name.as_str().into()),
                ("persons", Value::Number(persons as usize)),
                ("threshold", Value::Number(threshold as usize)),
                ("reaches", Value::Words(Text::list(reaches))),
            ],
        ));
    }
}

fn organisation_rules(o: &Organisation, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Organisation, id: o.id, name: &o.name, organisation_id: o.id };
    if !o.acts_as_controller && !o.acts_as_processor {
        out.push(on.finding(Rule::MissingRole, "acts_as_controller", &[]));
    }
    if !has_contact(o) {
        out.push(on.finding(Rule::MissingContactDetails, "contact", &[]));
    }
}

fn activity_rules(a: &Activity, organisation: Option<&Organisation>, today: Date, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Activity, id: a.id, name: &a.name, organisation_id: a.organisation_id };
    let processor = a.role == Role::Processor;

    // Missing Article 30 items, by role.
    if processor {
        if a.controller_ids.is_empty() {
            out.push(on.finding(Rule::ProcessorWithoutController, "controller_ids", &[]));
        }
        if let Some(i) = a
            .legal_bases
            .iter()
            .position(|b| matches!(b.basis, LawfulBasis::LegitimateInterests | LawfulBasis::Consent))
        {
            out.push(on.finding(Rule::ProcessorWithOwnLegalBasis, format!("legal_bases.{i}.basis"), &[]));
        }
        if a.purposes.is_empty() && a.description.trim().is_empty() {
            out.push(on.finding(Rule::MissingCategoriesOfProcessing, "purposes", &[]));
        }
    } else {
        for (rule, empty, field) in [
            (Rule::MissingPurposes, a.purposes.is_empty(), "purposes"),
            (Rule::MissingLegalBasis, a.legal_bases.is_empty(), "legal_bases"),
            (Rule::MissingDataSubjects, a.data_subjects.is_empty(), "data_subjects"),
            (Rule::MissingDataCategories, a.data_categories.is_empty(), "data_categories"),
            (Rule::MissingRetention, a.retention.is_empty(), "retention"),
            (Rule::MissingRecipients, a.recipients.is_empty(), "recipients"),
        ] {
            if empty {
                out.push(on.finding(rule, field, &[]));
            }
        }
    }
    if a.measure_ids.is_empty() {
        let case = processor.then_some(Case::Processor);
        out.push(on.finding_in(Rule::MissingSecurityMeasures, case, "measure_ids", &[]));
    }

    transfer_rules(a, organisation, today, &on, out);
    basis_rules(a, &on, out);
    retention_rules(a, &on, out);

    // Whether a DPIA is needed is not recorded: the criteria of the guidelines the EDPB endorsed
    // (WP248 rev.01) that the record shows say how likely it is. Two or more: likely required;
    // one: worth assessing, and recording the answer.
    let criteria = crate::reference::dpia::met_by(a);
    if !criteria.is_empty() && a.dpia.required.is_none() && a.dpia.status.is_none() && !processor {
        let named = Text::list(criteria.iter().map(|c| Text { en: c.en.into(), fr: c.fr.into(), de: c.de.into() }));
        let rule = if criteria.len() >= 2 { Rule::DpiaLikely } else { Rule::DpiaScreening };
        out.push(on.finding(
            rule,
            "dpia.required",
            &[("count", Value::Number(criteria.len())), ("criteria", Value::Words(named))],
        ));
    }

    if let Some(next) = a.next_review.filter(|d| *d < today) {
        out.push(on.finding(Rule::ReviewOverdue, "next_review", &[("due", Value::Date(next))]));
    }

    // A category named as a special or criminal-offence one in the DPV vocabulary, but marked
    // standard: the rules above would otherwise pass over it.
    for (i, c) in a.data_categories.iter().enumerate().filter(|(_, c)| c.sensitivity == Sensitivity::Standard) {
        let Some(concept) = crate::reference::dpv::data_category(&c.name) else { continue };
        let case = match concept.sensitivity {
            Some(Sensitivity::SpecialCategory) => None,
            Some(Sensitivity::CriminalOffence) => Some(Case::Criminal),
            _ => continue,
        };
        out.push(on.finding_in(
            Rule::SensitiveDataMarkedStandard,
            case,
            format!("data_categories.{i}.sensitivity"),
            &[("name", c.name.trim().into())],
        ));
    }

    // A kind the spreadsheet did not give (the ICO template's recipients column has none) is
    // left unspecified on import rather than guessed.
    for (i, r) in a.recipients.iter().enumerate() {
        if matches!(&r.kind, RecipientKind::Other(s) if s.trim().is_empty()) {
            out.push(on.finding(
                Rule::RecipientKindMissing,
                format!("recipients.{i}.kind"),
                &[("name", r.name.trim().into())],
            ));
        }
    }

    kept_as_written(a, &on, out);
}

/// How long before a decision relied on ends its end is said (six months).
const ADEQUACY_NOTICE_DAYS: i64 = 183;

fn transfer_rules(a: &Activity, organisation: Option<&Organisation>, today: Date, on: &On<'_>, out: &mut Vec<Finding>) {
    for (i, t) in a.transfers.iter().enumerate() {
        let field = |name: &str| format!("transfers.{i}.{name}");
        let to =
            if t.recipient.trim().is_empty() { t.country.clone() } else { format!("{} ({})", t.recipient, t.country) };
        // An international organisation is outside the GDPR wherever its seat is: its own
        // adequacy decision, or a safeguard, whatever country is recorded.
        if t.international_organisation && io_transfer_rules(t, &to, &field, on, out) {
            continue;
        }
        let to = || ("to", Value::from(to.as_str()));
        let country = if t.international_organisation { None } else { countries::recognise(&t.country) };
        let decision = country.and_then(|c| adequacy::for_country(c.code));
        // The former clauses the safeguard and its texts name, if any.
        let superseded = t
            .safeguard
            .as_ref()
            .and_then(|s| superseded_named(s, &[&t.safeguard_detail, &t.documentation], t.scc_module));
        // Inside the EU or the EEA (outermost regions and Åland included): no transfer at all.
        if let Some(c) = country.filter(|c| c.in_eea()) {
            out.push(on.finding(Rule::TransferInsideEea, field("country"), &[to(), ("country", Value::country(c))]));
            continue;
        }
        // A decision adopted for a time, relied on after its end or near it.
        if let (Some(c), Some(d), Some(end)) = (country, decision, decision.and_then(|d| d.expires)) {
            let relied_on = matches!(t.safeguard, Some(Safeguard::Adequacy) | None);
            let soon = today.plus_days(ADEQUACY_NOTICE_DAYS).is_some_and(|later| later >= end);
            let args =
                [to(), ("country", Value::country(c)), ("decision", d.decision.into()), ("end", Value::Date(end))];
            if relied_on && !d.applies_on(today) {
                out.push(on.finding(Rule::AdequacyExpired, field("safeguard"), &args));
                continue;
            }
            if relied_on && soon {
                out.push(on.finding(Rule::AdequacyExpiring, field("safeguard"), &args));
            }
        }
        // Art. 46 safeguards: the module of the 2021 clauses, and the transfer impact assessment
        // a transfer to a country without an adequacy decision calls for.
        if let Some(safeguard) = &t.safeguard {
            let art_46 = matches!(
                safeguard,
                Safeguard::StandardContractualClauses
                    | Safeguard::BindingCorporateRules
                    | Safeguard::CodeOfConduct
                    | Safeguard::Certification
                    | Safeguard::AdHocClauses
                    | Safeguard::SupervisoryAuthorityClauses
                    | Safeguard::PublicAuthorityInstrument
                    | Safeguard::AdministrativeArrangement
            );
            if *safeguard == Safeguard::StandardContractualClauses && t.scc_module.is_none() && superseded.is_none() {
                out.push(on.finding(Rule::SccModuleMissing, field("scc_module"), &[to()]));
            }
            let adequate = decision.is_some_and(|d| d.partial.is_none() && d.applies_on(today));
            if art_46
                && superseded.is_none()
                && !adequate
                && country.is_some()
                && t.impact_assessment.trim().is_empty()
                && t.impact_assessment_on.is_none()
            {
                out.push(on.finding(Rule::TransferImpactAssessmentMissing, field("impact_assessment"), &[to()]));
            }
        }
        match &t.safeguard {
            Some(Safeguard::PrivacyShield) => {
                out.push(on.finding(Rule::InvalidSafeguardPrivacyShield, field("safeguard"), &[to()]))
            }
            Some(Safeguard::Adequacy) => match (country, decision) {
                (Some(c), None) if !c.in_eea() => out.push(on.finding(
                    Rule::AdequacyNotInForce,
                    field("safeguard"),
                    &[to(), ("country", Value::country(c))],
                )),
                (Some(c), Some(d)) => {
                    if !d.listed_by.is_empty() {
                        // A decision that covers the recipients on a list (the United States':
                        // the Data Privacy Framework's) covers this one if the record says it is
                        // listed.
                        if !d.listed_in(&[&t.safeguard_detail, &t.documentation]) {
                            out.push(on.finding(
                                Rule::AdequacyUsWithoutDpf,
                                field("safeguard_detail"),
                                &[to(), ("adopted", Value::Date(d.adopted))],
                            ));
                        }
                    } else if let Some(covers) = d.partial {
                        out.push(on.finding(
                            Rule::AdequacyPartial,
                            field("safeguard"),
                            &[("country", Value::country(c)), ("covers", scope(covers))],
                        ));
                    }
                }
                _ => {}
            },
            // The former clauses, whether the record calls them standard contractual clauses
            // or names them in its own words (kept as written).
            Some(Safeguard::StandardContractualClauses | Safeguard::Other(_)) if superseded.is_some() => {
                let Some(old) = superseded else { continue };
                out.push(on.finding(
                    Rule::SupersededContractualClauses,
                    field("safeguard"),
                    &[to(), ("clauses", old.decision.into()), ("until", Value::Date(old.until))],
                ));
            }
            Some(Safeguard::Derogation(crate::model::Derogation::CompellingLegitimateInterests)) => {
                out.push(on.finding(Rule::DerogationCompellingInterests, field("safeguard"), &[to()]))
            }
            None => match country {
                Some(c) if !c.in_eea() => {
                    let (case, args) = match adequacy::for_country(c.code) {
                        // A decision that covers only part of the country covers the recipient
                        // only if it is in that part, which the record does not say.
                        Some(d) => match d.partial {
                            Some(covers) => (
                                Some(Case::Partial),
                                vec![
                                    to(),
                                    ("country", Value::country(c)),
                                    ("decision", d.decision.into()),
                                    ("covers", scope(covers)),
                                ],
                            ),
                            None => (
                                Some(Case::Adequate),
                                vec![to(), ("country", Value::country(c)), ("decision", d.decision.into())],
                            ),
                        },
                        None => (None, vec![to()]),
                    };
                    out.push(on.finding_in(Rule::TransferWithoutSafeguard, case, field("safeguard"), &args));
                }
                _ => {}
            },
            _ => {}
        }
    }
    for (field, c) in third_countries_without_transfer(a, organisation) {
        out.push(on.finding(Rule::ThirdCountryWithoutTransfer, field, &[("country", Value::country(c))]));
    }
}

/// What a partial adequacy decision covers, in each language.
fn scope(covers: adequacy::Scope) -> Value<'static> {
    Value::Words(Text { en: covers.en.into(), fr: covers.fr.into(), de: covers.de.into() })
}

/// The rules of a transfer to an international organisation that differ from a country's: its
/// adequacy decision, if it has one (`data/international-organisations.tsv`). True when the
/// transfer's safeguard is settled here; false leaves the rules every safeguard has.
fn io_transfer_rules(
    t: &crate::model::Transfer,
    to: &str,
    field: &dyn Fn(&str) -> String,
    on: &On<'_>,
    out: &mut Vec<Finding>,
) -> bool {
    let io = international::with_decision(&t.recipient).or_else(|| international::with_decision(&t.country));
    let to = ("to", Value::from(to));
    match (&t.safeguard, io) {
        (None, None) => {
            out.push(on.finding_in(Rule::TransferWithoutSafeguard, Some(Case::Organisation), field("safeguard"), &[to]))
        }
        (None, Some(o)) => {
            // The table has no German words yet: its English ones stand in.
            let (name, covers) = (Text { en: o.en.into(), fr: o.fr.into(), de: o.en.into() }, o.covers);
            let covers = Text { en: covers.0.into(), fr: covers.1.into(), de: covers.0.into() };
            out.push(on.finding_in(
                Rule::TransferWithoutSafeguard,
                Some(Case::OrganisationAdequate),
                field("safeguard"),
                &[
                    to,
                    ("organisation", Value::Words(name)),
                    ("decision", o.decision.into()),
                    ("covers", Value::Words(covers)),
                ],
            ))
        }
        (Some(Safeguard::Adequacy), None) => {
            out.push(on.finding_in(Rule::AdequacyNotInForce, Some(Case::Organisation), field("safeguard"), &[to]))
        }
        (Some(Safeguard::Adequacy), Some(_)) => {}
        _ => return false,
    }
    true
}

/// The former clauses a safeguard and its texts name, if any. Clauses recorded with a module are
/// the 2021 ones, whatever else their words call them ("model clauses"), unless a former
/// decision's number is named.
fn superseded_named(
    safeguard: &Safeguard,
    texts: &[&str],
    module: Option<u8>,
) -> Option<&'static superseded::Superseded> {
    let written = match safeguard {
        Safeguard::Other(words) => Some(words.as_str()),
        _ => None,
    };
    let find = if module.is_some() { superseded::numbered_in } else { superseded::named_in };
    written.into_iter().chain(texts.iter().copied()).find_map(find)
}

fn basis_rules(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    if a.role == Role::Controller {
        for (i, b) in a.legal_bases.iter().enumerate() {
            match b.basis {
                LawfulBasis::LegitimateInterests if b.detail.trim().is_empty() => {
                    out.push(on.finding(Rule::LegitimateInterestUnstated, format!("legal_bases.{i}.detail"), &[]))
                }
                LawfulBasis::Consent if b.evidence.trim().is_empty() => {
                    out.push(on.finding(Rule::ConsentWithoutRecord, format!("legal_bases.{i}.evidence"), &[]))
                }
                _ => {}
            }
        }
    }
    let special: Vec<usize> = indices(a, Sensitivity::SpecialCategory);
    if let Some(&i) = special.first().filter(|_| a.special_bases.is_empty()) {
        out.push(on.finding(
            Rule::SpecialCategoryWithoutCondition,
            format!("data_categories.{i}.sensitivity"),
            &[("name", a.data_categories[i].name.as_str().into())],
        ));
    }
    let criminal = indices(a, Sensitivity::CriminalOffence);
    if let Some(&i) = criminal.first().filter(|_| a.criminal_basis.trim().is_empty()) {
        out.push(on.finding(
            Rule::CriminalDataWithoutBasis,
            format!("data_categories.{i}.sensitivity"),
            &[("name", a.data_categories[i].name.as_str().into())],
        ));
    }
}

fn indices(a: &Activity, sensitivity: Sensitivity) -> Vec<usize> {
    a.data_categories.iter().enumerate().filter(|(_, c)| c.sensitivity == sensitivity).map(|(i, _)| i).collect()
}

fn retention_rules(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    // The words a register uses for "kept without limit", folded, in the three languages.
    const FOREVER: [&str; 10] = [
        "indefinite",
        "indefinitely",
        "forever",
        "permanent",
        "unlimited",
        "indefini",
        "illimite",
        "unbefristet",
        "unbegrenzt",
        "unbestimmte zeit",
    ];
    for (i, r) in a.retention.iter().enumerate() {
        let words = fold(&format!("{} {}", r.criteria, r.from_event));
        if FOREVER.iter().any(|w| words.contains(w)) {
            out.push(on.finding(Rule::RetentionIndefinite, format!("retention.{i}.criteria"), &[]));
        }
    }
    let kinds: std::collections::BTreeSet<_> =
        a.data_categories.iter().map(|c| format!("{:?}", c.sensitivity)).collect();
    let blanket = a.retention.len() == 1 && a.retention[0].applies_to.trim().is_empty();
    if blanket && kinds.len() > 1 {
        out.push(on.finding(Rule::RetentionNotPerCategory, "retention", &[]));
    }
}

fn kept_as_written(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    let mut unrecognised: Vec<(String, String)> = Vec::new();
    for (i, b) in a.legal_bases.iter().enumerate() {
        if let LawfulBasis::Other(s) = &b.basis {
            unrecognised.push((format!("legal_bases.{i}.basis"), s.clone()));
        }
    }
    for (i, b) in a.special_bases.iter().enumerate() {
        if let SpecialCondition::Other(s) = &b.condition {
            unrecognised.push((format!("special_bases.{i}.condition"), s.clone()));
        }
    }
    for (i, r) in a.recipients.iter().enumerate() {
        if let RecipientKind::Other(s) = &r.kind {
            if !s.trim().is_empty() {
                unrecognised.push((format!("recipients.{i}.kind"), s.clone()));
            }
        }
    }
    for (i, t) in a.transfers.iter().enumerate() {
        // The former clauses named in words of the record's own are said by their own rule.
        if let Some(Safeguard::Other(s)) = &t.safeguard {
            if superseded::named_in(s).is_none() {
                unrecognised.push((format!("transfers.{i}.safeguard"), s.clone()));
            }
        }
        if !t.country.trim().is_empty() && countries::recognise(&t.country).is_none() {
            unrecognised.push((format!("transfers.{i}.country"), t.country.clone()));
        }
    }
    for (field, value) in unrecognised {
        out.push(on.finding(Rule::ValueNotRecognised, field, &[("value", Value::Same(value.into()))]));
    }
}

fn subprocessor_rules(sp: &SubProcessor, used: &HashSet<Id>, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::SubProcessor, id: sp.id, name: &sp.name, organisation_id: sp.organisation_id };
    if !used.contains(&sp.id) {
        out.push(on.finding(Rule::SubprocessorUnused, "", &[]));
    }
    if sp.country.trim().is_empty() && sp.services.iter().all(|s| s.country.trim().is_empty()) {
        out.push(on.finding(Rule::SubprocessorWithoutCountry, "country", &[]));
    }
    for (i, s) in sp.services.iter().enumerate() {
        if matches!(s.safeguard, Some(Safeguard::PrivacyShield)) {
            out.push(on.finding_in(
                Rule::InvalidSafeguardPrivacyShield,
                Some(Case::Service),
                format!("services.{i}.safeguard"),
                &[],
            ));
        }
    }
}
