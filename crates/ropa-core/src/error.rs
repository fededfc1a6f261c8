//! Errors as data: what went wrong, and which file, entity or field it concerns.

use std::path::PathBuf;

use serde::Serialize;

use crate::i18n::Text;
use crate::{tr, tr_all};

/// A problem with one field of the data a user gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldError {
    /// The field, as a dotted path into the entity ("name", "retention.0.period").
    pub field: String,
    /// What is wrong with it, in each language.
    pub message: crate::i18n::Text,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: crate::i18n::Text) -> FieldError {
        FieldError { field: field.into(), message }
    }
}

/// What went wrong. Its words, in every language, are `words()` (`error-…` in core.ftl);
/// `Display` says them in English. A detail a lower layer gives (the system's, SQLite's) is
/// quoted as it comes.
#[derive(Debug)]
pub enum Error {
    /// The data are invalid; nothing was written.
    Invalid {
        entity: String,
        errors: Vec<FieldError>,
    },
    NotAStore {
        path: PathBuf,
        reason: String,
    },
    NewerStore {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// Another program kept the store's write lock past the wait (`holder` says who, when known).
    Locked {
        path: PathBuf,
        holder: Option<String>,
        waited: u64,
    },
    /// The store cannot be written (a read-only disk or folder, or a file you may only read).
    ReadOnly {
        path: PathBuf,
        reason: String,
    },
    /// The entry was changed (or deleted) by someone else since it was read: nothing was written.
    Changed {
        entity: String,
        by: String,
        at: crate::date::Timestamp,
        deleted: bool,
        /// The other change: each field, what it was when read and what it is now.
        fields: Vec<crate::history::FieldChange>,
        /// The entry's kind, and its state when read and now (null when deleted): to put the
        /// change into a reader's words (`history::HistoryWords::states`).
        kind: crate::store::Kind,
        states: Box<(serde_json::Value, serde_json::Value)>,
    },
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The disk is full, or the file would pass the size the system allows: nothing was written.
    Full {
        path: PathBuf,
    },
    /// The disk could not be written or read (an input/output error): nothing was written.
    Disk {
        path: PathBuf,
        detail: String,
    },
    NotFound {
        entity: &'static str,
        id: i64,
    },
    /// Nothing, or not the thing asked for, answers a request.
    NoMatch(Text),
    /// A name that more than one entry answers to.
    Ambiguous(Text),
    /// The store's content is not what this version expects (a damaged file or a bug).
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    /// `--db postgres://…` that is not a server's address ropa can use (a password in it, say).
    ServerAddress {
        address: String,
        problem: Text,
    },
    /// The server could not be reached, or refused the connection.
    Unreachable {
        server: String,
        detail: String,
    },
    /// The server refused a statement.
    Server {
        server: String,
        detail: String,
    },
    /// Another person's write crossed this one on the server: nothing of this one was written.
    WrittenMeanwhile {
        server: String,
    },
    /// The server refused for want of a right: an organisation the user may not see or change.
    Denied {
        server: String,
        detail: String,
    },
    /// A server store older than this program: its administrator upgrades it.
    OlderServer {
        server: String,
        found: i64,
        supported: i64,
    },
    /// What is done on a file store only (copies beside it, recovery, erasing in place).
    FileOnly {
        server: String,
    },
    /// A notice to record is no longer the one the user read: the register changed since.
    NoticeChanged,
}

impl Error {
    /// What went wrong, in each language.
    pub fn words(&self) -> Text {
        let shown = |p: &PathBuf| p.display().to_string();
        match self {
            Error::Invalid { entity, errors } => Text::each(|lang| {
                let fields: Vec<String> = errors
                    .iter()
                    .map(|e| format!("{}{}{}", e.field, crate::vocab::colon(lang), e.message.get(lang)))
                    .collect();
                tr!(lang, "error-invalid", entity = entity.as_str(), fields = fields.join("; "))
            }),
            Error::NotAStore { path, reason } => {
                tr_all!("error-not-a-store", path = shown(path), reason = reason.as_str())
            }
            Error::NewerStore { path, found, supported } => tr_all!(
                "error-newer-store",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            Error::Locked { path, holder: Some(holder), waited } => {
                tr_all!("error-locked-by", path = shown(path), holder = holder.as_str(), waited = *waited)
            }
            Error::Locked { path, holder: None, waited } => {
                tr_all!("error-locked", path = shown(path), waited = *waited)
            }
            Error::ReadOnly { path, reason } => {
                tr_all!("error-read-only", path = shown(path), reason = reason.as_str())
            }
            Error::Changed { entity, by, at, deleted, fields, .. } => {
                let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
                let id = if *deleted { "error-deleted-elsewhere" } else { "error-changed-elsewhere" };
                tr_all!(
                    id,
                    entity = entity.as_str(),
                    by = by.as_str(),
                    at = at.to_string(),
                    fields = if names.is_empty() { String::new() } else { format!(" ({})", names.join(", ")) }
                )
            }
            Error::Io { path, source } => {
                let path = shown(path);
                Text::each(|lang| tr!(lang, "error-io", path = path.as_str(), message = io_words(source, lang)))
            }
            Error::Full { path } => tr_all!("error-full", path = shown(path)),
            Error::Disk { path, detail } => tr_all!("error-disk", path = shown(path), detail = detail.as_str()),
            Error::NotFound { entity, id } => Text::each(|lang| {
                let kind = crate::store::Kind::parse(entity).map_or_else(|| entity.to_string(), |k| k.word(lang));
                tr!(lang, "error-not-found", kind = kind, id = id.to_string())
            }),
            Error::NoMatch(text) | Error::Ambiguous(text) => text.clone(),
            Error::Corrupt { path, detail } => tr_all!("error-corrupt", path = shown(path), detail = detail.as_str()),
            Error::Sqlite { path, source } => {
                tr_all!("error-database", path = shown(path), detail = source.to_string())
            }
            Error::ServerAddress { address, problem } => Text::each(|lang| {
                tr!(lang, "error-server-address", address = address.as_str(), problem = problem.get(lang))
            }),
            Error::Unreachable { server, detail } => {
                tr_all!("error-unreachable", server = server.as_str(), detail = detail.as_str())
            }
            Error::Server { server, detail } => {
                tr_all!("error-server", server = server.as_str(), detail = detail.as_str())
            }
            Error::WrittenMeanwhile { server } => tr_all!("error-written-meanwhile", server = server.as_str()),
            Error::Denied { server, detail } => {
                tr_all!("error-denied", server = server.as_str(), detail = detail.as_str())
            }
            Error::OlderServer { server, found, supported } => {
                tr_all!("error-older-server", server = server.as_str(), found = *found, supported = *supported)
            }
            Error::FileOnly { server } => tr_all!("error-file-only", server = server.as_str()),
            Error::NoticeChanged => tr_all!("error-notice-changed"),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words().en)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Sqlite { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// An input/output error in words: the disk full, the file too large, no permission, a
/// read-only disk said as such; others as the system says them.
pub fn io_words(e: &std::io::Error, lang: crate::vocab::Lang) -> String {
    use std::io::ErrorKind;
    let id = match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-disk-full",
        ErrorKind::FileTooLarge => "io-too-large",
        ErrorKind::PermissionDenied => "io-permission-denied",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::NotFound => "io-not-found",
        _ => return e.to_string(),
    };
    crate::i18n::text(lang, id)
}

impl Error {
    /// A short stable code for the UI and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NotAStore { .. } => "not_a_store",
            Error::NewerStore { .. } => "newer_store",
            Error::Locked { .. } => "locked",
            Error::ReadOnly { .. } => "read_only",
            Error::Changed { .. } => "changed_elsewhere",
            Error::Io { .. } => "io",
            Error::Full { .. } => "disk_full",
            Error::Disk { .. } => "disk_error",
            Error::NotFound { .. } => "not_found",
            Error::NoMatch(_) => "no_match",
            Error::Ambiguous(_) => "ambiguous",
            Error::Corrupt { .. } => "corrupt",
            Error::Sqlite { .. } | Error::Server { .. } => "database",
            Error::ServerAddress { .. } => "server_address",
            Error::Unreachable { .. } => "unreachable",
            Error::WrittenMeanwhile { .. } => "written_meanwhile",
            Error::Denied { .. } => "denied",
            Error::OlderServer { .. } => "older_server",
            Error::FileOnly { .. } => "file_only",
            Error::NoticeChanged => "notice_changed",
        }
    }

    /// True when the user's data were refused, as opposed to the command being unable to run.
    pub fn is_invalid_data(&self) -> bool {
        matches!(self, Error::Invalid { .. })
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
