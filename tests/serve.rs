//! End-to-end tests of `touchmap serve`: the real binary serving a real map
//! folder, asked over HTTP as a browser (or a hostile page) asks it.

mod common;

use common::{TempDir, touchmap_in};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Long enough for a busy machine: each wait polls, and ends as soon as
/// what it waits for is there.
const PATIENCE: Duration = Duration::from_secs(60);

/// A running `touchmap serve`, stopped when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    address: String,
    /// What it printed so far.
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `touchmap serve DIR --port 0 ARGS` and waits for its address.
    fn start(dir: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .arg("serve")
            .arg(dir)
            .args(["--port", "0"])
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("TOUCHMAP_BASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the touchmap binary starts");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("stderr is piped");
        let writing = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                let mut log = writing.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let mut server = Server {
            child,
            address: String::new(),
            log,
        };
        server.address = server.wait_for("its address", |s| {
            let log = s.log();
            let at = log.find(" at http://")? + " at http://".len();
            let rest = &log[at..];
            Some(rest[..rest.find('/')?].to_string())
        });
        server
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// Polls `found` every 50 ms until it gives something, failing (with
    /// the server's log) after [`PATIENCE`].
    fn wait_for<T>(&mut self, what: &str, mut found: impl FnMut(&Server) -> Option<T>) -> T {
        let started = Instant::now();
        loop {
            if let Some(found) = found(self) {
                return found;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!(
                    "serve exited ({status}) while waiting for {what}:\n{}",
                    self.log()
                );
            }
            assert!(
                started.elapsed() < PATIENCE,
                "waited {PATIENCE:?} for {what}; serve printed:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// `GET path` naming the server as `host`: the status code and body.
    fn get_as(&self, host: &str, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).expect("serve accepts connections");
        stream
            .set_read_timeout(Some(PATIENCE))
            .expect("a read timeout");
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .expect("the request is sent");
        let mut response = Vec::new();
        stream
            .read_to_end(&mut response)
            .expect("the response is read");
        let response = String::from_utf8_lossy(&response).into_owned();
        let code = response
            .split(' ')
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or_else(|| panic!("not an HTTP response: {response:?}"));
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (code, body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// A new map made by `touchmap init` at `parent/map`.
fn new_map(parent: &TempDir) -> PathBuf {
    let run = touchmap_in(parent.path(), &["init", "map"]);
    assert_eq!(run.code, 0, "init: {}", run.stderr);
    parent.path().join("map")
}

#[test]
fn serve_answers_only_requests_that_name_it_by_its_own_names() {
    let tmp = TempDir::new("serve-hosts");
    let map = new_map(&tmp);
    let mut server = Server::start(&map, &[]);
    server.wait_for("the first build", |s| {
        s.log().contains("✓ built").then_some(())
    });
    let port = server.address.rsplit(':').next().unwrap().to_string();
    let routes = [
        "/",
        "/map.json",
        "/touchpoints/product-page/",
        "/no-such-page/",
        "/__touchmap/status",
        "/__touchmap/live.js",
    ];
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("192.168.1.20:{port}"),
    ] {
        for path in routes {
            let (code, body) = server.get_as(&host, path);
            assert_eq!(code, 421, "{path} as {host}: {body}");
            assert!(
                body.contains("answers only to its own names") && body.contains(&host),
                "{path} as {host}: {body}"
            );
            assert!(!body.contains("Product page"), "nothing of the map: {body}");
        }
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        "localhost".to_string(),
    ] {
        for path in routes.iter().filter(|p| **p != "/no-such-page/") {
            let (code, body) = server.get_as(&host, path);
            assert_eq!(code, 200, "{path} as {host}: {body}");
        }
        let (code, _) = server.get_as(&host, "/no-such-page/");
        assert_eq!(code, 404, "as {host}");
    }
    let (code, body) = server.get_as(&format!("localhost:{port}"), "/touchpoints/product-page/");
    assert_eq!(code, 200);
    assert!(body.contains("Product page"), "{body}");
}

#[test]
fn serve_on_ipv6_loopback_answers_to_its_bracketed_address() {
    let tmp = TempDir::new("serve-hosts-v6");
    let map = new_map(&tmp);
    // Machines without IPv6 cannot listen on ::1: nothing to test there.
    let probe = std::net::TcpListener::bind("[::1]:0");
    if probe.is_err() {
        eprintln!("no IPv6 loopback here; skipped");
        return;
    }
    drop(probe);
    let mut server = Server::start(&map, &["--bind", "::1"]);
    server.wait_for("the first build", |s| {
        s.log().contains("✓ built").then_some(())
    });
    let port = server.address.rsplit(':').next().unwrap().to_string();
    assert_eq!(server.get_as(&format!("[::1]:{port}"), "/").0, 200);
    assert_eq!(
        server.get_as(&format!("localhost:{port}"), "/map.json").0,
        200
    );
    assert_eq!(server.get_as(&format!("evil.example:{port}"), "/").0, 421);
}
