//! Opening files: what is ours opens, what is not is refused and left byte for byte untouched.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;

use ropa_core::store::{Opened, SCHEMA_VERSION};
use ropa_core::{Error, OpenMode, Store};

fn refuse(bytes: &[u8]) -> Error {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("file.sqlite");
    fs::write(&path, bytes).unwrap();
    let err = Store::open(&path, OpenMode::CreateIfMissing, common::context()).err().expect("refused");
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file was modified");
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "files appeared beside it: {names:?}");
    err
}

#[test]
fn a_new_store_is_created_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = common::new_store(dir.path());
    assert_eq!(store.opened(), &Opened::Created);
    drop(store);
    let store = Store::open(&path, OpenMode::MustExist, common::context()).unwrap();
    assert_eq!(store.opened(), &Opened::Existing);
}

#[test]
fn foreign_files_are_refused_untouched() {
    let text = refuse(b"Name;Purpose\nPayroll;Pay staff\n");
    assert!(matches!(text, Error::NotAStore { .. }), "{text}");
    assert!(text.to_string().contains("not an SQLite database"), "{text}");

    let empty = refuse(b"");
    assert!(empty.to_string().contains("empty"), "{empty}");

    let mut short = b"SQLite format 3\0".to_vec();
    short.extend_from_slice(&[0; 20]);
    assert!(matches!(refuse(&short), Error::NotAStore { .. }));
}

#[test]
fn another_applications_sqlite_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    }
    let bytes = fs::read(&path).unwrap();
    let err = refuse(&bytes);
    assert!(err.to_string().contains("another application"), "{err}");
}

#[test]
fn a_store_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = common::new_store(dir.path());
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    }
    let bytes = fs::read(&path).unwrap();
    let err = Store::open(&path, OpenMode::MustExist, common::context()).err().expect("refused");
    match &err {
        Error::NewerStore { found, supported, .. } => {
            assert_eq!((*found, *supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION));
        }
        other => panic!("unexpected error {other}"),
    }
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_missing_file_is_an_error_when_it_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.sqlite");
    let err = Store::open(&path, OpenMode::MustExist, common::context()).err().expect("refused");
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert!(!path.exists());
}

#[test]
fn a_directory_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path(), OpenMode::CreateIfMissing, common::context()).err().expect("refused");
    assert!(matches!(err, Error::NotAStore { .. }), "{err}");
}

/// A write waits for another program's write, then gives up saying who holds the store: the
/// ropa program named in the note its write leaves beside the store, or "another program" (the
/// sqlite3 shell, a backup tool) when none is.
#[test]
fn a_second_writer_waits_then_says_who_holds_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    let create = |store: &mut Store| {
        store.write(|w| w.create(&ropa_core::model::Organisation { name: "X".into(), ..Default::default() }))
    };
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let err = create(&mut store).expect_err("locked");
    assert!(matches!(err, Error::Locked { holder: None, .. }), "{err}");
    assert!(err.to_string().contains("another program is writing to the store"), "{err}");
    other.execute_batch("ROLLBACK;").unwrap();

    let (held, release) = (std::sync::mpsc::channel(), std::sync::mpsc::channel::<()>());
    let holder_path = path.clone();
    let holder = std::thread::spawn(move || {
        let mut context = common::context();
        context.user = "alice".into();
        let mut other = Store::open(&holder_path, OpenMode::MustExist, context).unwrap();
        other
            .write(|_| {
                held.0.send(()).unwrap();
                release.1.recv().unwrap();
                Ok(())
            })
            .unwrap();
    });
    held.1.recv().unwrap();
    let err = create(&mut store).expect_err("locked");
    release.0.send(()).unwrap();
    holder.join().unwrap();
    let message = err.to_string();
    assert!(message.contains("of user alice (process"), "{message}");
    assert!(message.contains("nothing was written"), "{message}");
    // The note went with the write; the store takes the write now.
    assert!(!dir.path().join("register.sqlite-writer").exists());
    create(&mut store).unwrap();
}

/// While another program's import holds the store in rollback-journal mode (`Store::bulk`), the
/// store still opens and reads: the register as it was before the import.
#[test]
fn a_store_opens_and_reads_while_another_program_imports() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    store.write(|w| w.create(&ropa_core::model::Organisation { name: "Before".into(), ..Default::default() })).unwrap();
    let (held, release) = (std::sync::mpsc::channel(), std::sync::mpsc::channel::<()>());
    let importer = std::thread::spawn(move || {
        store
            .bulk(|s| {
                s.write(|w| {
                    w.create(&ropa_core::model::Organisation { name: "Imported".into(), ..Default::default() })?;
                    held.0.send(()).unwrap();
                    release.1.recv().unwrap();
                    Ok(())
                })
            })
            .unwrap();
    });
    held.1.recv().unwrap();
    let reader = Store::open(&path, OpenMode::MustExist, common::context());
    release.0.send(()).unwrap();
    importer.join().unwrap();
    let names: Vec<String> =
        reader.unwrap().register(None).unwrap().organisations.into_iter().map(|o| o.name).collect();
    assert!(names == ["Before"] || names == ["Before", "Imported"], "{names:?}");
}

/// A store file is data, never code: a trigger, a view or a table that ropa does not make is
/// refused before any statement could run it, and the file left as it was.
#[test]
fn a_store_with_planted_code_or_tables_is_refused_untouched() {
    let planted = [
        // Rewrites history's user on each new entry.
        ("trigger", "CREATE TRIGGER sign AFTER INSERT ON history BEGIN UPDATE history SET user = 'mallory' WHERE seq = new.seq; END;"),
        // Loops for ever when read.
        ("view", "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n;"),
        ("table", "CREATE TABLE extra (secret TEXT); INSERT INTO extra VALUES ('x');"),
        ("index", "CREATE INDEX history_user ON history (user);"),
    ];
    for (kind, sql) in planted {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, path) = common::new_store(dir.path());
        store
            .write(|w| w.create(&ropa_core::model::Organisation { name: "Acme".into(), ..Default::default() }))
            .unwrap();
        drop(store);
        rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
        let bytes = fs::read(&path).unwrap();
        let err = refuse(&bytes);
        assert!(matches!(err, Error::NotAStore { .. }), "{kind}: {err}");
        assert!(err.to_string().contains(&format!("{kind} \"")), "{kind}: {err}");
        assert!(err.to_string().contains("not the one ropa makes"), "{kind}: {err}");
    }
}

/// A form opened on an entry saves only over the entry it read: a change another program made
/// since is refused, said with who made it, when, and which fields it changed.
#[test]
fn a_save_over_a_newer_change_is_refused_with_that_change() {
    use ropa_core::model::Organisation;
    let dir = tempfile::tempdir().unwrap();
    let (mut window, path) = common::new_store(dir.path());
    let id = window.write(|w| w.create(&Organisation { name: "Acme".into(), ..Default::default() })).unwrap();
    let base: Organisation = window.get(id).unwrap();

    let mut context = common::context();
    context.user = "bob".into();
    let mut cli = Store::open(&path, OpenMode::MustExist, context).unwrap();
    cli.write(|w| w.update(&Organisation { address: "1 rue de Paris".into(), ..base.clone() })).unwrap();

    let mine = Organisation { name: "Acme SA".into(), ..base.clone() };
    let err = window.write(|w| w.update_from(&base, &mine)).expect_err("refused");
    let Error::Changed { by, deleted: false, fields, .. } = &err else { panic!("{err}") };
    assert_eq!(by, "bob");
    assert!(fields.iter().any(|f| f.field == "address" && f.after == "1 rue de Paris"), "{fields:?}");
    assert!(err.to_string().contains("changed by bob at"), "{err}");
    let stored: Organisation = window.get(id).unwrap();
    assert_eq!((stored.name.as_str(), stored.address.as_str()), ("Acme", "1 rue de Paris"));

    // Saved again over the entry as it now is (the user chose to keep theirs): written.
    window.write(|w| w.update_from(&stored, &Organisation { name: "Acme SA".into(), ..stored.clone() })).unwrap();
    assert_eq!(window.get::<Organisation>(id).unwrap().name, "Acme SA");

    // Deleted meanwhile: said as such.
    let base: Organisation = window.get(id).unwrap();
    cli.write(|w| w.delete::<Organisation>(id)).unwrap();
    let err = window.write(|w| w.update_from(&base, &base)).expect_err("refused");
    assert!(matches!(err, Error::Changed { deleted: true, .. }), "{err}");
    assert!(err.to_string().contains("deleted by bob"), "{err}");
}

/// A writer stopped mid-way (killed, a crash, a power cut) leaves the store with a hot journal:
/// the store opens, SQLite rolls the write back, the register is as it was, and the user is told.
#[test]
fn a_write_stopped_midway_is_rolled_back_when_the_store_opens() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let before = store.register(None).unwrap();
    drop(store);
    // A big write in rollback-journal mode (as an import runs), its pages spilling into the file
    // before it commits; the files copied as they are at that moment.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "cache_size", 2).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE history SET after = after || '          ';").unwrap();
    for _ in 0..20 {
        conn.execute_batch("UPDATE history SET after = after || '          ';").unwrap();
    }
    let crashed = dir.path().join("crashed.sqlite");
    fs::copy(&path, &crashed).unwrap();
    let mut journal = path.clone().into_os_string();
    journal.push("-journal");
    let mut crashed_journal = crashed.clone().into_os_string();
    crashed_journal.push("-journal");
    fs::copy(&journal, &crashed_journal).unwrap();
    assert!(fs::metadata(&crashed_journal).unwrap().len() > 0, "no hot journal to recover from");
    drop(conn);

    let store = Store::open(&crashed, OpenMode::MustExist, common::context()).unwrap();
    assert_eq!(store.opened(), &Opened::Recovered);
    assert!(store.opened().notice(&crashed).unwrap().en.contains("did not finish"));
    assert_eq!(store.register(None).unwrap(), before);
    drop(store);
    let check = rusqlite::Connection::open(&crashed).unwrap();
    let integrity: String = check.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
}

/// A store damaged on disk (pages overwritten, the file cut short) is refused untouched, and
/// `recover` saves what it still holds into a new store, saying what it could not.
#[test]
fn what_a_damaged_store_holds_is_saved_into_a_new_one() {
    use ropa_core::store::recover;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    store
        .write(|w| {
            let org = w.all::<ropa_core::model::Organisation>(None)?[0].id;
            for i in 0..1500 {
                w.create(&ropa_core::model::Activity {
                    organisation_id: org,
                    name: format!("Activity {i}"),
                    purposes: vec![format!("Purpose {i} {}", "x".repeat(400))],
                    ..Default::default()
                })?;
            }
            Ok(())
        })
        .unwrap();
    let whole = store.register(None).unwrap();
    drop(store);
    let bytes = fs::read(&path).unwrap();
    let page = 16_384;

    // Cut short: the first third of the file.
    let cut = dir.path().join("cut.sqlite");
    fs::write(&cut, &bytes[..bytes.len() / 3 / page * page]).unwrap();
    let err = Store::open(&cut, OpenMode::MustExist, common::context()).and_then(|s| s.check_whole().map(|_| s));
    assert!(matches!(err, Err(Error::Corrupt { .. })), "{:?}", err.err());
    let saved = recover(&cut, &dir.path().join("cut-saved.sqlite"), common::context()).unwrap();
    assert!(saved.lost.iter().any(|l| l.contains("the file ends early")), "{:?}", saved.lost);
    let back = Store::open(&dir.path().join("cut-saved.sqlite"), OpenMode::MustExist, common::context()).unwrap();
    let some = back.register(None).unwrap().activities.len();
    assert!(some > 100 && some < whole.activities.len(), "{some} activities saved");
    assert_eq!(back.integrity_check().unwrap(), "ok");

    // Pages overwritten in the middle: everything around them is saved, what they held is named.
    let hit = dir.path().join("hit.sqlite");
    let mut damaged = bytes.clone();
    let middle = damaged.len() / page / 2 * page;
    damaged[middle..middle + page].fill(0);
    fs::write(&hit, &damaged).unwrap();
    let saved = recover(&hit, &dir.path().join("hit-saved.sqlite"), common::context()).unwrap();
    assert_eq!(fs::read(&hit).unwrap(), damaged, "the damaged store was written to");
    let back = Store::open(&dir.path().join("hit-saved.sqlite"), OpenMode::MustExist, common::context()).unwrap();
    let register = back.register(None).unwrap();
    let missing = whole.activities.len() - register.activities.len();
    assert!(missing < 100, "{missing} activities lost to one page");
    assert!(!saved.unreadable.is_empty() || missing == 0);
    // What was saved is what the store held.
    for a in &register.activities {
        let original = whole.activities.iter().find(|b| b.id == a.id).unwrap();
        assert_eq!(a, original);
    }
    assert_eq!(register.organisations, whole.organisations);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: common::fuzz_cases(48), failure_persistence: None, ..Default::default() })]

    /// A store file with random bytes changed, or cut short: opening and reading it answer with a
    /// register or an error, never a panic or a hang; a file refused is left as it was.
    #[test]
    fn mutated_stores_never_panic_and_refused_ones_stay_untouched(
        flips in proptest::collection::vec((proptest::prelude::any::<proptest::sample::Index>(), proptest::prelude::any::<u8>()), 1..24),
        cut in proptest::option::of(proptest::prelude::any::<proptest::sample::Index>()),
    ) {
        let bytes = demo_store_bytes();
        let mut mutated = bytes.clone();
        for (at, byte) in &flips {
            let i = at.index(mutated.len());
            mutated[i] = *byte;
        }
        if let Some(cut) = cut {
            let len = cut.index(mutated.len()).max(1);
            mutated.truncate(len);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fuzzed.sqlite");
        fs::write(&path, &mutated).unwrap();
        let read = Store::open(&path, OpenMode::MustExist, common::context()).and_then(|store| {
            store.check_whole()?;
            store.register(None)?;
            store.history(None)?;
            Ok(())
        });
        if read.is_err() {
            proptest::prop_assert_eq!(fs::read(&path).unwrap(), mutated, "a refused file was written to");
        }
    }
}

/// The bytes of a small store holding the example register, made once.
fn demo_store_bytes() -> Vec<u8> {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let (mut store, path) = common::new_store(dir.path());
            ropa_core::demo::load(&mut store).unwrap();
            drop(store);
            fs::read(&path).unwrap()
        })
        .clone()
}
