//! How complete an activity's record is: the Article 30 items its role calls for, filled or not,
//! and, as the checks find it, not filled where an error concerns the item.

use super::*;

/// The Article 30 items an activity's role calls for, and how many the record fills, by what it
/// holds alone: for a controller's activity, 30(1)(a) to (g) with the legal basis regulators also
/// ask for; for a processor's, 30(2)(a) to (d). What the checks show is `checked_completeness`.
pub fn completeness(a: &Activity, organisation: Option<&Organisation>) -> Score {
    if a.is_template() {
        return Score::default();
    }
    let items = items(a, organisation);
    Score { filled: items.iter().filter(|(filled, _)| *filled).count() as u32, total: items.len() as u32 }
}

/// An activity's completeness as the checks find it, given its findings (those on other entries
/// are passed over): an item an error concerns is not counted as filled, for an item holding
/// something wrong in law (special-category data without an Art. 9 condition, a transfer without
/// a safeguard) is no more done than an empty one, and a score of 100 % beside an error would
/// contradict it. Warnings and infos take nothing off. What `check` and `view::overview` score.
pub fn checked_completeness(a: &Activity, organisation: Option<&Organisation>, findings: &[Finding]) -> Score {
    // A template counts for nothing in the register's completeness.
    if a.is_template() {
        return Score::default();
    }
    let mut items = items(a, organisation);
    let mut elsewhere = false;
    for f in findings {
        if f.severity != Severity::Error || f.kind != Kind::Activity || f.entity_id != a.id {
            continue;
        }
        // The path's first part names the field ("data_categories.0.sensitivity").
        let field = f.field.split('.').next().unwrap_or_default();
        match items.iter_mut().find(|(_, fields)| fields.contains(&field)) {
            Some((filled, _)) => *filled = false,
            None => elsewhere = true,
        }
    }
    let total = items.len() as u32;
    let filled = items.iter().filter(|(filled, _)| *filled).count() as u32;
    // An error on the entry as a whole, or on a field no item covers (no rule raises one today),
    // still keeps the activity from showing complete.
    let filled = if elsewhere { filled.min(total.saturating_sub(1)) } else { filled };
    Score { filled, total }
}

/// The Article 30 items of `completeness` (`items::ITEMS`), each with whether it is filled and
/// the fields of the activity it covers: a finding on one of these fields concerns the item.
pub(super) fn items(a: &Activity, organisation: Option<&Organisation>) -> Vec<(bool, &'static [&'static str])> {
    super::items_of(a.role).map(|item| (item.filled(a, organisation), item.covers)).collect()
}

/// Some way to reach the organisation: its address, or an address, e-mail or phone number of its
/// contact or its DPO.
pub(super) fn has_contact(o: &Organisation) -> bool {
    let reachable = |c: &crate::model::Contact| [&c.email, &c.phone, &c.address].iter().any(|x| !x.trim().is_empty());
    !o.address.trim().is_empty() || reachable(&o.contact) || reachable(&o.dpo)
}
