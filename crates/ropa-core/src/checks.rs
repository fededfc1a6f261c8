//! Compliance checks: what a register misses or gets wrong in law, each finding with the rule,
//! its severity, the entry and field concerned, the article it rests on, and a message and a hint
//! in each language. Plain functions over a `Register` and today's date. The rules are listed in
//! `catalogue` (ID, severity); their words are in the language files (`locales/*/checks.ftl`).

mod catalogue;
mod completeness;
mod entries;
mod items;
mod record;
mod transfers;

use std::borrow::Cow;
use std::collections::HashSet;

use serde::Serialize;

pub use catalogue::{Case, Rule};
pub use completeness::{checked_completeness, completeness};
use entries::{client_rules, exemption_rules, organisation_rules, subprocessor_rules};
pub use items::{items_of, Item, Needs, ITEMS};
use record::{basis_rules, kept_as_written, retention_rules};
use transfers::transfer_rules;

use crate::date::Date;
use crate::i18n::{self, Arg};
use crate::model::Register;
use crate::model::{
    Activity, Id, LawfulBasis, Organisation, RecipientKind, Role, Safeguard, Sensitivity, SpecialCondition,
    SubProcessor,
};
use crate::reference::{adequacy, countries, international, superseded};
use crate::store::Kind;
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

pub use crate::i18n::Text;

impl Text {
    /// The message `id` of the language files in every language, with the checks' arguments
    /// (dates and words that differ by language).
    pub(crate) fn of(id: &str, args: &[(&str, Value<'_>)]) -> Text {
        Text::each(|lang| {
            let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(name, value)| (*name, value.arg(lang))).collect();
            i18n::message(lang, id, &args)
        })
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
    let mut uses = Uses::default();
    register.activities.iter().for_each(|a| uses.add(a));
    findings.extend(check_catalogue(register, &uses, today));
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

/// What the activities say of the catalogue's entries, gathered an activity at a time (`add`):
/// the catalogue's rules need it, not the activities themselves.
#[derive(Debug, Default)]
pub struct Uses {
    /// The sub-processors some activity engages.
    subprocessors: HashSet<Id>,
    /// The clients (controllers) served by an activity that engages sub-processors: they are
    /// told of a change of sub-processors (Art. 28(2)).
    clients_with_subprocessors: HashSet<Id>,
}

impl Uses {
    pub fn add(&mut self, a: &Activity) {
        if a.is_template() {
            return;
        }
        self.subprocessors.extend(a.subprocessor_ids.iter().copied());
        if a.role == Role::Processor && !a.subprocessor_ids.is_empty() {
            self.clients_with_subprocessors.extend(a.controller_ids.iter().copied());
        }
    }
}

/// The findings on the organisations, clients and sub-processors of `catalogue` (its activities
/// are not read: `uses` says what they use) on `today`. With `check_activity`, the checks of a
/// register read one activity at a time.
pub fn check_catalogue(catalogue: &Register, uses: &Uses, today: Date) -> Vec<Finding> {
    let mut findings = Vec::new();
    for organisation in &catalogue.organisations {
        organisation_rules(organisation, &mut findings);
    }
    for client in &catalogue.controllers {
        client_rules(client, uses, today, &mut findings);
    }
    for sp in &catalogue.subprocessors {
        subprocessor_rules(sp, uses, today, &mut findings);
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

fn activity_rules(a: &Activity, organisation: Option<&Organisation>, today: Date, out: &mut Vec<Finding>) {
    // A template is no processing: nothing of the record to check until it is copied.
    if a.is_template() {
        return;
    }
    let on = On { kind: Kind::Activity, id: a.id, name: &a.name, organisation_id: a.organisation_id };
    let processor = a.role == Role::Processor;

    // Missing Article 30 items, by role (`items`).
    for item in items_of(a.role) {
        if let Some((rule, case)) = item.missing.filter(|_| !(item.held)(a)) {
            out.push(on.finding_in(rule, case, item.covers[0], &[]));
        }
    }
    if processor {
        if let Some(i) = a
            .legal_bases
            .iter()
            .position(|b| matches!(b.basis, LawfulBasis::LegitimateInterests | LawfulBasis::Consent))
        {
            out.push(on.finding(Rule::ProcessorWithOwnLegalBasis, format!("legal_bases.{i}.basis"), &[]));
        }
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
