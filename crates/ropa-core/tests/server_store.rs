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
    // Twice: the server store is not empty any more, and nothing is added.
    let e = push(&store, &mut client, &url).unwrap_err();
    assert_eq!(e.code(), "server_not_empty", "{e}");
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
    pull(&mut client, &url, &back, context).unwrap();
    assert_eq!(file_tables(&back), file_tables(&original));
    // The copy is a store that opens and reads as the original.
    let (context, _) = common::ticking();
    let pulled = ropa_core::Store::open(&back, ropa_core::OpenMode::MustExist, context).unwrap();
    assert_eq!(pulled.register(None).unwrap(), store.register(None).unwrap());
    // Pulling over an existing file is refused, and the file left as it was.
    let (context, _) = common::ticking();
    let before = std::fs::read(&back).unwrap();
    assert!(pull(&mut client, &url, &back, context).is_err());
    assert_eq!(std::fs::read(&back).unwrap(), before);
}
