//! Rebuilding for `serve`: the same pipeline as `build` (load -> model ->
//! analyse -> render), published in memory instead of written to disk.
//! A change to templates or static files alone re-renders the last analysed
//! map without reading the YAML again; an edit to the text of notes alone
//! re-renders just those notes' pages and the search index (see
//! [`Rebuilder::notes_only`]). Anything else, or any doubt, runs the whole
//! pipeline; then, as soon as the map is analysed, browsers are told of the
//! new site and get each page they ask for rendered on its own, while the
//! whole site renders (see `render::on_request`).

use super::LIVE_JS_BUILT;
use super::state::{Kept, OverlayError, SiteState};
use super::watch::Change;
use crate::analyse::Analysed;
use crate::diagnostics::{self, Findings, Format, Severity};
use crate::load::links::same_targets;
use crate::load::{ParsedFiles, front_matter, read_theme, reread_note};
use crate::model::note_title;
use crate::pipeline::{BuildFailure, analyse_map_reusing};
use crate::render::search::SearchIndex;
use crate::render::{Hooks, InMemory, NotesOnly, OnRequest, RenderOptions, render_site};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, mpsc};
use std::time::Instant;

pub struct Rebuilder {
    pub dir: PathBuf,
    pub base_url: Option<String>,
    pub state: SiteState,
    /// The last map that built without errors, for theme-only and
    /// notes-only rebuilds.
    last: Option<Analysed>,
    /// The search index of the last good build, for notes-only rebuilds.
    search: Option<SearchIndex>,
    /// The map files as last parsed, good or not: an edit parses again only
    /// what it changed.
    parsed: ParsedFiles,
    color: bool,
    /// How many times the whole pipeline ran, for tests: a page it did not
    /// change is shared with the site before, so they cannot tell by that.
    #[cfg(test)]
    pipelines: usize,
}

impl Rebuilder {
    pub fn new(dir: PathBuf, base_url: Option<String>, state: SiteState, color: bool) -> Self {
        Rebuilder {
            dir,
            base_url,
            state,
            last: None,
            search: None,
            parsed: ParsedFiles::default(),
            color,
            #[cfg(test)]
            pipelines: 0,
        }
    }

    /// The live-reload script lives at the server's root, outside the site,
    /// so its address does not depend on the base URL; the server puts in
    /// the site's version as it serves a page.
    fn options(&self) -> RenderOptions {
        RenderOptions {
            base_url: self.base_url.clone(),
            live_reload: Some(LIVE_JS_BUILT.to_string()),
        }
    }

    /// Rebuilds after `change` (or from scratch when `None`), publishes the
    /// result or the errors, and reports on the terminal. Returns the base URL
    /// the site is served under.
    pub fn rebuild(&mut self, change: Option<&Change>) -> String {
        self.rebuild_unless(change, &|| false)
            .unwrap_or_else(|| self.base_url.clone().unwrap_or_else(|| "/".into()))
    }

    /// [`Rebuilder::rebuild`], stopping the render of the whole site when
    /// `superseded` says a newer edit has come (asked before browsers are
    /// told, then at least every 20 ms while the site renders). Then
    /// nothing more is published (browsers have the new site's pages on
    /// request meanwhile), and `None` is returned: the caller rebuilds with
    /// the newer edit.
    pub fn rebuild_unless(
        &mut self,
        change: Option<&Change>,
        superseded: &(dyn Fn() -> bool + Sync),
    ) -> Option<String> {
        let started = Instant::now();
        let options = self.options();
        // What the watcher saw change is read again whatever its stamp
        // says (see `load::ParsedFiles`); a new folder, all of it.
        match change {
            Some(Change::Map(paths)) => self.parsed.forget_stamps(paths),
            Some(Change::Folder | Change::Lost) => self.parsed.forget_stamps(&[PathBuf::new()]),
            Some(Change::Theme(_)) | None => {}
        }
        if let Some(change @ Change::Map(paths)) = change
            && let Some(pages) = self.notes_only(paths, &options)
            && let Some(analysed) = self.last.as_ref()
        {
            eprintln!(
                "✓ rebuilt {} in {} ms ({})",
                count(pages, "page"),
                started.elapsed().as_millis(),
                describe(change)
            );
            return Some(
                self.base_url
                    .clone()
                    .unwrap_or_else(|| analysed.model.site.base_url.clone()),
            );
        }
        self.search = None;
        #[cfg(test)]
        {
            self.pipelines += 1;
        }
        // Browsers are sent the new site as soon as its pages can be
        // rendered, each on request, while the whole site renders (see
        // `render::on_request`).
        let shown_after = OnceLock::new();
        // The site served now: a file the new one has as it was is shared
        // with it, not kept twice.
        let before = self.state.snapshot();
        let result = self.read(change).and_then(|analysed| {
            let (requests, answering) = mpsc::channel();
            let state = &self.state;
            let ready = || {
                let _ = shown_after.set(started.elapsed().as_millis());
                state.publish_rendering(requests.clone());
            };
            let on_request = OnRequest {
                requests: answering,
                ready: &ready,
                superseded,
            };
            render_in_memory(analysed, &options, on_request, &before.files)
        });
        let elapsed = started.elapsed().as_millis();
        let what = change
            .map(describe)
            .unwrap_or_else(|| "initial build".into());
        Some(match result {
            Ok((analysed, site)) => {
                let shown = shown_after.get().copied();
                let took = format!("{elapsed} ms ({what})");
                let files = in_memory(site.files, &site.copies, &before.files);
                // Let go, so that the old site is freed once replaced.
                drop(before);
                self.published(analysed, files, site.search, shown, &took)
            }
            Err(BuildFailure::Invalid(analysed)) => {
                self.invalid(&analysed, &format!("{elapsed} ms ({what})"))
            }
            Err(BuildFailure::Load(e)) => self.unreadable(e.to_string()),
            Err(BuildFailure::Write(e)) => self.unreadable(e.to_string()),
            Err(BuildFailure::Superseded) => {
                // The last site and search index are gone with it (taken
                // above): the next rebuild runs the whole pipeline.
                eprintln!(
                    "… a newer edit came {elapsed} ms into the rebuild ({what}); rebuilding with it"
                );
                return None;
            }
        })
    }

    /// The map to render after `change`: the last one with the theme read
    /// again when only the theme changed, else the map read anew.
    fn read(&mut self, change: Option<&Change>) -> Result<Analysed, BuildFailure> {
        match (change, self.last.take()) {
            (Some(Change::Theme(_)), Some(mut analysed)) => {
                let mut findings = Findings::default();
                let theme = read_theme(&analysed.model.root, &mut findings);
                analysed.model.templates = theme.templates;
                analysed.model.static_files = theme.static_files;
                analysed.findings.extend(findings);
                analysed.findings.sort();
                Ok(analysed)
            }
            (_, last) => {
                // Freed beside the new map's reading, not after it and
                // before browsers are told (a tenth of a second at 50k
                // touchpoints).
                if let Some(last) = last {
                    let _ = std::thread::Builder::new().spawn(move || drop(last));
                }
                Ok(analyse_map_reusing(&self.dir, Some(&mut self.parsed))?)
            }
        }
    }

    /// Publishes a site that built (`shown` after how many ms its pages
    /// were shown on request), reports it, keeps its map for the next
    /// rebuild; returns the base URL it is served under.
    fn published(
        &mut self,
        analysed: Analysed,
        files: HashMap<String, Kept>,
        search: Option<SearchIndex>,
        shown: Option<u128>,
        took: &str,
    ) -> String {
        let warnings = analysed.findings.warning_count();
        let base = analysed.model.site.base_url.clone();
        let pages = files.keys().filter(|p| p.ends_with(".html")).count();
        self.search = search;
        let shown = match shown {
            Some(ms) => {
                self.state.publish_rendered(files);
                format!(", its pages shown on request from {ms} ms")
            }
            None => {
                self.state.publish(files);
                String::new()
            }
        };
        eprintln!(
            "✓ built {} in {took}{shown}{}",
            count(pages, "page"),
            if warnings > 0 {
                format!(", {} (run `touchmap check`)", count(warnings, "warning"))
            } else {
                String::new()
            }
        );
        self.last = Some(analysed);
        self.base_url.clone().unwrap_or(base)
    }

    /// Reports a map with errors on the terminal and in browsers; returns
    /// the base URL the last site stays served under.
    fn invalid(&self, analysed: &Analysed, took: &str) -> String {
        let errors: Vec<OverlayError> = analysed
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| OverlayError {
                file: diagnostics::display_path(&self.dir, &f.location.file),
                line: f.location.line,
                column: f.location.column,
                message: f.message.clone(),
                hint: f.hint.clone(),
            })
            .collect();
        let mut only_errors = Findings::default();
        analysed
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .for_each(|f| only_errors.push(f.clone()));
        eprint!(
            "{}",
            diagnostics::render(
                &only_errors,
                Format::Human,
                &self.dir,
                &analysed.model.sources,
                self.color
            )
        );
        eprintln!("✗ build failed after {took}; {}", self.fallback());
        self.state.fail(errors);
        self.base_url
            .clone()
            .unwrap_or_else(|| analysed.model.site.base_url.clone())
    }

    /// Reports a map folder that cannot be read (or a site that cannot be
    /// kept), on the terminal and in browsers.
    fn unreadable(&self, message: String) -> String {
        eprintln!("✗ {message}; {}", self.fallback());
        self.state.fail(vec![OverlayError {
            file: self.dir.display().to_string(),
            line: 1,
            column: 1,
            message,
            hint: None,
        }]);
        self.base_url.clone().unwrap_or_else(|| "/".into())
    }

    /// The rebuild after an edit that changed only the text of existing
    /// notes: their front matter (and so their links from front matter) is
    /// as it was, and so are the links and images in their text, their
    /// titles, and they had no finding. Then only their pages and the search
    /// index can differ: those are re-rendered and published with the rest of
    /// the last site as it was. Returns the number of pages re-rendered, or
    /// `None` (having changed nothing) when the edit is anything else, and
    /// the whole pipeline must run.
    fn notes_only(&mut self, paths: &[PathBuf], options: &RenderOptions) -> Option<usize> {
        let analysed = self.last.as_ref()?;
        self.search.as_ref()?;
        let model = &analysed.model;
        let mut edits = Vec::new();
        for rel in paths {
            let id = rel.to_string_lossy().replace('\\', "/");
            let &i = model.index.notes.get(&id)?;
            let note = &model.notes[i];
            let old_text = model.sources.get(Path::new(&id))?;
            let (raw, text) = reread_note(&model.root, Path::new(&id))?;
            let unchanged = front_matter(&text) == front_matter(old_text)
                && note_title(&raw) == note.title
                && same_targets(&raw.links, &note.links)
                && !analysed
                    .findings
                    .iter()
                    .any(|f| f.location.file == Path::new(&id));
            if !unchanged {
                return None;
            }
            edits.push((i, id, raw, text));
        }
        if edits.is_empty() {
            return None;
        }
        let mut analysed = self.last.take()?;
        let mut search = self.search.take()?;
        let notes: Vec<usize> = edits.iter().map(|(i, ..)| *i).collect();
        for (i, id, raw, text) in edits {
            // The same targets, perhaps at other places in the text.
            analysed.model.notes[i].links = raw.links;
            analysed.model.notes[i].body = raw.body;
            analysed.model.sources.insert(PathBuf::from(id), text);
        }
        // A template that fails now failed before too, but the full
        // pipeline is the one that reports it.
        let memory = InMemory::<Kept>::default();
        let hooks = Hooks {
            notes_only: Some(NotesOnly {
                notes: &notes,
                search: &mut search,
            }),
            ..Hooks::default()
        };
        let sink = |path, chunks| memory.keep(path, chunks);
        let pages = render_site(&analysed, None, options, &sink, hooks)
            .ok()?
            .pages;
        self.state.publish_changed(memory.into_files());
        self.last = Some(analysed);
        self.search = Some(search);
        Some(pages)
    }
}

/// A site rendered in memory, for `serve` to publish.
struct SiteFiles {
    /// `(path in the output folder, content)`, sorted by path.
    files: Vec<(String, Kept)>,
    /// `(path in the output folder, file to copy)`.
    copies: Vec<(String, PathBuf)>,
    /// The entries of `search-index.json`, kept so that a notes-only
    /// rebuild redoes only those an edited note changes.
    search: Option<SearchIndex>,
}

/// The render step of the pipeline, into memory, answering the files asked
/// for through `on_request` while the site renders. A file as it was in
/// `before` is shared with it.
fn render_in_memory(
    analysed: Analysed,
    options: &RenderOptions,
    on_request: OnRequest,
    before: &HashMap<String, Kept>,
) -> Result<(Analysed, SiteFiles), BuildFailure> {
    let memory = InMemory::<Kept>::default();
    let hooks = Hooks {
        keep_search: true,
        on_request: Some(on_request),
        ..Hooks::default()
    };
    let sink = |path, chunks| {
        memory.keep_as(path, chunks, |path, bytes| {
            Kept::sharing(bytes, before.get(path))
        })
    };
    let (analysed, rendered, _) = crate::pipeline::render(analysed, None, options, &sink, hooks)?;
    let site = SiteFiles {
        files: memory.into_files(),
        copies: rendered.copies,
        search: rendered.search,
    };
    Ok((analysed, site))
}

impl Rebuilder {
    /// Says on the terminal and in the browser that the map folder has
    /// gone; the last good site stays.
    pub fn folder_gone(&self) {
        let serving = if self.state.snapshot().files.is_empty() {
            "there is no good build to serve yet"
        } else {
            "still serving the last good site"
        };
        eprintln!(
            "✗ the map folder {} is gone (removed or moved away); {serving}, and watching for a folder to come back at its path",
            self.dir.display(),
        );
        self.state.gone(self.dir.display().to_string());
    }

    /// What the browser gets after a failed build, for the terminal line.
    fn fallback(&self) -> &'static str {
        if self.state.snapshot().files.is_empty() {
            "there is no good build to serve yet: the browser shows the errors until the map builds"
        } else {
            "still serving the last good site"
        }
    }
}

/// `1 page`, `3 pages`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn describe(change: &Change) -> String {
    let paths = match change {
        Change::Theme(paths) | Change::Map(paths) => paths,
        Change::Folder => return "a new map folder at its path".into(),
        Change::Lost => return "file events lost: the whole map folder".into(),
    };
    let shown: Vec<String> = paths
        .iter()
        .take(3)
        .map(|p| p.display().to_string())
        .collect();
    let more = paths.len().saturating_sub(3);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The site as path -> bytes; copied files are read now, so a later edit to
/// a static file cannot tear a page that is being served. One as it was in
/// `before` is shared with it.
fn in_memory(
    rendered: Vec<(String, Kept)>,
    copies: &[(String, PathBuf)],
    before: &HashMap<String, Kept>,
) -> HashMap<String, Kept> {
    let mut files: HashMap<String, Kept> = rendered.into_iter().collect();
    for (rel, source) in copies {
        if let Ok(bytes) = crate::load::walk::read_resolved(source) {
            files.insert(rel.clone(), Kept::sharing(bytes, before.get(rel)));
        }
    }
    files
}

/// Paths relative to the map folder, for classifying changes.
pub fn relative(root: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok().map(Path::to_path_buf))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::example_map_copy;
    use std::fs;

    /// `serve` on `map`, its first build done: its site, and its rebuilder.
    fn served(map: &Path) -> (SiteState, Rebuilder) {
        let state = SiteState::new();
        let mut rebuilder = Rebuilder::new(map.to_path_buf(), None, state.clone(), false);
        rebuilder.rebuild(None);
        (state, rebuilder)
    }

    /// The text of the file `file` of a published site.
    fn file_text(site: &Snapshot, file: &str) -> String {
        String::from_utf8_lossy(&site.files[file].bytes()).to_string()
    }

    /// What `serve` did with an edit.
    struct Edited {
        /// The site before the edit.
        before: Arc<Snapshot>,
        /// The site after it.
        after: Arc<Snapshot>,
        /// The site a full rebuild of the edited map publishes.
        full: Arc<Snapshot>,
        /// Whether the whole pipeline ran for it.
        whole: bool,
    }

    /// `serve` on `map`, then `edit` made to its file `file`.
    fn after_edit(map: &Path, file: &str, edit: impl Fn(&str) -> String) -> Edited {
        let (state, mut rebuilder) = served(map);
        let before = state.snapshot();
        let path = map.join(file);
        fs::write(&path, edit(&fs::read_to_string(&path).unwrap())).unwrap();
        let pipelines = rebuilder.pipelines;
        rebuilder.rebuild(Some(&Change::Map(vec![PathBuf::from(file)])));
        Edited {
            before,
            after: state.snapshot(),
            full: served(map).0.snapshot(),
            whole: rebuilder.pipelines > pipelines,
        }
    }

    /// Whether the page is the very bytes of the site before (not rebuilt).
    fn kept(before: &Snapshot, after: &Snapshot, page: &str) -> bool {
        before.files[page].stored_at() == after.files[page].stored_at()
    }

    fn differing(a: &Snapshot, b: &Snapshot) -> Vec<String> {
        let mut keys: Vec<&String> = a.files.keys().chain(b.files.keys()).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .filter(|k| a.files.get(*k) != b.files.get(*k))
            .cloned()
            .collect()
    }

    use super::super::state::Snapshot;
    use std::sync::Arc;

    #[test]
    fn an_edit_to_a_note_text_publishes_what_a_full_rebuild_would() {
        let (_dir, map) = example_map_copy();
        let note = "notes/research/checkout-study.md";
        let Edited {
            before,
            after: patched,
            full,
            whole,
        } = after_edit(&map, note, |t| {
            format!("{t}\nA new finding: **guest checkout** halves abandonment.\n")
        });
        assert_eq!(differing(&patched, &full), Vec::<String>::new());
        assert!(!whole, "only the note was rebuilt");
        assert!(!kept(
            &before,
            &patched,
            "notes/research/checkout-study/index.html"
        ));
        let page = file_text(&patched, "notes/research/checkout-study/index.html");
        assert!(page.contains("<strong>guest checkout</strong>"), "{page}");
        // The search finds the new word (stemmed: "halves" is kept as
        // "halv"), which it did not before.
        let finds = |site: &Snapshot, stem: &str| {
            site.files.iter().any(|(path, bytes)| {
                path.starts_with("search-index/t/")
                    && String::from_utf8_lossy(&bytes.bytes()).contains(&format!("\"{stem}\":["))
            })
        };
        assert!(!finds(&before, "halv"));
        assert!(finds(&patched, "halv"));
    }

    #[test]
    fn edits_the_watcher_names_are_read_even_when_size_and_time_are_as_they_were() {
        let (_dir, map) = example_map_copy();
        let (state, mut rebuilder) = served(&map);
        let page = |file: &str| file_text(&state.snapshot(), file);
        let (note, yaml) = (
            "notes/research/checkout-study.md",
            "touchpoints/ecommerce.yaml",
        );
        let note_page = "notes/research/checkout-study/index.html";
        // The note's text: rebuilt alone.
        crate::testing::change_unstamped(&map.join(note), "12 moderated", "13 moderated");
        rebuilder.rebuild(Some(&Change::Map(vec![PathBuf::from(note)])));
        assert!(page(note_page).contains("13 moderated"));
        // Then a map file: the whole map read again, the note as edited.
        crate::testing::change_unstamped(
            &map.join(yaml),
            "name: Product pages",
            "name: Renamed pages",
        );
        rebuilder.rebuild(Some(&Change::Map(vec![PathBuf::from(yaml)])));
        assert!(page("touchpoints/product-pages/index.html").contains("Renamed pages"));
        assert!(
            page(note_page).contains("13 moderated"),
            "not the note as first read"
        );
    }

    #[test]
    fn an_edit_to_a_map_file_publishes_one_new_version_that_a_full_rebuild_would() {
        let (_dir, map) = example_map_copy();
        let Edited {
            before,
            after,
            full,
            whole,
        } = after_edit(&map, "touchpoints/ecommerce.yaml", |t| {
            t.replacen("name: Product", "name: Renamed product", 1)
        });
        assert!(whole);
        assert_eq!(differing(&after, &full), Vec::<String>::new());
        assert_eq!(after.status.site, before.status.site + 1);
        assert!(after.rendering.is_none(), "the site is done");
        let page = file_text(&after, "touchpoints/product-pages/index.html");
        assert!(page.contains("Renamed product"), "{page}");
        // A page the rename did not change is not kept a second time.
        assert!(!kept(
            &before,
            &after,
            "touchpoints/product-pages/index.html"
        ));
        assert!(kept(&before, &after, "touchpoints/store-window/index.html"));
    }

    #[test]
    fn a_map_file_edit_that_changes_no_page_keeps_no_file_twice() {
        let (_dir, map) = example_map_copy();
        let Edited {
            before,
            after,
            whole,
            ..
        } = after_edit(&map, "touchpoints/ecommerce.yaml", |t| {
            format!("{t}\n# A comment changes no page.\n")
        });
        assert!(whole);
        assert_eq!(after.status.site, before.status.site + 1);
        let twice: Vec<&String> = after
            .files
            .keys()
            .filter(|file| !kept(&before, &after, file))
            .collect();
        assert_eq!(twice, Vec::<&String>::new());
    }

    #[test]
    fn a_rebuild_superseded_by_a_newer_edit_publishes_nothing_and_the_next_one_everything() {
        let (_dir, map) = example_map_copy();
        let (state, mut rebuilder) = served(&map);
        let before = state.snapshot();
        let note = "notes/research/checkout-study.md";
        let path = map.join(note);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, format!("{text}\nFirst edit.\n")).unwrap();
        let change = Change::Map(vec![PathBuf::from(note)]);
        // The note's text alone changed, which is patched in place and
        // never stopped; a map file's edit runs the pipeline.
        let yaml = Change::Map(vec![PathBuf::from("touchpoints/ecommerce.yaml")]);
        assert_eq!(rebuilder.rebuild_unless(Some(&yaml), &|| true), None);
        let stopped = state.snapshot();
        assert_eq!(
            stopped.status.state, before.status.state,
            "nothing published"
        );
        assert!(kept(&before, &stopped, "index.html"));
        // The next rebuild has no last site to patch: it runs the whole
        // pipeline, and publishes what a fresh build would.
        fs::write(&path, format!("{text}\nSecond edit.\n")).unwrap();
        let pipelines = rebuilder.pipelines;
        assert!(rebuilder.rebuild_unless(Some(&change), &|| false).is_some());
        let after = state.snapshot();
        assert_eq!(
            rebuilder.pipelines,
            pipelines + 1,
            "the whole site was rebuilt"
        );
        assert_eq!(
            differing(&after, &served(&map).0.snapshot()),
            Vec::<String>::new()
        );
        let page = file_text(&after, "notes/research/checkout-study/index.html");
        assert!(page.contains("Second edit."), "{page}");
    }

    #[test]
    fn edits_that_change_more_than_text_rebuild_everything() {
        for edit in [
            // The title comes from front matter.
            |t: &str| t.replacen("title: ", "title: Renamed ", 1),
            // A new link.
            |t: &str| format!("{t}\nSee [the plan](../kpis/measurement-plan.md).\n"),
        ] {
            let (_dir, map) = example_map_copy();
            let edited = after_edit(&map, "notes/research/checkout-study.md", edit);
            assert_eq!(differing(&edited.after, &edited.full), Vec::<String>::new());
            assert!(edited.whole, "the whole site was rebuilt");
        }
    }

    #[test]
    fn a_note_without_front_matter_title_that_changes_its_heading_rebuilds_everything() {
        let (_dir, map) = example_map_copy();
        let note = "notes/plain.md";
        fs::write(map.join(note), "# First heading\n\nSome text.\n").unwrap();
        let edited = after_edit(&map, note, |t| t.replace("First heading", "Second heading"));
        assert_eq!(differing(&edited.after, &edited.full), Vec::<String>::new());
        assert!(edited.whole, "the whole site was rebuilt");
        let notes = file_text(&edited.after, "notes/index.html");
        assert!(notes.contains("Second heading"));
    }
}
