//! The example register against the seed documents it transcribes (`shared/seeds/`).

#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use ropa_core::demo;
use ropa_core::model::Register;
use ropa_core::model::{Activity, Measure, Safeguard, Site, SubProcessor};

/// A seed document, when `../shared/seeds` is there beside the repository; the tests that compare
/// against it say they were skipped when it is not (a clone alone passes).
#[allow(clippy::print_stderr)] // Saying a test was skipped is its output.
fn seed(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds").join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: {} is not there (the seeds live outside the repository)", path.display());
            None
        }
    }
}

fn section<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text.find(from).expect(from);
    let end = text[start..].find(to).map_or(text.len(), |i| start + i);
    &text[start..end]
}

fn part(register: &Register, org: &str) -> Register {
    let id = register.organisations.iter().find(|o| o.name == org).expect(org).id;
    Register {
        organisations: register.organisations.iter().filter(|o| o.id == id).cloned().collect(),
        controllers: register.controllers.iter().filter(|c| c.organisation_id == id).cloned().collect(),
        sites: register.sites.iter().filter(|s| s.organisation_id == id).cloned().collect(),
        subprocessors: register.subprocessors.iter().filter(|s| s.organisation_id == id).cloned().collect(),
        measures: register.measures.iter().filter(|m| m.organisation_id == id).cloned().collect(),
        activities: register.activities.iter().filter(|a| a.organisation_id == id).cloned().collect(),
    }
}

fn loaded() -> Register {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    store.register(None).unwrap()
}

#[test]
fn coderpad_matches_its_dpa() {
    let Some(text) = seed("004_20fcce561df7c012.txt") else { return };
    let r = part(&loaded(), "CoderPad France");
    // Appendix 1: one activity per processing operation.
    assert_eq!(r.activities.len(), text.matches("Purpose of the processing operation").count());
    assert_eq!(r.activities.len(), 12);
    // Appendix 3: one measure per bullet.
    let bullets =
        section(&text, "APPENDIX 3", "APPENDIX 4").lines().filter(|l| l.trim_start().starts_with('•')).count();
    assert_eq!(r.measures.len(), bullets);
    assert_eq!(r.measures.len(), 8);
    // Appendix 2: a row per sub-processor and site: 13 for the United States, 7 for Europe.
    let rows = |site: &str| {
        let appendix = section(&text, "APPENDIX 2", "APPENDIX 3");
        let list = if site == "United States" {
            section(appendix, "“United States”", "“Europe”")
        } else {
            section(appendix, "“Europe”", "APPENDIX 3")
        };
        list.lines().filter(|l| l.trim() == "Ongoing").count()
    };
    let site_id = |name: &str| r.sites.iter().find(|s: &&Site| s.name == name).expect(name).id;
    for site in ["United States", "Europe"] {
        let services =
            r.subprocessors.iter().flat_map(|s| &s.services).filter(|s| s.site_id == Some(site_id(site))).count();
        assert_eq!(services, rows(site), "{site}");
    }
    assert_eq!(r.subprocessors.len(), 13);
    // Every US transfer rests on the SCCs, as the footnote says.
    let transfers: Vec<_> = r.activities.iter().flat_map(|a| &a.transfers).collect();
    assert!(!transfers.is_empty());
    assert!(transfers.iter().all(|t| t.country == "US" && t.safeguard == Some(Safeguard::StandardContractualClauses)));
    assert_eq!(r.organisations[0].dpo.name, "Charlotte GALICHET");
    assert_eq!(r.controllers.len(), 1);
    assert!(r.activities.iter().all(|a| a.controller_ids == [r.controllers[0].id] && a.measure_ids.len() == 8));
}

#[test]
fn scalingo_matches_its_dpa() {
    let Some(text) = seed("000_1a11990810308383.txt") else { return };
    let r = part(&loaded(), "Scalingo");
    let lettered = text
        .lines()
        .filter(|l| l.len() > 3 && l.as_bytes()[1] == b')' && (b'a'..=b'g').contains(&l.as_bytes()[0]))
        .count();
    assert_eq!(r.measures.len(), lettered);
    assert_eq!(r.measures.len(), 7);
    let names: Vec<&str> = r.subprocessors.iter().map(|s: &SubProcessor| s.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    for company in ["Outscale", "Intercom", "Stripe"] {
        assert!(names.iter().any(|n| n.contains(company)), "{company} missing from {names:?}");
    }
    let sites: Vec<&str> = r.sites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(sites, ["osc-fr1", "osc-secnum-fr1"]);
    // The out-of-date Privacy Shield transfer is transcribed as it is, for the checks to find.
    let intercom: Vec<&Activity> = r
        .activities
        .iter()
        .filter(|a| a.transfers.iter().any(|t| t.safeguard == Some(Safeguard::PrivacyShield)))
        .collect();
    assert_eq!(intercom.len(), 1);
    assert_eq!(intercom[0].transfers[0].country, "US");
    assert!(r.activities.iter().any(|a| a
        .transfers
        .iter()
        .any(|t| t.recipient.contains("Stripe") && t.safeguard == Some(Safeguard::StandardContractualClauses))));
    // Scalingo's DPA names no DPO: the gap stays visible.
    assert!(r.organisations[0].dpo.is_empty());
    let measures: Vec<&Measure> = r.measures.iter().collect();
    assert!(measures.iter().all(|m| !m.description.is_empty()));
}

#[test]
fn loading_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let first = demo::load(&mut store).unwrap();
    assert!(first.iter().all(|l| l.created));
    let register = store.register(None).unwrap();
    let history = store.history(None).unwrap().len();
    let second = demo::load(&mut store).unwrap();
    assert!(second.iter().all(|l| !l.created));
    assert_eq!(store.register(None).unwrap(), register);
    assert_eq!(store.history(None).unwrap().len(), history);
}

#[test]
fn every_demo_text_survives_the_store_exactly() {
    // What the seeds hold, character for character (curly quotes, dashes, accents).
    let r = loaded();
    let json = serde_json::to_string(&r).unwrap();
    for expected in ["Frédéric THIRARD", "4, place de Valois – 75001 Paris", "“money” transaction"] {
        assert!(json.contains(expected), "{expected}");
    }
}
