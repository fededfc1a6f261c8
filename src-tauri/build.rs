//! Tauri's build step, with the app's own commands declared so that each needs a permission
//! granted in `capabilities/` (nothing is allowed by default).

fn main() {
    let commands = tauri_build::AppManifest::new().commands(&[
        "store_info",
        "outside_changes",
        "rescue",
        "find_text",
        "erase_text",
        "overview",
        "search_texts",
        "activity",
        "save_organisation",
        "save_activity",
        "save_controller",
        "save_subprocessor",
        "save_measure",
        "delete",
        "load_demo",
        "history",
        "restore",
        "undo_change",
        "import_file",
        "export_file",
        "vocabularies",
        "export_folder",
        "open_exported",
        "show_exported",
        "check",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands)).expect("tauri build step failed");
}
