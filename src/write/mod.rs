//! Step 5 of the pipeline: **write**. Puts the rendered site on disk without
//! ever losing a user's files: the site is written to a temporary folder
//! beside the target and swapped in at the end; an existing target is only
//! replaced when touchmap's marker file says touchmap wrote it.

use crate::load::walk::OUTPUT_MARKER;
use crate::render::SiteFiles;
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Why the site was not written. Nothing the user owns was touched.
#[derive(Debug)]
pub struct WriteError {
    pub message: String,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WriteError {}

fn fail(message: impl Into<String>) -> WriteError {
    WriteError {
        message: message.into(),
    }
}

fn io_fail(what: &str, path: &Path, e: std::io::Error) -> WriteError {
    fail(format!("cannot {what} {}: {e}", path.display()))
}

/// What was written.
#[derive(Debug, Clone, Copy)]
pub struct WriteReport {
    pub files: usize,
    pub bytes: u64,
}

const MARKER_TEXT: &str = "This folder was written by touchmap. `touchmap build` replaces it whole:\ndo not keep files of your own here.\n";

/// The absolute form of `path`, as the system will resolve it once the
/// missing folders on the way are created: symlinks resolved where the path
/// exists, `..` taken back one folder. Worked out a part at a time, because
/// `missing/../map` is the folder `map` (the staging step creates
/// `missing`), and must be recognised as the map folder.
fn absolute(path: &Path) -> Result<PathBuf, WriteError> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| io_fail("read", Path::new("."), e))?
            .join(path)
    };
    let mut out = PathBuf::new();
    for part in abs.components() {
        match part {
            Component::Prefix(_) | Component::RootDir => out.push(part.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if fs::symlink_metadata(&out).is_ok()
                    && let Ok(real) = out.canonicalize()
                {
                    out = real;
                }
            }
        }
    }
    Ok(out)
}

/// Whether `dir` is a folder touchmap may replace: empty, or holding its marker.
fn replaceable(dir: &Path) -> Result<bool, WriteError> {
    let empty = fs::read_dir(dir)
        .map_err(|e| io_fail("read", dir, e))?
        .next()
        .is_none();
    Ok(empty || dir.join(OUTPUT_MARKER).is_file())
}

/// Checks that `out` may be (re)placed: not the map folder or one of its
/// parents, and either absent, empty, or written by touchmap before.
pub fn check_target(out: &Path, map_root: &Path) -> Result<PathBuf, WriteError> {
    let target = absolute(out)?;
    let root = map_root
        .canonicalize()
        .map_err(|e| io_fail("open", map_root, e))?;
    if root.starts_with(&target) {
        return Err(fail(format!(
            "refusing to write the site to {}: it is the map folder or a folder that contains it\n  = help: choose an output folder such as {}",
            out.display(),
            root.join("public").display()
        )));
    }
    if target.exists() {
        if !target.is_dir() {
            return Err(fail(format!(
                "refusing to write the site to {}: it is a file, not a folder",
                out.display()
            )));
        }
        if !replaceable(&target)? {
            return Err(fail(format!(
                "refusing to replace {}: it holds files touchmap did not write (there is no {OUTPUT_MARKER} marker in it)\n  = help: choose another output folder with -o, or move that folder away yourself",
                out.display()
            )));
        }
    }
    Ok(target)
}

/// Writes the site to `out` atomically (see the module docs).
pub fn write_site(
    site: &SiteFiles,
    out: &Path,
    map_root: &Path,
) -> Result<WriteReport, WriteError> {
    let staging = Staging::begin(out, map_root)?;
    for (rel, bytes) in &site.files {
        staging.write(rel, std::slice::from_ref(bytes))?;
    }
    staging.finish(&site.copies)
}

/// A site being written: files go into a temporary folder beside the target
/// as they come (from several threads at once), and [`Staging::finish`]
/// swaps the folder in. Dropped before that, it removes the temporary
/// folder and leaves the target as it was.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    parent: PathBuf,
    name: String,
    dir: PathBuf,
    files: AtomicUsize,
    bytes: AtomicU64,
    finished: bool,
}

impl Staging {
    /// Checks that `out` may be (re)placed (see [`check_target`]) and
    /// creates the temporary folder.
    pub fn begin(out: &Path, map_root: &Path) -> Result<Staging, WriteError> {
        let target = check_target(out, map_root)?;
        let parent = target
            .parent()
            .ok_or_else(|| fail(format!("{} has no parent folder", out.display())))?
            .to_path_buf();
        fs::create_dir_all(&parent).map_err(|e| io_fail("create", &parent, e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let dir = parent.join(format!(".{name}.touchmap-new-{}", std::process::id()));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| io_fail("clear", &dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io_fail("create", &dir, e))?;
        Ok(Staging {
            target,
            parent,
            name,
            dir,
            files: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            finished: false,
        })
    }

    /// Writes one file, `rel` being its path in the site, its content in
    /// `chunks`. One chunk goes to the disk in one write; many are buffered.
    pub fn write(&self, rel: &str, chunks: &[Vec<u8>]) -> Result<(), WriteError> {
        let path = self.dir.join(rel);
        if let Some(dir) = path.parent() {
            // Most pages sit in a folder of their own: one mkdir, and the
            // whole walk up only when the parent is missing too.
            match fs::create_dir(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(_) => fs::create_dir_all(dir).map_err(|e| io_fail("create", dir, e))?,
            }
        }
        let file = fs::File::create(&path).map_err(|e| io_fail("write", &path, e))?;
        let written = match chunks {
            [one] => (&file).write_all(one),
            _ => {
                let mut w = std::io::BufWriter::with_capacity(256 * 1024, &file);
                chunks
                    .iter()
                    .try_for_each(|c| w.write_all(c))
                    .and_then(|()| w.flush())
            }
        };
        written.map_err(|e| io_fail("write", &path, e))?;
        let len: usize = chunks.iter().map(Vec::len).sum();
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(len as u64, Ordering::Relaxed);
        Ok(())
    }

    /// Copies `copies` (`(path in the site, source)`), leaves the marker and
    /// swaps the folder in for the target.
    pub fn finish(mut self, copies: &[(String, PathBuf)]) -> Result<WriteReport, WriteError> {
        let mut report = WriteReport {
            files: self.files.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
        };
        for (rel, source) in copies {
            let path = self.dir.join(rel);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| io_fail("create", dir, e))?;
            }
            let n = fs::copy(source, &path).map_err(|e| io_fail("copy", source, e))?;
            report.files += 1;
            report.bytes += n;
        }
        fs::write(self.dir.join(OUTPUT_MARKER), MARKER_TEXT)
            .map_err(|e| io_fail("write", &self.dir, e))?;
        swap_in(&self.dir, &self.target, &self.parent, &self.name)?;
        self.finished = true;
        Ok(report)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Replaces `target` by `staging` with renames, so the old site stays whole
/// until the new one is complete, and comes back if the swap fails.
fn swap_in(staging: &Path, target: &Path, parent: &Path, name: &str) -> Result<(), WriteError> {
    let old = parent.join(format!(".{name}.touchmap-old-{}", std::process::id()));
    let had_old = target.exists();
    if had_old {
        // check_target made sure it is empty or ours; look again, as
        // something may have moved there since, and a wrong delete cannot
        // be undone.
        if !target.is_dir() || !replaceable(target)? {
            return Err(fail(format!(
                "refusing to replace {}: it holds files touchmap did not write (there is no {OUTPUT_MARKER} marker in it)",
                target.display()
            )));
        }
        fs::rename(target, &old).map_err(|e| io_fail("move aside", target, e))?;
    }
    if let Err(e) = fs::rename(staging, target) {
        if had_old {
            let _ = fs::rename(&old, target);
        }
        let _ = fs::remove_dir_all(staging);
        return Err(io_fail("move into place", target, e));
    }
    if had_old {
        fs::remove_dir_all(&old).map_err(|e| io_fail("remove the previous site at", &old, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("touchmap-write-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn site() -> SiteFiles {
        SiteFiles {
            files: vec![
                ("index.html".into(), b"<p>hi</p>".to_vec()),
                ("a/b.html".into(), b"b".to_vec()),
            ],
            ..SiteFiles::default()
        }
    }

    #[test]
    fn writes_then_replaces_its_own_output() {
        let d = tmp("own");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("site");
        write_site(&site(), &out, &map).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/b.html")).unwrap(), "b");
        assert!(out.join(OUTPUT_MARKER).is_file());
        fs::write(out.join("stale.html"), "old").unwrap();
        write_site(&site(), &out, &map).unwrap();
        assert!(
            !out.join("stale.html").exists(),
            "the old site is replaced whole"
        );
        let leftovers: Vec<_> = fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            leftovers.len(),
            2,
            "no temporary folders left: {leftovers:?}"
        );
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn refuses_a_foreign_folder_and_leaves_it_alone() {
        let d = tmp("foreign");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("docs");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("mine.txt"), "precious").unwrap();
        let err = write_site(&site(), &out, &map).unwrap_err();
        assert!(err.message.contains("did not write"), "{}", err.message);
        assert_eq!(
            fs::read_to_string(out.join("mine.txt")).unwrap(),
            "precious"
        );
        assert_eq!(fs::read_dir(&out).unwrap().count(), 1);
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn refuses_the_map_folder_and_its_parents() {
        let d = tmp("parent");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        assert!(write_site(&site(), &map, &map).is_err());
        assert!(write_site(&site(), &d, &map).is_err());
        assert!(write_site(&site(), &map.join("sub/.."), &map).is_err());
        assert!(write_site(&site(), &map.join("sub/../../map"), &map).is_err());
        assert!(
            map.read_dir().unwrap().next().is_none(),
            "the map is untouched"
        );
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_path_through_a_missing_folder_is_the_folder_it_leads_to() {
        let d = tmp("missing");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        fs::write(map.join("touchmap.yaml"), "site: {title: T}").unwrap();
        let mine = d.join("mine");
        fs::create_dir_all(&mine).unwrap();
        fs::write(mine.join("thesis.txt"), "precious").unwrap();
        let err = write_site(&site(), &d.join("missing/../map"), &map).unwrap_err();
        assert!(err.message.contains("map folder"), "{}", err.message);
        let err = write_site(&site(), &d.join("missing/../mine"), &map).unwrap_err();
        assert!(err.message.contains("did not write"), "{}", err.message);
        assert!(map.join("touchmap.yaml").is_file());
        assert_eq!(
            fs::read_to_string(mine.join("thesis.txt")).unwrap(),
            "precious"
        );
        // A new folder through a missing one is fine, and lands where the
        // path says.
        write_site(&site(), &d.join("missing/../new/site"), &map).unwrap();
        assert!(d.join("new/site/index.html").is_file());
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_symlinked_output_is_written_where_it_points() {
        let d = tmp("symlink");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        std::os::unix::fs::symlink(&map, d.join("alias")).unwrap();
        assert!(write_site(&site(), &d.join("alias"), &map).is_err());
        assert!(write_site(&site(), &d.join("alias/.."), &map).is_err());
        fs::remove_dir_all(&d).unwrap();
    }
}
