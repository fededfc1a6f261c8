//! Validation of what a user gives: errors as data, never a panic. Only what cannot be stored
//! is an error here; what is stored but doubtful is for the compliance checks.

use serde_json::Value;

use crate::error::FieldError;
use crate::model::Activity;
use crate::store::{Entity, Kind};

/// Longest text a field may hold: far beyond any real entry, short of what would hurt the store.
pub const MAX_TEXT: usize = 100_000;

/// The errors of one entity, each naming its field.
pub fn entity<T: Entity>(entity: &T) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if entity.name().trim().is_empty() {
        errors.push(FieldError::new("name", "a name is required"));
    }
    if let Ok(value) = serde_json::to_value(entity) {
        long_texts("", &value, &mut errors);
        if T::KIND == Kind::Activity {
            if let Ok(a) = serde_json::from_value::<Activity>(value) {
                errors.extend(activity(&a));
            }
        }
    }
    errors
}

/// Checks specific to activities, beyond what every entity gets.
pub fn activity(activity: &Activity) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (i, retention) in activity.retention.iter().enumerate() {
        if retention.period.is_some_and(|p| p.amount == 0) && retention.criteria.trim().is_empty() {
            errors.push(FieldError::new(
                format!("retention.{i}.period"),
                "a period of zero needs a note saying what it means (\"no storage\")",
            ));
        }
    }
    if let (Some(last), Some(created)) = (activity.last_review, activity.created_on) {
        if last < created {
            errors.push(FieldError::new("last_review", "the last review is before the record was created"));
        }
    }
    errors
}

fn long_texts(path: &str, value: &Value, errors: &mut Vec<FieldError>) {
    match value {
        Value::String(s) if s.len() > MAX_TEXT => {
            errors.push(FieldError::new(path, format!("text longer than {MAX_TEXT} bytes")))
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                long_texts(&join(path, &i.to_string()), item, errors);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                long_texts(&join(path, key), item, errors);
            }
        }
        _ => {}
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}
