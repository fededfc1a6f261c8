//! The window's size and position, kept between runs in the user's config folder, and the lock
//! that keeps a second window off the same store.

use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tauri::{PhysicalPosition, PhysicalSize, WebviewWindow, Window};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Geometry {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub maximized: bool,
}

/// Where the geometry is kept: `~/.config/ropa/window.json` on Linux.
pub fn geometry_file() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("ropa").join("window.json"))
}

pub fn load(path: &Path) -> Option<Geometry> {
    let geometry: Geometry = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    // A size too small to use, or garbage, is ignored.
    (geometry.width >= 400 && geometry.height >= 300).then_some(geometry)
}

pub fn save(path: &Path, geometry: Geometry) {
    if let Some(dir) = path.parent() {
        let _ = ropa_core::files::private_dir(dir);
    }
    if let Ok(text) = serde_json::to_string(&geometry) {
        let mut options = File::options();
        options.create(true).truncate(true).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        if let Ok(mut file) = options.open(path) {
            let _ = std::io::Write::write_all(&mut file, text.as_bytes());
        }
    }
}

pub fn apply(window: &WebviewWindow, geometry: Geometry) {
    let _ = window.set_size(PhysicalSize::new(geometry.width, geometry.height));
    let _ = window.set_position(PhysicalPosition::new(geometry.x, geometry.y));
    if geometry.maximized {
        let _ = window.maximize();
    }
}

pub fn read(window: &Window) -> Option<Geometry> {
    let maximized = window.is_maximized().unwrap_or(false);
    let position = window.outer_position().ok()?;
    let size = window.inner_size().ok()?;
    Some(Geometry { x: position.x, y: position.y, width: size.width, height: size.height, maximized })
}

/// Why the window could not take its lock.
#[derive(Debug)]
pub enum LockError {
    /// Another window holds the store.
    Held(String),
    /// The lock file cannot be made there (a read-only folder or disk).
    Unwritable,
}

/// Takes the lock file beside the store (`<store>.lock`), held for as long as the window is
/// open: a second window on the same store is refused rather than left to race the first.
pub fn lock_store(store: &Path) -> Result<File, LockError> {
    let name = store.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let path = store.with_file_name(format!("{name}.lock"));
    let file =
        File::options().create(true).truncate(false).write(true).open(&path).map_err(|_| LockError::Unwritable)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            Err(LockError::Held(format!("{} is already open in another ropa window", store.display())))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Held(format!("{}: {e}", path.display()))),
    }
}

/// Asks WebKit to keep no cache of pages and resources (its "document viewer" cache model):
/// the window shows one page, served from the binary, so its caches only cost memory.
pub fn lighten(window: &tauri::WebviewWindow) {
    #[cfg(target_os = "linux")]
    let _ = window.with_webview(|webview| {
        use webkit2gtk::{WebContextExt, WebViewExt};
        if let Some(context) = webview.inner().context() {
            context.set_cache_model(webkit2gtk::CacheModel::DocumentViewer);
        }
    });
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_store_is_refused_until_the_first_goes() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("register.sqlite");
        let first = lock_store(&store).unwrap();
        let Err(LockError::Held(second)) = lock_store(&store) else { panic!("a second lock was taken") };
        assert!(second.contains("already open"), "{second}");
        drop(first);
        assert!(lock_store(&store).is_ok());
    }

    #[test]
    fn geometry_round_trips_and_nonsense_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ropa").join("window.json");
        let g = Geometry { x: 10, y: -20, width: 1300, height: 900, maximized: false };
        save(&path, g);
        assert_eq!(load(&path), Some(g));
        std::fs::write(&path, "{\"x\":0,\"y\":0,\"width\":5,\"height\":5,\"maximized\":false}").unwrap();
        assert_eq!(load(&path), None);
        std::fs::write(&path, "not json").unwrap();
        assert_eq!(load(&path), None);
    }
}
