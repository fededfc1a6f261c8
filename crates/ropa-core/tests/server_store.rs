//! A register on a PostgreSQL server, against a real server the test starts (common::pg):
//! `ropa admin init` makes an empty database a ropa store, and refuses, untouched, a database
//! that holds anything else or a store of a newer schema.

#![allow(clippy::unwrap_used)]

mod common;

use common::pg::{Postgres, PASSWORD};
use ropa_core::store::server::{admin_init, Initialised, ServerUrl};
use ropa_core::Error;

fn tables(client: &mut postgres::Client) -> Vec<String> {
    client
        .query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[test]
fn an_empty_database_becomes_a_ropa_store_and_others_are_left_untouched() {
    let pg = Postgres::start();

    // An empty database: ropa's tables, at the schema this build writes.
    pg.database("register");
    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "register")).unwrap();
    let mut client = url.connect(Some(PASSWORD)).unwrap();
    assert_eq!(admin_init(&mut client, &url).unwrap(), Initialised::Created);
    let made = tables(&mut client);
    for table in ["activities", "changes", "history", "organisations", "ropa_meta", "subprocessor_services"] {
        assert!(made.iter().any(|t| t == table), "{table} in {made:?}");
    }
    let schema: String = client.query_one("SELECT value FROM ropa_meta WHERE key = 'schema'", &[]).unwrap().get(0);
    assert_eq!(schema, ropa_core::store::SCHEMA_VERSION.to_string());
    // Twice: nothing more is done.
    assert!(matches!(admin_init(&mut client, &url).unwrap(), Initialised::Already { .. }));
    assert_eq!(tables(&mut client), made);

    // A database that holds something else: refused, and left as it was.
    pg.database("payroll");
    let mut other = pg.owner("payroll");
    other.batch_execute("CREATE TABLE employees (id int); INSERT INTO employees VALUES (1);").unwrap();
    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "payroll")).unwrap();
    let mut client = url.connect(Some(PASSWORD)).unwrap();
    let e = admin_init(&mut client, &url).unwrap_err();
    assert!(matches!(e, Error::NotAStore { .. }), "{e}");
    assert!(e.to_string().contains("employees"), "{e}");
    assert_eq!(tables(&mut other), ["employees"]);

    // A store of a newer schema: refused, untouched.
    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "register")).unwrap();
    let mut client = url.connect(Some(PASSWORD)).unwrap();
    client.batch_execute("UPDATE ropa_meta SET value = '99' WHERE key = 'schema'").unwrap();
    let e = admin_init(&mut client, &url).unwrap_err();
    assert!(matches!(e, Error::NewerStore { found: 99, .. }), "{e}");
}

#[test]
fn a_wrong_password_or_a_server_that_is_gone_is_said_as_unreachable() {
    let pg = Postgres::start();
    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "postgres")).unwrap();
    let e = url.connect(Some("not the password")).err().expect("a wrong password refused");
    assert_eq!(e.code(), "unreachable", "{e}");
    assert!(url.connect(Some(PASSWORD)).is_ok());
    pg.kill();
    let e = url.connect(Some(PASSWORD)).err().expect("a stopped server unreachable");
    assert_eq!(e.code(), "unreachable", "{e}");
    assert!(e.words().de.contains("nicht erreichbar"), "{}", e.words().de);
}

/// Every row of every table of a file store, ordered by its columns, as text: to compare two
/// stores (the order rows were written in is the file's own business).
fn file_tables(path: &std::path::Path) -> Vec<(String, Vec<Vec<String>>)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    ropa_core::store::server::copy::TABLES
        .iter()
        .map(|table| {
            let width = conn.prepare(&format!("SELECT * FROM {table}")).unwrap().column_count();
            let order: Vec<String> = (1..=width).map(|i| i.to_string()).collect();
            let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY {}", order.join(", "))).unwrap();
            let rows = stmt
                .query_map([], |row| {
                    (0..width)
                        .map(|i| row.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                        .collect::<rusqlite::Result<Vec<String>>>()
                })
                .unwrap()
                .collect::<rusqlite::Result<Vec<_>>>()
                .unwrap();
            (table.to_string(), rows)
        })
        .collect()
}

#[test]
fn a_file_register_pushed_to_the_server_and_pulled_back_is_the_same_table_by_table() {
    use ropa_core::store::server::copy::{pull, push};
    let pg = Postgres::start();
    pg.database("register");
    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "register")).unwrap();
    let mut client = url.connect(Some(PASSWORD)).unwrap();

    // A register with history: the example, then a change and an import's undo.
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let original = store.path().to_path_buf();

    // Not a ropa store yet: refused.
    assert!(matches!(push(&store, &mut client, &url), Err(Error::NotAStore { .. })));
    admin_init(&mut client, &url).unwrap();
    let copied = push(&store, &mut client, &url).unwrap();
    let (entries, history) = copied.entries_and_history();
    assert!(entries > 30 && history >= entries, "{copied:?}");
    // Twice: its organisations are on the server already: refused, and nothing is added.
    let e = push(&store, &mut client, &url).unwrap_err();
    assert_eq!(e.code(), "invalid", "{e}");
    assert!(e.to_string().contains("has an organisation named"), "{e}");
    let held: i64 = client.query_one("SELECT count(*) FROM history", &[]).unwrap().get(0);
    assert_eq!(held as usize, history);

    // Read on the server, the register is the file's: as a whole, and organisation by organisation.
    let whole = store.register(None).unwrap();
    let (context, _) = common::ticking();
    let server = ropa_core::Store::open_server(&url, Some(PASSWORD), context).unwrap();
    assert_eq!(server.register(None).unwrap(), whole);
    assert_eq!(server.history(None).unwrap(), store.history(None).unwrap());
    assert_eq!(server.changes().unwrap(), store.changes().unwrap());
    for o in &whole.organisations {
        let part = server.register(Some(o.id)).unwrap();
        assert_eq!(part, store.register(Some(o.id)).unwrap(), "{}", o.name);
        assert_eq!(server.count_activities(Some(o.id)).unwrap(), store.count_activities(Some(o.id)).unwrap());
    }
    // The CSV files of the example register are the same from either store.
    for table in ropa_core::csv::Table::ALL {
        let from_server = server.register(None).unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        ropa_core::csv::export(&whole, table, ',', &mut a, &mut |_| {}).unwrap();
        ropa_core::csv::export(&from_server, table, ',', &mut b, &mut |_| {}).unwrap();
        assert_eq!(a, b, "{table:?}");
    }

    let back = dir.path().join("pulled.sqlite");
    let (context, _) = common::ticking();
    pull(&mut client, &url, &back, context, None).unwrap();
    assert_eq!(file_tables(&back), file_tables(&original));
    // The copy is a store that opens and reads as the original.
    let (context, _) = common::ticking();
    let pulled = ropa_core::Store::open(&back, ropa_core::OpenMode::MustExist, context).unwrap();
    assert_eq!(pulled.register(None).unwrap(), store.register(None).unwrap());
    // Pulling over an existing file is refused, and the file left as it was.
    let (context, _) = common::ticking();
    let before = std::fs::read(&back).unwrap();
    assert!(pull(&mut client, &url, &back, context, None).is_err());
    assert_eq!(std::fs::read(&back).unwrap(), before);

    // One organisation's register alone: its entries, its history, nothing of the others'.
    for o in &whole.organisations {
        let one = dir.path().join(format!("only-{}.sqlite", o.id));
        let (context, _) = common::ticking();
        pull(&mut client, &url, &one, context, Some(&o.name)).unwrap();
        let (context, _) = common::ticking();
        let pulled = ropa_core::Store::open(&one, ropa_core::OpenMode::MustExist, context).unwrap();
        assert_eq!(pulled.register(None).unwrap(), store.register(Some(o.id)).unwrap(), "{}", o.name);
        let history: Vec<_> =
            store.history(None).unwrap().into_iter().filter(|h| h.organisation_id == Some(o.id)).collect();
        assert_eq!(pulled.history(None).unwrap(), history, "{}", o.name);
    }
}

/// Two people keep one register on the server: each sees and changes only the organisations
/// granted to them — through ropa and through any other client — history names whom the server
/// authenticated at the server's time, whatever the program says, and is only ever added to.
#[test]
fn two_users_see_and_change_only_their_organisations_and_history_names_them() {
    use ropa_core::model::{Activity, Controller, Organisation};
    use ropa_core::store::server::{admin_grant, admin_revoke};
    let pg = Postgres::start();
    let mut admin = pg.new_store("team");
    ropa_core::demo::load(&mut admin).unwrap();
    let organisations: Vec<Organisation> = admin.all(None).unwrap();
    assert!(organisations.len() >= 2, "the example register has two organisations");
    let (a, b) = (&organisations[0], &organisations[1]);
    pg.role("alice", "alice-password");
    pg.role("bob", "bob-password");
    let owner = ServerUrl::parse(&pg.url(common::pg::OWNER, "team")).unwrap();
    let mut client = owner.connect(Some(PASSWORD)).unwrap();
    let granted = admin_grant(&mut client, &owner, "alice", &a.name, true).unwrap();
    assert_eq!(granted.len(), 1);
    admin_grant(&mut client, &owner, "bob", &a.name, false).unwrap();
    let bob_may = admin_grant(&mut client, &owner, "bob", &b.name, true).unwrap();
    assert_eq!(bob_may.iter().map(|g| g.write).collect::<Vec<_>>().len(), 2);
    // An unknown role, or organisation: refused, saying which.
    assert!(admin_grant(&mut client, &owner, "carol", &a.name, true).unwrap_err().to_string().contains("carol"));
    assert!(admin_grant(&mut client, &owner, "bob", "No such organisation", true).is_err());

    // A program that claims another name and another time: the server's are recorded.
    let as_user = |user: &str, password: &str| {
        let url = ServerUrl::parse(&pg.url(user, "team")).unwrap();
        let (mut context, _) = common::ticking();
        context.user = "someone-else".into();
        ropa_core::Store::open_server(&url, Some(password), context).unwrap()
    };
    let mut alice = as_user("alice", "alice-password");
    let mut bob = as_user("bob", "bob-password");

    // Each sees the organisations granted, whole.
    assert_eq!(alice.register(None).unwrap(), admin.register(Some(a.id)).unwrap());
    let seen: Vec<String> = bob.all::<Organisation>(None).unwrap().into_iter().map(|o| o.name).collect();
    assert_eq!(seen.len(), 2);
    assert!(alice.history(None).unwrap().iter().all(|h| h.organisation_id == Some(a.id)));

    // Alice changes an activity of hers: the server names her, at its own time.
    let mut activity: Activity = alice.all(None).unwrap().into_iter().next().unwrap();
    let base = activity.clone();
    activity.purposes.push("Written by Alice".into());
    let unix = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let a_minute_ago = ropa_core::date::Timestamp::from_unix_seconds(unix - 60).unwrap();
    alice.write(|w| w.update_from(&base, &activity)).unwrap();
    let last = alice.history(Some((ropa_core::store::Kind::Activity, activity.id))).unwrap().pop().unwrap();
    assert_eq!(last.user, "alice");
    assert!(last.at >= a_minute_ago, "{} is the server's time, not the program's", last.at);
    // Bob's window hears of it without reading the store (LISTEN/NOTIFY); Alice's, of her own
    // change, hears nothing.
    let heard = |store: &ropa_core::Store| {
        (0..40).any(|_| {
            let yes = store.notified().unwrap();
            if !yes {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            yes
        })
    };
    assert!(heard(&bob), "Bob hears of Alice's change");
    assert!(!bob.notified().unwrap(), "once");
    assert!(!alice.notified().unwrap(), "Alice's own change is no news to her");

    // Bob may read Alice's organisation but not change it: the server refuses, nothing is written.
    let revision = admin.revision().unwrap();
    let mut theirs = activity.clone();
    theirs.name = "Bob was here".into();
    let e = bob.write(|w| w.update(&theirs)).unwrap_err();
    assert_eq!(e.code(), "denied", "{e}");
    assert_eq!(admin.revision().unwrap(), revision);
    // Alice cannot reach Bob's organisation at all: to her it does not exist.
    let e = alice
        .write(|w| w.create(&Controller { organisation_id: b.id, name: "Sneaky".into(), ..Default::default() }))
        .unwrap_err();
    assert_eq!(e.code(), "invalid", "{e}");
    // Nor can either create an organisation: that is the administrator's.
    let e = bob.write(|w| w.create(&Organisation { name: "New".into(), ..Default::default() })).unwrap_err();
    assert_eq!(e.code(), "denied", "{e}");

    // A save of what someone else changed since it was opened: refused, with their change shown.
    admin_grant(&mut client, &owner, "bob", &a.name, true).unwrap();
    let opened: Activity = bob.get(activity.id).unwrap();
    let mut by_alice = opened.clone();
    by_alice.description = "Alice's description".into();
    alice.write(|w| w.update_from(&opened, &by_alice)).unwrap();
    let mut by_bob = opened.clone();
    by_bob.name = "Bob's name".into();
    let e = bob.write(|w| w.update_from(&opened, &by_bob)).unwrap_err();
    let Error::Changed { by, fields, .. } = &e else { panic!("{e}") };
    assert_eq!(by, "alice");
    assert!(fields.iter().any(|f| f.field == "description"), "{fields:?}");

    // Two writes at the same moment: the second to commit is refused whole (SERIALIZABLE).
    let current: Activity = alice.get(activity.id).unwrap();
    let e = bob
        .write(|w| {
            let mut mine: Activity = w.get(current.id)?;
            mine.name = "Bob, at the same time".into();
            let mut hers = current.clone();
            hers.name = "Alice, at the same time".into();
            alice.write(|w| w.update(&hers))?;
            w.update(&mine)
        })
        .unwrap_err();
    assert_eq!(e.code(), "written_meanwhile", "{e}");
    assert_eq!(alice.get::<Activity>(activity.id).unwrap().name, "Alice, at the same time");

    // Through any client, the server holds to the same: psql as Alice sees Alice's rows only,
    // cannot forge the history's author, nor rewrite or delete history.
    let alice_url = ServerUrl::parse(&pg.url("alice", "team")).unwrap();
    let mut psql = alice_url.connect(Some("alice-password")).unwrap();
    let count = |c: &mut postgres::Client, sql: &str| c.query_one(sql, &[]).unwrap().get::<_, i64>(0);
    assert_eq!(count(&mut psql, "SELECT count(*) FROM activities") as u64, admin.count_activities(Some(a.id)).unwrap());
    assert_eq!(count(&mut psql, "SELECT count(*) FROM organisations"), 1);
    // Nor the labels of changes (imports, with their files' names) that wrote none of her entries.
    let options = ropa_core::import::ImportOptions { organisation: Some(b.name.clone()), ..Default::default() };
    let sheet = "Name,Purposes
Payroll of Bob's clients,Pay
";
    ropa_core::import::import(&mut admin, "bobs-clients.csv", sheet.as_bytes(), None, &options, &mut |_| {}).unwrap();
    assert!(admin.changes().unwrap().iter().any(|c| c.label.contains("bobs-clients")));
    assert!(alice.changes().unwrap().iter().all(|c| !c.label.contains("bobs-clients") && c.entries > 0));
    assert_eq!(count(&mut psql, "SELECT count(*) FROM changes WHERE label LIKE '%bobs-clients%'"), 0);
    let theirs: i64 = count(&mut psql, "SELECT count(*) FROM changes");
    assert_eq!(theirs as usize, alice.changes().unwrap().len());
    let forged: String = psql
        .query_one(
            "INSERT INTO history (at, \"user\", entity, entity_id, organisation_id, action, label) \
             VALUES ('1999-01-01T00:00:00.000Z', 'bob', 'activity', $1, $2, 'update', 'forged') RETURNING \"user\"",
            &[&activity.id, &a.id],
        )
        .unwrap()
        .get(0);
    assert_eq!(forged, "alice");
    for sql in ["UPDATE history SET label = 'rewritten'", "DELETE FROM history"] {
        let e = psql.batch_execute(sql).unwrap_err();
        let said = e.as_db_error().map(|d| d.message().to_string()).unwrap_or_default();
        assert!(said.contains("permission denied"), "{sql}: {said}");
    }
    let e = psql
        .execute(
            "INSERT INTO history (at, \"user\", entity, entity_id, organisation_id, action, label) \
                  VALUES ('x', 'x', 'activity', 1, $1, 'update', 'into Bob''s')",
            &[&b.id],
        )
        .unwrap_err();
    let said = e.as_db_error().map(|d| d.message().to_string()).unwrap_or_default();
    assert!(said.contains("row-level security"), "{said}");
    // Nor link her activity to an entry of Bob's organisation.
    let bobs_measure: i64 = admin
        .all::<ropa_core::model::Measure>(Some(b.id))
        .unwrap()
        .first()
        .map(|m| m.id)
        .expect("the example gives Bob's organisation a measure");
    let e = psql
        .execute(
            "INSERT INTO activity_measures (activity_id, measure_id, position) VALUES ($1, $2, 99)",
            &[&activity.id, &bobs_measure],
        )
        .unwrap_err();
    let said = e.as_db_error().map(|d| d.message().to_string()).unwrap_or_default();
    assert!(said.contains("row-level security"), "{said}");

    // Revoked: Bob no longer sees Alice's organisation.
    let left = admin_revoke(&mut client, &owner, "bob", &a.name).unwrap();
    assert_eq!(left.len(), 1);
    let seen: Vec<Organisation> = bob.all(None).unwrap();
    assert_eq!(seen.iter().map(|o| o.id).collect::<Vec<_>>(), [b.id]);
}

/// A session the server ends in the middle of a write, and a server that dies in the middle of
/// an import, leave the register as it was: the server rolls the transaction back whole. ropa
/// says the server cannot be reached, and connects again once it can.
#[test]
fn a_write_cut_off_by_the_server_leaves_the_register_as_it_was() {
    use ropa_core::import::{import, ImportError, ImportOptions};
    use ropa_core::model::Organisation;
    let pg = Postgres::start();
    let mut store = pg.new_store("team");
    ropa_core::demo::load(&mut store).unwrap();
    let before = store.register(None).unwrap();
    let revision = store.revision().unwrap();

    // The administrator ends the session while it writes.
    let mut admin = pg.owner("team");
    let e = store
        .write(|w| {
            w.create(&Organisation { name: "Half written".into(), ..Default::default() })?;
            admin
                .batch_execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = 'team' AND pid <> pg_backend_pid()",
                )
                .unwrap();
            w.create(&Organisation { name: "Never written".into(), ..Default::default() })?;
            Ok(())
        })
        .unwrap_err();
    assert_eq!(e.code(), "unreachable", "{e}");
    // The next read connects again: nothing of the write is there.
    assert_eq!(store.register(None).unwrap(), before);
    assert_eq!(store.revision().unwrap(), revision);

    // The server dies in the middle of an import of 5,000 rows.
    let mut csv = String::from("Name,Purposes\n");
    for i in 0..5000 {
        csv.push_str(&format!("Activity {i},Purpose {i}\n"));
    }
    let options = ImportOptions { organisation: Some(before.organisations[0].name.clone()), ..Default::default() };
    let mut killed = false;
    let result = import(&mut store, "big.csv", csv.as_bytes(), Some(csv.len() as u64), &options, &mut |p| {
        if !killed && p.rows > 0 && p.rows < 5000 {
            pg.kill();
            killed = true;
        }
    });
    assert!(killed, "the server was stopped while the import wrote");
    match result {
        Err(ImportError::Store(e)) => assert_eq!(e.code(), "unreachable", "{e}"),
        other => panic!("{other:?}"),
    }
    // While it is down, reading says so; once it is back, the register is as before the import.
    assert_eq!(store.register(None).unwrap_err().code(), "unreachable");
    pg.restart();
    assert_eq!(store.register(None).unwrap(), before);
    assert_eq!(store.revision().unwrap(), revision);
}

/// A file register pushed into a server store that holds another already: its entries, history
/// and changes numbered anew after the server's, links and states following, who and when kept;
/// what was there is left as it was.
#[test]
fn a_register_pushed_beside_another_is_numbered_anew_and_keeps_its_history() {
    use ropa_core::model::{Activity, Controller, Measure, Organisation};
    use ropa_core::store::server::copy::push;
    let pg = Postgres::start();
    let mut server = pg.new_store("team");
    ropa_core::demo::load(&mut server).unwrap();
    let before = server.register(None).unwrap();
    let server_history = server.history(None).unwrap();

    // A file register of its own, with a change, a deletion and a link.
    let dir = tempfile::tempdir().unwrap();
    let (mut file, _) = common::new_store(dir.path());
    let org = file.write(|w| w.create(&Organisation { name: "Mairie de Test".into(), ..Default::default() })).unwrap();
    let measure = file
        .write(|w| w.create(&Measure { organisation_id: org, name: "Chiffrement".into(), ..Default::default() }))
        .unwrap();
    let gone = file
        .write(|w| w.create(&Controller { organisation_id: org, name: "Ancien client".into(), ..Default::default() }))
        .unwrap();
    file.write(|w| w.delete::<Controller>(gone)).unwrap();
    let activity = file
        .write(|w| {
            w.create(&Activity {
                organisation_id: org,
                name: "État civil".into(),
                measure_ids: vec![measure],
                ..Default::default()
            })
        })
        .unwrap();
    let mut edited: Activity = file.get(activity).unwrap();
    edited.purposes = vec!["Tenir les registres".into()];
    file.write(|w| w.update(&edited)).unwrap();

    let url = ServerUrl::parse(&pg.url(common::pg::OWNER, "team")).unwrap();
    let mut client = url.connect(Some(PASSWORD)).unwrap();
    push(&file, &mut client, &url).unwrap();

    // What was there is as it was; the new organisation is there with numbers of the server's.
    let after = server.register(None).unwrap();
    for o in &before.organisations {
        assert_eq!(server.register(Some(o.id)).unwrap(), ropa_core::view::for_organisation(&before, o.id));
    }
    let pushed = after.organisations.iter().find(|o| o.name == "Mairie de Test").expect("pushed");
    assert!(before.organisations.iter().all(|o| o.id < pushed.id));
    let part = server.register(Some(pushed.id)).unwrap();
    let mine = file.register(None).unwrap();
    assert_eq!(part.activities.len(), 1);
    let (theirs, ours) = (&part.activities[0], &mine.activities[0]);
    assert_eq!((&theirs.name, &theirs.purposes), (&ours.name, &ours.purposes));
    assert_ne!(theirs.id, ours.id, "numbered anew after the server's");
    let linked = server.get::<Measure>(theirs.measure_ids[0]).unwrap();
    assert_eq!((linked.name.as_str(), linked.organisation_id), ("Chiffrement", pushed.id));
    // Its history came with it, who and when kept, the deleted client's included, each entry
    // naming the new numbers; the server's own history is unchanged.
    let history = server.history(None).unwrap();
    assert_eq!(&history[..server_history.len()], &server_history[..]);
    let moved = &history[server_history.len()..];
    let file_history = file.history(None).unwrap();
    assert_eq!(moved.len(), file_history.len());
    for (m, f) in moved.iter().zip(&file_history) {
        assert_eq!((m.at, &m.user, m.kind, m.action, &m.label), (f.at, &f.user, f.kind, f.action, &f.label));
        assert_eq!(m.organisation_id, Some(pushed.id));
    }
    let deleted = moved.iter().find(|h| h.label == "Ancien client" && h.entity_id != gone).expect("the deleted client");
    assert!(server.history(Some((ropa_core::store::Kind::Controller, deleted.entity_id))).unwrap().len() == 2);
    // The register as it stood at any time rebuilds from the moved history as from the file's.
    let when = file_history[3].at;
    let then = server.register_as_of(when).unwrap();
    let then_mine = file.register_as_of(when).unwrap();
    assert_eq!(then.activities.iter().filter(|a| a.organisation_id == pushed.id).count(), then_mine.activities.len());
    // New writes on the server take numbers after all of these.
    let next = server
        .write(|w| w.create(&Controller { organisation_id: pushed.id, name: "Nouveau".into(), ..Default::default() }))
        .unwrap();
    assert!(history.iter().all(|h| h.kind != ropa_core::store::Kind::Controller || h.entity_id != next));
}

/// A member's import large enough that its rows go to the server in several batches, some while
/// the next are prepared: the same register as the same import into a file, every link there.
#[test]
fn a_members_large_import_reaches_the_server_whole() {
    use ropa_core::import::{import, ImportOptions};
    use ropa_core::model::Organisation;
    use ropa_core::store::server::admin_grant;
    let pg = Postgres::start();
    let mut admin = pg.new_store("team");
    admin.write(|w| w.create(&Organisation { name: "Bench Ltd".into(), ..Default::default() })).unwrap();
    pg.role("member", "member-password");
    let owner = ServerUrl::parse(&pg.url(common::pg::OWNER, "team")).unwrap();
    admin_grant(&mut owner.connect(Some(PASSWORD)).unwrap(), &owner, "member", "Bench Ltd", true).unwrap();
    let member = ServerUrl::parse(&pg.url("member", "team")).unwrap();
    let mut server = ropa_core::Store::open_server(&member, Some("member-password"), common::context()).unwrap();

    // 2,000 activities, three measures each: about 10,000 rows, history included.
    let mut csv = String::from("Name,Purposes,Security measures\n");
    for i in 0..2000 {
        csv.push_str(&format!(
            "Activity {i},Purpose {i},\"Encryption {}\nBackups\nAccess control {}\"\n",
            i % 7,
            i % 5
        ));
    }
    let options = ImportOptions { organisation: Some("Bench Ltd".into()), ..Default::default() };
    import(&mut server, "big.csv", csv.as_bytes(), None, &options, &mut |_| {}).unwrap();
    // The file dated by the same clock as the server (today), so that the two compare.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("register.sqlite");
    let mut file =
        ropa_core::Store::open(&path, ropa_core::OpenMode::CreateIfMissing, ropa_core::Context::system("tester"))
            .unwrap();
    file.write(|w| w.create(&Organisation { name: "Bench Ltd".into(), ..Default::default() })).unwrap();
    import(&mut file, "big.csv", csv.as_bytes(), None, &options, &mut |_| {}).unwrap();

    let (on_server, in_file) = (server.register(None).unwrap(), file.register(None).unwrap());
    assert_eq!(on_server.activities.len(), 2000);
    assert!(on_server.activities.iter().all(|a| a.measure_ids.len() == 3));
    let view = |r: &ropa_core::model::Register| ropa_core::view::activities(r);
    assert_eq!(serde_json::to_value(view(&on_server)).unwrap(), serde_json::to_value(view(&in_file)).unwrap());
}
