//! Workbooks out and back in: ropa's layout gives the same register back to the byte (CSV export
//! before and after), the CNIL and ICO layouts give the same activities back, and the same
//! register gives the same bytes.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use proptest::prelude::*;
use ropa_core::csv::{self, Table};
use ropa_core::date::Timestamp;
use ropa_core::import::{self, ImportOptions, SheetKind};
use ropa_core::model::Register;
use ropa_core::model::{Activity, Measure, Organisation, Sensitivity};
use ropa_core::vocab::Lang;
use ropa_core::workbook::{self, Layout, XlsxOptions};
use ropa_core::{demo, view, Store};

fn options(layout: Layout, lang: Lang) -> XlsxOptions {
    XlsxOptions { layout, lang, generated_at: "2026-06-01T10:00:00Z".parse::<Timestamp>().unwrap() }
}

fn xlsx(register: &Register, organisation: Option<&Organisation>, layout: Layout, lang: Lang) -> Vec<u8> {
    let mut out = Vec::new();
    workbook::write_xlsx(register, organisation, &options(layout, lang), &mut out, &mut |_| {}).unwrap();
    out
}

fn csv_tables(store: &Store) -> BTreeMap<&'static str, String> {
    let register = store.register(None).unwrap();
    Table::ALL
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            csv::export(&register, *t, ',', &mut out, &mut |_| {}).unwrap();
            (t.name(), String::from_utf8(out).unwrap())
        })
        .collect()
}

fn import_bytes(store: &mut Store, name: &str, bytes: &[u8], options: &ImportOptions) -> import::ImportReport {
    import::import(store, name, bytes, None, options, &mut |_| {}).unwrap_or_else(|e| panic!("{e}"))
}

/// A register through a workbook in ropa's layout and back into an empty store: the CSV files of
/// both are the same.
fn ropa_round_trip(store: &Store) {
    let register = store.register(None).unwrap();
    let bytes = xlsx(&register, None, Layout::Ropa, Lang::En);
    let dir = tempfile::tempdir().unwrap();
    let (mut copy, _) = common::new_store(dir.path());
    let report = import_bytes(&mut copy, "register.xlsx", &bytes, &ImportOptions::default());
    assert!(report.skipped.is_empty() && report.sheets.iter().all(|s| s.in_notes.is_empty()), "{:?}", report.sheets);
    let (before, after) = (csv_tables(store), csv_tables(&copy));
    for (table, text) in &before {
        assert_eq!(text, &after[table], "{table} differs after a round trip through the workbook");
    }
}

#[test]
fn the_example_register_round_trips_through_ropas_layout() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    ropa_round_trip(&store);
}

#[test]
fn the_same_register_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    let org = register.organisations[0].clone();
    for layout in [Layout::Ropa, Layout::Cnil, Layout::Ico] {
        let (part, org) = view::record(&register, Some(org.id), None).unwrap();
        assert_eq!(xlsx(&part, Some(&org), layout, Lang::Fr), xlsx(&part, Some(&org), layout, Lang::Fr), "{layout:?}");
    }
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org = w.create(&Organisation { name: "Acme".into(), ..Default::default() })?;
            w.create(&Activity {
                organisation_id: org,
                name: "=HYPERLINK(\"http://evil.example\",\"Click\")".into(),
                purposes: vec!["+33 1 23 45 67 89".into(), "@SUM(A1:A9)".into()],
                notes: "'=quoted".into(),
                ..Default::default()
            })
        })
        .unwrap();
    let bytes = xlsx(&store.register(None).unwrap(), None, Layout::Ropa, Lang::En);
    // No formula anywhere in the workbook's sheets.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
        assert!(!text.contains("<f>") && !text.contains("<f "), "{:?} holds a formula", entry.name());
    }
    ropa_round_trip(&store);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_registers_round_trip_through_ropas_layout(register in common::registers::random_register()) {
        let dir = tempfile::tempdir().unwrap();
        let store = common::registers::store_of(&register, dir.path());
        ropa_round_trip(&store);
    }
}

/// What an activity holds, in a form that does not depend on order or ids.
fn essence(register: &Register, a: &Activity) -> String {
    let mut measures: Vec<String> = a
        .measure_ids
        .iter()
        .map(|id| register.measures.iter().find(|m| m.id == *id).map(|m| m.name.clone()).unwrap_or_default())
        .collect();
    measures.sort();
    let mut categories: Vec<String> =
        a.data_categories.iter().map(|c| format!("{}|{}|{:?}", c.name, c.detail, c.sensitivity)).collect();
    categories.sort();
    let mut recipients: Vec<String> =
        a.recipients.iter().map(|r| format!("{}|{:?}|{}", r.name, r.kind, r.country)).collect();
    recipients.sort();
    let mut transfers: Vec<String> = a.transfers.iter().map(|t| format!("{t:?}")).collect();
    transfers.sort();
    let mut retention: Vec<String> = a.retention.iter().map(|r| format!("{r:?}")).collect();
    retention.sort();
    format!(
        "{}\n{}\n{}\n{:?}\n{:?}\n{categories:?}\n{:?}\n{recipients:?}\n{transfers:?}\n{}\n{retention:?}\n{measures:?}\n{:?}\n{:?}\n{:?}\n{}\n{}\n{}\n{}",
        a.name,
        a.reference,
        a.description,
        a.purposes,
        a.legal_bases,
        a.data_subjects,
        a.no_transfers,
        a.dpia,
        a.special_bases,
        a.automated_decisions,
        a.owner,
        a.software,
        a.source,
        a.rights
    )
}

/// One organisation of the example register through a workbook in `layout` and back.
fn layout_round_trip(layout: Layout, lang: Lang) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    for org in &register.organisations {
        let (part, org) = view::record(&register, Some(org.id), None).unwrap();
        let bytes = xlsx(&part, Some(&org), layout, lang);
        let dir = tempfile::tempdir().unwrap();
        let (mut copy, _) = common::new_store(dir.path());
        let options = ImportOptions { organisation: Some(org.name.clone()), ..Default::default() };
        let report = import_bytes(&mut copy, "register.xlsx", &bytes, &options);
        assert!(report.skipped.is_empty(), "{:?}", report.skipped);
        let back = copy.register(None).unwrap();
        assert_eq!(back.activities.len(), part.activities.len(), "{layout:?}: {:#?}", report.sheets);
        for a in &part.activities {
            let b = back
                .activities
                .iter()
                .find(|b| b.name == a.name)
                .unwrap_or_else(|| panic!("{layout:?}: no {}", a.name));
            assert_eq!(essence(&part, a), essence(&back, b), "{layout:?} {lang:?}: {}", a.name);
        }
        let back_org = &back.organisations[0];
        assert_eq!(back_org.dpo.email, org.dpo.email, "{layout:?}");
        if layout == Layout::Cnil {
            let fiches = report.sheets.iter().filter(|s| s.kind == SheetKind::Fiche).count();
            assert_eq!(fiches, part.activities.len());
        }
    }
}

#[test]
fn the_cnil_layout_gives_the_same_activities_back() {
    layout_round_trip(Layout::Cnil, Lang::Fr);
    layout_round_trip(Layout::Cnil, Lang::En);
}

#[test]
fn the_ico_layout_gives_the_same_activities_back() {
    layout_round_trip(Layout::Ico, Lang::En);
}

#[test]
fn measures_keep_their_category_through_the_cnil_layout() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    let org = &register.organisations[0];
    let (part, org) = view::record(&register, Some(org.id), None).unwrap();
    let bytes = xlsx(&part, Some(&org), Layout::Cnil, Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let (mut copy, _) = common::new_store(dir.path());
    import_bytes(
        &mut copy,
        "r.xlsx",
        &bytes,
        &ImportOptions { organisation: Some(org.name.clone()), ..Default::default() },
    );
    let before: Vec<Measure> = part
        .measures
        .iter()
        .filter(|m| part.activities.iter().any(|a| a.measure_ids.contains(&m.id)))
        .cloned()
        .collect();
    let after: Vec<Measure> = copy.all(None).unwrap();
    for m in before {
        let back = after.iter().find(|b| b.name == m.name).unwrap_or_else(|| panic!("no measure {}", m.name));
        assert_eq!(back.category, m.category, "{}", m.name);
    }
    let _ = Sensitivity::Standard;
}
