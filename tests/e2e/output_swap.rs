//! What a build leaves beside its output folder: the folders of builds that
//! were stopped are removed by the next build (and only those), a swap
//! stopped half-way is put right, and a previous site that cannot be
//! removed is a warning, not a failure, since the new site is in place.

use crate::common::{TempDir, build_site, minimal_map};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Past the largest process id Linux gives (2^22): no process has it.
const GONE: u32 = 4_194_305;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// A folder as a build leaves it: touchmap's marker and `size` bytes of pages.
fn leftover(dir: &Path, size: usize) {
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(dir.join(".touchmap-output"), "written by touchmap\n").unwrap();
    std::fs::write(dir.join("index.html"), "<p>a site</p>").unwrap();
    std::fs::write(dir.join("assets/big.bin"), vec![0u8; size]).unwrap();
}

/// The id of a process that ran and is gone.
fn a_gone_pid() -> u32 {
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    pid
}

#[test]
fn the_next_build_removes_the_folders_of_stopped_builds_and_keeps_a_running_ones() {
    let map = minimal_map("swap-debris");
    let site = TempDir::new("swap-debris-out");
    let out = site.path().join("public");
    assert_eq!(build_site(map.path(), &out).code, 0);
    let gone = [
        format!(".public.touchmap-new-{GONE}"),
        format!(".public.touchmap-old-{GONE}-8812"),
        format!(".public.touchmap-new-{}", a_gone_pid()),
        format!(".public.touchmap-old-{}", a_gone_pid()),
    ];
    for g in &gone {
        leftover(&site.path().join(g), 1 << 20);
    }
    // A build that runs now (this test's process, as far as the name says).
    let running = format!(".public.touchmap-new-{}", std::process::id());
    leftover(&site.path().join(&running), 10);
    // Not touchmap's: no marker.
    let foreign = format!(".public.touchmap-old-{GONE}-1");
    leftover(&site.path().join(&foreign), 10);
    std::fs::remove_file(site.path().join(&foreign).join(".touchmap-output")).unwrap();

    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let mut expected = vec![foreign, running.clone(), "public".to_string()];
    expected.sort();
    assert_eq!(names(site.path()), expected);
    assert!(out.join("index.html").is_file());
    assert!(site.path().join(&running).join("assets/big.bin").is_file());
}

#[test]
fn a_swap_stopped_half_way_is_finished_by_the_next_build() {
    let map = minimal_map("swap-half");
    let site = TempDir::new("swap-half-out");
    let out = site.path().join("public");
    // Stopped after moving the site aside, before moving the new one in:
    // no `public` at all.
    leftover(
        &site.path().join(format!(".public.touchmap-old-{GONE}")),
        10,
    );
    leftover(
        &site.path().join(format!(".public.touchmap-new-{GONE}")),
        10,
    );
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("note: ") && run.stderr.contains("was put back"),
        "{}",
        run.stderr
    );
    assert_eq!(names(site.path()), ["public"]);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("Test map"), "the new site is in place");
}

/// The folders beside `out` a stopped build may leave, for messages.
fn beside(out: &Path) -> Vec<String> {
    names(out.parent().unwrap())
        .into_iter()
        .filter(|n| n.contains(".touchmap-"))
        .collect()
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_site_and_the_next_build_tidies_up() {
    let map_dir = TempDir::new("swap-kill");
    let map = map_dir.path().join("map");
    crate::common::copy_dir(&crate::common::crate_dir().join("example-map"), &map);
    let site = TempDir::new("swap-kill-out");
    let out = site.path().join("public");
    let started = std::time::Instant::now();
    assert_eq!(build_site(&map, &out).code, 0);
    // Kills spread over how long a build takes here, and a little past.
    let took = started.elapsed();
    let (mut during, mut after) = (0, 0);
    for step in 0..20u32 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .args([
                "build".as_ref(),
                map.as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(took * step / 12);
        if child.try_wait().unwrap().is_some() {
            after += 1;
        } else {
            child.kill().unwrap(); // SIGKILL
            during += 1;
        }
        child.wait().unwrap();
        eprintln!(
            "kill {step} after {:?}: {:?}",
            took * step / 12,
            beside(&out)
        );
        // Whenever the kill landed, a whole site is in place, or the last
        // one is aside, for the next build to put back.
        let aside = beside(&out)
            .iter()
            .any(|n| n.starts_with(".public.touchmap-old-"));
        assert!(
            out.join("index.html").is_file() || aside,
            "kill {step}: no site left; beside it: {:?}",
            beside(&out)
        );
    }
    let run = build_site(&map, &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning: "), "{}", run.stderr);
    assert_eq!(
        names(site.path()),
        ["public"],
        "nothing left beside the site"
    );
    assert!(out.join("map/index.html").is_file());
    eprintln!(
        "{during} kills landed while the build ran, {after} after it had finished (those test nothing)"
    );
    assert!(during > 0, "no kill landed while a build ran");
}

#[test]
fn builds_of_the_same_output_at_the_same_time_leave_each_other_alone() {
    let map_dir = TempDir::new("swap-together");
    let map = map_dir.path().join("map");
    crate::common::copy_dir(&crate::common::crate_dir().join("example-map"), &map);
    let site = TempDir::new("swap-together-out");
    let out = site.path().join("public");
    assert_eq!(build_site(&map, &out).code, 0);
    for round in 0..3 {
        let children: Vec<_> = (0..3)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_touchmap"))
                    .args([
                        "build".as_ref(),
                        map.as_os_str(),
                        "-o".as_ref(),
                        out.as_os_str(),
                    ])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let o = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&o.stderr);
            // No build removed another's folder from under it, nor warned
            // about one it could not remove.
            assert_eq!(o.status.code(), Some(0), "round {round}: {stderr}");
            assert!(!stderr.contains("warning: "), "round {round}: {stderr}");
        }
        assert_eq!(names(site.path()), ["public"], "round {round}");
        assert!(out.join("map/index.html").is_file());
    }
}

/// Makes `out` impossible to remove: read-only for a user; for root, whom
/// permissions do not stop, an immutable file (where the file system and
/// the container allow `chattr`). The reason when neither can be done.
fn make_unremovable(out: &Path) -> Result<(), String> {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let done = if root {
        Command::new("chattr")
            .arg("+i")
            .arg(out.join("index.html"))
            .stderr(Stdio::null())
            .status()
    } else {
        Command::new("chmod").args(["-R", "a-w"]).arg(out).status()
    };
    match done {
        Ok(s) if s.success() => Ok(()),
        _ if root => Err(
            "running as root, whom file permissions do not stop, and `chattr +i` does not work here"
                .into(),
        ),
        _ => Err("`chmod -R a-w` failed".into()),
    }
}

/// Undoes [`make_unremovable`] on the folder wherever it now is.
fn make_removable(dir: &Path) {
    let _ = Command::new("chmod").args(["-R", "u+w"]).arg(dir).status();
    let _ = Command::new("chattr")
        .arg("-i")
        .arg(dir.join("index.html"))
        .stderr(Stdio::null())
        .status();
}

#[test]
fn a_previous_site_that_cannot_be_removed_is_a_warning_and_the_new_site_is_in_place() {
    let map = minimal_map("swap-readonly");
    let site = TempDir::new("swap-readonly-out");
    let out = site.path().join("public");
    assert_eq!(build_site(map.path(), &out).code, 0);
    std::fs::write(out.join("stale.html"), "from the previous build").unwrap();
    if let Err(why) = make_unremovable(&out) {
        eprintln!("skipped: {why}; write::tests covers the same with a removal made to fail");
        return;
    }
    let run = build_site(map.path(), &out);
    // Whatever happens below, leave a folder the test harness can remove.
    let left: Vec<PathBuf> = beside(&out).iter().map(|n| site.path().join(n)).collect();
    for dir in &left {
        make_removable(dir);
    }
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(left.len(), 1, "the previous site is left aside: {left:?}");
    let old = &left[0];
    assert!(
        old.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(".public.touchmap-old-"),
        "{}",
        old.display()
    );
    for part in [
        "warning: the new site is in place".to_string(),
        format!("it is left at {}", old.display()),
        format!(
            "remove it by hand: chmod -R u+w {0} && rm -rf {0}",
            old.display()
        ),
    ] {
        assert!(run.stderr.contains(&part), "{part:?} in:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
    assert!(!out.join("stale.html").exists(), "the new site is in place");
    assert!(
        old.join(".touchmap-output").is_file(),
        "what is left is still marked as touchmap's, for a later build to remove"
    );
    // Once it can be removed, the next build does, as the build that left
    // it is gone.
    let run = build_site(map.path(), &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert_eq!(names(site.path()), ["public"]);
}
