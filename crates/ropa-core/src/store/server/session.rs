//! A connection to a server store, as the store uses it: the store's statements (written with
//! `?1` parameters, as SQLite reads them) numbered `$1` and prepared once per connection, rows
//! read by column number, transactions begun and ended by hand so that the store's writer holds
//! no borrow of the client.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;

use postgres::types::{IsNull, ToSql, Type};

use super::ServerUrl;
use crate::error::Error;
use crate::store::db::{DbError, DbResult, Get, P};

/// What the server said when a statement failed (or that a row expected was not there).
#[derive(Debug)]
pub struct Failure(Kind);

#[derive(Debug)]
enum Kind {
    Server(postgres::Error),
    NoRow(String),
    Type(String),
    /// The connection broke and could not be made again.
    Gone(String),
}

impl Failure {
    pub(crate) fn no_row(sql: &str) -> Failure {
        Failure(Kind::NoRow(sql.to_string()))
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::Server(e) => match e.as_db_error() {
                Some(db) => write!(f, "{}", db.message()),
                None => write!(f, "{e}"),
            },
            Kind::NoRow(sql) => write!(f, "no row where one was expected ({sql})"),
            Kind::Type(detail) | Kind::Gone(detail) => write!(f, "{detail}"),
        }
    }
}

impl From<postgres::Error> for Failure {
    fn from(e: postgres::Error) -> Failure {
        Failure(Kind::Server(e))
    }
}

/// The error a failure is for the user: the server gone (`Unreachable`), a write another
/// person's crossed (`WrittenMeanwhile`), a right the user lacks (`Denied`), or the server's own
/// words.
pub(crate) fn error(server: &str, failure: Failure) -> Error {
    let server = server.to_string();
    let detail = failure.to_string();
    let e = match &failure.0 {
        Kind::Server(e) => e,
        Kind::Gone(_) => return Error::Unreachable { server, detail },
        Kind::NoRow(_) | Kind::Type(_) => return Error::Server { server, detail },
    };
    let Some(code) = e.code() else {
        // No answer from the server: the connection broke.
        return Error::Unreachable { server, detail };
    };
    match code.code() {
        // Serialisation failure, deadlock: another transaction won; this one wrote nothing.
        "40001" | "40P01" => Error::WrittenMeanwhile { server },
        "42501" => Error::Denied { server, detail },
        // The connection, the server shutting down or refusing: as if it could not be reached.
        c if c.starts_with("08") || c.starts_with("57P") => Error::Unreachable { server, detail },
        _ => Error::Server { server, detail },
    }
}

/// Rows being sent on a thread of their own: it gives the client back, with how it went.
type InFlight = std::thread::JoinHandle<(postgres::Client, Result<(), postgres::Error>)>;

/// How many rows a write keeps before it sends them, while it prepares the next ones.
const SENT_AHEAD: usize = 3000;

/// The store's connection to a server. A connection that broke (the server restarted, the
/// network went) is made again at the next statement outside a transaction; a transaction it
/// broke is lost whole, as the server rolls it back.
pub struct Session {
    /// `None` while rows are being sent in the background (`in_flight` has it).
    client: RefCell<Option<postgres::Client>>,
    /// Rows of a large write sent while the program prepares the next ones: the thread gives
    /// the client back, with how the sending went, when the session next needs it (`client`).
    in_flight: RefCell<Option<InFlight>>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    url: ServerUrl,
    /// Kept for connecting again, in this process's memory only.
    password: Option<String>,
    in_transaction: Cell<bool>,
    /// This connection's server process: its own writes' notifications are not news.
    backend: Cell<i32>,
    /// The connection was made again: what was written meanwhile went unannounced.
    missed: Cell<bool>,
    /// Rows a write added, not sent yet (`insert_later`): sent together, a few statements for
    /// thousands of rows, before anything else the session does.
    pending: RefCell<Vec<(String, String)>>,
    /// Ids taken from the server's sequences ahead (`next_id`), per table and column, and how
    /// many to take at the next refill: one at first, twice as many (up to 4,096) each time a
    /// transaction needs more (an import), so that one edit wastes none.
    ids: RefCell<HashMap<String, (std::collections::VecDeque<i64>, i64)>>,
}

impl Session {
    pub(crate) fn new(client: postgres::Client, url: ServerUrl, password: Option<&str>) -> Session {
        Session {
            client: RefCell::new(Some(client)),
            in_flight: RefCell::default(),
            statements: RefCell::default(),
            url,
            password: password.map(str::to_string),
            in_transaction: Cell::new(false),
            backend: Cell::new(0),
            missed: Cell::new(false),
            pending: RefCell::default(),
            ids: RefCell::default(),
        }
    }

    /// Adds a row at the next statement (or the commit), with others for the same table in one
    /// statement. `sql` is `INSERT INTO table (columns) VALUES (?1, ?2, …)`; the values are sent
    /// as SQL literals (text quoted, `standard_conforming_strings` on), checked by the store
    /// before, so that a failure there is the whole write's, never a row's.
    pub(crate) fn insert_later(&self, sql: &str, params: &[P<'_>]) -> Result<(), Failure> {
        let (head, values) =
            sql.split_once(" VALUES ").ok_or_else(|| Failure(Kind::Type(format!("not an insert of values: {sql}"))))?;
        let many = {
            let mut pending = self.pending.borrow_mut();
            pending.push((head.to_string(), literal(values, params)));
            pending.len() >= SENT_AHEAD
        };
        // A large write's rows go ahead while the program prepares the next ones: the two cores
        // of a small machine, the server's and the program's, work at once.
        if many {
            self.flush(true)?;
        }
        Ok(())
    }

    /// The client, once rows sent in the background are in: their failure, if any, is this
    /// call's (the transaction is then over, as for any failed statement).
    fn client(&self) -> Result<std::cell::RefMut<'_, postgres::Client>, Failure> {
        self.settle()?;
        std::cell::RefMut::filter_map(self.client.borrow_mut(), Option::as_mut)
            .map_err(|_| Failure(Kind::Gone("the connection was lost".into())))
    }

    /// Waits for the rows in flight, and takes the client back.
    fn settle(&self) -> Result<(), Failure> {
        let Some(handle) = self.in_flight.borrow_mut().take() else { return Ok(()) };
        match handle.join() {
            Ok((client, sent)) => {
                *self.client.borrow_mut() = Some(client);
                Ok(sent?)
            }
            Err(_) => Err(Failure(Kind::Gone("the thread sending rows stopped".into()))),
        }
    }

    /// Sends the rows `insert_later` kept: per table, a statement for each thousand rows, all in
    /// one message. The tables go in the order of their references (`copy::TABLES`: an
    /// activity before its links, whose access the server checks through it); the references
    /// themselves are checked at the commit (they are deferrable).
    /// With `background`, the rows go on a thread of their own and the session goes on.
    fn flush(&self, background: bool) -> Result<(), Failure> {
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        if pending.is_empty() {
            return Ok(());
        }
        let mut tables: Vec<(String, Vec<String>)> = Vec::new();
        for (head, values) in pending {
            match tables.iter_mut().find(|(h, _)| *h == head) {
                Some((_, rows)) => rows.push(values),
                None => tables.push((head, vec![values])),
            }
        }
        let rank = |head: &str| {
            let table = head.strip_prefix("INSERT INTO ").and_then(|rest| rest.split_whitespace().next());
            super::copy::TABLES.iter().position(|t| Some(*t) == table).unwrap_or(usize::MAX)
        };
        tables.sort_by_key(|(head, _)| rank(head));
        let mut script = String::from("SET CONSTRAINTS ALL DEFERRED;\n");
        for (head, rows) in &tables {
            for chunk in rows.chunks(1000) {
                script.push_str(head);
                script.push_str(" VALUES ");
                script.push_str(&chunk.join(", "));
                script.push_str(";\n");
            }
        }
        if !background {
            return Ok(self.client()?.batch_execute(&script)?);
        }
        self.settle()?;
        let mut client =
            self.client.borrow_mut().take().ok_or_else(|| Failure(Kind::Gone("the connection was lost".into())))?;
        let handle = std::thread::spawn(move || {
            let sent = client.batch_execute(&script);
            (client, sent)
        });
        *self.in_flight.borrow_mut() = Some(handle);
        Ok(())
    }

    /// An id the caller gave was stored: the sequence moves past it, and the ids taken ahead
    /// for the table are given back (they might be that one).
    pub(crate) fn id_taken(&self, table: &str, id: i64) -> Result<(), Failure> {
        self.ids.borrow_mut().remove(&format!("{table}.id"));
        // A sequence is no row: the rows kept for sending need not go first.
        self.ready()?;
        self.client()?.execute(
            "SELECT setval(pg_get_serial_sequence($1, 'id'), greatest($2, nextval(pg_get_serial_sequence($1, 'id'))))",
            &[&table, &id],
        )?;
        Ok(())
    }

    /// The next value of `table`'s sequence for `column`, taken ahead in growing blocks.
    pub(crate) fn next_id(&self, table: &str, column: &str) -> Result<i64, Failure> {
        let key = format!("{table}.{column}");
        if let Some(id) = self.ids.borrow_mut().get_mut(&key).and_then(|(ids, _)| ids.pop_front()) {
            return Ok(id);
        }
        let block = self.ids.borrow().get(&key).map_or(1, |(_, next)| *next);
        self.ready()?;
        let rows = self.client()?.query(
            "SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3::bigint)",
            &[&table, &column, &block],
        )?;
        let mut ids: std::collections::VecDeque<i64> = rows.iter().map(|r| r.get(0)).collect();
        let first = ids.pop_front().ok_or_else(|| Failure(Kind::NoRow(format!("nextval of {key}"))))?;
        self.ids.borrow_mut().insert(key, (ids, (block * 2).min(4096)));
        Ok(first)
    }

    /// Asks the server to announce every write to the store (`LISTEN`; the history's trigger
    /// notifies), so that a window learns of others' changes without reading the store.
    pub(crate) fn listen(&self) -> Result<(), Failure> {
        let mut client = self.client()?;
        // Quoted text as the standard says (`insert_later` relies on it), whatever the server's
        // configuration.
        client.batch_execute("SET standard_conforming_strings = on; LISTEN ropa_changes")?;
        self.backend.set(client.query_one("SELECT pg_backend_pid()", &[])?.get(0));
        Ok(())
    }

    /// Whether anyone else wrote to the store since the last time this was asked (or since the
    /// connection was made again, when it broke). Waits a few milliseconds at most.
    pub(crate) fn notified(&self) -> Result<bool, Failure> {
        self.ready()?;
        let mut any = self.missed.replace(false);
        let own = self.backend.get();
        let mut client = self.client()?;
        let mut notifications = client.notifications();
        // A few milliseconds for the client to read what the socket holds (the plain `iter`
        // never lets it look).
        let mut pending = notifications.timeout_iter(std::time::Duration::from_millis(5));
        while let Some(n) = postgres::fallible_iterator::FallibleIterator::next(&mut pending)? {
            any |= n.process_id() != own;
        }
        Ok(any)
    }

    /// Connects again when the connection broke, between transactions.
    fn ready(&self) -> Result<(), Failure> {
        if self.in_transaction.get() || !self.client()?.is_closed() {
            return Ok(());
        }
        let client = self.url.connect(self.password.as_deref()).map_err(|e| Failure(Kind::Gone(e.to_string())))?;
        *self.client.borrow_mut() = Some(client);
        self.statements.borrow_mut().clear();
        self.missed.set(true);
        self.listen()
    }

    pub fn url(&self) -> &ServerUrl {
        &self.url
    }

    fn prepared(&self, sql: &str) -> Result<postgres::Statement, Failure> {
        self.ready()?;
        self.flush(false)?;
        if let Some(statement) = self.statements.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.client()?.prepare(&numbered(sql))?;
        self.statements.borrow_mut().insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    pub(crate) fn execute(&self, sql: &str, params: &[P<'_>]) -> Result<u64, Failure> {
        let statement = self.prepared(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        Ok(self.client()?.execute(&statement, &params)?)
    }

    pub(crate) fn each(
        &self,
        sql: &str,
        params: &[P<'_>],
        f: &mut dyn FnMut(&dyn Get) -> DbResult<()>,
    ) -> DbResult<()> {
        let statement = self.prepared(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        let rows = self.client()?.query(&statement, &params).map_err(Failure::from)?;
        for row in &rows {
            f(&ServerRow(row))?;
        }
        Ok(())
    }

    pub(crate) fn batch(&self, sql: &str) -> Result<(), Failure> {
        self.ready()?;
        self.flush(false)?;
        Ok(self.client()?.batch_execute(sql)?)
    }

    /// Begins a transaction that sees the store as of its first statement and fails, rather than
    /// writes, when another one changed what it read (`SERIALIZABLE`).
    pub(crate) fn begin(&self) -> Result<Transaction<'_>, Failure> {
        self.batch("BEGIN ISOLATION LEVEL SERIALIZABLE")?;
        self.in_transaction.set(true);
        Ok(Transaction { session: self, open: true })
    }
}

/// A transaction on the server: rolled back when dropped unless committed.
pub struct Transaction<'a> {
    session: &'a Session,
    open: bool,
}

impl Transaction<'_> {
    pub(crate) fn session(&self) -> &Session {
        self.session
    }

    pub(crate) fn commit(mut self) -> Result<(), Failure> {
        self.open = false;
        let done = self.session.batch("COMMIT");
        if done.is_err() {
            // The rows sent last, or the commit itself, failed: the transaction is over.
            self.session.pending.borrow_mut().clear();
            if let Ok(mut client) = self.session.client() {
                let _ = client.batch_execute("ROLLBACK");
            }
        }
        self.session.in_transaction.set(false);
        self.session.ids.borrow_mut().clear();
        done
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open {
            // What was not sent yet goes with the rest; what was in flight is waited for.
            self.session.pending.borrow_mut().clear();
            let _ = self.session.settle();
            self.session.ids.borrow_mut().clear();
            // A connection that broke has nothing left to roll back: the server did.
            let _ = self.session.batch("ROLLBACK");
            self.session.in_transaction.set(false);
        }
    }
}

/// `(?1, ?2)` with the parameters written in as SQL literals: `NULL`, a number, or text quoted
/// with its quotes doubled.
fn literal(values: &str, params: &[P<'_>]) -> String {
    let mut out = String::with_capacity(values.len() + 64);
    let mut chars = values.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '?' || !chars.peek().is_some_and(char::is_ascii_digit) {
            out.push(c);
            continue;
        }
        let mut n = 0usize;
        while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
            n = n * 10 + d as usize;
            chars.next();
        }
        match params.get(n.wrapping_sub(1)).copied().unwrap_or(P::Null) {
            P::Null => out.push_str("NULL"),
            P::Int(v) => out.push_str(&v.to_string()),
            P::Text(t) => {
                out.push('\'');
                out.push_str(&t.replace('\'', "''"));
                out.push('\'');
            }
        }
    }
    out
}

/// `?1` → `$1`, outside quoted text: the store's statements as PostgreSQL numbers parameters.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = None;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (None, '\'' | '"') => quoted = Some(c),
            (Some(q), c) if c == q => quoted = None,
            (None, '?') if chars.peek().is_some_and(char::is_ascii_digit) => {
                out.push('$');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

struct ServerRow<'a>(&'a postgres::Row);

impl ServerRow<'_> {
    fn get<T: for<'b> postgres::types::FromSql<'b>>(&self, i: usize) -> DbResult<T> {
        self.0.try_get(i).map_err(|e| DbError::Server(Failure::from(e)))
    }

    fn int_of(&self, i: usize) -> DbResult<Option<i64>> {
        let ty = self.0.columns().get(i).map(|c| c.type_().clone());
        match ty {
            Some(Type::INT2) => Ok(self.get::<Option<i16>>(i)?.map(i64::from)),
            Some(Type::INT4) => Ok(self.get::<Option<i32>>(i)?.map(i64::from)),
            Some(Type::INT8) => self.get::<Option<i64>>(i),
            other => Err(DbError::Server(Failure(Kind::Type(format!("column {i} is {other:?}, not a number"))))),
        }
    }
}

impl Get for ServerRow<'_> {
    fn int(&self, i: usize) -> DbResult<i64> {
        self.int_of(i)?.ok_or_else(|| DbError::Server(Failure(Kind::Type(format!("column {i} is null")))))
    }
    fn opt_int(&self, i: usize) -> DbResult<Option<i64>> {
        self.int_of(i)
    }
    fn text(&self, i: usize) -> DbResult<String> {
        self.get(i)
    }
    fn opt_text(&self, i: usize) -> DbResult<Option<String>> {
        self.get(i)
    }
}

impl ToSql for P<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self {
            P::Null => Ok(IsNull::Yes),
            P::Int(v) => match *ty {
                Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                Type::INT8 => v.to_sql(ty, out),
                _ => v.to_string().as_str().to_sql(ty, out),
            },
            P::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_are_written_in_as_literals() {
        use crate::store::db::P;
        assert_eq!(
            super::literal("(?1, ?2, ?3, ?10)", &[P::Int(-4), P::Text("l'été \\n"), P::Null]),
            "(-4, 'l''été \\n', NULL, NULL)"
        );
    }

    #[test]
    fn parameters_are_numbered_outside_quoted_text() {
        assert_eq!(
            super::numbered("SELECT '?1', \"a?2\" FROM t WHERE a = ?1 AND b = ?12"),
            "SELECT '?1', \"a?2\" FROM t WHERE a = $1 AND b = $12"
        );
    }
}
