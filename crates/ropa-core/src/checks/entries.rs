//! The rules on the entries around the activities: the organisation (its contact details, the
//! Art. 30(5) exemption), the sub-processors (unused, without a country, on an invalid
//! safeguard) and the contracts with them and with the clients (Art. 28).

use super::completeness::has_contact;
use super::*;
use crate::model::{Contract, Controller};

/// Art. 30(5): an organisation under the threshold of persons employed is told whether the
/// exemption could spare it a record, and which of its activities it does not reach. Only an
/// info (the record is never wrong to keep), so the window's counts, read a batch of activities
/// at a time, stay those of `check`.
pub(super) fn exemption_rules(register: &Register, out: &mut Vec<Finding>) {
    let threshold = crate::reference::exemption::threshold();
    for o in &register.organisations {
        let Some(persons) = o.headcount.filter(|n| *n < threshold) else { continue };
        let on = On { kind: Kind::Organisation, id: o.id, name: &o.name, organisation_id: o.id };
        let mine: Vec<&Activity> =
            register.activities.iter().filter(|a| a.organisation_id == o.id && !a.is_template()).collect();
        let names = |list: Vec<&str>| {
            let more = list.len().saturating_sub(5);
            let mut shown = list.into_iter().take(5).collect::<Vec<_>>().join(", ");
            if more > 0 {
                shown.push_str(&format!(" (+{more})"));
            }
            shown
        };
        let sensitive = names(
            mine.iter()
                .filter(|a| a.data_categories.iter().any(|c| c.sensitivity != Sensitivity::Standard))
                .map(|a| a.name.as_str())
                .collect(),
        );
        let risky = names(
            mine.iter().filter(|a| !crate::reference::dpia::met_by(a).is_empty()).map(|a| a.name.as_str()).collect(),
        );
        let mut reaches = Vec::new();
        for (names, id) in [(sensitive, "check-record-exemption-sensitive"), (risky, "check-record-exemption-risky")] {
            if !names.is_empty() {
                reaches.push(Text::of(id, &[("names", Value::Same(names.into()))]));
            }
        }
        reaches.push(Text::of("check-record-exemption-occasional", &[]));
        out.push(on.finding(
            Rule::RecordExemption,
            "headcount",
            &[
                ("organisation", o.name.as_str().into()),
                ("persons", Value::Number(persons as usize)),
                ("threshold", Value::Number(threshold as usize)),
                ("reaches", Value::Words(Text::list(reaches))),
            ],
        ));
    }
}

pub(super) fn organisation_rules(o: &Organisation, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Organisation, id: o.id, name: &o.name, organisation_id: o.id };
    if !o.acts_as_controller && !o.acts_as_processor {
        out.push(on.finding(Rule::MissingRole, "acts_as_controller", &[]));
    }
    if !has_contact(o) {
        out.push(on.finding(Rule::MissingContactDetails, "contact", &[]));
    }
}

pub(super) fn subprocessor_rules(sp: &SubProcessor, uses: &Uses, today: Date, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::SubProcessor, id: sp.id, name: &sp.name, organisation_id: sp.organisation_id };
    contract_rules(&on, &sp.contract, None, today, out);
    if !uses.subprocessors.contains(&sp.id) {
        out.push(on.finding(Rule::SubprocessorUnused, "", &[]));
    }
    if sp.country.trim().is_empty() && sp.services.iter().all(|s| s.country.trim().is_empty()) {
        out.push(on.finding(Rule::SubprocessorWithoutCountry, "country", &[]));
    }
    for (i, s) in sp.services.iter().enumerate() {
        if matches!(s.safeguard, Some(Safeguard::PrivacyShield)) {
            out.push(on.finding_in(
                Rule::InvalidSafeguardPrivacyShield,
                Some(Case::Service),
                format!("services.{i}.safeguard"),
                &[],
            ));
        }
    }
}

/// How long before a contract's end the checks say it is ending.
const CONTRACT_ENDING_DAYS: i64 = 90;

/// A client controller's contract, and whom to tell of a change of sub-processors when the
/// activities carried out for it engage some.
pub(super) fn client_rules(c: &Controller, uses: &Uses, today: Date, out: &mut Vec<Finding>) {
    let on = On { kind: Kind::Controller, id: c.id, name: &c.name, organisation_id: c.organisation_id };
    contract_rules(&on, &c.contract, Some(Case::Client), today, out);
    if uses.clients_with_subprocessors.contains(&c.id) && c.contract.notification_contact.is_empty() {
        out.push(on.finding(Rule::NotificationContactMissing, "contract.notification_contact", &[]));
    }
}

/// A data processing agreement recorded (Art. 28(3)), and in force beyond the next 90 days.
fn contract_rules(on: &On<'_>, contract: &Contract, case: Option<Case>, today: Date, out: &mut Vec<Finding>) {
    if !contract.is_recorded() {
        out.push(on.finding_in(Rule::ContractMissing, case, "contract", &[]));
    }
    if let Some(ends) = contract.ends_on {
        let soon = today.plus_days(CONTRACT_ENDING_DAYS).unwrap_or(today);
        let args = [("date", Value::Date(ends)), ("days", Value::Number(CONTRACT_ENDING_DAYS as usize))];
        if ends < today {
            out.push(on.finding_in(Rule::ContractEnding, Some(Case::Expired), "contract.ends_on", &args));
        } else if ends <= soon {
            out.push(on.finding(Rule::ContractEnding, "contract.ends_on", &args));
        }
    }
}
