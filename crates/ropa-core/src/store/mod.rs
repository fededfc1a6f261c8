//! The store: a register in one SQLite file (migrations embedded and applied on open), or on a
//! PostgreSQL server (`server`); every write in one transaction together with its history
//! entries. All of the project's SQL lives here, written once for both engines (`db`).

mod compact;
mod db;
mod entity;
mod holder;
mod open;
mod purge;
mod recover;
pub mod server;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;

use db::{p, Db, DbError, DbResult, Get};
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

/// What the store runs on.
enum Engine {
    File(Connection),
    Server(Box<server::session::Session>),
}

pub struct Store {
    engine: Engine,
    /// The file, or the server's address (`postgres://…`, no password) for a server store.
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
        Ok(Store { engine: Engine::File(conn), path: path.to_path_buf(), context, opened })
    }

    /// An empty store that lives in memory only (a dry run with no store to run on).
    pub fn in_memory(context: Context) -> Result<Store> {
        let conn = open::open_in_memory((context.clock)(), &context.user)?;
        Ok(Store {
            engine: Engine::File(conn),
            path: PathBuf::from("(a store in memory)"),
            context,
            opened: Opened::Created,
        })
    }

    /// Opens the server store `url` names, connected with `password` when the server asks for
    /// one. A database that is not a ropa store, or of another schema, is refused: clients never
    /// migrate a shared store. History names whom the server authenticated, at the server's time.
    pub fn open_server(url: &server::ServerUrl, password: Option<&str>, context: Context) -> Result<Store> {
        let session = server::open(url, password)?;
        Ok(Store {
            engine: Engine::Server(Box::new(session)),
            path: PathBuf::from(url.to_string()),
            context,
            opened: Opened::Existing,
        })
    }

    /// The server store's address, for a store on a server.
    pub fn server(&self) -> Option<&server::ServerUrl> {
        match &self.engine {
            Engine::Server(session) => Some(session.url()),
            Engine::File(_) => None,
        }
    }

    fn db(&self) -> Db<'_> {
        match &self.engine {
            Engine::File(conn) => Db::File(conn),
            Engine::Server(session) => Db::Server(session),
        }
    }

    /// The file's connection, for what a file store does alone (copies, recovery, erasure).
    fn file(&self) -> Result<&Connection> {
        match &self.engine {
            Engine::File(conn) => Ok(conn),
            Engine::Server(_) => Err(Error::FileOnly { server: self.path.display().to_string() }),
        }
    }

    fn file_mut(&mut self) -> Result<&mut Connection> {
        match &mut self.engine {
            Engine::File(conn) => Ok(conn),
            Engine::Server(_) => Err(Error::FileOnly { server: self.path.display().to_string() }),
        }
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

    fn failed(&self) -> impl Fn(DbError) -> Error + '_ {
        |e| failure(&self.path, e)
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
        let path = self.path.clone();
        match &mut self.engine {
            Engine::File(conn) => {
                let at = (self.context.clock)();
                // IMMEDIATE: take the write lock at once, so that two programs writing the same
                // store wait for each other instead of failing midway.
                let tx = conn
                    .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                    .map_err(|e| open::sqlite_error(&path, e))?;
                // Removed when the write ends, whichever way.
                let _note = holder::write(&path, &self.context.user, at);
                let user = self.context.user.clone();
                let mut writer =
                    Writer { tx: Tx::File(tx), at, user, path: &path, known: Default::default(), change: None };
                let value = f(&mut writer)?;
                if commit {
                    if let Tx::File(tx) = writer.tx {
                        tx.commit().map_err(|e| open::sqlite_error(&path, e))?;
                    }
                }
                Ok(value)
            }
            Engine::Server(session) => {
                let fail = |e| failure(&path, DbError::Server(e));
                let tx = session.begin().map_err(fail)?;
                // The server's clock and the user it authenticated, as its history records them.
                let (at, user) = server::stamp(&tx).map_err(|e| failure(&path, e))?;
                let mut writer =
                    Writer { tx: Tx::Server(tx), at, user, path: &path, known: Default::default(), change: None };
                let value = f(&mut writer)?;
                if commit {
                    if let Tx::Server(tx) = writer.tx {
                        tx.commit().map_err(fail)?;
                    }
                }
                Ok(value)
            }
        }
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
        let Engine::File(conn) = &self.engine else { return f(self) };
        let usual: i64 = conn.query_row("PRAGMA cache_size", [], |row| row.get(0)).map_err(self.sql())?;
        conn.pragma_update(None, "cache_size", -32_768).map_err(self.sql())?;
        let switched = conn
            .query_row("PRAGMA journal_mode = DELETE", [], |row| row.get::<_, String>(0))
            .is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
        let result = f(self);
        let conn = self.file()?;
        if switched {
            let back = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get::<_, String>(0));
            if let Err(e) = back {
                return Err(open::sqlite_error(&self.path, e).into());
            }
        }
        conn.pragma_update(None, "cache_size", usual).map_err(self.sql())?;
        self.release_memory()?;
        result
    }

    /// Copies the store beside itself through SQLite's online backup, and returns the copy's path.
    pub fn backup(&self, reason: &str) -> Result<PathBuf> {
        // A copy is taken before a change: a store that cannot change needs none.
        self.writable()?;
        open::backup_to(self.file()?, &self.path, reason, (self.context.clock)())
    }

    /// Puts the register back as a copy of it (`backups`) holds it. The store as it is now is
    /// first copied beside itself; then every entry is made what the copy holds, as one labelled
    /// change in the history ("Restore of the copy made …"), which `Writer::undo_change` takes
    /// back. The copy itself is read from a scratch copy of it, and never written to.
    pub fn restore_backup(&mut self, backup: &Path) -> Result<Restored> {
        self.writable()?;
        self.file()?;
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
        let copy = open::backup_keeping(self.file()?, &self.path, "restore", now, Some(backup))?;
        let label = format!("Restore of the copy made {made} ({name})");
        let (change, changed) = self.write(|w| {
            let change = w.label_change(&label)?;
            Ok((change, w.make_register(&target)?))
        })?;
        Ok(Restored { copy, change, changed })
    }

    pub fn get<T: Entity>(&self, id: Id) -> Result<T> {
        entity::load_one(self.db(), id).map_err(self.failed())?.ok_or(Error::NotFound { entity: T::KIND.as_str(), id })
    }

    /// Every entity of a kind, in id order; of one organisation when given.
    pub fn all<T: Entity>(&self, organisation: Option<Id>) -> Result<Vec<T>> {
        entity::load_all(self.db(), organisation).map_err(self.failed())
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
        match organisation {
            Some(org) => {
                self.db().one("SELECT count(*) FROM activities WHERE organisation_id = ?1", p![org], |r| r.int(0))
            }
            None => self.db().one("SELECT count(*) FROM activities", &[], |r| r.int(0)),
        }
        .map(|n| n as u64)
        .map_err(self.failed())
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
        self.stoppable(|stop| {
            entity::each_activity(self.db(), organisation, 1000, &mut |raw| {
                stop(f(ActivityBatch { raw, path: self.path.clone() }))
            })
        })
    }

    /// Runs `read`, a statement whose rows go to the caller one at a time: the caller's own
    /// error (`stop` given it) ends the reading and is returned as it is, not as the statement's.
    fn stoppable(&self, read: impl FnOnce(&mut dyn FnMut(Result<()>) -> DbResult<()>) -> DbResult<()>) -> Result<()> {
        let mut stopped = None;
        let result = read(&mut |done| {
            done.map_err(|e| {
                stopped = Some(e);
                DbError::File(rusqlite::Error::ExecuteReturnedResults)
            })
        });
        match (result, stopped) {
            (_, Some(e)) => Err(e),
            (Err(e), None) => Err(failure(&self.path, e)),
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
        let select = HISTORY_SELECT;
        let rows = match of {
            Some((kind, id)) => self.db().rows(
                &format!("{select} WHERE h.entity = ?1 AND h.entity_id = ?2 ORDER BY h.seq"),
                p![kind.as_str(), id],
                history_row,
            ),
            None => self.db().rows(&format!("{select} ORDER BY h.seq"), &[], history_row),
        }
        .map_err(self.failed())?;
        rows.into_iter().map(|row| row.map_err(|detail| self.corrupt(detail))).collect()
    }

    /// The history of one organisation's entries of `kinds`, oldest first, an entry at a time
    /// (what a notice reads: a file store never holds it whole).
    pub fn each_history_in(
        &self,
        organisation: Id,
        kinds: &[Kind],
        mut f: impl FnMut(HistoryEntry) -> Result<()>,
    ) -> Result<()> {
        let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        let sql = format!("{HISTORY_SELECT} WHERE h.organisation_id = ?1 ORDER BY h.seq");
        self.stoppable(|stop| {
            self.db().each(&sql, p![organisation], &mut |row| {
                if !kinds.contains(&row.text(3)?.as_str()) {
                    return Ok(());
                }
                stop(match history_row(row)? {
                    Ok(entry) => f(entry),
                    Err(detail) => Err(self.corrupt(detail)),
                })
            })
        })
    }

    /// What was written after history entry `seq`: how many entries, by whom (each user once, in
    /// order), and the time of the last one.
    pub fn written_after(&self, seq: i64) -> Result<(usize, Vec<String>, Option<Timestamp>)> {
        let rows = self
            .db()
            .rows(
                "SELECT \"user\", count(*), max(at) FROM history WHERE seq > ?1 GROUP BY \"user\" ORDER BY \"user\"",
                p![seq],
                |row| Ok((row.text(0)?, row.int(1)?, row.text(2)?)),
            )
            .map_err(self.failed())?;
        let (mut entries, mut users, mut last) = (0, Vec::new(), None::<Timestamp>);
        for (user, count, at) in rows {
            let at: Timestamp = at.parse().map_err(|e: String| self.corrupt(e))?;
            entries += count as usize;
            users.push(user);
            last = Some(last.map_or(at, |l| l.max(at)));
        }
        Ok((entries, users, last))
    }

    /// The changes recorded as one (imports), newest first.
    pub fn changes(&self) -> Result<Vec<ChangeSet>> {
        let rows = self
            .db()
            .rows(
                "SELECT c.id, c.at, c.\"user\", c.label, count(h.seq), c.undoes, \
                 (SELECT max(u.id) FROM changes u WHERE u.undoes = c.id) FROM changes c \
                 LEFT JOIN history h ON h.change_id = c.id GROUP BY c.id ORDER BY c.id DESC",
                &[],
                |row| {
                    Ok((
                        (row.int(0)?, row.text(1)?, row.text(2)?, row.text(3)?, row.int(4)?),
                        (row.opt_int(5)?, row.opt_int(6)?),
                    ))
                },
            )
            .map_err(self.failed())?;
        let mut out = Vec::new();
        for ((id, at, user, label, entries), (undoes, undone_by)) in rows {
            let at = at.parse().map_err(|e: String| self.corrupt(e))?;
            out.push(ChangeSet { id, at, user, label, entries: entries as usize, undoes, undone_by });
        }
        Ok(out)
    }

    /// The register as it stood at `at`, rebuilt from history alone.
    pub fn register_as_of(&self, at: Timestamp) -> Result<Register> {
        let at = at.to_string();
        let rows = self
            .db()
            .rows(
                "SELECT entity, action, after, entity_id, organisation_id FROM history WHERE seq IN \
                 (SELECT max(seq) FROM history WHERE at <= ?1 GROUP BY entity, entity_id) ORDER BY entity_id, seq",
                p![at.as_str()],
                |row| Ok((row.text(0)?, row.text(1)?, row.opt_text(2)?, row.int(3)?, row.opt_int(4)?)),
            )
            .map_err(self.failed())?;
        let mut register = Register::default();
        for (kind, action, after, id, org) in rows {
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

    /// Whether the store may have changed since this was last asked: on a server, whether it
    /// announced another connection's write (LISTEN/NOTIFY), so that a window looks at its
    /// revision only then; a file cannot say, and is always looked at.
    pub fn notified(&self) -> Result<bool> {
        match &self.engine {
            Engine::File(_) => Ok(true),
            Engine::Server(session) => session.notified().map_err(|e| failure(&self.path, DbError::Server(e))),
        }
    }

    /// A number that grows with every write to the store (its last history entry's): whatever was
    /// read at one revision is still true while the revision is the same.
    pub fn revision(&self) -> Result<i64> {
        self.db().one("SELECT coalesce(max(seq), 0) FROM history", &[], |row| row.int(0)).map_err(self.failed())
    }

    /// Gives back the memory SQLite keeps between reads (its page cache, 2 MiB, 32 MiB during
    /// `bulk`). A long-lived process such as the desktop calls it after each piece of work; the
    /// next read finds the pages in the system's file cache.
    pub fn release_memory(&self) -> Result<()> {
        match &self.engine {
            Engine::File(conn) => conn.execute_batch("PRAGMA shrink_memory").map_err(self.sql()),
            Engine::Server(_) => Ok(()),
        }
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
                self.db()
                    .one(
                        "SELECT max(at) FROM history WHERE organisation_id = ?1 AND action = 'delete' AND at <= ?2",
                        p![org, until.as_str()],
                        |row| row.opt_text(0),
                    )
                    .map_err(self.failed())?,
            );
        }
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
            take(
                self.db()
                    .one(
                        "SELECT max(at) FROM history WHERE entity = ?1 AND entity_id = ?2 AND at <= ?3",
                        p![kind.as_str(), id, until.as_str()],
                        |row| row.opt_text(0),
                    )
                    .map_err(self.failed())?,
            );
        }
        latest.map(|s| s.parse().map_err(|e: String| self.corrupt(e))).transpose()
    }

    /// The time of the last change to the store, if any.
    pub fn last_change(&self) -> Result<Option<Timestamp>> {
        let at: Option<String> =
            self.db().one("SELECT max(at) FROM history", &[], |row| row.opt_text(0)).map_err(self.failed())?;
        at.map(|s| s.parse().map_err(|e: String| self.corrupt(e))).transpose()
    }

    fn corrupt(&self, detail: String) -> Error {
        Error::Corrupt { path: self.path.clone(), detail }
    }
}

/// A statement's failure as the user hears of it, for the file or server at `path`.
fn failure(path: &Path, e: DbError) -> Error {
    match e {
        DbError::File(e) => open::sqlite_error(path, e),
        DbError::Server(e) => server::session::error(&path.display().to_string(), e),
        DbError::Json(e) => {
            Error::Corrupt { path: path.to_path_buf(), detail: format!("an entry cannot be read: {e}") }
        }
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

/// The columns `history_row` reads, from history and the change each entry belongs to.
const HISTORY_SELECT: &str = "SELECT h.seq, h.at, h.\"user\", h.entity, h.entity_id, h.organisation_id, h.action, \
                              h.label, h.before, h.after, h.change_id, c.label FROM history h \
                              LEFT JOIN changes c ON c.id = h.change_id";

type HistoryRow = std::result::Result<HistoryEntry, String>;

fn history_row(row: &dyn Get) -> DbResult<HistoryRow> {
    let at = row.text(1)?;
    let entity = row.text(3)?;
    let action = row.text(6)?;
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
    let (seq, user, entity_id, organisation_id) = (row.int(0)?, row.text(2)?, row.int(4)?, row.opt_int(5)?);
    let (label, before, after) = (row.text(7)?, row.opt_text(8)?, row.opt_text(9)?);
    let (change, change_label) = (row.opt_int(10)?, row.opt_text(11)?);
    let build = || -> HistoryRow {
        Ok(HistoryEntry {
            seq,
            at: at.parse()?,
            user,
            kind: kind.ok_or_else(|| format!("unknown entity '{entity}' in history"))?,
            entity_id,
            organisation_id,
            action: Action::parse(&action).ok_or_else(|| format!("unknown action '{action}' in history"))?,
            label,
            before: json(before)?,
            after: json(after)?,
            change,
            change_label,
        })
    };
    Ok(build())
}

/// Writes inside one transaction; see [`Store::write`].
pub struct Writer<'a> {
    tx: Tx<'a>,
    at: Timestamp,
    user: String,
    path: &'a Path,
    /// What this transaction learnt: the organisation of each entity looked up or created, and
    /// the next free id of each table. Forgotten when a savepoint rolls back.
    known: std::cell::RefCell<Known>,
    /// The labelled change this transaction's entries belong to, once `label_change` is called.
    change: Option<i64>,
}

/// The transaction a writer writes in, on either engine.
enum Tx<'a> {
    File(rusqlite::Transaction<'a>),
    Server(server::session::Transaction<'a>),
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

    /// Who writes, as history names them: on a server, the user it authenticated.
    pub fn user(&self) -> &str {
        &self.user
    }

    fn db(&self) -> Db<'_> {
        match &self.tx {
            Tx::File(tx) => Db::File(tx),
            Tx::Server(tx) => Db::Server(tx.session()),
        }
    }

    /// Records what this transaction writes from now on as one change with this label ("Import
    /// of register.xlsx"): the history shows it as one, and `undo_change` undoes it in one step.
    pub fn label_change(&mut self, label: &str) -> Result<i64> {
        let at = self.at.to_string();
        let id = self
            .db()
            .one(
                "INSERT INTO changes (at, \"user\", label) VALUES (?1, ?2, ?3) RETURNING id",
                p![at.as_str(), self.user.as_str(), label],
                |row| row.int(0),
            )
            .map_err(self.failed())?;
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
            .db()
            .opt(
                "SELECT label, (SELECT max(u.id) FROM changes u WHERE u.undoes = c.id) FROM changes c WHERE id = ?1",
                p![change],
                |row| Ok((row.text(0)?, row.opt_int(1)?)),
            )
            .map_err(self.failed())?
            .ok_or_else(|| Error::NoMatch(crate::tr_all!("error-no-such-change", id = change)))?;
        if let Some(by) = undone_by {
            return Err(Error::NoMatch(crate::tr_all!(
                "error-change-undone-already",
                id = change,
                label = label.as_str(),
                by = by
            )));
        }
        let entries: Vec<(i64, String, Id, String, Option<String>, String)> = self
            .db()
            .rows(
                "SELECT seq, entity, entity_id, action, before, label FROM history \
                 WHERE change_id = ?1 ORDER BY seq DESC",
                p![change],
                |row| Ok((row.int(0)?, row.text(1)?, row.int(2)?, row.text(3)?, row.opt_text(4)?, row.text(5)?)),
            )
            .map_err(self.failed())?;
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
                .db()
                .one(
                    "SELECT count(*) FROM history h WHERE h.entity = ?1 AND h.entity_id = ?2 AND h.seq > ?3 \
                     AND NOT (h.change_id IS NOT NULL AND (\
                         EXISTS (SELECT 1 FROM changes u WHERE u.undoes = h.change_id) \
                         OR EXISTS (SELECT 1 FROM changes c WHERE c.id = h.change_id AND c.undoes IS NOT NULL)))",
                    p![entity, *id, last],
                    |row| row.int(0),
                )
                .map_err(self.failed())?;
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
        self.db().execute("UPDATE changes SET undoes = ?1 WHERE id = ?2", p![change, id]).map_err(self.failed())?;
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
        self.db().defer_foreign_keys().map_err(self.failed())?;
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

    fn failed(&self) -> impl Fn(DbError) -> Error + '_ {
        |e| failure(self.path, e)
    }

    pub fn get<T: Entity>(&self, id: Id) -> Result<T> {
        entity::load_one(self.db(), id).map_err(self.failed())?.ok_or(Error::NotFound { entity: T::KIND.as_str(), id })
    }

    pub fn all<T: Entity>(&self, organisation: Option<Id>) -> Result<Vec<T>> {
        entity::load_all(self.db(), organisation).map_err(self.failed())
    }

    /// Stores a new entity (its `id` is ignored) and returns its id.
    pub fn create<T: Entity>(&mut self, entity: &T) -> Result<Id> {
        self.insert(entity, None)
    }

    /// Stores a new entity under its own `id`, which must be free: to keep the ids of a register
    /// moved from one store to another.
    pub fn create_with_id<T: Entity>(&mut self, entity: &T) -> Result<Id> {
        let id = entity.id();
        if id <= 0 || entity::load_one::<T>(self.db(), id).map_err(self.failed())?.is_some() {
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
            (None, None) => match self.db().next_id(table, "id").map_err(self.failed())? {
                Some(id) => id,
                None => self
                    .db()
                    .one(&format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"), &[], |row| row.int(0))
                    .map_err(self.failed())?,
            },
        };
        let entity = self.stamped(entity.clone(), Stamp::Create).with_id(id);
        // One serialisation serves the row's data and the history entry.
        let json = compact::to_string(&entity).map_err(|e| self.json_failure(e))?;
        self.check(&entity, &json, None)?;
        // The state goes into history; the row points at it.
        let version = self.record(Action::Create, &entity, None, Some(&json))?;
        match entity.organisation_id() {
            None => self.db().insert(
                &format!("INSERT INTO {table} (id, name, version) VALUES (?1, ?2, ?3)"),
                p![id, entity.name(), version],
            ),
            Some(org) => self.db().insert(
                &format!("INSERT INTO {table} (id, organisation_id, name, version) VALUES (?1, ?2, ?3, ?4)"),
                p![id, org, entity.name(), version],
            ),
        }
        .map_err(self.failed())?;
        entity::write_children(self.db(), &entity, false).map_err(self.failed())?;
        if given.is_some() {
            self.db().id_taken(table, id).map_err(self.failed())?;
        }
        let server = self.db().is_server();
        let mut known = self.known.borrow_mut();
        // The next free id is known once a table's largest id was read; an id given by the caller
        // only moves it on. (A server's sequence gives each id.)
        match known.next_ids.get_mut(&T::KIND) {
            _ if server => {}
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
        self.db().batch("SAVEPOINT ropa_row").map_err(|e| failure(path, e))?;
        match f(self) {
            Ok(value) => {
                self.db().batch("RELEASE ropa_row").map_err(|e| failure(path, e))?;
                Ok(value)
            }
            Err(e) => {
                self.db().batch("ROLLBACK TO ropa_row; RELEASE ropa_row").map_err(|e| failure(path, e))?;
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
        let current = entity::load_one::<T>(self.db(), entity.id()).map_err(self.failed())?;
        if current.as_ref() == Some(base) {
            return self.update(entity);
        }
        let (at, by): (String, String) = self
            .db()
            .one(
                "SELECT at, \"user\" FROM history WHERE entity = ?1 AND entity_id = ?2 ORDER BY seq DESC LIMIT 1",
                p![T::KIND.as_str(), entity.id()],
                |row| Ok((row.text(0)?, row.text(1)?)),
            )
            .map_err(self.failed())?;
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
        self.db()
            .execute(
                &format!("UPDATE {} SET name = ?1, version = ?2 WHERE id = ?3", T::KIND.table()),
                p![entity.name(), version, entity.id()],
            )
            .map_err(self.failed())?;
        entity::write_children(self.db(), &entity, true).map_err(self.failed())?;
        Ok(Outcome::Changed)
    }

    /// Makes the register `target`, entry by entry, each change recorded in the history as any
    /// other (so that it can be read, and taken back): what `target` lacks is deleted, what it
    /// holds is written with its own ids and dates. Links are checked when the transaction
    /// commits, so that the order of the writes does not matter. Returns how many entries changed.
    pub fn make_register(&mut self, target: &Register) -> Result<usize> {
        self.db().defer_foreign_keys().map_err(self.failed())?;
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
                if entity::load_one::<T>(w.db(), e.id()).map_err(w.failed())?.is_some() {
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
        self.db().execute(&format!("DELETE FROM {} WHERE id = ?1", T::KIND.table()), p![id]).map_err(self.failed())?;
        self.known.borrow_mut().owners.remove(&(T::KIND, id));
        let json = compact::to_string(&before).map_err(|e| self.json_failure(e))?;
        self.record(Action::Delete, &before, Some(&json), None).map(|_| ())
    }

    /// Puts an entity back as a history entry `seq` of its own left it (as it was before, for a
    /// deletion): an update if it still exists, a re-creation under its id if it was deleted.
    /// Its history gains an entry, as for any change; the entries in between stay.
    pub fn restore(&mut self, kind: Kind, id: Id, seq: i64) -> Result<Outcome> {
        let state: Option<(Option<String>, Option<String>)> = self
            .db()
            .opt(
                "SELECT before, after FROM history WHERE seq = ?1 AND entity = ?2 AND entity_id = ?3",
                p![seq, kind.as_str(), id],
                |row| Ok((row.opt_text(0)?, row.opt_text(1)?)),
            )
            .map_err(self.failed())?;
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
        if entity::load_one::<T>(self.db(), id).map_err(self.failed())?.is_some() {
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
            // Names compared as both engines' unique indexes do, without case (`lower`).
            let name = entity.name().trim();
            let same_name: Option<Id> = match entity.organisation_id() {
                None => self.db().opt(
                    &format!("SELECT id FROM {table} WHERE lower(name) = lower(?1) AND id <> ?2"),
                    p![name, id.unwrap_or(0)],
                    |row| row.int(0),
                ),
                Some(org) => self.db().opt(
                    &format!(
                        "SELECT id FROM {table} WHERE organisation_id = ?1 AND lower(name) = lower(?2) AND id <> ?3"
                    ),
                    p![org, name, id.unwrap_or(0)],
                    |row| row.int(0),
                ),
            }
            .map_err(self.failed())?;
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
            .db()
            .opt(&format!("SELECT {column} FROM {} WHERE id = ?1", kind.table()), p![id], |row| row.int(0))
            .map_err(self.failed())?;
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
            let n: i64 = self.db().one(sql, p![id], |row| row.int(0)).map_err(self.failed())?;
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
        let at = self.at.to_string();
        let values = p![
            at.as_str(),
            self.user.as_str(),
            T::KIND.as_str(),
            entity.id(),
            org,
            action.as_str(),
            entity.name(),
            before,
            after,
            self.change
        ];
        // On a server, the entry's number is taken ahead and the row sent with the write's
        // others; SQLite numbers it as it writes it.
        match self.db().next_id("history", "seq").map_err(self.failed())? {
            Some(seq) => {
                let mut with_seq = vec![db::P::Int(seq)];
                with_seq.extend_from_slice(values);
                self.db()
                    .insert(
                        "INSERT INTO history (seq, at, \"user\", entity, entity_id, organisation_id, action, label, before, \
                         after, change_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                        &with_seq,
                    )
                    .map_err(self.failed())?;
                Ok(seq)
            }
            None => self
                .db()
                .one(
                    "INSERT INTO history (at, \"user\", entity, entity_id, organisation_id, action, label, before, \
                     after, change_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING seq",
                    values,
                    |row| row.int(0),
                )
                .map_err(self.failed()),
        }
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
        let cache = |store: &Store| {
            store.file().unwrap().query_row("PRAGMA cache_size", [], |row| row.get::<_, i64>(0)).unwrap()
        };
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
