//! Read-only views of the register for output: activities with their links inlined.

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
