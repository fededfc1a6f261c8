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
    // The one connection the core opens is to the server store the user named, in one module.
    let server = root.join("crates/ropa-core/src/store/server");
    forbid(
        &files,
        &["postgres::", "native_tls::", "postgres_native_tls::"],
        "only crates/ropa-core/src/store/server talks to a server (ARCHITECTURE.md, invariants)",
        |path| path.starts_with(&server),
    );
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

/// Whether `text` names `word` as a whole identifier (not inside a longer one).
fn names(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// The catalogue of the activity's fields is the one place a plain text field is described (its
/// column, labels, cells, history path, merge, search, and where the record and `ropa show` put
/// it): adding one takes the model, one catalogue entry and the line where the editor lays it
/// out, and perhaps a preset's header for it. Every text field of the catalogue is held to that
/// but those that do more than hold text, named where that work is done.
#[test]
fn a_plain_text_field_is_named_in_at_most_four_hand_written_files() {
    use ropa_core::csv::fields::TEXT_FIELDS;
    const MORE_THAN_TEXT: &[(&str, &str)] = &[
        ("name", "heads the activity everywhere; an import matches activities by it"),
        ("description", "opens the activity; a processor's categories of processing"),
        ("reference", "an import matches activities by it; it names a CNIL fiche sheet"),
        ("owner", "an import tells apart activities of one name by it"),
        ("notes", "an import keeps there every cell no field takes"),
    ];
    let mut files = Vec::new();
    for dir in ["crates/ropa-core/src", "crates/ropa-cli/src", "src-tauri/src"] {
        files.extend(sources(&repo().join(dir), &[".rs"]));
    }
    files.extend(
        sources(&repo().join("ui/src"), &[".ts", ".svelte"])
            .into_iter()
            .filter(|(p, _)| !p.ends_with("bindings.ts") && !p.ends_with("messages.ts"))
            .filter(|(p, _)| !p.to_string_lossy().ends_with(".test.ts")),
    );
    let mut too_many = Vec::new();
    let mut counted = 0;
    for t in TEXT_FIELDS.iter().filter(|t| !MORE_THAN_TEXT.iter().any(|(code, _)| t.field.code() == *code)) {
        let variant = format!("{:?}", t.field);
        let code = t.field.code();
        // `Field::Software`, `a.software`, `draft.dpia.reference`, "software", 'field-software'.
        let member = format!(".{}", t.path);
        let quoted = [format!("\"{code}\""), format!("'{code}'"), format!("field-{}", code.replace('_', "-"))];
        let named: Vec<String> = files
            .iter()
            .filter(|(_, text)| {
                let code_lines: String = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//") && !l.trim_start().starts_with('*'))
                    .collect::<Vec<_>>()
                    .join("\n");
                names(&code_lines, &variant)
                    || code_lines.match_indices(&member).any(|(at, _)| {
                        let after = code_lines[at + member.len()..].chars().next();
                        !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    })
                    || quoted.iter().any(|q| code_lines.contains(q.as_str()))
            })
            .map(|(p, _)| p.strip_prefix(repo()).unwrap_or(p).display().to_string())
            .collect();
        counted += 1;
        if named.len() > 4 {
            too_many.push(format!("{code}: {}", named.join(", ")));
        }
    }
    assert!(counted >= 6, "the catalogue's text fields were not found");
    assert!(too_many.is_empty(), "text fields named in more than four hand-written files:\n{}", too_many.join("\n"));
}
