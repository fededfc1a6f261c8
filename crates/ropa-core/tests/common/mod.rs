//! Shared by the integration tests: a store in a temporary directory with a test clock.

#![allow(dead_code)]

pub mod pg;
pub mod registers;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use ropa_core::date::Timestamp;
use ropa_core::{Context, OpenMode, Store};

/// A clock that starts at 2026-01-01T00:00:00Z and moves one second on every reading.
pub fn ticking() -> (Context, Arc<AtomicI64>) {
    let seconds = Arc::new(AtomicI64::new(1_767_225_600));
    let reading = seconds.clone();
    let clock = move || Timestamp::from_unix_seconds(reading.fetch_add(1, Ordering::SeqCst)).expect("valid time");
    (Context { user: "tester".into(), clock: Box::new(clock) }, seconds)
}

pub fn context() -> Context {
    ticking().0
}

pub fn new_store(dir: &Path) -> (Store, PathBuf) {
    let path = dir.join("register.sqlite");
    let store = Store::open(&path, OpenMode::CreateIfMissing, context()).expect("create store");
    (store, path)
}

/// How many cases a fuzz test runs: `PROPTEST_CASES` when set (`make fuzz`), else `usual` (an
/// explicit `cases` in a proptest config would otherwise hide the variable).
pub fn fuzz_cases(usual: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(usual)
}

/// Holds a generated document under `docs/` to what the code generates: fails when the committed
/// file differs, naming the command that rewrites it (`UPDATE_DOCS=1 cargo test -p ropa-core
/// --test <test>`), and rewrites it when `UPDATE_DOCS` is set.
pub fn document_matches(file: &str, generated: &str, test: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs").join(file);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/{file} is out of date; run `UPDATE_DOCS=1 cargo test -p ropa-core --test {test}`"
    );
}
