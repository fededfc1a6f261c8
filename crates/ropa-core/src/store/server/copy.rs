//! A register moved between a file store and a server store, table by table, history included:
//! `push` copies a file store into an empty server store, ids, versions, who and when kept;
//! `pull` copies a server store into a new file store. Both tables hold the same columns, so
//! that push then pull gives the same register, row for row.

use std::collections::HashMap;
use std::path::Path;

use postgres::types::ToSql;
use rusqlite::types::Value;

use super::ServerUrl;
use crate::error::{Error, Result};
use crate::store::{Context, OpenMode, Store};

/// A store's tables, each after those it refers to.
pub const TABLES: [&str; 12] = [
    "changes",
    "history",
    "organisations",
    "controllers",
    "sites",
    "subprocessors",
    "measures",
    "activities",
    "subprocessor_services",
    "activity_controllers",
    "activity_subprocessors",
    "activity_measures",
];

/// The tables whose first column a sequence numbers on the server.
const NUMBERED: [(&str, &str); 8] = [
    ("changes", "id"),
    ("history", "seq"),
    ("organisations", "id"),
    ("controllers", "id"),
    ("sites", "id"),
    ("subprocessors", "id"),
    ("measures", "id"),
    ("activities", "id"),
];

/// How many rows each table moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub rows: Vec<(&'static str, usize)>,
}

impl Copied {
    /// The entries of the register moved (organisations, activities and the rest), and the
    /// history entries.
    pub fn entries_and_history(&self) -> (usize, usize) {
        let count = |t: &str| self.rows.iter().find(|(n, _)| *n == t).map_or(0, |(_, c)| *c);
        let entries = ["organisations", "controllers", "sites", "subprocessors", "measures", "activities"]
            .iter()
            .map(|t| count(t))
            .sum();
        (entries, count("history"))
    }
}

/// A table's columns in the file store, quoted, in order.
fn file_columns(conn: &rusqlite::Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let names = stmt.query_map([], |row| row.get::<_, String>(1))?;
    names.collect()
}

/// What a server column holds: its type name ("bigint", "integer", "text").
fn server_types(
    tx: &mut postgres::Transaction<'_>,
    table: &str,
    failed: &dyn Fn(postgres::Error) -> Error,
) -> Result<HashMap<String, String>> {
    let rows = tx
        .query(
            "SELECT column_name::text, data_type::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1",
            &[&table],
        )
        .map_err(failed)?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

/// Copies the file store into the server store `url` names, which must be empty: every table,
/// history included, ids and versions kept, in one transaction (all of it, or nothing).
pub fn push(store: &Store, client: &mut postgres::Client, url: &ServerUrl) -> Result<Copied> {
    let server = url.to_string();
    let failed = |e: postgres::Error| Error::Server { server: server.clone(), detail: e.to_string() };
    let mut tx = client.transaction().map_err(failed)?;
    super::check_store(&mut tx, url)?;
    for table in TABLES {
        let held: i64 = tx.query_one(&format!("SELECT count(*) FROM {table}"), &[]).map_err(failed)?.get(0);
        if held > 0 {
            return Err(Error::ServerNotEmpty { server: server.clone(), table: table.to_string() });
        }
    }
    let mut rows = Vec::new();
    for table in TABLES.iter().copied() {
        let columns = file_columns(store.file()?, table).map_err(store.sql())?;
        let types = server_types(&mut tx, table, &failed)?;
        let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("${i}")).collect();
        let insert = tx
            .prepare(&format!("INSERT INTO {table} ({}) VALUES ({})", quoted.join(", "), placeholders.join(", ")))
            .map_err(failed)?;
        let mut select = store
            .file()?
            .prepare(&format!("SELECT {} FROM {table} ORDER BY rowid", quoted.join(", ")))
            .map_err(store.sql())?;
        let mut read = select.query([]).map_err(store.sql())?;
        let mut count = 0;
        while let Some(row) = read.next().map_err(store.sql())? {
            let mut values: Vec<Box<dyn ToSql + Sync>> = Vec::with_capacity(columns.len());
            for (i, column) in columns.iter().enumerate() {
                let value: Value = row.get(i).map_err(store.sql())?;
                let kind = types.get(column).map(String::as_str).unwrap_or("text");
                values.push(match (value, kind) {
                    (Value::Null, "integer") => Box::new(None::<i32>),
                    (Value::Null, "bigint") => Box::new(None::<i64>),
                    (Value::Null, _) => Box::new(None::<String>),
                    (Value::Integer(n), "integer") => Box::new(i32::try_from(n).unwrap_or(i32::MAX)),
                    (Value::Integer(n), "bigint") => Box::new(n),
                    (Value::Integer(n), _) => Box::new(n.to_string()),
                    (Value::Real(x), _) => Box::new(x.to_string()),
                    (Value::Text(s), _) => Box::new(s),
                    (Value::Blob(b), _) => Box::new(String::from_utf8_lossy(&b).into_owned()),
                });
            }
            let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v.as_ref()).collect();
            tx.execute(&insert, &refs).map_err(failed)?;
            count += 1;
        }
        rows.push((table, count));
    }
    // What the server numbers next follows what was copied.
    for (table, column) in NUMBERED {
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), \
                 COALESCE((SELECT max({column}) FROM {table}), 1), (SELECT count(*) FROM {table}) > 0)"
            ),
            &[],
        )
        .map_err(failed)?;
    }
    tx.commit().map_err(failed)?;
    Ok(Copied { rows })
}

/// Copies the server store `url` names into a new file store at `path` (which must not exist):
/// every table, history included, as the server holds it. Nothing is left at `path` when the
/// copy fails.
pub fn pull(client: &mut postgres::Client, url: &ServerUrl, path: &Path, context: Context) -> Result<Copied> {
    if path.exists() {
        return Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists already"),
        });
    }
    let server = url.to_string();
    let failed = |e: postgres::Error| Error::Server { server: server.clone(), detail: e.to_string() };
    let copied = (|| {
        let mut store = Store::open(path, OpenMode::CreateIfMissing, context)?;
        // A repeatable view of the server while it is read.
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(failed)?;
        super::check_store(&mut tx, url)?;
        let file = store.file_mut()?.transaction().map_err(|e| crate::store::open::sqlite_error(path, e))?;
        let sql = |e: rusqlite::Error| crate::store::open::sqlite_error(path, e);
        let mut rows = Vec::new();
        for table in TABLES.iter().copied() {
            let columns = file_columns(&file, table).map_err(sql)?;
            let types = server_types(&mut tx, table, &failed)?;
            let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
            let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
            let read = tx
                .query(&format!("SELECT {} FROM {table} ORDER BY {}", quoted.join(", "), order.join(", ")), &[])
                .map_err(failed)?;
            let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
            let mut insert = file
                .prepare(&format!("INSERT INTO {table} ({}) VALUES ({})", quoted.join(", "), placeholders.join(", ")))
                .map_err(sql)?;
            for row in &read {
                let mut values: Vec<Value> = Vec::with_capacity(columns.len());
                for (i, column) in columns.iter().enumerate() {
                    let kind = types.get(column).map(String::as_str).unwrap_or("text");
                    values.push(match kind {
                        "integer" => row.get::<_, Option<i32>>(i).map_or(Value::Null, |n| Value::Integer(n.into())),
                        "bigint" => row.get::<_, Option<i64>>(i).map_or(Value::Null, Value::Integer),
                        _ => row.get::<_, Option<String>>(i).map_or(Value::Null, Value::Text),
                    });
                }
                insert.execute(rusqlite::params_from_iter(values)).map_err(sql)?;
            }
            rows.push((table, read.len()));
        }
        file.commit().map_err(sql)?;
        tx.commit().map_err(failed)?;
        Ok(Copied { rows })
    })();
    if copied.is_err() {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            let _ = std::fs::remove_file(file);
        }
    }
    copied
}
