//! Reading a map folder as it was at a git revision, with git itself (it is
//! on every machine that has a git repository): `rev-parse` finds the
//! repository and the map's place in it, `ls-tree` lists the map's files at
//! the revision and one `cat-file --batch` reads them all.

use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

/// Why git could not tell what was asked: each case keeps what a caller
/// needs to tell them apart (the folder, the revision, the OS's reason).
#[derive(Debug)]
pub enum GitError {
    /// git is not on `PATH`.
    NotInstalled,
    /// git could not be started, or its pipes failed.
    CannotRun(std::io::Error),
    /// git ran and refused: what it wrote on its standard error.
    Refused(String),
    /// The map folder is not in a git repository.
    NotARepository(PathBuf),
    /// The map folder is in a repository without a working tree.
    NotAWorkingTree(PathBuf),
    /// git could not read the repository of the map folder.
    Unreadable { dir: PathBuf, cause: Box<GitError> },
    /// No commit has that name.
    UnknownRevision(String),
    /// git could not list the map's files at the revision.
    CannotList(Box<GitError>),
    /// `git cat-file` did not answer as it documents.
    UnexpectedAnswer,
    /// `git cat-file` could not read one file of the map.
    CannotReadFile { path: PathBuf, answer: String },
    /// Writing the old map out failed.
    Write {
        doing: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GitError::NotInstalled => f.write_str(
                "git is not installed (or not on PATH); `touchmap diff` and `--since` read old revisions with it",
            ),
            GitError::CannotRun(e) => write!(f, "cannot run git: {e}"),
            GitError::Refused(said) => f.write_str(said),
            GitError::NotARepository(dir) => write!(
                f,
                "{} is not in a git repository\n  = help: `touchmap diff` compares versions of a map kept in git; run `git init` and commit the map first",
                dir.display()
            ),
            GitError::NotAWorkingTree(dir) => write!(
                f,
                "{} is not inside a git working tree\n  = help: run touchmap from a checkout of the repository",
                dir.display()
            ),
            GitError::Unreadable { dir, cause } => write!(
                f,
                "git cannot read the repository of {}: {cause}",
                dir.display()
            ),
            GitError::UnknownRevision(rev) => write!(
                f,
                "unknown revision `{rev}`\n  = help: name a commit, branch or tag of the repository, e.g. `HEAD~1`, `main` or `v1.0`; in a shallow clone, fetch it first"
            ),
            GitError::CannotList(cause) => write!(f, "git cannot list the files: {cause}"),
            GitError::UnexpectedAnswer => f.write_str("git cat-file gave an unexpected answer"),
            GitError::CannotReadFile { path, answer } => {
                write!(f, "git cannot read {}: {answer}", path.display())
            }
            GitError::Write {
                doing,
                path,
                source,
            } => write!(f, "cannot {doing} {}: {source}", path.display()),
        }
    }
}

impl std::error::Error for GitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            GitError::CannotRun(e) | GitError::Write { source: e, .. } => Some(e),
            GitError::Unreadable { cause, .. } | GitError::CannotList(cause) => Some(cause),
            _ => None,
        }
    }
}

/// The repository that holds a map folder.
#[derive(Debug, Clone)]
pub struct Repo {
    /// The top folder of the working tree.
    pub root: PathBuf,
    /// The map folder inside the repository, `/`-separated, empty for the
    /// top folder, else ending with `/` (as `git rev-parse --show-prefix`).
    pub prefix: String,
}

impl Repo {
    /// The map folder as git names it, for messages: `example-map` or `.`.
    pub fn map_path(&self) -> &str {
        match self.prefix.trim_end_matches('/') {
            "" => ".",
            p => p,
        }
    }
}

/// A revision, resolved to a commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// The full object name.
    pub id: String,
    /// The abbreviated name git prints for it.
    pub short: String,
}

/// `git` with the options every call shares: run in `dir`, pathspecs taken
/// literally (a map folder may be called `[draft]`), never prompting.
fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null());
    c
}

/// Runs a git command and returns its standard output, or its standard error
/// (or why it could not start) as the error.
fn output(mut cmd: Command) -> Result<Vec<u8>, GitError> {
    let out = cmd.output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            GitError::NotInstalled
        } else {
            GitError::CannotRun(e)
        }
    })?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(GitError::Refused(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        ))
    }
}

/// Finds the repository that holds the map folder `dir`.
pub fn locate(dir: &Path) -> Result<Repo, GitError> {
    let mut cmd = git(dir);
    cmd.args(["rev-parse", "--show-toplevel", "--show-prefix"]);
    let out = output(cmd).map_err(|e| match e {
        GitError::Refused(said) if said.contains("not a git repository") => {
            GitError::NotARepository(dir.into())
        }
        GitError::Refused(_) => GitError::Unreadable {
            dir: dir.into(),
            cause: Box::new(e),
        },
        e => e,
    })?;
    let text = String::from_utf8_lossy(&out);
    let mut lines = text.lines();
    let root = lines.next().unwrap_or_default();
    let prefix = lines.next().unwrap_or_default();
    if root.is_empty() {
        return Err(GitError::NotAWorkingTree(dir.into()));
    }
    Ok(Repo {
        root: PathBuf::from(root),
        prefix: prefix.to_string(),
    })
}

/// Resolves `rev` (a branch, tag, `HEAD~1`, a commit id, …) to a commit.
pub fn resolve(repo: &Repo, rev: &str) -> Result<Commit, GitError> {
    let unknown = || GitError::UnknownRevision(rev.to_string());
    if rev.is_empty() || rev.starts_with('-') {
        return Err(unknown());
    }
    let mut cmd = git(&repo.root);
    cmd.args(["rev-parse", "--verify", "--quiet"])
        .arg(format!("{rev}^{{commit}}"));
    let id = output(cmd).map_err(|e| match e {
        GitError::Refused(said) if said.is_empty() => unknown(),
        e => e,
    })?;
    let id = String::from_utf8_lossy(&id).trim().to_string();
    if id.is_empty() {
        return Err(unknown());
    }
    let mut cmd = git(&repo.root);
    cmd.args(["rev-parse", "--short", &id]);
    let short = output(cmd)
        .map(|s| String::from_utf8_lossy(&s).trim().to_string())
        .unwrap_or_else(|_| id.chars().take(7).collect());
    Ok(Commit { id, short })
}

/// Whether `name` names a commit of the repository (for telling a second
/// revision from a map folder on the command line).
pub fn is_revision(repo: &Repo, name: &str) -> bool {
    resolve(repo, name).is_ok()
}

/// One file of the map at the revision.
struct Entry {
    mode: String,
    object: String,
    /// Path inside the map folder.
    rel: PathBuf,
}

/// Writes the map folder as it was at `commit` into `dest`. `Ok(false)` when
/// the revision has no map there (no `touchmap.yaml` in the folder).
pub fn extract(repo: &Repo, commit: &Commit, dest: &Path) -> Result<bool, GitError> {
    let mut cmd = git(&repo.root);
    cmd.args(["ls-tree", "-r", "-z", "--full-tree", &commit.id]);
    if !repo.prefix.is_empty() {
        cmd.arg("--").arg(&repo.prefix);
    }
    let listing = output(cmd).map_err(|e| GitError::CannotList(Box::new(e)))?;
    let mut entries = Vec::new();
    for record in listing.split(|&b| b == 0).filter(|r| !r.is_empty()) {
        let record = String::from_utf8_lossy(record);
        let Some((meta, path)) = record.split_once('\t') else {
            continue;
        };
        let mut meta = meta.split(' ');
        let (Some(mode), Some(kind), Some(object)) = (meta.next(), meta.next(), meta.next()) else {
            continue;
        };
        // Submodules (`commit`) are not part of the map.
        if kind != "blob" {
            continue;
        }
        let Some(rel) = path.strip_prefix(repo.prefix.as_str()) else {
            continue;
        };
        let rel = PathBuf::from(rel);
        if rel.components().any(|c| !matches!(c, Component::Normal(_))) {
            continue;
        }
        entries.push(Entry {
            mode: mode.to_string(),
            object: object.to_string(),
            rel,
        });
    }
    if !entries
        .iter()
        .any(|e| e.rel == Path::new(crate::load::MAP_FILE))
    {
        return Ok(false);
    }
    let contents = read_blobs(repo, &entries)?;
    for (entry, bytes) in entries.iter().zip(contents) {
        let path = dest.join(&entry.rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| GitError::Write {
                doing: "create",
                path: parent.into(),
                source,
            })?;
        }
        if entry.mode == "120000" {
            write_link(&path, &bytes)?;
        } else {
            std::fs::write(&path, bytes).map_err(|source| GitError::Write {
                doing: "write",
                path: path.clone(),
                source,
            })?;
        }
    }
    Ok(true)
}

/// A symbolic link as git stores it: the blob is the target. Recreated where
/// the system allows it, so the loader judges it as it would in a checkout.
fn write_link(path: &Path, target: &[u8]) -> Result<(), GitError> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let target = std::ffi::OsStr::from_bytes(target);
        std::os::unix::fs::symlink(target, path).map_err(|source| GitError::Write {
            doing: "create the link",
            path: path.into(),
            source,
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (path, target);
        Ok(())
    }
}

/// Reads the blobs of `entries`, in order, with one `git cat-file --batch`.
fn read_blobs(repo: &Repo, entries: &[Entry]) -> Result<Vec<Vec<u8>>, GitError> {
    let mut child = git(&repo.root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(GitError::CannotRun)?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return Err(GitError::UnexpectedAnswer);
    };
    let request: String = entries.iter().map(|e| format!("{}\n", e.object)).collect();
    // Write on a thread: git answers while it reads, and a full pipe on
    // either side would otherwise block both.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(request.as_bytes());
    });
    let mut reader = BufReader::new(stdout);
    let mut out = Vec::with_capacity(entries.len());
    let broken = || GitError::UnexpectedAnswer;
    for entry in entries {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(|_| broken())?;
        let mut parts = header.split_whitespace();
        let (Some(_), Some(kind), Some(size)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(GitError::CannotReadFile {
                path: entry.rel.clone(),
                answer: header.trim().to_string(),
            });
        };
        if kind != "blob" {
            return Err(broken());
        }
        let size: usize = size.parse().map_err(|_| broken())?;
        let mut bytes = vec![0; size];
        reader.read_exact(&mut bytes).map_err(|_| broken())?;
        let mut newline = [0u8; 1];
        reader.read_exact(&mut newline).map_err(|_| broken())?;
        out.push(bytes);
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(out)
}
