//! `touchmap serve [DIR]`: build, serve, watch, rebuild, reload.
//!
//! The site is built through the same pipeline as `build` and served from
//! memory, so nothing is written into the map folder (no rebuild loops) and
//! a new site replaces the old one at once (no 404 mid-rebuild). A broken
//! edit keeps the last good site and shows the errors in the browser.

mod hosts;
mod http;
mod rebuild;
mod state;
pub mod watch;

use crate::Exit;
use crate::load::walk::OUTPUT_MARKER;
use crate::load::{configured_base_url, configured_output, find_root};
use rebuild::{Rebuilder, relative};
use state::SiteState;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};

/// Where the live-reload script and the build status are served, at the
/// server's root whatever the base URL.
pub const LIVE_JS: &str = "/__touchmap/live.js";
pub const STATUS: &str = "/__touchmap/status";

/// The live-reload script's address as pages are built: `?v=` the version
/// of the site a page belongs to. The version is put in as the page is
/// served, from the same snapshot as the page, so that a rebuild which
/// changed a few pages (an edited note) need not touch the others.
pub const LIVE_JS_BUILT: &str = "/__touchmap/live.js?v=__touchmap_site_version__";

pub struct ServeOptions {
    pub dir: PathBuf,
    /// An IP address or a host name such as `localhost`.
    pub bind: String,
    pub port: u16,
    pub open: bool,
    pub poll: bool,
    pub base_url: Option<String>,
}

pub fn run(opts: ServeOptions, color: bool) -> Exit {
    let (root, listener, address) = match find_root(&opts.dir)
        .map_err(|e| e.to_string())
        .and_then(|root| listen(&opts).map(|(l, a)| (root, l, a)))
    {
        Ok(ready) => ready,
        Err(message) => {
            eprintln!("error: {message}");
            return Exit::Usage;
        }
    };
    let state = SiteState::new();
    let rebuilder = Rebuilder::new(
        opts.dir.clone(),
        opts.base_url.clone(),
        state.clone(),
        color,
    );
    // The server answers while the map is first read: the first build runs
    // in the rebuild thread, and shows each page asked for as soon as the
    // map is analysed (until then a request waits). Its address is read
    // ahead; the build corrects it if it must.
    let base = Arc::new(RwLock::new(opts.base_url.clone().unwrap_or_else(|| {
        configured_base_url(&root)
            .and_then(|url| crate::model::normalise_base_url(&url))
            .unwrap_or_else(|| "/".into())
    })));

    // Watching before the first build, so that no edit made while it runs
    // is missed.
    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let folder = match watch::Folder::watch(&opts.dir, &root, opts.poll, tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}\n  = help: try `--poll` on network drives, WSL or containers");
            return Exit::Usage;
        }
    };
    let shared_base = base.clone();
    std::thread::spawn(move || rebuild_loop(rebuilder, rx, folder, &shared_base));

    // An address that stands for every interface is not one to open:
    // the URL names this machine, and a note says who else can see it.
    let shown = if address.ip().is_unspecified() {
        SocketAddr::new(
            if address.is_ipv6() {
                IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)
            } else {
                IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)
            },
            address.port(),
        )
    } else {
        address
    };
    announce(&opts, address, &format!("http://{shown}{}", read(&base)));
    let hosts = hosts::OwnHosts::new(&opts.bind, address.ip(), &format!("http://{shown}/"));
    serve_until_stopped(listener, |stopping| http::App {
        state,
        base,
        stopping,
        hosts: Arc::new(hosts),
    })
}

/// Binds the address and port asked for: the listener and the address it
/// got (`--port 0` picks a free port).
fn listen(opts: &ServeOptions) -> Result<(std::net::TcpListener, SocketAddr), String> {
    let ip = resolve_bind(&opts.bind)?;
    let listener = match std::net::TcpListener::bind(SocketAddr::new(ip, opts.port)) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            return Err(format!(
                "port {} on {ip} is already in use\n  = help: choose another with `--port N`, or `--port 0` for any free port",
                opts.port
            ));
        }
        Err(e) => return Err(format!("cannot listen on {ip} port {}: {e}", opts.port)),
    };
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    Ok((listener, address))
}

/// Tells where the site is served (and who else can open it), and opens
/// a browser when asked.
fn announce(opts: &ServeOptions, address: SocketAddr, url: &str) {
    eprintln!("Serving {} at {url}", opts.dir.display());
    if !address.ip().is_loopback() {
        eprintln!(
            "note: listening on {}: other machines on the network can open the site too",
            address.ip()
        );
    }
    eprintln!(
        "Watching for changes{}; press Ctrl-C to stop.",
        if opts.poll { " (polling)" } else { "" }
    );
    if opts.open
        && let Err(e) = open::that_detached(url)
    {
        eprintln!("note: could not open a browser: {e}");
    }
}

/// Serves the app `app` makes (given what becomes `true` on Ctrl-C) on
/// `listener` until Ctrl-C.
fn serve_until_stopped(
    listener: std::net::TcpListener,
    app: impl FnOnce(tokio::sync::watch::Receiver<bool>) -> http::App,
) -> Exit {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return Exit::Usage;
        }
    };
    let result = runtime.block_on(async move {
        listener.set_nonblocking(true)?;
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let app = app(stopping.clone());
        let server = axum::serve(listener, http::router(app)).with_graceful_shutdown({
            let mut stopping = stopping.clone();
            async move {
                let _ = stopping.wait_for(|stop| *stop).await;
            }
        });
        tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                eprintln!("Stopping…");
                stop.send_replace(true);
            }
        });
        // Open pages end their polls at once; a request still running
        // after a moment (a slow client) does not keep the server up.
        let mut stopped = stopping;
        tokio::select! {
            served = server => served,
            _ = async move {
                let _ = stopped.wait_for(|stop| *stop).await;
                tokio::time::sleep(std::time::Duration::from_secs(2)).await;
            } => Ok(()),
        }
    });
    match result {
        Ok(()) => {
            eprintln!("Stopped. Nothing was written to the map folder.");
            Exit::Ok
        }
        Err(e) => {
            eprintln!("error: the server stopped: {e}");
            Exit::Usage
        }
    }
}

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

/// `--bind`: an IP address, or a host name (`localhost`) resolved to its
/// first address.
fn resolve_bind(bind: &str) -> Result<IpAddr, String> {
    if let Ok(ip) = bind.parse::<IpAddr>() {
        return Ok(ip);
    }
    use std::net::ToSocketAddrs;
    (bind, 0)
        .to_socket_addrs()
        .map_err(|e| format!("cannot use `--bind {bind}`: {e}"))?
        .next()
        .map(|a| a.ip())
        .ok_or_else(|| format!("cannot use `--bind {bind}`: the name has no address"))
}

fn read(base: &RwLock<String>) -> String {
    match base.read() {
        Ok(b) => b.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

/// Waits for batches of changes, folds the rest of a burst into the same
/// rebuild ([`watch::settle`]), and rebuilds. A rebuild whose whole site is
/// still rendering when a newer edit that matters comes is stopped, and the
/// newer edit rebuilt at once; the rebuild after a stopped one always
/// finishes, so that a folder that never goes quiet still gets whole sites.
/// Between changes, and after each, the map folder is looked at: one that
/// has gone is said to have gone, and one that is back (or another in its
/// place) is watched and built from (see [`watch::Folder`]).
fn rebuild_loop(
    mut rebuilder: Rebuilder,
    rx: mpsc::Receiver<Vec<PathBuf>>,
    mut folder: watch::Folder,
    base: &RwLock<String>,
) {
    let first_base = rebuilder.rebuild(None);
    if let Ok(mut b) = base.write() {
        *b = first_base;
    }
    let rx = Mutex::new(rx);
    // Changes taken from `rx` during a rebuild, to be rebuilt next.
    let came: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut stopped = false;
    loop {
        let waiting = std::mem::take(&mut *lock(&came));
        let first = if waiting.is_empty() {
            match lock(&rx).recv_timeout(watch::FOLDER_CHECK) {
                Ok(first) => Some(first),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        } else {
            Some(waiting)
        };
        let mut paths = first
            .map(|first| watch::settle(&lock(&rx), first))
            .unwrap_or_default();
        paths.sort();
        paths.dedup();
        let doubt = paths.iter().any(|p| p == folder.root());
        let change = match folder.check(doubt) {
            watch::Found::Same => {
                let root = folder.root();
                let rel = relevant_paths(root, &paths);
                // After a stopped rebuild the site must be rebuilt whatever came.
                let Some(change) = watch::classify(&rel, Some(&output_folder(root)))
                    .or_else(|| stopped.then(|| watch::Change::Map(rel.clone())))
                else {
                    continue;
                };
                change
            }
            watch::Found::Gone => {
                rebuilder.folder_gone();
                continue;
            }
            watch::Found::StillGone => continue,
            watch::Found::Unwatchable(e) => {
                eprintln!(
                    "✗ cannot watch the map folder {} again: {e}; trying again",
                    rebuilder.dir.display()
                );
                continue;
            }
            watch::Found::Back { replaced } => {
                eprintln!(
                    "… the map folder {} {}: watching it",
                    rebuilder.dir.display(),
                    if replaced {
                        "is another folder now"
                    } else {
                        "is back"
                    }
                );
                // The rest of a copy still under way comes in the same
                // rebuild.
                let _ = watch::settle(&lock(&rx), Vec::new());
                watch::Change::Folder
            }
        };
        let root = folder.root();
        let may_stop = !stopped;
        let superseded = || {
            if !may_stop {
                return false;
            }
            let mut came = lock(&came);
            let before = came.len();
            while let Ok(batch) = lock(&rx).try_recv() {
                came.extend(batch);
            }
            came.len() > before
                && watch::classify(&relevant_paths(root, &came), Some(&output_folder(root)))
                    .is_some()
        };
        match rebuilder.rebuild_unless(Some(&change), &superseded) {
            Some(new_base) => {
                stopped = false;
                if let Ok(mut b) = base.write() {
                    *b = new_base;
                }
            }
            None => stopped = true,
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The output folder as a path in the map folder, as the watcher skips it.
fn output_folder(root: &Path) -> PathBuf {
    configured_output(root)
        .and_then(|o| o.strip_prefix(root).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("public"))
}

/// `paths` relative to the map folder, without those in an output folder.
fn relevant_paths(root: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    relative(root, paths)
        .into_iter()
        .filter(|p| !inside_output(root, p))
        .collect()
}

/// Whether `rel` lies in a folder touchmap wrote (one with its marker).
fn inside_output(root: &Path, rel: &Path) -> bool {
    let mut dir = root.to_path_buf();
    for part in rel.parent().into_iter().flat_map(Path::components) {
        dir.push(part);
        if dir.join(OUTPUT_MARKER).exists() {
            return true;
        }
    }
    false
}
