//! Export, import into an empty store, export again: the files are the same to the byte, for the
//! example register and for random registers full of awkward characters.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use common::registers::{random_register, store_of};
use proptest::prelude::*;
use ropa_core::csv::{self, Preset, Table};
use ropa_core::import::{self as importer, ImportOptions};
use ropa_core::model::*;
use ropa_core::{demo, Store};

/// Every table of the store, as ropa writes it.
fn export_all(store: &Store, delimiter: char) -> BTreeMap<&'static str, Vec<u8>> {
    let register = store.register(None).unwrap();
    Table::ALL
        .iter()
        .map(|t| {
            let mut out = Vec::new();
            csv::export(&register, *t, delimiter, &mut out, &mut |_| {}).unwrap();
            (t.name(), out)
        })
        .collect()
}

fn import_all(store: &mut Store, files: &BTreeMap<&'static str, Vec<u8>>) {
    for table in Table::ALL {
        let bytes = &files[table.name()];
        let options = ImportOptions { preset: Preset::Ropa, ..Default::default() };
        let report = importer::import(store, table.name(), bytes.as_slice(), None, &options, &mut |_| {})
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(report.skipped.is_empty());
        assert!(report.sheets[0].in_notes.is_empty(), "{:?}", report.sheets[0].in_notes);
        assert_eq!(report.sheets[0].table, Some(table), "{} read as {:?}", table.name(), report.sheets[0].table);
    }
}

type Files = BTreeMap<&'static str, Vec<u8>>;

fn round_trip(original: &Store, delimiter: char) -> (Files, Files) {
    let first = export_all(original, delimiter);
    let dir = tempfile::tempdir().unwrap();
    let (mut copy, _) = common::new_store(dir.path());
    import_all(&mut copy, &first);
    (first, export_all(&copy, delimiter))
}

fn assert_same(first: &BTreeMap<&'static str, Vec<u8>>, second: &BTreeMap<&'static str, Vec<u8>>) {
    for (name, bytes) in first {
        if bytes != &second[name] {
            let a = String::from_utf8_lossy(bytes);
            let b = String::from_utf8_lossy(&second[name]);
            let line = a.lines().zip(b.lines()).position(|(x, y)| x != y);
            panic!("{name}.csv differs (first differing line {line:?}):\n{a}\n---\n{b}");
        }
    }
}

#[test]
fn the_example_register_round_trips_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    for delimiter in [',', ';', '\t'] {
        let (first, second) = round_trip(&store, delimiter);
        assert_same(&first, &second);
    }
    // And the copy holds the same register, ids of activities included.
    let first = export_all(&store, ',');
    let dir2 = tempfile::tempdir().unwrap();
    let (mut copy, _) = common::new_store(dir2.path());
    import_all(&mut copy, &first);
    let a = store.register(None).unwrap();
    let b = copy.register(None).unwrap();
    assert_eq!(
        a.activities.iter().map(|x| (x.id, &x.name)).collect::<Vec<_>>(),
        b.activities.iter().map(|x| (x.id, &x.name)).collect::<Vec<_>>()
    );
}

#[test]
fn files_are_what_excel_expects() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let files = export_all(&store, ';');
    let activities = String::from_utf8(files["activities"].clone()).unwrap();
    assert!(activities.starts_with("\u{feff}ID;Organisation;"));
    // Records end with CRLF; line breaks inside cells are bare LF (Alt+Enter).
    assert!(activities.contains(";Processor;Active;"));
    let first_record_end = activities.find("\r\n").unwrap();
    assert!(!activities[..first_record_end].contains('\n'));
    assert!(activities.contains("Customer’s representatives\nend users"));
}

#[test]
fn formulas_are_neutralised_in_the_file_and_restored_on_import() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org = w.create(&Organisation { name: "=Org".into(), ..Default::default() })?;
            w.create(&Activity {
                organisation_id: org,
                name: "=HYPERLINK(\"http://evil.example\",\"Click\")".into(),
                purposes: vec!["+33 1 23 45 67 89".into(), "@SUM(A1:A9)".into()],
                notes: "-2+3".into(),
                ..Default::default()
            })
        })
        .unwrap();
    let files = export_all(&store, ',');
    let text = String::from_utf8(files["activities"].clone()).unwrap();
    assert!(!text.contains(",=Org,") && text.contains(",'=Org,"), "{text}");
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\""), "{text}");
    assert!(text.contains(",'-2+3\r\n"), "{text}");
    let (first, second) = round_trip(&store, ',');
    assert_same(&first, &second);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_registers_round_trip_byte_for_byte(register in random_register(), delimiter in prop::sample::select(vec![',', ';', '\t', '|'])) {
        let dir = tempfile::tempdir().unwrap();
        let store = store_of(&register, dir.path());
        // The store keeps compact JSON (empty fields left out): it reads back every entity as it
        // was given, save the record dates the store fills in.
        let mut given = register.clone();
        let stored = store.register(None).unwrap();
        for (a, kept) in given.activities.iter_mut().zip(&stored.activities) {
            a.created_on = a.created_on.or(kept.created_on);
            a.updated_on = a.updated_on.or(kept.updated_on);
        }
        prop_assert_eq!(&stored, &given);
        let (first, second) = round_trip(&store, delimiter);
        assert_same(&first, &second);
    }
}
