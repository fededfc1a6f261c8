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
use super::{Context, OpenMode, Store};
use crate::error::{Error, Result};
use crate::model::Register;
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
    let (conn, scanned) = read_connection(damaged, &scratch.0)?;
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
    // Every history row that can be read: first from the file's pages themselves (around broken
    // tree pages and past a truncation), then through SQLite for what the pages did not give.
    let mut rows: BTreeMap<i64, (Kind, Id, Option<String>)> = scan_history(&scanned);
    let top: i64 = conn
        .query_row("SELECT max(seq) FROM history", [], |r| r.get::<_, Option<i64>>(0))
        .ok()
        .flatten()
        .or_else(|| conn.query_row("SELECT seq FROM sqlite_sequence WHERE name = 'history'", [], |r| r.get(0)).ok())
        .unwrap_or(0)
        .max(rows.keys().next_back().copied().unwrap_or(0));
    for (from, to) in gaps(&rows, top) {
        read_range(&conn, from, to, &mut rows);
    }
    recovery.entries_read = rows.len();
    recovery.unreadable = gaps(&rows, top);
    // A file shorter than its header says: what the missing pages held is lost, and unknown.
    let mut bytes = [0u8; 100];
    let header = fs::File::open(damaged).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if header.is_ok() && bytes[92..96] == bytes[24..28] {
        let expected = u64::from(u32::from_be_bytes([bytes[28], bytes[29], bytes[30], bytes[31]]));
        let page_size = match u16::from_be_bytes([bytes[16], bytes[17]]) {
            1 => 65_536,
            n => u64::from(n),
        };
        let actual = fs::metadata(damaged).map(|m| m.len() / page_size.max(1)).unwrap_or(0);
        if actual < expected {
            recovery.lost.push(format!(
                "the file ends early: it holds {actual} of its {expected} pages, and what the missing ones held (history entries after {top} among them) cannot be read"
            ));
        }
    }
    // The last readable state of each entry: (kind, id) -> Some(JSON) or None (deleted).
    let mut last: BTreeMap<(Kind, Id), (i64, Option<String>)> = BTreeMap::new();
    for (seq, (kind, id, state)) in &rows {
        last.insert((*kind, *id), (*seq, state.clone()));
    }
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
fn read_connection(damaged: &Path, scratch: &Path) -> Result<(Connection, PathBuf)> {
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
            if open::harden(&conn).is_ok() && conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)).is_ok()
            {
                return Ok((conn, copy));
            }
        }
    }
    let uri = open::immutable_uri(damaged);
    let conn = Connection::open_with_flags(uri, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)
        .map_err(|e| sqlite_error(damaged, e))?;
    open::harden(&conn).map_err(|e| sqlite_error(damaged, e))?;
    Ok((conn, if copied { copy } else { damaged.to_path_buf() }))
}

/// A history row as recovery reads it: seq, entity, entity id, action, state after.
type HistoryRow = (i64, String, Id, String, Option<String>);

/// The seq ranges in `1..=top` that `rows` lack.
fn gaps(rows: &BTreeMap<i64, (Kind, Id, Option<String>)>, top: i64) -> Vec<(i64, i64)> {
    let mut out = Vec::new();
    let mut next = 1;
    for &seq in rows.keys().filter(|s| **s <= top) {
        if seq > next {
            out.push((next, seq - 1));
        }
        next = seq + 1;
    }
    if next <= top {
        out.push((next, top));
    }
    out
}

/// Reads the history rows `from..=to` through SQLite, halving a range that cannot be read down to
/// single rows.
fn read_range(conn: &Connection, from: i64, to: i64, rows: &mut BTreeMap<i64, (Kind, Id, Option<String>)>) {
    if from > to {
        return;
    }
    let read = (|| -> rusqlite::Result<Vec<HistoryRow>> {
        let mut stmt = conn.prepare_cached(
            "SELECT seq, entity, entity_id, action, after FROM history WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq",
        )?;
        let found = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;
        found.collect()
    })();
    match read {
        Ok(found) => {
            for (seq, entity, id, action, after) in found {
                if let Some(kind) = Kind::parse(&entity) {
                    rows.insert(seq, (kind, id, if action == "delete" { None } else { after }));
                }
            }
        }
        Err(_) if from == to => {}
        Err(_) => {
            let middle = from + (to - from) / 2;
            read_range(conn, from, middle, rows);
            read_range(conn, middle + 1, to, rows);
        }
    }
}

/// The history rows found in the file's table pages, whatever the state of the tree above them:
/// each leaf cell whose record has the history's shape (its kind, its action, its time), its
/// payload followed into overflow pages while they are there.
fn scan_history(path: &Path) -> BTreeMap<i64, (Kind, Id, Option<String>)> {
    let mut rows = BTreeMap::new();
    let Ok(bytes) = fs::read(path) else { return rows };
    if bytes.len() < 100 {
        return rows;
    }
    let page_size = match u16::from_be_bytes([bytes[16], bytes[17]]) {
        1 => 65_536,
        n if n >= 512 && n.is_power_of_two() => n as usize,
        _ => return rows,
    };
    let usable = page_size - bytes[20] as usize;
    let pages = bytes.len() / page_size;
    let page = |n: usize| -> Option<&[u8]> { bytes.get((n - 1) * page_size..n * page_size) };
    for n in 1..=pages {
        let Some(p) = page(n) else { break };
        let head = if n == 1 { 100 } else { 0 };
        if p.get(head) != Some(&0x0D) {
            continue;
        }
        let cells = u16::from_be_bytes([p[head + 3], p[head + 4]]) as usize;
        for c in 0..cells {
            let at = head + 8 + 2 * c;
            let Some(ptr) = p.get(at..at + 2).map(|b| u16::from_be_bytes([b[0], b[1]]) as usize) else { break };
            if let Some((rowid, record)) = leaf_cell(p, ptr, usable, &page) {
                if let Some(row) = history_row(&record) {
                    rows.insert(rowid, row);
                }
            }
        }
    }
    rows
}

/// A table leaf cell: its rowid and its whole payload (overflow pages followed), if readable.
fn leaf_cell<'a>(
    p: &[u8],
    at: usize,
    usable: usize,
    page: &impl Fn(usize) -> Option<&'a [u8]>,
) -> Option<(i64, Vec<u8>)> {
    let (size, a) = varint(p.get(at..)?)?;
    let (rowid, b) = varint(p.get(at + a..)?)?;
    let start = at + a + b;
    let size = usize::try_from(size).ok()?;
    let max_local = usable - 35;
    let local = if size <= max_local {
        size
    } else {
        let min_local = (usable - 12) * 32 / 255 - 23;
        let k = min_local + (size - min_local) % (usable - 4);
        if k <= max_local {
            k
        } else {
            min_local
        }
    };
    let mut payload = p.get(start..start + local)?.to_vec();
    if local < size {
        let mut next = u32::from_be_bytes(p.get(start + local..start + local + 4)?.try_into().ok()?) as usize;
        let mut hops = 0;
        while payload.len() < size && next != 0 && hops < 1_000_000 {
            let o = page(next)?;
            let take = (size - payload.len()).min(usable - 4);
            payload.extend_from_slice(o.get(4..4 + take)?);
            next = u32::from_be_bytes(o.get(..4)?.try_into().ok()?) as usize;
            hops += 1;
        }
        if payload.len() < size {
            return None;
        }
    }
    Some((rowid as i64, payload))
}

/// A history row from its record: (kind, entity id, state after), or `None` if the record is not
/// one (its columns: seq, at, user, entity, entity_id, organisation_id, action, label, before,
/// after[, change_id]).
fn history_row(record: &[u8]) -> Option<(Kind, Id, Option<String>)> {
    let (header_size, mut at) = varint(record)?;
    let header_size = usize::try_from(header_size).ok()?;
    let mut types = Vec::new();
    while at < header_size {
        let (t, n) = varint(record.get(at..header_size)?)?;
        types.push(t);
        at += n;
    }
    if !(10..=11).contains(&types.len()) {
        return None;
    }
    let mut body = header_size;
    let mut values: Vec<Value> = Vec::new();
    for t in types {
        let (value, n) = column(record.get(body..)?, t)?;
        values.push(value);
        body += n;
    }
    let text = |i: usize| match values.get(i) {
        Some(Value::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    let int = |i: usize| match values.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let kind = Kind::parse(text(3)?)?;
    let action = text(6)?;
    if !matches!(action, "create" | "update" | "delete") || text(1)?.len() < 20 {
        return None;
    }
    let state = if action == "delete" { None } else { Some(text(9)?.to_string()) };
    Some((kind, int(4)?, state))
}

enum Value {
    Null,
    Int(i64),
    Text(String),
    Other,
}

/// One column of a record body: its value and its length.
fn column(body: &[u8], serial: u64) -> Option<(Value, usize)> {
    let int = |n: usize| -> Option<(Value, usize)> {
        let b = body.get(..n)?;
        let mut v: i64 = if b[0] & 0x80 != 0 { -1 } else { 0 };
        for byte in b {
            v = (v << 8) | i64::from(*byte);
        }
        Some((Value::Int(v), n))
    };
    match serial {
        0 => Some((Value::Null, 0)),
        1 => int(1),
        2 => int(2),
        3 => int(3),
        4 => int(4),
        5 => int(6),
        6 => int(8),
        7 => body.get(..8).map(|_| (Value::Other, 8)),
        8 => Some((Value::Int(0), 0)),
        9 => Some((Value::Int(1), 0)),
        n if n >= 12 && n % 2 == 0 => {
            let len = usize::try_from((n - 12) / 2).ok()?;
            body.get(..len).map(|_| (Value::Other, len))
        }
        n if n >= 13 => {
            let len = usize::try_from((n - 13) / 2).ok()?;
            let text = String::from_utf8(body.get(..len)?.to_vec()).ok()?;
            Some((Value::Text(text), len))
        }
        _ => None,
    }
}

/// An SQLite varint: its value and how many bytes it took.
fn varint(bytes: &[u8]) -> Option<(u64, usize)> {
    let mut v: u64 = 0;
    for (i, b) in bytes.iter().take(9).enumerate() {
        if i == 8 {
            return Some(((v << 8) | u64::from(*b), 9));
        }
        v = (v << 7) | u64::from(b & 0x7F);
        if b & 0x80 == 0 {
            return Some((v, i + 1));
        }
    }
    None
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
        self.file()?.query_row("PRAGMA integrity_check(5)", [], |r| r.get(0)).map_err(self.sql())
    }

    /// Checks that every page of the store reads (SQLite's quick check): a damaged store is refused
    /// before anything is written to it.
    /// On a server, the server keeps its own pages whole.
    pub fn check_whole(&self) -> Result<()> {
        if self.server().is_some() {
            return Ok(());
        }
        quick_check(self.file()?, &self.path)
    }
}

/// The recovered store's path, the usual way: `<damaged>.recovered.sqlite`.
pub fn recovered_path(damaged: &Path) -> PathBuf {
    let name = damaged.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
    damaged.with_file_name(format!("{name}.recovered.sqlite"))
}

/// Sets a damaged store aside and puts `replacement` in its place: a store `recover` wrote
/// (moved), or a copy `backups` lists (copied, so that the copy stays where it was). The damaged
/// file is renamed `<name>.damaged-<UTC time>`, with its rollback journal or write-ahead log, so
/// that SQLite never applies those to the file that replaces it; nothing is deleted. Returns
/// where the damaged store went.
pub fn replace_damaged(path: &Path, replacement: &Path, is_copy: bool, now: crate::date::Timestamp) -> Result<PathBuf> {
    open::check_header(replacement)?;
    let stamp: String = now.to_string().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
    let aside = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    // The replacement is made whole beside the store before anything moves.
    let incoming = path.with_file_name(format!("{name}.incoming-{stamp}"));
    if is_copy {
        fs::copy(replacement, &incoming).map_err(io(&incoming))?;
        open::owner_only(&incoming);
    } else {
        fs::rename(replacement, &incoming).map_err(io(replacement))?;
    }
    fs::rename(path, &aside).map_err(io(path))?;
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut companion = path.as_os_str().to_owned();
        companion.push(suffix);
        let companion = PathBuf::from(companion);
        if companion.exists() {
            let mut to = aside.as_os_str().to_owned();
            to.push(suffix);
            fs::rename(&companion, PathBuf::from(to)).map_err(io(&companion))?;
        }
    }
    fs::rename(&incoming, path).map_err(io(&incoming))?;
    Ok(aside)
}
