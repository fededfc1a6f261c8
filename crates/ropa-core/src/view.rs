//! Read-only views of the register for output: activities with their links inlined.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{Activity, Controller, Measure, SubProcessor};
use crate::store::Register;

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
        .filter(|a| a.role == crate::model::Role::Processor && a.controller_ids.contains(&controller))
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
            [] => return Err(Error::NoMatch("the register holds no organisation yet".into())),
            many => {
                let names: Vec<&str> = many.iter().map(|o| o.name.as_str()).collect();
                return Err(Error::NoMatch(format!(
                    "the store holds several organisations ({}): choose one",
                    names.join(", ")
                )));
            }
        },
    };
    if let Some(c) = controller.filter(|c| c.organisation_id != organisation.id) {
        return Err(Error::NoMatch(format!("{} is not a client of {}", c.name, organisation.name)));
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
    /// Share of the Art. 30 items filled (see `checks::completeness`).
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

/// An activity's words for a search, folded (`text::fold`): name, reference, description, owner,
/// purposes, data subjects, data categories and recipients. Apart from its summary: they are
/// half of what a list of 10,000 weighs, and a window can show the list before it has them.
pub fn search_text(a: &Activity) -> String {
    let words: Vec<&str> = [a.name.as_str(), &a.reference, &a.description, &a.owner]
        .into_iter()
        .chain(a.purposes.iter().map(String::as_str))
        .chain(a.data_subjects.iter().map(String::as_str))
        .chain(a.data_categories.iter().map(|c| c.name.as_str()))
        .chain(a.recipients.iter().map(|r| r.name.as_str()))
        .collect();
    crate::text::fold(&words.join("\n"))
}

/// The checks' errors and warnings on an organisation's entries, all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OrganisationChecks {
    pub organisation_id: i64,
    pub errors: u32,
    pub warnings: u32,
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
    use crate::checks::{check_activity, check_catalogue, completeness, Severity};
    let catalogue = store.catalogue(None)?;
    let mut activities = Vec::with_capacity(store.count_activities(None)? as usize);
    let mut search_texts = Vec::with_capacity(activities.capacity());
    let mut used = std::collections::HashSet::new();
    let mut per_organisation: HashMap<i64, (u32, u32)> = HashMap::new();
    let count = |findings: &[crate::checks::Finding], sum: &mut HashMap<i64, (u32, u32)>| {
        for f in findings {
            let entry = sum.entry(f.organisation_id).or_default();
            match f.severity {
                Severity::Error => entry.0 += 1,
                Severity::Warning => entry.1 += 1,
                Severity::Info => {}
            }
        }
    };
    store.each_activity(None, |a| {
        let organisation = catalogue.organisations.iter().find(|o| o.id == a.organisation_id);
        let findings = check_activity(&a, organisation, today);
        count(&findings, &mut per_organisation);
        let of = |s| findings.iter().filter(|f| f.severity == s).count() as u32;
        used.extend(a.subprocessor_ids.iter().copied());
        activities.push(summary(&a, completeness(&a, organisation), of(Severity::Error), of(Severity::Warning)));
        search_texts.push((a.id, search_text(&a)));
        Ok(())
    })?;
    count(&check_catalogue(&catalogue, &used), &mut per_organisation);
    let organisation_checks = catalogue
        .organisations
        .iter()
        .map(|o| {
            let (errors, warnings) = per_organisation.get(&o.id).copied().unwrap_or_default();
            OrganisationChecks { organisation_id: o.id, errors, warnings }
        })
        .collect();
    Ok(Overview { catalogue, activities, organisation_checks, search_texts })
}
