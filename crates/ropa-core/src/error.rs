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

    #[error("{path}: the store is locked by another program; close it and try again")]
    Locked { path: PathBuf },

    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("no {entity} with ID {id}")]
    NotFound { entity: &'static str, id: i64 },

    #[error("{0}")]
    NoMatch(String),

    /// The store's content is not what this version expects (a damaged file or a bug).
    #[error("{path}: damaged store: {detail}")]
    Corrupt { path: PathBuf, detail: String },

    #[error("{path}: database error: {source}")]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
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
            Error::Io { .. } => "io",
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
