//! Opening a store file: recognising it, refusing what is not ours, backing up and migrating.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::date::Timestamp;
use crate::error::{Error, Result};

/// `PRAGMA application_id` of a ropa store: "ROPA" in ASCII.
pub(super) const APPLICATION_ID: i32 = 0x524F_5041;

/// The numbered migrations, in order; the store's `user_version` is how many have been applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_initial.sql"),
    include_str!("../../migrations/0002_sites.sql"),
    include_str!("../../migrations/0003_versions.sql"),
    include_str!("../../migrations/0004_changes.sql"),
    include_str!("../../migrations/0005_undo.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create an empty store when the file does not exist.
    CreateIfMissing,
    /// The file must exist already.
    MustExist,
}

/// What opening did to the file, for the caller to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Existing,
    Created,
    Migrated {
        from: i64,
        to: i64,
        backup: PathBuf,
    },
    /// A write that did not finish (ropa stopped during it: killed, a crash, a power cut) was
    /// rolled back when the store opened: the register is as it was before it.
    Recovered,
    /// The file cannot be written here (`reason`): it was opened for reading only, and every
    /// write is refused with `Error::ReadOnly`.
    ReadOnly {
        reason: String,
    },
}

impl Opened {
    /// What to tell the user, if anything.
    pub fn notice(&self, path: &Path) -> Option<crate::i18n::Text> {
        use crate::tr_all;
        let path = path.display().to_string();
        match self {
            Opened::Existing => None,
            Opened::Created => Some(tr_all!("opened-created", path = path)),
            Opened::Migrated { from, to, backup } => Some(tr_all!(
                "opened-migrated",
                from = from.to_string(),
                to = to.to_string(),
                backup = backup.display().to_string()
            )),
            Opened::ReadOnly { reason } => Some(tr_all!("opened-read-only", path = path, reason = reason.as_str())),
            Opened::Recovered => Some(tr_all!("opened-recovered", path = path)),
        }
    }
}

/// A rollback journal left by a writer that stopped mid-way (SQLite rolls it back on opening).
fn hot_journal(path: &Path) -> bool {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    fs::metadata(journal).is_ok_and(|m| m.len() > 0)
}

/// `now` and `user` date and sign the history entries a migration may write.
pub(super) fn open(path: &Path, mode: OpenMode, now: Timestamp, user: &str) -> Result<(Connection, Opened)> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let sql = |source| sqlite_error(path, source);
    let opened = match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match mode {
            OpenMode::MustExist => {
                return Err(Error::Io {
                    path: path.to_path_buf(),
                    source: std::io::Error::new(e.kind(), "no store at this path"),
                })
            }
            OpenMode::CreateIfMissing => {
                create(path, now, user)?;
                Opened::Created
            }
        },
        Err(e) => return Err(io(e)),
        Ok(meta) if meta.is_dir() => {
            return Err(Error::NotAStore { path: path.to_path_buf(), reason: "it is a directory".into() })
        }
        Ok(_) => {
            check_header(path)?;
            if let Some(reason) = read_only(path) {
                return open_read_only(path, reason);
            }
            let interrupted = hot_journal(path);
            let version = schema_version(path)?;
            if version > SCHEMA_VERSION {
                return Err(Error::NewerStore { path: path.to_path_buf(), found: version, supported: SCHEMA_VERSION });
            }
            if version < SCHEMA_VERSION {
                // A damaged store is not migrated (nor written to at all).
                super::recover::quick_check(&connect(path)?, path)?;
                let backup = backup(path, version, now)?;
                let mut conn = connect(path)?;
                migrate(&mut conn, path, version, now, user)?;
                Opened::Migrated { from: version, to: SCHEMA_VERSION, backup }
            } else if interrupted && !hot_journal(path) {
                Opened::Recovered
            } else {
                Opened::Existing
            }
        }
    };
    if opened != Opened::Created {
        // A store, its log and its journal are their owner's only (an older ropa made them
        // readable by all).
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            let file = PathBuf::from(file);
            if file.exists() {
                owner_only(&file);
            }
        }
    }
    let conn = connect(path)?;
    // Switching to WAL writes the file's header: a store not yet in WAL mode (just created, or
    // written by hand) is checked whole first, so that a damaged file is never written to.
    let mut header = [0u8; 20];
    let wal =
        fs::File::open(path).and_then(|mut f| f.read_exact(&mut header)).is_ok() && header[18] == 2 && header[19] == 2;
    if !wal && opened != Opened::Created {
        super::recover::quick_check(&conn, path)?;
    }
    // Another program's bulk write (`Store::bulk`) holds the store in rollback-journal mode for
    // its length, and SQLite does not wait for a journal-mode change: this connection then
    // reads in that mode (its reads and writes wait for the other's as usual), and the other
    // puts WAL back when it ends.
    match conn.pragma_update(None, "journal_mode", "WAL") {
        Err(e) if matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy)) => {}
        other => other.map_err(sql)?,
    }
    // In WAL mode NORMAL keeps the file consistent through a crash; only the last commit may be
    // lost on power failure. The page cache stays at SQLite's 2 MiB but for big writes
    // (`Store::bulk`): a desktop window open all day should not keep a whole register cached.
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(sql)?;
    Ok((conn, opened))
}

/// Why the store file cannot be written here, if it cannot: a read-only disk, or a file you may
/// only read.
fn read_only(path: &Path) -> Option<String> {
    use std::io::ErrorKind;
    match fs::OpenOptions::new().read(true).write(true).open(path) {
        Err(e) if e.kind() == ErrorKind::ReadOnlyFilesystem => Some("the disk is read-only".into()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied => Some("you may read this file but not write it".into()),
        _ => None,
    }
}

/// Opens a store that cannot be written for reading. SQLite reads a WAL store without its shared
/// memory file when it is told the file is immutable; nothing else changes it meanwhile (nobody
/// may write it here, and another program that could has left it closed, or its `-shm` would be
/// there to read).
fn open_read_only(path: &Path, reason: String) -> Result<(Connection, Opened)> {
    let sql = |source| sqlite_error(path, source);
    let refuse = |why: &str| Error::ReadOnly { path: path.to_path_buf(), reason: format!("{reason}, {why}") };
    if hot_journal(path) {
        return Err(refuse("and its last change did not finish: it can only be undone where the file can be written"));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connected = |conn: Connection| -> Result<(Connection, i64)> {
        harden(&conn).map_err(sql)?;
        conn.busy_timeout(std::time::Duration::from_secs(super::holder::BUSY_WAIT_SECONDS)).map_err(sql)?;
        let version = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(sql)?;
        Ok((conn, version))
    };
    let (conn, version) = match Connection::open_with_flags(path, flags).map_err(sql).and_then(connected) {
        Ok(opened) => opened,
        Err(_) => Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)
            .map_err(sql)
            .and_then(connected)?,
    };
    if version > SCHEMA_VERSION {
        return Err(Error::NewerStore { path: path.to_path_buf(), found: version, supported: SCHEMA_VERSION });
    }
    if version < SCHEMA_VERSION {
        return Err(refuse("and it was written by an older version of ropa: bringing it up to date means writing it"));
    }
    verify_schema(&conn, path, version)?;
    super::recover::quick_check(&conn, path)?;
    Ok((conn, Opened::ReadOnly { reason }))
}

/// `file:` URI of a path, read as immutable.
pub(super) fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for byte in path.as_os_str().as_encoded_bytes() {
        match byte {
            b'%' | b'?' | b'#' => uri.push_str(&format!("%{byte:02X}")),
            _ => uri.push(*byte as char),
        }
    }
    // Bytes above 0x7F were pushed as Latin-1 characters: spell them as UTF-8 escapes instead.
    let uri: String =
        uri.chars().map(|c| if (c as u32) > 0x7F { format!("%{:02X}", c as u32) } else { c.to_string() }).collect();
    format!("{uri}?immutable=1")
}

/// Refuses, without opening it with SQLite, a file that is not an SQLite database of ours.
pub(super) fn check_header(path: &Path) -> Result<()> {
    let not_a_store = |reason: &str| Error::NotAStore { path: path.to_path_buf(), reason: reason.into() };
    let mut header = Vec::with_capacity(100);
    fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    if header.is_empty() {
        return Err(not_a_store("the file is empty"));
    }
    if header.len() < 100 || &header[..16] != SQLITE_MAGIC {
        return Err(not_a_store("it is not an SQLite database"));
    }
    let application_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
    if application_id != APPLICATION_ID {
        return Err(not_a_store("it is an SQLite database of another application"));
    }
    Ok(())
}

/// Reads `user_version`, and checks that the file's schema is the one ropa made for it
/// (`verify_schema`). The file is ours (`check_header`): it is opened for writing, so that
/// SQLite can roll back what a writer that stopped mid-way left (a hot journal), which a read-only
/// connection cannot; a file that cannot be written is opened read-only by SQLite itself.
fn schema_version(path: &Path) -> Result<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| sqlite_error(path, e))?;
    harden(&conn).map_err(|e| sqlite_error(path, e))?;
    conn.busy_timeout(std::time::Duration::from_secs(super::holder::BUSY_WAIT_SECONDS))
        .map_err(|e| sqlite_error(path, e))?;
    let version = conn.query_row("PRAGMA user_version", [], |row| row.get(0)).map_err(|e| sqlite_error(path, e))?;
    verify_schema(&conn, path, version)?;
    Ok(version)
}

/// A store file is data, never code: every connection to one runs with SQLite's defensive mode
/// on (no writes to the schema or to shadow tables, however a statement asks), the schema
/// untrusted (no function with side effects called from it), and triggers and views off (ropa's
/// schema has none; a file that has one is refused by `verify_schema`, and this makes sure that
/// it could not run meanwhile).
pub(super) fn harden(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::config::DbConfig;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    Ok(())
}

/// One object of a schema: type, name, table, SQL.
type SchemaObject = (String, String, String, Option<String>);

fn schema_of(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.collect()
}

/// The schema ropa makes at each version (index 0: an empty file), from its own migrations, run
/// once on an empty database in memory.
fn expected_schemas() -> &'static [Vec<SchemaObject>] {
    static SCHEMAS: std::sync::OnceLock<Vec<Vec<SchemaObject>>> = std::sync::OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let Ok(conn) = Connection::open_in_memory() else { return Vec::new() };
        let mut schemas = vec![Vec::new()];
        for migration in MIGRATIONS {
            // The Rust steps of a migration write data, not schema.
            let sql: String = migration
                .split("\n-- @")
                .enumerate()
                .map(|(i, part)| if i == 0 { part } else { part.split_once('\n').map_or("", |(_, rest)| rest) })
                .collect::<Vec<_>>()
                .join("\n");
            if conn.execute_batch(&sql).is_err() {
                return Vec::new();
            }
            schemas.push(schema_of(&conn).unwrap_or_default());
        }
        schemas
    })
}

/// Refuses, untouched, a store whose schema is not the one ropa made at its version: a trigger,
/// a view, a table or an index that ropa does not make, or one of ropa's changed, is someone
/// else's code or data in the file.
fn verify_schema(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    let Some(expected) = usize::try_from(version).ok().and_then(|v| expected_schemas().get(v)) else {
        // A newer store is refused as such by the caller.
        return Ok(());
    };
    let found = schema_of(conn).map_err(|e| sqlite_error(path, e))?;
    if found == *expected {
        return Ok(());
    }
    let named = |(kind, name, ..): &SchemaObject| format!("{kind} \"{name}\"");
    let extra: Vec<String> = found.iter().filter(|o| !expected.contains(o)).map(named).collect();
    let missing: Vec<String> = expected.iter().filter(|o| !found.contains(o)).map(named).collect();
    let mut reason = String::from("its schema is not the one ropa makes");
    if !extra.is_empty() {
        reason.push_str(&format!(": it has {} that ropa does not make (or made otherwise)", extra.join(", ")));
    }
    if !missing.is_empty() {
        reason.push_str(&format!("{} it lacks {}", if extra.is_empty() { ":" } else { ";" }, missing.join(", ")));
    }
    Err(Error::NotAStore { path: path.to_path_buf(), reason })
}

fn connect(path: &Path) -> Result<Connection> {
    let sql = |source| sqlite_error(path, source);
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(sql)?;
    harden(&conn).map_err(sql)?;
    conn.busy_timeout(std::time::Duration::from_secs(super::holder::BUSY_WAIT_SECONDS)).map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sql)?;
    Ok(conn)
}

/// A new store: schema written in rollback-journal mode, so that the application id sits in the
/// main file's header from the start; WAL is switched on afterwards.
fn create(path: &Path, now: Timestamp, user: &str) -> Result<()> {
    let sql = |source| sqlite_error(path, source);
    // The file is made owner-only before anything is in it (SQLite gives its journal and log the
    // same mode); an empty file is an empty database to SQLite.
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql)?;
    harden(&conn).map_err(sql)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(sql)?;
    // Pages large enough for an activity's JSON to sit in its row, not in overflow pages.
    conn.pragma_update(None, "page_size", 16_384).map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sql)?;
    let result = migrate(&mut conn, path, 0, now, user);
    drop(conn);
    if result.is_err() {
        let _ = fs::remove_file(path);
    }
    result
}

/// An empty store in memory, for a dry run that has no store to run on: nothing of it reaches a
/// disk.
pub(super) fn open_in_memory(now: Timestamp, user: &str) -> Result<Connection> {
    let path = Path::new("(a store in memory)");
    let sql = |source| sqlite_error(path, source);
    let mut conn = Connection::open_in_memory().map_err(sql)?;
    harden(&conn).map_err(sql)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sql)?;
    migrate(&mut conn, path, 0, now, user)?;
    Ok(conn)
}

/// Applies the migrations after `from`, all in one transaction. A migration is SQL, save for the
/// steps its file names by a marker line (`-- @name`), which are Rust: `now` and `user` date and
/// sign the history entries they write.
fn migrate(conn: &mut Connection, path: &Path, from: i64, now: Timestamp, user: &str) -> Result<()> {
    let sql = |source| sqlite_error(path, source);
    let tx = conn.transaction().map_err(sql)?;
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let failed = |detail: String| Error::Corrupt {
            path: path.to_path_buf(),
            detail: format!("migration {} failed: {detail}", index + 1),
        };
        let mut rest = *migration;
        loop {
            let (sql, step) = match rest.split_once("\n-- @") {
                Some((sql, tail)) => {
                    let (step, tail) = tail.split_once('\n').unwrap_or((tail, ""));
                    rest = tail;
                    (sql, Some(step.trim()))
                }
                None => (std::mem::take(&mut rest), None),
            };
            tx.execute_batch(sql).map_err(|e| failed(e.to_string()))?;
            match step {
                Some("state-into-history") => {
                    super::entity::state_into_history(&tx, now, user).map_err(|e| failed(e.to_string()))?
                }
                Some(other) => return Err(failed(format!("unknown step '{other}'"))),
                None => break,
            }
        }
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION).map_err(sql)?;
    tx.commit().map_err(sql)
}

/// Copies the store, through SQLite's online backup, beside itself before a migration.
fn backup(path: &Path, version: i64, now: Timestamp) -> Result<PathBuf> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| sqlite_error(path, e))?;
    backup_to(&conn, path, &format!("v{version}"), now)
}

/// How many copies of a store are kept beside it, the newest: making one deletes the older ones.
pub const BACKUPS_KEPT: usize = 5;

/// A copy of a store taken before an import, a migration or a restore.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Backup {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub path: PathBuf,
    /// Why it was taken: "import", "restore", "v4" (before a migration from schema 4).
    pub reason: String,
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub made: Timestamp,
    pub size: u64,
}

/// The copies of the store at `path` beside it, newest first.
pub fn backups(path: &Path) -> Result<Vec<Backup>> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let entries = fs::read_dir(&dir).map_err(|source| Error::Io { path: dir.clone(), source })?;
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&format!("{name}.")) else { continue };
        let Some((reason, stamp)) = rest.rsplit_once("-backup-") else { continue };
        let Some(made) = parse_stamp(stamp) else { continue };
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_file() {
            found.push(Backup { path: entry.path(), reason: reason.to_string(), made, size: meta.len() });
        }
    }
    found.sort_by(|a, b| b.made.cmp(&a.made).then_with(|| b.path.cmp(&a.path)));
    Ok(found)
}

/// "20261201T140415002" as the instant it names.
fn parse_stamp(stamp: &str) -> Option<Timestamp> {
    if stamp.len() != 18 || !stamp.is_ascii() || stamp.as_bytes()[8] != b'T' {
        return None;
    }
    let d = |r: std::ops::Range<usize>| stamp.get(r).filter(|s| s.bytes().all(|b| b.is_ascii_digit()));
    let text =
        format!("{}-{}-{}T{}:{}:{}.{}Z", d(0..4)?, d(4..6)?, d(6..8)?, d(9..11)?, d(11..13)?, d(13..15)?, d(15..18)?);
    text.parse().ok()
}

/// Copies the database of `conn` to `<file>.<reason>-backup-<UTC time>` beside `path`, owner-only,
/// then deletes the copies beyond the newest `BACKUPS_KEPT`.
pub(super) fn backup_to(conn: &Connection, path: &Path, reason: &str, now: Timestamp) -> Result<PathBuf> {
    backup_keeping(conn, path, reason, now, None)
}

/// `backup_to`, keeping `keep` (a copy being restored) whatever its age.
pub(super) fn backup_keeping(
    conn: &Connection,
    path: &Path,
    reason: &str,
    now: Timestamp,
    keep: Option<&Path>,
) -> Result<PathBuf> {
    let stamp: String = now.to_string().chars().filter(|c| c.is_ascii_alphanumeric()).take(18).collect();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "store".into());
    let target = path.with_file_name(format!("{name}.{reason}-backup-{stamp}"));
    conn.backup(rusqlite::MAIN_DB, &target, None::<fn(rusqlite::backup::Progress)>)
        .map_err(|e| sqlite_error(&target, e))?;
    owner_only(&target);
    if let Ok(all) = backups(path) {
        let same = |a: &Path, b: &Path| a.file_name() == b.file_name();
        for old in
            all.iter().skip(BACKUPS_KEPT).filter(|b| !same(&b.path, &target) && !keep.is_some_and(|k| same(&b.path, k)))
        {
            let _ = fs::remove_file(&old.path);
        }
    }
    Ok(target)
}

/// A file of the register readable and writable by its owner only.
pub(super) fn owner_only(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
    }
    #[cfg(not(unix))]
    let _ = path;
}

pub(super) fn sqlite_error(path: &Path, source: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    match source.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Locked {
            path: path.to_path_buf(),
            holder: super::holder::holder(path),
            waited: super::holder::BUSY_WAIT_SECONDS,
        },
        Some(ErrorCode::NotADatabase) => {
            Error::NotAStore { path: path.to_path_buf(), reason: "it is not an SQLite database".into() }
        }
        Some(ErrorCode::DatabaseCorrupt) => Error::Corrupt { path: path.to_path_buf(), detail: source.to_string() },
        Some(ErrorCode::DiskFull) => Error::Full { path: path.to_path_buf() },
        // A write refused by the system (EFBIG past a size limit, ENOSPC on some file systems, EIO).
        Some(ErrorCode::SystemIoFailure) => Error::Disk { path: path.to_path_buf(), detail: source.to_string() },
        _ => Error::Sqlite { path: path.to_path_buf(), source },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_immutable_uri_escapes_what_a_uri_reads_otherwise() {
        let uri = immutable_uri(Path::new("/tmp/a b/é?#%.sqlite"));
        assert_eq!(uri, "file:/tmp/a b/%C3%A9%3F%23%25.sqlite?immutable=1");
    }
}
