//! ropa killed (SIGKILL) at random moments of its writes: an import (CSV and workbook), the
//! example register, a migration, a restore, and the exports. Afterwards the store opens, SQLite's
//! integrity check passes, and the register is the one before or the one after the operation, never
//! a mixture; an export's destination holds the earlier file or the whole new one, never a part.
//!
//! `KILL_POINTS` kill points per operation (3 by default; `make soak` runs many), `KILL_SEED` to
//! replay a run, `ROPA_BIN` the binary (the test build's by default; `make test` gives the release
//! one). Each run prints its counts.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> PathBuf {
    std::env::var_os("ROPA_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ropa")), PathBuf::from)
}

fn points() -> usize {
    std::env::var("KILL_POINTS").ok().and_then(|v| v.parse().ok()).unwrap_or(3)
}

/// A small random generator (xorshift), seeded from `KILL_SEED` or the clock, printed.
struct Random(u64);

impl Random {
    fn new(name: &str) -> Random {
        let seed = std::env::var("KILL_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
        });
        println!("{name}: KILL_SEED={seed}");
        Random(seed.max(1))
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn ropa(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin()).arg("--db").arg(db).args(args).env("USER", "dpo-test").output().unwrap()
}

/// The register as ropa's CSV files hold it, and how many history entries there are: what
/// "before" and "after" are compared by. Read by the binary itself, which must open the store.
fn state(db: &Path) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = ropa(db, &["export", "csv", dir.path().join("all").to_str().unwrap(), "--table", "all"]);
    assert!(out.status.success(), "the store does not open: {}", String::from_utf8_lossy(&out.stderr));
    let mut files: Vec<PathBuf> = fs::read_dir(dir.path().join("all")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        text.push_str(&fs::read_to_string(f).unwrap());
    }
    let conn = rusqlite::Connection::open(db).unwrap();
    let entries: i64 = conn.query_row("SELECT count(*) FROM history", [], |r| r.get(0)).unwrap();
    text.push_str(&format!("\nhistory entries: {entries}\n"));
    text
}

/// Starts ropa on `db` and kills it (SIGKILL) after `delay`; whether it had finished first.
fn run_killed(db: &Path, args: &[&str], delay: Duration) -> bool {
    let mut child = Command::new(bin())
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "dpo-test")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let finished = child.try_wait().unwrap().is_some();
    let _ = child.kill();
    let _ = child.wait();
    finished
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

fn copy_store(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let (mut a, mut b) = (from.as_os_str().to_owned(), to.as_os_str().to_owned());
        a.push(suffix);
        b.push(suffix);
        let _ = fs::remove_file(&b);
        if Path::new(&a).exists() {
            fs::copy(&a, &b).unwrap();
        }
    }
}

/// What happened at the kill points of one operation.
#[derive(Default, Debug)]
struct Outcomes {
    before: usize,
    after: usize,
    finished_first: usize,
}

/// Runs `args` on copies of the store `base` (prepared by the caller), killing it at random
/// moments within its usual duration; checks each store left.
fn kill_writes(name: &str, base: &Path, args: &[&str]) -> Outcomes {
    let dir = tempfile::tempdir().unwrap();
    let before = state(base);
    // The operation run to its end: its duration, and the state after.
    let done = dir.path().join("done.sqlite");
    copy_store(base, &done);
    let started = Instant::now();
    let out = ropa(&done, args);
    let duration = started.elapsed();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let after = state(&done);
    assert_ne!(before, after, "{name}: the operation changes nothing");
    let mut random = Random::new(name);
    let mut outcomes = Outcomes::default();
    for point in 0..points() {
        let db = dir.path().join(format!("killed-{point}.sqlite"));
        copy_store(base, &db);
        let delay = Duration::from_micros(random.below(duration.as_micros() as u64 * 11 / 10 + 1));
        let finished = run_killed(&db, args, delay);
        let state = state(&db);
        assert_eq!(integrity(&db), "ok", "{name}, killed after {delay:?}");
        if state == before {
            outcomes.before += 1;
        } else if state == after {
            outcomes.after += 1;
        } else {
            panic!("{name}, killed after {delay:?}: the register is neither as before nor as after");
        }
        if finished {
            outcomes.finished_first += 1;
        }
    }
    println!("{name}: {} kill points over {duration:?}: {outcomes:?}", points());
    outcomes
}

/// Kills an export at random moments: the destination holds the earlier file or the whole new one.
fn kill_export(name: &str, db: &Path, args: &[&str], destination: &Path) {
    let earlier = b"the earlier file".to_vec();
    fs::write(destination, &earlier).unwrap();
    let started = Instant::now();
    let out = ropa(db, args);
    let duration = started.elapsed();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let whole = fs::read(destination).unwrap();
    let mut random = Random::new(name);
    let (mut kept, mut written) = (0, 0);
    for _ in 0..points() {
        fs::write(destination, &earlier).unwrap();
        let delay = Duration::from_micros(random.below(duration.as_micros() as u64 * 11 / 10 + 1));
        run_killed(db, args, delay);
        let now = fs::read(destination).unwrap();
        if now == earlier {
            kept += 1;
        } else {
            // With `--generated-at`, the same register gives the same bytes.
            assert!(now == whole, "{name}, killed after {delay:?}: the destination holds a partial file");
            written += 1;
        }
    }
    println!("{name}: {} kill points over {duration:?}: earlier file kept {kept}, new file whole {written}", points());
}

fn big_csv(dir: &Path, rows: usize) -> PathBuf {
    let path = dir.join("register.csv");
    let mut text = String::from("Name;Purposes;Data categories;Recipients;Retention;Notes\n");
    for i in 0..rows {
        text.push_str(&format!("Activity {i};Purpose {i};Identity\nContact;HR;5 years;{}\n", "x".repeat(100)));
    }
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_killed_import_leaves_the_register_as_before_or_after() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.sqlite");
    assert!(ropa(&base, &["demo"]).status.success());
    let csv = big_csv(dir.path(), 8000);
    kill_writes("import csv", &base, &["import", csv.to_str().unwrap(), "--org", "Scalingo"]);
    // The same register as a workbook, from ropa's own export.
    let source = dir.path().join("source.sqlite");
    copy_store(&base, &source);
    assert!(ropa(&source, &["import", csv.to_str().unwrap(), "--org", "Acme"]).status.success());
    let xlsx = dir.path().join("register.xlsx");
    assert!(ropa(&source, &["export", "xlsx", xlsx.to_str().unwrap(), "--org", "Acme"]).status.success());
    kill_writes("import xlsx", &base, &["import", xlsx.to_str().unwrap(), "--org", "Acme"]);
}

#[test]
fn a_killed_demo_restore_or_undo_leaves_the_register_as_before_or_after() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.sqlite");
    let sheet = dir.path().join("one.csv");
    fs::write(&sheet, "Name,Purposes\nPayroll,Pay staff\n").unwrap();
    assert!(ropa(&empty, &["import", sheet.to_str().unwrap(), "--org", "Acme"]).status.success());
    assert!(ropa(&empty, &["undo"]).status.success());
    kill_writes("demo", &empty, &["demo"]);

    let base = dir.path().join("base.sqlite");
    assert!(ropa(&base, &["demo"]).status.success());
    let csv = big_csv(dir.path(), 3000);
    assert!(ropa(&base, &["import", csv.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    kill_writes("undo", &base, &["undo"]);
    let backup = ropa_core::store::backups(&base).unwrap().remove(0).path;
    kill_writes("restore", &base, &["restore", backup.to_str().unwrap()]);
}

#[test]
fn a_killed_migration_leaves_the_older_store_or_the_migrated_one() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("old.sqlite");
    let conn = rusqlite::Connection::open(&base).unwrap();
    conn.execute_batch(include_str!("../../ropa-core/tests/fixtures/store-v2-demo.sql")).unwrap();
    conn.pragma_update(None, "application_id", 0x524F_5041).unwrap();
    conn.pragma_update(None, "user_version", 2).unwrap();
    drop(conn);
    // Any command migrates the store; `demo` then adds nothing, so the states compared are the
    // store before its migration (read by a build that migrates it in a copy) and after.
    let killed = kill_migration(&base);
    println!("migration: {killed:?}");
}

/// A migration killed: the store is the older one (migrated again by the next command) or the
/// migrated one, with the same register either way.
fn kill_migration(base: &Path) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let version = |db: &Path| -> i64 {
        rusqlite::Connection::open(db).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap()
    };
    let done = dir.path().join("done.sqlite");
    copy_store(base, &done);
    let started = Instant::now();
    assert!(ropa(&done, &["list"]).status.success());
    let duration = started.elapsed();
    let migrated = state(&done);
    let mut random = Random::new("migration");
    let (mut old, mut new) = (0, 0);
    for point in 0..points() {
        let db = dir.path().join(format!("killed-{point}.sqlite"));
        copy_store(base, &db);
        let delay = Duration::from_micros(random.below(duration.as_micros() as u64 * 11 / 10 + 1));
        run_killed(&db, &["list"], delay);
        let was = {
            let conn = rusqlite::Connection::open(&db).unwrap();
            let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
            assert_eq!(check, "ok");
            drop(conn);
            version(&db)
        };
        if was == 2 {
            old += 1;
        } else {
            new += 1;
        }
        // Either way the next command opens it, migrated, with the same register.
        assert_eq!(state(&db), migrated, "killed after {delay:?}");
    }
    (old, new)
}

#[test]
fn a_killed_export_leaves_the_earlier_file_or_the_whole_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let csv = big_csv(dir.path(), 3000);
    assert!(ropa(&db, &["import", csv.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    let out = dir.path().join("out");
    kill_export(
        "export csv",
        &db,
        &["export", "csv", out.with_extension("csv").to_str().unwrap()],
        &out.with_extension("csv"),
    );
    kill_export(
        "export xlsx",
        &db,
        &["export", "xlsx", out.with_extension("xlsx").to_str().unwrap(), "--generated-at", "2026-12-01T00:00:00Z"],
        &out.with_extension("xlsx"),
    );
    kill_export(
        "export pdf",
        &db,
        &[
            "export",
            "pdf",
            out.with_extension("pdf").to_str().unwrap(),
            "--org",
            "Scalingo",
            "--generated-at",
            "2026-12-01T00:00:00Z",
        ],
        &out.with_extension("pdf"),
    );
}
