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

    // Every command works on it, in the language asked; what only a file has is refused, saying so.
    let out = ropa(&url, Some(pg::PASSWORD), &["--lang", "fr", "list"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Aucune activité"), "{}", text(&out.stdout));
    let out = ropa(&url, Some(pg::PASSWORD), &["backups"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("register on a server"), "{}", text(&out.stderr));
}

/// A server with an empty ropa store "team", and a file store holding the example register:
/// the server, the store's address as its owner, the folder and the file.
fn team_and_example() -> (pg::Postgres, String, tempfile::TempDir, String) {
    let server = pg::Postgres::start();
    server.database("team");
    let url = server.url(pg::OWNER, "team");
    assert!(ropa(&url, Some(pg::PASSWORD), &["admin", "init"]).status.success());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.sqlite").to_str().unwrap().to_string();
    assert!(ropa(&file, None, &["demo"]).status.success());
    (server, url, dir, file)
}

#[test]
fn push_then_pull_gives_the_same_register() {
    let (_server, url, dir, file) = team_and_example();
    let file = file.as_str();

    let pushed = ropa(&url, Some(pg::PASSWORD), &["push", file]);
    assert!(pushed.status.success(), "{}", text(&pushed.stderr));
    assert!(text(&pushed.stdout).contains("history entries"), "{}", text(&pushed.stdout));
    // Pushed twice: refused, its organisations are on the server already; nothing is added.
    let twice = ropa(&url, Some(pg::PASSWORD), &["push", file]);
    assert_eq!(twice.status.code(), Some(1), "{}", text(&twice.stderr));
    assert!(text(&twice.stderr).contains("has an organisation named 'Scalingo'"), "{}", text(&twice.stderr));

    let back = dir.path().join("back.sqlite");
    let back = back.to_str().unwrap();
    let pulled = ropa(&url, Some(pg::PASSWORD), &["--lang", "de", "pull", back]);
    assert!(pulled.status.success(), "{}", text(&pulled.stderr));
    assert!(text(&pulled.stdout).contains("Verlaufseinträge"), "{}", text(&pulled.stdout));
    // The file, the server and the copy pulled back say the same.
    for command in [&["list"][..], &["history"], &["check"], &["show", "1"]] {
        let (a, b) = (ropa(file, None, command), ropa(back, None, command));
        assert_eq!(text(&a.stdout), text(&b.stdout), "{command:?}");
        let on_server = ropa(&url, Some(pg::PASSWORD), command);
        assert_eq!(text(&a.stdout), text(&on_server.stdout), "{command:?}: {}", text(&on_server.stderr));
    }
    // One organisation's register alone.
    let only = dir.path().join("coderpad.sqlite");
    let only = only.to_str().unwrap();
    let pulled = ropa(&url, Some(pg::PASSWORD), &["pull", only, "--org", "CoderPad"]);
    assert!(pulled.status.success(), "{}", text(&pulled.stderr));
    let listed = text(&ropa(only, None, &["list"]).stdout);
    assert!(listed.contains("CoderPad") && !listed.contains("Scalingo"), "{listed}");

    // Without a server address, push says what it needs.
    let out = ropa(file, None, &["push", file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("postgres://"), "{}", text(&out.stderr));
}

/// Two users on one server store through the command line: the administrator grants each an
/// organisation; each imports, lists and reads history of their own only, named by the server.
#[test]
fn two_users_keep_one_register_each_seeing_their_organisations() {
    let (server, url, dir, file) = team_and_example();
    assert!(ropa(&url, Some(pg::PASSWORD), &["push", &file]).status.success());
    server.role("alice", "alice-pw");
    server.role("bob", "bob-pw");

    let grant = ropa(&url, Some(pg::PASSWORD), &["admin", "grant", "alice", "--org", "Scalingo", "--write"]);
    assert!(grant.status.success(), "{}", text(&grant.stderr));
    assert!(
        text(&grant.stdout).contains("alice may read and change the register of Scalingo"),
        "{}",
        text(&grant.stdout)
    );
    let grant = ropa(&url, Some(pg::PASSWORD), &["--lang", "fr", "admin", "grant", "bob", "--org", "CoderPad"]);
    assert!(text(&grant.stdout).contains("bob peut lire le registre de CoderPad"), "{}", text(&grant.stdout));
    let unknown = ropa(&url, Some(pg::PASSWORD), &["admin", "grant", "carol", "--org", "CoderPad"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("no role 'carol'"), "{}", text(&unknown.stderr));

    let alice = server.url("alice", "team");
    let bob = server.url("bob", "team");
    let listed = |who: &str, password: &str| text(&ropa(who, Some(password), &["list"]).stdout);
    let (for_alice, for_bob) = (listed(&alice, "alice-pw"), listed(&bob, "bob-pw"));
    assert!(for_alice.contains("Scalingo") && !for_alice.contains("CoderPad"), "{for_alice}");
    assert!(for_bob.contains("CoderPad") && !for_bob.contains("Scalingo"), "{for_bob}");

    // Alice imports into her organisation: the history names her, as the server knows her.
    let csv = dir.path().join("more.csv");
    std::fs::write(&csv, "Name,Purposes\nNewsletter,Sending the newsletter\n").unwrap();
    let imported = ropa(&alice, Some("alice-pw"), &["import", csv.to_str().unwrap(), "--org", "Scalingo"]);
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    let history = text(&ropa(&alice, Some("alice-pw"), &["history"]).stdout);
    let line = history.lines().find(|l| l.contains("Newsletter")).unwrap_or_else(|| panic!("{history}"));
    assert!(line.contains("alice"), "{line}");
    // Bob, who may only read CoderPad's, cannot import into it: refused, nothing written.
    let refused = ropa(&bob, Some("bob-pw"), &["import", csv.to_str().unwrap(), "--org", "CoderPad"]);
    assert_eq!(refused.status.code(), Some(2), "{}", text(&refused.stdout));
    assert!(text(&refused.stderr).contains("you may not"), "{}", text(&refused.stderr));
    assert!(!listed(&bob, "bob-pw").contains("Newsletter"));

    let revoked = ropa(&url, Some(pg::PASSWORD), &["admin", "revoke", "bob", "--org", "CoderPad"]);
    assert!(text(&revoked.stdout).contains("bob may no longer use any register"), "{}", text(&revoked.stdout));
    assert!(!listed(&bob, "bob-pw").contains("CoderPad"));
    let upgrade = ropa(&url, Some(pg::PASSWORD), &["admin", "upgrade"]);
    assert!(text(&upgrade.stdout).contains("up to date"), "{}", text(&upgrade.stdout));

    // A person's data erased on the server: by its administrator only (history is append-only
    // for everyone else), then nowhere in any table.
    let sheet = dir.path().join("person.csv");
    std::fs::write(&sheet, "Name,Purposes,Notes\nRecruitment,Hire staff,Ask Jean DUPONT (jean.dupont@example.org)\n")
        .unwrap();
    assert!(ropa(&alice, Some("alice-pw"), &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    let denied = ropa(&alice, Some("alice-pw"), &["purge", "Jean Dupont", "--yes"]);
    assert_eq!(denied.status.code(), Some(2), "{}", text(&denied.stdout));
    assert!(text(&denied.stderr).contains("you may not"), "{}", text(&denied.stderr));
    let erased = ropa(&url, Some(pg::PASSWORD), &["purge", "Jean Dupont", "--yes"]);
    assert!(erased.status.success(), "{}", text(&erased.stderr));
    let mut owner = server.owner("team");
    let left: i64 = owner
        .query_one(
            "SELECT (SELECT count(*) FROM history WHERE concat(label, \"user\", before, after) ILIKE '%jean dupont%') \
             + (SELECT count(*) FROM changes WHERE label ILIKE '%jean dupont%') \
             + (SELECT count(*) FROM activities WHERE name ILIKE '%jean dupont%')",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(left, 0);
    let notes = text(&ropa(&alice, Some("alice-pw"), &["show", "--json", &recruitment(&alice)]).stdout);
    assert!(notes.contains("[erased on") && !notes.to_lowercase().contains("jean dupont"), "{notes}");
}

/// The id of the activity named "Recruitment", as `ropa list --json` gives it.
fn recruitment(db: &str) -> String {
    let out = ropa(db, Some("alice-pw"), &["list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    list.as_array()
        .and_then(|a| a.iter().find(|v| v["name"] == "Recruitment"))
        .map(|v| v["id"].to_string())
        .unwrap_or_else(|| panic!("{}", text(&out.stdout)))
}
