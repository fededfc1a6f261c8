//! The SQLite store: one file per store, migrations embedded and applied on open, every write in
//! one transaction together with its history entries. All of the project's SQL lives here.

mod compact;
mod entity;
mod holder;
mod open;
mod purge;
mod recover;
pub mod server;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;

pub use entity::{ChildRows, Entity, Kind};
pub use open::{backups, Backup, OpenMode, Opened, BACKUPS_KEPT, SCHEMA_VERSION};
pub use purge::{Erased, Occurrences, MIN_ERASED_CHARS};
pub use recover::{recover, recovered_path, replace_damaged, Recovery};

use crate::date::Timestamp;
use crate::error::{Error, FieldError, Result};
use crate::history::{Action, HistoryEntry};
use crate::model::{Activity, Controller, Id, Measure, Organisation, Register, Site, SubProcessor};
use crate::validate;

/// Who writes, and what time it is: given by the program, so that tests can fix both.
pub struct Context {
    /// The OS user name, written into history.
    pub user: String,
    pub clock: Box<dyn Fn() -> Timestamp + Send>,
}

impl Context {
    pub fn system(user: impl Into<String>) -> Context {
        Context { user: user.into(), clock: Box::new(Timestamp::now) }
    }
}

/// What a restore did: where the store as it was before went, the change that records it, and
/// how many entries it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub copy: PathBuf,
    pub change: i64,
    pub changed: usize,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    context: Context,
    opened: Opened,
}

impl Store {
    /// Opens (or, with `CreateIfMissing`, creates) the store at `path`. A file that is not a ropa
    /// store, or one written by a newer version, is refused and left untouched. An older store is
    /// copied beside itself, then migrated.
    pub fn open(path: &Path, mode: OpenMode, context: Context) -> Result<Store> {
        let (conn, opened) = open::open(path, mode, (context.clock)(), &context.user)?;
        Ok(Store { conn, path: path.to_path_buf(), context, opened })
    }

    /// An empty store that lives in memory only (a dry run with no store to run on).
    pub fn in_memory(context: Context) -> Result<Store> {
        let conn = open::open_in_memory((context.clock)(), &context.user)?;
        Ok(Store { conn, path: PathBuf::from("(a store in memory)"), context, opened: Opened::Created })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What opening did: created, migrated (and where the backup is), or nothing.
    pub fn opened(&self) -> &Opened {
        &self.opened
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        |e| open::sqlite_error(&self.path, e)
    }

    /// Refused with `Error::ReadOnly` when the store was opened for reading only.
    pub fn writable(&self) -> Result<()> {
        match &self.opened {
            Opened::ReadOnly { reason } => Err(Error::ReadOnly { path: self.path.clone(), reason: reason.clone() }),
            _ => Ok(()),
        }
    }

    /// Runs `f` in one transaction: everything it writes, history included, or nothing.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.write_with(true, f)
    }

    /// Like `write`, but with `commit` false everything is rolled back at the end, as for a dry
    /// run. The error type is the caller's, so long as a store error converts into it.
    pub fn write_with<T, E: From<Error>>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&mut Writer<'_>) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.writable()?;
        let at = (self.context.clock)();
        let path = self.path.clone();
        // IMMEDIATE: take the write lock at once, so that two programs writing the same store
        // wait for each other instead of failing midway.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| open::sqlite_error(&path, e))?;
        // Removed when the write ends, whichever way.
        let _note = holder::write(&path, &self.context.user, at);
        let mut writer =
            Writer { tx, at, user: &self.context.user, path: &path, known: Default::default(), change: None };
        let value = f(&mut writer)?;
        if commit {
            writer.tx.commit().map_err(|e| open::sqlite_error(&path, e))?;
        }
        Ok(value)
    }

    /// Runs a large write (an import) with SQLite's rollback journal instead of the write-ahead
    /// log when no other program has the store open: pages are then written once, not to the log
    /// first and to the file again at the checkpoint. Both modes are atomic; the store returns to
    /// WAL afterwards. With another program attached, the write simply runs in WAL mode.
    ///
    /// The page cache grows to 32 MiB for the write, which keeps a big import off the disk until
    /// its commit, and goes back to its usual size, its memory released, afterwards.
    pub fn bulk<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let usual: i64 = self.conn.query_row("PRAGMA cache_size", [], |row| row.get(0)).map_err(self.sql())?;
        self.conn.pragma_update(None, "cache_size", -32_768).map_err(self.sql())?;
        let switched = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |row| row.get::<_, String>(0))
            .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        let result = f(self);
        if switched {
            let back = self.conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get::<_, String>(0));
            if let Err(e) = back {
                return Err(open::sqlite_error(&self.path, e).into());
            }
        }
        self.conn.pragma_update(None, "cache_size", usual).map_err(self.sql())?;
        self.release_memory()?;
        result
    }

    /// Copies the store beside itself through SQLite's online backup, and returns the copy's path.
    pub fn backup(&self, reason: &str) -> Result<PathBuf> {
        // A copy is taken before a change: a store that cannot change needs none.
        self.writable()?;
        open::backup_to(&self.conn, &self.path, reason, (self.context.clock)())
    }

    /// Puts the register back as a copy of it (`backups`) holds it. The store as it is now is
    /// first copied beside itself; then every entry is made what the copy holds, as one labelled
    /// change in the history ("Restore of the copy made …"), which `Writer::undo_change` takes
    /// back. The copy itself is read from a scratch copy of it, and never written to.
    pub fn restore_backup(&mut self, backup: &Path) -> Result<Restored> {
        self.writable()?;
        open::check_header(backup)?;
        let now = (self.context.clock)();
        let stamp: String = now.to_string().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let scratch = self.path.with_file_name(format!(
            "{}.restoring-{stamp}",
            self.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
        ));
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        std::fs::copy(backup, &scratch).map_err(io(&scratch))?;
        open::owner_only(&scratch);
        let read = (|| {
            let context = Context { user: self.context.user.clone(), clock: Box::new(move || now) };
            let copy = Store::open(&scratch, OpenMode::MustExist, context)?;
            copy.register(None)
        })();
        // The scratch copy goes, with whatever opening it left beside it (its journal, the copy
        // a migration takes).
        let scratch_name = scratch.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let dir = scratch.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with(&scratch_name) {
                    let _ = std::fs::remove_file(entry.path());
                }
            }
        }
        let target = read?;
        let made = open::backups(&self.path)?
            .into_iter()
            .find(|b| b.path.file_name() == backup.file_name())
            .map_or_else(|| backup.display().to_string(), |b| b.made.to_string());
        let name = backup.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let copy = open::backup_keeping(&self.conn, &self.path, "restore", now, Some(backup))?;
        let label = format!("Restore of the copy made {made} ({name})");
        let (change, changed) = self.write(|w| {
            let change = w.label_change(&label)?;
            Ok((change, w.make_register(&target)?))
        })?;
        Ok(Restored { copy, change, changed })
    }

    pub fn get<T: Entity>(&self, id: Id) -> Result<T> {
        entity::load_one(&self.conn, id).map_err(self.sql())?.ok_or(Error::NotFound { entity: T::KIND.as_str(), id })
    }

    /// Every entity of a kind, in id order; of one organisation when given.
    pub fn all<T: Entity>(&self, organisation: Option<Id>) -> Result<Vec<T>> {
        entity::load_all(&self.conn, organisation).map_err(self.sql())
    }

    /// The whole register, or one organisation's part of it.
    pub fn register(&self, organisation: Option<Id>) -> Result<Register> {
        Ok(Register { activities: self.all(organisation)?, ..self.catalogue(organisation)? })
    }

    /// Everything but the activities: the small tables an activity names.
    pub fn catalogue(&self, organisation: Option<Id>) -> Result<Register> {
        Ok(Register {
            organisations: self.all(organisation)?,
            controllers: self.all(organisation)?,
            sites: self.all(organisation)?,
            subprocessors: self.all(organisation)?,
            measures: self.all(organisation)?,
            activities: Vec::new(),
        })
    }

    /// How many activities there are (of one organisation when given).
    pub fn count_activities(&self, organisation: Option<Id>) -> Result<u64> {
        self.conn
            .prepare_cached("SELECT count(*) FROM activities WHERE ?1 IS NULL OR organisation_id = ?1")
            .and_then(|mut stmt| stmt.query_row([organisation], |row| row.get::<_, i64>(0)))
            .map(|n| n as u64)
            .map_err(self.sql())
    }

    /// Calls `f` with every activity (of one organisation when given), in id order, reading them a
    /// batch at a time: for exports of registers too large to hold in memory at once.
    pub fn each_activity(&self, organisation: Option<Id>, mut f: impl FnMut(Activity) -> Result<()>) -> Result<()> {
        self.activity_batches(organisation, |batch| batch.decode()?.into_iter().try_for_each(&mut f))
    }

    /// Like `each_activity`, with the batches as stored: `decode` them on any thread.
    pub fn activity_batches(
        &self,
        organisation: Option<Id>,
        mut f: impl FnMut(ActivityBatch) -> Result<()>,
    ) -> Result<()> {
        let mut failure = None;
        let result = entity::each_activity(&self.conn, organisation, 1000, &mut |raw| {
            f(ActivityBatch { raw, path: self.path.clone() }).map_err(|e| {
                failure = Some(e);
                rusqlite::Error::ExecuteReturnedResults
            })
        });
        match (result, failure) {
            (_, Some(e)) => Err(e),
            (Err(e), None) => Err(open::sqlite_error(&self.path, e)),
            (Ok(()), None) => Ok(()),
        }
    }

    /// The organisation whose name contains `query`, ignoring case and accents: exactly one must.
    pub fn find_organisation(&self, query: &str) -> Result<Organisation> {
        let organisations: Vec<Organisation> = self.all(None)?;
        crate::find_unique("organisation", query, &organisations, |o| &o.name).cloned()
    }

    /// History, oldest first: of one entity when `of` is given.
    pub fn history(&self, of: Option<(Kind, Id)>) -> Result<Vec<HistoryEntry>> {
        let (kind, id) = match of {
            Some((kind, id)) => (Some(kind.as_str()), Some(id)),
            None => (None, None),
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT h.seq, h.at, h.user, h.entity, h.entity_id, h.organisation_id, h.action, h.label, h.before, \
                 h.after, h.change_id, c.label FROM history h LEFT JOIN changes c ON c.id = h.change_id \
                 WHERE (?1 IS NULL OR (h.entity = ?1 AND h.entity_id = ?2)) ORDER BY h.seq",
            )
            .map_err(self.sql())?;
        let rows = stmt.query_map(params![kind, id], history_row).map_err(self.sql())?;
        rows.map(|row| row.map_err(self.sql())?.map_err(|detail| self.corrupt(detail))).collect()
    }

    /// What was written after history entry `seq`: how many entries, by whom (each user once, in
    /// order), and the time of the last one.
    pub fn written_after(&self, seq: i64) -> Result<(usize, Vec<String>, Option<Timestamp>)> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT user, count(*), max(at) FROM history WHERE seq > ?1 GROUP BY user ORDER BY user")
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([seq], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?)))
            .map_err(self.sql())?;
        let (mut entries, mut users, mut last) = (0, Vec::new(), None::<Timestamp>);
        for row in rows {
            let (user, count, at) = row.map_err(self.sql())?;
            let at: Timestamp = at.parse().map_err(|e: String| self.corrupt(e))?;
            entries += count as usize;
            users.push(user);
            last = Some(last.map_or(at, |l| l.max(at)));
        }
        Ok((entries, users, last))
    }

    /// The changes recorded as one (imports), newest first.
    pub fn changes(&self) -> Result<Vec<ChangeSet>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id, c.at, c.user, c.label, count(h.seq), c.undoes, \
                 (SELECT max(u.id) FROM changes u WHERE u.undoes = c.id) FROM changes c \
                 LEFT JOIN history h ON h.change_id = c.id GROUP BY c.id ORDER BY c.id DESC",
            )
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |row| {
                Ok((
                    (row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get(2)?, row.get(3)?, row.get::<_, i64>(4)?),
                    (row.get::<_, Option<i64>>(5)?, row.get::<_, Option<i64>>(6)?),
                ))
            })
            .map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let ((id, at, user, label, entries), (undoes, undone_by)) = row.map_err(self.sql())?;
            let at = at.parse().map_err(|e: String| self.corrupt(e))?;
            out.push(ChangeSet { id, at, user, label, entries: entries as usize, undoes, undone_by });
        }
        Ok(out)
    }

    /// The register as it stood at `at`, rebuilt from history alone.
    pub fn register_as_of(&self, at: Timestamp) -> Result<Register> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT entity, action, after, entity_id, organisation_id FROM history WHERE seq IN \
                 (SELECT max(seq) FROM history WHERE at <= ?1 GROUP BY entity, entity_id) ORDER BY entity_id",
            )
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([at.to_string()], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, Id>(3)?,
                    row.get::<_, Option<Id>>(4)?,
                ))
            })
            .map_err(self.sql())?;
        let mut register = Register::default();
        for row in rows {
            let (kind, action, after, id, org) = row.map_err(self.sql())?;
            if action == Action::Delete.as_str() {
                continue;
            }
            let after = after.ok_or_else(|| self.corrupt(format!("history of a {kind} has no state")))?;
            // The state as it was, under the id and organisation history files it under.
            fn state<T: Entity>(after: &str, id: Id, org: Option<Id>) -> serde_json::Result<T> {
                let state = serde_json::from_str::<T>(after)?.with_id(id);
                Ok(match org {
                    Some(org) => state.with_organisation(org),
                    None => state,
                })
            }
            let bad = |e: serde_json::Error| self.corrupt(format!("history of a {kind}: {e}"));
            match Kind::parse(&kind) {
                Some(Kind::Organisation) => register.organisations.push(state(&after, id, org).map_err(bad)?),
                Some(Kind::Controller) => register.controllers.push(state(&after, id, org).map_err(bad)?),
                Some(Kind::Site) => register.sites.push(state(&after, id, org).map_err(bad)?),
                Some(Kind::SubProcessor) => register.subprocessors.push(state(&after, id, org).map_err(bad)?),
                Some(Kind::Measure) => register.measures.push(state(&after, id, org).map_err(bad)?),
                Some(Kind::Activity) => register.activities.push(state(&after, id, org).map_err(bad)?),
                None => return Err(self.corrupt(format!("history names an unknown entity '{kind}'"))),
            }
        }
        Ok(register)
    }

    /// A number that grows with every write to the store (its last history entry's): whatever was
    /// read at one revision is still true while the revision is the same.
    pub fn revision(&self) -> Result<i64> {
        self.conn.query_row("SELECT coalesce(max(seq), 0) FROM history", [], |row| row.get(0)).map_err(self.sql())
    }

    /// Gives back the memory SQLite keeps between reads (its page cache, 2 MiB, 32 MiB during
    /// `bulk`). A long-lived process such as the desktop calls it after each piece of work; the
    /// next read finds the pages in the system's file cache.
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory").map_err(self.sql())
    }

    /// The time of the last change, at or before `until`, to what `part` holds (a record, or a
    /// client's extract of it), and to the entries of organisation `deletions_of` that are no
    /// longer there: the date a record says it was last changed, which a client's extract takes
    /// from that client's entries only.
    pub fn last_change_of(
        &self,
        part: &Register,
        deletions_of: Option<Id>,
        until: Option<Timestamp>,
    ) -> Result<Option<Timestamp>> {
        let until = until.map_or_else(|| "9999".to_string(), |t| t.to_string());
        let mut latest: Option<String> = None;
        let mut take = |at: Option<String>| {
            if at > latest {
                latest = at;
            }
        };
        if let Some(org) = deletions_of {
            take(
                self.conn
                    .query_row(
                        "SELECT max(at) FROM history WHERE organisation_id = ?1 AND action = 'delete' AND at <= ?2",
                        params![org, until],
                        |row| row.get(0),
                    )
                    .map_err(self.sql())?,
            );
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT max(at) FROM history WHERE entity = ?1 AND entity_id = ?2 AND at <= ?3")
            .map_err(self.sql())?;
        let entries = part
            .organisations
            .iter()
            .map(|e| (Kind::Organisation, e.id))
            .chain(part.controllers.iter().map(|e| (Kind::Controller, e.id)))
            .chain(part.sites.iter().map(|e| (Kind::Site, e.id)))
            .chain(part.subprocessors.iter().map(|e| (Kind::SubProcessor, e.id)))
            .chain(part.measures.iter().map(|e| (Kind::Measure, e.id)))
            .chain(part.activities.iter().map(|e| (Kind::Activity, e.id)));
        for (kind, id) in entries {
            take(stmt.query_row(params![kind.as_str(), id, until], |row| row.get(0)).map_err(self.sql())?);
        }
        latest.map(|s| s.parse().map_err(|e: String| self.corrupt(e))).transpose()
    }

    /// The time of the last change to the store, if any.
    pub fn last_change(&self) -> Result<Option<Timestamp>> {
        let at: Option<String> =
            self.conn.query_row("SELECT max(at) FROM history", [], |row| row.get(0)).map_err(self.sql())?;
        at.map(|s| s.parse().map_err(|e: String| self.corrupt(e))).transpose()
    }

    fn corrupt(&self, detail: String) -> Error {
        Error::Corrupt { path: self.path.clone(), detail }
    }
}

/// A change recorded as one: an import and every entry it wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangeSet {
    pub id: i64,
    pub at: Timestamp,
    pub user: String,
    pub label: String,
    /// How many history entries it wrote.
    pub entries: usize,
    /// The change it took back, if it is an undo.
    pub undoes: Option<i64>,
    /// The change that took it back, if one did.
    pub undone_by: Option<i64>,
}

/// Activities as stored, a batch of them with their links, not yet decoded: so that a large
/// export can decode them on whichever thread has time.
pub struct ActivityBatch {
    raw: entity::RawActivities,
    path: PathBuf,
}

impl ActivityBatch {
    pub fn len(&self) -> usize {
        self.raw.len()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.len() == 0
    }

    pub fn decode(self) -> Result<Vec<Activity>> {
        let path = self.path;
        self.raw.decode().map_err(|e| Error::Corrupt { path, detail: format!("an activity cannot be read: {e}") })
    }
}

type HistoryRow = std::result::Result<HistoryEntry, String>;

fn history_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryRow> {
    let at: String = row.get(1)?;
    let entity: String = row.get(3)?;
    let action: String = row.get(6)?;
    let kind = Kind::parse(&entity);
    // The store keeps compact JSON; an entry shows the entity's every field.
    let json = |text: Option<String>| -> std::result::Result<Option<Value>, String> {
        fn full<T: Entity>(text: &str) -> serde_json::Result<Value> {
            serde_json::to_value(serde_json::from_str::<T>(text)?)
        }
        let Some(text) = text else { return Ok(None) };
        match kind {
            Some(Kind::Organisation) => full::<Organisation>(&text),
            Some(Kind::Controller) => full::<Controller>(&text),
            Some(Kind::Site) => full::<Site>(&text),
            Some(Kind::SubProcessor) => full::<SubProcessor>(&text),
            Some(Kind::Measure) => full::<Measure>(&text),
            Some(Kind::Activity) => full::<Activity>(&text),
            None => serde_json::from_str(&text),
        }
        .map(Some)
        .map_err(|e| e.to_string())
    };
    let build = || -> HistoryRow {
        Ok(HistoryEntry {
            seq: row.get(0).map_err(|e| e.to_string())?,
            at: at.parse()?,
            user: row.get(2).map_err(|e| e.to_string())?,
            kind: kind.ok_or_else(|| format!("unknown entity '{entity}' in history"))?,
            entity_id: row.get(4).map_err(|e| e.to_string())?,
            organisation_id: row.get(5).map_err(|e| e.to_string())?,
            action: Action::parse(&action).ok_or_else(|| format!("unknown action '{action}' in history"))?,
            label: row.get(7).map_err(|e| e.to_string())?,
            before: json(row.get(8).map_err(|e| e.to_string())?)?,
            after: json(row.get(9).map_err(|e| e.to_string())?)?,
            change: row.get(10).map_err(|e| e.to_string())?,
            change_label: row.get(11).map_err(|e| e.to_string())?,
        })
    };
    Ok(build())
}

/// Writes inside one transaction; see [`Store::write`].
pub struct Writer<'a> {
    tx: rusqlite::Transaction<'a>,
    at: Timestamp,
    user: &'a str,
    path: &'a Path,
    /// What this transaction learnt: the organisation of each entity looked up or created, and
    /// the next free id of each table. Forgotten when a savepoint rolls back.
    known: std::cell::RefCell<Known>,
    /// The labelled change this transaction's entries belong to, once `label_change` is called.
    change: Option<i64>,
}

#[derive(Default)]
struct Known {
    owners: HashMap<(Kind, Id), Id>,
    next_ids: HashMap<Kind, Id>,
}

enum Stamp<'a, T> {
    Create,
    Update(&'a T),
    Like(&'a T),
}

/// What an update did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Changed,
    Unchanged,
}

impl Writer<'_> {
    /// The time every change of this transaction is written at.
    pub fn at(&self) -> Timestamp {
        self.at
    }

    /// Records what this transaction writes from now on as one change with this label ("Import
    /// of register.xlsx"): the history shows it as one, and `undo_change` undoes it in one step.
    pub fn label_change(&mut self, label: &str) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO changes (at, user, label) VALUES (?1, ?2, ?3)",
                params![self.at.to_string(), self.user, label],
            )
            .map_err(self.sql())?;
        let id = self.tx.last_insert_rowid();
        self.change = Some(id);
        Ok(id)
    }

    /// Puts every entry a labelled change wrote back as it was before it, as a change of its own
    /// ("Undo of change 3: Import of x.csv"): what it created is deleted, what it updated or
    /// deleted is put back. Refused, with nothing written, when the change was taken back already,
    /// or when an entry was changed again since by a change still in force (take that one back
    /// first, or restore the entry from its history). Returns how many entries were put back.
    pub fn undo_change(&mut self, change: i64) -> Result<usize> {
        let (label, undone_by): (String, Option<i64>) = self
            .tx
            .query_row(
                "SELECT label, (SELECT max(u.id) FROM changes u WHERE u.undoes = c.id) FROM changes c WHERE id = ?1",
                [change],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(self.sql())?
            .ok_or_else(|| Error::NoMatch(crate::tr_all!("error-no-such-change", id = change)))?;
        if let Some(by) = undone_by {
            return Err(Error::NoMatch(crate::tr_all!(
                "error-change-undone-already",
                id = change,
                label = label.as_str(),
                by = by
            )));
        }
        let entries: Vec<(i64, String, Id, String, Option<String>, String)> = {
            let mut stmt = self
                .tx
                .prepare(
                    "SELECT seq, entity, entity_id, action, before, label FROM history \
                     WHERE change_id = ?1 ORDER BY seq DESC",
                )
                .map_err(self.sql())?;
            let rows = stmt
                .query_map([change], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?))
                })
                .map_err(self.sql())?;
            rows.collect::<rusqlite::Result<_>>().map_err(self.sql())?
        };
        if entries.is_empty() {
            return Err(Error::NoMatch(crate::tr_all!("error-nothing-to-undo", id = change)));
        }
        let last = entries[0].0;
        let mut since: Vec<String> = Vec::new();
        let mut seen: Vec<(String, Id)> = Vec::new();
        for (_, entity, id, _, _, label) in &entries {
            if seen.contains(&(entity.clone(), *id)) {
                continue;
            }
            seen.push((entity.clone(), *id));
            // Changes taken back, and their undos, cancel out: they do not count.
            let later: i64 = self
                .tx
                .query_row(
                    "SELECT count(*) FROM history h WHERE h.entity = ?1 AND h.entity_id = ?2 AND h.seq > ?3 \
                     AND NOT (h.change_id IS NOT NULL AND (\
                         EXISTS (SELECT 1 FROM changes u WHERE u.undoes = h.change_id) \
                         OR EXISTS (SELECT 1 FROM changes c WHERE c.id = h.change_id AND c.undoes IS NOT NULL)))",
                    params![entity, id, last],
                    |row| row.get(0),
                )
                .map_err(self.sql())?;
            if later > 0 {
                since.push(format!("{} '{label}'", entity.replace('_', "-")));
            }
        }
        if !since.is_empty() {
            return Err(Error::Invalid {
                entity: format!("change {change}, \"{label}\"",),
                errors: vec![FieldError::new(
                    "change",
                    crate::tr_all!("invalid-undo-changed-since", entries = since.join(", ")),
                )],
            });
        }
        let id = self.label_change(&format!("Undo of change {change}: {label}"))?;
        self.tx.execute("UPDATE changes SET undoes = ?1 WHERE id = ?2", params![change, id]).map_err(self.sql())?;
        // Each entry once: one created by the change is deleted; any other goes back to its state
        // before the change's first write to it. Entries put back first, the referenced before
        // those that refer to them (an activity's link to a measure the change created goes with
        // the activity's earlier state); then what the change created is deleted, referring
        // entries first.
        struct Plan {
            kind: Kind,
            id: Id,
            created: bool,
            first_seq: i64,
            before: Option<String>,
        }
        let mut plans: Vec<Plan> = Vec::new();
        for (seq, entity, id, action, before, _) in entries {
            let kind = Kind::parse(&entity).ok_or_else(|| self.corrupt_here(format!("unknown entity '{entity}'")))?;
            let created = action == Action::Create.as_str();
            match plans.iter_mut().find(|p| p.kind == kind && p.id == id) {
                // Entries come newest first: this one is earlier.
                Some(p) => {
                    p.created |= created;
                    if seq < p.first_seq {
                        p.first_seq = seq;
                        p.before = before;
                    }
                }
                None => plans.push(Plan { kind, id, created, first_seq: seq, before }),
            }
        }
        let rank = Kind::rank;
        // What the change created goes first (so that an entry put back may take its name
        // again), then the others are put back; links are checked when the transaction commits.
        self.tx.pragma_update(None, "defer_foreign_keys", true).map_err(self.sql())?;
        let mut done = 0;
        let mut delete: Vec<&Plan> = plans.iter().filter(|p| p.created).collect();
        delete.sort_by_key(|p| (std::cmp::Reverse(rank(p.kind)), std::cmp::Reverse(p.first_seq)));
        for p in delete {
            // Created and deleted again by the change: nothing is left of it.
            if self.owner(p.kind, p.id)?.is_none() {
                continue;
            }
            self.delete_kind(p.kind, p.id)?;
            done += 1;
        }
        let mut restore: Vec<&Plan> = plans.iter().filter(|p| !p.created).collect();
        restore.sort_by_key(|p| (rank(p.kind), p.first_seq));
        for p in restore {
            let state = p
                .before
                .as_deref()
                .ok_or_else(|| self.corrupt_here(format!("change {} holds no earlier state", p.first_seq)))?;
            self.put_back_kind(p.kind, p.id, state, true)?;
            done += 1;
        }
        Ok(done)
    }

    fn corrupt_here(&self, detail: String) -> Error {
        Error::Corrupt { path: self.path.to_path_buf(), detail }
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> Error + '_ {
        |e| open::sqlite_error(self.path, e)
    }

    pub fn get<T: Entity>(&self, id: Id) -> Result<T> {
        entity::load_one(&self.tx, id).map_err(self.sql())?.ok_or(Error::NotFound { entity: T::KIND.as_str(), id })
    }

    pub fn all<T: Entity>(&self, organisation: Option<Id>) -> Result<Vec<T>> {
        entity::load_all(&self.tx, organisation).map_err(self.sql())
    }

    /// Stores a new entity (its `id` is ignored) and returns its id.
    pub fn create<T: Entity>(&mut self, entity: &T) -> Result<Id> {
        self.insert(entity, None)
    }

    /// Stores a new entity under its own `id`, which must be free: to keep the ids of a register
    /// moved from one store to another.
    pub fn create_with_id<T: Entity>(&mut self, entity: &T) -> Result<Id> {
        let id = entity.id();
        if id <= 0 || entity::load_one::<T>(&self.tx, id).map_err(self.sql())?.is_some() {
            return Err(Error::Invalid {
                entity: format!("{} '{}'", T::KIND.as_str(), entity.name()),
                errors: vec![FieldError::new("id", crate::tr_all!("invalid-id-taken", id = id))],
            });
        }
        self.insert(entity, Some(id))
    }

    fn insert<T: Entity>(&mut self, entity: &T, id: Option<Id>) -> Result<Id> {
        let table = T::KIND.table();
        let given = id;
        let cached = self.known.borrow().next_ids.get(&T::KIND).copied();
        let id = match (id, cached) {
            (Some(id), _) => id,
            (None, Some(next)) => next,
            (None, None) => self
                .tx
                .prepare_cached(&format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"))
                .and_then(|mut stmt| stmt.query_row([], |row| row.get(0)))
                .map_err(self.sql())?,
        };
        let entity = self.stamped(entity.clone(), Stamp::Create).with_id(id);
        // One serialisation serves the row's data and the history entry.
        let json = compact::to_string(&entity).map_err(|e| self.json_failure(e))?;
        self.check(&entity, &json, None)?;
        // The state goes into history; the row points at it.
        let version = self.record(Action::Create, &entity, None, Some(&json))?;
        match entity.organisation_id() {
            None => self
                .tx
                .prepare_cached(&format!("INSERT INTO {table} (id, name, version) VALUES (?1, ?2, ?3)"))
                .and_then(|mut stmt| stmt.execute(params![id, entity.name(), version])),
            Some(org) => self
                .tx
                .prepare_cached(&format!(
                    "INSERT INTO {table} (id, organisation_id, name, version) VALUES (?1, ?2, ?3, ?4)"
                ))
                .and_then(|mut stmt| stmt.execute(params![id, org, entity.name(), version])),
        }
        .map_err(self.sql())?;
        entity::write_children(&self.tx, &entity, false).map_err(self.sql())?;
        let mut known = self.known.borrow_mut();
        // The next free id is known once a table's largest id was read; an id given by the caller
        // only moves it on.
        match known.next_ids.get_mut(&T::KIND) {
            Some(next) => *next = (*next).max(id + 1),
            None if given.is_none() => {
                known.next_ids.insert(T::KIND, id + 1);
            }
            None => {}
        }
        known.owners.insert((T::KIND, id), entity.organisation_id().unwrap_or(id));
        Ok(id)
    }

    /// Runs `f` inside a savepoint: what it wrote is undone if it fails, the rest of the
    /// transaction stays. For imports that skip invalid rows.
    pub fn savepoint<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&mut Self) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        let path = self.path;
        self.tx.execute_batch("SAVEPOINT row").map_err(|e| open::sqlite_error(path, e))?;
        match f(self) {
            Ok(value) => {
                self.tx.execute_batch("RELEASE row").map_err(|e| open::sqlite_error(path, e))?;
                Ok(value)
            }
            Err(e) => {
                self.tx.execute_batch("ROLLBACK TO row; RELEASE row").map_err(|e| open::sqlite_error(path, e))?;
                Err(e)
            }
        }
    }

    /// Rewrites an entity. Nothing is written, history included, when nothing changed.
    pub fn update<T: Entity>(&mut self, entity: &T) -> Result<Outcome> {
        self.update_dated(entity, false)
    }

    /// Rewrites an entity that the caller read as `base` (a form opened on it): refused with
    /// `Error::Changed`, naming who changed what, when the stored entry is no longer `base` —
    /// another program or window changed or deleted it since — so that nobody's change is
    /// overwritten unseen. The caller shows that change, then reloads, or saves again with the
    /// entry as it now is for `base`.
    pub fn update_from<T: Entity>(&mut self, base: &T, entity: &T) -> Result<Outcome> {
        let current = entity::load_one::<T>(&self.tx, entity.id()).map_err(self.sql())?;
        if current.as_ref() == Some(base) {
            return self.update(entity);
        }
        let (at, by): (String, String) = self
            .tx
            .query_row(
                "SELECT at, user FROM history WHERE entity = ?1 AND entity_id = ?2 ORDER BY seq DESC LIMIT 1",
                params![T::KIND.as_str(), entity.id()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(self.sql())?;
        let value = |e: Option<&T>| e.and_then(|e| serde_json::to_value(e).ok()).unwrap_or(Value::Null);
        Err(Error::Changed {
            entity: format!("{} '{}'", T::KIND.words().0, base.name()),
            by,
            at: at.parse().map_err(|detail| Error::Corrupt { path: self.path.to_path_buf(), detail })?,
            deleted: current.is_none(),
            fields: crate::history::diff(&value(Some(base)), &value(current.as_ref())),
            kind: T::KIND,
            states: Box::new((value(Some(base)), value(current.as_ref()))),
        })
    }

    /// Rewrites an entity, dated today, or (`exact`) with the dates it comes with.
    fn update_dated<T: Entity>(&mut self, entity: &T, exact: bool) -> Result<Outcome> {
        let before: T = self.get(entity.id())?;
        if before.organisation_id() != entity.organisation_id() {
            return Err(Error::Invalid {
                entity: format!("{} '{}'", T::KIND.as_str(), entity.name()),
                errors: vec![FieldError::new("organisation_id", crate::tr_all!("invalid-other-organisation"))],
            });
        }
        if exact && *entity == before {
            return Ok(Outcome::Unchanged);
        }
        if !exact && self.stamped(entity.clone(), Stamp::Like(&before)) == before {
            return Ok(Outcome::Unchanged);
        }
        let entity = if exact { entity.clone() } else { self.stamped(entity.clone(), Stamp::Update(&before)) };
        let json = compact::to_string(&entity).map_err(|e| self.json_failure(e))?;
        self.check(&entity, &json, Some(entity.id()))?;
        let before = compact::to_string(&before).map_err(|e| self.json_failure(e))?;
        let version = self.record(Action::Update, &entity, Some(&before), Some(&json))?;
        self.tx
            .prepare_cached(&format!("UPDATE {} SET name = ?1, version = ?2 WHERE id = ?3", T::KIND.table()))
            .and_then(|mut stmt| stmt.execute(params![entity.name(), version, entity.id()]))
            .map_err(self.sql())?;
        entity::write_children(&self.tx, &entity, true).map_err(self.sql())?;
        Ok(Outcome::Changed)
    }

    /// Makes the register `target`, entry by entry, each change recorded in the history as any
    /// other (so that it can be read, and taken back): what `target` lacks is deleted, what it
    /// holds is written with its own ids and dates. Links are checked when the transaction
    /// commits, so that the order of the writes does not matter. Returns how many entries changed.
    pub fn make_register(&mut self, target: &Register) -> Result<usize> {
        self.tx.pragma_update(None, "defer_foreign_keys", true).map_err(self.sql())?;
        let mut changed = 0;
        // What the target lacks, the entries that refer to others first.
        fn gone<T: Entity>(w: &mut Writer<'_>, keep: &[T]) -> Result<usize> {
            let ids: std::collections::HashSet<Id> = keep.iter().map(|e| e.id()).collect();
            let mut n = 0;
            for current in w.all::<T>(None)? {
                if !ids.contains(&current.id()) {
                    w.delete_entity::<T>(current.id(), false)?;
                    n += 1;
                }
            }
            Ok(n)
        }
        changed += gone(self, &target.activities)?;
        changed += gone(self, &target.subprocessors)?;
        changed += gone(self, &target.sites)?;
        changed += gone(self, &target.measures)?;
        changed += gone(self, &target.controllers)?;
        changed += gone(self, &target.organisations)?;
        // Then what it holds, the entries others refer to first.
        fn written<T: Entity>(w: &mut Writer<'_>, entries: &[T]) -> Result<usize> {
            let mut n = 0;
            for e in entries {
                if entity::load_one::<T>(&w.tx, e.id()).map_err(w.sql())?.is_some() {
                    if w.update_dated(e, true)? == Outcome::Changed {
                        n += 1;
                    }
                } else {
                    w.create_with_id(e)?;
                    n += 1;
                }
            }
            Ok(n)
        }
        changed += written(self, &target.organisations)?;
        changed += written(self, &target.controllers)?;
        changed += written(self, &target.measures)?;
        changed += written(self, &target.sites)?;
        changed += written(self, &target.subprocessors)?;
        changed += written(self, &target.activities)?;
        Ok(changed)
    }

    /// Deletes an entity. One still in use (by an activity, or an organisation that still holds
    /// entries) is refused: remove its uses first.
    pub fn delete<T: Entity>(&mut self, id: Id) -> Result<()> {
        self.delete_entity::<T>(id, true)
    }

    fn delete_entity<T: Entity>(&mut self, id: Id, checked: bool) -> Result<()> {
        let before: T = self.get(id)?;
        let uses = if checked { self.uses(T::KIND, id)? } else { Vec::new() };
        if !uses.is_empty() {
            return Err(Error::Invalid {
                entity: format!("{} '{}'", T::KIND.as_str(), before.name()),
                errors: vec![FieldError::new("id", crate::tr_all!("invalid-still-used", uses = uses.join(", ")))],
            });
        }
        self.tx.execute(&format!("DELETE FROM {} WHERE id = ?1", T::KIND.table()), [id]).map_err(self.sql())?;
        self.known.borrow_mut().owners.remove(&(T::KIND, id));
        let json = compact::to_string(&before).map_err(|e| self.json_failure(e))?;
        self.record(Action::Delete, &before, Some(&json), None).map(|_| ())
    }

    /// Puts an entity back as a history entry `seq` of its own left it (as it was before, for a
    /// deletion): an update if it still exists, a re-creation under its id if it was deleted.
    /// Its history gains an entry, as for any change; the entries in between stay.
    pub fn restore(&mut self, kind: Kind, id: Id, seq: i64) -> Result<Outcome> {
        let state: Option<(Option<String>, Option<String>)> = self
            .tx
            .query_row(
                "SELECT before, after FROM history WHERE seq = ?1 AND entity = ?2 AND entity_id = ?3",
                params![seq, kind.as_str(), id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(self.sql())?;
        let Some((before, after)) = state else {
            return Err(Error::NoMatch(crate::i18n::Text::each(|lang| {
                let kind = kind.word(lang);
                crate::tr!(lang, "error-no-such-version", seq = seq, kind = kind, id = id)
            })));
        };
        let state = after.or(before).ok_or_else(|| Error::Corrupt {
            path: self.path.to_path_buf(),
            detail: format!("change {seq} holds no state"),
        })?;
        self.put_back_kind(kind, id, &state, false)
    }

    /// `put_back` for an entry named by its kind.
    fn put_back_kind(&mut self, kind: Kind, id: Id, state: &str, exact: bool) -> Result<Outcome> {
        match kind {
            Kind::Organisation => self.put_back::<Organisation>(id, state, exact),
            Kind::Controller => self.put_back::<Controller>(id, state, exact),
            Kind::Site => self.put_back::<Site>(id, state, exact),
            Kind::SubProcessor => self.put_back::<SubProcessor>(id, state, exact),
            Kind::Measure => self.put_back::<Measure>(id, state, exact),
            Kind::Activity => self.put_back::<Activity>(id, state, exact),
        }
    }

    /// Deletes an entry named by its kind, its uses not checked (they go in the same change).
    fn delete_kind(&mut self, kind: Kind, id: Id) -> Result<()> {
        match kind {
            Kind::Organisation => self.delete_entity::<Organisation>(id, false),
            Kind::Controller => self.delete_entity::<Controller>(id, false),
            Kind::Site => self.delete_entity::<Site>(id, false),
            Kind::SubProcessor => self.delete_entity::<SubProcessor>(id, false),
            Kind::Measure => self.delete_entity::<Measure>(id, false),
            Kind::Activity => self.delete_entity::<Activity>(id, false),
        }
    }

    /// Writes an entry back in a state from its history: `exact`, with that state's dates (an
    /// undone change leaves no trace in them); else dated today, as any change.
    fn put_back<T: Entity>(&mut self, id: Id, state: &str, exact: bool) -> Result<Outcome> {
        let entity = serde_json::from_str::<T>(state)
            .map_err(|e| Error::Corrupt { path: self.path.to_path_buf(), detail: format!("history: {e}") })?
            .with_id(id);
        if entity::load_one::<T>(&self.tx, id).map_err(self.sql())?.is_some() {
            self.update_dated(&entity, exact)
        } else {
            self.create_with_id(&entity).map(|_| Outcome::Changed)
        }
    }

    /// Sets the dates the store maintains on activities: a new one keeps the dates it comes with
    /// (an import's) and gets today where it has none; a changed one is dated today; to compare an
    /// update with what is stored, it takes the stored dates.
    fn stamped<T: Entity>(&self, mut entity: T, stamp: Stamp<'_, T>) -> T {
        let today = self.at.date();
        let previous = match &stamp {
            Stamp::Like(p) | Stamp::Update(p) => (*p).clone().dates_mut().map(|(c, u)| (*c, *u)),
            Stamp::Create => None,
        };
        if let Some((created, updated)) = entity.dates_mut() {
            match (stamp, previous) {
                (Stamp::Like(_), Some((c, u))) => {
                    *created = c;
                    *updated = u;
                }
                (Stamp::Create, _) => {
                    created.get_or_insert(today);
                    updated.get_or_insert(today);
                }
                (Stamp::Update(_), previous) => {
                    if created.is_none() {
                        *created = previous.and_then(|(c, _)| c).or(Some(today));
                    }
                    *updated = Some(today);
                }
                (Stamp::Like(_), None) => {}
            }
        }
        entity
    }

    /// Validates an entity and its references; `id` is its own id on update.
    fn check<T: Entity>(&self, entity: &T, json: &str, id: Option<Id>) -> Result<()> {
        let mut errors = validate::entity(entity, json);
        if let Some(org) = entity.organisation_id() {
            if self.owner(Kind::Organisation, org)?.is_none() {
                errors.push(FieldError::new("organisation_id", crate::tr_all!("invalid-no-organisation", id = org)));
            } else {
                errors.extend(self.check_references(entity, org)?);
            }
        }
        if T::KIND != Kind::Activity {
            let table = T::KIND.table();
            let same_name: Option<Id> = match entity.organisation_id() {
                None => self.tx.query_row(
                    &format!("SELECT id FROM {table} WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2"),
                    params![entity.name().trim(), id],
                    |row| row.get(0),
                ),
                Some(org) => self.tx.query_row(
                    &format!(
                        "SELECT id FROM {table} WHERE organisation_id = ?1 AND name = ?2 COLLATE NOCASE AND id IS NOT ?3"
                    ),
                    params![org, entity.name().trim(), id],
                    |row| row.get(0),
                ),
            }
            .optional()
            .map_err(self.sql())?;
            if let Some(other) = same_name {
                errors.push(FieldError::new(
                    "name",
                    crate::i18n::Text::each(|lang| {
                        let kind = T::KIND.word(lang);
                        crate::tr!(lang, "invalid-name-taken", kind = kind, name = entity.name(), id = other)
                    }),
                ));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { entity: format!("{} '{}'", T::KIND.as_str(), entity.name()), errors })
        }
    }

    /// Every id an entity links to must exist in the same organisation.
    fn check_references<T: Entity>(&self, entity: &T, org: Id) -> Result<Vec<FieldError>> {
        let mut targets: Vec<(String, Kind, Id)> = Vec::new();
        match entity.children() {
            ChildRows::Activity { controllers, subprocessors, measures } => {
                for (key, kind, list) in [
                    ("controller_ids", Kind::Controller, controllers),
                    ("subprocessor_ids", Kind::SubProcessor, subprocessors),
                    ("measure_ids", Kind::Measure, measures),
                ] {
                    for (i, id) in list.iter().enumerate() {
                        if list[..i].contains(id) {
                            return Ok(vec![FieldError::new(
                                format!("{key}.{i}"),
                                crate::tr_all!("invalid-listed-twice", id = *id),
                            )]);
                        }
                        targets.push((format!("{key}.{i}"), kind, *id));
                    }
                }
            }
            ChildRows::SubProcessor { services } => {
                for (i, service) in services.iter().enumerate() {
                    if let Some(site) = service.site_id {
                        targets.push((format!("services.{i}.site_id"), Kind::Site, site));
                    }
                }
            }
            ChildRows::None => {}
        }
        let mut errors = Vec::new();
        for (field, kind, id) in targets {
            match self.owner(kind, id)? {
                None => errors.push(FieldError::new(
                    field,
                    crate::i18n::Text::each(|lang| {
                        let kind = kind.word(lang);
                        crate::tr!(lang, "invalid-no-such-entry", kind = kind, id = id)
                    }),
                )),
                Some(owner) if owner != org => errors.push(FieldError::new(
                    field,
                    crate::i18n::Text::each(|lang| {
                        let kind = kind.word(lang);
                        crate::tr!(lang, "invalid-entry-of-other-organisation", kind = kind, id = id)
                    }),
                )),
                Some(_) => {}
            }
        }
        Ok(errors)
    }

    /// The organisation an entity belongs to (an organisation's is itself); `None` when there is
    /// no such entity.
    fn owner(&self, kind: Kind, id: Id) -> Result<Option<Id>> {
        if let Some(owner) = self.known.borrow().owners.get(&(kind, id)) {
            return Ok(Some(*owner));
        }
        let column = if kind == Kind::Organisation { "id" } else { "organisation_id" };
        let owner: Option<Id> = self
            .tx
            .prepare_cached(&format!("SELECT {column} FROM {} WHERE id = ?1", kind.table()))
            .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
            .map_err(self.sql())?;
        if let Some(owner) = owner {
            self.known.borrow_mut().owners.insert((kind, id), owner);
        }
        Ok(owner)
    }

    /// What still refers to an entity, in words.
    fn uses(&self, kind: Kind, id: Id) -> Result<Vec<String>> {
        let queries: &[(&str, &str)] = match kind {
            Kind::Organisation => &[
                ("activities", "SELECT count(*) FROM activities WHERE organisation_id = ?1"),
                ("controllers", "SELECT count(*) FROM controllers WHERE organisation_id = ?1"),
                ("sub-processors", "SELECT count(*) FROM subprocessors WHERE organisation_id = ?1"),
                ("measures", "SELECT count(*) FROM measures WHERE organisation_id = ?1"),
                ("sites", "SELECT count(*) FROM sites WHERE organisation_id = ?1"),
            ],
            Kind::Controller => &[("activities", "SELECT count(*) FROM activity_controllers WHERE controller_id = ?1")],
            Kind::SubProcessor => {
                &[("activities", "SELECT count(*) FROM activity_subprocessors WHERE subprocessor_id = ?1")]
            }
            Kind::Measure => &[("activities", "SELECT count(*) FROM activity_measures WHERE measure_id = ?1")],
            Kind::Site => {
                &[("sub-processor services", "SELECT count(*) FROM subprocessor_services WHERE site_id = ?1")]
            }
            Kind::Activity => &[],
        };
        let mut uses = Vec::new();
        for (what, sql) in queries {
            let n: i64 = self.tx.query_row(sql, [id], |row| row.get(0)).map_err(self.sql())?;
            if n > 0 {
                uses.push(format!("{n} {what}"));
            }
        }
        Ok(uses)
    }

    /// Writes the history entry of a change, with the entity as JSON before and after it, and
    /// returns its number: the version an entity's row points at.
    fn record<T: Entity>(&self, action: Action, entity: &T, before: Option<&str>, after: Option<&str>) -> Result<i64> {
        let org = match T::KIND {
            Kind::Organisation => Some(entity.id()),
            _ => entity.organisation_id(),
        };
        self.tx
            .prepare_cached(
                "INSERT INTO history (at, user, entity, entity_id, organisation_id, action, label, before, after, change_id) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .and_then(|mut stmt| {
                stmt.execute(params![
                    self.at.to_string(),
                    self.user,
                    T::KIND.as_str(),
                    entity.id(),
                    org,
                    action.as_str(),
                    entity.name(),
                    before,
                    after,
                    self.change
                ])
            })
            .map_err(self.sql())?;
        Ok(self.tx.last_insert_rowid())
    }

    fn json_failure(&self, e: serde_json::Error) -> Error {
        Error::Corrupt { path: self.path.to_path_buf(), detail: format!("cannot encode an entry: {e}") }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    // What `release_memory` gives back is measured by the desktop benchmark (docs/benchmarks.md);
    // SQLite's own counters are out of reach here without unsafe code.
    #[test]
    fn after_release_memory_the_store_reads_and_writes_as_before() {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open(&dir.path().join("register.sqlite"), OpenMode::CreateIfMissing, Context::system("tester"))
                .unwrap();
        crate::demo::load(&mut store).unwrap();
        let names = |store: &Store| {
            let mut names = Vec::new();
            store
                .each_activity(None, |a| {
                    names.push(a.name);
                    Ok(())
                })
                .unwrap();
            names
        };
        let before = names(&store);
        store.release_memory().unwrap();
        store.release_memory().unwrap();
        assert_eq!(names(&store), before);
        assert!(!before.is_empty());
        let revision = store.revision().unwrap();
        let organisation = crate::model::Organisation { name: "Written after".into(), ..Default::default() };
        store.write(|w| w.create(&organisation)).unwrap();
        assert!(store.revision().unwrap() > revision);
    }

    #[test]
    fn the_page_cache_is_large_only_for_a_bulk_write() {
        let dir = tempfile::tempdir().unwrap();
        let mut store =
            Store::open(&dir.path().join("register.sqlite"), OpenMode::CreateIfMissing, Context::system("tester"))
                .unwrap();
        let cache = |store: &Store| store.conn.query_row("PRAGMA cache_size", [], |row| row.get::<_, i64>(0)).unwrap();
        let usual = cache(&store);
        assert_eq!(usual, -2000, "SQLite's default, 2 MiB");
        let during = store.bulk(|store| Ok::<_, Error>(cache(store))).unwrap();
        assert_eq!(during, -32_768);
        assert_eq!(cache(&store), usual);
        let failed = store.bulk(|_| Err::<(), _>(Error::NotFound { entity: "activity", id: 1 }));
        assert!(failed.is_err());
        assert_eq!(cache(&store), usual);
    }
}
