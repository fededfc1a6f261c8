//! Validation of what a user gives: errors as data, never a panic. Only what cannot be stored
//! is an error here; what is stored but doubtful is for the compliance checks.

use serde_json::Value;

use crate::error::FieldError;
use crate::model::Activity;
use crate::store::Entity;

/// Longest text a field may hold: far beyond any real entry, short of what would hurt the store.
pub const MAX_TEXT: usize = 100_000;

/// The errors of one entity, each naming its field; `json` is the entity as JSON.
pub fn entity<T: Entity>(entity: &T, json: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if entity.name().trim().is_empty() {
        errors.push(FieldError::new("name", crate::tr_all!("invalid-name-required")));
    }
    // Control characters come out of JSON escaped (`\u001b`); C1 controls and bidirectional
    // overrides as they are.
    if json.contains("\\u00") || json.chars().any(crate::text::is_forbidden) {
        if let Ok(value) = serde_json::from_str::<Value>(json) {
            forbidden_characters(&value, "", &mut errors);
        }
    }
    // No field can be too long when the whole entry is not.
    if json.len() > MAX_TEXT {
        if let Ok(value) = serde_json::from_str::<Value>(json) {
            long_texts(&value, &mut errors);
        }
    }
    errors.extend(entity.own_errors());
    errors
}

/// Each text that holds a character a register never holds (`text::is_forbidden`), by its path.
fn forbidden_characters(value: &Value, path: &str, errors: &mut Vec<FieldError>) {
    let at = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match value {
        Value::String(s) if s.chars().any(crate::text::is_forbidden) => errors.push(FieldError::new(
            if path.is_empty() { "name" } else { path },
            crate::tr_all!("invalid-forbidden-characters", characters = crate::text::forbidden_in(s)),
        )),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                forbidden_characters(item, &at(&i.to_string()), errors);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                forbidden_characters(item, &at(key), errors);
            }
        }
        _ => {}
    }
}

/// Checks specific to activities, beyond what every entity gets.
pub fn activity(activity: &Activity) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (i, code) in activity.dpia.criteria.iter().enumerate() {
        if crate::reference::dpia::all().iter().all(|c| c.code != code) {
            errors.push(FieldError::new(
                format!("dpia.criteria.{i}"),
                crate::tr_all!("invalid-dpia-criterion", code = code.as_str()),
            ));
        }
    }
    for (i, t) in activity.transfers.iter().enumerate() {
        if t.scc_module.is_some_and(|m| !(1..=4).contains(&m)) {
            errors.push(FieldError::new(format!("transfers.{i}.scc_module"), crate::tr_all!("invalid-scc-module")));
        }
    }
    for (i, retention) in activity.retention.iter().enumerate() {
        if retention.period.is_some_and(|p| p.amount == 0) && retention.criteria.trim().is_empty() {
            errors.push(FieldError::new(format!("retention.{i}.period"), crate::tr_all!("invalid-zero-period")));
        }
    }
    if activity.no_transfers && !activity.transfers.is_empty() {
        errors.push(FieldError::new("no_transfers", crate::tr_all!("invalid-no-transfers-yet-some")));
    }
    if let (Some(last), Some(created)) = (activity.last_review, activity.created_on) {
        if last < created {
            errors.push(FieldError::new("last_review", crate::tr_all!("invalid-review-before-creation")));
        }
    }
    errors
}

/// Adds an error for every string longer than `MAX_TEXT`, naming its dotted path. The path is
/// only built for what is too long, so that checking a normal entry allocates nothing.
fn long_texts(value: &Value, errors: &mut Vec<FieldError>) {
    fn walk<'a>(value: &'a Value, path: &mut Vec<PathPart<'a>>, errors: &mut Vec<FieldError>) {
        match value {
            Value::String(s) if s.len() > MAX_TEXT => {
                let dotted: Vec<String> = path.iter().map(|p| p.to_string()).collect();
                errors.push(FieldError::new(dotted.join("."), crate::tr_all!("invalid-too-long", bytes = MAX_TEXT)))
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(PathPart::Index(i));
                    walk(item, path, errors);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(PathPart::Key(key));
                    walk(item, path, errors);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    walk(value, &mut Vec::new(), errors);
}

enum PathPart<'a> {
    Key(&'a str),
    Index(usize),
}

impl std::fmt::Display for PathPart<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathPart::Key(key) => f.write_str(key),
            PathPart::Index(i) => write!(f, "{i}"),
        }
    }
}
