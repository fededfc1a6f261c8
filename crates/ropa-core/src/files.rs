//! Writing the files a user asked for, and fingerprinting one.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes to a new temporary file beside `path` (created exclusively, owner-only, never through
/// a link planted under its name) through a large buffer, then renames it onto `path`: a failed
/// export leaves no half-written file, an existing file is replaced only whole, and the file
/// written is its owner's only, also when it replaces one that was not. `store` is the register's
/// store: neither it nor any of its companion files is ever a destination (`check_destination`).
pub fn write_atomically<T, E: From<io::Error>>(
    path: &Path,
    store: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E> {
    check_destination(path, store)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("the folder {} does not exist: create it, or choose another", dir.display()),
        )
        .into());
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (file, partial) =
        tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".partial").tempfile_in(&dir)?.into_parts();
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    let written = write(&mut writer).and_then(|value| {
        writer.flush()?;
        writer.get_ref().sync_all()?;
        Ok(value)
    });
    drop(writer);
    // On failure, `partial` is deleted as it is dropped.
    let value = written?;
    partial.persist(path).map_err(|e| e.error)?;
    Ok(value)
}

/// Refuses a path whose extension is not one of `kinds` (lower case, without the dot): the
/// window writes and reads only the kinds of file each command is for, whatever path it is sent.
pub fn check_kind(path: &Path, kinds: &[&str], what: &str) -> io::Result<()> {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if kinds.contains(&ext.as_str()) {
        return Ok(());
    }
    let names: Vec<String> = kinds.iter().map(|k| format!(".{k}")).collect();
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{what} is a file ending in {}, not {}", names.join(", "), path.display()),
    ))
}

/// Makes the folder that holds ropa's own files (the default store's), with its parents, and
/// keeps it its owner's only.
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        builder.mode(0o700);
        builder.create(dir)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    builder.create(dir)
}

/// Refuses a destination that is the store or one of its companion files (its journal, write-ahead
/// log and shared memory, the window's lock, the writer's note, the copies kept beside it): by
/// device and inode for a file that exists (a link or another name for it), and by name for
/// one that does not yet (a file named as the store's log would be read as its log).
pub fn check_destination(dest: &Path, store: &Path) -> io::Result<()> {
    let store_name = store.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut companions: Vec<PathBuf> = ["", "-wal", "-shm", "-journal", "-writer", ".lock"]
        .iter()
        .map(|suffix| store.with_file_name(format!("{store_name}{suffix}")))
        .collect();
    companions.extend(crate::store::backups(store).unwrap_or_default().into_iter().map(|b| b.path));
    let refuse = || {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "this is the register's store {} or one of its own files; an export never replaces it: choose another file",
                store.display()
            ),
        )
    };
    let where_ = |p: &Path| -> Option<(PathBuf, std::ffi::OsString)> {
        let parent = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some((fs::canonicalize(parent).ok()?, p.file_name()?.to_os_string()))
    };
    let dest_place = where_(dest);
    for companion in &companions {
        if same_file(dest, companion) || (dest_place.is_some() && dest_place == where_(companion)) {
            return Err(refuse());
        }
    }
    Ok(())
}

/// Whether two paths name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        #[cfg(unix)]
        (Ok(x), Ok(y)) => {
            use std::os::unix::fs::MetadataExt;
            x.dev() == y.dev() && x.ino() == y.ino()
        }
        #[cfg(not(unix))]
        (Ok(_), Ok(_)) => fs::canonicalize(a).ok() == fs::canonicalize(b).ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_and_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("register.sqlite");
        let path = dir.path().join("out.csv");
        fs::write(&path, "old").unwrap();
        let failed: Result<(), io::Error> = write_atomically(&path, &store, |w| {
            w.write_all(b"new, half")?;
            Err(io::Error::other("stopped"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        write_atomically::<_, io::Error>(&path, &store, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn an_export_is_its_owners_only_even_over_a_file_that_was_not() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        write_atomically::<_, io::Error>(&path, &dir.path().join("r.sqlite"), |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_where_the_temporary_file_goes_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "mine").unwrap();
        for name in [".out.csv.partial", "out.csv.partial"] {
            std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
        }
        let path = dir.path().join("out.csv");
        write_atomically::<_, io::Error>(&path, &dir.path().join("r.sqlite"), |w| w.write_all(b"export")).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "mine");
        assert_eq!(fs::read_to_string(&path).unwrap(), "export");
    }

    #[test]
    fn only_the_kinds_of_file_a_command_is_for_pass() {
        assert!(check_kind(Path::new("/tmp/Record.PDF"), &["pdf"], "a PDF export").is_ok());
        let err = check_kind(Path::new("/home/dpo/.bashrc"), &["csv"], "a CSV export").unwrap_err();
        assert_eq!(err.to_string(), "a CSV export is a file ending in .csv, not /home/dpo/.bashrc");
        assert!(check_kind(Path::new("register.pdf"), &["csv"], "a CSV export").is_err());
    }

    #[test]
    fn the_store_and_its_files_are_never_a_destination() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("register.sqlite");
        fs::write(&store, "the store").unwrap();
        let other_name = dir.path().join("another-name.sqlite");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&store, &other_name).unwrap();
        let sub = dir.path().join("sub");
        fs::create_dir(&sub).unwrap();
        let mut refused = vec![
            store.clone(),
            dir.path().join("register.sqlite-wal"),
            dir.path().join("register.sqlite.lock"),
            sub.join("../register.sqlite-journal"),
        ];
        if cfg!(unix) {
            refused.push(other_name);
        }
        for dest in refused {
            let err = write_atomically::<_, io::Error>(&dest, &store, |w| w.write_all(b"csv")).unwrap_err();
            assert!(err.to_string().contains("an export never replaces it"), "{}: {err}", dest.display());
        }
        assert_eq!(fs::read_to_string(&store).unwrap(), "the store");
        assert!(!dir.path().join("register.sqlite-wal").exists());
        write_atomically::<_, io::Error>(&dir.path().join("register.csv"), &store, |w| w.write_all(b"csv")).unwrap();
    }
}

/// The SHA-256 of the file at `path`, in lower-case hexadecimal, read a block at a time: what a
/// contract keeps of its signed document (`model::Contract::sha256`), so that the register
/// proves which text was signed.
pub fn sha256(path: &Path) -> crate::Result<String> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let io = |source| crate::Error::Io { path: path.to_path_buf(), source };
    let mut file = File::open(path).map_err(io)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buffer).map_err(io)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod fingerprint_tests {
    #[test]
    fn sha256_of_a_file_is_the_standard_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dpa.pdf");
        std::fs::write(&path, b"abc").unwrap();
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assert_eq!(super::sha256(&path).unwrap(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let missing = super::sha256(&dir.path().join("none.pdf")).unwrap_err();
        assert!(missing.to_string().contains("none.pdf"), "{missing}");
    }
}
