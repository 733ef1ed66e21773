//! `touchmap serve [DIR]`: build, serve, watch, rebuild, reload.
//!
//! The site is built through the same pipeline as `build` and served from
//! memory, so nothing is written into the map folder (no rebuild loops) and
//! a new site replaces the old one at once (no 404 mid-rebuild). A broken
//! edit keeps the last good site and shows the errors in the browser.

mod hosts;
mod http;
mod preview;
mod rebuild;
mod state;
pub(crate) mod watch;

use crate::Exit;
use crate::load::walk::OUTPUT_MARKER;
use crate::load::{configured_base_url, configured_output, find_root};
pub use preview::{Preview, PreviewError, Rebuilt};
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
            watch::Found::Lost => {
                eprintln!(
                    "… file events in {} were lost (too many at once, or the watcher failed): reading the whole map folder again",
                    rebuilder.dir.display()
                );
                watch::Change::Lost
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
