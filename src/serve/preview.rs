//! `serve`'s site without its server, for the rebuild benchmark
//! (`benches/rebuild.rs`). A bench target reaches only the library's
//! public API, so this is the narrow door to `serve`'s private rebuild: the
//! very code `touchmap serve` runs after a save, without the watcher's
//! quarter-second wait for the folder to settle, the HTTP server or a
//! browser.

use super::rebuild::Rebuilder;
use super::state::SiteState;
use super::watch::Change;
use crate::load::{LoadError, find_root};
use std::fmt;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A map's site, built in memory and rebuilt after edits as `serve` does.
pub struct Preview {
    rebuilder: Rebuilder,
    state: SiteState,
}

/// Why a map cannot be previewed.
#[derive(Debug)]
pub enum PreviewError {
    /// No map folder there.
    NotFound(LoadError),
    /// The map has errors: its site is not built.
    Invalid { errors: usize },
}

impl fmt::Display for PreviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PreviewError::NotFound(e) => e.fmt(f),
            PreviewError::Invalid { errors } => {
                write!(
                    f,
                    "the map does not build ({errors} errors; run touchmap check)"
                )
            }
        }
    }
}

impl std::error::Error for PreviewError {}

/// How long one rebuild took, see [`Preview::rebuild_after_edit`].
#[derive(Debug, Clone, Copy)]
pub struct Rebuilt {
    /// From the call to the whole new site published.
    pub rebuilt: Duration,
    /// From the call to the watched page in hand for a browser that asked
    /// for it as soon as the new site was announced (answered while the
    /// rest renders, when it can be); `None` when no page was watched or
    /// no new site came.
    pub page_shown: Option<Duration>,
}

impl Preview {
    /// Builds the site of the map in `dir` (or the folder above it that
    /// holds the map) in memory, as `serve` does when it starts.
    pub fn open(dir: &Path) -> Result<Preview, PreviewError> {
        let root = find_root(dir).map_err(PreviewError::NotFound)?;
        let state = SiteState::new();
        let mut rebuilder = Rebuilder::new(root, None, state.clone(), false);
        rebuilder.rebuild(None);
        let preview = Preview { rebuilder, state };
        match preview.errors() {
            0 if !preview.state.snapshot().files.is_empty() => Ok(preview),
            errors => Err(PreviewError::Invalid { errors }),
        }
    }

    /// The map folder.
    pub fn root(&self) -> &Path {
        &self.rebuilder.dir
    }

    /// The errors of the last build (0 when it published its site).
    pub fn errors(&self) -> usize {
        self.state.snapshot().status.errors.len()
    }

    /// The version of the site served: it goes up with each site published.
    pub fn version(&self) -> u64 {
        self.state.snapshot().status.site
    }

    /// A file of the site served (`touchpoints/x/index.html`).
    pub fn file(&self, path: &str) -> Option<Vec<u8>> {
        self.state
            .snapshot()
            .files
            .get(path)
            .map(|b| b.bytes().to_vec())
    }

    /// The paths of the site's files, sorted.
    pub fn files(&self) -> Vec<String> {
        self.state.snapshot().files.keys().cloned().collect()
    }

    /// The file of the page of note `note` (a path relative to the map
    /// folder, as in `notes/x.md`), as the renderer names it.
    pub fn note_page(&self, note: &Path) -> String {
        let slug = crate::model::note_slug(&note.to_string_lossy().replace('\\', "/"));
        crate::site::page_file(&format!("notes/{slug}/"))
    }

    /// Rebuilds after an edit to `edited` (relative to the map folder, the
    /// edit already saved), through `serve`'s own rebuild, and times it;
    /// with `watch`, also how soon that page of the new site is in hand
    /// (see [`Rebuilt::page_shown`]).
    pub fn rebuild_after_edit(&mut self, edited: &Path, watch: Option<&str>) -> Rebuilt {
        let before = self.version();
        let started = Instant::now();
        let change = Change::Map(vec![edited.to_path_buf()]);
        let (rebuilder, state) = (&mut self.rebuilder, &self.state);
        let page_shown = std::thread::scope(|scope| {
            let rebuilding = scope.spawn(|| rebuilder.rebuild(Some(&change)));
            let shown = watch.and_then(|page| first_shown(state, before, page, started));
            let _ = rebuilding.join();
            shown
        });
        Rebuilt {
            rebuilt: started.elapsed(),
            page_shown,
        }
    }
}

/// How long after `started` a browser that reloads once the site's version
/// passes `before` gets `page`, asked for as the server asks (from the site
/// while it renders, else from the whole site). `None` when no new version
/// came.
fn first_shown(state: &SiteState, before: u64, page: &str, started: Instant) -> Option<Duration> {
    let snapshot = loop {
        let snapshot = state.snapshot();
        if snapshot.status.site > before {
            break snapshot;
        }
        if !snapshot.status.errors.is_empty() {
            return None;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let (reply, made) = mpsc::channel();
    let asked = snapshot.request(
        page,
        Box::new(move |file| {
            let _ = reply.send(file);
        }),
    );
    if asked && let Ok(Some(_)) = made.recv() {
        return Some(started.elapsed());
    }
    // Not made alone: the whole site has it.
    loop {
        let snapshot = state.snapshot();
        if snapshot.rendering.is_none() {
            return snapshot.files.contains_key(page).then(|| started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "site: {title: Bench}\nstages: [{id: awareness}]\n\
        channels: [{id: email, mode: digital}]\n\
        touchpoints:\n  - {id: newsletter, name: Newsletter, stage: awareness, \
        channel: email, notes: [notes/study.md]}\n";

    fn map() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("touchmap.yaml"), YAML).unwrap();
        std::fs::create_dir(dir.path().join("notes")).unwrap();
        std::fs::write(
            dir.path().join("notes/study.md"),
            "# Study\n\nWhat we found.\n",
        )
        .unwrap();
        dir
    }

    #[test]
    fn an_edited_note_shows_on_its_page_after_the_rebuild() {
        let dir = map();
        let mut preview = Preview::open(dir.path()).unwrap();
        let page = preview.note_page(Path::new("notes/study.md"));
        assert_eq!(page, "notes/study/index.html");
        assert!(!String::from_utf8_lossy(&preview.file(&page).unwrap()).contains("Added"));
        std::fs::write(
            dir.path().join("notes/study.md"),
            "# Study\n\nWhat we found.\n\nAdded later.\n",
        )
        .unwrap();
        let rebuilt = preview.rebuild_after_edit(Path::new("notes/study.md"), None);
        assert!(String::from_utf8_lossy(&preview.file(&page).unwrap()).contains("Added later."));
        assert!(rebuilt.rebuilt > Duration::ZERO);
        assert_eq!(rebuilt.page_shown, None);
    }

    #[test]
    fn after_a_map_file_edit_the_watched_page_is_in_hand_no_later_than_the_whole_site() {
        let dir = map();
        let mut preview = Preview::open(dir.path()).unwrap();
        let page = "touchpoints/newsletter/index.html";
        assert!(preview.files().iter().any(|f| f == page));
        let before = preview.version();
        std::fs::write(
            dir.path().join("touchmap.yaml"),
            YAML.replace("name: Newsletter", "name: Weekly letter"),
        )
        .unwrap();
        let rebuilt = preview.rebuild_after_edit(Path::new("touchmap.yaml"), Some(page));
        assert!(preview.version() > before);
        assert_eq!(preview.errors(), 0);
        assert!(String::from_utf8_lossy(&preview.file(page).unwrap()).contains("Weekly letter"));
        let shown = rebuilt.page_shown.expect("the page was shown");
        assert!(shown <= rebuilt.rebuilt, "{rebuilt:?}");
    }

    #[test]
    fn a_map_that_does_not_build_is_refused_with_its_error_count() {
        let dir = map();
        std::fs::write(
            dir.path().join("touchmap.yaml"),
            YAML.replace("channel: email", "channel: emial"),
        )
        .unwrap();
        match Preview::open(dir.path()) {
            Err(e @ PreviewError::Invalid { errors: 1 }) => {
                assert!(e.to_string().contains("does not build"), "{e}")
            }
            Err(e) => panic!("{e}"),
            Ok(_) => panic!("a map with an unknown channel was previewed"),
        }
    }
}
