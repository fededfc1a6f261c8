//! Putting what a file says together with what is already there, field by field: rows of one
//! activity united, a fiche with its summary row, an import with the activity the DPO typed.
//!
//! A field is one of the activity's own (`Field::Purposes`, `Field::Transfers`...); columns that
//! fill part of one (recipients of one kind, transfer countries, a legitimate interest) count as
//! that field (`target`).

use super::report::ChangedField;
use crate::csv::fields::{cell_in, Field, Names, ACTIVITY_COLUMNS};
use crate::model::Activity;
use crate::text::fold;
use crate::vocab::Lang;

/// The set of fields a row gave a value for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fields(u64);

impl Fields {
    pub fn insert(&mut self, field: Field) {
        self.0 |= 1 << (target(field) as u32);
    }

    pub fn contains(self, field: Field) -> bool {
        self.0 & (1 << (target(field) as u32)) != 0
    }

    pub fn union(self, other: Fields) -> Fields {
        Fields(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The fields in the set, in the order of ropa's columns.
    pub fn iter(self) -> impl Iterator<Item = Field> {
        ACTIVITY_COLUMNS.iter().map(|c| c.field).filter(move |f| self.contains(*f))
    }
}

/// The field of the activity a column fills.
pub fn target(field: Field) -> Field {
    match field {
        Field::InternalRecipients | Field::ExternalRecipients | Field::ProcessorRecipients => Field::Recipients,
        Field::TransferCountries | Field::TransferSafeguards => Field::Transfers,
        Field::SpecialData => Field::DataCategories,
        Field::LegitimateInterest | Field::LegitimateInterestAssessment | Field::ConsentRecord => Field::LegalBases,
        Field::NoteLine => Field::Notes,
        other => other,
    }
}

/// Fields that hold a list: rows of one activity add to them.
pub fn is_list(field: Field) -> bool {
    matches!(
        target(field),
        Field::Controllers
            | Field::JointControllers
            | Field::Purposes
            | Field::LegalBases
            | Field::SpecialBases
            | Field::DataSubjects
            | Field::DataCategories
            | Field::Recipients
            | Field::Locations
            | Field::Transfers
            | Field::Retention
            | Field::Measures
            | Field::SubProcessors
            | Field::DpiaCriteria
    )
}

fn add_missing<T: Clone + PartialEq>(to: &mut Vec<T>, from: &[T]) {
    for item in from {
        if !to.contains(item) {
            to.push(item.clone());
        }
    }
}

fn add_missing_text(to: &mut Vec<String>, from: &[String]) {
    for item in from {
        if !to.iter().any(|i| fold(i) == fold(item)) {
            to.push(item.clone());
        }
    }
}

/// The notes with the lines of `from` they do not have yet.
fn add_lines(to: &mut String, from: &str) {
    for line in from.lines().filter(|l| !l.trim().is_empty()) {
        if !to.lines().any(|l| l == line) {
            if !to.is_empty() {
                to.push('\n');
            }
            to.push_str(line);
        }
    }
}

macro_rules! each_field {
    ($field:expr, $a:ident, $b:ident, list => $list:expr, text => $text:expr, single => $single:expr) => {
        match target($field) {
            Field::Controllers => $list(&mut $a.controller_ids, &$b.controller_ids),
            Field::JointControllers => $list(&mut $a.joint_controllers, &$b.joint_controllers),
            Field::LegalBases => $list(&mut $a.legal_bases, &$b.legal_bases),
            Field::SpecialBases => $list(&mut $a.special_bases, &$b.special_bases),
            Field::DataCategories => $list(&mut $a.data_categories, &$b.data_categories),
            Field::Recipients => $list(&mut $a.recipients, &$b.recipients),
            Field::Locations => $list(&mut $a.locations, &$b.locations),
            Field::Transfers => $list(&mut $a.transfers, &$b.transfers),
            Field::Retention => $list(&mut $a.retention, &$b.retention),
            Field::Measures => $list(&mut $a.measure_ids, &$b.measure_ids),
            Field::SubProcessors => $list(&mut $a.subprocessor_ids, &$b.subprocessor_ids),
            Field::Purposes => $text(&mut $a.purposes, &$b.purposes),
            Field::DataSubjects => $text(&mut $a.data_subjects, &$b.data_subjects),
            Field::DpiaCriteria => $text(&mut $a.dpia.criteria, &$b.dpia.criteria),
            Field::Role => $single(&mut $a.role, &$b.role),
            Field::Status => $single(&mut $a.status, &$b.status),
            Field::NoTransfers => $single(&mut $a.no_transfers, &$b.no_transfers),
            Field::DpiaRequired => $single(&mut $a.dpia.required, &$b.dpia.required),
            Field::DpiaStatus => $single(&mut $a.dpia.status, &$b.dpia.status),
            Field::AutomatedDecisions => $single(&mut $a.automated_decisions, &$b.automated_decisions),
            Field::CreatedOn => $single(&mut $a.created_on, &$b.created_on),
            Field::UpdatedOn => $single(&mut $a.updated_on, &$b.updated_on),
            Field::LastReview => $single(&mut $a.last_review, &$b.last_review),
            Field::NextReview => $single(&mut $a.next_review, &$b.next_review),
            Field::Notes => add_lines(&mut $a.notes, &$b.notes),
            // The other text fields, from their table.
            other => {
                if let Some(t) = crate::csv::fields::text_field(other) {
                    $single((t.get_mut)($a), (t.get)($b))
                }
            }
        }
    };
}

/// `to` with the fields `given` replaced by `from`'s: what an update of an existing activity
/// does. The notes gain the lines they lack; they lose none.
pub fn replace(to: &mut Activity, from: &Activity, given: Fields) {
    for field in given.iter() {
        fn set<T: Clone>(a: &mut T, b: &T) {
            *a = b.clone();
        }
        each_field!(field, to, from, list => set, text => set, single => set);
    }
}

/// `to` with `from`'s values for the fields `given`: lists united, single values taken (the
/// caller checks first that they do not differ, `conflicts`).
pub fn unite(to: &mut Activity, from: &Activity, given: Fields) {
    for field in given.iter() {
        fn set<T: Clone>(a: &mut T, b: &T) {
            *a = b.clone();
        }
        each_field!(field, to, from, list => add_missing, text => add_missing_text, single => set);
    }
}

/// The single-valued fields both `given` sets hold and `a` and `b` fill differently.
pub fn conflicts(a: &Activity, b: &Activity, given: Fields) -> Vec<Field> {
    let mut out = Vec::new();
    for field in given.iter().filter(|f| !is_list(*f) && *f != Field::Notes) {
        let mut same = true;
        fn check<T: PartialEq>(same: &mut bool) -> impl FnMut(&mut T, &T) + '_ {
            move |x: &mut T, y: &T| *same &= *x == *y
        }
        let left = &mut a.clone();
        each_field!(field, left, b, list => check(&mut same), text => check(&mut same), single => check(&mut same));
        if !same {
            out.push(field);
        }
    }
    out
}

/// What an update changes, field by field, in words of `lang`: ropa's columns in order, each
/// with its value before and after as ropa's CSV writes it.
pub fn changes(
    before: &Activity,
    after: &Activity,
    names_before: &Names<'_>,
    names_after: &Names<'_>,
    lang: Lang,
) -> Vec<ChangedField> {
    ACTIVITY_COLUMNS
        .iter()
        .filter(|c| !matches!(c.field, Field::Id | Field::Organisation | Field::UpdatedOn))
        .filter_map(|c| {
            let b = cell_in(c.field, before, names_before, lang);
            let a = cell_in(c.field, after, names_after, lang);
            (b != a).then(|| ChangedField {
                field: c.field,
                label: c.label(lang).to_string(),
                before: b.into_owned(),
                after: a.into_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_replaces_what_the_file_gives_and_keeps_the_rest() {
        let mine = Activity {
            name: "Paie".into(),
            purposes: vec!["Payer".into()],
            source: "RH".into(),
            notes: "Vu avec la DRH".into(),
            ..Default::default()
        };
        let file = Activity { purposes: vec!["Paie".into()], notes: "Colonne X: 1".into(), ..Default::default() };
        let mut given = Fields::default();
        given.insert(Field::Purposes);
        given.insert(Field::NoteLine);
        let mut merged = mine.clone();
        replace(&mut merged, &file, given);
        assert_eq!(merged.purposes, ["Paie"]);
        assert_eq!(merged.source, "RH");
        assert_eq!(merged.notes, "Vu avec la DRH\nColonne X: 1");
    }

    #[test]
    fn rows_of_one_activity_unite_their_lists_and_must_agree_on_the_rest() {
        let one = Activity { owner: "RH".into(), data_subjects: vec!["Salariés".into()], ..Default::default() };
        let two = Activity {
            owner: "DAF".into(),
            data_subjects: vec!["salariés".into(), "Stagiaires".into()],
            ..Default::default()
        };
        let mut given = Fields::default();
        given.insert(Field::Owner);
        given.insert(Field::DataSubjects);
        assert_eq!(conflicts(&one, &two, given), [Field::Owner]);
        let mut merged = one.clone();
        unite(&mut merged, &two, given);
        assert_eq!(merged.data_subjects, ["Salariés", "Stagiaires"]);
    }
}
