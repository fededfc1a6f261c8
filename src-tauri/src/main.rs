//! ropa desktop: a thin Tauri shell over ropa-core. Each command is a few lines: lock the store,
//! call the core, map its error to `{code, message}` for the UI.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod window;

use std::path::PathBuf;

use ropa_core::store::server::ServerUrl;
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
    let arguments = match Arguments::read(std::env::args().skip(1)) {
        Ok(arguments) => arguments,
        Err(message) => fail(&message),
    };
    let mut _lock = None;
    let state = match arguments.store {
        // A server store: as many windows on it as people like. One that cannot connect yet (no
        // password, the server down) opens on a page that asks for the password, or to try again.
        Where::Server(url) => {
            let password = if arguments.password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line).ok().map(|_| line.trim_end_matches(['\r', '\n']).to_string())
            } else {
                ropa_core::store::server::password_for(&url, |key| std::env::var(key).ok(), dirs::home_dir().as_deref())
            };
            match Store::open_server(&url, password.filter(|p| !p.is_empty()).as_deref(), Context::system(user())) {
                Ok(store) => commands::AppState::new(store),
                Err(e @ (ropa_core::Error::Unreachable { .. } | ropa_core::Error::Server { .. })) => {
                    commands::AppState::disconnected(url, e.words())
                }
                Err(e) => fail(&e.to_string()),
            }
        }
        Where::File(path) => {
            // Held until the process ends: one window per store. A store in a folder that cannot
            // be written (a read-only disk) takes no lock: it opens for reading only.
            _lock = match window::lock_store(&path) {
                Ok(lock) => Some(lock),
                Err(window::LockError::Held(message)) => fail(&message),
                Err(window::LockError::Unwritable) => None,
            };
            // A damaged store is never written to: the window opens on a page that offers to save
            // what it still holds, or to go back to the newest copy kept beside it.
            match Store::open(&path, OpenMode::CreateIfMissing, Context::system(user()))
                .and_then(|store| store.check_whole().map(|_| store))
            {
                Ok(store) => commands::AppState::new(store),
                Err(e @ ropa_core::Error::Corrupt { .. }) => commands::AppState::damaged(path.clone(), e.words()),
                Err(e) => fail(&e.to_string()),
            }
        }
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

/// Which store the window is on.
#[derive(Debug, PartialEq)]
enum Where {
    File(PathBuf),
    Server(ServerUrl),
}

/// The window's command line: `--db PATH` (or `--db=PATH`), `--db postgres://USER@HOST/DB`,
/// `--profile NAME`, and `--password-stdin` (the password on the first line of the standard
/// input: how a window opens another on a server). Without a store, the default one, whose
/// folder is created on first use.
#[derive(Debug, PartialEq)]
struct Arguments {
    store: Where,
    password_stdin: bool,
}

impl Arguments {
    fn read(mut args: impl Iterator<Item = String>) -> Result<Arguments, String> {
        let (mut db, mut profile, mut password_stdin) = (None, None, false);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--db" => db = Some(args.next().ok_or("--db needs a path")?),
                "--profile" => profile = Some(args.next().ok_or("--profile needs a name")?),
                "--password-stdin" => password_stdin = true,
                _ => {
                    if let Some(path) = arg.strip_prefix("--db=") {
                        db = Some(path.to_string());
                    } else if let Some(name) = arg.strip_prefix("--profile=") {
                        profile = Some(name.to_string());
                    }
                }
            }
        }
        let server =
            ropa_core::store::server::address(db.as_deref(), profile.as_deref(), dirs::config_dir().as_deref())
                .map_err(|e| e.to_string())?;
        let store = match (server, db) {
            (Some(url), _) => Where::Server(url),
            (None, Some(path)) => Where::File(PathBuf::from(path)),
            (None, None) => {
                let data_dir =
                    dirs::data_dir().ok_or("no data directory is known for this user; start with --db PATH")?;
                let path = ropa_core::default_store_path(&data_dir);
                if let Some(parent) = path.parent() {
                    ropa_core::files::private_dir(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
                }
                Where::File(path)
            }
        };
        Ok(Arguments { store, password_stdin })
    }
}

#[allow(clippy::print_stderr)]
fn fail(message: &str) -> ! {
    eprintln!("ropa-desktop: {message}");
    std::process::exit(2)
}

#[cfg(test)]
mod tests {
    use super::{Arguments, Where};

    #[test]
    fn db_argument_in_both_spellings_for_a_file_or_a_server() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>().into_iter();
        let store = |list: &[&str]| Arguments::read(args(list)).map(|a| a.store);
        assert_eq!(store(&["--db", "/tmp/a.sqlite"]), Ok(Where::File("/tmp/a.sqlite".into())));
        assert_eq!(store(&["--db=/tmp/b.sqlite"]), Ok(Where::File("/tmp/b.sqlite".into())));
        assert!(store(&["--db"]).is_err());
        let server = Arguments::read(args(&["--db", "postgres://dpo@db/team", "--password-stdin"])).unwrap();
        assert!(matches!(&server.store, Where::Server(url) if url.database == "team"));
        assert!(server.password_stdin);
        // A password in the address is refused, and not repeated.
        let e = store(&["--db", "postgres://dpo:secret@db/team"]).unwrap_err();
        assert!(e.contains("PGPASSWORD") && !e.contains("secret"), "{e}");
    }
}
