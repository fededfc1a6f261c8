//! Tauri's build step. The window's commands are declared once, as the `#[tauri::command]`
//! functions of `src/commands.rs`: this reads their names there and from them makes the handler
//! list `main.rs` includes and the permission each command needs (granted in `capabilities/`:
//! nothing is allowed by default). A test (`commands::declared_once`) holds the capability file
//! and the UI's `api.ts` to the same list.

use std::path::PathBuf;

/// The names of the `#[tauri::command]` functions in `commands.rs`, in file order.
fn commands(source: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tauri::command]" {
            continue;
        }
        let Some(signature) = lines.next() else { break };
        let name = signature
            .trim()
            .trim_start_matches("pub ")
            .trim_start_matches("async ")
            .strip_prefix("fn ")
            .and_then(|rest| rest.split(['(', '<']).next())
            .unwrap_or_else(|| panic!("a #[tauri::command] not followed by its function: {signature}"));
        names.push(name.trim().to_string());
    }
    names
}

fn main() {
    println!("cargo:rerun-if-changed=src/commands.rs");
    let source = std::fs::read_to_string("src/commands.rs").expect("src/commands.rs");
    let names = commands(&source);
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let handler = format!(
        "tauri::generate_handler![{}]",
        names.iter().map(|n| format!("crate::commands::{n}")).collect::<Vec<_>>().join(", ")
    );
    std::fs::write(out.join("handler.rs"), handler).expect("writing the handler list");
    // The manifest keeps its list for the build's whole run.
    let listed: &'static [&'static str] =
        Box::leak(names.into_iter().map(|n| &*Box::leak(n.into_boxed_str())).collect::<Vec<_>>().into_boxed_slice());
    let manifest = tauri_build::AppManifest::new().commands(listed);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)).expect("tauri build step failed");
}
