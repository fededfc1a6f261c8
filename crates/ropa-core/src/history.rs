//! History entries and the differences between two states of an entity.

use serde::Serialize;
use serde_json::Value;

use crate::date::Timestamp;
use crate::model::Id;
use crate::store::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        [Action::Create, Action::Update, Action::Delete].into_iter().find(|a| a.as_str() == s)
    }
}

/// One change: when, by whom, to what, and the whole entity before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryEntry {
    pub seq: i64,
    pub at: Timestamp,
    pub user: String,
    pub kind: Kind,
    pub entity_id: Id,
    pub organisation_id: Option<Id>,
    pub action: Action,
    /// The entity's name when the change was made.
    pub label: String,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub before: Option<Value>,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub after: Option<Value>,
    /// The labelled change (an import) this entry is part of, and its label.
    pub change: Option<i64>,
    pub change_label: Option<String>,
}

impl HistoryEntry {
    /// The fields this entry changed.
    pub fn changes(&self) -> Vec<FieldChange> {
        diff(self.before.as_ref().unwrap_or(&Value::Null), self.after.as_ref().unwrap_or(&Value::Null))
    }
}

/// One field whose value differs: `field` is a dotted path ("dpia.status").
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldChange {
    pub field: String,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub before: Value,
    #[cfg_attr(feature = "ts", ts(type = "unknown"))]
    pub after: Value,
}

/// The fields that differ between two JSON states, descending into objects; a list that differs
/// is one change. Fields absent on one side count as null.
pub fn diff(before: &Value, after: &Value) -> Vec<FieldChange> {
    let mut out = Vec::new();
    walk("", before, after, &mut out);
    out
}

fn walk(prefix: &str, before: &Value, after: &Value, out: &mut Vec<FieldChange>) {
    if before == after {
        return;
    }
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                walk(&path, b.get(key).unwrap_or(&Value::Null), a.get(key).unwrap_or(&Value::Null), out);
            }
        }
        (Value::Null, Value::Object(_)) | (Value::Object(_), Value::Null) if !prefix.is_empty() => {
            let empty = Value::Object(Default::default());
            let (b, a) = if before.is_null() { (&empty, after) } else { (before, &empty) };
            walk(prefix, b, a, out);
        }
        _ => out.push(FieldChange { field: prefix.to_string(), before: before.clone(), after: after.clone() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn diff_names_nested_fields_and_whole_lists() {
        let before = json!({"name": "A", "dpia": {"required": null, "status": null}, "purposes": ["x"]});
        let after = json!({"name": "B", "dpia": {"required": true, "status": null}, "purposes": ["x", "y"]});
        let fields: Vec<String> = diff(&before, &after).into_iter().map(|c| c.field).collect();
        assert_eq!(fields, ["dpia.required", "name", "purposes"]);
        assert!(diff(&before, &before).is_empty());
    }
}
