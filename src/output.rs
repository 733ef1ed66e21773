//! The error of putting the site's files somewhere. Render hands each file
//! to a sink as soon as it is made and stops on the sink's refusal; write is
//! the sink that puts the files on disk. Both speak of this one error, and
//! it stands below both, so render need not know how write does its job.

use crate::load::walk::OUTPUT_MARKER;
use std::path::PathBuf;

/// Why the site was not written. Nothing the user owns was touched.
#[derive(Debug)]
pub enum WriteError {
    /// The system refused: what was being done (`write`, `move into
    /// place`), to which path, and its reason.
    Io {
        doing: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// The output folder given is the map folder or holds it; `instead` is
    /// a folder to suggest.
    HoldsTheMap { out: PathBuf, instead: PathBuf },
    /// The output given is a file.
    IsAFile(PathBuf),
    /// The output folder holds files touchmap did not write. `before`:
    /// found before the build (a hint names `-o`), not at the swap.
    NotOurs { out: PathBuf, before: bool },
    /// The output has no folder to stage the site beside.
    NoParent(PathBuf),
    /// Another build of this process is writing the same output.
    Busy(PathBuf),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Io {
                doing,
                path,
                source,
            } => write!(f, "cannot {doing} {}: {source}", path.display()),
            WriteError::HoldsTheMap { out, instead } => write!(
                f,
                "refusing to write the site to {}: it is the map folder or a folder that contains it\n  = help: choose an output folder such as {}",
                out.display(),
                instead.display()
            ),
            WriteError::IsAFile(out) => write!(
                f,
                "refusing to write the site to {}: it is a file, not a folder",
                out.display()
            ),
            WriteError::NotOurs { out, before } => {
                write!(
                    f,
                    "refusing to replace {}: it holds files touchmap did not write (there is no {OUTPUT_MARKER} marker in it)",
                    out.display()
                )?;
                if *before {
                    f.write_str("\n  = help: choose another output folder with -o, or move that folder away yourself")?;
                }
                Ok(())
            }
            WriteError::NoParent(out) => write!(f, "{} has no parent folder", out.display()),
            WriteError::Busy(out) => write!(
                f,
                "cannot write {}: another build in this process is writing it",
                out.display()
            ),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
