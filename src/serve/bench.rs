//! The measure `benches/run.sh` takes of `serve`: how long a rebuild after
//! a save takes, through `serve`'s own (private) rebuild, which is why it
//! lives here and runs as a hidden subcommand rather than as a bench target
//! of its own (which could only reach the library's public API).

use super::rebuild::Rebuilder;
use super::state::SiteState;
use super::watch;
use crate::Exit;
use crate::load::find_root;
use std::path::Path;
use std::sync::mpsc;

/// `touchmap bench-rebuild DIR FILE` (hidden, for benches/run.sh): builds
/// the site in memory as `serve` does, then `runs` times edits FILE and
/// rebuilds through the same [`Rebuilder::rebuild`] that `serve` runs after
/// a save (without the watcher's quarter-second wait for the folder to
/// settle). A note gets a sentence added to its text, and its page must show
/// it; a YAML file gets a comment added, which changes nothing on the site
/// but makes `serve` run the whole pipeline as after any edit to a map file,
/// and the site must be published again without errors. Prints `full_ms=…
/// rebuild_ms=…` (the median rebuild) on stdout; the file is restored.
pub fn bench_rebuild(dir: &Path, file: &Path, runs: usize) -> Exit {
    let root = match find_root(dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Exit::Usage;
        }
    };
    let state = SiteState::new();
    let mut rebuilder = Rebuilder::new(root.clone(), None, state.clone(), false);
    let started = std::time::Instant::now();
    rebuilder.rebuild(None);
    let full = started.elapsed();
    if !state.snapshot().status.errors.is_empty() || state.snapshot().files.is_empty() {
        eprintln!("error: the map does not build");
        return Exit::Invalid;
    }
    let path = root.join(file);
    let original = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", path.display());
            return Exit::Usage;
        }
    };
    let yaml = crate::load::walk::kind_of(file) == crate::load::walk::FileKind::Yaml;
    // A note's page, as the renderer names it.
    let slug = crate::model::note_slug(&file.to_string_lossy().replace('\\', "/"));
    let page = crate::site::page_file(&format!("notes/{slug}/"));
    // A touchpoint's page: the one to reload after an edit to its file.
    let touchpoint_page = state
        .snapshot()
        .files
        .keys()
        .filter(|k| k.starts_with("touchpoints/") && k.matches('/').count() == 2)
        .min()
        .cloned()
        .unwrap_or_else(|| "index.html".into());
    let mut times = Vec::new();
    let mut shown_times = Vec::new();
    let mut result = Exit::Ok;
    for run in 0..runs.max(1) {
        let sentence = format!("Edited for the benchmark, edit number {run}.");
        let edited = if yaml {
            format!("{original}\n# {sentence}\n")
        } else {
            format!("{original}\n{sentence}\n")
        };
        if let Err(e) = std::fs::write(&path, edited) {
            eprintln!("error: cannot write {}: {e}", path.display());
            result = Exit::Usage;
            break;
        }
        let before = state.snapshot().status.site;
        let started = std::time::Instant::now();
        let change = watch::Change::Map(vec![file.to_path_buf()]);
        let shown = std::thread::scope(|scope| {
            let rebuilding = scope.spawn(|| rebuilder.rebuild(Some(&change)));
            let shown = yaml.then(|| first_shown(&state, before, &touchpoint_page, started));
            let _ = rebuilding.join();
            shown
        });
        times.push(started.elapsed());
        if let Some(shown) = shown.flatten() {
            shown_times.push(shown);
        }
        let after = state.snapshot();
        let shown = if yaml {
            after.status.site > before && after.status.errors.is_empty()
        } else {
            after
                .files
                .get(&page)
                .is_some_and(|b| String::from_utf8_lossy(b).contains(&sentence))
        };
        if !shown {
            eprintln!(
                "error: after the rebuild, {} does not show the edit",
                if yaml { "the site" } else { page.as_str() }
            );
            result = Exit::Invalid;
            break;
        }
    }
    if let Err(e) = std::fs::write(&path, &original) {
        eprintln!("error: cannot restore {}: {e}", path.display());
        return Exit::Usage;
    }
    if result != Exit::Ok {
        return result;
    }
    times.sort();
    shown_times.sort();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let shown = shown_times
        .get(shown_times.len() / 2)
        .map(|d| format!(" page_shown_ms={:.1}", ms(*d)))
        .unwrap_or_default();
    println!(
        "full_ms={:.1} rebuild_ms={:.1}{shown} runs={}",
        ms(full),
        ms(times[times.len() / 2]),
        times.len()
    );
    Exit::Ok
}

/// For [`bench_rebuild`]: how long after `started` a browser that reloads
/// once the site's version passes `before` gets `page`, asked for as the
/// server asks (from the site while it renders, else from the whole site).
/// `None` when no new version came.
fn first_shown(
    state: &SiteState,
    before: u64,
    page: &str,
    started: std::time::Instant,
) -> Option<std::time::Duration> {
    let snapshot = loop {
        let snapshot = state.snapshot();
        if snapshot.status.site > before {
            break snapshot;
        }
        if !snapshot.status.errors.is_empty() {
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
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
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}
