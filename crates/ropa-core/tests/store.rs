//! Writing entities: validation as data, references checked, uses protected.

#![allow(clippy::unwrap_used)]

mod common;

use ropa_core::model::{
    Activity, Controller, Measure, Organisation, Period, Retention, Site, SubProcessor, SubProcessorService, Transfer,
};
use ropa_core::{Error, Store};

fn org(store: &mut Store, name: &str) -> i64 {
    store.write(|w| w.create(&Organisation { name: name.into(), ..Default::default() })).unwrap()
}

fn field_errors(err: Error) -> Vec<String> {
    match err {
        Error::Invalid { errors, .. } => errors.into_iter().map(|e| e.field).collect(),
        other => panic!("expected invalid data, got {other}"),
    }
}

#[test]
fn invalid_entities_name_their_fields_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let a = org(&mut store, "A");
    let err = store
        .write(|w| {
            w.create(&Activity {
                organisation_id: a,
                name: "  ".into(),
                retention: vec![Retention {
                    period: Some(Period { amount: 0, ..Default::default() }),
                    ..Default::default()
                }],
                controller_ids: vec![99],
                no_transfers: true,
                transfers: vec![Transfer { country: "US".into(), ..Default::default() }],
                ..Default::default()
            })
        })
        .err()
        .unwrap();
    assert_eq!(field_errors(err), ["name", "retention.0.period", "no_transfers", "controller_ids.0"]);
    let err = store
        .write(|w| w.create(&Activity { organisation_id: 42, name: "X".into(), ..Default::default() }))
        .err()
        .unwrap();
    assert_eq!(field_errors(err), ["organisation_id"]);
    assert!(store.all::<Activity>(None).unwrap().is_empty());
}

#[test]
fn links_must_stay_within_the_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let a = org(&mut store, "A");
    let b = org(&mut store, "B");
    let measure_b =
        store.write(|w| w.create(&Measure { organisation_id: b, name: "M".into(), ..Default::default() })).unwrap();
    let site_b =
        store.write(|w| w.create(&Site { organisation_id: b, name: "Europe".into(), ..Default::default() })).unwrap();
    let err = store
        .write(|w| {
            w.create(&Activity {
                organisation_id: a,
                name: "X".into(),
                measure_ids: vec![measure_b],
                ..Default::default()
            })
        })
        .err()
        .unwrap();
    assert!(err.to_string().contains("belongs to another organisation"), "{err}");
    let err = store
        .write(|w| {
            w.create(&SubProcessor {
                organisation_id: a,
                name: "Host".into(),
                services: vec![SubProcessorService { site_id: Some(site_b), ..Default::default() }],
                ..Default::default()
            })
        })
        .err()
        .unwrap();
    assert_eq!(field_errors(err), ["services.0.site_id"]);
}

#[test]
fn entities_in_use_cannot_be_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let a = org(&mut store, "A");
    let client = store
        .write(|w| w.create(&Controller { organisation_id: a, name: "Client".into(), ..Default::default() }))
        .unwrap();
    let activity = store
        .write(|w| {
            w.create(&Activity {
                organisation_id: a,
                name: "Hosting".into(),
                controller_ids: vec![client],
                ..Default::default()
            })
        })
        .unwrap();
    let err = store.write(|w| w.delete::<Controller>(client)).err().unwrap();
    assert!(err.to_string().contains("still used by 1 activities"), "{err}");
    let err = store.write(|w| w.delete::<Organisation>(a)).err().unwrap();
    assert!(err.to_string().contains("still used by"), "{err}");
    store.write(|w| w.delete::<Activity>(activity)).unwrap();
    store.write(|w| w.delete::<Controller>(client)).unwrap();
    store.write(|w| w.delete::<Organisation>(a)).unwrap();
    assert!(store.all::<Organisation>(None).unwrap().is_empty());
}

#[test]
fn the_store_keeps_dates_and_link_order() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let a = org(&mut store, "A");
    let m1 =
        store.write(|w| w.create(&Measure { organisation_id: a, name: "M1".into(), ..Default::default() })).unwrap();
    let m2 =
        store.write(|w| w.create(&Measure { organisation_id: a, name: "M2".into(), ..Default::default() })).unwrap();
    let id = store
        .write(|w| {
            w.create(&Activity {
                organisation_id: a,
                name: "X".into(),
                measure_ids: vec![m2, m1],
                ..Default::default()
            })
        })
        .unwrap();
    let stored: Activity = store.get(id).unwrap();
    assert_eq!(stored.measure_ids, [m2, m1]);
    assert_eq!(stored.created_on.map(|d| d.to_string()).as_deref(), Some("2026-01-01"));
    assert_eq!(stored.updated_on, stored.created_on);
}

#[test]
fn organisations_are_found_by_any_unique_part_of_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    org(&mut store, "Société Générale d’Exemple");
    org(&mut store, "Exemple Santé");
    assert_eq!(store.find_organisation("generale").unwrap().name, "Société Générale d’Exemple");
    assert_eq!(store.find_organisation("SANTÉ").unwrap().name, "Exemple Santé");
    let err = store.find_organisation("exemple").err().unwrap();
    assert!(err.to_string().contains("matches more than one organisation"), "{err}");
    assert!(store.find_organisation("absent").is_err());
}

#[test]
fn ids_given_by_the_caller_and_ids_the_store_picks_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let a = org(&mut store, "A");
    store
        .write(|w| {
            w.create_with_id(&Measure { id: 10, organisation_id: a, name: "M10".into(), ..Default::default() })?;
            let next = w.create(&Measure { organisation_id: a, name: "Next".into(), ..Default::default() })?;
            assert_eq!(next, 11);
            w.create_with_id(&Measure { id: 40, organisation_id: a, name: "M40".into(), ..Default::default() })?;
            let after = w.create(&Measure { organisation_id: a, name: "After".into(), ..Default::default() })?;
            assert_eq!(after, 41);
            Ok(())
        })
        .unwrap();
    let taken = store
        .write(|w| w.create_with_id(&Measure { id: 41, organisation_id: a, name: "X".into(), ..Default::default() }));
    assert!(taken.is_err(), "an id in use is refused");
}

/// A register never holds control or text-direction characters, whoever writes them (the window
/// included): the field is named, and nothing is written.
#[test]
fn control_and_text_direction_characters_are_refused_at_their_field() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let org = ropa_core::model::Organisation { name: "Acme\u{202e}".into(), ..Default::default() };
    let err = store.write(|w| w.create(&org)).unwrap_err();
    let ropa_core::Error::Invalid { errors, .. } = &err else { panic!("{err}") };
    assert_eq!(errors[0].field, "name");
    assert!(errors[0].message.contains("U+202E"), "{err}");
    let id = store
        .write(|w| w.create(&ropa_core::model::Organisation { name: "Acme".into(), ..Default::default() }))
        .unwrap();
    let mut org: ropa_core::model::Organisation = store.get(id).unwrap();
    org.dpo.email = "dpo\u{1b}[2J@acme.example".into();
    let err = store.write(|w| w.update(&org)).unwrap_err();
    assert!(err.to_string().contains("dpo.email") && err.to_string().contains("U+001B"), "{err}");
    assert_eq!(store.history(None).unwrap().len(), 1);
}
