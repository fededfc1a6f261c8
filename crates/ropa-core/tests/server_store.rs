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
