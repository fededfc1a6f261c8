//! The items of Article 30 an activity's record must hold, once: for a controller's activity,
//! 30(1)(a) to (g) with the legal basis regulators also ask for; for a processor's, 30(2)(a) to
//! (d). Completeness counts them, the missing-item rules report them, the editor groups its fields
//! under their names (`item-30-…` in the language files' fields.ftl, which the window reads) and
//! a finding on one of their fields concerns them.

use super::completeness::has_contact;
use super::transfers::third_countries_without_transfer;
use super::{Case, Rule};
use crate::model::{Activity, Organisation, Role};

/// One thing the record of an activity must hold.
pub struct Item {
    pub role: Role,
    /// The Article 30 item it belongs to ("30-1-b"), its name's id in the language files being
    /// `item-` and this code.
    pub article: &'static str,
    /// The activity's fields it covers (their stored paths' first part): a finding on one of
    /// these concerns the item.
    pub covers: &'static [&'static str],
    /// Whether the activity itself holds it.
    pub held: fn(&Activity) -> bool,
    /// What else filling it takes, beyond the activity.
    pub needs: Needs,
    /// The rule that reports it missing when the activity does not hold it (on the first field
    /// it covers), if a rule of its own does.
    pub missing: Option<(Rule, Option<Case>)>,
}

/// What an item needs beyond what the activity holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// A way to reach the organisation (its own rule reports it missing).
    Contact,
    /// A transfer for each third country the record names (the transfer rules report them).
    TransferForEachThirdCountry,
}

/// The items, by role, in the order of Article 30.
pub const ITEMS: &[Item] = &[
    // 30(1)(a): the organisation's contact details, and its joint controllers'.
    Item {
        role: Role::Controller,
        article: "30-1-a",
        covers: &["joint_controllers"],
        held: |_| true,
        needs: Needs::Contact,
        missing: None,
    },
    Item {
        role: Role::Controller,
        article: "30-1-b",
        covers: &["purposes"],
        held: |a| !a.purposes.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingPurposes, None)),
    },
    // The basis regulators ask for beside the purposes: the conditions of Art. 9 and 10 are the
    // lawfulness of the processing, as its basis.
    Item {
        role: Role::Controller,
        article: "30-1-b",
        covers: &["legal_bases", "special_bases", "criminal_basis"],
        held: |a| !a.legal_bases.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingLegalBasis, None)),
    },
    Item {
        role: Role::Controller,
        article: "30-1-c",
        covers: &["data_subjects"],
        held: |a| !a.data_subjects.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingDataSubjects, None)),
    },
    Item {
        role: Role::Controller,
        article: "30-1-c",
        covers: &["data_categories"],
        held: |a| !a.data_categories.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingDataCategories, None)),
    },
    Item {
        role: Role::Controller,
        article: "30-1-d",
        covers: &["recipients"],
        held: |a| !a.recipients.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingRecipients, None)),
    },
    Item {
        role: Role::Controller,
        article: "30-1-e",
        covers: &["transfers", "locations", "no_transfers"],
        held: |_| true,
        needs: Needs::TransferForEachThirdCountry,
        missing: None,
    },
    Item {
        role: Role::Controller,
        article: "30-1-f",
        covers: &["retention"],
        held: |a| !a.retention.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingRetention, None)),
    },
    Item {
        role: Role::Controller,
        article: "30-1-g",
        covers: &["measure_ids"],
        held: |a| !a.measure_ids.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingSecurityMeasures, None)),
    },
    // 30(2)(a): the processor's contact details and each controller it acts for.
    Item {
        role: Role::Processor,
        article: "30-2-a",
        covers: &["controller_ids"],
        held: |a| !a.controller_ids.is_empty(),
        needs: Needs::Contact,
        missing: Some((Rule::ProcessorWithoutController, None)),
    },
    // 30(2)(b): the categories of processing, which the data processed and the conditions they
    // call for describe too.
    Item {
        role: Role::Processor,
        article: "30-2-b",
        covers: &[
            "purposes",
            "description",
            "data_subjects",
            "data_categories",
            "legal_bases",
            "special_bases",
            "criminal_basis",
            "retention",
        ],
        held: |a| !a.purposes.is_empty() || !a.description.trim().is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingCategoriesOfProcessing, None)),
    },
    Item {
        role: Role::Processor,
        article: "30-2-c",
        covers: &["transfers", "locations", "recipients", "no_transfers"],
        held: |_| true,
        needs: Needs::TransferForEachThirdCountry,
        missing: None,
    },
    Item {
        role: Role::Processor,
        article: "30-2-d",
        covers: &["measure_ids"],
        held: |a| !a.measure_ids.is_empty(),
        needs: Needs::Nothing,
        missing: Some((Rule::MissingSecurityMeasures, Some(Case::Processor))),
    },
];

/// The items an activity's role calls for.
pub fn items_of(role: Role) -> impl Iterator<Item = &'static Item> {
    ITEMS.iter().filter(move |i| i.role == role)
}

impl Item {
    /// Whether the record fills it: the activity holds it and what else it needs is there.
    pub fn filled(&self, a: &Activity, organisation: Option<&Organisation>) -> bool {
        (self.held)(a)
            && match self.needs {
                Needs::Nothing => true,
                Needs::Contact => organisation.is_some_and(has_contact),
                Needs::TransferForEachThirdCountry => third_countries_without_transfer(a, organisation).is_empty(),
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Lang;

    #[test]
    fn every_item_is_named_in_every_language_and_covers_fields_the_activity_has() {
        let blank = serde_json::to_value(Activity::default()).expect("an activity serialises");
        for item in ITEMS {
            for lang in Lang::ALL {
                let id = format!("item-{}", item.article);
                assert_ne!(crate::i18n::text(lang, &id), id, "{id} in {}", lang.code());
            }
            for field in item.covers {
                let head = field.split('.').next().unwrap_or_default();
                assert!(blank.get(head).is_some(), "{}: {field} is no field of an activity", item.article);
            }
        }
        // Each role has each of its letters.
        for (role, letters) in [(Role::Controller, "abcdefg"), (Role::Processor, "abcd")] {
            let found: String = items_of(role).filter_map(|i| i.article.chars().last()).collect();
            for letter in letters.chars() {
                assert!(found.contains(letter), "{role:?} has no item ({letter})");
            }
        }
    }
}
