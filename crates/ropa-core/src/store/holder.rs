//! Who is writing to a store: a note beside it (`<store>-writer`), written once a write holds the
//! store's lock and removed when the write ends, so that a program that waited for the lock in
//! vain can say who held it. A note left by a program that was killed names a process that no
//! longer runs, and is ignored.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::date::Timestamp;

/// How long a write waits for another program's write to finish before it gives up.
pub const BUSY_WAIT_SECONDS: u64 = 5;

fn note_path(store: &Path) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push("-writer");
    PathBuf::from(name)
}

/// The note of the write in progress; removed when dropped.
pub(super) struct Note(PathBuf);

impl Drop for Note {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Writes the note for a write this process is starting (best effort: a folder that cannot take
/// it only means that a waiting program cannot name this one).
pub(super) fn write(store: &Path, user: &str, at: Timestamp) -> Option<Note> {
    let path = note_path(store);
    // The program's name, read once for the life of the process (every write leaves a note).
    static PROGRAM: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let program = PROGRAM.get_or_init(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "ropa".into())
    });
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path).ok()?;
    let line = format!("{}\t{}\t{}\t{}\n", std::process::id(), clean(program), clean(user), at);
    file.write_all(line.as_bytes()).ok()?;
    Some(Note(path))
}

fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// Who holds the store's lock, in words, when a live ropa program said so.
pub(super) fn holder(store: &Path) -> Option<String> {
    let text = fs::read_to_string(note_path(store)).ok()?;
    let mut fields = text.trim_end().splitn(4, '\t');
    let (pid, program, user, since) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
    let pid: u32 = pid.parse().ok()?;
    if !running(pid) {
        return None;
    }
    let what = match program {
        p if p.contains("desktop") => "the ropa window".to_string(),
        "ropa" => "the ropa command".to_string(),
        p => format!("ropa ({p})"),
    };
    let since: Timestamp = since.parse().ok()?;
    Some(format!("{what} of user {user} (process {pid}, writing since {since})", user = clean(user)))
}

fn running(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
}
