//! Saving what a damaged store still holds into a new one.
//!
//! The state of every entry is in the history (each entry's last version is a history row), so the
//! history is read row by row, around what cannot be read, and each entry's last readable state
//! is written into a new store as one labelled change. The damaged file is only ever read: a copy
//! of it is opened (so that SQLite may roll back a journal left beside it), or the file itself as
//! immutable when the copy cannot be opened.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::entity::Kind;
use super::open::{self, sqlite_error};
use super::{Context, OpenMode, Register, Store};
use crate::error::{Error, Result};
use crate::model::{Activity, Controller, Id, Measure, Organisation, Site, SubProcessor};

/// What a recovery saved and what it could not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Recovery {
    /// History entries read, and the ranges of history entries that could not be read.
    pub entries_read: usize,
    pub unreadable: Vec<(i64, i64)>,
    /// Entries written into the new store, by kind.
    pub saved: BTreeMap<Kind, usize>,
    /// What could not be saved, each in a sentence.
    pub lost: Vec<String>,
    /// The change that records the recovery in the new store.
    pub change: i64,
}

/// Reads what `damaged` still holds and writes it into a new store at `out` (which must not
/// exist). `damaged` is never written to.
pub fn recover(damaged: &Path, out: &Path, context: Context) -> Result<Recovery> {
    if out.exists() {
        return Err(Error::Io {
            path: out.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "already exists: choose a new file"),
        });
    }
    open::check_header(damaged)?;
    let scratch = Scratch::new(out)?;
    let conn = read_connection(damaged, &scratch.0)?;
    let mut recovery = Recovery::default();
    // From the header itself (bytes 60-63): a damaged file may not answer the pragma.
    let version = {
        let mut header = [0u8; 64];
        let read = fs::File::open(damaged).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header));
        read.map_or(0, |_| i64::from(u32::from_be_bytes([header[60], header[61], header[62], header[63]])))
    };
    if version < 3 {
        return Err(Error::Corrupt {
            path: damaged.to_path_buf(),
            detail: format!(
                "a store of schema {version}, older than ropa can recover: open it with ropa to upgrade it first"
            ),
        });
    }
    // The last readable state of each entry: (kind, id) -> Some(JSON) or None (deleted).
    let mut last: BTreeMap<(Kind, Id), (i64, Option<String>)> = BTreeMap::new();
    let top: i64 = conn
        .query_row("SELECT max(seq) FROM history", [], |r| r.get::<_, Option<i64>>(0))
        .ok()
        .flatten()
        .or_else(|| conn.query_row("SELECT seq FROM sqlite_sequence WHERE name = 'history'", [], |r| r.get(0)).ok())
        .unwrap_or(1_000_000);
    read_range(&conn, 1, top, &mut last, &mut recovery);
    // Entries the tables list whose state the history could not give: named, when the tables
    // can still be read.
    for kind in [Kind::Organisation, Kind::Controller, Kind::Site, Kind::SubProcessor, Kind::Measure, Kind::Activity] {
        let listed: rusqlite::Result<Vec<(Id, String)>> = conn
            .prepare(&format!("SELECT id, name FROM {} ORDER BY id", kind.table()))
            .and_then(|mut stmt| stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect());
        for (id, name) in listed.unwrap_or_default() {
            if !matches!(last.get(&(kind, id)), Some((_, Some(_)))) {
                recovery.lost.push(format!("{} {id} '{name}': its state cannot be read", kind.words().0));
            }
        }
    }

    // Entries by kind, decoded.
    let mut register = Register::default();
    fn decode<T: serde::de::DeserializeOwned + super::Entity>(
        kind: Kind,
        last: &BTreeMap<(Kind, Id), (i64, Option<String>)>,
        lost: &mut Vec<String>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for ((k, id), (seq, state)) in last {
            if *k != kind {
                continue;
            }
            let Some(json) = state else { continue };
            match serde_json::from_str::<T>(json) {
                Ok(e) => out.push(e.with_id(*id)),
                Err(e) => lost.push(format!(
                    "{} {id}: its last state (history entry {seq}) cannot be read ({e})",
                    kind.words().0
                )),
            }
        }
        out
    }
    register.organisations = decode::<Organisation>(Kind::Organisation, &last, &mut recovery.lost);
    register.controllers = decode::<Controller>(Kind::Controller, &last, &mut recovery.lost);
    register.subprocessors = decode::<SubProcessor>(Kind::SubProcessor, &last, &mut recovery.lost);
    register.sites = decode::<Site>(Kind::Site, &last, &mut recovery.lost);
    register.measures = decode::<Measure>(Kind::Measure, &last, &mut recovery.lost);
    register.activities = decode::<Activity>(Kind::Activity, &last, &mut recovery.lost);
    drop(conn);
    drop(scratch);

    // Entries whose organisation is lost go with it; links to lost entries are dropped, said.
    let orgs: HashSet<Id> = register.organisations.iter().map(|o| o.id).collect();
    let mut orphans = |kind: &str, name: &str, id: Id, org: Id| {
        let keep = orgs.contains(&org);
        if !keep {
            recovery.lost.push(format!("{kind} {id} '{name}': its organisation ({org}) cannot be read"));
        }
        keep
    };
    register.controllers.retain(|e| orphans("controller", &e.name, e.id, e.organisation_id));
    register.subprocessors.retain(|e| orphans("sub-processor", &e.name, e.id, e.organisation_id));
    register.measures.retain(|e| orphans("measure", &e.name, e.id, e.organisation_id));
    register.sites.retain(|e| orphans("site", &e.name, e.id, e.organisation_id));
    register.activities.retain(|e| orphans("activity", &e.name, e.id, e.organisation_id));
    let ids = |v: &[Id]| v.iter().copied().collect::<HashSet<Id>>();
    let controllers = ids(&register.controllers.iter().map(|e| e.id).collect::<Vec<_>>());
    let subprocessors = ids(&register.subprocessors.iter().map(|e| e.id).collect::<Vec<_>>());
    let measures = ids(&register.measures.iter().map(|e| e.id).collect::<Vec<_>>());
    for a in &mut register.activities {
        for (what, links, known) in [
            ("controller", &mut a.controller_ids, &controllers),
            ("sub-processor", &mut a.subprocessor_ids, &subprocessors),
            ("measure", &mut a.measure_ids, &measures),
        ] {
            let (kept, dropped): (Vec<Id>, Vec<Id>) = links.iter().partition(|id| known.contains(id));
            for id in dropped {
                recovery
                    .lost
                    .push(format!("activity {} '{}': its link to {what} {id}, which cannot be read", a.id, a.name));
            }
            *links = kept;
        }
    }

    // The new store, written as one change.
    let mut store = Store::open(out, OpenMode::CreateIfMissing, context)?;
    let label = format!("Recovered from the damaged store {}", damaged.display());
    let written = store.write(|w| {
        let change = w.label_change(&label)?;
        let mut saved: BTreeMap<Kind, usize> = BTreeMap::new();
        let mut lost = Vec::new();
        macro_rules! write_all {
            ($list:expr, $kind:expr) => {
                for e in $list {
                    match w.savepoint(|w| w.create_with_id(e)) {
                        Ok(_) => *saved.entry($kind).or_default() += 1,
                        Err(err) => lost.push(format!("{} {} '{}': {err}", $kind.words().0, e.id, e.name)),
                    }
                }
            };
        }
        write_all!(&register.organisations, Kind::Organisation);
        write_all!(&register.controllers, Kind::Controller);
        write_all!(&register.measures, Kind::Measure);
        write_all!(&register.sites, Kind::Site);
        write_all!(&register.subprocessors, Kind::SubProcessor);
        write_all!(&register.activities, Kind::Activity);
        Ok((change, saved, lost))
    });
    let (change, saved, lost) = match written {
        Ok(w) => w,
        Err(e) => {
            drop(store);
            let _ = fs::remove_file(out);
            return Err(e);
        }
    };
    recovery.change = change;
    recovery.saved = saved;
    recovery.lost.extend(lost);
    // The result is checked whole.
    let check: String = store.integrity_check()?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: out.to_path_buf(),
            detail: format!("the recovered store fails its check: {check}"),
        });
    }
    Ok(recovery)
}

/// A folder of its own beside the new store, owner-only, removed when dropped: the copy of the
/// damaged store is read there.
struct Scratch(PathBuf);

impl Scratch {
    fn new(out: &Path) -> Result<Scratch> {
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let path = dir.join(format!(".ropa-recover-{}-{nanos}", std::process::id()));
        fs::create_dir(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(&path, fs::Permissions::from_mode(0o700));
        }
        Ok(Scratch(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A read-only connection to what `damaged` holds: a copy of it (with its journal, which SQLite
/// then rolls back) in `scratch`, else the file itself, opened as immutable.
fn read_connection(damaged: &Path, scratch: &Path) -> Result<Connection> {
    let copy = scratch.join("damaged.sqlite");
    let copied = fs::copy(damaged, &copy).is_ok();
    if copied {
        for suffix in ["-journal", "-wal"] {
            let mut from = damaged.as_os_str().to_owned();
            from.push(suffix);
            let mut to = copy.as_os_str().to_owned();
            to.push(suffix);
            if Path::new(&from).exists() {
                let _ = fs::copy(&from, &to);
            }
        }
        if let Ok(conn) = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_WRITE) {
            if conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).is_ok() {
                return Ok(conn);
            }
        }
    }
    let uri = format!("file:{}?immutable=1", damaged.display());
    Connection::open_with_flags(uri, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)
        .map_err(|e| sqlite_error(damaged, e))
}

/// A history row as recovery reads it: seq, entity, entity id, action, state after.
type HistoryRow = (i64, String, Id, String, Option<String>);

/// Reads the history rows `from..=to`, halving a range that cannot be read down to single rows.
fn read_range(
    conn: &Connection,
    from: i64,
    to: i64,
    last: &mut BTreeMap<(Kind, Id), (i64, Option<String>)>,
    recovery: &mut Recovery,
) {
    if from > to {
        return;
    }
    let read = (|| -> rusqlite::Result<Vec<HistoryRow>> {
        let mut stmt = conn.prepare_cached(
            "SELECT seq, entity, entity_id, action, after FROM history WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
        rows.collect()
    })();
    match read {
        Ok(rows) => {
            for (seq, entity, id, action, after) in rows {
                let Some(kind) = Kind::parse(&entity) else { continue };
                recovery.entries_read += 1;
                let state = if action == "delete" { None } else { after };
                let slot = last.entry((kind, id)).or_insert((0, None));
                if seq >= slot.0 {
                    *slot = (seq, state);
                }
            }
        }
        Err(_) if from == to => match recovery.unreadable.last_mut() {
            Some(range) if range.1 + 1 == from => range.1 = to,
            _ => recovery.unreadable.push((from, to)),
        },
        Err(_) => {
            let middle = from + (to - from) / 2;
            read_range(conn, from, middle, last, recovery);
            read_range(conn, middle + 1, to, last, recovery);
        }
    }
}

/// Whether `path` holds a whole store: SQLite's quick check, which reads every page.
pub fn quick_check(conn: &Connection, path: &Path) -> Result<()> {
    let problems: Vec<String> = conn
        .prepare("PRAGMA quick_check(5)")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get::<_, String>(0))?.collect())
        .map_err(|e| sqlite_error(path, e))?;
    match problems.as_slice() {
        [ok] if ok == "ok" => Ok(()),
        _ => Err(Error::Corrupt { path: path.to_path_buf(), detail: problems.join("; ") }),
    }
}

impl Store {
    /// SQLite's full integrity check: "ok", or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        self.conn.query_row("PRAGMA integrity_check(5)", [], |r| r.get(0)).map_err(self.sql())
    }

    /// Checks that every page of the store reads (SQLite's quick check): a damaged store is refused
    /// before anything is written to it.
    pub fn check_whole(&self) -> Result<()> {
        quick_check(&self.conn, &self.path)
    }
}

/// The recovered store's path, the usual way: `<damaged>.recovered.sqlite`.
pub fn recovered_path(damaged: &Path) -> PathBuf {
    let name = damaged.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
    damaged.with_file_name(format!("{name}.recovered.sqlite"))
}
