//! End-to-end tests of `touchmap serve`: the real binary serving a real map
//! folder, asked over HTTP as a browser (or a hostile page) asks it.

use crate::common::{TempDir, touchmap_in};
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
        self.send(&format!(
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        ))
    }

    /// Sends `request` as it is: the status code and body of the response.
    fn send(&self, request: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).expect("serve accepts connections");
        stream
            .set_read_timeout(Some(PATIENCE))
            .expect("a read timeout");
        stream
            .write_all(request.as_bytes())
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

    /// `GET path` as a browser that opened the printed address asks it.
    fn get(&self, path: &str) -> (u16, String) {
        self.get_as(&self.address, path)
    }

    /// The build status that open pages poll.
    fn status(&self) -> serde_json::Value {
        let (code, body) = self.get("/__touchmap/status");
        assert_eq!(code, 200, "{body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
    }

    /// Waits until the touchpoint page the map of `init` starts with shows
    /// the name `name`.
    fn wait_for_name(&mut self, name: &str) {
        let heading = format!("<h1>{name}</h1>");
        self.wait_for(&format!("the page to show {name:?}"), |s| {
            s.get("/touchpoints/product-page/")
                .1
                .contains(&heading)
                .then_some(())
        });
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
    // Without a `Host` (HTTP/1.0), or with another in an absolute address.
    let (code, body) = server.send("GET /map.json HTTP/1.0\r\n\r\n");
    assert_eq!(code, 421, "{body}");
    assert!(body.contains("This request named no host."), "{body}");
    let (code, body) = server.send(&format!(
        "GET http://evil.example:{port}/map.json HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    ));
    assert_eq!(code, 421, "{body}");
    assert!(
        body.contains(&format!("was for `evil.example:{port}`")),
        "{body}"
    );

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

/// `file` with `from` replaced by `to` (once; `from` must be there).
fn edit(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{from:?} in {}", file.display());
    // Written beside and renamed over, as editors save.
    let temp = file.with_extension("yaml___jb_tmp___");
    std::fs::write(&temp, text.replacen(from, to, 1)).unwrap();
    std::fs::rename(&temp, file).unwrap();
}

#[test]
fn serve_follows_a_map_folder_replaced_by_two_renames_and_its_later_edits() {
    let tmp = TempDir::new("serve-swap");
    let map = new_map(&tmp);
    let mut server = Server::start(&map, &[]);
    server.wait_for_name("Product page");

    // As sync and deploy tools replace a folder.
    let new = tmp.path().join("map.new");
    crate::common::copy_dir(&map, &new);
    edit(
        &new.join("touchpoints.yaml"),
        "name: Product page",
        "name: Swapped in",
    );
    std::fs::rename(&map, tmp.path().join("map.old")).unwrap();
    std::fs::rename(&new, &map).unwrap();
    server.wait_for_name("Swapped in");
    assert!(
        server.log().contains("is another folder now"),
        "{}",
        server.log()
    );

    // The folder now at the path is the one watched.
    edit(
        &map.join("touchpoints.yaml"),
        "name: Swapped in",
        "name: Edited after the swap",
    );
    server.wait_for_name("Edited after the swap");
    // The old folder is not.
    edit(
        &tmp.path().join("map.old/touchpoints.yaml"),
        "name: Product page",
        "name: Edited in the old folder",
    );
    edit(
        &map.join("touchpoints.yaml"),
        "name: Edited after the swap",
        "name: Last edit",
    );
    server.wait_for_name("Last edit");
    assert!(!server.log().contains("build failed"), "{}", server.log());
}

#[test]
fn serve_says_when_the_map_folder_is_gone_and_builds_it_again_when_it_is_back() {
    let tmp = TempDir::new("serve-gone");
    let map = new_map(&tmp);
    let backup = tmp.path().join("backup");
    crate::common::copy_dir(&map, &backup);
    let mut server = Server::start(&map, &[]);
    server.wait_for_name("Product page");

    std::fs::remove_dir_all(&map).unwrap();
    let gone = server.wait_for("the status to say the folder is gone", |s| {
        s.status()["gone"].as_str().map(str::to_string)
    });
    assert_eq!(gone, map.display().to_string());
    assert!(
        server.log().contains(&format!(
            "✗ the map folder {} is gone (removed or moved away); still serving the last good site",
            map.display()
        )),
        "{}",
        server.log()
    );
    // The last good site is still served.
    let (code, page) = server.get("/touchpoints/product-page/");
    assert_eq!(code, 200);
    assert!(page.contains("<h1>Product page</h1>"), "{page}");

    // Copied back, with a change.
    edit(
        &backup.join("touchpoints.yaml"),
        "name: Product page",
        "name: Copied back",
    );
    crate::common::copy_dir(&backup, &map);
    server.wait_for_name("Copied back");
    assert!(
        server.log().contains("is back: watching it"),
        "{}",
        server.log()
    );
    assert!(server.status()["gone"].is_null());
    edit(
        &map.join("touchpoints.yaml"),
        "name: Copied back",
        "name: Edited once back",
    );
    server.wait_for_name("Edited once back");

    // Removed and copied back at once, before serve looks: a new folder
    // may even get the inode of the old one.
    std::fs::remove_dir_all(&map).unwrap();
    crate::common::copy_dir(&backup, &map);
    server.wait_for_name("Copied back");
    edit(
        &map.join("touchpoints.yaml"),
        "name: Copied back",
        "name: Edited at last",
    );
    server.wait_for_name("Edited at last");
}
