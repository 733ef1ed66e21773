//! `touchmap serve [DIR]`: build, serve, watch, rebuild, reload.
//!
//! The site is built through the same pipeline as `build` and served from
//! memory, so nothing is written into the map folder (no rebuild loops) and
//! a new site replaces the old one at once (no 404 mid-rebuild). A broken
//! edit keeps the last good site and shows the errors in the browser.

mod http;
mod rebuild;
mod state;
pub mod watch;

use crate::Exit;
use crate::load::walk::OUTPUT_MARKER;
use crate::load::{configured_output, find_root};
use rebuild::{Rebuilder, relative};
use state::SiteState;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};

/// Where the live-reload script and the build status are served, at the
/// server's root whatever the base URL.
pub const LIVE_JS: &str = "/__touchmap/live.js";
pub const STATUS: &str = "/__touchmap/status";

pub struct ServeOptions {
    pub dir: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    pub poll: bool,
    pub base_url: Option<String>,
}

pub fn run(opts: ServeOptions) -> Exit {
    let root = match find_root(&opts.dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return Exit::Usage;
        }
    };
    let listener = match std::net::TcpListener::bind(SocketAddr::new(opts.bind, opts.port)) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            eprintln!(
                "error: port {} on {} is already in use\n  = help: choose another with `--port N`, or `--port 0` for any free port",
                opts.port, opts.bind
            );
            return Exit::Usage;
        }
        Err(e) => {
            eprintln!("error: cannot listen on {}:{}: {e}", opts.bind, opts.port);
            return Exit::Usage;
        }
    };
    let address = match listener.local_addr() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return Exit::Usage;
        }
    };

    let state = SiteState::new();
    let mut rebuilder = Rebuilder::new(
        opts.dir.clone(),
        opts.base_url.clone(),
        state.clone(),
        super::commands::stderr_color(),
    );
    let base = Arc::new(RwLock::new(rebuilder.rebuild(None)));

    let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
    let _watcher = match watch::start(&root, opts.poll, tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}\n  = help: try `--poll` on network drives, WSL or containers");
            return Exit::Usage;
        }
    };
    let shared_base = base.clone();
    let watch_root = root.clone();
    std::thread::spawn(move || rebuild_loop(rebuilder, rx, &watch_root, &shared_base));

    let url = format!("http://{address}{}", read(&base));
    eprintln!("Serving {} at {url}", opts.dir.display());
    eprintln!(
        "Watching for changes{}; press Ctrl-C to stop.",
        if opts.poll { " (polling)" } else { "" }
    );
    if opts.open
        && let Err(e) = open::that_detached(&url)
    {
        eprintln!("note: could not open a browser: {e}");
    }

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
        let app = http::App { state, base };
        axum::serve(listener, http::router(app))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
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

fn read(base: &RwLock<String>) -> String {
    match base.read() {
        Ok(b) => b.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

/// Waits for batches of changes, folds whatever else has queued up meanwhile
/// into the same rebuild, and rebuilds.
fn rebuild_loop(
    mut rebuilder: Rebuilder,
    rx: mpsc::Receiver<Vec<PathBuf>>,
    root: &Path,
    base: &RwLock<String>,
) {
    while let Ok(mut paths) = rx.recv() {
        while let Ok(more) = rx.try_recv() {
            paths.extend(more);
        }
        paths.sort();
        paths.dedup();
        let output = configured_output(root)
            .and_then(|o| o.strip_prefix(root).ok().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("public"));
        let rel: Vec<PathBuf> = relative(root, &paths)
            .into_iter()
            .filter(|p| !inside_output(root, p))
            .collect();
        if let Some(change) = watch::classify(&rel, Some(&output)) {
            let new_base = rebuilder.rebuild(Some(&change));
            if let Ok(mut b) = base.write() {
                *b = new_base;
            }
        }
    }
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
