//! ropa desktop: a thin Tauri shell over ropa-core. Each command is a few lines: lock the store,
//! call the core, map its error to `{code, message}` for the UI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod window;

use std::path::PathBuf;

use ropa_core::{Context, OpenMode, Store};
use tauri::Manager;

// As in the CLI: imports and exports move many small strings between threads (docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // calamine can panic on some damaged .xls files; ropa-core catches it and the window says the
    // file is damaged: the panic's own message would only be noise on the terminal.
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !info.location().is_some_and(|l| l.file().contains("/calamine-")) {
            default(info);
        }
    }));
    // WebKitGTK's accelerated compositing costs about 100 MB and makes each repaint of the
    // window three times slower where there is no GPU to do it (docs/benchmarks.md); a form and
    // a list do not need it. A user who wants it sets WEBKIT_DISABLE_COMPOSITING_MODE=0.
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
    let path = match store_path(std::env::args().skip(1)) {
        Ok(path) => path,
        Err(message) => fail(&message),
    };
    // Held until the process ends: one window per store. A store in a folder that cannot be
    // written (a read-only disk) takes no lock: it opens for reading only.
    let _lock = match window::lock_store(&path) {
        Ok(lock) => Some(lock),
        Err(window::LockError::Held(message)) => fail(&message),
        Err(window::LockError::Unwritable) => None,
    };
    // A damaged store is never written to: the window opens on a page that offers to save what
    // it still holds, or to go back to the newest copy kept beside it.
    let state = match Store::open(&path, OpenMode::CreateIfMissing, Context::system(user()))
        .and_then(|store| store.check_whole().map(|_| store))
    {
        Ok(store) => commands::AppState::new(store),
        Err(e @ ropa_core::Error::Corrupt { .. }) => commands::AppState::damaged(path.clone(), e.words()),
        Err(e) => fail(&e.to_string()),
    };
    let geometry_file = window::geometry_file();
    let remembered = geometry_file.as_deref().and_then(window::load);
    let result = tauri::Builder::default()
        .manage(state)
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            commands::prefetch_overview(app.handle());
            if let Some(main) = app.get_webview_window("main") {
                if let Some(geometry) = remembered {
                    window::apply(&main, geometry);
                }
                window::lighten(&main);
            }
            Ok(())
        })
        .on_window_event(move |window, event| {
            if let (tauri::WindowEvent::CloseRequested { .. }, Some(path)) = (event, &geometry_file) {
                if let Some(geometry) = window::read(window) {
                    window::save(path, geometry);
                }
            }
        })
        // Every `#[tauri::command]` of commands.rs (build.rs lists them).
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .run(tauri::generate_context!());
    if let Err(e) = result {
        fail(&format!("cannot start the window: {e}"));
    }
}

/// The user's name, as history records it.
pub fn user() -> String {
    whoami::username().unwrap_or_else(|_| ropa_core::user_name(|key| std::env::var(key).ok()))
}

/// `--db PATH` (or `--db=PATH`) from the command line, else the default store, whose folder is
/// created on first use.
fn store_path(mut args: impl Iterator<Item = String>) -> Result<PathBuf, String> {
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from).ok_or_else(|| "--db needs a path".to_string());
        }
        if let Some(path) = arg.strip_prefix("--db=") {
            return Ok(PathBuf::from(path));
        }
    }
    let data_dir = dirs::data_dir().ok_or("no data directory is known for this user; start with --db PATH")?;
    let path = ropa_core::default_store_path(&data_dir);
    if let Some(parent) = path.parent() {
        ropa_core::files::private_dir(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    Ok(path)
}

#[allow(clippy::print_stderr)]
fn fail(message: &str) -> ! {
    eprintln!("ropa-desktop: {message}");
    std::process::exit(2)
}

#[cfg(test)]
mod tests {
    use super::store_path;

    #[test]
    fn db_argument_in_both_spellings() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>().into_iter();
        assert_eq!(store_path(args(&["--db", "/tmp/a.sqlite"])), Ok("/tmp/a.sqlite".into()));
        assert_eq!(store_path(args(&["--db=/tmp/b.sqlite"])), Ok("/tmp/b.sqlite".into()));
        assert!(store_path(args(&["--db"])).is_err());
    }
}
