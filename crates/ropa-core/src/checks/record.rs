//! The rules on what an activity's record says in law: its legal bases and Art. 9 and 10
//! conditions, its retention, and the values an import kept as written.

use super::*;

pub(super) fn basis_rules(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    if a.role == Role::Controller {
        for (i, b) in a.legal_bases.iter().enumerate() {
            match b.basis {
                LawfulBasis::LegitimateInterests if b.detail.trim().is_empty() => {
                    out.push(on.finding(Rule::LegitimateInterestUnstated, format!("legal_bases.{i}.detail"), &[]))
                }
                LawfulBasis::Consent if b.evidence.trim().is_empty() => {
                    out.push(on.finding(Rule::ConsentWithoutRecord, format!("legal_bases.{i}.evidence"), &[]))
                }
                _ => {}
            }
        }
    }
    let special: Vec<usize> = indices(a, Sensitivity::SpecialCategory);
    if let Some(&i) = special.first().filter(|_| a.special_bases.is_empty()) {
        out.push(on.finding(
            Rule::SpecialCategoryWithoutCondition,
            format!("data_categories.{i}.sensitivity"),
            &[("name", a.data_categories[i].name.as_str().into())],
        ));
    }
    let criminal = indices(a, Sensitivity::CriminalOffence);
    if let Some(&i) = criminal.first().filter(|_| a.criminal_basis.trim().is_empty()) {
        out.push(on.finding(
            Rule::CriminalDataWithoutBasis,
            format!("data_categories.{i}.sensitivity"),
            &[("name", a.data_categories[i].name.as_str().into())],
        ));
    }
}

pub(super) fn indices(a: &Activity, sensitivity: Sensitivity) -> Vec<usize> {
    a.data_categories.iter().enumerate().filter(|(_, c)| c.sensitivity == sensitivity).map(|(i, _)| i).collect()
}

pub(super) fn retention_rules(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    // The words a register uses for "kept without limit", folded, in the three languages.
    const FOREVER: [&str; 10] = [
        "indefinite",
        "indefinitely",
        "forever",
        "permanent",
        "unlimited",
        "indefini",
        "illimite",
        "unbefristet",
        "unbegrenzt",
        "unbestimmte zeit",
    ];
    for (i, r) in a.retention.iter().enumerate() {
        let words = fold(&format!("{} {}", r.criteria, r.from_event));
        if FOREVER.iter().any(|w| words.contains(w)) {
            out.push(on.finding(Rule::RetentionIndefinite, format!("retention.{i}.criteria"), &[]));
        }
    }
    let kinds: std::collections::BTreeSet<_> =
        a.data_categories.iter().map(|c| format!("{:?}", c.sensitivity)).collect();
    let blanket = a.retention.len() == 1 && a.retention[0].applies_to.trim().is_empty();
    if blanket && kinds.len() > 1 {
        out.push(on.finding(Rule::RetentionNotPerCategory, "retention", &[]));
    }
}

pub(super) fn kept_as_written(a: &Activity, on: &On<'_>, out: &mut Vec<Finding>) {
    let mut unrecognised: Vec<(String, String)> = Vec::new();
    for (i, b) in a.legal_bases.iter().enumerate() {
        if let LawfulBasis::Other(s) = &b.basis {
            unrecognised.push((format!("legal_bases.{i}.basis"), s.clone()));
        }
    }
    for (i, b) in a.special_bases.iter().enumerate() {
        if let SpecialCondition::Other(s) = &b.condition {
            unrecognised.push((format!("special_bases.{i}.condition"), s.clone()));
        }
    }
    for (i, r) in a.recipients.iter().enumerate() {
        if let RecipientKind::Other(s) = &r.kind {
            if !s.trim().is_empty() {
                unrecognised.push((format!("recipients.{i}.kind"), s.clone()));
            }
        }
    }
    for (i, t) in a.transfers.iter().enumerate() {
        // The former clauses named in words of the record's own are said by their own rule.
        if let Some(Safeguard::Other(s)) = &t.safeguard {
            if superseded::named_in(s).is_none() {
                unrecognised.push((format!("transfers.{i}.safeguard"), s.clone()));
            }
        }
        if !t.country.trim().is_empty() && countries::recognise(&t.country).is_none() {
            unrecognised.push((format!("transfers.{i}.country"), t.country.clone()));
        }
    }
    for (field, value) in unrecognised {
        out.push(on.finding(Rule::ValueNotRecognised, field, &[("value", Value::Same(value.into()))]));
    }
}
