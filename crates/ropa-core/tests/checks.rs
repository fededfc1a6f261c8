//! The compliance checks: for each rule, a case where it fires and one where it does not; and on
//! the example register, the real problems of the two seed DPAs and nothing false.

#![allow(clippy::unwrap_used)]

mod common;

use ropa_core::checks::{check, check_activity, checked_completeness, completeness, Score, Severity};
use ropa_core::date::Date;
use ropa_core::demo;
use ropa_core::model::Register;
use ropa_core::model::{
    Activity, Contact, Controller, DataCategory, Dpia, LawfulBasis, LegalBasis, Location, Organisation, Recipient,
    RecipientKind, Retention, Role, Safeguard, Sensitivity, SpecialBasis, SpecialCondition, SubProcessor,
    SubProcessorService, Transfer,
};
use ropa_core::vocab::Lang;

fn today() -> Date {
    "2026-11-23".parse().unwrap()
}

fn organisation() -> Organisation {
    Organisation {
        id: 1,
        name: "Agence".into(),
        address: "1 rue de la Paix, Paris".into(),
        dpo: Contact { name: "Léa".into(), email: "dpo@agence.example".into(), ..Default::default() },
        acts_as_controller: true,
        ..Default::default()
    }
}

/// A controller activity with every Art. 30(1) item filled and nothing wrong.
fn good() -> Activity {
    Activity {
        id: 1,
        organisation_id: 1,
        name: "Paie".into(),
        role: Role::Controller,
        purposes: vec!["Payer les salariés".into()],
        legal_bases: vec![LegalBasis {
            basis: LawfulBasis::LegalObligation,
            detail: "Code du travail".into(),
            evidence: String::new(),
        }],
        data_subjects: vec!["Salariés".into()],
        data_categories: vec![DataCategory {
            name: "Identité".into(),
            detail: String::new(),
            sensitivity: Sensitivity::Standard,
        }],
        recipients: vec![Recipient { name: "Service RH".into(), kind: RecipientKind::Internal, country: "FR".into() }],
        retention: vec![Retention { criteria: "5 ans après le départ".into(), ..Default::default() }],
        measure_ids: vec![1],
        dpia: Dpia { required: Some(false), ..Default::default() },
        ..Default::default()
    }
}

fn rules(activity: Activity) -> Vec<&'static str> {
    let register = Register { organisations: vec![organisation()], activities: vec![activity], ..Default::default() };
    check(&register, today()).findings.into_iter().map(|f| f.rule).collect()
}

fn transfer(country: &str, safeguard: Option<Safeguard>, detail: &str) -> Transfer {
    Transfer {
        recipient: "Vendor".into(),
        country: country.into(),
        safeguard,
        safeguard_detail: detail.into(),
        ..Default::default()
    }
}

#[test]
fn a_complete_lawful_activity_has_no_finding_and_a_full_score() {
    assert_eq!(rules(good()), Vec::<&str>::new());
    let score = completeness(&good(), Some(&organisation()));
    assert_eq!((score.filled, score.total, score.percent()), (9, 9, 100));
}

/// An item an error concerns is not counted as filled: special-category data without an Art. 9
/// condition leave the data categories short, in `check` as for one activity alone; recording
/// the condition fills them again.
#[test]
fn an_item_an_error_concerns_is_not_counted_as_filled() {
    let mut a = good();
    a.data_categories.push(DataCategory {
        name: "Santé".into(),
        detail: "Arrêts maladie".into(),
        sensitivity: Sensitivity::SpecialCategory,
    });
    let score = |a: &Activity| {
        let register =
            Register { organisations: vec![organisation()], activities: vec![a.clone()], ..Default::default() };
        let report = check(&register, today());
        let alone = checked_completeness(a, Some(&organisation()), &check_activity(a, Some(&organisation()), today()));
        assert_eq!(report.scores[0].score, alone);
        assert_eq!(report.register_score, alone);
        (report.errors(), alone)
    };
    // Every item holds something...
    assert_eq!(completeness(&a, Some(&organisation())), Score { filled: 9, total: 9 });
    // ...and the data categories hold an error.
    assert_eq!(score(&a), (1, Score { filled: 8, total: 9 }));
    a.special_bases =
        vec![SpecialBasis { condition: SpecialCondition::EmploymentSocialSecurity, detail: "Code du travail".into() }];
    assert_eq!(score(&a), (0, Score { filled: 9, total: 9 }));
}

/// Whatever the error, on a controller's activity or a processor's, the activity does not show
/// complete; a warning takes nothing off.
#[test]
fn an_activity_with_an_error_is_never_shown_complete() {
    type Change = fn(&mut Activity);
    let processor: Change = |a| {
        a.role = Role::Processor;
        a.controller_ids = vec![1];
        a.legal_bases.clear();
    };
    let cases: Vec<(&str, Change)> = vec![
        ("special-category-without-condition", |a| a.data_categories[0].sensitivity = Sensitivity::SpecialCategory),
        ("criminal-data-without-basis", |a| a.data_categories[0].sensitivity = Sensitivity::CriminalOffence),
        ("transfer-without-safeguard", |a| a.transfers = vec![transfer("IN", None, "")]),
        ("invalid-safeguard-privacy-shield", |a| {
            a.transfers = vec![transfer("US", Some(Safeguard::PrivacyShield), "")]
        }),
        ("adequacy-not-in-force", |a| a.transfers = vec![transfer("IN", Some(Safeguard::Adequacy), "")]),
        ("superseded-contractual-clauses", |a| {
            a.transfers = vec![transfer("IN", Some(Safeguard::Other("Model clauses".into())), "")]
        }),
        ("missing-security-measures", |a| a.measure_ids.clear()),
    ];
    for (rule, change) in cases {
        for role in [None, Some(processor)] {
            let mut a = good();
            if let Some(role) = role {
                role(&mut a);
            }
            change(&mut a);
            let findings = check_activity(&a, Some(&organisation()), today());
            assert!(findings.iter().any(|f| f.rule == rule && f.severity == Severity::Error), "{rule}: {findings:#?}");
            let score = checked_completeness(&a, Some(&organisation()), &findings);
            assert!(score.filled < score.total && score.percent() < 100, "{rule} ({:?}): {score:?}", a.role);
        }
    }
    // A warning (legitimate interests, the interest unstated) leaves the score whole.
    let mut a = good();
    a.legal_bases[0] = LegalBasis { basis: LawfulBasis::LegitimateInterests, ..Default::default() };
    let findings = check_activity(&a, Some(&organisation()), today());
    assert!(findings.iter().all(|f| f.severity == Severity::Warning) && !findings.is_empty(), "{findings:#?}");
    assert_eq!(checked_completeness(&a, Some(&organisation()), &findings), Score { filled: 9, total: 9 });
}

/// Each case: a change to the good activity, and the rule it must (and must only) raise.
#[test]
fn each_rule_fires_on_its_case() {
    type Change = fn(&mut Activity);
    let cases: Vec<(&str, Change)> = vec![
        ("missing-purposes", |a| a.purposes.clear()),
        ("missing-legal-basis", |a| a.legal_bases.clear()),
        ("missing-data-subjects", |a| a.data_subjects.clear()),
        ("missing-data-categories", |a| a.data_categories.clear()),
        ("missing-retention", |a| a.retention.clear()),
        ("missing-recipients", |a| a.recipients.clear()),
        ("missing-security-measures", |a| a.measure_ids.clear()),
        ("processor-without-controller", |a| {
            a.role = Role::Processor;
            a.legal_bases.clear();
        }),
        ("processor-with-own-legal-basis", |a| {
            a.role = Role::Processor;
            a.controller_ids = vec![1];
            a.legal_bases = vec![LegalBasis {
                basis: LawfulBasis::LegitimateInterests,
                detail: "Analytics".into(),
                evidence: String::new(),
            }];
        }),
        ("transfer-without-safeguard", |a| a.transfers = vec![transfer("IN", None, "")]),
        ("invalid-safeguard-privacy-shield", |a| {
            a.transfers = vec![transfer("US", Some(Safeguard::PrivacyShield), "")]
        }),
        ("adequacy-not-in-force", |a| a.transfers = vec![transfer("IN", Some(Safeguard::Adequacy), "")]),
        ("adequacy-us-without-dpf", |a| a.transfers = vec![transfer("US", Some(Safeguard::Adequacy), "")]),
        ("adequacy-partial", |a| a.transfers = vec![transfer("CA", Some(Safeguard::Adequacy), "")]),
        ("transfer-inside-eea", |a| a.transfers = vec![transfer("RE", None, "")]),
        // The former clauses in the register's own words: kept as written, and an error.
        ("superseded-contractual-clauses", |a| {
            a.transfers = vec![transfer("IN", Some(Safeguard::Other("Model clauses".into())), "")]
        }),
        ("derogation-compelling-interests", |a| {
            a.transfers = vec![transfer(
                "IN",
                Some(Safeguard::Derogation(ropa_core::model::Derogation::CompellingLegitimateInterests)),
                "",
            )]
        }),
        ("superseded-contractual-clauses", |a| {
            a.transfers =
                vec![transfer("US", Some(Safeguard::StandardContractualClauses), "Model Clauses (2010/87/EU)")]
        }),
        ("third-country-without-transfer", |a| {
            a.locations = vec![Location { country: "US".into(), place: "Virginia".into(), provider: "AWS".into() }]
        }),
        ("special-category-without-condition", |a| {
            a.data_categories.push(DataCategory {
                name: "Santé".into(),
                detail: String::new(),
                sensitivity: Sensitivity::SpecialCategory,
            });
            a.dpia.required = Some(false);
            a.retention[0].applies_to = "Identité".into();
        }),
        ("criminal-data-without-basis", |a| {
            a.data_categories.push(DataCategory {
                name: "Casier".into(),
                detail: String::new(),
                sensitivity: Sensitivity::CriminalOffence,
            });
            a.dpia.required = Some(false);
            a.retention[0].applies_to = "Identité".into();
        }),
        ("legitimate-interest-unstated", |a| {
            a.legal_bases = vec![LegalBasis { basis: LawfulBasis::LegitimateInterests, ..Default::default() }]
        }),
        ("consent-without-record", |a| {
            a.legal_bases = vec![LegalBasis { basis: LawfulBasis::Consent, ..Default::default() }]
        }),
        ("retention-indefinite", |a| a.retention[0].criteria = "Conservées indéfiniment".into()),
        ("dpia-likely", |a| {
            // Two criteria: automated decisions, and employees (vulnerable data subjects).
            a.automated_decisions = Some(true);
            a.dpia.required = None;
        }),
        ("dpia-screening", |a| a.dpia.required = None),
        ("review-overdue", |a| a.next_review = Some("2026-01-15".parse().unwrap())),
        ("value-not-recognised", |a| a.legal_bases[0].basis = LawfulBasis::Other("Mission".into())),
        ("recipient-kind-missing", |a| a.recipients[0].kind = RecipientKind::Other(String::new())),
        ("sensitive-data-marked-standard", |a| {
            a.data_categories.push(DataCategory {
                name: "Données de santé".into(),
                detail: String::new(),
                sensitivity: Sensitivity::Standard,
            });
            a.retention[0].applies_to = "Identité".into();
        }),
    ];
    for (rule, change) in cases {
        let mut a = good();
        change(&mut a);
        let found = rules(a);
        assert!(found.contains(&rule), "{rule} did not fire: {found:?}");
        let others: Vec<&&str> = found.iter().filter(|r| **r != rule).collect();
        assert!(others.is_empty(), "{rule}'s case also raised {others:?}");
    }
}

/// The same cases done right: nothing fires.
#[test]
fn each_rule_stays_silent_when_its_item_is_right() {
    let mut a = good();
    a.transfers = vec![
        Transfer {
            scc_module: Some(2),
            impact_assessment: "TIA India 2026".into(),
            ..transfer("IN", Some(Safeguard::StandardContractualClauses), "2021 SCCs, module 2")
        },
        transfer("US", Some(Safeguard::Adequacy), "certified under the EU-US Data Privacy Framework"),
        transfer("CH", Some(Safeguard::Adequacy), ""),
    ];
    a.locations = vec![Location { country: "US".into(), place: "Virginia".into(), provider: "AWS".into() }];
    a.data_categories.push(DataCategory {
        name: "Santé".into(),
        detail: String::new(),
        sensitivity: Sensitivity::SpecialCategory,
    });
    a.special_bases =
        vec![SpecialBasis { condition: SpecialCondition::EmploymentSocialSecurity, detail: "Code du travail".into() }];
    a.data_categories.push(DataCategory {
        name: "Casier".into(),
        detail: String::new(),
        sensitivity: Sensitivity::CriminalOffence,
    });
    a.criminal_basis = "Code de la sécurité intérieure".into();
    a.dpia = Dpia { required: Some(true), ..Default::default() };
    a.legal_bases.push(LegalBasis {
        basis: LawfulBasis::LegitimateInterests,
        detail: "Prévenir la fraude".into(),
        evidence: String::new(),
    });
    a.legal_bases.push(LegalBasis {
        basis: LawfulBasis::Consent,
        detail: String::new(),
        evidence: "Formulaire signé".into(),
    });
    a.retention = vec![
        Retention { applies_to: "Identité".into(), criteria: "5 ans".into(), ..Default::default() },
        Retention { applies_to: "Santé".into(), criteria: "2 ans".into(), ..Default::default() },
    ];
    a.next_review = Some("2027-01-15".parse().unwrap());
    assert_eq!(rules(a.clone()), Vec::<&str>::new());
    // Data kept in the organisation's own third country do not leave it.
    let uk = Organisation { country: "GB".into(), ..organisation() };
    let leeds = Activity {
        locations: vec![Location { country: "GB".into(), place: "Leeds".into(), provider: String::new() }],
        ..good()
    };
    let register = Register { organisations: vec![uk], activities: vec![leeds], ..Default::default() };
    assert!(check(&register, today()).findings.is_empty());
}

#[test]
fn organisations_and_sub_processors_have_their_rules() {
    let mut register = Register {
        organisations: vec![Organisation {
            address: String::new(),
            dpo: Contact { name: "Léa".into(), ..Default::default() },
            ..organisation()
        }],
        subprocessors: vec![SubProcessor {
            id: 1, organisation_id: 1, name: "Hébergeur".into(), ..Default::default()
        }],
        activities: vec![good()],
        ..Default::default()
    };
    let found: Vec<&str> = check(&register, today()).findings.iter().map(|f| f.rule).collect();
    assert_eq!(
        found,
        ["missing-contact-details", "subprocessor-without-country", "contract-missing", "subprocessor-unused"]
    );
    // An organisation with neither role.
    let roleless = Register {
        organisations: vec![Organisation { acts_as_controller: false, acts_as_processor: false, ..organisation() }],
        ..Default::default()
    };
    assert_eq!(check(&roleless, today()).findings.iter().map(|f| f.rule).collect::<Vec<_>>(), ["missing-role"]);
    register.organisations = vec![organisation()];
    register.subprocessors[0].services =
        vec![SubProcessorService { country: "DE".into(), purpose: "Hébergement".into(), ..Default::default() }];
    register.activities[0].subprocessor_ids = vec![1];
    register.subprocessors[0].contract.signed_on = Some("2024-01-10".parse().unwrap());
    assert!(check(&register, today()).findings.is_empty());
}

/// Art. 28: a contract recorded for each sub-processor and client, in force beyond the next 90
/// days, and whom to tell of a change of sub-processors for a client whose activities use some.
#[test]
fn contracts_are_recorded_in_force_and_name_whom_to_notify() {
    let processor = Organisation { acts_as_controller: false, acts_as_processor: true, ..organisation() };
    let client = Controller { id: 7, organisation_id: 1, name: "Client SA".into(), ..Default::default() };
    let host = SubProcessor {
        id: 3,
        organisation_id: 1,
        name: "Hébergeur".into(),
        country: "FR".into(),
        ..Default::default()
    };
    let hosting = Activity {
        role: Role::Processor,
        controller_ids: vec![7],
        subprocessor_ids: vec![3],
        legal_bases: Vec::new(),
        ..good()
    };
    let mut register = Register {
        organisations: vec![processor],
        controllers: vec![client],
        subprocessors: vec![host],
        activities: vec![hosting],
        ..Default::default()
    };
    let on = |register: &Register, rule: &str| -> Vec<(String, String, Severity, String)> {
        check(register, today())
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| (f.entity_name.clone(), f.field.clone(), f.severity, f.message.get(Lang::En).to_string()))
            .collect()
    };
    // Neither contract recorded; the client's activity engages a sub-processor and no one is
    // named to hear of a change.
    let missing = on(&register, "contract-missing");
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing.iter().any(|(name, _, severity, message)| name == "Client SA"
        && *severity == Severity::Info
        && message.contains("this client")));
    assert!(missing.iter().any(|(name, ..)| name == "Hébergeur"));
    let notify = on(&register, "notification-contact-missing");
    assert_eq!(notify.len(), 1);
    assert_eq!((notify[0].0.as_str(), notify[0].1.as_str()), ("Client SA", "contract.notification_contact"));
    // Recorded: a date is enough; a notification contact quiets the warning.
    register.controllers[0].contract.version = "DPA v2".into();
    register.controllers[0].contract.notification_contact.email = "privacy@client.example".into();
    register.subprocessors[0].contract.sha256 = "ab".repeat(32);
    assert!(on(&register, "contract-missing").is_empty());
    assert!(on(&register, "notification-contact-missing").is_empty());
    // Ending: within 90 days a warning, past its end another; 91 days ahead, nothing.
    let days = |n: i64| Some(today().plus_days(n).unwrap());
    register.controllers[0].contract.ends_on = days(90);
    let ending = on(&register, "contract-ending");
    assert_eq!(ending.len(), 1);
    assert_eq!(ending[0].2, Severity::Warning);
    assert!(ending[0].3.contains("ends on") && ending[0].3.contains("90 days"), "{}", ending[0].3);
    register.controllers[0].contract.ends_on = days(91);
    assert!(on(&register, "contract-ending").is_empty());
    register.subprocessors[0].contract.ends_on = days(-1);
    let ended = on(&register, "contract-ending");
    assert_eq!(ended.len(), 1);
    assert!(ended[0].3.contains("ended on"), "{}", ended[0].3);
    assert_eq!(ended[0].1, "contract.ends_on");
    // A client served only by activities without sub-processors has nothing to be told.
    register.controllers[0].contract.notification_contact = Contact::default();
    register.activities[0].subprocessor_ids.clear();
    assert!(on(&register, "notification-contact-missing").is_empty());
}

#[test]
fn stale_reference_data_are_flagged_a_year_after_their_check() {
    let register = Register::default();
    let checked = check(&register, today()).reference_checked;
    assert!(!check(&register, checked.plus_days(365).unwrap()).reference_stale);
    assert!(check(&register, checked.plus_days(366).unwrap()).reference_stale);
}

#[test]
fn the_example_register_shows_the_real_problems_of_its_two_dpas() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    let report = check(&register, today());
    let org = |name: &str| register.organisations.iter().find(|o| o.name.contains(name)).unwrap().id;
    let (scalingo, coderpad) = (org("Scalingo"), org("CoderPad"));
    let errors = |id| report.findings.iter().filter(move |f| f.organisation_id == id && f.severity == Severity::Error);

    // Scalingo: the Intercom transfer rests on the Privacy Shield: an error.
    assert!(
        errors(scalingo).any(|f| f.rule == "invalid-safeguard-privacy-shield"),
        "{:#?}",
        report.findings.iter().filter(|f| f.organisation_id == scalingo).collect::<Vec<_>>()
    );
    // CoderPad gives its DPO's phone and address: contact details are there.
    assert!(!report.findings.iter().any(|f| f.organisation_id == coderpad && f.rule == "missing-contact-details"));
    // Scalingo's DPA gives none.
    assert!(errors(scalingo).any(|f| f.rule == "missing-contact-details"));
    // CoderPad: its US transfers under standard contractual clauses are no error.
    let coderpad_transfer_errors: Vec<_> = errors(coderpad)
        .filter(|f| f.field.starts_with("transfers") || f.rule.contains("safeguard") || f.rule.contains("adequacy"))
        .collect();
    assert!(coderpad_transfer_errors.is_empty(), "{coderpad_transfer_errors:#?}");
    // Every finding names an entry that exists, and says what to do in both languages.
    for f in &report.findings {
        assert!(!f.message.en.is_empty() && !f.message.fr.is_empty() && !f.hint.en.is_empty() && !f.hint.fr.is_empty());
    }
    assert!(report.register_score.total > 0);
}

#[test]
fn one_activity_s_findings_are_those_the_whole_register_s_check_gives_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    let report = check(&register, today());
    for a in &register.activities {
        let organisation = register.organisations.iter().find(|o| o.id == a.organisation_id);
        let alone = check_activity(a, organisation, today());
        let within: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == ropa_core::store::Kind::Activity && f.entity_id == a.id)
            .cloned()
            .collect();
        assert_eq!(alone, within, "{}", a.name);
    }
}

/// Each activity's summary as the whole register's check scores and counts it: what the streamed
/// overview must give.
fn summaries(register: &Register, report: &ropa_core::checks::Report) -> Vec<ropa_core::view::ActivitySummary> {
    register
        .activities
        .iter()
        .map(|a| {
            let of = |s| {
                report
                    .findings
                    .iter()
                    .filter(|f| f.kind == ropa_core::store::Kind::Activity && f.entity_id == a.id && f.severity == s)
                    .count() as u32
            };
            let score = report.scores.iter().find(|s| s.activity_id == a.id).unwrap().score;
            ropa_core::view::summary(a, score, of(Severity::Error), of(Severity::Warning))
        })
        .collect()
}

/// The window's overview, read a batch of activities at a time, says what the whole register's
/// check says: the same summaries, and per organisation the same counts.
#[test]
fn the_streamed_overview_matches_the_whole_register_s_check() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    let report = check(&register, today());
    let overview = ropa_core::view::overview(&store, today()).unwrap();
    assert_eq!(overview.activities, summaries(&register, &report));
    let texts: Vec<(i64, String)> =
        register.activities.iter().map(|a| (a.id, ropa_core::view::search_text(a))).collect();
    assert_eq!(overview.search_texts, texts);
    assert!(texts.iter().any(|(_, t)| t.contains("intercom")), "{texts:?}");
    assert_eq!(overview.catalogue, Register { activities: Vec::new(), ..register.clone() });
    for counts in &overview.organisation_checks {
        let of = |s| {
            report.findings.iter().filter(|f| f.organisation_id == counts.organisation_id && f.severity == s).count()
                as u32
        };
        assert_eq!((counts.errors, counts.warnings), (of(Severity::Error), of(Severity::Warning)));
        // Its register's completeness: its activities' items together, as its check scores it.
        let part = ropa_core::view::for_organisation(&register, counts.organisation_id);
        assert_eq!(counts.score, check(&part, today()).register_score);
        let (filled, total) = register
            .activities
            .iter()
            .filter(|a| a.organisation_id == counts.organisation_id)
            .map(|a| report.scores.iter().find(|s| s.activity_id == a.id).unwrap().score)
            .fold((0, 0), |(filled, total), s| (filled + s.filled, total + s.total));
        assert_eq!(counts.score, Score { filled, total });
    }
    // The example has errors (Scalingo's Privacy Shield), so the comparison is not of zeros.
    assert!(overview.organisation_checks.iter().any(|c| c.errors > 0));
    assert!(overview.organisation_checks.iter().all(|c| c.score.total > 0));
    // No activity with an error shows complete.
    for a in &overview.activities {
        assert!(a.errors == 0 || a.score.filled < a.score.total, "{}: {:?}", a.name, a.score);
    }
    assert_eq!(overview.organisation_checks.len(), register.organisations.len());
}

/// The Treaties' map: the outermost regions and Åland are in the EU (a transfer there is none);
/// the overseas countries and territories are not (a transfer there needs a safeguard).
#[test]
fn eu_territories_are_no_third_countries_and_overseas_territories_are() {
    for code in ["RE", "GP", "MQ", "GF", "YT", "MF", "AX"] {
        let mut a = good();
        a.transfers = vec![transfer(code, None, "")];
        assert_eq!(rules(a), ["transfer-inside-eea"], "{code}");
    }
    for code in ["NC", "PF", "BL", "GL", "AW", "FO"] {
        let mut a = good();
        a.transfers = vec![transfer(code, None, "")];
        let found = rules(a);
        assert!(found.contains(&"transfer-without-safeguard") || code == "FO", "{code}: {found:?}");
        assert!(!found.contains(&"transfer-inside-eea"), "{code}");
    }
}

/// A partial adequacy decision (the United States, Canada, Israel...) is no safeguard for a
/// recipient the record does not show to be covered; a full one only asks to be recorded.
#[test]
fn a_partial_adequacy_decision_is_no_safeguard_until_the_recipient_is_shown_covered() {
    let severity = |code: &str| {
        let mut a = good();
        a.transfers = vec![transfer(code, None, "")];
        let register = Register { organisations: vec![organisation()], activities: vec![a], ..Default::default() };
        check(&register, today())
            .findings
            .into_iter()
            .find(|f| f.rule == "transfer-without-safeguard")
            .map(|f| f.severity)
    };
    for code in ["US", "CA", "IL", "JP", "KR"] {
        assert_eq!(severity(code), Some(Severity::Warning), "{code}");
    }
    assert_eq!(severity("CH"), Some(Severity::Info));
    assert_eq!(severity("IN"), Some(Severity::Error));
}

/// A decision adopted for a time: said six months before its end, an error after it.
#[test]
fn an_adequacy_decision_near_or_past_its_end_is_said() {
    let on = |day: &str, safeguard: Option<Safeguard>| {
        let mut a = good();
        a.transfers = vec![transfer("GB", safeguard, "")];
        let register = Register { organisations: vec![organisation()], activities: vec![a], ..Default::default() };
        check(&register, day.parse().unwrap()).findings.into_iter().map(|f| f.rule).collect::<Vec<_>>()
    };
    assert!(!on("2031-01-01", Some(Safeguard::Adequacy)).iter().any(|r| r.starts_with("adequacy-exp")));
    assert!(on("2031-08-01", Some(Safeguard::Adequacy)).contains(&"adequacy-expiring"));
    assert!(on("2032-01-01", Some(Safeguard::Adequacy)).contains(&"adequacy-expired"));
    assert!(on("2032-01-01", None).contains(&"adequacy-expired"));
    // Standard contractual clauses do not depend on it.
    assert!(!on("2032-01-01", Some(Safeguard::StandardContractualClauses)).iter().any(|r| r.starts_with("adequacy")));
}

/// Special-category data alone is one criterion of the guidelines on DPIA, not two: worth
/// assessing (an info), not "likely required" (a warning), until another criterion shows.
#[test]
fn one_dpia_criterion_is_an_info_two_are_a_warning() {
    let with = |subjects: &str| {
        let mut a = good();
        a.dpia.required = None;
        a.purposes = vec!["Suivi des commandes".into()];
        a.data_subjects = vec![subjects.into()];
        a.data_categories.push(DataCategory {
            name: "Santé".into(),
            detail: String::new(),
            sensitivity: Sensitivity::SpecialCategory,
        });
        a.special_bases = vec![SpecialBasis { condition: SpecialCondition::ExplicitConsent, ..Default::default() }];
        a.retention[0].applies_to = "Santé".into();
        let register = Register { organisations: vec![organisation()], activities: vec![a], ..Default::default() };
        check(&register, today())
            .findings
            .into_iter()
            .filter(|f| f.rule.starts_with("dpia"))
            .map(|f| (f.rule, f.severity, f.message.en))
            .collect::<Vec<_>>()
    };
    let customers = with("Clients");
    assert_eq!(customers.len(), 1, "{customers:?}");
    assert_eq!((customers[0].0, customers[0].1), ("dpia-screening", Severity::Info));
    let patients = with("Patients");
    assert_eq!((patients[0].0, patients[0].1), ("dpia-likely", Severity::Warning));
    assert!(patients[0].2.contains("vulnerable") && patients[0].2.contains("Sensitive"), "{}", patients[0].2);
}

/// A transfer to an international organisation: outside the GDPR wherever its seat is; the
/// European Patent Organisation has an adequacy decision (2025/1382), others none.
#[test]
fn transfers_to_international_organisations_are_checked_as_such() {
    let io = |name: &str, seat: &str, safeguard: Option<Safeguard>| {
        let mut a = good();
        a.transfers = vec![Transfer {
            recipient: name.into(),
            country: seat.into(),
            international_organisation: true,
            safeguard,
            ..Default::default()
        }];
        let register = Register { organisations: vec![organisation()], activities: vec![a], ..Default::default() };
        check(&register, today()).findings.into_iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>()
    };
    // Seated in the EU, and still a transfer needing a safeguard.
    assert_eq!(io("World Health Organization", "CH", None), [("transfer-without-safeguard", Severity::Error)]);
    assert_eq!(io("Eurocontrol", "BE", None), [("transfer-without-safeguard", Severity::Error)]);
    assert_eq!(io("Eurocontrol", "BE", Some(Safeguard::Adequacy)), [("adequacy-not-in-force", Severity::Error)]);
    assert_eq!(io("European Patent Office", "DE", None), [("transfer-without-safeguard", Severity::Info)]);
    assert!(io("European Patent Office", "DE", Some(Safeguard::Adequacy)).is_empty());
    assert!(io("Eurocontrol", "BE", Some(Safeguard::PublicAuthorityInstrument)).is_empty());
}

/// Art. 30(5): under the threshold (a dated figure in data/), the organisation is told what the
/// exemption does not reach; at or above it, nothing is said.
#[test]
fn the_record_exemption_is_said_with_what_it_does_not_reach() {
    let said = |headcount: Option<u32>| {
        let mut organisation = organisation();
        organisation.headcount = headcount;
        let mut health = good();
        health.id = 2;
        health.name = "Médecine du travail".into();
        health.data_categories[0].sensitivity = Sensitivity::SpecialCategory;
        let register =
            Register { organisations: vec![organisation], activities: vec![good(), health], ..Default::default() };
        check(&register, today()).findings.into_iter().filter(|f| f.rule == "record-exemption").collect::<Vec<_>>()
    };
    let small = said(Some(40));
    assert_eq!(small.len(), 1);
    assert_eq!(small[0].severity, Severity::Info);
    assert!(small[0].message.en.contains("employs 40 persons, fewer than 250"), "{}", small[0].message.en);
    assert!(small[0].message.en.contains("(Médecine du travail)"), "{}", small[0].message.en);
    assert!(small[0].message.fr.contains("emploie 40 personnes"), "{}", small[0].message.fr);
    assert!(said(Some(250)).is_empty());
    assert!(said(None).is_empty());
}

/// Standard contractual clauses record their module; an Art. 46 transfer to a country without a
/// (full) adequacy decision records its transfer impact assessment. Both infos, each silent once
/// recorded.
#[test]
fn an_art_46_transfer_records_its_module_and_its_impact_assessment() {
    let rules_of = |t: Transfer| {
        let mut a = good();
        a.transfers = vec![t];
        rules(a)
    };
    let scc = transfer("IN", Some(Safeguard::StandardContractualClauses), "");
    assert_eq!(rules_of(scc.clone()), ["scc-module-missing", "transfer-impact-assessment-missing"]);
    let recorded = Transfer {
        scc_module: Some(2),
        impact_assessment: "TIA-2026-04 (legal drive)".into(),
        impact_assessment_on: Some("2026-04-01".parse().unwrap()),
        ..scc
    };
    assert!(rules_of(recorded).is_empty());
    // Binding corporate rules to the United States (a partial decision): an assessment is due.
    assert_eq!(
        rules_of(transfer("US", Some(Safeguard::BindingCorporateRules), "")),
        ["transfer-impact-assessment-missing"]
    );
    // Clauses to Switzerland (a full decision): no assessment asked.
    let ch = Transfer { scc_module: Some(1), ..transfer("CH", Some(Safeguard::StandardContractualClauses), "") };
    assert!(rules_of(ch).is_empty());
}

/// The criteria the DPO records count with those the record's words show: employees (read from
/// the data subjects) and a large scale (recorded) make two.
#[test]
fn recorded_dpia_criteria_count_with_those_the_record_shows() {
    let mut a = good();
    a.dpia.required = None;
    assert_eq!(rules(a.clone()), ["dpia-screening"]);
    a.dpia.criteria = vec!["large_scale".into()];
    assert_eq!(rules(a.clone()), ["dpia-likely"]);
    a.dpia.criteria = vec!["not_a_criterion".into()];
    let register = Register { organisations: vec![organisation()], activities: vec![a], ..Default::default() };
    // An unknown code is refused when saved (validation), whatever the checks read.
    let errors = ropa_core::validate::activity(&register.activities[0]);
    assert!(errors.iter().any(|e| e.field == "dpia.criteria.0"), "{errors:?}");
}

/// "Model clauses" with a module recorded are the 2021 clauses by another name; a former
/// decision's number still flags them.
#[test]
fn model_clauses_with_a_module_are_the_2021_ones_unless_a_former_decision_is_named() {
    let with = |detail: &str| {
        let mut a = good();
        a.transfers = vec![Transfer {
            scc_module: Some(2),
            impact_assessment: "TIA".into(),
            ..transfer("IN", Some(Safeguard::StandardContractualClauses), detail)
        }];
        rules(a)
    };
    assert!(with("EU model clauses").is_empty());
    assert_eq!(with("Model clauses (2010/87/EU)"), ["superseded-contractual-clauses"]);
}

/// A finding reads in German as a German DPO writes it: the DSGVO cited by "Abs." and "lit.",
/// dates as German writes them; its rule, severity and article are the catalogue's.
#[test]
fn german_findings_read_in_german() {
    let finding = |t: Transfer| {
        let mut a = good();
        a.transfers = vec![t];
        check_activity(&a, Some(&organisation()), today()).into_iter().next().unwrap()
    };
    let f = finding(transfer("IN", None, ""));
    assert_eq!((f.rule, f.severity), ("transfer-without-safeguard", Severity::Error));
    assert_eq!(
        f.message.de,
        "Für die Übermittlung an Vendor (IN), ein Drittland ohne Angemessenheitsbeschluss, ist keine Garantie erfasst."
    );
    assert_eq!(f.article.de, "Art. 44, 46 DSGVO");
    assert!(f.hint.de.starts_with("Erfassen Sie die bestehende Garantie nach Art. 46 DSGVO"), "{}", f.hint.de);
    // The English and French are those the rule always gave.
    assert_eq!(
        f.message.en,
        "The transfer to Vendor (IN), a third country without an adequacy decision, records no safeguard."
    );
    assert_eq!(f.article.fr, "art. 44, 46 RGPD");
    // A partial decision: a warning, with the decision's scope and the country in German.
    let f = finding(transfer("CA", None, ""));
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.de.contains("dieses Land (Kanada, Decision 2002/2/EC) erfasst nur Empfänger, die dem PIPEDA"));
    // The Privacy Shield: the judgment and its day from data/, the day as each language writes it.
    let f = finding(transfer("US", Some(Safeguard::PrivacyShield), ""));
    assert!(f.message.de.contains("am 16. Juli 2020 für ungültig erklärt hat (Schrems II, C-311/18)"));
    assert!(f.message.en.contains("invalidated on 16 July 2020 (Schrems II, C-311/18)"));
    assert_eq!(f.article.de, "Art. 44, 45 DSGVO; EuGH C-311/18 (16. Juli 2020)");
    // Dates in messages.
    let mut a = good();
    a.next_review = Some("2026-03-01".parse().unwrap());
    let f = check_activity(&a, Some(&organisation()), today()).into_iter().next().unwrap();
    assert_eq!(f.message.de, "Die für den 1. März 2026 vorgesehene Überprüfung ist nicht erfolgt.");
    assert_eq!(f.message.fr, "La revue prévue le 1er mars 2026 n’a pas été faite.");
    // A missing item, and a German register's words for "kept without limit".
    let mut a = good();
    a.purposes.clear();
    a.retention[0].criteria = "Unbefristet".into();
    let found = check_activity(&a, Some(&organisation()), today());
    let texts: Vec<(&str, &str)> = found.iter().map(|f| (f.rule, f.message.de.as_str())).collect();
    assert_eq!(
        texts,
        [
            ("missing-purposes", "Nicht erfasst: Zwecke der Verarbeitung."),
            ("retention-indefinite", "Die Daten werden unbefristet gespeichert.")
        ]
    );
}

/// Every finding the example register and each rule's case raise is of a rule of the catalogue,
/// with its severity there, and reads in each language.
#[test]
fn every_finding_is_of_a_catalogued_rule_and_reads_in_every_language() {
    use ropa_core::checks::Rule;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let report = check(&store.register(None).unwrap(), today());
    for f in &report.findings {
        let rule = Rule::by_id(f.rule).unwrap();
        assert!(rule.severities().contains(&f.severity), "{f:#?}");
        for lang in ropa_core::vocab::Lang::ALL {
            for text in [&f.message, &f.hint] {
                let words = text.get(lang);
                assert!(!words.is_empty() && !words.contains("check-") && !words.contains("{$"), "{words}");
            }
        }
        assert_ne!(f.message.de, f.message.en);
    }
}

/// A template is no processing: no finding, no score, nothing it links to counted as used.
#[test]
fn a_template_is_left_out_of_the_checks_and_the_score() {
    let template = Activity {
        id: 2,
        organisation_id: 1,
        name: "Modèle : recrutement".into(),
        status: ropa_core::model::Status::Template,
        subprocessor_ids: vec![1],
        ..Default::default()
    };
    let register = Register {
        organisations: vec![organisation()],
        subprocessors: vec![SubProcessor {
            id: 1,
            organisation_id: 1,
            name: "Hébergeur".into(),
            country: "FR".into(),
            contract: ropa_core::model::Contract { version: "v1".into(), ..Default::default() },
            ..Default::default()
        }],
        activities: vec![good(), template.clone()],
        ..Default::default()
    };
    let report = check(&register, today());
    assert!(report.findings.iter().all(|f| f.entity_id != 2 || f.kind != ropa_core::store::Kind::Activity));
    // The sub-processor only the template uses is unused.
    assert!(report.findings.iter().any(|f| f.rule == "subprocessor-unused"));
    let alone = check(&Register { activities: vec![good()], ..register.clone() }, today());
    assert_eq!(report.register_score, alone.register_score);
    assert!(check_activity(&template, Some(&organisation()), today()).is_empty());
    // The same activity, a draft, is checked.
    let draft = Activity { status: ropa_core::model::Status::Draft, ..template };
    assert!(!check_activity(&draft, Some(&organisation()), today()).is_empty());
}
