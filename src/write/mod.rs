//! Step 5 of the pipeline: **write**. Puts the rendered site on disk without
//! ever losing a user's files: the site is written to a temporary folder
//! beside the target and swapped in at the end, in one step where the
//! system can ([`exchange`]); an existing target is only replaced when
//! touchmap's marker file says touchmap wrote it. What a stopped build left
//! beside the target is tidied by the next ([`leftovers`]).

mod exchange;
mod leftovers;

use crate::load::walk::OUTPUT_MARKER;
use exchange::Exchanged;
use leftovers::Kind;
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

pub use crate::output::WriteError;

fn io_fail(doing: &'static str, path: &Path, source: std::io::Error) -> WriteError {
    WriteError::Io {
        doing,
        path: path.to_path_buf(),
        source,
    }
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct WriteReport {
    pub files: usize,
    pub bytes: u64,
    /// What was put right on the way (a site a stopped build had left
    /// moved aside, put back), for `note:` lines.
    pub notes: Vec<String>,
    /// What was left behind (a folder that could not be removed), each with
    /// how to remove it, for `warning:` lines. The site was written.
    pub warnings: Vec<String>,
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
        return Err(WriteError::HoldsTheMap {
            out: out.to_path_buf(),
            instead: root.join("public"),
        });
    }
    if target.exists() {
        if !target.is_dir() {
            return Err(WriteError::IsAFile(out.to_path_buf()));
        }
        if !replaceable(&target)? {
            return Err(WriteError::NotOurs {
                out: out.to_path_buf(),
                before: true,
            });
        }
    }
    Ok(target)
}

/// Writes the site to `out` atomically (see the module docs).
/// `files` are `(path in the site, content)`, `copies` `(path in the
/// site, file to copy)`.
pub fn write_site(
    files: &[(String, Vec<u8>)],
    copies: &[(String, PathBuf)],
    out: &Path,
    map_root: &Path,
) -> Result<WriteReport, WriteError> {
    let staging = Staging::begin(out, map_root)?;
    for (rel, bytes) in files {
        staging.write(rel, std::slice::from_ref(bytes))?;
    }
    staging.finish(copies)
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
    /// The lock on `dir`, held while the build runs (see [`leftovers`]).
    _lock: Option<fs::File>,
    /// What tidying the stopped builds' folders found to say.
    tidied: leftovers::Tidied,
    /// Removes the previous site once the new one is in place (a test
    /// makes it fail).
    remove_previous: fn(&Path) -> std::io::Result<()>,
}

impl Staging {
    /// Checks that `out` may be (re)placed (see [`check_target`]), tidies
    /// what stopped builds left beside it, and creates the temporary
    /// folder, with the marker in it from the start.
    pub fn begin(out: &Path, map_root: &Path) -> Result<Staging, WriteError> {
        let target = check_target(out, map_root)?;
        let parent = target
            .parent()
            .ok_or_else(|| WriteError::NoParent(out.to_path_buf()))?
            .to_path_buf();
        fs::create_dir_all(&parent).map_err(|e| io_fail("create", &parent, e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let tidied = leftovers::tidy(&parent, &name, &target);
        let dir = parent.join(leftovers::folder_name(&name, Kind::New));
        // Never through what is there: a folder of this name belongs to a
        // build of this process that is still writing.
        fs::create_dir(&dir).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                WriteError::Busy(out.to_path_buf())
            } else {
                io_fail("create", &dir, e)
            }
        })?;
        let lock = leftovers::lock(&dir);
        if let Err(e) = fs::write(dir.join(OUTPUT_MARKER), MARKER_TEXT) {
            let _ = fs::remove_dir(&dir);
            return Err(io_fail("write", &dir, e));
        }
        Ok(Staging {
            target,
            parent,
            name,
            dir,
            files: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            finished: false,
            _lock: lock,
            tidied,
            remove_previous: leftovers::remove_ours,
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

    /// Copies `copies` (`(path in the site, source)`), swaps the folder in
    /// for the target and removes the previous site. That the previous site
    /// cannot be removed is a warning in the report: the new one is in place.
    pub fn finish(mut self, copies: &[(String, PathBuf)]) -> Result<WriteReport, WriteError> {
        let mut report = WriteReport {
            files: self.files.load(Ordering::Relaxed),
            bytes: self.bytes.load(Ordering::Relaxed),
            notes: std::mem::take(&mut self.tidied.notes),
            warnings: std::mem::take(&mut self.tidied.warnings),
        };
        for (rel, source) in copies {
            let path = self.dir.join(rel);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| io_fail("create", dir, e))?;
            }
            // Not `fs::copy`, which would follow a symbolic link swapped
            // in since the check approved the source.
            let n = crate::load::walk::copy_resolved(source, &path)
                .map_err(|e| io_fail("copy", source, e))?;
            report.files += 1;
            report.bytes += n;
        }
        let previous = swap_in(
            &self.dir,
            &self.target,
            &self.parent,
            &self.name,
            exchange::exchange,
        )?;
        self.finished = true;
        if let Some(old) = previous
            && let Err(e) = (self.remove_previous)(&old)
        {
            report.warnings.push(format!(
                "the new site is in place at {}, but the previous one could not be removed ({}); it is left at {}\n  = help: remove it by hand: {}",
                self.target.display(),
                crate::load::walk::io_reason(&e),
                old.display(),
                leftovers::removal_command(&old)
            ));
        }
        Ok(report)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = leftovers::remove_ours(&self.dir);
        }
    }
}

/// Puts `staging` in the place of `target`, so that the old site stays
/// whole until the new one is complete, and comes back if the swap fails.
/// Where the system can, the two change places in one step; elsewhere
/// `target` is moved aside first, and a build stopped between the two
/// renames leaves the old site aside, which the next build puts back.
/// Returns where the previous site now is, to be removed. `exchange` is
/// [`exchange::exchange`] but in a test of the two renames.
fn swap_in(
    staging: &Path,
    target: &Path,
    parent: &Path,
    name: &str,
    exchange: fn(&Path, &Path) -> std::io::Result<Exchanged>,
) -> Result<Option<PathBuf>, WriteError> {
    if !target.exists() {
        fs::rename(staging, target).map_err(|e| io_fail("move into place", target, e))?;
        return Ok(None);
    }
    // check_target made sure it is empty or ours; look again, as something
    // may have moved there since, and a wrong delete cannot be undone.
    if !target.is_dir() || !replaceable(target)? {
        return Err(WriteError::NotOurs {
            out: target.to_path_buf(),
            before: false,
        });
    }
    let old = parent.join(leftovers::folder_name(name, Kind::Old));
    match exchange(staging, target).map_err(|e| io_fail("move into place", target, e))? {
        Exchanged::Done => {
            // `staging` now holds the previous site: name it for what it is.
            Ok(Some(match fs::rename(staging, &old) {
                Ok(()) => old,
                Err(_) => staging.to_path_buf(),
            }))
        }
        Exchanged::Unsupported => {
            fs::rename(target, &old).map_err(|e| io_fail("move aside", target, e))?;
            if let Err(e) = fs::rename(staging, target) {
                let _ = fs::rename(&old, target);
                return Err(io_fail("move into place", target, e));
            }
            Ok(Some(old))
        }
    }
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

    fn site() -> Vec<(String, Vec<u8>)> {
        vec![
            ("index.html".into(), b"<p>hi</p>".to_vec()),
            ("a/b.html".into(), b"b".to_vec()),
        ]
    }

    #[test]
    fn writes_then_replaces_its_own_output() {
        let d = tmp("own");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("site");
        write_site(&site(), &[], &out, &map).unwrap();
        assert_eq!(fs::read_to_string(out.join("a/b.html")).unwrap(), "b");
        assert!(out.join(OUTPUT_MARKER).is_file());
        fs::write(out.join("stale.html"), "old").unwrap();
        write_site(&site(), &[], &out, &map).unwrap();
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
        let err = write_site(&site(), &[], &out, &map).unwrap_err();
        assert!(
            err.to_string().contains("did not write"),
            "{}",
            err.to_string()
        );
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
        assert!(write_site(&site(), &[], &map, &map).is_err());
        assert!(write_site(&site(), &[], &d, &map).is_err());
        assert!(write_site(&site(), &[], &map.join("sub/.."), &map).is_err());
        assert!(write_site(&site(), &[], &map.join("sub/../../map"), &map).is_err());
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
        let err = write_site(&site(), &[], &d.join("missing/../map"), &map).unwrap_err();
        assert!(
            err.to_string().contains("map folder"),
            "{}",
            err.to_string()
        );
        let err = write_site(&site(), &[], &d.join("missing/../mine"), &map).unwrap_err();
        assert!(
            err.to_string().contains("did not write"),
            "{}",
            err.to_string()
        );
        assert!(map.join("touchmap.yaml").is_file());
        assert_eq!(
            fs::read_to_string(mine.join("thesis.txt")).unwrap(),
            "precious"
        );
        // A new folder through a missing one is fine, and lands where the
        // path says.
        write_site(&site(), &[], &d.join("missing/../new/site"), &map).unwrap();
        assert!(d.join("new/site/index.html").is_file());
        fs::remove_dir_all(&d).unwrap();
    }

    /// The names in `dir`, sorted.
    fn names(dir: &Path) -> Vec<String> {
        let mut n: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        n.sort();
        n
    }

    /// A folder as a build leaves it: the marker and a page saying `which`.
    fn leftover(dir: &Path, which: &str) {
        fs::create_dir_all(dir).unwrap();
        fs::write(dir.join(OUTPUT_MARKER), MARKER_TEXT).unwrap();
        fs::write(dir.join("index.html"), which).unwrap();
    }

    /// Past the largest process id Linux gives (2^22): no process has it.
    const GONE: u32 = 4_194_305;

    #[test]
    fn the_next_build_removes_what_stopped_builds_left_and_only_that() {
        let d = tmp("leftovers");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("site");
        write_site(&site(), &[], &out, &map).unwrap();
        let me = std::process::id();
        for gone in [
            format!(".site.touchmap-new-{GONE}"),
            format!(".site.touchmap-old-{GONE}-12345"),
            // This process's id with another start time: a process before
            // this one that had the same id.
            format!(".site.touchmap-old-{me}-1"),
        ] {
            leftover(&d.join(gone), "stopped");
        }
        // Stopped while creating its folder: empty.
        fs::create_dir(d.join(format!(".site.touchmap-new-{GONE}-7"))).unwrap();
        let kept = [
            // A build that runs: this process, named the old way.
            format!(".site.touchmap-new-{me}"),
            // Gone by its id, but its lock is held (a build in another
            // container): see below.
            format!(".site.touchmap-new-{}-9", GONE + 1),
            // No marker and not empty: not known as touchmap's.
            format!(".site.touchmap-old-{}", GONE + 2),
            // Another output's.
            format!(".other.touchmap-new-{GONE}"),
            format!(".site.touchmap-gone-{GONE}"),
        ];
        for k in &kept {
            leftover(&d.join(k), "kept");
        }
        fs::remove_file(d.join(&kept[2]).join(OUTPUT_MARKER)).unwrap();
        let held = leftovers::lock(&d.join(&kept[1])).expect("the lock is free");
        let report = write_site(&site(), &[], &out, &map).unwrap();
        drop(held);
        let mut expected: Vec<String> = kept.to_vec();
        expected.extend(["map".into(), "site".into()]);
        expected.sort();
        assert_eq!(names(&d), expected);
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
        assert!(report.notes.is_empty(), "{:?}", report.notes);
        for k in &kept {
            assert_eq!(
                fs::read_to_string(d.join(k).join("index.html")).unwrap(),
                "kept"
            );
        }
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_swap_stopped_half_way_is_put_right_by_the_next_build() {
        let d = tmp("half-swap");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("site");
        // Stopped between moving the site aside and moving the new one in.
        leftover(&d.join(format!(".site.touchmap-old-{GONE}-5")), "last site");
        leftover(&d.join(format!(".site.touchmap-new-{GONE}-5")), "new site");
        let staging = Staging::begin(&out, &map).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "last site",
            "the last site is back before anything else is done"
        );
        assert_eq!(staging.tidied.notes.len(), 1, "{:?}", staging.tidied.notes);
        assert!(
            staging.tidied.notes[0].contains("was put back"),
            "{:?}",
            staging.tidied.notes
        );
        // A build that fails from here leaves the last site in place.
        drop(staging);
        assert_eq!(names(&d), ["map", "site"]);
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "last site"
        );
        write_site(&site(), &[], &out, &map).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "<p>hi</p>"
        );
        assert_eq!(names(&d), ["map", "site"]);
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn where_folders_cannot_change_places_two_renames_swap_them() {
        let d = tmp("two-renames");
        leftover(&d.join("site"), "old");
        leftover(&d.join("staging"), "new");
        let old = swap_in(&d.join("staging"), &d.join("site"), &d, "site", |_, _| {
            Ok(Exchanged::Unsupported)
        })
        .unwrap()
        .expect("the previous site, moved aside");
        assert_eq!(
            fs::read_to_string(d.join("site/index.html")).unwrap(),
            "new"
        );
        assert_eq!(fs::read_to_string(old.join("index.html")).unwrap(), "old");
        assert!(
            old.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".site.touchmap-old-")
        );
        assert!(!d.join("staging").exists());
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_previous_site_that_cannot_be_removed_is_a_warning_with_the_new_site_in_place() {
        let d = tmp("stuck");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        let out = d.join("site");
        write_site(&site(), &[], &out, &map).unwrap();
        fs::write(out.join("stale.html"), "old").unwrap();
        let mut staging = Staging::begin(&out, &map).unwrap();
        staging.remove_previous =
            |_| Err(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        staging.write("index.html", &[b"new".to_vec()]).unwrap();
        let report = staging.finish(&[]).expect("the site was written");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(!out.join("stale.html").exists());
        let old = names(&d)
            .into_iter()
            .find(|n| n.starts_with(".site.touchmap-old-"))
            .expect("the previous site is left aside");
        let old = d.join(old);
        assert!(old.join("stale.html").is_file() && old.join(OUTPUT_MARKER).is_file());
        assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
        let w = &report.warnings[0];
        for part in [
            "the new site is in place",
            "permission denied",
            &format!("it is left at {}", old.display()),
            &format!("chmod -R u+w {0} && rm -rf {0}", old.display()),
        ] {
            assert!(w.contains(part), "{part:?} in {w}");
        }
        fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn a_symlinked_output_is_written_where_it_points() {
        let d = tmp("symlink");
        let map = d.join("map");
        fs::create_dir_all(&map).unwrap();
        std::os::unix::fs::symlink(&map, d.join("alias")).unwrap();
        assert!(write_site(&site(), &[], &d.join("alias"), &map).is_err());
        assert!(write_site(&site(), &[], &d.join("alias/.."), &map).is_err());
        fs::remove_dir_all(&d).unwrap();
    }
}
