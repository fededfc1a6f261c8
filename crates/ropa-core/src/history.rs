//! History entries and the differences between two states of an entity.

use serde::Serialize;
use serde_json::Value;

use std::collections::HashMap;

use crate::date::Timestamp;
use crate::model::Register;
use crate::model::{Activity, Id};
use crate::store::Kind;
use crate::vocab::Lang;

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

/// A field's change in the reader's words: the field's name and its value before and after, in
/// one language, with names instead of ids and labels instead of codes. What the window's history
/// and `ropa history` show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangeInWords {
    /// The stored path of the field ("dpia.status"): stable whatever the language.
    pub field: String,
    pub label: String,
    /// The value in words: a list one item per line, empty for nothing.
    pub before: String,
    pub after: String,
    /// The field holds a list: a reader is shown the items that went and came.
    pub list: bool,
}

/// Puts history entries into words: the names of the entries they link to, read once.
pub struct HistoryWords {
    lang: Lang,
    organisations: HashMap<Id, String>,
    controllers: HashMap<Id, String>,
    measures: HashMap<Id, String>,
    subprocessors: HashMap<Id, String>,
    sites: HashMap<Id, String>,
}

impl HistoryWords {
    /// Names come from `catalogue` (the store's catalogue now: an entry deleted since is named
    /// by its number).
    pub fn new(catalogue: &Register, lang: Lang) -> HistoryWords {
        fn names<T>(items: &[T], f: impl Fn(&T) -> (Id, &str)) -> HashMap<Id, String> {
            items.iter().map(f).map(|(id, name)| (id, name.to_string())).collect()
        }
        HistoryWords {
            lang,
            organisations: names(&catalogue.organisations, |o| (o.id, &o.name)),
            controllers: names(&catalogue.controllers, |c| (c.id, &c.name)),
            measures: names(&catalogue.measures, |m| (m.id, &m.name)),
            subprocessors: names(&catalogue.subprocessors, |p| (p.id, &p.name)),
            sites: names(&catalogue.sites, |s| (s.id, &s.name)),
        }
    }

    /// The fields `entry` changed, in words. An activity's fields are named and written as its
    /// columns write them (one place for a field's words); other entries' fields by
    /// `vocab::field_label`, their coded values by their labels.
    pub fn entry(&self, entry: &HistoryEntry) -> Vec<ChangeInWords> {
        let null = Value::Null;
        self.states(entry.kind, entry.before.as_ref().unwrap_or(&null), entry.after.as_ref().unwrap_or(&null))
    }

    /// What differs between two states of an entry of `kind`, in words.
    pub fn states(&self, kind: Kind, before: &Value, after: &Value) -> Vec<ChangeInWords> {
        let changes = diff(before, after);
        if kind == Kind::Activity {
            let parse = |v: &Value| serde_json::from_value::<Activity>(v.clone()).ok();
            if let (Some(before), Some(after)) = (parse(before), parse(after)) {
                return self.activity(&changes, &before, &after);
            }
        }
        changes.iter().map(|c| self.generic(c)).collect()
    }

    fn activity(&self, changes: &[FieldChange], before: &Activity, after: &Activity) -> Vec<ChangeInWords> {
        use crate::csv::fields::{column_of, field_of_path, words_in, Names};
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for change in changes {
            let Some(field) = field_of_path(&change.field) else {
                out.push(self.generic(change));
                continue;
            };
            if seen.contains(&field) {
                continue;
            }
            seen.push(field);
            let Some(column) = column_of(field) else {
                out.push(self.generic(change));
                continue;
            };
            let pick = |ids: &[Id], pool: &HashMap<Id, String>| -> Vec<String> {
                ids.iter().map(|id| pool.get(id).cloned().unwrap_or_else(|| format!("#{id}"))).collect()
            };
            let words = |a: &Activity| {
                let (controllers, measures, subprocessors) = (
                    pick(&a.controller_ids, &self.controllers),
                    pick(&a.measure_ids, &self.measures),
                    pick(&a.subprocessor_ids, &self.subprocessors),
                );
                let names = Names {
                    organisation: self.organisations.get(&a.organisation_id).map_or("", String::as_str),
                    controllers: controllers.iter().map(String::as_str).collect(),
                    measures: measures.iter().map(String::as_str).collect(),
                    subprocessors: subprocessors.iter().map(String::as_str).collect(),
                };
                words_in(field, a, &names, self.lang)
            };
            out.push(ChangeInWords {
                field: change.field.clone(),
                label: column.label(self.lang).to_string(),
                before: words(before),
                after: words(after),
                list: is_list(change),
            });
        }
        out
    }

    fn generic(&self, change: &FieldChange) -> ChangeInWords {
        let key = change.field.rsplit('.').find(|s| s.parse::<usize>().is_err()).unwrap_or("");
        ChangeInWords {
            field: change.field.clone(),
            label: crate::vocab::field_label(&change.field, self.lang),
            before: self.value(key, &change.before),
            after: self.value(key, &change.after),
            list: is_list(change),
        }
    }

    /// A stored value in words, `key` being the name of the field that holds it.
    fn value(&self, key: &str, value: &Value) -> String {
        use crate::model::{MeasureCategory, Safeguard};
        use crate::vocab::Vocabulary;
        let label = |v: &Value| -> Option<String> {
            match key {
                "category" => serde_json::from_value::<MeasureCategory>(v.clone()).ok().map(|c| c.label(self.lang)),
                "safeguard" => serde_json::from_value::<Safeguard>(v.clone()).ok().map(|c| c.label(self.lang)),
                "country" => {
                    v.as_str().and_then(crate::reference::countries::by_code).map(|c| c.name(self.lang).to_string())
                }
                "site_id" => v.as_i64().map(|id| self.sites.get(&id).cloned().unwrap_or_else(|| format!("#{id}"))),
                "organisation_id" => {
                    v.as_i64().map(|id| self.organisations.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
                }
                _ => None,
            }
        };
        if let Some(words) = label(value) {
            return words;
        }
        match value {
            Value::Null => String::new(),
            Value::Bool(b) => crate::csv::cells::yes_no(Some(*b), self.lang).to_string(),
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Array(items) => {
                items.iter().map(|v| self.value(key, v)).filter(|s| !s.is_empty()).collect::<Vec<_>>().join("\n")
            }
            Value::Object(fields) => fields
                .iter()
                .map(|(k, v)| (k, self.value(k, v)))
                .filter(|(_, words)| !words.is_empty())
                .map(|(k, words)| {
                    format!("{}{}{words}", crate::vocab::field_label(k, self.lang), crate::vocab::colon(self.lang))
                })
                .collect::<Vec<_>>()
                .join(" · "),
        }
    }
}

fn is_list(change: &FieldChange) -> bool {
    change.before.is_array() || change.after.is_array()
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

    fn entry(kind: Kind, before: Value, after: Value) -> HistoryEntry {
        HistoryEntry {
            seq: 1,
            at: crate::date::Timestamp::from_unix_seconds(1_796_000_000).unwrap(),
            user: "dpo".into(),
            kind,
            entity_id: 1,
            organisation_id: Some(1),
            action: Action::Update,
            label: "x".into(),
            before: Some(before),
            after: Some(after),
            change: None,
            change_label: None,
        }
    }

    /// What a reader sees of a change: names, labels and periods in their language, never the
    /// stored codes or ids.
    #[test]
    fn changes_read_in_words_not_codes() {
        use crate::model::{Measure, Organisation};
        let catalogue = Register {
            organisations: vec![Organisation { id: 1, name: "Agence".into(), ..Default::default() }],
            measures: vec![
                Measure { id: 16, name: "Chiffrement".into(), ..Default::default() },
                Measure { id: 19, name: "Sauvegardes".into(), ..Default::default() },
            ],
            ..Default::default()
        };
        let before = json!({"id": 1, "organisation_id": 1, "name": "Paie", "measure_ids": [16],
            "recipients": [{"name": "URSSAF", "kind": "public_authority", "country": "FR"}],
            "retention": [], "dpia": {"required": null}});
        let after = json!({"id": 1, "organisation_id": 1, "name": "Paie", "measure_ids": [16, 19],
            "recipients": [{"name": "URSSAF", "kind": "internal", "country": "FR"}],
            "retention": [{"applies_to": "Bulletins", "period": {"amount": 5, "unit": "years"}}],
            "dpia": {"required": true}});
        let e = entry(Kind::Activity, before, after);
        let fr: Vec<(String, String, String)> = HistoryWords::new(&catalogue, Lang::Fr)
            .entry(&e)
            .into_iter()
            .map(|c| (c.label, c.before, c.after))
            .collect();
        let text = format!("{fr:?}");
        for code in ["public_authority", "applies_to", "years", "16", "19", "measure_ids"] {
            assert!(!text.contains(code), "{code} in {text}");
        }
        assert!(fr.iter().any(|(_, b, a)| b == "Chiffrement" && a == "Chiffrement\nSauvegardes"), "{text}");
        assert!(fr.iter().any(|(_, _, a)| a == "Bulletins · 5 ans"), "{text}");
        assert!(fr.iter().any(|(_, _, a)| a == "Oui"), "{text}");
        assert!(fr.iter().any(|(_, b, _)| b.starts_with("URSSAF · ") && !b.contains("public")), "{text}");
        let en = HistoryWords::new(&catalogue, Lang::En).entry(&e);
        assert!(en.iter().any(|c| c.after == "Bulletins · 5 years"), "{en:?}");

        // A catalogue entry: its coded values by their labels.
        let measure = entry(
            Kind::Measure,
            json!({"id": 16, "name": "Chiffrement", "category": "encryption"}),
            json!({"id": 16, "name": "Chiffrement", "category": "logging"}),
        );
        let words = HistoryWords::new(&catalogue, Lang::Fr).entry(&measure);
        assert_eq!(words.len(), 1);
        assert!(!words[0].before.contains("encryption") && !words[0].after.contains("logging"), "{words:?}");
        assert!(!words[0].before.is_empty() && !words[0].after.is_empty());
    }
}
