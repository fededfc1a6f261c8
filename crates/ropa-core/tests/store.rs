//! Writing entities: validation as data, references checked, uses protected; each case on a
//! file store and on a server store (a PostgreSQL the test starts), with the same outcome.

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

fn invalid_entities_name_their_fields_and_write_nothing(store: &mut Store) {
    let a = org(store, "A");
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

fn links_must_stay_within_the_organisation(store: &mut Store) {
    let a = org(store, "A");
    let b = org(store, "B");
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

fn entities_in_use_cannot_be_deleted(store: &mut Store) {
    let a = org(store, "A");
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

fn the_store_keeps_dates_and_link_order(store: &mut Store) {
    let a = org(store, "A");
    let m1 =
        store.write(|w| w.create(&Measure { organisation_id: a, name: "M1".into(), ..Default::default() })).unwrap();
    let m2 =
        store.write(|w| w.create(&Measure { organisation_id: a, name: "M2".into(), ..Default::default() })).unwrap();
    let (id, today) = store
        .write(|w| {
            let id = w.create(&Activity {
                organisation_id: a,
                name: "X".into(),
                measure_ids: vec![m2, m1],
                ..Default::default()
            })?;
            Ok((id, w.at().date()))
        })
        .unwrap();
    let stored: Activity = store.get(id).unwrap();
    assert_eq!(stored.measure_ids, [m2, m1]);
    // Dated the day of the write, by the store's clock (the server's, on a server).
    assert_eq!(stored.created_on, Some(today));
    assert_eq!(stored.updated_on, stored.created_on);
}

fn organisations_are_found_by_any_unique_part_of_their_name(store: &mut Store) {
    org(store, "Société Générale d’Exemple");
    org(store, "Exemple Santé");
    assert_eq!(store.find_organisation("generale").unwrap().name, "Société Générale d’Exemple");
    assert_eq!(store.find_organisation("SANTÉ").unwrap().name, "Exemple Santé");
    let err = store.find_organisation("exemple").err().unwrap();
    assert!(err.to_string().contains("matches more than one organisation"), "{err}");
    assert!(store.find_organisation("absent").is_err());
}

fn ids_given_by_the_caller_and_ids_the_store_picks_never_collide(store: &mut Store) {
    let a = org(store, "A");
    store
        .write(|w| {
            w.create_with_id(&Measure { id: 10, organisation_id: a, name: "M10".into(), ..Default::default() })?;
            let next = w.create(&Measure { organisation_id: a, name: "Next".into(), ..Default::default() })?;
            assert!(next > 10, "{next}");
            w.create_with_id(&Measure { id: next + 30, organisation_id: a, name: "M40".into(), ..Default::default() })?;
            let after = w.create(&Measure { organisation_id: a, name: "After".into(), ..Default::default() })?;
            assert!(after > next + 30, "{after}");
            Ok(())
        })
        .unwrap();
    let ids: Vec<i64> = store.all::<Measure>(None).unwrap().iter().map(|m| m.id).collect();
    let taken = store.write(|w| {
        w.create_with_id(&Measure { id: ids[3], organisation_id: a, name: "X".into(), ..Default::default() })
    });
    assert!(taken.is_err(), "an id in use is refused");
}

/// A register never holds control or text-direction characters, whoever writes them (the window
/// included): the field is named, and nothing is written.
fn control_and_text_direction_characters_are_refused_at_their_field(store: &mut Store) {
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

type Case = (&'static str, fn(&mut Store));

/// Issue 19: a notice reads the organisation's history (`Store::each_history_in`) the same on a
/// file and on a server, and a recorded one is where the next starts.
fn a_client_s_notice_reads_the_history_on_either_engine(store: &mut Store) {
    use ropa_core::model::Role;
    use ropa_core::notice;
    use ropa_core::vocab::Lang;
    let org = store
        .write(|w| w.create(&Organisation { name: "Proc".into(), acts_as_processor: true, ..Default::default() }))
        .unwrap();
    let (client, mail, hosting) = store
        .write(|w| {
            let client = w.create(&Controller { organisation_id: org, name: "Client".into(), ..Default::default() })?;
            let sub = |name: &str, country: &str| SubProcessor {
                organisation_id: org,
                name: name.into(),
                country: country.into(),
                ..Default::default()
            };
            let host = w.create(&sub("Host", "FR"))?;
            let mail = w.create(&sub("Mail", "IE"))?;
            let hosting = w.create(&Activity {
                organisation_id: org,
                name: "Hosting".into(),
                role: Role::Processor,
                controller_ids: vec![client],
                subprocessor_ids: vec![host],
                ..Default::default()
            })?;
            Ok((client, mail, hosting))
        })
        .unwrap();
    let now = ropa_core::date::Timestamp::now;
    let headlines = |n: &notice::Notice| n.changes.iter().map(|c| c.headline(Lang::En)).collect::<Vec<_>>();
    let first = notice::prepare(store, client, None, now()).unwrap();
    assert_eq!(headlines(&first), ["Host added as a sub-processor"]);
    let text = first.text(Lang::En);
    store.write(|w| first.record(w, &text).map(|_| ())).unwrap();
    // A server stamps the time itself, to the millisecond: the next write comes after.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let mut a: Activity = store.get(hosting).unwrap();
    a.subprocessor_ids = vec![mail];
    store.write(|w| w.update(&a).map(|_| ())).unwrap();
    let next = notice::prepare(store, client, None, now()).unwrap();
    assert_eq!(headlines(&next), ["Host replaced by Mail"]);
    assert_eq!(next.changes[0].after_words(Lang::En), ["Mail", "country: Ireland"]);
}

const CASES: &[Case] = &[
    ("invalid_entities_name_their_fields_and_write_nothing", invalid_entities_name_their_fields_and_write_nothing),
    ("links_must_stay_within_the_organisation", links_must_stay_within_the_organisation),
    ("entities_in_use_cannot_be_deleted", entities_in_use_cannot_be_deleted),
    ("the_store_keeps_dates_and_link_order", the_store_keeps_dates_and_link_order),
    (
        "organisations_are_found_by_any_unique_part_of_their_name",
        organisations_are_found_by_any_unique_part_of_their_name,
    ),
    (
        "ids_given_by_the_caller_and_ids_the_store_picks_never_collide",
        ids_given_by_the_caller_and_ids_the_store_picks_never_collide,
    ),
    (
        "control_and_text_direction_characters_are_refused_at_their_field",
        control_and_text_direction_characters_are_refused_at_their_field,
    ),
    ("a_client_s_notice_reads_the_history_on_either_engine", a_client_s_notice_reads_the_history_on_either_engine),
];

#[test]
fn each_case_on_a_file_store() {
    for (name, case) in CASES {
        eprintln!("case {name}");
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        case(&mut store);
    }
}

#[test]
fn each_case_on_a_server_store() {
    let pg = common::pg::Postgres::start();
    for (i, (name, case)) in CASES.iter().enumerate() {
        eprintln!("case {name}");
        let mut store = pg.new_store(&format!("case{i}"));
        case(&mut store);
    }
}
