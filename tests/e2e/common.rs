//! Shared helpers for the end-to-end tests: run the real `touchmap` binary,
//! parse what `check --format json` prints, and make throw-away map folders.

use serde_json::Value;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// No run of touchmap on these small maps takes more than a few seconds; a
/// run past this is a hang (a symlink loop followed forever, an alias bomb
/// expanded), and the test fails instead of blocking the suite.
const HANG: Duration = Duration::from_secs(60);

/// What a user sees from one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The folder of this crate (where `example-map/` and `tests/` live).
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    crate_dir().join("tests").join("fixtures")
}

/// Runs `touchmap ARGS` in `cwd` (or this crate's folder), with colours off.
pub fn touchmap_in<S: AsRef<OsStr>>(cwd: &Path, args: &[S]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the touchmap binary starts");
    // Read the pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut s).ok();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for touchmap") {
            break status;
        }
        if start.elapsed() > HANG {
            child.kill().ok();
            child.wait().ok();
            panic!(
                "touchmap {:?} did not finish within {HANG:?}",
                args.iter().map(|a| a.as_ref()).collect::<Vec<_>>()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        // A run killed by a signal (a crash) has no code: -1 fails every assert.
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned(),
    }
}

/// Runs `touchmap ARGS` from this crate's folder.
pub fn touchmap<S: AsRef<OsStr>>(args: &[S]) -> Run {
    touchmap_in(&crate_dir(), args)
}

/// One finding of `check --format json`, with `file` relative to the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: String,
    pub code: String,
    pub message: String,
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub hint: Option<String>,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {}:{}:{} {:?}",
            self.severity, self.code, self.file, self.line, self.column, self.message
        )?;
        if let Some(h) = &self.hint {
            write!(f, " (hint: {h:?})")?;
        }
        Ok(())
    }
}

/// The result of `touchmap check DIR --format json ARGS`.
#[derive(Debug)]
pub struct Check {
    pub run: Run,
    pub errors: u64,
    pub warnings: u64,
    pub findings: Vec<Finding>,
}

impl Check {
    /// The findings with this code.
    pub fn with_code(&self, code: &str) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.code == code).collect()
    }

    /// The one finding with this code; panics (listing all) otherwise.
    pub fn only(&self, code: &str) -> &Finding {
        let found = self.with_code(code);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{code}` finding, got:\n{}",
            self.listing()
        );
        found[0]
    }

    /// All findings, one a line, for failure messages.
    pub fn listing(&self) -> String {
        if self.findings.is_empty() {
            return format!(
                "  (no findings; exit {}, stderr {:?})",
                self.run.code, self.run.stderr
            );
        }
        self.findings
            .iter()
            .map(|f| format!("  {f}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Runs `check DIR --format json ARGS` and parses the output. `file` in
/// each finding is made relative to `dir` (the tool prints DIR joined with
/// the path inside the map).
pub fn check_json(dir: &Path, args: &[&str]) -> Check {
    let mut all: Vec<&OsStr> = vec![OsStr::new("check"), dir.as_os_str()];
    all.extend([OsStr::new("--format"), OsStr::new("json")]);
    all.extend(args.iter().map(OsStr::new));
    let run = touchmap(&all);
    let doc: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| {
        panic!(
            "`touchmap check {} --format json` printed no JSON ({e}); exit {}\nstdout: {}\nstderr: {}",
            dir.display(),
            run.code,
            run.stdout,
            run.stderr
        )
    });
    let prefix = format!("{}/", dir.to_string_lossy().replace('\\', "/"));
    let findings = doc["findings"]
        .as_array()
        .expect("`findings` is a list")
        .iter()
        .map(|f| {
            let text = |k: &str| {
                f[k].as_str()
                    .unwrap_or_else(|| panic!("finding without `{k}`: {f}"))
                    .to_string()
            };
            let file = text("file");
            Finding {
                severity: text("severity"),
                code: text("code"),
                message: text("message"),
                file: file.strip_prefix(&prefix).unwrap_or(&file).to_string(),
                line: f["line"].as_u64().expect("`line` is a number"),
                column: f["column"].as_u64().expect("`column` is a number"),
                hint: f
                    .get("hint")
                    .map(|h| h.as_str().expect("`hint` is text").to_string()),
            }
        })
        .collect();
    Check {
        errors: doc["errors"].as_u64().expect("`errors` is a number"),
        warnings: doc["warnings"].as_u64().expect("`warnings` is a number"),
        findings,
        run,
    }
}

/// A folder under the target directory, removed when dropped.
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "{label}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        if path.exists() {
            std::fs::remove_dir_all(&path).expect("remove a stale temp folder");
        }
        std::fs::create_dir_all(&path).expect("create a temp folder");
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `contents` to `rel` inside the folder, creating parent folders.
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent folders");
        }
        std::fs::write(&path, contents).expect("write a test file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.path).ok();
    }
}

/// Runs `touchmap build MAP -o OUT`.
pub fn build_site(map: &Path, out: &Path) -> Run {
    touchmap(&[
        "build".as_ref(),
        map.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ])
}

/// The example map built into `site` in a new temporary folder (the
/// build must succeed): the folder, and the site's path.
pub fn built_example(label: &str) -> (TempDir, PathBuf) {
    let dir = TempDir::new(label);
    let site = dir.path().join("site");
    let run = build_site(&crate_dir().join("example-map"), &site);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (dir, site)
}

/// Runs `git ARGS` in `dir` with a fixed author, no signing, no hooks and
/// no system configuration, so that the machine's settings cannot change
/// the history a test makes; fails the test when git does. Returns what
/// git printed, trimmed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=touchmap test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "tag.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A minimal map: a folder with a `touchmap.yaml` that holds only a title.
pub fn minimal_map(label: &str) -> TempDir {
    let dir = TempDir::new(label);
    dir.write("touchmap.yaml", "site: {title: Test map}\n");
    dir
}

/// The Nu HTML Checker (the W3C validator), which `.ci/run` installs from
/// npm (`vnu-jar`) into tests/browser/; `VNU_JAR` points elsewhere.
fn vnu_jar() -> PathBuf {
    std::env::var_os("VNU_JAR").map_or_else(
        || crate_dir().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar"),
        PathBuf::from,
    )
}

/// Runs the Nu HTML Checker over `paths` (files or folders) and returns its
/// errors, one a line as `file:line: message`; empty when the HTML is valid.
/// The JSON report is read rather than the text one, which also prints a
/// "No errors found" line on success.
pub fn html_errors(paths: &[&Path]) -> String {
    let jar = vnu_jar();
    assert!(
        jar.is_file(),
        "the Nu HTML Checker is not installed at {}: run `bash .ci/run`, or `npm ci` in tests/browser, or set VNU_JAR",
        jar.display()
    );
    let o = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html", "--format", "json"])
        .args(paths)
        .output()
        .expect("java runs the Nu HTML Checker");
    // The report goes to stderr.
    let report: Value = serde_json::from_slice(&o.stderr).unwrap_or_else(|e| {
        panic!(
            "the Nu HTML Checker printed no JSON ({e}): {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    });
    report["messages"]
        .as_array()
        .expect("`messages` is a list")
        .iter()
        .filter(|m| m["type"] != "info")
        .map(|m| {
            format!(
                "{}:{}: {}",
                m["url"].as_str().unwrap_or("?"),
                m["lastLine"].as_u64().unwrap_or(0),
                m["message"].as_str().unwrap_or("?")
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Copies the map folder `from` to `to`, leaving out a `public/` folder (a
/// local build of the example, not part of the map).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "public" {
            continue; // a local build of the example, not part of the map
        }
        let (src, dst) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).unwrap();
        }
    }
}

/// The results (kind, title) a search of built site `site` gives for
/// `query`, read from its index files as the search page reads them: the
/// index's meta from the page, each word's stems (those it starts, or
/// those of the map's words it starts), their postings intersected.
pub fn search(site: &Path, query: &str) -> Vec<(String, String)> {
    use std::collections::HashMap;
    let read = |p: &str| -> Value {
        serde_json::from_slice(&std::fs::read(site.join("search-index").join(p)).unwrap()).unwrap()
    };
    let page = scraper::Html::parse_document(
        &std::fs::read_to_string(site.join("search/index.html")).unwrap(),
    );
    let carried = scraper::Selector::parse("script#search-meta").unwrap();
    let meta: Value = serde_json::from_str(
        &page
            .select(&carried)
            .next()
            .expect("the search page carries the index's meta")
            .text()
            .collect::<String>(),
    )
    .unwrap();
    let keys: Vec<String> = meta["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect();
    let key_of = |s: &str| {
        (0..keys.len())
            .filter(|&k| s.starts_with(&keys[k]))
            .max_by_key(|&k| keys[k].len())
            .unwrap()
    };
    let mut scores: Option<HashMap<u64, u64>> = None;
    let lower = query.to_lowercase();
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
    {
        let shard = read(&format!("t/{}.json", key_of(word)));
        let mut stems: Vec<String> = shard["s"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|s| s.starts_with(word))
            .cloned()
            .collect();
        for (w, s) in shard["w"].as_object().unwrap() {
            if w.starts_with(word) {
                stems.push(s.as_str().unwrap().to_string());
            }
        }
        let mut found = HashMap::new();
        for stem in stems {
            let home = read(&format!("t/{}.json", key_of(&stem)));
            let mut doc = 0;
            for p in home["s"][&stem].as_array().into_iter().flatten() {
                let p = p.as_u64().unwrap();
                doc += p / 4;
                let w = [0, 1, 10, 100][(p % 4) as usize];
                let e = found.entry(doc).or_insert(0);
                *e = w.max(*e);
            }
        }
        scores = Some(match scores {
            None => found,
            Some(before) => before
                .into_iter()
                .filter_map(|(d, s)| found.get(&d).map(|f| (d, s + f)))
                .collect(),
        });
    }
    let mut hits: Vec<(u64, u64)> = scores.unwrap_or_default().into_iter().collect();
    hits.sort_by_key(|&(d, s)| (std::cmp::Reverse(s), d));
    let chunk = meta["chunk"].as_u64().unwrap();
    let kinds = meta["kinds"].as_array().unwrap();
    hits.into_iter()
        .map(|(d, _)| {
            let kind = kinds
                .iter()
                .find(|k| d >= k[1].as_u64().unwrap() && d < k[2].as_u64().unwrap())
                .map(|k| k[0].as_str().unwrap().to_string())
                .unwrap_or_default();
            let docs = read(&format!("d/{}.json", d / chunk));
            (
                kind,
                docs[(d % chunk) as usize][0].as_str().unwrap().to_string(),
            )
        })
        .collect()
}
