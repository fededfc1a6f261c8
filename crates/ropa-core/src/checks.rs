//! Compliance checks: what a register misses or gets wrong in law, each finding with the rule,
//! its severity, the entry and field concerned, the article it rests on, and a message and a hint
//! in English and French. Plain functions over a `Register` and today's date.

use std::collections::HashSet;

use serde::Serialize;

use crate::date::Date;
use crate::model::{
    Activity, Id, LawfulBasis, Organisation, RecipientKind, Role, Safeguard, Sensitivity, SpecialCondition,
    SubProcessor,
};
use crate::reference::{adequacy, countries, international, superseded};
use crate::store::{Kind, Register};
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// Words in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Text {
    pub en: String,
    pub fr: String,
}

fn text(en: impl Into<String>, fr: impl Into<String>) -> Text {
    Text { en: en.into(), fr: fr.into() }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Finding {
    /// Stable identifier of the rule ("transfer-without-safeguard").
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
    /// What the rule rests on ("Art. 46 GDPR" / "art. 46 RGPD"); empty when nothing in law.
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
    #[allow(clippy::too_many_arguments)]
    fn finding(
        &self,
        rule: &'static str,
        severity: Severity,
        field: impl Into<String>,
        article: &'static str,
        message: Text,
        hint: Text,
    ) -> Finding {
        Finding {
            rule,
            severity,
            kind: self.kind,
            entity_id: self.id,
            entity_name: self.name.to_string(),
            organisation_id: self.organisation_id,
            field: field.into(),
            article: text(article, article_fr(article)),
            message,
            hint,
        }
    }
}

/// The French citation of an English one: the words the rules use, in the CNIL's usage.
fn article_fr(en: &str) -> String {
    const WORDS: [(&str, &str); 7] = [
        ("Art. ", "art. "),
        (" GDPR", " RGPD"),
        ("CJEU", "CJUE"),
        ("Implementing Decision", "décision d’exécution"),
        ("(EU)", "(UE)"),
        (" and ", " et "),
        ("16 July 2020", "16 juillet 2020"),
    ];
    WORDS.iter().fold(en.to_string(), |text, (from, to)| text.replace(from, to))
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
        let (mut en, mut fr) = (Vec::new(), Vec::new());
        if !sensitive.is_empty() {
            en.push(format!("special-category or criminal-offence data ({sensitive})"));
            fr.push(format!("des données sensibles ou d’infractions ({sensitive})"));
        }
        if !risky.is_empty() {
            en.push(format!("processing that shows risk criteria ({risky})"));
            fr.push(format!("un traitement qui présente des critères de risque ({risky})"));
        }
        en.push("processing that is not occasional, as the activities of a register usually are".into());
        fr.push("un traitement qui n’est pas occasionnel, ce que sont d’ordinaire les activités d’un registre".into());
        out.push(on.finding(
            "record-exemption",
            Severity::Info,
            "headcount",
            "Art. 30(5) GDPR",
            text(
                format!("{} employs {persons} persons, fewer than {threshold}: Art. 30(5) spares it a record only for processing that is occasional, unlikely to result in a risk, and without special-category or criminal-offence data. It does not reach {}.", o.name, en.join("; ")),
                format!("{} emploie {persons} personnes, moins de {threshold} : l’art. 30(5) ne le dispense du registre que pour un traitement occasionnel, peu susceptible de comporter un risque, et sans données sensibles ni d’infractions. Il ne couvre pas {}.", o.name, fr.join(" ; ")),
            ),
            text(
                "Keep the record for every activity the exemption does not reach; a complete record also shows accountability (Art. 5(2)).",
                "Tenez le registre pour chaque activité que l’exemption ne couvre pas ; un registre complet démontre aussi la responsabilité (art. 5(2)).",
            ),
        ));
    }
}

fn organisation_rules(o: &Organisation, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Organisation, id: o.id, name: &o.name, organisation_id: o.id };
    if !o.acts_as_controller && !o.acts_as_processor {
        out.push(on.finding(
            "missing-role",
            Severity::Error,
            "acts_as_controller",
            "Art. 30(1), 30(2) GDPR",
            text(
                "Whether the organisation acts as controller, processor or both is not recorded: the record cannot say which of Art. 30(1) and 30(2) it follows.",
                "Il n’est pas indiqué si l’organisme agit comme responsable de traitement, sous-traitant ou les deux : le registre ne peut pas dire s’il suit l’art. 30(1) ou l’art. 30(2).",
            ),
            text("Tick its roles in the organisation's profile.", "Cochez ses rôles dans la fiche de l’organisme."),
        ));
    }
    if !has_contact(o) {
        out.push(on.finding(
            "missing-contact-details",
            Severity::Error,
            "contact",
            "Art. 30(1)(a), 30(2)(a) GDPR",
            text(
                "The organisation has no contact details: no address, and no e-mail, phone or address for its contact or its DPO.",
                "L’organisme n’a pas de coordonnées : ni adresse, ni courriel, téléphone ou adresse de son contact ou de son DPO.",
            ),
            text(
                "Record the organisation's address and a contact e-mail, and the DPO's.",
                "Indiquez l’adresse de l’organisme et un courriel de contact, ainsi que celui du DPO.",
            ),
        ));
    }
}

fn activity_rules(a: &Activity, organisation: Option<&Organisation>, today: Date, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Activity, id: a.id, name: &a.name, organisation_id: a.organisation_id };
    let processor = a.role == Role::Processor;
    let missing =
        |item: &str, fr_item: &str| text(format!("Not recorded: {item}."), format!("Non renseigné : {fr_item}."));

    // Missing Article 30 items, by role.
    if processor {
        if a.controller_ids.is_empty() {
            out.push(on.finding(
                "processor-without-controller",
                Severity::Error,
                "controller_ids",
                "Art. 30(2)(a) GDPR",
                text(
                    "A processor activity names no controller it is carried out for.",
                    "Un traitement effectué en sous-traitance ne nomme aucun responsable de traitement.",
                ),
                text(
                    "Link the client controllers (Art. 30(2)(a)); if the organisation decides the purposes itself, it is the controller: change the role.",
                    "Liez les responsables clients (art. 30, 2, a) ; si l’organisme décide lui-même des finalités, il est responsable : changez le rôle.",
                ),
            ));
        }
        if let Some(i) = a
            .legal_bases
            .iter()
            .position(|b| matches!(b.basis, LawfulBasis::LegitimateInterests | LawfulBasis::Consent))
        {
            out.push(on.finding(
                "processor-with-own-legal-basis",
                Severity::Warning,
                format!("legal_bases.{i}.basis"),
                "Art. 28(10), Art. 4(7) GDPR",
                text(
                    "A processor activity records its own legitimate interests or consent: the legal basis is the controller's choice, and an organisation that decides the purposes of a processing is its controller.",
                    "Un traitement effectué en sous-traitance indique un intérêt légitime ou un consentement qui lui est propre : la base légale relève du responsable, et l’organisme qui décide des finalités d’un traitement en est le responsable.",
                ),
                text(
                    "If the organisation decides why these data are processed, record the activity as its own (controller); otherwise record the client's basis in the notes, not as its own.",
                    "Si l’organisme décide pourquoi ces données sont traitées, enregistrez l’activité comme la sienne (responsable) ; sinon, notez la base légale du client en remarque.",
                ),
            ));
        }
        if a.purposes.is_empty() && a.description.trim().is_empty() {
            out.push(on.finding(
                "missing-categories-of-processing",
                Severity::Error,
                "purposes",
                "Art. 30(2)(b) GDPR",
                missing("the categories of processing carried out", "catégories de traitements effectués"),
                text("Describe what is done for the controller.", "Décrivez ce qui est fait pour le responsable."),
            ));
        }
    } else {
        for (rule, empty, field, article, en, fr) in [
            ("missing-purposes", a.purposes.is_empty(), "purposes", "Art. 30(1)(b) GDPR", "the purposes", "finalités"),
            (
                "missing-legal-basis",
                a.legal_bases.is_empty(),
                "legal_bases",
                "Art. 6(1) GDPR",
                "the legal basis",
                "base légale",
            ),
            (
                "missing-data-subjects",
                a.data_subjects.is_empty(),
                "data_subjects",
                "Art. 30(1)(c) GDPR",
                "the categories of data subjects",
                "catégories de personnes concernées",
            ),
            (
                "missing-data-categories",
                a.data_categories.is_empty(),
                "data_categories",
                "Art. 30(1)(c) GDPR",
                "the categories of personal data",
                "catégories de données",
            ),
            (
                "missing-retention",
                a.retention.is_empty(),
                "retention",
                "Art. 30(1)(f) GDPR",
                "the time limit for erasure",
                "délai d’effacement",
            ),
        ] {
            if empty {
                out.push(on.finding(
                    rule,
                    Severity::Error,
                    field,
                    article,
                    missing(en, fr),
                    text(
                        "Fill it in: the supervisory authority expects it in the record.",
                        "Complétez-le : l’autorité de contrôle l’attend dans le registre.",
                    ),
                ));
            }
        }
        if a.recipients.is_empty() {
            out.push(on.finding(
                "missing-recipients",
                Severity::Warning,
                "recipients",
                "Art. 30(1)(d) GDPR",
                missing("the categories of recipients", "catégories de destinataires"),
                text(
                    "List who receives the data, internal services included; if truly nobody does, say so in the notes.",
                    "Indiquez qui reçoit les données, services internes compris ; si personne ne les reçoit, précisez-le en note.",
                ),
            ));
        }
    }
    if a.measure_ids.is_empty() {
        out.push(on.finding(
            "missing-security-measures",
            Severity::Error,
            "measure_ids",
            if processor { "Art. 30(2)(d), Art. 32 GDPR" } else { "Art. 30(1)(g), Art. 32 GDPR" },
            missing("the security measures", "mesures de sécurité"),
            text(
                "Link the technical and organisational measures from the organisation's catalogue.",
                "Liez les mesures techniques et organisationnelles du catalogue de l’organisme.",
            ),
        ));
    }

    transfer_rules(a, organisation, today, &on, out);
    basis_rules(a, &on, out);
    retention_rules(a, &on, out);

    // Whether a DPIA is needed is not recorded: the criteria of the guidelines the EDPB endorsed
    // (WP248 rev.01) that the record shows say how likely it is. Two or more: likely required;
    // one: worth assessing, and recording the answer.
    let criteria = crate::reference::dpia::met_by(a);
    if !criteria.is_empty() && a.dpia.required.is_none() && a.dpia.status.is_none() && !processor {
        let (en, fr): (Vec<&str>, Vec<&str>) = criteria.iter().map(|c| (c.en, c.fr)).unzip();
        let (en, fr) = (en.join("; "), fr.join(" ; "));
        if criteria.len() >= 2 {
            out.push(on.finding(
                "dpia-likely",
                Severity::Warning,
                "dpia.required",
                "Art. 35(1) and (3) GDPR; WP248 rev.01 (endorsed by the EDPB)",
                text(
                    format!("The record shows {} of the criteria for which a DPIA is likely required ({en}), and records no DPIA.", criteria.len()),
                    format!("Le registre montre {} des critères pour lesquels une AIPD est probablement requise ({fr}), et n’indique aucune AIPD.", criteria.len()),
                ),
                text(
                    "Carry out a DPIA, or record why none is required, with its reasons.",
                    "Menez une AIPD, ou indiquez pourquoi aucune n’est requise, avec ses raisons.",
                ),
            ));
        } else {
            out.push(on.finding(
                "dpia-screening",
                Severity::Info,
                "dpia.required",
                "Art. 35(1) GDPR; WP248 rev.01 (endorsed by the EDPB)",
                text(
                    format!("The record shows one criterion of the guidelines on DPIA ({en}); two usually call for a DPIA, and one can in some cases."),
                    format!("Le registre montre un critère des lignes directrices sur l’AIPD ({fr}) ; deux appellent en général une AIPD, et un seul peut suffire dans certains cas."),
                ),
                text(
                    "Check whether another criterion applies (large scale, systematic monitoring, innovative technology...) and whether the supervisory authority's list (Art. 35(4)) names this processing, then record whether a DPIA is required.",
                    "Vérifiez si un autre critère s’applique (grande échelle, surveillance systématique, technologie innovante…) et si la liste de l’autorité de contrôle (art. 35(4)) vise ce traitement, puis indiquez si une AIPD est requise.",
                ),
            ));
        }
    }

    if let Some(next) = a.next_review.filter(|d| *d < today) {
        out.push(on.finding(
            "review-overdue",
            Severity::Warning,
            "next_review",
            "Art. 5(2), Art. 24(1) GDPR",
            text(
                format!("The review due on {next} has not been done."),
                format!("La revue prévue le {next} n’a pas été faite."),
            ),
            text(
                "Review the activity, then record the review's date and the next one.",
                "Revoyez l’activité, puis enregistrez la date de revue et la suivante.",
            ),
        ));
    }

    // A category named as a special or criminal-offence one in the DPV vocabulary, but marked
    // standard: the rules above would otherwise pass over it.
    for (i, c) in a.data_categories.iter().enumerate().filter(|(_, c)| c.sensitivity == Sensitivity::Standard) {
        let Some(concept) = crate::reference::dpv::data_category(&c.name) else { continue };
        let name = c.name.trim();
        let (article, en, fr) = match concept.sensitivity {
            Some(Sensitivity::SpecialCategory) => (
                "Art. 9(1) GDPR",
                "a special category of data (Art. 9(1))",
                "une catégorie particulière de données (art. 9(1))",
            ),
            Some(Sensitivity::CriminalOffence) => {
                ("Art. 10 GDPR", "criminal-offence data (Art. 10)", "une donnée relative aux infractions (art. 10)")
            }
            _ => continue,
        };
        out.push(on.finding(
            "sensitive-data-marked-standard",
            Severity::Warning,
            format!("data_categories.{i}.sensitivity"),
            article,
            text(
                format!("\"{name}\" is {en}, but it is marked as standard data."),
                format!("« {name} » est {fr}, mais elle est marquée comme donnée courante."),
            ),
            text(
                "Mark its sensitivity, then record the condition or basis that allows the processing.",
                "Indiquez sa sensibilité, puis la condition ou la base qui permet le traitement.",
            ),
        ));
    }

    // A kind the spreadsheet did not give (the ICO template's recipients column has none) is
    // left unspecified on import rather than guessed.
    for (i, r) in a.recipients.iter().enumerate() {
        if matches!(&r.kind, RecipientKind::Other(s) if s.trim().is_empty()) {
            let name = r.name.trim();
            out.push(on.finding(
                "recipient-kind-missing",
                Severity::Warning,
                format!("recipients.{i}.kind"),
                "Art. 30(1)(d), Art. 28 GDPR",
                text(
                    format!("What kind of recipient \"{name}\" is (internal, processor, third party, public authority) is not recorded."),
                    format!("La nature du destinataire « {name} » (interne, sous-traitant, tiers, autorité publique) n’est pas renseignée."),
                ),
                text(
                    "Choose its kind: a processor needs an Art. 28 contract, a third party a basis for the disclosure.",
                    "Choisissez sa nature : un sous-traitant appelle un contrat au titre de l’art. 28, un tiers une base pour la communication.",
                ),
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
        let country = if t.international_organisation { None } else { countries::recognise(&t.country) };
        let decision = country.and_then(|c| adequacy::for_country(c.code));
        // The former clauses the safeguard and its texts name, if any.
        let superseded = t
            .safeguard
            .as_ref()
            .and_then(|s| superseded_named(s, &[&t.safeguard_detail, &t.documentation], t.scc_module));
        // Inside the EU or the EEA (outermost regions and Åland included): no transfer at all.
        if let Some(c) = country.filter(|c| c.in_eea()) {
            out.push(on.finding(
                "transfer-inside-eea",
                Severity::Info,
                field("country"),
                "Art. 44 GDPR; Art. 52 TEU; Art. 349, 355 TFEU",
                text(
                    format!("{to} is inside the EU or the EEA ({}): data sent there are not transferred to a third country, and need no safeguard.", c.en),
                    format!("{to} se trouve dans l’UE ou l’EEE ({}) : les données qui y sont envoyées ne sont pas transférées vers un pays tiers et n’appellent aucune garantie.", c.fr),
                ),
                text(
                    "Keep it among the places where the data are processed rather than among the transfers.",
                    "Indiquez-le plutôt parmi les lieux où les données sont traitées que parmi les transferts.",
                ),
            ));
            continue;
        }
        // A decision adopted for a time, relied on after its end or near it.
        if let (Some(c), Some(d), Some(end)) = (country, decision, decision.and_then(|d| d.expires)) {
            let relied_on = matches!(t.safeguard, Some(Safeguard::Adequacy) | None);
            let soon = today.plus_days(ADEQUACY_NOTICE_DAYS).is_some_and(|later| later >= end);
            if relied_on && !d.applies_on(today) {
                out.push(on.finding(
                    "adequacy-expired",
                    Severity::Error,
                    field("safeguard"),
                    "Art. 45 GDPR",
                    text(
                        format!("The adequacy decision for {} ({}) applied until {end} and no longer does; the transfer to {to} has no safeguard.", c.en, d.decision),
                        format!("La décision d’adéquation pour ce pays ({}, {}) s’appliquait jusqu’au {end} et ne s’applique plus ; le transfert vers {to} n’a plus de garantie.", c.fr, d.decision),
                    ),
                    text(
                        "Check whether the Commission renewed it; otherwise put standard contractual clauses or another Art. 46 safeguard in place.",
                        "Vérifiez si la Commission l’a renouvelée ; sinon, mettez en place des clauses contractuelles types ou une autre garantie de l’art. 46.",
                    ),
                ));
                continue;
            }
            if relied_on && soon {
                out.push(on.finding(
                    "adequacy-expiring",
                    Severity::Warning,
                    field("safeguard"),
                    "Art. 45 GDPR",
                    text(
                        format!("The adequacy decision for {} ({}) applies until {end}.", c.en, d.decision),
                        format!("La décision d’adéquation pour ce pays ({}, {}) s’applique jusqu’au {end}.", c.fr, d.decision),
                    ),
                    text(
                        "Watch for its renewal, and prepare another safeguard for the transfer in case it lapses.",
                        "Surveillez son renouvellement et préparez une autre garantie pour ce transfert au cas où elle ne serait pas renouvelée.",
                    ),
                ));
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
                out.push(on.finding(
                    "scc-module-missing",
                    Severity::Info,
                    field("scc_module"),
                    "Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Annex",
                    text(
                        format!("The transfer to {to} relies on standard contractual clauses; their module is not recorded."),
                        format!("Le transfert vers {to} repose sur des clauses contractuelles types ; leur module n’est pas indiqué."),
                    ),
                    text(
                        "Record the module: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller. (The 2021 clauses are not made for an importer already subject to the GDPR under Art. 3(2).)",
                        "Indiquez le module : 1 responsable à responsable, 2 responsable à sous-traitant, 3 sous-traitant à sous-traitant, 4 sous-traitant à responsable. (Les clauses de 2021 ne sont pas faites pour un importateur déjà soumis au RGPD en vertu de l’art. 3(2).)",
                    ),
                ));
            }
            let adequate = decision.is_some_and(|d| d.partial.is_none() && d.applies_on(today));
            if art_46
                && superseded.is_none()
                && !adequate
                && country.is_some()
                && t.impact_assessment.trim().is_empty()
                && t.impact_assessment_on.is_none()
            {
                out.push(on.finding(
                    "transfer-impact-assessment-missing",
                    Severity::Info,
                    field("impact_assessment"),
                    "Art. 46(1) GDPR; CJEU C-311/18; EDPB Recommendations 01/2020",
                    text(
                        format!("The transfer to {to} relies on an Art. 46 safeguard; no transfer impact assessment is recorded."),
                        format!("Le transfert vers {to} repose sur une garantie de l’art. 46 ; aucune analyse d’impact du transfert n’est indiquée."),
                    ),
                    text(
                        "Assess whether the law and practice of the country of destination let the safeguard be effective, and record where the assessment is and its date.",
                        "Évaluez si le droit et la pratique du pays de destination permettent à la garantie d’être effective, et indiquez où se trouve l’analyse et sa date.",
                    ),
                ));
            }
        }
        match &t.safeguard {
            Some(Safeguard::PrivacyShield) => out.push(on.finding(
                "invalid-safeguard-privacy-shield",
                Severity::Error,
                field("safeguard"),
                "Art. 44, 45 GDPR; CJEU C-311/18 (16 July 2020)",
                text(
                    format!("The transfer to {to} relies on the EU-US Privacy Shield, which the Court of Justice invalidated on 16 July 2020 (Schrems II, C-311/18)."),
                    format!("Le transfert vers {to} repose sur le Privacy Shield, invalidé par la Cour de justice le 16 juillet 2020 (Schrems II, C-311/18)."),
                ),
                text(
                    "Rely on the EU-US Data Privacy Framework if the recipient is certified, or on the 2021 standard contractual clauses, and update the record.",
                    "Appuyez-vous sur le Data Privacy Framework si le destinataire est certifié, ou sur les clauses contractuelles types de 2021, et mettez le registre à jour.",
                ),
            )),
            Some(Safeguard::Adequacy) => match (country, decision) {
                (Some(c), None) if !c.in_eea() => out.push(on.finding(
                    "adequacy-not-in-force",
                    Severity::Error,
                    field("safeguard"),
                    "Art. 45 GDPR",
                    text(
                        format!("The transfer to {to} claims an adequacy decision, and the Commission has adopted none for {}.", c.en),
                        format!("Le transfert vers {to} invoque une décision d’adéquation, et la Commission n’en a adopté aucune pour ce pays ({}).", c.fr),
                    ),
                    text(
                        "Choose the safeguard actually in place (standard contractual clauses, binding corporate rules...) or an Art. 49 derogation.",
                        "Choisissez la garantie réellement en place (clauses contractuelles types, règles d’entreprise contraignantes…) ou une dérogation de l’art. 49.",
                    ),
                )),
                (Some(c), Some(d)) if c.code == "US" && !mentions_dpf(&[&t.safeguard_detail, &t.documentation]) => out.push(on.finding(
                    "adequacy-us-without-dpf",
                    Severity::Warning,
                    field("safeguard_detail"),
                    "Art. 45 GDPR; Implementing Decision (EU) 2023/1795",
                    text(
                        format!("The transfer to {to} relies on the US adequacy decision of {}, which covers only organisations certified under the EU-US Data Privacy Framework; the certification is not noted.", d.adopted),
                        format!("Le transfert vers {to} repose sur la décision d’adéquation américaine du {}, qui ne couvre que les organisations certifiées au titre du Data Privacy Framework ; la certification n’est pas notée.", d.adopted),
                    ),
                    text(
                        "Check the recipient on the DPF list (dataprivacyframework.gov) and note its certification in the safeguard's details.",
                        "Vérifiez le destinataire sur la liste du DPF (dataprivacyframework.gov) et notez sa certification dans les précisions de la garantie.",
                    ),
                )),
                (Some(c), Some(d)) => {
                    if let Some((en, fr)) = d.partial.filter(|_| c.code != "US") {
                        out.push(on.finding(
                            "adequacy-partial",
                            Severity::Info,
                            field("safeguard"),
                            "Art. 45 GDPR",
                            text(
                                format!("The adequacy decision for {} covers only {en}.", c.en),
                                format!("La décision d’adéquation pour ce pays ({}) ne couvre que les {fr}.", c.fr),
                            ),
                            text("Make sure the recipient is covered.", "Assurez-vous que le destinataire est couvert."),
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
                    "superseded-contractual-clauses",
                    Severity::Error,
                    field("safeguard"),
                    "Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Art. 4",
                    text(
                        format!("The transfer to {to} relies on the former standard contractual clauses ({}), which could be relied on until {} and are no longer a safeguard.", old.decision, old.until),
                        format!("Le transfert vers {to} repose sur les anciennes clauses contractuelles types ({}), qui pouvaient être invoquées jusqu’au {} et ne sont plus une garantie.", old.decision, old.until),
                    ),
                    text(
                        "Put the 2021 standard contractual clauses (Implementing Decision (EU) 2021/914) in place with the recipient, record them and their module.",
                        "Mettez en place avec le destinataire les clauses contractuelles types de 2021 (décision d’exécution (UE) 2021/914), puis indiquez-les avec leur module.",
                    ),
                ));
            }
            Some(Safeguard::Derogation(crate::model::Derogation::CompellingLegitimateInterests)) => out.push(on.finding(
                "derogation-compelling-interests",
                Severity::Info,
                field("safeguard"),
                "Art. 49(1), second subparagraph, and 49(6) GDPR",
                text(
                    format!("The transfer to {to} relies on compelling legitimate interests: only when no other ground applies, for a transfer that is not repetitive and concerns a limited number of data subjects, for interests not overridden by theirs, after assessing all the circumstances and providing suitable safeguards; never for public authorities exercising their public powers (Art. 49(3))."),
                    format!("Le transfert vers {to} repose sur des intérêts légitimes impérieux : seulement lorsqu’aucun autre fondement ne s’applique, pour un transfert non répétitif concernant un nombre limité de personnes, pour des intérêts sur lesquels ne prévalent pas les leurs, après évaluation de toutes les circonstances et avec des garanties appropriées ; jamais pour les autorités publiques dans l’exercice de leurs prérogatives (art. 49(3))."),
                ),
                text(
                    "Inform the supervisory authority of the transfer, and the data subjects of it and of the interests pursued; document the assessment and the safeguards in this record.",
                    "Informez l’autorité de contrôle du transfert, et les personnes concernées du transfert et des intérêts poursuivis ; documentez l’évaluation et les garanties dans ce registre.",
                ),
            )),
            None => match country {
                Some(c) if !c.in_eea() => {
                    let (severity, message, hint) = match adequacy::for_country(c.code) {
                        // A decision that covers only part of the country covers the recipient
                        // only if it is in that part, which the record does not say.
                        Some(d) if d.partial.is_some() => {
                            let (en, fr) = d.partial.unwrap_or_default();
                            (
                                Severity::Warning,
                                text(
                                    format!("The transfer to {to} records no safeguard; the adequacy decision for {} ({}) covers only {en}: unless the recipient is covered, this is a transfer without a safeguard.", c.en, d.decision),
                                    format!("Le transfert vers {to} n’indique aucune garantie ; la décision d’adéquation pour ce pays ({}, {}) ne couvre que les {fr} : à moins que le destinataire en relève, ce transfert est sans garantie.", c.fr, d.decision),
                                ),
                                text(
                                    "If the recipient is covered (for the United States: listed under the Data Privacy Framework), record the adequacy decision as the safeguard and note how; otherwise record the Art. 46 safeguard or the Art. 49 derogation relied on.",
                                    "Si le destinataire est couvert (pour les États-Unis : inscrit au Data Privacy Framework), indiquez la décision d’adéquation comme garantie et précisez-le ; sinon, indiquez la garantie de l’art. 46 ou la dérogation de l’art. 49 invoquée.",
                                ),
                            )
                        }
                        Some(d) => (
                            Severity::Info,
                            text(
                                format!("The transfer to {to} records no safeguard; {} has an adequacy decision ({}).", c.en, d.decision),
                                format!("Le transfert vers {to} n’indique aucune garantie ; ce pays ({}) bénéficie d’une décision d’adéquation ({}).", c.fr, d.decision),
                            ),
                            text("Record the adequacy decision as the safeguard.", "Indiquez la décision d’adéquation comme garantie."),
                        ),
                        None => (
                            Severity::Error,
                            text(
                                format!("The transfer to {to}, a third country without an adequacy decision, records no safeguard."),
                                format!("Le transfert vers {to}, pays tiers sans décision d’adéquation, n’indique aucune garantie."),
                            ),
                            text(
                                "Record the Art. 46 safeguard in place (standard contractual clauses, binding corporate rules...) or the Art. 49 derogation relied on.",
                                "Indiquez la garantie de l’art. 46 en place (clauses contractuelles types, règles d’entreprise contraignantes…) ou la dérogation de l’art. 49 invoquée.",
                            ),
                        ),
                    };
                    out.push(on.finding("transfer-without-safeguard", severity, field("safeguard"), "Art. 44, 46 GDPR", message, hint));
                }
                _ => {}
            },
            _ => {}
        }
    }
    for (field, c) in third_countries_without_transfer(a, organisation) {
        out.push(on.finding(
            "third-country-without-transfer",
            Severity::Warning,
            field,
            "Art. 30(1)(e), 44 GDPR",
            text(
                format!("Data are kept or received in {}, a third country, and no transfer to it is recorded.", c.en),
                format!("Des données sont conservées ou reçues dans un pays tiers ({}), et aucun transfert vers ce pays n’est enregistré.", c.fr),
            ),
            text(
                "Add the transfer with its safeguard, or correct the country.",
                "Ajoutez le transfert avec sa garantie, ou corrigez le pays.",
            ),
        ));
    }
}

fn mentions_dpf(texts: &[&str]) -> bool {
    texts.iter().map(|t| fold(t)).any(|t| t.contains("dpf") || t.contains("data privacy framework"))
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
    match (&t.safeguard, io) {
        (None, None) => out.push(on.finding(
            "transfer-without-safeguard",
            Severity::Error,
            field("safeguard"),
            "Art. 44, 46 GDPR",
            text(
                format!("The transfer to {to}, an international organisation without an adequacy decision, records no safeguard."),
                format!("Le transfert vers {to}, organisation internationale sans décision d’adéquation, n’indique aucune garantie."),
            ),
            text(
                "Record the Art. 46 safeguard in place (an instrument between public authorities, standard contractual clauses...) or the Art. 49 derogation relied on.",
                "Indiquez la garantie de l’art. 46 en place (instrument entre autorités publiques, clauses contractuelles types…) ou la dérogation de l’art. 49 invoquée.",
            ),
        )),
        (None, Some(o)) => out.push(on.finding(
            "transfer-without-safeguard",
            Severity::Info,
            field("safeguard"),
            "Art. 45 GDPR",
            text(
                format!("The transfer to {to} records no safeguard; the {} has an adequacy decision ({}), which covers {}.", o.en, o.decision, o.covers.0),
                format!("Le transfert vers {to} n’indique aucune garantie ; l’{} bénéficie d’une décision d’adéquation ({}), qui couvre les {}.", o.fr, o.decision, o.covers.1),
            ),
            text("Record the adequacy decision as the safeguard.", "Indiquez la décision d’adéquation comme garantie."),
        )),
        (Some(Safeguard::Adequacy), None) => out.push(on.finding(
            "adequacy-not-in-force",
            Severity::Error,
            field("safeguard"),
            "Art. 45 GDPR",
            text(
                format!("The transfer to {to} claims an adequacy decision, and the Commission has adopted none for this international organisation."),
                format!("Le transfert vers {to} invoque une décision d’adéquation, et la Commission n’en a adopté aucune pour cette organisation internationale."),
            ),
            text(
                "Choose the safeguard actually in place, or an Art. 49 derogation.",
                "Choisissez la garantie réellement en place, ou une dérogation de l’art. 49.",
            ),
        )),
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
                LawfulBasis::LegitimateInterests if b.detail.trim().is_empty() => out.push(on.finding(
                    "legitimate-interest-unstated",
                    Severity::Warning,
                    format!("legal_bases.{i}.detail"),
                    "Art. 6(1)(f), Art. 13(1)(d) GDPR",
                    text("Legitimate interests are the basis, and the interest pursued is not stated.", "L’intérêt légitime est la base légale, et l’intérêt poursuivi n’est pas indiqué."),
                    text("State the interest, and where the balancing test is kept.", "Indiquez l’intérêt poursuivi, et où la mise en balance est conservée."),
                )),
                LawfulBasis::Consent if b.evidence.trim().is_empty() => out.push(on.finding(
                    "consent-without-record",
                    Severity::Warning,
                    format!("legal_bases.{i}.evidence"),
                    "Art. 7(1) GDPR",
                    text("Consent is the basis, and where it is recorded is not said.", "Le consentement est la base légale, et l’endroit où il est recueilli et conservé n’est pas indiqué."),
                    text("Say how consent is collected and where the proof of it is kept.", "Indiquez comment le consentement est recueilli et où sa preuve est conservée."),
                )),
                _ => {}
            }
        }
    }
    let special: Vec<usize> = indices(a, Sensitivity::SpecialCategory);
    if let Some(&i) = special.first().filter(|_| a.special_bases.is_empty()) {
        out.push(on.finding(
            "special-category-without-condition",
            Severity::Error,
            format!("data_categories.{i}.sensitivity"),
            "Art. 9(1) and (2) GDPR",
            text(
                format!(
                    "\"{}\" is special-category data, and no Art. 9(2) condition is recorded.",
                    a.data_categories[i].name
                ),
                format!(
                    "« {} » est une donnée sensible, et aucune condition de l’art. 9, 2, n’est indiquée.",
                    a.data_categories[i].name
                ),
            ),
            text(
                "Record the Art. 9(2) condition that allows the processing.",
                "Indiquez la condition de l’art. 9, 2, qui permet le traitement.",
            ),
        ));
    }
    let criminal = indices(a, Sensitivity::CriminalOffence);
    if let Some(&i) = criminal.first().filter(|_| a.criminal_basis.trim().is_empty()) {
        out.push(on.finding(
            "criminal-data-without-basis",
            Severity::Error,
            format!("data_categories.{i}.sensitivity"),
            "Art. 10 GDPR",
            text(
                format!(
                    "\"{}\" is criminal-offence data, and no Art. 10 basis is recorded.",
                    a.data_categories[i].name
                ),
                format!(
                    "« {} » relève des condamnations et infractions, et aucun fondement de l’art. 10 n’est indiqué.",
                    a.data_categories[i].name
                ),
            ),
            text(
                "Record the official authority or the Union or Member State law that authorises the processing.",
                "Indiquez l’autorité publique ou le texte du droit de l’Union ou national qui autorise le traitement.",
            ),
        ));
    }
}

fn indices(a: &Activity, sensitivity: Sensitivity) -> Vec<usize> {
    a.data_categories.iter().enumerate().filter(|(_, c)| c.sensitivity == sensitivity).map(|(i, _)| i).collect()
}

fn retention_rules(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    const FOREVER: [&str; 7] =
        ["indefinite", "indefinitely", "forever", "permanent", "unlimited", "indefini", "illimite"];
    for (i, r) in a.retention.iter().enumerate() {
        let words = fold(&format!("{} {}", r.criteria, r.from_event));
        if FOREVER.iter().any(|w| words.contains(w)) {
            out.push(on.finding(
                "retention-indefinite",
                Severity::Warning,
                format!("retention.{i}.criteria"),
                "Art. 5(1)(e) GDPR",
                text("Data are kept indefinitely.", "Les données sont conservées sans limite de durée."),
                text(
                    "Set a period, or the criteria that end it (Art. 30(1)(f)); archiving in the public interest has its own rules (Art. 89).",
                    "Fixez une durée, ou les critères qui y mettent fin (art. 30, 1, f) ; l’archivage dans l’intérêt public a ses propres règles (art. 89).",
                ),
            ));
        }
    }
    let kinds: std::collections::BTreeSet<_> =
        a.data_categories.iter().map(|c| format!("{:?}", c.sensitivity)).collect();
    let blanket = a.retention.len() == 1 && a.retention[0].applies_to.trim().is_empty();
    if blanket && kinds.len() > 1 {
        out.push(on.finding(
            "retention-not-per-category",
            Severity::Info,
            "retention",
            "Art. 5(1)(e), Art. 30(1)(f) GDPR",
            text(
                "One time limit covers data of different kinds (special-category or criminal-offence data with ordinary data).",
                "Une seule durée couvre des données de natures différentes (données sensibles ou d’infractions avec des données courantes).",
            ),
            text("Check whether each category needs its own time limit.", "Vérifiez si chaque catégorie appelle sa propre durée."),
        ));
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
        out.push(on.finding(
            "value-not-recognised",
            Severity::Warning,
            field,
            "",
            text(
                format!("\"{value}\" was kept as written: it is none of the values ropa knows, so the checks cannot weigh it."),
                format!("« {value} » a été conservé tel quel : ce n’est aucune des valeurs que ropa connaît, et les contrôles ne peuvent pas l’apprécier."),
            ),
            text("Choose the matching value from the list, or keep it if it is right.", "Choisissez la valeur correspondante dans la liste, ou gardez-la si elle est juste."),
        ));
    }
}

fn subprocessor_rules(sp: &SubProcessor, used: &HashSet<Id>, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::SubProcessor, id: sp.id, name: &sp.name, organisation_id: sp.organisation_id };
    if !used.contains(&sp.id) {
        out.push(on.finding(
            "subprocessor-unused",
            Severity::Info,
            "",
            "Art. 28(2), Art. 30 GDPR",
            text("No activity uses this sub-processor.", "Aucune activité ne fait appel à ce sous-traitant ultérieur."),
            text(
                "Link it to the activities it serves, or remove it if it is no longer used.",
                "Liez-le aux activités qu’il sert, ou supprimez-le s’il n’est plus utilisé.",
            ),
        ));
    }
    if sp.country.trim().is_empty() && sp.services.iter().all(|s| s.country.trim().is_empty()) {
        out.push(on.finding(
            "subprocessor-without-country",
            Severity::Warning,
            "country",
            "Art. 28(2), Art. 44 GDPR",
            text(
                "Where this sub-processor processes the data is not recorded.",
                "Le pays où ce sous-traitant ultérieur traite les données n’est pas indiqué.",
            ),
            text(
                "Record its country, or the country of each of its services.",
                "Indiquez son pays, ou celui de chacune de ses prestations.",
            ),
        ));
    }
    for (i, s) in sp.services.iter().enumerate() {
        if matches!(s.safeguard, Some(Safeguard::PrivacyShield)) {
            out.push(on.finding(
                "invalid-safeguard-privacy-shield",
                Severity::Error,
                format!("services.{i}.safeguard"),
                "Art. 44, 45 GDPR; CJEU C-311/18 (16 July 2020)",
                text(
                    "A service of this sub-processor relies on the EU-US Privacy Shield, invalidated on 16 July 2020 (C-311/18).",
                    "Une prestation de ce sous-traitant ultérieur repose sur le Privacy Shield, invalidé le 16 juillet 2020 (C-311/18).",
                ),
                text(
                    "Rely on the Data Privacy Framework if it is certified, or on the 2021 standard contractual clauses.",
                    "Appuyez-vous sur le Data Privacy Framework s’il est certifié, ou sur les clauses contractuelles types de 2021.",
                ),
            ));
        }
    }
}
