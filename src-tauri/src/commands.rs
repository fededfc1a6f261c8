//! The commands the UI may call, and the types they exchange. Generated TypeScript bindings for
//! these types live in `ui/src/lib/bindings.ts` (see `bindings` below).

use std::sync::Mutex;

use ropa_core::store::Register;
use ropa_core::{Error, Store};
use serde::Serialize;

pub struct AppState {
    pub store: Mutex<Store>,
}

/// An error as the UI receives it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CommandError {
    /// Stable code: `invalid`, `not_found`, `locked`... (see `ropa_core::Error::code`).
    pub code: String,
    pub message: String,
}

impl From<Error> for CommandError {
    fn from(e: Error) -> CommandError {
        CommandError { code: e.code().to_string(), message: e.to_string() }
    }
}

fn store(state: &AppState) -> Result<std::sync::MutexGuard<'_, Store>, CommandError> {
    state.store.lock().map_err(|_| CommandError {
        code: "internal".into(),
        message: "an earlier operation failed midway; restart the application".into(),
    })
}

/// Which store the window shows.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct StoreInfo {
    pub path: String,
    pub schema_version: i64,
}

#[tauri::command]
pub fn store_info(state: tauri::State<'_, AppState>) -> Result<StoreInfo, CommandError> {
    let store = store(&state)?;
    Ok(StoreInfo { path: store.path().display().to_string(), schema_version: ropa_core::store::SCHEMA_VERSION })
}

/// The whole register: organisations and everything they hold.
#[tauri::command]
pub fn register(state: tauri::State<'_, AppState>) -> Result<Register, CommandError> {
    Ok(store(&state)?.register(None)?)
}

#[cfg(test)]
mod bindings {
    //! The UI's TypeScript types are generated from the Rust types. This test fails when the
    //! committed file differs from what the Rust side generates; `UPDATE_BINDINGS=1 cargo test`
    //! rewrites it.

    use ropa_core::{date, history, model, reference, store, view};
    use ts_rs::{Config, TS};

    use super::{CommandError, StoreInfo};

    macro_rules! declarations {
        ($cfg:expr; $($ty:ty),* $(,)?) => {
            vec![$(format!("export {}", <$ty as TS>::decl($cfg))),*]
        };
    }

    fn generate() -> String {
        let cfg = Config::new().with_large_int("number");
        let cfg = &cfg;
        let decls = declarations![cfg;
            date::Date, date::Timestamp,
            model::Contact, model::Organisation, model::Controller, model::Site, model::SubProcessor,
            model::SubProcessorService, model::Measure, model::MeasureCategory, model::Role, model::Status,
            model::LawfulBasis, model::LegalBasis, model::SpecialCondition, model::SpecialBasis,
            model::Sensitivity, model::DataCategory, model::RecipientKind, model::Recipient, model::Location,
            model::Derogation, model::Safeguard, model::Transfer, model::TimeUnit, model::Period,
            model::Retention, model::DpiaStatus, model::Dpia, model::Activity,
            store::Register, store::Kind, history::Action, history::HistoryEntry, history::FieldChange,
            view::ActivityView, reference::countries::Country, reference::countries::Area,
            ropa_core::FieldError, CommandError, StoreInfo,
        ];
        let mut out = String::from(
            "// Generated from the Rust types by `src-tauri/src/commands.rs` (test `bindings`).\n\
             // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ropa-desktop bindings` instead.\n\n",
        );
        for decl in decls {
            out.push_str(&decl);
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    #[test]
    fn typescript_bindings_match_the_rust_types() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
        let generated = generate();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write bindings");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is out of date with the Rust types; \
             run `UPDATE_BINDINGS=1 cargo test -p ropa-desktop bindings` and commit the result"
        );
    }
}
