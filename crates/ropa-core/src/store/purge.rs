//! Erasing a person's data from a store when the law requires it (GDPR Art. 17, Art. 5(1)(e)):
//! every occurrence of a text (a name, an e-mail address, a phone number) in the register as it
//! is, in every history entry and labelled change, and in the copies kept beside the store, is
//! replaced by "[erased on DATE]"; the erasure is recorded without the erased text; then the file
//! is rewritten so that the old bytes are gone from it. On a server store the same is done in
//! one transaction by its owner (history is append-only for everyone else), then the tables are
//! rewritten (`VACUUM FULL`); the server's log and its backups are its administrator's.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::db::{p, DbError, Get};
use super::entity::Kind;
use super::{failure, Store};
use crate::date::Timestamp;
use crate::error::{Error, FieldError, Result};
use crate::model::{Activity, Controller, Measure, Organisation, Site, SubProcessor, SubProcessorService};

/// A history row's texts: seq, entity, label, user, before, after.
type HistoryText = (i64, String, String, String, Option<String>, Option<String>);

fn history_text(r: &dyn Get) -> super::db::DbResult<HistoryText> {
    Ok((r.int(0)?, r.text(1)?, r.text(2)?, r.text(3)?, r.opt_text(4)?, r.opt_text(5)?))
}

/// The shortest text that may be erased: a shorter one would match all over the register.
pub const MIN_ERASED_CHARS: usize = 3;

/// Where a text occurs in a store.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Occurrences {
    /// Entries of the register as it is: kind, id, name (as it reads now) and the fields.
    pub entries: Vec<(Kind, i64, String, Vec<String>)>,
    /// History entries (past versions, who made them) that hold it.
    pub history_entries: usize,
    /// Labelled changes (imports, restores) whose label or user holds it.
    pub changes: usize,
    /// The copies kept beside the store that hold it.
    pub copies: Vec<PathBuf>,
}

impl Occurrences {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.history_entries == 0 && self.changes == 0 && self.copies.is_empty()
    }
}

/// What an erasure did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Erased {
    pub found: Occurrences,
    /// Copies rewritten the same way, and copies removed (those of an older schema, which could
    /// only be rewritten by migrating them).
    pub copies_rewritten: Vec<PathBuf>,
    pub copies_removed: Vec<PathBuf>,
    /// The labelled change that records the erasure (without the text).
    pub change: i64,
}

/// The byte ranges where `needle` occurs in `hay`, ignoring case, as a whole: a match that starts
/// or ends inside a longer word ("Ali" in "quality", "Dupont" in "Dupontel") is not one.
fn matches(hay: &str, needle: &[char]) -> Vec<(usize, usize)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (first, last) = (needle.first().copied(), needle.last().copied());
    let mut found = Vec::new();
    let mut indices = hay.char_indices().peekable();
    while let Some((start, _)) = indices.peek().copied() {
        let mut rest = hay[start..].char_indices();
        let mut end = start;
        let mut ok = true;
        for n in needle {
            match rest.next() {
                Some((i, c)) if c == *n || c.to_lowercase().eq(n.to_lowercase()) => end = start + i + c.len_utf8(),
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        // At a word's edge only where the needle itself starts or ends with a letter or digit.
        if ok && word(first) && word(hay[..start].chars().next_back()) {
            ok = false;
        }
        if ok && word(last) && word(hay[end..].chars().next()) {
            ok = false;
        }
        if ok {
            found.push((start, end));
            // Past the match.
            while indices.peek().is_some_and(|(i, _)| *i < end) {
                indices.next();
            }
        } else {
            indices.next();
        }
    }
    found
}

fn replaced(hay: &str, needle: &[char], marker: &str) -> Option<String> {
    let found = matches(hay, needle);
    if found.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(hay.len());
    let mut at = 0;
    for (start, end) in found {
        out.push_str(&hay[at..start]);
        out.push_str(marker);
        at = end;
    }
    out.push_str(&hay[at..]);
    Some(out)
}

/// Whether the JSON of an entity of `kind` still reads as one.
fn reads_as(kind: &str, value: &Value) -> bool {
    let v = value.clone();
    match kind {
        "organisation" => serde_json::from_value::<Organisation>(v).is_ok(),
        "controller" => serde_json::from_value::<Controller>(v).is_ok(),
        "site" => serde_json::from_value::<Site>(v).is_ok(),
        "sub_processor" => serde_json::from_value::<SubProcessor>(v).is_ok(),
        "measure" => serde_json::from_value::<Measure>(v).is_ok(),
        "activity" => serde_json::from_value::<Activity>(v).is_ok(),
        "service" => serde_json::from_value::<SubProcessorService>(v).is_ok(),
        _ => true,
    }
}

/// The string values of `value` that hold the text, by path.
fn paths_holding(value: &Value, needle: &[char], path: &str, out: &mut Vec<String>) {
    let at = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match value {
        Value::String(s) if !matches(s, needle).is_empty() => out.push(path.to_string()),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| paths_holding(v, needle, &at(&i.to_string()), out))
        }
        Value::Object(fields) => fields.iter().for_each(|(k, v)| paths_holding(v, needle, &at(k), out)),
        _ => {}
    }
}

fn strings_mut<'a>(value: &'a mut Value, out: &mut Vec<&'a mut String>) {
    match value {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter_mut().for_each(|v| strings_mut(v, out)),
        Value::Object(fields) => fields.values_mut().for_each(|v| strings_mut(v, out)),
        _ => {}
    }
}

/// The JSON of an entity of `kind` with the text replaced wherever it reads as text. A string
/// whose replacement would make the entity unreadable (a code of the model that happens to hold
/// the text) is left; such codes are words of ropa's, not anyone's data.
fn erase_json(kind: &str, json: &str, needle: &[char], marker: &str) -> Option<String> {
    if matches(json, needle).is_empty() {
        return None;
    }
    let mut value: Value = serde_json::from_str(json).ok()?;
    let original = value.clone();
    let count = {
        let mut strings = Vec::new();
        strings_mut(&mut value, &mut strings);
        strings.len()
    };
    for i in 0..count {
        let mut strings = Vec::new();
        strings_mut(&mut value, &mut strings);
        let Some(new) = replaced(strings[i], needle, marker) else { continue };
        let old = std::mem::replace(strings[i], new);
        if !reads_as(kind, &value) {
            let mut strings = Vec::new();
            strings_mut(&mut value, &mut strings);
            *strings[i] = old;
        }
    }
    (value != original).then(|| value.to_string())
}

/// Whether a file's bytes hold the text as a whole, as `matches` finds it (ASCII letters in any
/// case, other characters as written; a byte of a letter outside ASCII counts as a letter).
fn file_holds(path: &Path, needle: &str) -> bool {
    let Ok(bytes) = std::fs::read(path) else { return false };
    let needle = needle.as_bytes();
    let (Some(&first), Some(&last)) = (needle.first(), needle.last()) else { return false };
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    bytes.windows(needle.len()).enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(needle)
            && !(word(first) && i > 0 && word(bytes[i - 1]))
            && !(word(last) && bytes.get(i + needle.len()).is_some_and(|&b| word(b)))
    })
}

/// The files beside a store that copy it: the copies `backups` lists, and the others named after
/// it (a damaged store set aside, with its log; a recovered store; a scratch copy left by a
/// stopped restore) — not the store's own journal, log, lock or writer's note.
fn copies_beside(store: &Path) -> Result<Vec<PathBuf>> {
    let name = store.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let own = ["-wal", "-shm", "-journal", "-writer", ".lock"].map(|suffix| format!("{name}{suffix}"));
    let dir = match store.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut copies: Vec<PathBuf> = super::backups(store)?.into_iter().map(|b| b.path).collect();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let path = dir.join(&file);
            if file.starts_with(&format!("{name}."))
                && !own.contains(&file)
                && path.is_file()
                && !copies.contains(&path)
            {
                copies.push(path);
            }
        }
    }
    copies.sort();
    Ok(copies)
}

/// The schema version in a store file's header (`user_version`, bytes 60–63).
fn header_version(path: &Path) -> Option<i64> {
    let bytes = std::fs::read(path).ok()?;
    let v = bytes.get(60..64)?;
    Some(i64::from(i32::from_be_bytes([v[0], v[1], v[2], v[3]])))
}

impl Store {
    fn needle(text: &str) -> Result<Vec<char>> {
        let needle: Vec<char> = text.trim().chars().collect();
        if needle.len() < MIN_ERASED_CHARS {
            return Err(Error::Invalid {
                entity: "erasure".into(),
                errors: vec![FieldError::new(
                    "text",
                    crate::tr_all!("invalid-erase-too-short", count = MIN_ERASED_CHARS),
                )],
            });
        }
        Ok(needle)
    }

    /// Where a text occurs: the entries of the register, history, labelled changes and the copies
    /// kept beside the store. Nothing is written.
    pub fn occurrences(&self, text: &str) -> Result<Occurrences> {
        let needle = Self::needle(text)?;
        let mut found = Occurrences { entries: self.entries_holding(&needle)?, ..Occurrences::default() };
        let holds = |texts: &[&str]| texts.iter().any(|s| !matches(s, &needle).is_empty());
        let mut history_entries = 0;
        self.db()
            .each("SELECT label, \"user\", before, after FROM history", &[], &mut |r| {
                let (before, after) = (r.opt_text(2)?.unwrap_or_default(), r.opt_text(3)?.unwrap_or_default());
                if holds(&[&r.text(0)?, &r.text(1)?, &before, &after]) {
                    history_entries += 1;
                }
                Ok(())
            })
            .map_err(self.failed())?;
        found.history_entries = history_entries;
        let mut changes = 0;
        self.db()
            .each("SELECT label, \"user\" FROM changes", &[], &mut |r| {
                if holds(&[&r.text(0)?, &r.text(1)?]) {
                    changes += 1;
                }
                Ok(())
            })
            .map_err(self.failed())?;
        found.changes = changes;
        let text: String = needle.iter().collect();
        // A server keeps no copies beside it that ropa knows of.
        if self.server().is_none() {
            found.copies = copies_beside(&self.path)?.into_iter().filter(|p| file_holds(p, &text)).collect();
        }
        Ok(found)
    }

    /// The entries of the register as it is that hold the text, each with its fields.
    #[allow(clippy::type_complexity)]
    fn entries_holding(&self, needle: &[char]) -> Result<Vec<(Kind, i64, String, Vec<String>)>> {
        let mut found = Vec::new();
        for entry in Kind::ALL {
            let sql = format!(
                "SELECT t.id, t.name, h.after FROM {} t JOIN history h ON h.seq = t.version ORDER BY t.id",
                entry.table()
            );
            let rows =
                self.db().rows(&sql, &[], |r| Ok((r.int(0)?, r.text(1)?, r.opt_text(2)?))).map_err(self.failed())?;
            for (id, name, after) in rows {
                let mut fields = Vec::new();
                if let Some(value) = after.as_deref().and_then(|a| serde_json::from_str::<Value>(a).ok()) {
                    paths_holding(&value, needle, "", &mut fields);
                }
                if entry == Kind::SubProcessor {
                    let services = self
                        .db()
                        .rows(
                            "SELECT position, data FROM subprocessor_services WHERE subprocessor_id = ?1",
                            p![id],
                            |r| Ok((r.int(0)?, r.text(1)?)),
                        )
                        .map_err(self.failed())?;
                    for (position, data) in services {
                        if let Ok(value) = serde_json::from_str::<Value>(&data) {
                            paths_holding(&value, needle, &format!("services.{position}"), &mut fields);
                        }
                    }
                }
                // "purposes.0" and "purposes.2" are both "purposes".
                for field in &mut fields {
                    *field = field
                        .split('.')
                        .filter(|p| !p.chars().all(|c| c.is_ascii_digit()))
                        .collect::<Vec<_>>()
                        .join(".");
                }
                fields.sort();
                fields.dedup();
                if !fields.is_empty() {
                    found.push((entry, id, name, fields));
                }
            }
        }
        Ok(found)
    }

    /// Erases a text from the store and the copies kept beside it (see the module's comment).
    /// Each copy that holds it is rewritten the same way, or removed when it is of an older
    /// schema. Returns what was found and done.
    pub fn erase(&mut self, text: &str) -> Result<Erased> {
        self.writable()?;
        let needle = Self::needle(text)?;
        let found = self.occurrences(text)?;
        let now = (self.context.clock)();
        let change = self.erase_here(&needle, now)?;
        let mut erased = Erased { found, change, ..Erased::default() };
        for copy in erased.found.copies.clone() {
            let rewritten = header_version(&copy) == Some(super::SCHEMA_VERSION)
                && Store::open(
                    &copy,
                    super::OpenMode::MustExist,
                    super::Context { user: self.context.user.clone(), clock: Box::new(move || now) },
                )
                .and_then(|mut store| store.erase_here(&needle, now))
                .is_ok();
            if rewritten {
                erased.copies_rewritten.push(copy);
            } else {
                std::fs::remove_file(&copy).map_err(|source| Error::Io { path: copy.clone(), source })?;
                erased.copies_removed.push(copy);
            }
        }
        Ok(erased)
    }

    /// The erasure in this store alone: one transaction, then the file (or the server's tables)
    /// rewritten.
    fn erase_here(&mut self, needle: &[char], now: Timestamp) -> Result<i64> {
        let marker = format!("[erased on {}]", now.date());
        if self.server().is_none() {
            // Pages freed from now on are overwritten with zeros, not left as they were.
            self.file()?.pragma_update(None, "secure_delete", true).map_err(self.sql())?;
        }
        // The entries of the register that hold it: each gets a history entry in the erasure's
        // change, so that their history says when it happened (and nothing of what it erased).
        let holders: Vec<(Kind, i64)> =
            self.entries_holding(needle)?.into_iter().map(|(kind, id, ..)| (kind, id)).collect();
        let change = self.write(|w| {
            let db = w.db();
            let sql = |e: DbError| failure(w.path, e);
            // History: the versions of every entry (the register as it is included: each entry's
            // row points at its latest version), its labels and who made it.
            let rows: Vec<HistoryText> = db
                .rows("SELECT seq, entity, label, \"user\", before, after FROM history", &[], history_text)
                .map_err(sql)?;
            for (seq, entity, label, who, before, after) in rows {
                let label2 = replaced(&label, needle, &marker);
                let who2 = replaced(&who, needle, &marker);
                let before2 = before.as_deref().and_then(|j| erase_json(&entity, j, needle, &marker));
                let after2 = after.as_deref().and_then(|j| erase_json(&entity, j, needle, &marker));
                if label2.is_some() || who2.is_some() || before2.is_some() || after2.is_some() {
                    let (label, who) = (label2.unwrap_or(label), who2.unwrap_or(who));
                    let (before, after) = (before2.or(before), after2.or(after));
                    db.execute(
                        "UPDATE history SET label = ?1, \"user\" = ?2, before = ?3, after = ?4 WHERE seq = ?5",
                        p![label.as_str(), who.as_str(), before.as_deref(), after.as_deref(), seq],
                    )
                    .map_err(sql)?;
                }
            }
            // The names the tables keep for searching and sorting.
            for kind in Kind::ALL {
                let table = kind.table();
                let names =
                    db.rows(&format!("SELECT id, name FROM {table}"), &[], |r| Ok((r.int(0)?, r.text(1)?))).map_err(sql)?;
                for (id, name) in names {
                    if let Some(new) = replaced(&name, needle, &marker) {
                        db.execute(&format!("UPDATE {table} SET name = ?1 WHERE id = ?2"), p![new.as_str(), id])
                            .map_err(sql)?;
                    }
                }
            }
            // A sub-processor's services, kept as rows of their own.
            let services = db
                .rows("SELECT subprocessor_id, position, data FROM subprocessor_services", &[], |r| {
                    Ok((r.int(0)?, r.int(1)?, r.text(2)?))
                })
                .map_err(sql)?;
            for (owner, position, data) in services {
                if let Some(new) = erase_json("service", &data, needle, &marker) {
                    db.execute(
                        "UPDATE subprocessor_services SET data = ?1 WHERE subprocessor_id = ?2 AND position = ?3",
                        p![new.as_str(), owner, position],
                    )
                    .map_err(sql)?;
                }
            }
            // Labelled changes: an import's file name, who made it.
            let changes = db
                .rows("SELECT id, label, \"user\" FROM changes", &[], |r| Ok((r.int(0)?, r.text(1)?, r.text(2)?)))
                .map_err(sql)?;
            for (id, label, who) in changes {
                let (l2, w2) = (replaced(&label, needle, &marker), replaced(&who, needle, &marker));
                if l2.is_some() || w2.is_some() {
                    let (label, who) = (l2.unwrap_or(label), w2.unwrap_or(who));
                    db.execute(
                        "UPDATE changes SET label = ?1, \"user\" = ?2 WHERE id = ?3",
                        p![label.as_str(), who.as_str(), id],
                    )
                    .map_err(sql)?;
                }
            }
            // The erasure, recorded without what it erased, at the write's time and by its user
            // (on a server, its own).
            let (at, user) = (w.at().to_string(), w.user().to_string());
            let change = w.label_change(&format!("Erasure of personal data on {}", now.date()))?;
            let db = w.db();
            let sql = |e: DbError| failure(w.path, e);
            for (kind, id) in &holders {
                let table = kind.table();
                let seq = db
                    .one(
                        &format!(
                            "INSERT INTO history (at, \"user\", entity, entity_id, organisation_id, action, label, before, \
                             after, change_id) \
                             SELECT ?1, ?2, h.entity, h.entity_id, h.organisation_id, 'update', t.name, h.after, h.after, ?3 \
                             FROM {table} t JOIN history h ON h.seq = t.version WHERE t.id = ?4 RETURNING seq"
                        ),
                        p![at.as_str(), user.as_str(), change, *id],
                        |r| r.int(0),
                    )
                    .map_err(sql)?;
                db.execute(&format!("UPDATE {table} SET version = ?1 WHERE id = ?2"), p![seq, *id]).map_err(sql)?;
            }
            Ok(change)
        })?;
        match self.server() {
            // The file rewritten whole, and its log emptied: the old bytes are gone from both.
            None => self.file()?.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);").map_err(self.sql())?,
            // The tables rewritten, the old rows' versions gone from them.
            Some(_) => self
                .db()
                .batch(
                    "VACUUM FULL history, changes, organisations, controllers, sites, subprocessors, measures, \
                     activities, subprocessor_services",
                )
                .map_err(self.failed())?,
        }
        Ok(change)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_found_and_replaced_in_any_case_and_only_where_it_is() {
        let needle: Vec<char> = "jean dupont".chars().collect();
        assert_eq!(replaced("DPO: Jean DUPONT, jean dupont@x", &needle, "[x]").unwrap(), "DPO: [x], [x]@x");
        assert!(replaced("Jean Dupond", &needle, "[x]").is_none());
        // Never inside a longer word.
        let ali: Vec<char> = "ali".chars().collect();
        assert_eq!(replaced("Ali, Scalingo, quality, ALI.", &ali, "[x]").unwrap(), "[x], Scalingo, quality, [x].");
        let dupont: Vec<char> = "Dupont".chars().collect();
        assert!(replaced("Dupontel", &dupont, "[x]").is_none());
        let mail: Vec<char> = "jean.dupont@example.org".chars().collect();
        assert_eq!(replaced("<jean.dupont@example.org>", &mail, "[x]").unwrap(), "<[x]>");
        let e: Vec<char> = "éloïse".chars().collect();
        assert_eq!(replaced("Contact ÉLOÏSE Martin", &e, "[x]").unwrap(), "Contact [x] Martin");
    }

    #[test]
    fn a_code_of_the_model_is_left_when_erasing_it_would_unmake_the_entry() {
        let json = r#"{"id":1,"organisation_id":1,"name":"Payroll","role":"processor","notes":"processor: ACME"}"#;
        let erased = erase_json("activity", json, &"processor".chars().collect::<Vec<_>>(), "[x]").unwrap();
        assert!(erased.contains(r#""notes":"[x]: ACME""#), "{erased}");
        assert!(serde_json::from_str::<Activity>(&erased).is_ok());
    }
}
