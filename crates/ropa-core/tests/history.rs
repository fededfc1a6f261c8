//! History: every change is recorded with who and what, and past states rebuild exactly.

#![allow(clippy::unwrap_used)]

mod common;

use ropa_core::date::Timestamp;
use ropa_core::history::Action;
use ropa_core::model::{Activity, Controller, LawfulBasis, LegalBasis, Measure, Organisation, Role};
use ropa_core::store::{Kind, Outcome};
use ropa_core::{demo, Error};

#[test]
fn past_registers_rebuild_exactly_from_history() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let before = store.register(None).unwrap();
    let t_before = store.last_change().unwrap().unwrap();

    // Edit an activity, delete another, add a measure.
    let mut edited: Activity = store.get(1).unwrap();
    edited.purposes.push("A purpose added later".into());
    edited.legal_bases = vec![LegalBasis { basis: LawfulBasis::Contract, ..Default::default() }];
    store.write(|w| w.update(&edited)).unwrap();
    store.write(|w| w.delete::<Activity>(2)).unwrap();
    store
        .write(|w| w.create(&Measure { organisation_id: 1, name: "Awareness training".into(), ..Default::default() }))
        .unwrap();
    let after = store.register(None).unwrap();
    assert_ne!(before, after);

    assert_eq!(store.register_as_of(t_before).unwrap(), before);
    assert_eq!(store.register_as_of(store.last_change().unwrap().unwrap()).unwrap(), after);
    // Before anything was written, the register was empty.
    assert_eq!(store.register_as_of("2000-01-01".parse().unwrap()).unwrap(), Default::default());
}

#[test]
fn each_change_records_who_when_and_the_values_before_and_after() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let org = store
        .write(|w| {
            w.create(&Organisation { name: "Mairie de Test".into(), acts_as_controller: true, ..Default::default() })
        })
        .unwrap();
    let id = store
        .write(|w| {
            w.create(&Activity {
                organisation_id: org,
                name: "État civil".into(),
                role: Role::Controller,
                ..Default::default()
            })
        })
        .unwrap();
    let mut activity: Activity = store.get(id).unwrap();
    activity.name = "État civil et élections".into();
    assert_eq!(store.write(|w| w.update(&activity)).unwrap(), Outcome::Changed);
    // Writing the same thing again changes nothing and records nothing.
    assert_eq!(store.write(|w| w.update(&activity)).unwrap(), Outcome::Unchanged);

    let entries = store.history(Some((Kind::Activity, id))).unwrap();
    assert_eq!(entries.iter().map(|e| e.action).collect::<Vec<_>>(), [Action::Create, Action::Update]);
    let update = &entries[1];
    assert_eq!(update.user, "tester");
    assert!(update.at > entries[0].at);
    assert_eq!(update.label, "État civil et élections");
    let changes = update.changes();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].field, "name");
    assert_eq!(changes[0].before, "État civil");
    assert_eq!(changes[0].after, "État civil et élections");
    assert_eq!(store.history(None).unwrap().len(), 3);
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let result = store.write(|w| {
        let org = w.create(&Organisation { name: "Half".into(), ..Default::default() })?;
        w.create(&Controller { organisation_id: org, name: "Client".into(), ..Default::default() })?;
        // The second controller of the same name is refused, so the whole write is.
        w.create(&Controller { organisation_id: org, name: "client".into(), ..Default::default() })
    });
    let err = result.expect_err("refused");
    assert!(matches!(err, Error::Invalid { .. }), "{err}");
    assert!(err.to_string().contains("already named"), "{err}");
    assert_eq!(store.register(None).unwrap(), Default::default());
    assert!(store.history(None).unwrap().is_empty());
}

#[test]
fn as_of_a_date_means_the_end_of_that_day() {
    let t: Timestamp = "2026-01-01".parse().unwrap();
    assert_eq!(t.to_string(), "2026-01-01T23:59:59.999Z");
}

#[test]
fn an_earlier_version_is_restored_as_a_new_change_even_after_a_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let original: Activity = store.get(1).unwrap();
    let mut edited = original.clone();
    edited.name = "Renamed".into();
    edited.purposes.clear();
    store.write(|w| w.update(&edited)).unwrap();
    let created = store.history(Some((Kind::Activity, 1))).unwrap()[0].seq;

    // Back to the first version: an update, recorded like any other.
    assert_eq!(store.write(|w| w.restore(Kind::Activity, 1, created)).unwrap(), Outcome::Changed);
    let restored: Activity = store.get(1).unwrap();
    assert_eq!((restored.name.as_str(), &restored.purposes), (original.name.as_str(), &original.purposes));
    let history = store.history(Some((Kind::Activity, 1))).unwrap();
    assert_eq!(history.iter().map(|h| h.action).collect::<Vec<_>>(), [Action::Create, Action::Update, Action::Update]);
    // Restoring what is already there changes nothing.
    assert_eq!(store.write(|w| w.restore(Kind::Activity, 1, created)).unwrap(), Outcome::Unchanged);

    // A deleted activity comes back under its id, from its deletion's "before".
    store.write(|w| w.delete::<Activity>(1)).unwrap();
    let deletion = store.history(Some((Kind::Activity, 1))).unwrap().last().unwrap().seq;
    store.write(|w| w.restore(Kind::Activity, 1, deletion)).unwrap();
    assert_eq!(store.get::<Activity>(1).unwrap().name, original.name);

    // An entry of another entity is refused, and nothing is written.
    let count = store.history(None).unwrap().len();
    assert!(matches!(store.write(|w| w.restore(Kind::Activity, 2, created)), Err(Error::NoMatch(_))));
    assert_eq!(store.history(None).unwrap().len(), count);
}

/// A client's extract says when that client's entries last changed; the organisation's record,
/// when anything of that organisation last changed (a deletion included), never another's.
#[test]
fn a_record_and_a_clients_extract_each_say_their_own_last_change() {
    use ropa_core::model::{Activity, Controller, Organisation, Role};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let org = store
        .write(|w| w.create(&Organisation { name: "Processor".into(), acts_as_processor: true, ..Default::default() }))
        .unwrap();
    let other = store.write(|w| w.create(&Organisation { name: "Other".into(), ..Default::default() })).unwrap();
    let client = |name: &str| Controller { organisation_id: org, name: name.into(), ..Default::default() };
    let (a, b) = (store.write(|w| w.create(&client("A"))).unwrap(), store.write(|w| w.create(&client("B"))).unwrap());
    let for_client = |name: &str, c: i64| Activity {
        organisation_id: org,
        name: name.into(),
        role: Role::Processor,
        controller_ids: vec![c],
        ..Default::default()
    };
    store.write(|w| w.create(&for_client("Hosting for A", a))).unwrap();
    let a_changed = store.last_change().unwrap();
    store.write(|w| w.create(&for_client("Hosting for B", b))).unwrap();
    let gone = store.write(|w| w.create(&for_client("Gone", b))).unwrap();
    store.write(|w| w.delete::<Activity>(gone)).unwrap();
    let org_changed = store.last_change().unwrap();
    store
        .write(|w| w.create(&Activity { organisation_id: other, name: "Elsewhere".into(), ..Default::default() }))
        .unwrap();

    let register = store.register(None).unwrap();
    let (extract, _) = ropa_core::view::record(&register, Some(org), Some(a)).unwrap();
    assert_eq!(store.last_change_of(&extract, None, None).unwrap(), a_changed);
    let (record, organisation) = ropa_core::view::record(&register, Some(org), None).unwrap();
    assert_eq!(store.last_change_of(&record, Some(organisation.id), None).unwrap(), org_changed);
}
