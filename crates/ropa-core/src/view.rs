//! Read-only views of the register for output: activities with their links inlined.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::Register;
use crate::model::{Activity, Controller, Measure, SubProcessor};

/// An activity with its organisation, controllers, sub-processors and measures inlined.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivityView {
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub activity: Activity,
    pub organisation: String,
    pub controllers: Vec<Controller>,
    pub subprocessors: Vec<SubProcessor>,
    pub measures: Vec<Measure>,
}

/// Every activity of the register, in its order, with links resolved.
pub fn activities(register: &Register) -> Vec<ActivityView> {
    register.activities.iter().map(|a| activity(register, a)).collect()
}

pub fn activity(register: &Register, activity: &Activity) -> ActivityView {
    ActivityView {
        activity: activity.clone(),
        organisation: register
            .organisations
            .iter()
            .find(|o| o.id == activity.organisation_id)
            .map(|o| o.name.clone())
            .unwrap_or_default(),
        controllers: pick(&activity.controller_ids, &register.controllers, |c| c.id),
        subprocessors: pick(&activity.subprocessor_ids, &register.subprocessors, |s| s.id),
        measures: pick(&activity.measure_ids, &register.measures, |m| m.id),
    }
}

/// The items of `pool` with these ids, in the order of `ids`.
fn pick<T: Clone>(ids: &[i64], pool: &[T], id: impl Fn(&T) -> i64) -> Vec<T> {
    ids.iter().filter_map(|wanted| pool.iter().find(|item| id(item) == *wanted).cloned()).collect()
}

/// One organisation's part of the register.
pub fn for_organisation(register: &Register, organisation: i64) -> Register {
    Register {
        organisations: register.organisations.iter().filter(|o| o.id == organisation).cloned().collect(),
        controllers: register.controllers.iter().filter(|c| c.organisation_id == organisation).cloned().collect(),
        sites: register.sites.iter().filter(|s| s.organisation_id == organisation).cloned().collect(),
        subprocessors: register.subprocessors.iter().filter(|s| s.organisation_id == organisation).cloned().collect(),
        measures: register.measures.iter().filter(|m| m.organisation_id == organisation).cloned().collect(),
        activities: register.activities.iter().filter(|a| a.organisation_id == organisation).cloned().collect(),
    }
}

/// What a processor sends one client: the processor activities carried out for that controller,
/// with the controller itself and the sub-processors, sites and measures those activities use.
/// The DPO's internal notes are left out: they are not the client's to read.
pub fn for_controller(register: &Register, controller: i64) -> Register {
    let activities: Vec<Activity> = register
        .activities
        .iter()
        .filter(|a| {
            a.role == crate::model::Role::Processor && a.controller_ids.contains(&controller) && !a.is_template()
        })
        .map(|a| Activity { notes: String::new(), ..a.clone() })
        .collect();
    let used = |ids: fn(&Activity) -> &Vec<i64>, id: i64| activities.iter().any(|a| ids(a).contains(&id));
    let subprocessors: Vec<SubProcessor> = register
        .subprocessors
        .iter()
        .filter(|s| used(|a| &a.subprocessor_ids, s.id))
        .map(|s| SubProcessor { notes: String::new(), ..s.clone() })
        .collect();
    let organisation = register.controllers.iter().find(|c| c.id == controller).map(|c| c.organisation_id);
    Register {
        organisations: register
            .organisations
            .iter()
            .filter(|o| Some(o.id) == organisation)
            .map(|o| crate::model::Organisation { notes: String::new(), ..o.clone() })
            .collect(),
        controllers: register
            .controllers
            .iter()
            .filter(|c| c.id == controller)
            .map(|c| crate::model::Controller { notes: String::new(), ..c.clone() })
            .collect(),
        sites: register
            .sites
            .iter()
            .filter(|site| subprocessors.iter().flat_map(|s| &s.services).any(|svc| svc.site_id == Some(site.id)))
            .cloned()
            .collect(),
        measures: register.measures.iter().filter(|m| used(|a| &a.measure_ids, m.id)).cloned().collect(),
        subprocessors,
        activities,
    }
}

/// What a record covers, and whose it is: the organisation given (or the only one there is), or
/// one controller's part of its processor's register. A register of several organisations needs
/// one chosen.
pub fn record(
    register: &Register,
    organisation: Option<i64>,
    controller: Option<i64>,
) -> crate::Result<(Register, crate::model::Organisation)> {
    use crate::Error;
    let controller = controller
        .map(|id| register.controllers.iter().find(|c| c.id == id).ok_or(Error::NotFound { entity: "controller", id }))
        .transpose()?;
    let organisation = match organisation.or(controller.map(|c| c.organisation_id)) {
        Some(id) => {
            register.organisations.iter().find(|o| o.id == id).ok_or(Error::NotFound { entity: "organisation", id })?
        }
        None => match register.organisations.as_slice() {
            [one] => one,
            [] => return Err(Error::NoMatch(crate::tr_all!("error-no-organisation-yet"))),
            many => {
                let names: Vec<&str> = many.iter().map(|o| o.name.as_str()).collect();
                return Err(Error::Ambiguous(crate::tr_all!("error-choose-organisation", names = names.join(", "))));
            }
        },
    };
    if let Some(c) = controller.filter(|c| c.organisation_id != organisation.id) {
        let (client, of) = (c.name.as_str(), organisation.name.as_str());
        return Err(Error::NoMatch(crate::tr_all!("error-not-a-client", client = client, organisation = of)));
    }
    let part = match controller {
        Some(c) => for_controller(register, c.id),
        None => for_organisation(register, organisation.id),
    };
    Ok((part, organisation.clone()))
}

/// What a list of activities shows and filters on, without the rest of the activity: a register
/// of 10,000 activities stays small enough to hand to a window at once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActivitySummary {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub reference: String,
    pub role: crate::model::Role,
    pub status: crate::model::Status,
    pub updated_on: Option<crate::date::Date>,
    pub controller_ids: Vec<i64>,
    pub subprocessor_ids: Vec<i64>,
    pub measure_ids: Vec<i64>,
    /// The ISO codes of the countries its data go to or are kept in (transfers, locations,
    /// recipients), recognised ones only, without repeats.
    pub countries: Vec<String>,
    /// The codes of its Art. 6 legal bases ("consent", "other"...).
    pub bases: Vec<String>,
    /// Share of the Art. 30 items filled, those an error concerns not counted (see
    /// `checks::checked_completeness`).
    pub score: crate::checks::Score,
    /// How many findings of each severity the checks have on it.
    pub errors: u32,
    pub warnings: u32,
}

/// One activity's summary, given its score and the counts of the checks' findings on it.
pub fn summary(a: &Activity, score: crate::checks::Score, errors: u32, warnings: u32) -> ActivitySummary {
    use crate::vocab::Vocabulary;
    let mut countries: Vec<String> = a
        .transfers
        .iter()
        .map(|t| &t.country)
        .chain(a.locations.iter().map(|l| &l.country))
        .chain(a.recipients.iter().map(|r| &r.country))
        .filter_map(|c| crate::reference::countries::recognise(c))
        .map(|c| c.code.to_string())
        .collect();
    countries.sort();
    countries.dedup();
    ActivitySummary {
        id: a.id,
        organisation_id: a.organisation_id,
        name: a.name.clone(),
        reference: a.reference.clone(),
        role: a.role,
        status: a.status,
        updated_on: a.updated_on,
        controller_ids: a.controller_ids.clone(),
        subprocessor_ids: a.subprocessor_ids.clone(),
        measure_ids: a.measure_ids.clone(),
        countries,
        bases: a
            .legal_bases
            .iter()
            .filter_map(|b| b.basis.words().map(|w| w.code.to_string()))
            .chain(a.legal_bases.iter().filter(|b| b.basis.words().is_none()).map(|_| "other".to_string()))
            .collect(),
        score,
        errors,
        warnings,
    }
}

/// An activity's words for a search, folded (`text::fold`): every text the activity holds, so
/// that a DPO finds it by any of them (a RIB in a data category's detail, cameras in a place or
/// the notes). Not the values of its enumerations (kinds, bases, safeguards), which are a list's
/// words rather than the record's, nor its joint controllers' details beyond their names. Apart
/// from its summary: they are half of what a list of 10,000 weighs, and a window can show the
/// list before it has them. Each text read once, and one fold of them joined: the cost grows
/// with the activity's length, whatever the register's.
pub fn search_text(a: &Activity) -> String {
    let mut words: Vec<&str> = Vec::with_capacity(64);
    words.extend(crate::csv::fields::TEXT_FIELDS.iter().map(|t| (t.get)(a).as_str()));
    words.extend(a.purposes.iter().map(String::as_str));
    words.extend(a.data_subjects.iter().map(String::as_str));
    words.extend(a.joint_controllers.iter().map(|c| c.name.as_str()));
    for c in &a.data_categories {
        words.extend([&c.name, &c.detail].map(String::as_str));
    }
    for r in &a.recipients {
        words.extend([&r.name, &r.country].map(String::as_str));
    }
    for b in &a.legal_bases {
        words.extend([&b.detail, &b.evidence].map(String::as_str));
    }
    words.extend(a.special_bases.iter().map(|b| b.detail.as_str()));
    for l in &a.locations {
        words.extend([&l.country, &l.place, &l.provider].map(String::as_str));
    }
    for t in &a.transfers {
        words.extend(
            [&t.recipient, &t.country, &t.safeguard_detail, &t.documentation, &t.impact_assessment].map(String::as_str),
        );
    }
    for r in &a.retention {
        words.extend([&r.applies_to, &r.from_event, &r.criteria].map(String::as_str));
    }
    // Empty texts left out: most of an activity's are, and the join would only grow by them.
    words.retain(|w| !w.trim().is_empty());
    crate::text::fold(&words.join("\n"))
}

/// The checks' errors and warnings on an organisation's entries, all of them, and the
/// completeness of its register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationChecks {
    pub organisation_id: i64,
    pub errors: u32,
    pub warnings: u32,
    /// Its activities' scores together: the items filled over the items, of all of them (what
    /// `checks::check` gives as `register_score` for its part of the register).
    pub score: crate::checks::Score,
}

/// What a window lists: the catalogue (organisations, clients, sites, sub-processors, measures),
/// a summary of each activity, and the checks' counts per organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub catalogue: Register,
    pub activities: Vec<ActivitySummary>,
    pub organisation_checks: Vec<OrganisationChecks>,
    /// Each activity's id and `search_text`, in the order of `activities`.
    pub search_texts: Vec<(i64, String)>,
}

/// The overview of the whole store on `today`, reading the activities a batch at a time and
/// keeping only their summaries: a register of 10,000 activities is never held whole. The same
/// result as summarising `check` over the whole register (a test holds them equal).
pub fn overview(store: &crate::store::Store, today: crate::date::Date) -> crate::Result<Overview> {
    use crate::checks::{check_activity, check_catalogue, checked_completeness, Severity};
    let catalogue = store.catalogue(None)?;
    let mut activities = Vec::with_capacity(store.count_activities(None)? as usize);
    let mut search_texts = Vec::with_capacity(activities.capacity());
    let mut uses = crate::checks::Uses::default();
    let mut per_organisation: HashMap<i64, OrganisationChecks> = HashMap::new();
    let count = |findings: &[crate::checks::Finding], sum: &mut HashMap<i64, OrganisationChecks>| {
        for f in findings {
            let entry = sum.entry(f.organisation_id).or_default();
            match f.severity {
                Severity::Error => entry.errors += 1,
                Severity::Warning => entry.warnings += 1,
                Severity::Info => {}
            }
        }
    };
    store.each_activity(None, |a| {
        let organisation = catalogue.organisations.iter().find(|o| o.id == a.organisation_id);
        let findings = check_activity(&a, organisation, today);
        count(&findings, &mut per_organisation);
        let of = |s| findings.iter().filter(|f| f.severity == s).count() as u32;
        uses.add(&a);
        let score = checked_completeness(&a, organisation, &findings);
        let sum = per_organisation.entry(a.organisation_id).or_default();
        sum.score = sum.score + score;
        activities.push(summary(&a, score, of(Severity::Error), of(Severity::Warning)));
        search_texts.push((a.id, search_text(&a)));
        Ok(())
    })?;
    count(&check_catalogue(&catalogue, &uses, today), &mut per_organisation);
    let organisation_checks = catalogue
        .organisations
        .iter()
        .map(|o| OrganisationChecks {
            organisation_id: o.id,
            ..per_organisation.get(&o.id).copied().unwrap_or_default()
        })
        .collect();
    Ok(Overview { catalogue, activities, organisation_checks, search_texts })
}

#[cfg(test)]
mod tests {
    use super::search_text;
    use crate::model::{
        Activity, Contact, DataCategory, LawfulBasis, LegalBasis, Location, Recipient, Retention, SpecialBasis,
        SpecialCondition, Transfer,
    };
    use crate::text::fold;

    #[test]
    fn a_search_finds_an_activity_by_a_data_category_s_detail_and_its_notes() {
        let a = Activity {
            name: "Paie".into(),
            data_categories: vec![DataCategory {
                name: "Banque".into(),
                detail: "RIB, IBAN".into(),
                ..Default::default()
            }],
            notes: "Les caméras du parking filment l’entrée.".into(),
            ..Default::default()
        };
        let text = search_text(&a);
        for query in ["RIB", "caméras", "Caméras du parking"] {
            assert!(text.contains(&fold(query)), "{query} in {text}");
        }
    }

    /// Every text an activity holds is searched: each empty text of an activity with one of every
    /// list is given a word of its own, and each word is in its search text. A text added to the
    /// model later is found empty here, and fails until the search covers it or this test says
    /// why not.
    #[test]
    fn a_search_covers_every_text_of_the_activity() {
        let full = Activity {
            joint_controllers: vec![Contact::default()],
            purposes: vec![String::new()],
            legal_bases: vec![LegalBasis { basis: LawfulBasis::Consent, ..Default::default() }],
            special_bases: vec![SpecialBasis { condition: SpecialCondition::ExplicitConsent, detail: String::new() }],
            data_subjects: vec![String::new()],
            data_categories: vec![DataCategory::default()],
            recipients: vec![Recipient::default()],
            locations: vec![Location::default()],
            transfers: vec![Transfer::default()],
            retention: vec![Retention::default()],
            ..Default::default()
        };
        let mut value = serde_json::to_value(&full).expect("an activity is JSON");
        let mut words = Vec::new();
        fill(&mut value, String::new(), &mut words);
        let a: Activity = serde_json::from_value(value).expect("the filled activity reads back");
        let text = search_text(&a);
        // Left out (see `search_text`): the joint controllers' details beyond their names.
        let left_out = [
            "joint_controllers.0.role",
            "joint_controllers.0.email",
            "joint_controllers.0.phone",
            "joint_controllers.0.address",
        ];
        let missed: Vec<&(String, String)> =
            words.iter().filter(|(path, word)| !left_out.contains(&path.as_str()) && !text.contains(word)).collect();
        assert!(missed.is_empty(), "not searched: {missed:?}");
        assert!(words.len() > 30, "{words:?}");
    }

    /// Gives each empty text under `value` a word of its own ("w007x": no word holds another),
    /// listed with its path.
    fn fill(value: &mut serde_json::Value, path: String, words: &mut Vec<(String, String)>) {
        use serde_json::Value;
        let at = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
        match value {
            Value::String(s) if s.is_empty() => {
                let word = format!("w{:03}x", words.len());
                *s = word.clone();
                words.push((path, word));
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    fill(item, at(&i.to_string()), words);
                }
            }
            Value::Object(fields) => {
                for (key, field) in fields.iter_mut() {
                    fill(field, at(key), words);
                }
            }
            _ => {}
        }
    }
}
