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
    register
        .activities
        .iter()
        .map(|a| activity(register, a))
        .collect()
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
        subprocessors: pick(&activity.subprocessor_ids, &register.subprocessors, |s| {
            s.id
        }),
        measures: pick(&activity.measure_ids, &register.measures, |m| m.id),
    }
}

/// The items of `pool` with these ids, in the order of `ids`.
fn pick<T: Clone>(ids: &[i64], pool: &[T], id: impl Fn(&T) -> i64) -> Vec<T> {
    ids.iter()
        .filter_map(|wanted| pool.iter().find(|item| id(item) == *wanted).cloned())
        .collect()
}
