//! Listing the files of a map folder (map-format §1): every YAML file, note
//! and CSV below the folder, skipping the output folder, `templates/`,
//! `static/`, hidden entries and any folder touchmap wrote.

use crate::diagnostics::{Finding, Findings, Location, one_line};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The marker file touchmap leaves in every output folder it writes; a folder
/// holding it is output, never input.
pub const OUTPUT_MARKER: &str = ".touchmap-output";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Yaml,
    Note,
    Csv,
    Other,
}

pub fn kind_of(rel: &Path) -> FileKind {
    match rel.extension().and_then(|e| e.to_str()) {
        Some("yaml" | "yml") => FileKind::Yaml,
        Some("md" | "markdown") => FileKind::Note,
        Some("csv") => FileKind::Csv,
        _ => FileKind::Other,
    }
}

/// Top-level folders of a map that hold no map data.
const SKIPPED_TOP: &[&str] = &["templates", "static", "i18n", "node_modules"];

/// The input files of a map, and the links that were not followed.
#[derive(Debug, Default)]
pub struct Listing {
    /// `(relative path, absolute path)`, in path order.
    pub files: Vec<(PathBuf, PathBuf)>,
    /// Relative paths of symbolic links that point outside the map folder.
    pub refused: BTreeSet<PathBuf>,
}

/// Lists every input file, in path order.
/// Symlinks are followed but must stay inside the map folder: a link to a
/// folder outside it, or to a folder that contains the link (a loop), is
/// reported at the link and not entered.
pub fn list_files(root: &Path, output: Option<&Path>, findings: &mut Findings) -> Listing {
    let mut listing = Listing::default();
    let refused_links = RefCell::new(Vec::new());
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if let Some(f) = refused_folder_link(root, e) {
                refused_links.borrow_mut().push(f);
                return false;
            }
            keep(output, e)
        });
    // The folders entered through a symbolic link, as the walk meets them
    // (a folder before what it holds): a file below one is read only if it
    // is inside the map. Asking the file system of each file's folders took
    // a fifth of the walk of 10,000 notes.
    let mut linked_folders: Vec<PathBuf> = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                findings.push(walk_error(root, &e));
                continue;
            }
        };
        if entry.depth() > 0 && entry.file_type().is_dir() && entry.path_is_symlink() {
            linked_folders.push(entry.path().to_path_buf());
        }
        if !entry.file_type().is_file() || kind_of(entry.path()) == FileKind::Other {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(root).map(normalise) else {
            continue;
        };
        let below_link = || linked_folders.iter().any(|f| entry.path().starts_with(f));
        if entry.path_is_symlink() || below_link() {
            match entry.path().canonicalize() {
                Ok(target) if target.starts_with(root) => {}
                _ => {
                    findings.push(
                        Finding::error(
                            "outside-map",
                            "this symbolic link points outside the map folder; it is not read",
                            Location::file_start(&rel),
                        )
                        .with_hint(Some("copy the file into the map folder instead".into())),
                    );
                    listing.refused.insert(rel);
                    continue;
                }
            }
        }
        listing.files.push((rel, entry.path().to_path_buf()));
    }
    refused_links
        .into_inner()
        .into_iter()
        .for_each(|f| findings.push(f));
    listing
}

/// The finding for a symbolic link to a folder that must not be entered:
/// one outside the map folder (it could be all of `/usr`), or one that
/// contains the link, which would read the map again and again.
fn refused_folder_link(root: &Path, entry: &walkdir::DirEntry) -> Option<Finding> {
    if entry.depth() == 0 || !entry.path_is_symlink() || !entry.file_type().is_dir() {
        return None;
    }
    let rel = entry.path().strip_prefix(root).map(normalise).ok()?;
    let target = entry.path().canonicalize().ok()?;
    let at = Location::file_start(&rel);
    if !target.starts_with(root) {
        return Some(
            Finding::error(
                "outside-map",
                format!(
                    "this symbolic link points to `{}`, outside the map folder; it is not read",
                    one_line(&target.to_string_lossy(), 120)
                ),
                at,
            )
            .with_hint(Some(
                "copy what the map needs into the map folder, or remove the link".into(),
            )),
        );
    }
    let parent = entry.path().parent()?.canonicalize().ok()?;
    parent.starts_with(&target).then(|| {
        Finding::error(
            "symlink-loop",
            "this symbolic link loops back to a folder that contains it; it is skipped",
            at,
        )
        .with_hint(Some(
            "remove the link, or point it at a folder that does not contain it".into(),
        ))
    })
}

/// A finding for an entry the walk could not read, in plain words.
fn walk_error(root: &Path, e: &walkdir::Error) -> Finding {
    let path = e.path().unwrap_or(root);
    let rel = path.strip_prefix(root).map(normalise).unwrap_or_default();
    let at = Location::file_start(&rel);
    if e.loop_ancestor().is_some() {
        return Finding::error(
            "symlink-loop",
            "this symbolic link loops back to a folder that contains it; it is skipped",
            at,
        )
        .with_hint(Some(
            "remove the link, or point it at a folder that does not contain it".into(),
        ));
    }
    if let Ok(target) = std::fs::read_link(path)
        && std::fs::metadata(path).is_err_and(|e| is_link_loop(&e))
    {
        return Finding::error(
            "symlink-loop",
            format!(
                "this is a symbolic link loop: it points to `{}`, and following the links never reaches a file; it is not read",
                one_line(&target.to_string_lossy(), 120)
            ),
            at,
        )
        .with_hint(Some(
            "remove the link, or point it at a file that exists".into(),
        ));
    }
    if let Ok(target) = std::fs::read_link(path)
        && !path.exists()
    {
        return Finding::error(
            "unreadable-file",
            format!(
                "this is a symbolic link to a missing file `{}`",
                one_line(&target.to_string_lossy(), 120)
            ),
            at,
        )
        .with_hint(Some(
            "remove the link, or create the file it points to".into(),
        ));
    }
    let reason = e
        .io_error()
        .map_or_else(|| "it cannot be listed".to_string(), io_reason);
    Finding::error(
        "unreadable-file",
        format!("cannot read this entry: {reason}"),
        at,
    )
    .with_hint(Some(
        "check its permissions, or move it out of the map folder".into(),
    ))
}

/// Whether `e` says that following symbolic links went round in a loop
/// (`ELOOP`: `a -> b`, `b -> a`, or more links in a row than the system
/// follows), rather than ending at a missing file.
#[cfg(unix)]
fn is_link_loop(e: &std::io::Error) -> bool {
    rustix::io::Errno::from_io_error(e) == Some(rustix::io::Errno::LOOP)
}

/// Whether `e` says that following symbolic links went round in a loop
/// (`ERROR_CANT_RESOLVE_FILENAME`).
#[cfg(windows)]
fn is_link_loop(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(1921)
}

#[cfg(not(any(unix, windows)))]
fn is_link_loop(_e: &std::io::Error) -> bool {
    false
}

/// Opens for reading the file at `path`, a real path that a check approved
/// (absolute, every symbolic link resolved, as `canonicalize` gives it,
/// inside the map folder): what the site copies. If the path has changed
/// since the check, so that opening it now leads to another file (a
/// folder on the way or the file itself replaced by a symbolic link,
/// which could lead out of the map folder), this fails instead of reading
/// that file.
pub fn open_resolved(path: &Path) -> std::io::Result<std::fs::File> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_file() && opened_is(&file, path)? {
        Ok(file)
    } else {
        Err(std::io::Error::other(
            "it changed while the site was built (it is no longer the file that was checked)",
        ))
    }
}

/// Whether `file`, just opened by `path`, is the file at `path` with no
/// symbolic link on the way. On Linux the kernel says where the open file
/// is; elsewhere (or without `/proc`), the path is resolved again after
/// the open and must still be itself and name the same file: a link
/// swapped in for the open and out again leaves the file opened through it
/// a different one.
fn opened_is(file: &std::fs::File, path: &Path) -> std::io::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        if let Ok(at) = std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())) {
            return Ok(at == path);
        }
    }
    resolved_again_is(file, path)
}

/// [`opened_is`] without `/proc`.
fn resolved_again_is(file: &std::fs::File, path: &Path) -> std::io::Result<bool> {
    if path.canonicalize()? != path {
        return Ok(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let (opened, named) = (file.metadata()?, std::fs::metadata(path)?);
        Ok(opened.dev() == named.dev() && opened.ino() == named.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(true)
    }
}

/// The bytes of the file at the real path `path`, read as
/// [`open_resolved`] opens it.
pub fn read_resolved(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut open_resolved(path)?, &mut bytes)?;
    Ok(bytes)
}

/// Copies the file at the real path `from`, opened as [`open_resolved`]
/// opens it, to a new file `to`; returns how many bytes it copied.
pub fn copy_resolved(from: &Path, to: &Path) -> std::io::Result<u64> {
    let mut source = open_resolved(from)?;
    std::io::copy(&mut source, &mut std::fs::File::create(to)?)
}

/// What went wrong with a file, in words, without the OS's error number.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "it does not exist".into(),
        K::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

fn keep(output: Option<&Path>, entry: &walkdir::DirEntry) -> bool {
    if entry.depth() == 0 {
        return true;
    }
    let name = entry.file_name().to_string_lossy();
    // Hidden entries, including the temporary folder a build writes before
    // swapping it in, are never map input.
    if name.starts_with('.') {
        return false;
    }
    if entry.file_type().is_dir() {
        if entry.depth() == 1 && SKIPPED_TOP.contains(&name.as_ref()) {
            return false;
        }
        if output.is_some_and(|o| entry.path() == o) || entry.path().join(OUTPUT_MARKER).exists() {
            return false;
        }
    }
    true
}

/// Relative path with `/` separators whatever the platform.
fn normalise(rel: &Path) -> PathBuf {
    PathBuf::from(rel.to_string_lossy().replace('\\', "/"))
}

/// A map's overrides of the theme: its `templates/`, `static/` and `i18n/`
/// folders.
#[derive(Debug, Default)]
pub struct ThemeOverrides {
    /// Template name (path below `templates/`) -> file.
    pub templates: BTreeMap<String, PathBuf>,
    /// Message file name (`pl.ftl`, below `i18n/`) -> file.
    pub messages: BTreeMap<String, PathBuf>,
    /// `(path below static/, file)`.
    pub static_files: Vec<(String, PathBuf)>,
}

/// Lists `templates/**`, `static/**` and `i18n/*.ftl`, with the same rules
/// as the map files (no hidden entries, no symlinks out of the map).
pub fn list_theme_overrides(root: &Path, findings: &mut Findings) -> ThemeOverrides {
    let mut out = ThemeOverrides::default();
    for folder in ["templates", "static", "i18n"] {
        let dir = root.join(folder);
        if !dir.is_dir() {
            continue;
        }
        let refused_links = RefCell::new(Vec::new());
        let walker = WalkDir::new(&dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| match refused_folder_link(root, e) {
                Some(f) => {
                    refused_links.borrow_mut().push(f);
                    false
                }
                None => true,
            });
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    findings.push(walk_error(root, &e));
                    continue;
                }
            };
            let hidden = entry
                .path()
                .strip_prefix(&dir)
                .map(|p| {
                    p.components()
                        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
                })
                .unwrap_or(true);
            if hidden || !entry.file_type().is_file() {
                continue;
            }
            // Copied from its real path, which the copy opens without
            // following links again (see `open_resolved`).
            let real = entry
                .path()
                .canonicalize()
                .ok()
                .filter(|t| t.starts_with(root));
            let Ok(rel) = entry.path().strip_prefix(&dir).map(normalise) else {
                continue;
            };
            let Some(real) = real else {
                findings.push(Finding::error(
                    "outside-map",
                    "this symbolic link points outside the map folder; it is not read",
                    Location::file_start(Path::new(folder).join(&rel)),
                ));
                continue;
            };
            let name = rel.to_string_lossy().to_string();
            match folder {
                "templates" => {
                    out.templates.insert(name, entry.path().to_path_buf());
                }
                "i18n" => {
                    out.messages.insert(name, entry.path().to_path_buf());
                }
                _ => out.static_files.push((name, real)),
            }
        }
        refused_links
            .into_inner()
            .into_iter()
            .for_each(|f| findings.push(f));
    }
    out
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::fs;

    /// A map folder with `notes/x.png`, and a folder outside it with a file
    /// of the same name; the real path of the map's file, as a check
    /// approves it.
    fn map_and_outside() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        fs::create_dir_all(root.join("map/notes")).unwrap();
        fs::create_dir_all(root.join("outside/notes")).unwrap();
        fs::write(root.join("map/notes/x.png"), "inside").unwrap();
        fs::write(root.join("outside/notes/x.png"), "SECRET").unwrap();
        let approved = root.join("map/notes/x.png").canonicalize().unwrap();
        (tmp, approved)
    }

    /// Swaps the map's `notes/` folder for a link to the outside one, as a
    /// hostile process could between the check and the copy.
    fn swap_folder_for_link(approved: &Path) {
        let notes = approved.parent().unwrap();
        let map = notes.parent().unwrap();
        fs::rename(notes, map.join("notes-old")).unwrap();
        std::os::unix::fs::symlink(map.parent().unwrap().join("outside/notes"), notes).unwrap();
    }

    #[test]
    fn the_approved_file_is_read() {
        let (_tmp, approved) = map_and_outside();
        assert_eq!(read_resolved(&approved).unwrap(), b"inside");
    }

    #[test]
    fn a_link_swapped_in_after_the_check_is_not_followed() {
        let (_tmp, approved) = map_and_outside();
        swap_folder_for_link(&approved);
        // A plain read would now publish the outside file.
        assert_eq!(fs::read(&approved).unwrap(), b"SECRET");
        let e = read_resolved(&approved).unwrap_err();
        assert!(
            e.to_string().contains("changed while the site was built"),
            "{e}"
        );
        // The same without `/proc`: resolved again after the open.
        let opened = fs::File::open(&approved).unwrap();
        assert!(!resolved_again_is(&opened, &approved).unwrap());
    }

    #[test]
    fn a_link_swapped_in_for_the_open_and_out_again_is_caught() {
        let (_tmp, approved) = map_and_outside();
        let notes = approved.parent().unwrap().to_path_buf();
        let old = notes.with_file_name("notes-old");
        swap_folder_for_link(&approved);
        let opened = fs::File::open(&approved).unwrap();
        // Back as it was: the path resolves to itself again, but what was
        // opened is the outside file.
        fs::remove_file(&notes).unwrap();
        fs::rename(&old, &notes).unwrap();
        assert!(!resolved_again_is(&opened, &approved).unwrap());
        assert!(!opened_is(&opened, &approved).unwrap());
        let fresh = fs::File::open(&approved).unwrap();
        assert!(resolved_again_is(&fresh, &approved).unwrap());
        assert!(opened_is(&fresh, &approved).unwrap());
    }
}
