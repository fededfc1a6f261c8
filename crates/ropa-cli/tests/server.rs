//! `ropa admin init` against a real PostgreSQL the test starts (the core's harness).

#![allow(clippy::unwrap_used)]

#[path = "../../ropa-core/tests/common/pg.rs"]
#[allow(dead_code)]
mod pg;

use std::process::{Command, Output};

fn ropa(db: &str, password: Option<&str>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ropa"));
    c.args(["--db", db]).args(args).env("LC_ALL", "C").env_remove("PGPASSWORD");
    if let Some(p) = password {
        c.env("PGPASSWORD", p);
    }
    c.output().expect("run ropa")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn admin_init_makes_an_empty_database_a_store_once_with_the_password_from_the_environment() {
    let server = pg::Postgres::start();
    server.database("register");
    let url = server.url(pg::OWNER, "register");

    let first = ropa(&url, Some(pg::PASSWORD), &["admin", "init"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stdout).contains("is now a ropa store"), "{}", text(&first.stdout));
    let again = ropa(&url, Some(pg::PASSWORD), &["admin", "init"]);
    assert!(text(&again.stdout).contains("a ropa store already"), "{}", text(&again.stdout));

    // No password, or a wrong one: the server cannot be reached as that user; exit code 2.
    let refused = ropa(&url, Some("wrong"), &["admin", "init"]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stderr));
    assert!(text(&refused.stderr).contains("cannot be reached"), "{}", text(&refused.stderr));

    // A password in the address: refused before anything is sent, and not repeated.
    let with_password = url.replace("@", ":hunter2@");
    let out = ropa(&with_password, None, &["admin", "init"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("PGPASSWORD") && !text(&out.stderr).contains("hunter2"),
        "{}",
        text(&out.stderr)
    );

    // A profile names the server: the same store, found by its name; an unknown name listed.
    let config = tempfile::tempdir().unwrap();
    std::fs::create_dir(config.path().join("ropa")).unwrap();
    std::fs::write(config.path().join("ropa/profiles"), format!("# the team\nteam = {url}\n")).unwrap();
    let by_profile = |name: &str| {
        Command::new(env!("CARGO_BIN_EXE_ropa"))
            .args(["--profile", name, "admin", "init"])
            .env("LC_ALL", "C")
            .env("PGPASSWORD", pg::PASSWORD)
            .env("XDG_CONFIG_HOME", config.path())
            .output()
            .unwrap()
    };
    let found = by_profile("team");
    assert!(text(&found.stdout).contains("a ropa store already"), "{}", text(&found.stderr));
    let unknown = by_profile("other");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("its profiles: team"), "{}", text(&unknown.stderr));

    // The other commands say they do not work on a server yet, in the language asked.
    let out = ropa(&url, Some(pg::PASSWORD), &["--lang", "fr", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("pas encore"), "{}", text(&out.stderr));
}

#[test]
fn push_then_pull_gives_the_same_register() {
    let server = pg::Postgres::start();
    server.database("team");
    let url = server.url(pg::OWNER, "team");
    assert!(ropa(&url, Some(pg::PASSWORD), &["admin", "init"]).status.success());

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.sqlite");
    let file = file.to_str().unwrap();
    assert!(ropa(file, None, &["demo"]).status.success());

    let pushed = ropa(&url, Some(pg::PASSWORD), &["push", file]);
    assert!(pushed.status.success(), "{}", text(&pushed.stderr));
    assert!(text(&pushed.stdout).contains("history entries"), "{}", text(&pushed.stdout));
    // Pushed twice: refused, the server store is no longer empty.
    let twice = ropa(&url, Some(pg::PASSWORD), &["push", file]);
    assert_eq!(twice.status.code(), Some(2), "{}", text(&twice.stderr));

    let back = dir.path().join("back.sqlite");
    let back = back.to_str().unwrap();
    let pulled = ropa(&url, Some(pg::PASSWORD), &["--lang", "de", "pull", back]);
    assert!(pulled.status.success(), "{}", text(&pulled.stderr));
    assert!(text(&pulled.stdout).contains("Verlaufseinträge"), "{}", text(&pulled.stdout));
    for command in [&["list"][..], &["history"], &["check"]] {
        let (a, b) = (ropa(file, None, command), ropa(back, None, command));
        assert_eq!(text(&a.stdout), text(&b.stdout), "{command:?}");
    }
    // Without a server address, push says what it needs.
    let out = ropa(file, None, &["push", file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("postgres://"), "{}", text(&out.stderr));
}
