//! One set of statements for both engines: the store writes its SQL once, in the dialect both
//! SQLite and PostgreSQL read (`?1` parameters, `"user"` quoted, `RETURNING`, `lower()` for
//! names compared without case), and `Db` runs it on the file (rusqlite) or on the server
//! (`server::Session`, which numbers the parameters `$1` and keeps each statement prepared).
//! What the two engines do differently is a method here: `next_id`, `defer_foreign_keys`.

use super::server::session::{Failure, Session};
use crate::model::Id;

pub(crate) type DbResult<T> = std::result::Result<T, DbError>;

/// What a statement failed with, from either engine, or an entry that does not decode.
#[derive(Debug)]
pub(crate) enum DbError {
    File(rusqlite::Error),
    Server(Failure),
    Json(serde_json::Error),
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> DbError {
        DbError::File(e)
    }
}

impl From<Failure> for DbError {
    fn from(e: Failure) -> DbError {
        DbError::Server(e)
    }
}

impl From<serde_json::Error> for DbError {
    fn from(e: serde_json::Error) -> DbError {
        DbError::Json(e)
    }
}

/// A statement's parameter: what the store ever binds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum P<'a> {
    Null,
    Int(i64),
    Text(&'a str),
}

impl From<i64> for P<'_> {
    fn from(v: i64) -> Self {
        P::Int(v)
    }
}

impl From<Option<i64>> for P<'_> {
    fn from(v: Option<i64>) -> Self {
        v.map_or(P::Null, P::Int)
    }
}

impl<'a> From<&'a str> for P<'a> {
    fn from(v: &'a str) -> Self {
        P::Text(v)
    }
}

impl<'a> From<&'a String> for P<'a> {
    fn from(v: &'a String) -> Self {
        P::Text(v)
    }
}

impl<'a> From<Option<&'a str>> for P<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(P::Null, P::Text)
    }
}

impl rusqlite::ToSql for P<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        Ok(match self {
            P::Null => ToSqlOutput::Owned(Value::Null),
            P::Int(v) => ToSqlOutput::Owned(Value::Integer(*v)),
            P::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// `&[P::from(a), P::from(b)]`: a statement's parameters.
macro_rules! p {
    ($($e:expr),* $(,)?) => { &[$($crate::store::db::P::from($e)),*] };
}
pub(crate) use p;

/// A row of a result, read by column number.
pub(crate) trait Get {
    fn int(&self, i: usize) -> DbResult<i64>;
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>>;
    fn text(&self, i: usize) -> DbResult<String>;
    fn opt_text(&self, i: usize) -> DbResult<Option<String>>;
}

impl Get for rusqlite::Row<'_> {
    fn int(&self, i: usize) -> DbResult<i64> {
        Ok(self.get(i)?)
    }
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        Ok(self.get(i)?)
    }
    fn text(&self, i: usize) -> DbResult<String> {
        Ok(self.get(i)?)
    }
    fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        Ok(self.get(i)?)
    }
}

/// The store's connection, whichever the engine.
#[derive(Clone, Copy)]
pub(crate) enum Db<'a> {
    File(&'a rusqlite::Connection),
    Server(&'a Session),
}

impl<'a> Db<'a> {
    pub(crate) fn is_server(self) -> bool {
        matches!(self, Db::Server(_))
    }

    /// Adds one row (`INSERT INTO t (…) VALUES (?1, …)`): at once on a file; on a server with
    /// the write's other rows, when the session next speaks to it (`Session::insert_later`).
    pub(crate) fn insert(self, sql: &str, params: &[P<'_>]) -> DbResult<()> {
        match self {
            Db::File(conn) => {
                conn.prepare_cached(sql)?.execute(rusqlite::params_from_iter(params))?;
                Ok(())
            }
            Db::Server(session) => Ok(session.insert_later(sql, params)?),
        }
    }

    /// Runs a statement; returns how many rows it changed.
    pub(crate) fn execute(self, sql: &str, params: &[P<'_>]) -> DbResult<usize> {
        match self {
            Db::File(conn) => Ok(conn.prepare_cached(sql)?.execute(rusqlite::params_from_iter(params))?),
            Db::Server(session) => Ok(session.execute(sql, params)? as usize),
        }
    }

    /// Calls `f` with each row of a query, in order.
    pub(crate) fn each(self, sql: &str, params: &[P<'_>], f: &mut dyn FnMut(&dyn Get) -> DbResult<()>) -> DbResult<()> {
        match self {
            Db::File(conn) => {
                let mut stmt = conn.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                while let Some(row) = rows.next()? {
                    f(row)?;
                }
                Ok(())
            }
            Db::Server(session) => session.each(sql, params, f),
        }
    }

    /// Every row of a query, each made a value by `f`.
    pub(crate) fn rows<T>(
        self,
        sql: &str,
        params: &[P<'_>],
        mut f: impl FnMut(&dyn Get) -> DbResult<T>,
    ) -> DbResult<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, params, &mut |row| {
            out.push(f(row)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// The first row of a query, if there is one.
    pub(crate) fn opt<T>(
        self,
        sql: &str,
        params: &[P<'_>],
        f: impl FnOnce(&dyn Get) -> DbResult<T>,
    ) -> DbResult<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.each(sql, params, &mut |row| {
            if let Some(f) = f.take() {
                out = Some(f(row)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// The one row a query gives (an aggregate, an insert's `RETURNING`).
    pub(crate) fn one<T>(self, sql: &str, params: &[P<'_>], f: impl FnOnce(&dyn Get) -> DbResult<T>) -> DbResult<T> {
        self.opt(sql, params, f)?.ok_or(match self {
            Db::File(_) => DbError::File(rusqlite::Error::QueryReturnedNoRows),
            Db::Server(_) => DbError::Server(Failure::no_row(sql)),
        })
    }

    /// Statements without parameters or results (`SAVEPOINT`, `RELEASE`).
    pub(crate) fn batch(self, sql: &str) -> DbResult<()> {
        match self {
            Db::File(conn) => Ok(conn.execute_batch(sql)?),
            Db::Server(session) => Ok(session.batch(sql)?),
        }
    }

    /// Links checked when the transaction commits, not at each statement.
    pub(crate) fn defer_foreign_keys(self) -> DbResult<()> {
        match self {
            Db::File(conn) => Ok(conn.pragma_update(None, "defer_foreign_keys", true)?),
            Db::Server(session) => Ok(session.batch("SET CONSTRAINTS ALL DEFERRED")?),
        }
    }

    /// After an entry was stored under an id the caller gave: the server's sequence moves past
    /// it, so that the ids it gives next never collide (a file's next id is the largest + 1).
    pub(crate) fn id_taken(self, table: &str, id: Id) -> DbResult<()> {
        match self {
            Db::File(_) => Ok(()),
            Db::Server(session) => Ok(session.id_taken(table, id)?),
        }
    }

    /// A new row's number from the server's sequence for `table`'s `column` (others write at the
    /// same time, and a reader may not see every row); `None` on a file, where the next id is the
    /// largest + 1 and history's number SQLite's.
    pub(crate) fn next_id(self, table: &str, column: &str) -> DbResult<Option<Id>> {
        match self {
            Db::File(_) => Ok(None),
            Db::Server(session) => Ok(Some(session.next_id(table, column)?)),
        }
    }
}
