//! The invariants ARCHITECTURE.md states, held by reading the sources: SQL only in the store
//! module, no printing in the core, the core free of Tauri and of network code, no user text as
//! HTML in the window. A change that breaks one fails here with the file and line to look at.

use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `dir` whose name ends in one of `extensions`, with its text.
fn sources(dir: &Path, extensions: &[&str]) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if !matches!(name, "node_modules" | "target" | "dist" | "gen" | "fixtures") {
                    stack.push(path);
                }
            } else if extensions.iter().any(|e| name.ends_with(e)) {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    out.push((path, text));
                }
            }
        }
    }
    assert!(!out.is_empty(), "no sources found under {}", dir.display());
    out
}

/// The lines of `text` (1-based) that hold `pattern`, outside comments.
fn lines_with(text: &str, pattern: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.trim_start();
            !code.starts_with("//") && !code.starts_with("///") && !code.starts_with("//!") && line.contains(pattern)
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Fails naming every file and line where one of `patterns` occurs.
fn forbid(files: &[(PathBuf, String)], patterns: &[&str], why: &str, allowed: impl Fn(&Path) -> bool) {
    let mut found = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| !allowed(p)) {
        for pattern in patterns {
            for line in lines_with(text, pattern) {
                found.push(format!("{}:{line}: {pattern}", path.strip_prefix(repo()).unwrap_or(path).display()));
            }
        }
    }
    assert!(found.is_empty(), "{why}:\n{}", found.join("\n"));
}

#[test]
fn sql_lives_only_in_the_store_module() {
    let root = repo();
    let mut files = sources(&root.join("crates/ropa-core/src"), &[".rs"]);
    files.extend(sources(&root.join("crates/ropa-cli/src"), &[".rs"]));
    files.extend(sources(&root.join("src-tauri/src"), &[".rs"]));
    let store = root.join("crates/ropa-core/src/store");
    forbid(
        &files,
        &["SELECT ", "INSERT INTO", "DELETE FROM", "CREATE TABLE", "PRAGMA ", "rusqlite::Connection", "use rusqlite"],
        "SQL belongs in crates/ropa-core/src/store (ARCHITECTURE.md, invariants)",
        |path| path.starts_with(&store),
    );
}

#[test]
fn the_core_prints_nothing() {
    let files = sources(&repo().join("crates/ropa-core/src"), &[".rs"]);
    // Tests inside the sources may print what they check; the library does not.
    let library: Vec<(PathBuf, String)> = files
        .into_iter()
        .map(|(path, text)| {
            let body = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            (path, body)
        })
        .collect();
    forbid(
        &library,
        &["println!", "eprintln!", "print!(", "eprint!(", "dbg!(", "std::io::stdout", "std::io::stderr"],
        "the core returns what it has to say; the CLI and the window print it",
        |_| false,
    );
}

#[test]
fn the_core_knows_neither_tauri_nor_the_network() {
    let root = repo();
    let manifest = std::fs::read_to_string(root.join("crates/ropa-core/Cargo.toml")).unwrap();
    for crate_name in ["tauri", "reqwest", "ureq", "hyper", "curl", "tokio"] {
        assert!(
            !manifest.lines().any(|l| l.trim_start().starts_with(crate_name)),
            "crates/ropa-core/Cargo.toml depends on {crate_name}: the core stays free of the shell and works offline"
        );
    }
    let files = sources(&root.join("crates/ropa-core/src"), &[".rs"]);
    forbid(&files, &["tauri::", "std::net::"], "the core stays free of Tauri and of the network", |_| false);
}

#[test]
fn the_window_never_shows_text_as_html() {
    let files = sources(&repo().join("ui/src"), &[".svelte", ".ts"]);
    forbid(
        &files,
        &["{@html", ".innerHTML", "outerHTML", "insertAdjacentHTML", "document.write("],
        "user text is never HTML in the window",
        |path| path.ends_with("tidy.test.ts"),
    );
}
