//! Errors as data: what went wrong, and which file, entity or field it concerns.

use std::path::PathBuf;

use serde::Serialize;

/// A problem with one field of the data a user gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldError {
    /// The field, as a dotted path into the entity ("name", "retention.0.period").
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { field: field.into(), message: message.into() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The data are invalid; nothing was written.
    #[error("{entity} is invalid: {}", join_fields(.errors))]
    Invalid { entity: String, errors: Vec<FieldError> },

    #[error("{path}: not a ropa store ({reason}); the file was left untouched")]
    NotAStore { path: PathBuf, reason: String },

    #[error(
        "{path}: written by a newer version of ropa (store schema {found}, this version knows up to {supported}); \
         the file was left untouched"
    )]
    NewerStore { path: PathBuf, found: i64, supported: i64 },

    /// Another program kept the store's write lock past the wait (`holder` says who, when known).
    #[error("{path}: {} is writing to the store, and did not finish in {waited} seconds; nothing was written: try again when it has finished", holder.as_deref().unwrap_or("another program"))]
    Locked { path: PathBuf, holder: Option<String>, waited: u64 },

    /// The store cannot be written (a read-only disk or folder, or a file you may only read).
    #[error("{path}: the store is read-only here ({reason}); nothing was written. To change the register, copy the file to a folder you can write to and open the copy")]
    ReadOnly { path: PathBuf, reason: String },

    /// The entry was changed (or deleted) by someone else since it was read: nothing was written.
    #[error("{entity} was {} by {by} at {at} since you opened it{}; nothing was written: reload it to see that change, or save yours over it", if *.deleted { "deleted" } else { "changed" }, fields_changed(.fields))]
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

    #[error("{path}: {}", io_message(source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// The disk is full, or the file would pass the size the system allows: nothing was written.
    #[error("{path}: the disk is full (or the file would grow larger than the system allows): nothing was written; free some space and try again")]
    Full { path: PathBuf },

    /// The disk could not be written or read (an input/output error): nothing was written.
    #[error("{path}: the disk could not be written or read ({detail}); nothing was written: check the disk and the space left on it, then try again")]
    Disk { path: PathBuf, detail: String },

    #[error("no {entity} with ID {id}")]
    NotFound { entity: &'static str, id: i64 },

    #[error("{0}")]
    NoMatch(String),

    /// The store's content is not what this version expects (a damaged file or a bug).
    #[error(
        "{path}: the store is damaged ({detail}); nothing was written to it. To get the register back, \
         `ropa recover {path}` saves what can still be read into a new store, and `ropa --db {path} backups` \
         lists the copies kept beside it"
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error("{path}: database error: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
}

/// An input/output error in words: the disk full, the file too large, no permission, a
/// read-only disk said as such; others as the system says them.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "the disk is full: nothing was written; free some space and try again".to_string()
        }
        ErrorKind::FileTooLarge => "the file would be larger than the system allows: nothing was written".to_string(),
        ErrorKind::PermissionDenied => {
            "permission denied: this file or folder cannot be written or read by you".to_string()
        }
        ErrorKind::ReadOnlyFilesystem => "the disk is read-only: nothing can be written there".to_string(),
        _ => e.to_string(),
    }
}

fn fields_changed(fields: &[crate::history::FieldChange]) -> String {
    if fields.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    format!(" ({})", names.join(", "))
}

fn join_fields(errors: &[FieldError]) -> String {
    errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; ")
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
            Error::Corrupt { .. } => "corrupt",
            Error::Sqlite { .. } => "database",
        }
    }

    /// True when the user's data were refused, as opposed to the command being unable to run.
    pub fn is_invalid_data(&self) -> bool {
        matches!(self, Error::Invalid { .. })
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
