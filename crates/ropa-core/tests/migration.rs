//! A store written by an older version opens, is backed up, migrates and keeps its data.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;

use ropa_core::history::Action;
use ropa_core::model::{Activity, Organisation, SubProcessor};
use ropa_core::store::{Kind, Opened, SCHEMA_VERSION};
use ropa_core::{OpenMode, Store};

/// A store of an older schema, made from its SQL dump, marked as ropa's at that version.
fn old_store(dir: &std::path::Path, dump: &str, version: i64) -> std::path::PathBuf {
    let path = dir.join("old.sqlite");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(dump).unwrap();
    conn.pragma_update(None, "application_id", 0x524F_5041).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
    path
}

#[test]
fn a_schema_1_store_migrates_with_a_backup_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = old_store(dir.path(), include_str!("fixtures/store-v1.sql"), 1);
    let original = fs::read(&path).unwrap();

    let store = Store::open(&path, OpenMode::MustExist, common::context()).unwrap();
    let Opened::Migrated { from, to, backup } = store.opened().clone() else {
        panic!("not migrated: {:?}", store.opened());
    };
    assert_eq!((from, to), (1, SCHEMA_VERSION));

    // The backup is a copy of the store as it was.
    let backup_conn = rusqlite::Connection::open(&backup).unwrap();
    let version: i64 = backup_conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
    let names: Vec<String> = backup_conn
        .prepare("SELECT name FROM activities ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(names, ["Paie", "Hébergement client"]);
    assert!(fs::metadata(&backup).unwrap().len() >= original.len() as u64 / 2);

    // Everything is still there, and the services moved to their own rows.
    let orgs: Vec<Organisation> = store.all(None).unwrap();
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0].dpo.name, "Léa Martin");
    let hosting: Activity = store.get(2).unwrap();
    assert_eq!(hosting.controller_ids, [1]);
    assert_eq!(hosting.subprocessor_ids, [1]);
    let payroll: Activity = store.get(1).unwrap();
    assert_eq!(payroll.retention[0].from_event, "fin du contrat");
    assert_eq!(payroll.next_review.map(|d| d.to_string()).as_deref(), Some("2026-01-15"));
    let sp: SubProcessor = store.get(1).unwrap();
    assert_eq!(sp.services.len(), 2);
    assert_eq!(sp.services[0].place, "Francfort");
    assert_eq!(sp.services[1].safeguard_detail, "CCT 2021");
    assert!(sp.services.iter().all(|s| s.site_id.is_none()));
    // Schema 3 keeps each entity's state in history: the organisation, whose old entry did not
    // hold its state, gets an update; every entity without history gets its creation, written by
    // the migration's user at the migration's time.
    let history = store.history(None).unwrap();
    let written: Vec<(Action, Kind, i64)> = history.iter().map(|h| (h.action, h.kind, h.entity_id)).collect();
    assert_eq!(
        written,
        [
            (Action::Create, Kind::Organisation, 1),
            (Action::Update, Kind::Organisation, 1),
            (Action::Create, Kind::Controller, 1),
            (Action::Create, Kind::SubProcessor, 1),
            (Action::Create, Kind::Measure, 1),
            (Action::Create, Kind::Activity, 1),
            (Action::Create, Kind::Activity, 2),
        ]
    );
    assert_eq!(history[0].user, "lea");
    assert!(history[1..].iter().all(|h| h.user == history[1].user && h.user != "lea" && h.at > history[0].at));
    assert_eq!(history[2].before, None);
    assert_eq!(history[1].after.as_ref().unwrap()["dpo"]["name"], "Léa Martin");
    // The register as of now, rebuilt from history alone, is the register.
    let now = store.last_change().unwrap().unwrap();
    let as_of = store.register_as_of(now).unwrap();
    assert_eq!(as_of.organisations, orgs);
    assert_eq!(as_of.activities, store.all::<Activity>(None).unwrap());

    // Reopening does nothing more.
    drop(store);
    let again = Store::open(&path, OpenMode::MustExist, common::context()).unwrap();
    assert_eq!(again.opened(), &Opened::Existing);
}

/// A schema 2 store, the example register as the previous version wrote it (`ropa demo`, dumped
/// with `sqlite3 .dump`): its history already holds every state, so schema 3 adds no entry.
#[test]
fn a_schema_2_store_keeps_its_history_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = old_store(dir.path(), include_str!("fixtures/store-v2-demo.sql"), 2);
    let old = rusqlite::Connection::open(&path).unwrap();
    let entries: i64 = old.query_row("SELECT count(*) FROM history", [], |r| r.get(0)).unwrap();
    let names: Vec<String> = old
        .prepare("SELECT name FROM activities ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let services: i64 = old.query_row("SELECT count(*) FROM subprocessor_services", [], |r| r.get(0)).unwrap();
    drop(old);

    let store = Store::open(&path, OpenMode::MustExist, common::context()).unwrap();
    assert!(matches!(store.opened(), Opened::Migrated { from: 2, .. }));
    assert_eq!(store.history(None).unwrap().len() as i64, entries);
    let register = store.register(None).unwrap();
    assert_eq!(register.activities.iter().map(|a| a.name.clone()).collect::<Vec<_>>(), names);
    assert_eq!(register.subprocessors.iter().map(|s| s.services.len() as i64).sum::<i64>(), services);
    let now = store.last_change().unwrap().unwrap();
    assert_eq!(store.register_as_of(now).unwrap(), register);
}
