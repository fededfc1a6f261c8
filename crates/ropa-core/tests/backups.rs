//! The copies of a store kept beside it: the newest few kept, listed, and put back as one change
//! that the history shows and undo takes back.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;

use ropa_core::model::{Activity, Measure};
use ropa_core::store::{backups, BACKUPS_KEPT};

#[test]
fn only_the_newest_copies_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (store, path) = common::new_store(dir.path());
    let made: Vec<_> = (0..BACKUPS_KEPT + 3).map(|_| store.backup("import").unwrap()).collect();
    let kept = backups(&path).unwrap();
    assert_eq!(kept.len(), BACKUPS_KEPT);
    // Newest first: the last ones made.
    let names: Vec<_> = kept.iter().map(|b| b.path.file_name().unwrap().to_owned()).collect();
    let newest: Vec<_> = made.iter().rev().take(BACKUPS_KEPT).map(|p| p.file_name().unwrap().to_owned()).collect();
    assert_eq!(names, newest);
    assert!(kept.iter().all(|b| b.reason == "import" && b.size > 0));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&kept[0].path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a copy of the register is its owner's only");
    }
}

#[test]
fn a_copy_is_put_back_as_one_change_that_undo_takes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let copy = store.backup("import").unwrap();
    let copied = fs::read(&copy).unwrap();
    let then = store.register(None).unwrap();

    // Afterwards: an activity changed, one deleted, and a measure deleted and made again under a
    // new id with the same name (what the copy holds under its old id), its activity linked to
    // the new one.
    let mut first = then.activities[0].clone();
    first.purposes.push("Something new".into());
    let gone = then.activities[1].clone();
    let measure_id = first.measure_ids[0];
    let measure = then.measures.iter().find(|m| m.id == measure_id).unwrap().clone();
    let users: Vec<Activity> =
        then.activities.iter().filter(|a| a.id != gone.id && a.measure_ids.contains(&measure_id)).cloned().collect();
    store
        .write(|w| {
            w.delete::<Activity>(gone.id)?;
            for a in &users {
                let mut a = if a.id == first.id { first.clone() } else { a.clone() };
                a.measure_ids.retain(|m| *m != measure_id);
                w.update(&a)?;
            }
            w.delete::<Measure>(measure_id)?;
            let again = w.create(&Measure { id: 0, ..measure.clone() })?;
            let mut a: Activity = w.get(first.id)?;
            a.measure_ids.push(again);
            w.update(&a)?;
            Ok(())
        })
        .unwrap();
    let now = store.register(None).unwrap();
    assert_ne!(now, then);

    let restored = store.restore_backup(&copy).unwrap();
    assert_eq!(store.register(None).unwrap(), then, "the register is the copy's");
    assert!(restored.changed >= 2, "{restored:?}");
    assert_eq!(fs::read(&copy).unwrap(), copied, "the copy restored from is never written to");
    let changes = store.changes().unwrap();
    assert_eq!(changes[0].id, restored.change);
    assert!(changes[0].label.starts_with("Restore of the copy made"), "{}", changes[0].label);
    // The store as it was is kept, and no scratch file is left.
    assert!(restored.copy.exists());
    let names: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.contains("restoring")), "{names:?}");

    // Taken back: the register as it was before the restore.
    store.write(|w| w.undo_change(restored.change)).unwrap();
    assert_eq!(store.register(None).unwrap(), now);
    drop(store);
    assert!(path.exists());
}

/// A damaged store is set aside whole (with its write-ahead log) and a copy put in its place;
/// the copy stays where it was.
#[test]
fn a_damaged_store_is_set_aside_and_a_copy_put_in_its_place() {
    use ropa_core::store::replace_damaged;
    use ropa_core::{OpenMode, Store};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let copy = store.backup("import").unwrap();
    let then = store.register(None).unwrap();
    drop(store);
    let mut bytes = fs::read(&path).unwrap();
    let half = bytes.len() / 2;
    bytes[half..].fill(0x55);
    fs::write(&path, &bytes).unwrap();
    let wal = dir.path().join("register.sqlite-wal");
    fs::write(&wal, b"stale log").unwrap();

    let aside = replace_damaged(&path, &copy, true, common::context().clock.as_ref()()).unwrap();
    assert_eq!(fs::read(&aside).unwrap(), bytes, "the damaged store is kept as it was");
    assert!(!wal.exists(), "its log went with it");
    assert!(copy.exists(), "the copy stays");
    let store = Store::open(&path, OpenMode::MustExist, common::context()).unwrap();
    store.check_whole().unwrap();
    assert_eq!(store.register(None).unwrap(), then);
}
