//! Writing the files a user asked for.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes to `<name>.partial` beside `path` through a large buffer, then renames it onto `path`:
/// a failed export leaves no half-written file, and an existing file is replaced only whole.
pub fn write_atomically<T, E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<T, E>,
) -> Result<T, E> {
    let partial = partial_path(path);
    let file = File::create(&partial)?;
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    let written = write(&mut writer).and_then(|value| {
        writer.flush()?;
        writer.get_ref().sync_all()?;
        Ok(value)
    });
    drop(writer);
    match written {
        Ok(value) => {
            fs::rename(&partial, path)?;
            Ok(value)
        }
        Err(e) => {
            let _ = fs::remove_file(&partial);
            Err(e)
        }
    }
}

fn partial_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!("{name}.partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_nothing_and_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        fs::write(&path, "old").unwrap();
        let failed: Result<(), io::Error> = write_atomically(&path, |w| {
            w.write_all(b"new, half")?;
            Err(io::Error::other("stopped"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        write_atomically::<_, io::Error>(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    }
}
