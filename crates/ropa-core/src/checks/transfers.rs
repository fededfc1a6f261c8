//! The rules on transfers to third countries and international organisations (Chapter V):
//! safeguards, adequacy decisions and their scope and end, superseded clauses, places and
//! recipients abroad with no transfer recorded.

use super::*;

/// Outside the EU and the EEA, for a country written as a recognised code or name; `None` when
/// it cannot be told.
pub(super) fn third_country(country: &str) -> Option<&'static countries::Country> {
    countries::recognise(country).filter(|c| !c.in_eea())
}

/// Third countries where the activity's data are kept or go (locations, recipients) with no
/// transfer entry for them.
pub(super) fn third_countries_without_transfer(
    a: &Activity,
    organisation: Option<&Organisation>,
) -> Vec<(String, &'static countries::Country)> {
    // Data kept in the organisation's own country do not leave it.
    let home = organisation.and_then(|o| countries::recognise(&o.country)).map(|c| c.code);
    let transferred: Vec<&str> =
        a.transfers.iter().filter_map(|t| countries::recognise(&t.country)).map(|c| c.code).collect();
    let mut missing = Vec::new();
    let places =
        a.locations.iter().enumerate().map(|(i, l)| (format!("locations.{i}.country"), l.country.as_str())).chain(
            a.recipients.iter().enumerate().map(|(i, r)| (format!("recipients.{i}.country"), r.country.as_str())),
        );
    for (field, country) in places {
        if let Some(c) = third_country(country).filter(|c| Some(c.code) != home) {
            if !transferred.contains(&c.code)
                && !missing.iter().any(|(_, m): &(String, &countries::Country)| m.code == c.code)
            {
                missing.push((field, c));
            }
        }
    }
    missing
}

/// How long before a decision relied on ends its end is said (six months).
pub(super) const ADEQUACY_NOTICE_DAYS: i64 = 183;

pub(super) fn transfer_rules(
    a: &Activity,
    organisation: Option<&Organisation>,
    today: Date,
    on: &On<'_>,
    out: &mut Vec<Finding>,
) {
    for (i, t) in a.transfers.iter().enumerate() {
        let field = |name: &str| format!("transfers.{i}.{name}");
        let to =
            if t.recipient.trim().is_empty() { t.country.clone() } else { format!("{} ({})", t.recipient, t.country) };
        // An international organisation is outside the GDPR wherever its seat is: its own
        // adequacy decision, or a safeguard, whatever country is recorded.
        if t.international_organisation && io_transfer_rules(t, &to, &field, on, out) {
            continue;
        }
        let to = || ("to", Value::from(to.as_str()));
        let country = if t.international_organisation { None } else { countries::recognise(&t.country) };
        let decision = country.and_then(|c| adequacy::for_country(c.code));
        // The former clauses the safeguard and its texts name, if any.
        let superseded = t
            .safeguard
            .as_ref()
            .and_then(|s| superseded_named(s, &[&t.safeguard_detail, &t.documentation], t.scc_module));
        // Inside the EU or the EEA (outermost regions and Åland included): no transfer at all.
        if let Some(c) = country.filter(|c| c.in_eea()) {
            out.push(on.finding(Rule::TransferInsideEea, field("country"), &[to(), ("country", Value::country(c))]));
            continue;
        }
        // A decision adopted for a time, relied on after its end or near it.
        if let (Some(c), Some(d), Some(end)) = (country, decision, decision.and_then(|d| d.expires)) {
            let relied_on = matches!(t.safeguard, Some(Safeguard::Adequacy) | None);
            let soon = today.plus_days(ADEQUACY_NOTICE_DAYS).is_some_and(|later| later >= end);
            let args =
                [to(), ("country", Value::country(c)), ("decision", d.decision.into()), ("end", Value::Date(end))];
            if relied_on && !d.applies_on(today) {
                out.push(on.finding(Rule::AdequacyExpired, field("safeguard"), &args));
                continue;
            }
            if relied_on && soon {
                out.push(on.finding(Rule::AdequacyExpiring, field("safeguard"), &args));
            }
        }
        // Art. 46 safeguards: the module of the 2021 clauses, and the transfer impact assessment
        // a transfer to a country without an adequacy decision calls for.
        if let Some(safeguard) = &t.safeguard {
            let art_46 = matches!(
                safeguard,
                Safeguard::StandardContractualClauses
                    | Safeguard::BindingCorporateRules
                    | Safeguard::CodeOfConduct
                    | Safeguard::Certification
                    | Safeguard::AdHocClauses
                    | Safeguard::SupervisoryAuthorityClauses
                    | Safeguard::PublicAuthorityInstrument
                    | Safeguard::AdministrativeArrangement
            );
            if *safeguard == Safeguard::StandardContractualClauses && t.scc_module.is_none() && superseded.is_none() {
                out.push(on.finding(Rule::SccModuleMissing, field("scc_module"), &[to()]));
            }
            let adequate = decision.is_some_and(|d| d.partial.is_none() && d.applies_on(today));
            if art_46
                && superseded.is_none()
                && !adequate
                && country.is_some()
                && t.impact_assessment.trim().is_empty()
                && t.impact_assessment_on.is_none()
            {
                out.push(on.finding(Rule::TransferImpactAssessmentMissing, field("impact_assessment"), &[to()]));
            }
        }
        match &t.safeguard {
            Some(Safeguard::PrivacyShield) => {
                out.push(on.finding(Rule::InvalidSafeguardPrivacyShield, field("safeguard"), &[to()]))
            }
            Some(Safeguard::Adequacy) => match (country, decision) {
                (Some(c), None) if !c.in_eea() => out.push(on.finding(
                    Rule::AdequacyNotInForce,
                    field("safeguard"),
                    &[to(), ("country", Value::country(c))],
                )),
                (Some(c), Some(d)) => {
                    if !d.listed_by.is_empty() {
                        // A decision that covers the recipients on a list (the United States':
                        // the Data Privacy Framework's) covers this one if the record says it is
                        // listed.
                        if !d.listed_in(&[&t.safeguard_detail, &t.documentation]) {
                            out.push(on.finding(
                                Rule::AdequacyUsWithoutDpf,
                                field("safeguard_detail"),
                                &[to(), ("adopted", Value::Date(d.adopted))],
                            ));
                        }
                    } else if let Some(covers) = d.partial {
                        out.push(on.finding(
                            Rule::AdequacyPartial,
                            field("safeguard"),
                            &[("country", Value::country(c)), ("covers", scope(covers))],
                        ));
                    }
                }
                _ => {}
            },
            // The former clauses, whether the record calls them standard contractual clauses
            // or names them in its own words (kept as written).
            Some(Safeguard::StandardContractualClauses | Safeguard::Other(_)) if superseded.is_some() => {
                let Some(old) = superseded else { continue };
                out.push(on.finding(
                    Rule::SupersededContractualClauses,
                    field("safeguard"),
                    &[to(), ("clauses", old.decision.into()), ("until", Value::Date(old.until))],
                ));
            }
            Some(Safeguard::Derogation(crate::model::Derogation::CompellingLegitimateInterests)) => {
                out.push(on.finding(Rule::DerogationCompellingInterests, field("safeguard"), &[to()]))
            }
            None => match country {
                Some(c) if !c.in_eea() => {
                    let (case, args) = match adequacy::for_country(c.code) {
                        // A decision that covers only part of the country covers the recipient
                        // only if it is in that part, which the record does not say.
                        Some(d) => match d.partial {
                            Some(covers) => (
                                Some(Case::Partial),
                                vec![
                                    to(),
                                    ("country", Value::country(c)),
                                    ("decision", d.decision.into()),
                                    ("covers", scope(covers)),
                                ],
                            ),
                            None => (
                                Some(Case::Adequate),
                                vec![to(), ("country", Value::country(c)), ("decision", d.decision.into())],
                            ),
                        },
                        None => (None, vec![to()]),
                    };
                    out.push(on.finding_in(Rule::TransferWithoutSafeguard, case, field("safeguard"), &args));
                }
                _ => {}
            },
            _ => {}
        }
    }
    for (field, c) in third_countries_without_transfer(a, organisation) {
        out.push(on.finding(Rule::ThirdCountryWithoutTransfer, field, &[("country", Value::country(c))]));
    }
}

/// What a partial adequacy decision covers, in each language.
pub(super) fn scope(covers: adequacy::Scope) -> Value<'static> {
    Value::Words(Text { en: covers.en.into(), fr: covers.fr.into(), de: covers.de.into() })
}

/// The rules of a transfer to an international organisation that differ from a country's: its
/// adequacy decision, if it has one (`data/international-organisations.tsv`). True when the
/// transfer's safeguard is settled here; false leaves the rules every safeguard has.
pub(super) fn io_transfer_rules(
    t: &crate::model::Transfer,
    to: &str,
    field: &dyn Fn(&str) -> String,
    on: &On<'_>,
    out: &mut Vec<Finding>,
) -> bool {
    let io = international::with_decision(&t.recipient).or_else(|| international::with_decision(&t.country));
    let to = ("to", Value::from(to));
    match (&t.safeguard, io) {
        (None, None) => {
            out.push(on.finding_in(Rule::TransferWithoutSafeguard, Some(Case::Organisation), field("safeguard"), &[to]))
        }
        (None, Some(o)) => {
            // The table has no German words yet: its English ones stand in.
            let (name, covers) = (Text { en: o.en.into(), fr: o.fr.into(), de: o.en.into() }, o.covers);
            let covers = Text { en: covers.0.into(), fr: covers.1.into(), de: covers.0.into() };
            out.push(on.finding_in(
                Rule::TransferWithoutSafeguard,
                Some(Case::OrganisationAdequate),
                field("safeguard"),
                &[
                    to,
                    ("organisation", Value::Words(name)),
                    ("decision", o.decision.into()),
                    ("covers", Value::Words(covers)),
                ],
            ))
        }
        (Some(Safeguard::Adequacy), None) => {
            out.push(on.finding_in(Rule::AdequacyNotInForce, Some(Case::Organisation), field("safeguard"), &[to]))
        }
        (Some(Safeguard::Adequacy), Some(_)) => {}
        _ => return false,
    }
    true
}

/// The former clauses a safeguard and its texts name, if any. Clauses recorded with a module are
/// the 2021 ones, whatever else their words call them ("model clauses"), unless a former
/// decision's number is named.
pub(super) fn superseded_named(
    safeguard: &Safeguard,
    texts: &[&str],
    module: Option<u8>,
) -> Option<&'static superseded::Superseded> {
    let written = match safeguard {
        Safeguard::Other(words) => Some(words.as_str()),
        _ => None,
    };
    let find = if module.is_some() { superseded::numbered_in } else { superseded::named_in };
    written.into_iter().chain(texts.iter().copied()).find_map(find)
}
