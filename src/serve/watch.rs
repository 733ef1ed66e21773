//! Watching the map folder: which file events matter, and what they change.
//!
//! Editors save in odd ways: vim writes a probe file `4913`, backups `x~` and
//! swap files `.x.swp`; JetBrains writes `x___jb_tmp___` and renames it over
//! the file; emacs leaves `.#x` locks. All of those are ignored; the final
//! rename's target is a map file and triggers the rebuild. The debouncer folds
//! a burst of events (a git checkout, 50 saves a second) into one batch.

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::file_id::{FileId, get_file_id};
use notify_debouncer_full::{
    DebounceEventResult, DebouncedEvent, FileIdMap, new_debouncer, new_debouncer_opt,
};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, Instant};

/// How long the debouncer holds each event, so that the events of one save
/// (create, modify, rename) arrive as one batch and renames are paired.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// How long the folder must stay quiet after a batch before the rebuild
/// starts. notify-debouncer-full delays each event by [`DEBOUNCE`] but does
/// not wait for quiet: under a stream of saves (a script, a git checkout, an
/// editor's autosave) it hands on a batch every tick, so the burst is folded
/// here instead.
pub const QUIET: Duration = Duration::from_millis(200);

/// The longest a burst can put a rebuild off: a folder that never goes quiet
/// still gets a rebuild this often.
pub const MAX_WAIT: Duration = Duration::from_secs(2);

/// Collects the batches that follow `first` until the folder has been quiet
/// for [`QUIET`] (or [`MAX_WAIT`] has passed), and returns all their paths.
pub fn settle(rx: &Receiver<Vec<PathBuf>>, first: Vec<PathBuf>) -> Vec<PathBuf> {
    settle_with(rx, first, QUIET, MAX_WAIT)
}

fn settle_with(
    rx: &Receiver<Vec<PathBuf>>,
    mut paths: Vec<PathBuf>,
    quiet: Duration,
    max_wait: Duration,
) -> Vec<PathBuf> {
    let started = Instant::now();
    while let Some(left) = max_wait.checked_sub(started.elapsed()) {
        match rx.recv_timeout(quiet.min(left)) {
            Ok(more) => paths.extend(more),
            Err(_) => break,
        }
    }
    paths
}

/// What a batch of changes touched, which decides how much to rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only templates or static files: re-render without reloading the map.
    Theme(Vec<PathBuf>),
    /// Map files, notes or series: the whole pipeline.
    Map(Vec<PathBuf>),
    /// A new folder at the map folder's path, back after it had gone or
    /// in place of the one watched: the whole pipeline.
    Folder,
    /// The watcher lost events (see [`Found::Lost`]): the whole pipeline,
    /// every file read again.
    Lost,
}

/// Classifies changed paths (relative to the map folder); `None` when none matters.
pub fn classify(rel_paths: &[PathBuf], output: Option<&Path>) -> Option<Change> {
    let relevant: Vec<PathBuf> = rel_paths
        .iter()
        .filter(|p| is_relevant(p, output))
        .cloned()
        .collect();
    if relevant.is_empty() {
        return None;
    }
    let theme_only = relevant
        .iter()
        .all(|p| matches!(first_part(p).as_deref(), Some("templates" | "static")));
    Some(if theme_only {
        Change::Theme(relevant)
    } else {
        Change::Map(relevant)
    })
}

fn first_part(p: &Path) -> Option<String> {
    p.components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
}

/// Whether a change to `rel` can change the site.
pub fn is_relevant(rel: &Path, output: Option<&Path>) -> bool {
    if rel.as_os_str().is_empty() || output.is_some_and(|o| rel.starts_with(o)) {
        return false;
    }
    for part in rel.components() {
        let Component::Normal(name) = part else {
            return false;
        };
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "node_modules" || name == "target" {
            return false;
        }
    }
    let name = rel
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if is_editor_temp(&name) {
        return false;
    }
    if matches!(first_part(rel).as_deref(), Some("templates" | "static")) {
        return true;
    }
    // The map's own messages are checked like its files: a change to one
    // reloads the whole map (not `Change::Theme`).
    if first_part(rel).as_deref() == Some("i18n") {
        return rel.extension().is_none_or(|e| e == "ftl");
    }
    match rel.extension().and_then(|e| e.to_str()) {
        Some(ext) => matches!(ext, "yaml" | "yml" | "md" | "markdown" | "csv"),
        // A folder: deleting, moving or renaming one is a single event
        // for the folder, not one for each file in it.
        None => true,
    }
}

/// Temporary and backup files of common editors.
fn is_editor_temp(name: &str) -> bool {
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.ends_with(".orig")
        || name.contains("___jb_")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
}

/// How often the map folder's path is looked at, to notice that the folder
/// has gone or been replaced (see [`Folder`]). One `stat`.
pub const FOLDER_CHECK: Duration = Duration::from_millis(500);

/// The map folder as watched. A watch follows the folder it was started on,
/// not its path: after `rm -rf MAP` it has nothing left to watch, and after
/// `mv MAP MAP.old; mv MAP.new MAP` (as sync and deploy tools replace a
/// folder) it follows `MAP.old`. So the folder the path names now is
/// compared with the one watched (device and inode; volume and file index on
/// Windows) every [`FOLDER_CHECK`] and after any event about the folder
/// itself, and watched anew when they differ.
pub struct Folder {
    /// The map folder as named to `serve`; a symbolic link is followed
    /// each time, so a link switched to another folder is noticed too.
    dir: PathBuf,
    /// The folder watched, as the watcher names the paths of its events.
    root: PathBuf,
    /// Which folder is watched; `None` while there is none.
    id: Option<FileId>,
    watcher: Option<Watcher>,
    poll: bool,
    tx: Sender<Vec<PathBuf>>,
    /// Set by the watcher when events were lost (see [`named_paths`]).
    lost: Arc<AtomicBool>,
    /// The error of the last attempt to watch a folder back at the path.
    failed: Option<String>,
}

/// What [`Folder::check`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// The path still names the folder watched.
    Same,
    /// The folder has just gone (removed, moved away, or no longer a
    /// folder) and is not watched any more.
    Gone,
    /// No folder at the path yet.
    StillGone,
    /// A folder is at the path again, or (`replaced`) another one took the
    /// place of the one watched: it is watched now, and the site must be
    /// built from it.
    Back { replaced: bool },
    /// A folder is at the path but cannot be watched: why. Said once; the
    /// next checks try again.
    Unwatchable(String),
    /// The folder watched is still at the path, but the watcher lost
    /// events (the system's queue of them overflowed) or failed: what
    /// changed is not known, and the site must be built from all of it.
    Lost,
}

impl Folder {
    /// Watches the map folder `dir` (found at `root`), sending each batch of
    /// changed paths to `tx` as [`start`] does.
    pub fn watch(
        dir: &Path,
        root: &Path,
        poll: bool,
        tx: Sender<Vec<PathBuf>>,
    ) -> Result<Folder, String> {
        let id = identity(dir);
        let lost = Arc::new(AtomicBool::new(false));
        let watcher = start(root, poll, tx.clone(), lost.clone())?;
        Ok(Folder {
            dir: dir.to_path_buf(),
            root: root.to_path_buf(),
            id,
            watcher: Some(watcher),
            poll,
            tx,
            lost,
            failed: None,
        })
    }

    /// The folder watched (or last watched), as event paths name it.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Compares the folder at the path with the one watched, and watches
    /// anew when they differ, or when `doubt` (an event about the folder
    /// itself: a folder removed and another made at once may get the same
    /// inode).
    pub fn check(&mut self, doubt: bool) -> Found {
        // Taken before the new watch starts: a folder swapped in between
        // differs from it at the next check.
        let now = identity(&self.dir);
        // Events lost are a doubt too: whatever they were, the folder is
        // watched anew.
        let lost = self.lost.swap(false, Ordering::AcqRel);
        let same = now.is_some() && now == self.id;
        if same && self.watcher.is_some() && !doubt && !lost {
            return Found::Same;
        }
        let was_watched = self.watcher.take().is_some();
        self.id = None;
        let gone = if was_watched {
            Found::Gone
        } else {
            Found::StillGone
        };
        if now.is_none() {
            return gone;
        }
        let watched = self
            .dir
            .canonicalize()
            .map_err(|e| e.to_string())
            .and_then(|root| {
                let watcher = start(&root, self.poll, self.tx.clone(), self.lost.clone())?;
                Ok((watcher, root))
            });
        match watched {
            Ok((watcher, root)) => {
                self.watcher = Some(watcher);
                self.root = root;
                self.id = now;
                self.failed = None;
                if lost && same {
                    Found::Lost
                } else {
                    Found::Back {
                        replaced: was_watched,
                    }
                }
            }
            Err(e) if self.failed.as_ref() != Some(&e) => {
                self.failed = Some(e.clone());
                Found::Unwatchable(e)
            }
            Err(_) => gone,
        }
    }
}

/// Which folder `dir` names now; `None` when there is none (or a file).
fn identity(dir: &Path) -> Option<FileId> {
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => get_file_id(dir).ok(),
        _ => None,
    }
}

/// A running watcher; dropping it stops watching.
#[expect(dead_code, reason = "held, never read: it watches until dropped")]
pub enum Watcher {
    Native(
        notify_debouncer_full::Debouncer<
            notify::RecommendedWatcher,
            notify_debouncer_full::RecommendedCache,
        >,
    ),
    Poll(notify_debouncer_full::Debouncer<notify::PollWatcher, FileIdMap>),
}

/// Watches `root` recursively, sending each debounced batch of changed paths
/// (absolute) to `tx` (see [`named_paths`]). `poll` uses a polling
/// watcher, for network drives, WSL and containers where file events do
/// not arrive.
pub fn start(
    root: &Path,
    poll: bool,
    tx: Sender<Vec<PathBuf>>,
    lost: Arc<AtomicBool>,
) -> Result<Watcher, String> {
    let folder = root.to_path_buf();
    let handler = move |result: DebounceEventResult| {
        let paths = named_paths(result, &folder, &lost);
        if !paths.is_empty() {
            let _ = tx.send(paths);
        }
    };
    let fail = |e: notify::Error| format!("cannot watch {}: {e}", root.display());
    if poll {
        let config = notify::Config::default().with_poll_interval(Duration::from_millis(500));
        let mut d = new_debouncer_opt::<_, notify::PollWatcher, FileIdMap>(
            DEBOUNCE,
            None,
            handler,
            FileIdMap::new(),
            config,
        )
        .map_err(fail)?;
        d.watch(root, RecursiveMode::Recursive).map_err(fail)?;
        Ok(Watcher::Poll(d))
    } else {
        let mut d = new_debouncer(DEBOUNCE, None, handler).map_err(fail)?;
        d.watch(root, RecursiveMode::Recursive).map_err(fail)?;
        Ok(Watcher::Native(d))
    }
}

/// The paths a batch of events from the watcher of `folder` names. The
/// folder itself is named only when it was removed or renamed, or when the
/// batch says that events were lost (notify asks for a rescan: the
/// system's queue overflowed, as a large checkout can make it) or that
/// watching failed. Then `lost` is set too. Either way [`Folder::check`]
/// looks into it at once.
fn named_paths(result: DebounceEventResult, folder: &Path, lost: &AtomicBool) -> Vec<PathBuf> {
    let events = match result {
        Ok(events) if !events.iter().any(|e| e.need_rescan()) => events,
        _ => {
            lost.store(true, Ordering::Release);
            return vec![folder.to_path_buf()];
        }
    };
    events
        .iter()
        .filter(|e| !matches!(e.kind, EventKind::Access(_)))
        .flat_map(|e: &DebouncedEvent| {
            let removed = matches!(
                e.kind,
                EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
            );
            e.paths.iter().filter(move |p| removed || *p != folder)
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PathBuf {
        PathBuf::from(s)
    }

    #[test]
    fn editor_temporaries_and_output_are_ignored() {
        let out = Some(Path::new("public"));
        for ignored in [
            "touchpoints/.web.yaml.swp",
            "touchpoints/web.yaml~",
            "touchpoints/4913",
            "notes/draft.txt",
            "touchpoints/web.yaml___jb_tmp___",
            "notes/#a.md#",
            ".git/index",
            "public/index.html",
            "README.txt",
        ] {
            assert!(!is_relevant(&p(ignored), out), "{ignored}");
        }
        for relevant in [
            "touchpoints/web.yaml",
            "notes/a.md",
            "data/x.csv",
            "templates/base.html",
            "static/logo.png",
            // Folders, removed or moved whole.
            "touchpoints/audio",
            "notes/research",
        ] {
            assert!(is_relevant(&p(relevant), out), "{relevant}");
        }
    }

    /// Far longer than any wait in these tests should last: a call still
    /// waiting at half of it waits for something it should not. What the
    /// tests check does not depend on how fast or busy the machine is.
    const NEVER: Duration = Duration::from_secs(60);

    #[test]
    fn a_burst_of_batches_is_folded_into_one_until_the_folder_is_quiet() {
        let (tx, rx) = std::sync::mpsc::channel();
        // The whole burst is waiting before settling starts, so each batch
        // comes well within the quiet time however busy the machine is.
        for i in 1..=10 {
            tx.send(vec![p(&format!("t{i}.yaml"))]).unwrap();
        }
        let quiet = Duration::from_millis(50);
        let started = Instant::now();
        let first = settle_with(&rx, vec![p("t0.yaml")], quiet, NEVER);
        assert_eq!(first.len(), 11, "{first:?}");
        assert!(
            started.elapsed() < NEVER / 2,
            "settled only at the longest wait, not once the folder was quiet"
        );
        // Sent after the first burst settled: a burst of its own.
        tx.send(vec![p("later.yaml")]).unwrap();
        let next = rx.recv().unwrap();
        assert_eq!(settle_with(&rx, next, quiet, NEVER), [p("later.yaml")]);
    }

    #[test]
    fn a_folder_that_never_goes_quiet_still_gets_a_rebuild() {
        // A bounded channel the sender keeps full until settling stops: it
        // is never empty for long, and never for the (very long) quiet time.
        let (tx, rx) = std::sync::mpsc::sync_channel(8);
        let sender = std::thread::spawn(move || {
            let mut i = 0;
            while tx.send(vec![p(&format!("t{i}.yaml"))]).is_ok() {
                i += 1;
            }
        });
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let settling = std::thread::spawn(move || {
            let paths = settle_with(
                &rx,
                vec![p("first.yaml")],
                NEVER,
                Duration::from_millis(100),
            );
            done_tx.send(paths).unwrap();
            // `rx` dropped here, which ends the sender.
        });
        let paths = done_rx
            .recv_timeout(NEVER / 2)
            .expect("settling waited for a quiet that never comes");
        // Whatever came in time, in order and without a gap (how much came
        // depends on the machine).
        let expected: Vec<PathBuf> = std::iter::once(p("first.yaml"))
            .chain((0..).map(|i| p(&format!("t{i}.yaml"))))
            .take(paths.len())
            .collect();
        assert_eq!(paths, expected);
        settling.join().unwrap();
        sender.join().unwrap();
    }

    #[test]
    fn a_folder_removed_moved_away_or_replaced_is_noticed_and_the_new_one_watched() {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("map");
        std::fs::create_dir(&dir).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let root = dir.canonicalize().unwrap();
        let mut folder = Folder::watch(&dir, &root, false, tx).unwrap();
        assert_eq!(folder.check(false), Found::Same);

        std::fs::remove_dir(&dir).unwrap();
        assert_eq!(folder.check(false), Found::Gone);
        assert_eq!(folder.check(false), Found::StillGone);
        std::fs::write(&dir, "a file, not a folder").unwrap();
        assert_eq!(folder.check(false), Found::StillGone);
        std::fs::remove_file(&dir).unwrap();

        std::fs::create_dir(&dir).unwrap();
        assert_eq!(folder.check(false), Found::Back { replaced: false });
        assert_eq!(folder.check(false), Found::Same);

        // Swapped by two renames, between two looks.
        let new = parent.path().join("map.new");
        std::fs::create_dir(&new).unwrap();
        std::fs::rename(&dir, parent.path().join("map.old")).unwrap();
        std::fs::rename(&new, &dir).unwrap();
        assert_eq!(folder.check(false), Found::Back { replaced: true });
        assert_eq!(folder.check(false), Found::Same);
        // The new folder's changes come through.
        std::fs::write(dir.join("touchmap.yaml"), "site: {title: New}\n").unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        while !seen
            .iter()
            .any(|p: &PathBuf| p.ends_with("map/touchmap.yaml"))
        {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(paths) => seen.extend(paths),
                Err(e) => panic!("no event for the new folder ({e}); came: {seen:?}"),
            }
        }

        // An event about the folder itself is a doubt worth a new watch.
        assert_eq!(folder.check(true), Found::Back { replaced: true });
    }

    #[test]
    fn events_lost_or_a_failed_watch_name_the_folder_and_the_map_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let (tx, _rx) = std::sync::mpsc::channel();
        let mut folder = Folder::watch(dir.path(), &root, false, tx).unwrap();
        let event = |kind, path: &Path| DebouncedEvent {
            event: notify::Event::new(kind).add_path(path.to_path_buf()),
            time: Instant::now(),
        };
        let file = root.join("touchpoints/web.yaml");
        let edited = event(EventKind::Modify(ModifyKind::Any), &file);
        let lost = &folder.lost;
        // An edit names its file.
        let named = named_paths(Ok(vec![edited.clone()]), &root, lost);
        assert_eq!(named, vec![file.clone()]);
        // The folder is checked as the rebuild loop does: in doubt when
        // the batch names it.
        let doubt = |named: &[PathBuf]| named.contains(&root);
        assert_eq!(folder.check(doubt(&named)), Found::Same);
        // A rescan asked for, beside an edit, or an error of the watcher:
        // the folder, which is then found to have lost events, once.
        let mut rescan = event(EventKind::Other, &root);
        rescan.event = rescan.event.set_flag(notify::event::Flag::Rescan);
        let errors = Err(vec![notify::Error::generic("the watch failed")]);
        for result in [Ok(vec![edited, rescan]), errors] {
            let named = named_paths(result, &root, &folder.lost);
            assert_eq!(named, vec![root.clone()]);
            assert_eq!(folder.check(doubt(&named)), Found::Lost);
            assert_eq!(folder.check(false), Found::Same);
        }
    }

    #[test]
    fn theme_only_changes_skip_reloading_the_map() {
        assert_eq!(
            classify(&[p("templates/map.html"), p("static/x.css")], None),
            Some(Change::Theme(vec![
                p("templates/map.html"),
                p("static/x.css")
            ]))
        );
        assert!(matches!(
            classify(&[p("templates/map.html"), p("a.yaml")], None),
            Some(Change::Map(_))
        ));
        assert_eq!(classify(&[p(".git/HEAD")], None), None);
        // A map's own messages are checked with the map: a full reload.
        assert_eq!(
            classify(&[p("i18n/pl.ftl")], None),
            Some(Change::Map(vec![p("i18n/pl.ftl")]))
        );
        assert_eq!(classify(&[p("i18n/notes.txt")], None), None);
    }
}
