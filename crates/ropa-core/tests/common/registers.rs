//! Random registers full of awkward characters, for the round-trip tests, and a store holding one.

use proptest::prelude::*;
use ropa_core::date::Date;
use ropa_core::model::Register;
use ropa_core::model::*;
use ropa_core::Store;

/// Text with what breaks naive CSV: separators, quotes, line breaks, escapes, formula starts,
/// spaces at the ends, accents and symbols.
pub fn awkward_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ",", ";", "\t", "|", "\\", "\\n", "\"", "'", "\n", "\r\n", "\r", " ", "=", "+", "-", "@", "é", "€", "“", "”",
        "’", "–", "—", "Ω", "Ж", "中", "a", "B", "7", "(x)", " | ", "sep=;",
    ]);
    prop::collection::vec(pieces, 0..8).prop_map(|p| p.concat())
}

fn name(prefix: &'static str) -> impl Strategy<Value = String> {
    // Names are unique by construction (the index is added later) and never blank.
    awkward_text().prop_map(move |t| format!("{prefix}{t}"))
}

fn item() -> impl Strategy<Value = String> {
    awkward_text().prop_map(|t| format!("x{t}"))
}

fn opt_date() -> impl Strategy<Value = Option<Date>> {
    prop::option::of((1990i32..2040, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap()))
}

fn contact() -> impl Strategy<Value = Contact> {
    (item(), awkward_text(), awkward_text(), awkward_text(), awkward_text())
        .prop_map(|(name, role, email, phone, address)| Contact { name, role, email, phone, address })
}

prop_compose! {
    /// A data processing agreement, anything of it recorded or not.
    fn contract()(
        dates in (opt_date(), opt_date()),
        texts in (awkward_text(), awkward_text(), awkward_text(), awkward_text()),
        sub_processing in prop::option::of(prop::sample::select(vec![SubProcessing::Specific, SubProcessing::General])),
        scc_module in prop::option::of(1u8..=4),
        notification_contact in contact(),
    ) -> Contract {
        Contract {
            signed_on: dates.0,
            version: texts.0,
            ends_on: dates.1,
            sub_processing,
            scc_module,
            notification_contact,
            objection_period: texts.1,
            document: texts.2,
            sha256: texts.3,
        }
    }
}

prop_compose! {
    /// A notice recorded as sent (never wholly empty: an empty line is no notice).
    fn notice()(sent_on in opt_date(), seconds in 1_700_000_000i64..1_800_000_000, changes in 0u32..40, text in awkward_text()) -> SentNotice {
        SentNotice { sent_on, through: ropa_core::date::Timestamp::from_unix_seconds(seconds), changes, text }
    }
}

fn safeguard() -> impl Strategy<Value = Option<Safeguard>> {
    prop_oneof![
        Just(None),
        Just(Some(Safeguard::StandardContractualClauses)),
        Just(Some(Safeguard::PrivacyShield)),
        Just(Some(Safeguard::Derogation(Derogation::PublicRegister))),
        "[a-z]{3,8}".prop_map(|s| Some(Safeguard::Other(format!("zz {s}")))),
    ]
}

prop_compose! {
    fn activity_body()(
        reference in awkward_text(), description in awkward_text(), processor in any::<bool>(),
        status in prop::sample::select(vec![Status::Draft, Status::Active, Status::Retired]),
        joint in prop::collection::vec(contact(), 0..2),
        purposes in prop::collection::vec(item(), 0..3),
        bases in prop::collection::vec((prop_oneof![Just(LawfulBasis::Consent), Just(LawfulBasis::LegitimateInterests), "[a-z]{3,6}".prop_map(|s| LawfulBasis::Other(format!("zz {s}")))], awkward_text(), awkward_text()), 0..3),
        subjects in prop::collection::vec(item(), 0..3),
        categories in prop::collection::vec((item(), awkward_text(), prop::sample::select(vec![Sensitivity::Standard, Sensitivity::SpecialCategory, Sensitivity::CriminalOffence])), 0..3),
        recipients in prop::collection::vec((item(), prop_oneof![Just(RecipientKind::Internal), Just(RecipientKind::Processor), "[a-z]{3,6}".prop_map(|s| RecipientKind::Other(format!("zz {s}")))], prop::sample::select(vec!["", "US", "FR", "Mars", " fr "])), 0..3),
        locations in prop::collection::vec((item(), awkward_text(), prop::sample::select(vec!["", "IE", "Belgium or Netherlands"])), 0..2),
        transfers in prop::collection::vec((item(), prop::sample::select(vec!["US", "IN", ""]), safeguard(), awkward_text(), awkward_text(), any::<bool>()), 0..2),
        no_transfers in any::<bool>(),
        retention in prop::collection::vec((awkward_text(), prop::option::of((1u32..400, prop::sample::select(vec![TimeUnit::Days, TimeUnit::Weeks, TimeUnit::Months, TimeUnit::Years]))), awkward_text(), item()), 0..2),
        dpia in (prop::option::of(any::<bool>()), prop::option::of(prop::sample::select(vec![DpiaStatus::NotStarted, DpiaStatus::Completed])), awkward_text()),
        automated in (prop::option::of(any::<bool>()), awkward_text()),
        texts in (awkward_text(), awkward_text(), awkward_text(), awkward_text(), awkward_text(), awkward_text()),
        dates in (opt_date(), opt_date(), opt_date(), opt_date()),
    ) -> Activity {
        let (created_on, updated_on, last_review, next_review) = dates;
        // "No transfers" is stated only where none are listed (a store rule).
        let no_transfers = no_transfers && transfers.is_empty();
        Activity {
            reference, description,
            role: if processor { Role::Processor } else { Role::Controller },
            status,
            joint_controllers: joint,
            purposes,
            legal_bases: bases.into_iter().map(|(basis, detail, evidence)| LegalBasis { basis, detail, evidence }).collect(),
            special_bases: vec![],
            criminal_basis: texts.0,
            data_subjects: subjects,
            data_categories: categories.into_iter().map(|(name, detail, sensitivity)| DataCategory { name, detail, sensitivity }).collect(),
            source: texts.1,
            recipients: recipients.into_iter().map(|(name, kind, country)| Recipient { name, kind, country: country.to_string() }).collect(),
            locations: locations.into_iter().map(|(provider, place, country)| Location { provider, place, country: country.to_string() }).collect(),
            transfers: transfers.into_iter().map(|(recipient, country, safeguard, safeguard_detail, documentation, international_organisation)| Transfer { scc_module: (documentation.len() % 5 != 0).then(|| (documentation.len() % 4) as u8 + 1), impact_assessment: safeguard_detail.chars().rev().collect(), impact_assessment_on: (recipient.len() % 2 == 0).then(|| Date::from_ymd(2024, 1, 1).and_then(|d| d.plus_days(recipient.len() as i64))).flatten(), recipient, country: country.to_string(), safeguard, safeguard_detail, documentation, international_organisation }).collect(),
            no_transfers,
            retention: retention.into_iter().map(|(applies_to, period, from_event, criteria)| Retention { applies_to, period: period.map(|(amount, unit)| Period { amount, unit }), from_event, criteria }).collect(),
            dpia: Dpia { required: dpia.0, status: dpia.1, criteria: crate::common::registers::criteria_of(&dpia.2), reference: dpia.2 },
            automated_decisions: automated.0,
            automated_decisions_detail: automated.1,
            rights: texts.2, owner: texts.3, software: texts.4, notes: texts.5,
            created_on: created_on.or(Date::from_ymd(2020, 1, 1)),
            updated_on, last_review: None, next_review,
            ..Default::default()
        }
        .with_review(last_review)
    }
}

trait WithReview {
    fn with_review(self, last: Option<Date>) -> Self;
}

impl WithReview for Activity {
    /// A last review never before the record was created (the store refuses that).
    fn with_review(mut self, last: Option<Date>) -> Activity {
        self.last_review = last.filter(|d| Some(*d) >= self.created_on);
        self
    }
}

prop_compose! {
    pub fn random_register()(
        org_names in prop::collection::vec(name("O"), 1..3),
        orgs in prop::collection::vec((awkward_text(), contact(), contact(), any::<bool>(), any::<bool>(), awkward_text()), 2),
        controllers in prop::collection::vec((name("C"), contact(), awkward_text(), contract(), prop::collection::vec(notice(), 0..2)), 0..3),
        sites in prop::collection::vec((name("S"), awkward_text()), 0..3),
        measures in prop::collection::vec((name("M"), awkward_text(), prop::sample::select(MeasureCategory::ALL.to_vec())), 0..3),
        subprocessors in prop::collection::vec((name("P"), awkward_text(), prop::collection::vec((any::<prop::sample::Index>(), any::<bool>(), awkward_text(), awkward_text(), safeguard()), 0..3), contract()), 0..3),
        activities in prop::collection::vec((name("A"), activity_body(), any::<prop::sample::Index>(), prop::collection::vec(any::<prop::sample::Index>(), 0..3)), 0..4),
    ) -> Register {
        let mut r = Register::default();
        let n_orgs = org_names.len();
        for (i, (n, o)) in org_names.into_iter().zip(orgs).enumerate() {
            r.organisations.push(Organisation { id: i as i64 + 1, name: format!("{n}{i}"), address: o.0, dpo: o.1, representative: o.2, acts_as_controller: o.3, acts_as_processor: o.4, notes: o.5, ..Default::default() });
        }
        let org_of = |i: usize| (i % n_orgs) as i64 + 1;
        for (i, (n, c, notes, contract, notices)) in controllers.into_iter().enumerate() {
            r.controllers.push(Controller { id: i as i64 + 1, organisation_id: org_of(i), name: format!("{n}{i}"), contact: c, notes, contract, notices, ..Default::default() });
        }
        for (i, (n, d)) in sites.into_iter().enumerate() {
            r.sites.push(Site { id: i as i64 + 1, organisation_id: org_of(i), name: format!("{n}{i}"), description: d });
        }
        for (i, (n, d, category)) in measures.into_iter().enumerate() {
            r.measures.push(Measure { id: i as i64 + 1, organisation_id: org_of(i), name: format!("{n}{i}"), description: d, category });
        }
        for (i, (n, notes, services, contract)) in subprocessors.into_iter().enumerate() {
            let org = org_of(i);
            let own_sites: Vec<i64> = r.sites.iter().filter(|s| s.organisation_id == org).map(|s| s.id).collect();
            let services = services.into_iter().map(|(pick, on_site, place, purpose, safeguard)| SubProcessorService {
                site_id: if on_site && !own_sites.is_empty() { Some(own_sites[pick.index(own_sites.len())]) } else { None },
                country: "US".into(), place, purpose, duration: "Ongoing".into(), safeguard, safeguard_detail: String::new(),
            }).collect();
            r.subprocessors.push(SubProcessor { id: i as i64 + 1, organisation_id: org, name: format!("{n}{i}"), notes, services, contract, ..Default::default() });
        }
        for (i, (n, body, org_pick, links)) in activities.into_iter().enumerate() {
            let org = org_of(org_pick.index(n_orgs));
            let pick = |ids: Vec<i64>| -> Vec<i64> {
                let mut out: Vec<i64> = links.iter().filter(|_| !ids.is_empty()).map(|l| ids[l.index(ids.len())]).collect();
                out.dedup();
                let mut seen = Vec::new();
                out.retain(|id| { let new = !seen.contains(id); seen.push(*id); new });
                out
            };
            let controller_ids = pick(r.controllers.iter().filter(|c| c.organisation_id == org).map(|c| c.id).collect());
            let measure_ids = pick(r.measures.iter().filter(|m| m.organisation_id == org).map(|m| m.id).collect());
            let subprocessor_ids = pick(r.subprocessors.iter().filter(|s| s.organisation_id == org).map(|s| s.id).collect());
            r.activities.push(Activity { id: i as i64 + 1, organisation_id: org, name: format!("{n}{i}"), controller_ids, measure_ids, subprocessor_ids, ..body });
        }
        r
    }
}

/// Writes a register into a new store, keeping its ids.
pub fn store_of(register: &Register, dir: &std::path::Path) -> Store {
    let (mut store, _) = super::new_store(dir);
    store
        .write(|w| {
            for o in &register.organisations {
                w.create_with_id(o)?;
            }
            for c in &register.controllers {
                w.create_with_id(c)?;
            }
            for s in &register.sites {
                w.create_with_id(s)?;
            }
            for m in &register.measures {
                w.create_with_id(m)?;
            }
            for s in &register.subprocessors {
                w.create_with_id(s)?;
            }
            for a in &register.activities {
                w.create_with_id(a)?;
            }
            Ok(())
        })
        .unwrap();
    store
}

/// Some of the DPIA criteria, chosen by a text's length (so that random registers hold some).
pub fn criteria_of(text: &str) -> Vec<String> {
    ropa_core::reference::dpia::all()
        .iter()
        .enumerate()
        .filter(|(i, _)| (text.len() >> i) & 1 == 1)
        .map(|(_, c)| c.code.to_string())
        .collect()
}
