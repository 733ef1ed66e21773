//! A map as it was at a git revision, read and analysed: what `touchmap
//! diff` and `build --since` compare. It runs the whole read of the
//! pipeline on a copy of the map that git wrote out, so it stands above the
//! pipeline; the comparison itself is [`crate::diff`], which knows nothing
//! of git.

pub(crate) mod git;

use crate::analyse::Analysed;
use crate::diff::{Baseline, Revision, Side};
use crate::load::{LoadError, MAP_FILE};
use crate::pipeline::analyse_map;
use git::GitError;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why a revision's map cannot be compared.
#[derive(Debug)]
pub enum ReadError {
    /// Not a git repository, unknown revision, no map there, git missing
    /// (exit 2).
    Unreadable(Unreadable),
    /// The map at that revision has errors (exit 1). `None` for the
    /// working tree.
    Invalid { side: Side, analysed: Box<Analysed> },
}

/// Why no map could be read at a revision (or in the working tree).
#[derive(Debug)]
pub enum Unreadable {
    /// The map folder given does not exist.
    NoFolder(PathBuf),
    /// git failed, or could not be run.
    Git(GitError),
    /// No temporary folder to write the old map into.
    TempFolder(std::io::Error),
    /// The folder has no map file, now or at the revision.
    NotAMap {
        map_path: String,
        revision: Revision,
    },
    /// The folder is a map now, but was none at the revision.
    NoMapAt {
        map_path: String,
        revision: Revision,
    },
    /// The map read as it was is not a map folder at all.
    Load(LoadError),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NoFolder(dir) => write!(
                f,
                "cannot open map folder {}: no such folder",
                dir.display()
            ),
            Unreadable::Git(e) => e.fmt(f),
            Unreadable::TempFolder(e) => write!(f, "cannot create a temporary folder: {e}"),
            Unreadable::NotAMap { map_path, revision } => write!(
                f,
                "`{map_path}` is not a map folder: it has no {MAP_FILE} (and had none at revision {})\n  = help: give the folder that holds {MAP_FILE}, e.g. `touchmap diff {} path/to/map`",
                revision.label(),
                revision.name,
            ),
            Unreadable::NoMapAt { map_path, revision } => write!(
                f,
                "there is no map in `{map_path}` at revision {}: it has no {MAP_FILE}\n  = help: pick a revision where the map exists (`git log -- {map_path}` lists them)",
                revision.label(),
            ),
            Unreadable::Load(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Unreadable {}

impl From<GitError> for ReadError {
    fn from(e: GitError) -> Self {
        ReadError::Unreadable(Unreadable::Git(e))
    }
}

impl From<LoadError> for ReadError {
    fn from(e: LoadError) -> Self {
        ReadError::Unreadable(Unreadable::Load(e))
    }
}

/// Reads the map folder `dir` as it was at `rev`.
pub fn read_revision(dir: &Path, rev: &str) -> Result<Baseline, ReadError> {
    if !dir.is_dir() {
        return Err(ReadError::Unreadable(Unreadable::NoFolder(dir.into())));
    }
    let repo = git::locate(dir)?;
    let commit = git::resolve(&repo, rev)?;
    let revision = Revision {
        name: rev.to_string(),
        commit: commit.short.clone(),
    };
    let tmp = tempfile::Builder::new()
        .prefix("touchmap-rev-")
        .tempdir()
        .map_err(|e| ReadError::Unreadable(Unreadable::TempFolder(e)))?;
    let found = git::extract(&repo, &commit, tmp.path())?;
    if !found {
        let map_path = repo.map_path().to_string();
        return Err(ReadError::Unreadable(if dir.join(MAP_FILE).is_file() {
            Unreadable::NoMapAt { map_path, revision }
        } else {
            Unreadable::NotAMap { map_path, revision }
        }));
    }
    let analysed = analyse_map(tmp.path())?;
    if !analysed.is_valid() {
        return Err(ReadError::Invalid {
            side: Some(revision),
            analysed: Box::new(analysed),
        });
    }
    Ok(Baseline { revision, analysed })
}

/// Reads the map folder `dir` as it is on disk.
pub fn read_working_tree(dir: &Path) -> Result<Analysed, ReadError> {
    let analysed = analyse_map(dir)?;
    if !analysed.is_valid() {
        return Err(ReadError::Invalid {
            side: None,
            analysed: Box::new(analysed),
        });
    }
    Ok(analysed)
}
