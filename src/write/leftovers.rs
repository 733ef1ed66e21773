//! The folders a build keeps beside its output while it works, and what a
//! later build does with those of a build that was stopped (killed, out of
//! power) before it could remove them.
//!
//! A build of `OUT` writes the new site into `.OUT.touchmap-new-PID-TOKEN`
//! and, once it is swapped in, moves the previous site aside to
//! `.OUT.touchmap-old-PID-TOKEN` and removes it. `PID` is the build's
//! process id and `TOKEN` the time the process started (on Linux), which
//! tells the build apart from a later process that was given the same id.
//! Each such folder holds touchmap's marker file from the moment it is
//! made, and its marker is the last thing removed from it.
//!
//! A later build of the same `OUT` removes such a folder only when all of
//! these hold: its name is one of these two for `OUT`; it holds the marker
//! (or nothing at all); the process that made it no longer runs; and no
//! process holds the lock the building process takes on it (which also
//! covers a build in another container sharing the folder, whose process
//! ids mean nothing here). When `OUT` itself is missing because a build
//! stopped half-way through its swap, the newest such old copy is the last
//! site, and is put back first.

use crate::load::walk::OUTPUT_MARKER;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// What a folder beside the output is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A site being written (or, briefly after an exchange, the previous one).
    New,
    /// The previous site, moved aside to be removed.
    Old,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::New => "new",
            Kind::Old => "old",
        }
    }
}

/// The name of this process's folder of `kind` beside the output `name`.
pub fn folder_name(name: &str, kind: Kind) -> String {
    format!(
        ".{name}.touchmap-{}-{}-{}",
        kind.as_str(),
        std::process::id(),
        this_token()
    )
}

/// This process's start time, as [`start_token`] gives it, or, where that
/// is unknown, a mark of when touchmap first asked (only to make the name
/// unique; it is never compared).
fn this_token() -> &'static str {
    static TOKEN: OnceLock<String> = OnceLock::new();
    TOKEN.get_or_init(|| {
        start_token(std::process::id()).unwrap_or_else(|| {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            format!("t{nanos:x}")
        })
    })
}

/// When process `pid` started, in clock ticks since the machine started
/// (`/proc/PID/stat`, field 22): with the id, it names one process, since
/// a later process given the same id starts later. `None` where there is
/// no `/proc` or no such process.
fn start_token(pid: u32) -> Option<String> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces and
    // parentheses itself: count the fields from the last `)`.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let start = after_name.split_whitespace().nth(19)?;
    start
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| start.to_string())
}

/// A folder of some build of the output, read from its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub kind: Kind,
    pub pid: u32,
    /// `None` in the names of touchmap versions before the token.
    pub token: Option<String>,
}

/// Reads `entry` as the name of a build's folder for the output `name`:
/// `.NAME.touchmap-(new|old)-PID` with an optional `-TOKEN`.
pub fn parse(name: &str, entry: &str) -> Option<Leftover> {
    let rest = entry
        .strip_prefix('.')?
        .strip_prefix(name)?
        .strip_prefix(".touchmap-")?;
    let (kind, rest) = if let Some(r) = rest.strip_prefix("new-") {
        (Kind::New, r)
    } else {
        (Kind::Old, rest.strip_prefix("old-")?)
    };
    let (pid, token) = match rest.split_once('-') {
        Some((pid, token)) => (pid, Some(token)),
        None => (rest, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(pid)
        || token.is_some_and(|t| t.is_empty() || !t.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    Some(Leftover {
        kind,
        pid: pid.parse().ok()?,
        token: token.map(String::from),
    })
}

/// Whether the build that named a folder `(pid, token)` may still be
/// running. When in doubt, yes: the folder is then kept.
fn may_run(pid: u32, token: Option<&str>) -> bool {
    // The id of a process that started at another time than the token
    // says was given again: the build is gone.
    if let Some(start) = start_token(pid) {
        return match token {
            Some(t) if t.bytes().all(|b| b.is_ascii_digit()) => t == start,
            _ => true,
        };
    }
    process_exists(pid)
}

#[cfg(unix)]
fn process_exists(pid: u32) -> bool {
    use rustix::process::{Pid, test_kill_process};
    let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) else {
        // 0 or past any process id: no process.
        return false;
    };
    // Only "no such process" says it is gone; "not permitted" means it runs
    // under another user.
    !matches!(test_kill_process(pid), Err(rustix::io::Errno::SRCH))
}

#[cfg(not(unix))]
fn process_exists(_pid: u32) -> bool {
    true
}

/// Takes the lock a build holds on its own folder for as long as it runs,
/// so that a build that cannot see the process (one in another container)
/// leaves the folder alone. Released when the file is dropped or the
/// process ends, however it ends. `None` when another process holds it or
/// it cannot be taken (the folder then counts as in use).
pub fn lock(dir: &Path) -> Option<fs::File> {
    let file = fs::File::open(dir).ok()?;
    file.try_lock().ok()?;
    Some(file)
}

/// Removes a folder touchmap wrote: everything in it but the marker, then
/// the marker, then the folder, so that a removal stopped half-way leaves a
/// folder that is still known as touchmap's. What is already gone (another
/// build tidying at the same time) counts as removed.
pub fn remove_ours(dir: &Path) -> io::Result<()> {
    let gone = |r: io::Result<()>| match r {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        r => r,
    };
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        r => r?,
    };
    for entry in entries {
        let entry = entry?;
        if entry.file_name() == OUTPUT_MARKER {
            continue;
        }
        let path = entry.path();
        // The entry's own type: a symbolic link is removed, never followed.
        gone(if entry.file_type()?.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        })?;
    }
    gone(fs::remove_file(dir.join(OUTPUT_MARKER)))?;
    gone(fs::remove_dir(dir))
}

/// How to remove a folder by hand, for a shell.
pub fn removal_command(dir: &Path) -> String {
    let text = dir.to_string_lossy();
    let quoted = if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    };
    format!("chmod -R u+w {quoted} && rm -rf {quoted}")
}

/// What tidying found to say.
#[derive(Debug, Default)]
pub struct Tidied {
    /// What was put right (a site put back).
    pub notes: Vec<String>,
    /// What could not be removed, with how to remove it.
    pub warnings: Vec<String>,
}

/// Puts back the last site if a stopped build left `target` missing, and
/// removes the folders of stopped builds of `target` in `parent` (see the
/// module docs for which).
pub fn tidy(parent: &Path, name: &str, target: &Path) -> Tidied {
    let mut done = Tidied::default();
    let Ok(entries) = fs::read_dir(parent) else {
        return done;
    };
    // The stopped builds' folders, each with its lock taken, so that no
    // build can start using one while it is removed.
    let mut stopped: Vec<(PathBuf, Leftover, fs::File)> = Vec::new();
    for entry in entries.flatten() {
        let Some(left) = entry.file_name().to_str().and_then(|n| parse(name, n)) else {
            continue;
        };
        let path = entry.path();
        if !entry.file_type().is_ok_and(|t| t.is_dir())
            || !(path.join(OUTPUT_MARKER).is_file() || is_empty(&path))
            || may_run(left.pid, left.token.as_deref())
        {
            continue;
        }
        if let Some(lock) = lock(&path) {
            stopped.push((path, left, lock));
        }
    }
    if fs::symlink_metadata(target).is_err()
        && let Some(i) = newest_old(&stopped)
    {
        let (path, _, _) = stopped.swap_remove(i);
        match fs::rename(&path, target) {
            Ok(()) => done.notes.push(format!(
                "{} was missing: a build stopped while swapping the site in; the previous site, left at {}, was put back first",
                target.display(),
                path.display()
            )),
            Err(e) => done.warnings.push(format!(
                "{} is missing (a build stopped while swapping the site in), and the previous site, left at {}, could not be put back: {e}",
                target.display(),
                path.display()
            )),
        }
    }
    for (path, _, _lock) in &stopped {
        if let Err(e) = remove_ours(path) {
            done.warnings.push(format!(
                "cannot remove {}, left by an earlier build: {}\n  = help: remove it by hand: {}",
                path.display(),
                crate::load::walk::io_reason(&e),
                removal_command(path)
            ));
        }
    }
    done
}

fn is_empty(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// The old copy a swap left most recently: the one whose marker was
/// written last.
fn newest_old(stopped: &[(PathBuf, Leftover, fs::File)]) -> Option<usize> {
    stopped
        .iter()
        .enumerate()
        .filter(|(_, (path, left, _))| left.kind == Kind::Old && path.join(OUTPUT_MARKER).is_file())
        .max_by_key(|(_, (path, _, _))| {
            fs::metadata(path.join(OUTPUT_MARKER))
                .and_then(|m| m.modified())
                .ok()
        })
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_back_only_for_their_own_output() {
        let ours = folder_name("public", Kind::New);
        assert_eq!(
            parse("public", &ours),
            Some(Leftover {
                kind: Kind::New,
                pid: std::process::id(),
                token: Some(this_token().to_string()),
            })
        );
        assert_eq!(
            parse("public", ".public.touchmap-old-42"),
            Some(Leftover {
                kind: Kind::Old,
                pid: 42,
                token: None
            })
        );
        for other in [
            ".site.touchmap-new-42",
            ".public.touchmap-new-",
            ".public.touchmap-new-4x",
            ".public.touchmap-new-42-",
            ".public.touchmap-new-42-a/b",
            ".public.touchmap-gone-42",
            "public.touchmap-new-42",
            ".public2.touchmap-new-42",
        ] {
            assert_eq!(parse("public", other), None, "{other}");
        }
    }

    #[test]
    fn a_running_process_runs_and_a_gone_one_does_not() {
        assert!(may_run(std::process::id(), None));
        assert!(may_run(std::process::id(), Some(this_token())));
        // Past the largest process id Linux gives (2^22).
        assert!(!may_run(4_194_305, None));
        if cfg!(target_os = "linux") {
            // This process's id, with another start time: an earlier
            // process that had the same id.
            assert!(!may_run(std::process::id(), Some("1")));
        }
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        assert!(!may_run(pid, None), "a process that exited and was reaped");
    }

    #[test]
    fn a_removal_stopped_half_way_leaves_the_marker() {
        let dir = std::env::temp_dir().join(format!("touchmap-remove-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("a/b")).unwrap();
        fs::write(dir.join(OUTPUT_MARKER), "").unwrap();
        fs::write(dir.join("a/b/page.html"), "").unwrap();
        std::os::unix::fs::symlink("/", dir.join("root")).unwrap();
        remove_ours(&dir).unwrap();
        assert!(!dir.exists());
        assert!(Path::new("/").is_dir(), "a link is removed, not followed");
        remove_ours(&dir).expect("a folder already gone counts as removed");
    }

    #[test]
    fn the_command_to_remove_by_hand_is_quoted_for_a_shell() {
        assert_eq!(
            removal_command(Path::new("/srv/.public.touchmap-old-1")),
            "chmod -R u+w /srv/.public.touchmap-old-1 && rm -rf /srv/.public.touchmap-old-1"
        );
        assert_eq!(
            removal_command(Path::new("/my site/it's")),
            r"chmod -R u+w '/my site/it'\''s' && rm -rf '/my site/it'\''s'"
        );
    }
}
