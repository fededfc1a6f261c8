//! ropa-core: the GDPR Article 30 register.
//!
//! The domain model (`model`), its validation (`validate`), the SQLite store with history
//! (`store`, `history`), reference data (`reference`) and the example register (`demo`).
//! No terminal output and no global state: time, paths and the user name come in as parameters.

pub mod checks;
pub mod csv;
pub mod date;
pub mod demo;
pub mod error;
pub mod files;
pub mod history;
pub mod i18n;
pub mod import;
pub mod model;
pub mod notice;
pub mod pdf;
pub mod progress;
pub mod public_list;
pub mod reference;
pub mod store;
pub mod text;
pub mod validate;
pub mod view;
pub mod vocab;
pub mod workbook;

use crate::i18n::Text;
use std::path::{Path, PathBuf};

pub use error::{Error, FieldError, Result};
pub use store::{Context, OpenMode, Store};

/// Where the default store lives inside the OS data directory (`~/.local/share` on Linux).
pub fn default_store_path(data_dir: &Path) -> PathBuf {
    data_dir.join("ropa").join("register.sqlite")
}

/// The OS user name from the environment (`USER`, `USERNAME` or `LOGNAME`), for history.
pub fn user_name(env: impl Fn(&str) -> Option<String>) -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .into_iter()
        .filter_map(env)
        .find(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// A kind of entry ("organisation", as `store::Kind` names it) as `lang` says it.
fn kind_word(kind: &str, lang: vocab::Lang) -> String {
    store::Kind::parse(kind).map_or_else(|| kind.to_string(), |k| k.word(lang))
}

/// The one item whose name contains `query`, ignoring case and accents; an exact match wins
/// over partial ones. An error names the candidates when there are several.
pub fn find_unique<'a, T>(what: &str, query: &str, items: &'a [T], name: impl Fn(&T) -> &str) -> Result<&'a T> {
    let key = text::fold(query);
    if key.is_empty() {
        return Err(Error::NoMatch(Text::each(|lang| tr!(lang, "error-no-name-given", kind = kind_word(what, lang)))));
    }
    if let Some(exact) = items.iter().find(|item| text::fold(name(item)) == key) {
        return Ok(exact);
    }
    let matches: Vec<&T> = items.iter().filter(|item| text::fold(name(item)).contains(&key)).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Error::NoMatch(Text::each(|lang| {
            tr!(lang, "error-nothing-matches", kind = kind_word(what, lang), query = query)
        }))),
        many => {
            let names = many.iter().map(|item| name(item)).collect::<Vec<_>>().join(", ");
            Err(Error::Ambiguous(Text::each(|lang| {
                tr!(lang, "error-several-match", kind = kind_word(what, lang), query = query, names = names.as_str())
            })))
        }
    }
}
