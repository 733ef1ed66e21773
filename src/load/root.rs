//! Finding the map folder: the first thing a load does, and the only way it
//! fails as a whole (everything after is reported as findings).

use super::MAP_FILE;
use std::io;
use std::path::{Path, PathBuf};

/// A failure that is not the map's fault: the folder is missing or is not a
/// map. Exit code 2. Each keeps the folder as the user named it (and the
/// OS's reason, when there is one), so a caller can tell the cases apart
/// and the message names the path.
#[derive(Debug)]
pub enum LoadError {
    /// The folder could not be opened (missing, no permission).
    Open { dir: PathBuf, source: io::Error },
    /// The path names a file, not a folder.
    NotAFolder { dir: PathBuf },
    /// The folder's touchmap.yaml is itself a folder.
    MapFileIsAFolder { dir: PathBuf },
    /// The folder has touchmap.yml but no touchmap.yaml.
    MapFileMisnamed { dir: PathBuf },
    /// The folder has no touchmap.yaml.
    NoMapFile { dir: PathBuf },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Open { dir, source } => {
                write!(f, "cannot open map folder {}: {source}", dir.display())
            }
            LoadError::NotAFolder { dir } => write!(f, "{} is not a folder", dir.display()),
            LoadError::MapFileIsAFolder { dir } => write!(
                f,
                "{} is not a touchmap map: its {MAP_FILE} is a folder, not a file\n  = help: rename or move that folder, then create {MAP_FILE} (with `site:` and a `title:`)",
                dir.display()
            ),
            LoadError::MapFileMisnamed { dir } => write!(
                f,
                "{} is not a touchmap map: it has touchmap.yml, but the map file is named {MAP_FILE}\n  = help: rename touchmap.yml to {MAP_FILE}",
                dir.display()
            ),
            LoadError::NoMapFile { dir } => write!(
                f,
                "{} is not a touchmap map: it has no {MAP_FILE}\n  = help: run `touchmap init {}` to start a map there, or name the folder that holds {MAP_FILE}",
                dir.display(),
                dir.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Open { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Checks that `dir` is a map folder and returns it canonicalised.
pub fn find_root(dir: &Path) -> Result<PathBuf, LoadError> {
    let named = || dir.to_path_buf();
    let root = dir.canonicalize().map_err(|source| LoadError::Open {
        dir: named(),
        source,
    })?;
    if !root.is_dir() {
        return Err(LoadError::NotAFolder { dir: named() });
    }
    if root.join(MAP_FILE).is_dir() {
        return Err(LoadError::MapFileIsAFolder { dir: named() });
    }
    if root.join("touchmap.yml").is_file() && !root.join(MAP_FILE).exists() {
        return Err(LoadError::MapFileMisnamed { dir: named() });
    }
    if !root.join(MAP_FILE).is_file() {
        return Err(LoadError::NoMapFile { dir: named() });
    }
    Ok(root)
}
