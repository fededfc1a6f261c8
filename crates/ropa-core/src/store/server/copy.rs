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

/// The new number of each of a file's entries, history entries and changes, when it is pushed
/// into a server store that holds a register already: taken from the server's sequences, in the
/// file's order.
struct Renumbering {
    ids: HashMap<(&'static str, i64), i64>,
}

/// Which numbering a column's value belongs to: a kind of entry's ids (by its table), history's
/// numbers, or the changes'.
fn numbering(table: &str, column: &str) -> Option<&'static str> {
    Some(match (table, column) {
        ("changes", "id" | "undoes") | ("history", "change_id") => "changes",
        ("history", "seq") | (_, "version") => "history",
        ("organisations", "id") | (_, "organisation_id") => "organisations",
        ("controllers", "id") | (_, "controller_id") => "controllers",
        ("sites", "id") | (_, "site_id") => "sites",
        ("subprocessors", "id") | (_, "subprocessor_id") => "subprocessors",
        ("measures", "id") | (_, "measure_id") => "measures",
        ("activities", "id") | (_, "activity_id") => "activities",
        _ => return None,
    })
}

impl Renumbering {
    fn new(store: &Store, tx: &mut postgres::Transaction<'_>, server: &str) -> Result<Renumbering> {
        let failed = |e: postgres::Error| super::session::error(server, e.into());
        let conn = store.file()?;
        let sql = store.sql();
        // Every number the file uses: its rows', and the entries its history names (deleted
        // ones included, which the history and other entries' states still name).
        let mut used: Vec<(&'static str, i64)> = Vec::new();
        for (table, column) in NUMBERED {
            let Some(numbering) = numbering(table, column) else { continue };
            let mut stmt = conn.prepare(&format!("SELECT {column} FROM {table} ORDER BY 1")).map_err(&sql)?;
            let ids = stmt.query_map([], |r| r.get::<_, i64>(0)).map_err(&sql)?;
            for id in ids {
                used.push((numbering, id.map_err(&sql)?));
            }
        }
        let mut stmt = conn.prepare("SELECT DISTINCT entity, entity_id FROM history ORDER BY 2").map_err(&sql)?;
        let named = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(&sql)?;
        for row in named {
            let (entity, id) = row.map_err(&sql)?;
            if let Some(kind) = crate::store::Kind::parse(&entity) {
                used.push((kind.table(), id));
            }
        }
        used.sort_unstable();
        used.dedup();
        // The file's organisations must be new to the server.
        let taken: Vec<String> =
            tx.query("SELECT lower(name) FROM organisations", &[]).map_err(failed)?.iter().map(|r| r.get(0)).collect();
        let mut stmt = conn.prepare("SELECT name FROM organisations ORDER BY id").map_err(&sql)?;
        let names = stmt.query_map([], |r| r.get::<_, String>(0)).map_err(&sql)?;
        for name in names {
            let name = name.map_err(&sql)?;
            if taken.contains(&name.to_lowercase()) {
                return Err(Error::Invalid {
                    entity: format!("organisation '{name}'"),
                    errors: vec![crate::error::FieldError::new(
                        "name",
                        crate::tr_all!("invalid-push-organisation-exists", name = name.as_str(), server = server),
                    )],
                });
            }
        }
        let mut ids = HashMap::new();
        for (table, column) in NUMBERED {
            let Some(numbering) = numbering(table, column) else { continue };
            let old: Vec<i64> = used.iter().filter(|(n, _)| *n == numbering).map(|(_, id)| *id).collect();
            let new = tx
                .query(
                    "SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3::bigint)",
                    &[&table, &column, &(old.len() as i64)],
                )
                .map_err(failed)?;
            for (old, new) in old.iter().zip(new.iter()) {
                ids.insert((numbering, *old), new.get::<_, i64>(0));
            }
        }
        Ok(Renumbering { ids })
    }

    fn id(&self, numbering: &'static str, old: i64) -> std::result::Result<i64, String> {
        self.ids
            .get(&(numbering, old))
            .copied()
            .ok_or_else(|| format!("{numbering} {old} is named but was never written"))
    }

    /// A file row with its numbers made the server's, the states in its history too.
    fn row(&self, table: &str, columns: &[String], mut values: Vec<Value>) -> std::result::Result<Vec<Value>, String> {
        let entity = columns.iter().position(|c| c == "entity").and_then(|i| match &values[i] {
            Value::Text(t) => crate::store::Kind::parse(t),
            _ => None,
        });
        for (value, column) in values.iter_mut().zip(columns) {
            let numbering = match (table, column.as_str()) {
                ("history", "entity_id") => entity.map(|k| k.table()),
                ("history", "before" | "after") => {
                    if let (Value::Text(state), Some(kind)) = (&*value, entity) {
                        *value = Value::Text(self.state(kind, state)?);
                    }
                    None
                }
                (table, column) => numbering(table, column),
            };
            if let (Some(numbering), Value::Integer(old)) = (numbering, &*value) {
                *value = Value::Integer(self.id(numbering, *old)?);
            }
        }
        Ok(values)
    }

    /// An entry's state as history keeps it (JSON), the numbers in it made the server's.
    fn state(&self, kind: crate::store::Kind, state: &str) -> std::result::Result<String, String> {
        use serde_json::Value as Json;
        let mut json: Json = serde_json::from_str(state).map_err(|e| e.to_string())?;
        let Json::Object(fields) = &mut json else { return Ok(state.to_string()) };
        let one = |value: &mut Json, numbering: &'static str| -> std::result::Result<(), String> {
            if let Some(old) = value.as_i64() {
                *value = Json::from(self.id(numbering, old)?);
            }
            Ok(())
        };
        for (field, numbering) in [
            ("id", kind.table()),
            ("organisation_id", "organisations"),
            ("controller_ids", "controllers"),
            ("subprocessor_ids", "subprocessors"),
            ("measure_ids", "measures"),
        ] {
            match fields.get_mut(field) {
                Some(Json::Array(list)) => list.iter_mut().try_for_each(|v| one(v, numbering))?,
                Some(value) => one(value, numbering)?,
                None => {}
            }
        }
        if let Some(Json::Array(services)) = fields.get_mut("services") {
            for service in services {
                if let Some(site) = service.get_mut("site_id") {
                    one(site, "sites")?;
                }
            }
        }
        Ok(json.to_string())
    }
}

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

/// Copies the file store into the server store `url` names, every table, history included, in
/// one transaction (all of it, or nothing). Into an empty server store, ids, versions, who and
/// when are kept; into one that holds a register already, the file's entries, history entries
/// and changes are numbered anew after the server's (`renumbered`), who and when kept. An
/// organisation of the file whose name the server store has already is refused: one register
/// is not merged into another here (an import does that, row by row).
pub fn push(store: &Store, client: &mut postgres::Client, url: &ServerUrl) -> Result<Copied> {
    let server = url.to_string();
    let failed = |e: postgres::Error| super::session::error(&server, e.into());
    let mut tx = client.transaction().map_err(failed)?;
    super::check_store(&mut tx, url)?;
    let mut empty = true;
    for table in TABLES {
        let held: i64 = tx.query_one(&format!("SELECT count(*) FROM {table}"), &[]).map_err(failed)?.get(0);
        empty &= held == 0;
    }
    let renumber = if empty { None } else { Some(Renumbering::new(store, &mut tx, &server)?) };
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
            let raw: Vec<Value> =
                (0..columns.len()).map(|i| row.get(i)).collect::<rusqlite::Result<_>>().map_err(store.sql())?;
            let raw = match &renumber {
                Some(r) => r
                    .row(table, &columns, raw)
                    .map_err(|e| Error::Corrupt { path: store.path().to_path_buf(), detail: e })?,
                None => raw,
            };
            for (value, column) in raw.into_iter().zip(&columns) {
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
    // What the server numbers next follows what was copied (numbered anew, it took its numbers
    // from the sequences already).
    for (table, column) in NUMBERED.iter().filter(|_| renumber.is_none()) {
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

/// The rows of `table` that belong to one organisation's register (`$1`): its entries, their
/// links and history, and the labelled changes that history names.
fn of_organisation(table: &str) -> &'static str {
    match table {
        "changes" => {
            "WHERE id IN (SELECT change_id FROM history WHERE organisation_id = $1) \
             OR id IN (SELECT undoes FROM changes WHERE id IN (SELECT change_id FROM history WHERE organisation_id = $1))"
        }
        "organisations" => "WHERE id = $1",
        "subprocessor_services" => "WHERE subprocessor_id IN (SELECT id FROM subprocessors WHERE organisation_id = $1)",
        "activity_controllers" | "activity_subprocessors" | "activity_measures" => {
            "WHERE activity_id IN (SELECT id FROM activities WHERE organisation_id = $1)"
        }
        _ => "WHERE organisation_id = $1",
    }
}

/// Copies the server store `url` names into a new file store at `path` (which must not exist):
/// every table, history included, as the server holds it and as far as the user may see it; of
/// one organisation only when `organisation` names one. Nothing is left at `path` when the copy
/// fails.
pub fn pull(
    client: &mut postgres::Client,
    url: &ServerUrl,
    path: &Path,
    context: Context,
    organisation: Option<&str>,
) -> Result<Copied> {
    if path.exists() {
        return Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists already"),
        });
    }
    let server = url.to_string();
    let failed = |e: postgres::Error| super::session::error(&server, e.into());
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
        let only = organisation.map(|name| super::organisation_named(&mut tx, name, &server)).transpose()?;
        let file = store.file_mut()?.transaction().map_err(|e| crate::store::open::sqlite_error(path, e))?;
        let sql = |e: rusqlite::Error| crate::store::open::sqlite_error(path, e);
        let mut rows = Vec::new();
        for table in TABLES.iter().copied() {
            let columns = file_columns(&file, table).map_err(sql)?;
            let types = server_types(&mut tx, table, &failed)?;
            let quoted: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
            let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
            let select = format!("SELECT {} FROM {table}", quoted.join(", "));
            let read = match &only {
                Some(id) => {
                    tx.query(&format!("{select} {} ORDER BY {}", of_organisation(table), order.join(", ")), &[id])
                }
                None => tx.query(&format!("{select} ORDER BY {}", order.join(", ")), &[]),
            }
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
