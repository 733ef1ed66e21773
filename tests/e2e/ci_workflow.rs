//! The GitHub Pages workflow (`docs/github-pages.yml`, written by `touchmap
//! init --ci github`): valid YAML with the documented shape, the commands the
//! publishing guide shows, and those commands run for real against `example-map/`.

use crate::common::{copy_dir, crate_dir, git};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workflow_text() -> String {
    std::fs::read_to_string(crate_dir().join("docs/github-pages.yml")).unwrap()
}

fn workflow() -> Value {
    serde_saphyr::from_str(&workflow_text()).expect("docs/github-pages.yml is valid YAML")
}

/// The steps of a job.
fn steps<'a>(w: &'a Value, job: &str) -> &'a Vec<Value> {
    w["jobs"][job]["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("job `{job}` has steps"))
}

/// Every command line of the workflow that runs touchmap, as written.
fn touchmap_lines(w: &Value) -> Vec<String> {
    steps(w, "check")
        .iter()
        .filter_map(|s| s["run"].as_str())
        .flat_map(|run| run.lines().map(str::trim).map(str::to_string))
        .filter(|l| l.starts_with("touchmap "))
        .collect()
}

#[test]
fn the_workflow_checks_builds_and_deploys_with_the_official_actions() {
    let w = workflow();
    assert_eq!(w["env"]["MAP_DIR"], "example-map");
    assert_eq!(w["on"]["push"]["branches"], serde_json::json!(["main"]));
    assert!(
        w["on"].get("pull_request").is_some(),
        "runs on pull requests"
    );

    let uses: Vec<&str> = steps(&w, "check")
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert_eq!(
        uses,
        [
            "actions/checkout@v7",
            "actions/cache@v6",
            "dtolnay/rust-toolchain@stable",
            "actions/upload-pages-artifact@v5"
        ]
    );
    // touchmap is built once per commit of its source: the cache key
    // changes when the source does, and a hit skips Rust and the build.
    let cache = steps(&w, "check")
        .iter()
        .find(|s| s["uses"] == "actions/cache@v6")
        .unwrap();
    assert_eq!(
        cache["with"]["key"],
        "touchmap-${{ runner.os }}-${{ steps.touchmap.outputs.commit }}"
    );
    let install = steps(&w, "check")
        .iter()
        .find(|s| s["name"] == "Install touchmap")
        .unwrap();
    assert_eq!(install["if"], "steps.cache.outputs.cache-hit != 'true'");
    let upload = steps(&w, "check")
        .iter()
        .find(|s| s["uses"] == "actions/upload-pages-artifact@v5")
        .unwrap();
    assert_eq!(upload["with"]["path"], "public");
    assert!(
        upload["if"]
            .as_str()
            .unwrap()
            .contains("github.event_name == 'push'")
    );

    let deploy = &w["jobs"]["deploy"];
    assert_eq!(deploy["needs"], "check");
    assert_eq!(deploy["environment"]["name"], "github-pages");
    assert_eq!(deploy["permissions"]["pages"], "write");
    assert_eq!(deploy["permissions"]["id-token"], "write");
    assert_eq!(deploy["permissions"]["contents"], "read");
    assert!(
        deploy["if"]
            .as_str()
            .unwrap()
            .contains("github.event_name == 'push'"),
        "deploys only on push"
    );
    let deploy_uses: Vec<&str> = steps(&w, "deploy")
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert_eq!(deploy_uses, ["actions/deploy-pages@v5"]);

    // The pull request's summary of changes never fails the check.
    let what_changed = steps(&w, "check")
        .iter()
        .find(|s| s["name"] == "What changed")
        .unwrap();
    assert_eq!(what_changed["continue-on-error"], true);
    assert_eq!(what_changed["if"], "github.event_name == 'pull_request'");

    assert_eq!(
        touchmap_lines(&w),
        [
            r#"touchmap check --format github "$MAP_DIR""#,
            r#"touchmap diff FETCH_HEAD "$MAP_DIR" --format markdown >> "$GITHUB_STEP_SUMMARY""#,
            r#"touchmap build "$MAP_DIR" -o public --base-url "https://${{ github.repository_owner }}.github.io/${{ github.event.repository.name }}/""#,
        ]
    );
}

#[test]
fn the_publishing_guide_documents_the_workflows_commands() {
    let guide = std::fs::read_to_string(crate_dir().join("docs/publishing.md")).unwrap();
    for line in touchmap_lines(&workflow()) {
        assert!(
            guide.contains(&line),
            "docs/publishing.md does not show the workflow's command\n  {line}"
        );
    }
    assert!(guide.contains("](github-pages.yml)"));
    assert!(guide.contains("touchmap init --ci github"));
    let readme = std::fs::read_to_string(crate_dir().join("README.md")).unwrap();
    assert!(
        readme.contains("](docs/publishing.md)"),
        "the README links the guide"
    );
}

/// Replaces the workflow's `${{ … }}` expressions with what GitHub would
/// put there for a pull request against `main` in a repository called
/// `touchmap-demo`, and the outputs of earlier steps (`steps.ID.outputs.X`);
/// any other expression fails the test.
fn expand(text: &str, outputs: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("closed expression") + start;
        let value = match rest[start + 3..end].trim() {
            "github.event.repository.name" => "touchmap-demo",
            "github.repository_owner" => "Stride-Running",
            "github.base_ref" => "main",
            other => outputs
                .get(other)
                .unwrap_or_else(|| panic!("the test does not know the expression `{other}`")),
        };
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// A git repository with touchmap's source as it is in this checkout
/// (tracked and new files, with their edits), tagged `tag` with an
/// annotated tag: where the workflow installs touchmap from.
fn touchmap_source(dir: &Path, tag: &str) -> String {
    let listed = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(crate_dir())
        .output()
        .expect("git runs");
    assert!(listed.status.success(), "this checkout is a git repository");
    for rel in listed.stdout.split(|b| *b == 0).filter(|r| !r.is_empty()) {
        let rel = Path::new(std::str::from_utf8(rel).unwrap());
        let from = crate_dir().join(rel);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let to = dir.join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&from, &to).unwrap();
    }
    git(dir, &["init", "-q"]);
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "touchmap"]);
    git(dir, &["tag", "-a", tag, "-m", "a release"]);
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()
        .unwrap();
    String::from_utf8(head.stdout).unwrap().trim().to_string()
}

/// Writes `dir/cargo`, which the workflow's `cargo install` step runs in
/// place of cargo's. A real install compiles the whole dependency tree again
/// from cold (about four minutes of a CI run on two cores) to prove what CI
/// proves anyway: CI builds touchmap from a clean clone, so the committed
/// source builds. What the step itself can get wrong is checked here: the
/// stand-in logs its arguments to `log`, clones the repository at the
/// requested commit the way cargo does (failing when the commit is not
/// there), and asks the real cargo whether that commit's `Cargo.lock` holds
/// for `--locked`. It then installs the touchmap under test. Any other cargo
/// command goes to the real cargo.
#[cfg(unix)]
fn cargo_install_stand_in(dir: &Path, log: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let real_cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let script = format!(
        r#"#!/usr/bin/env bash
set -euo pipefail
if [ "${{1:-}}" != install ]; then exec '{real_cargo}' "$@"; fi
echo "$*" > '{log}'
shift
git= rev= locked= crate=
while [ $# -gt 0 ]; do
  case "$1" in
    --locked) locked=1 ;;
    --git) git="$2"; shift ;;
    --rev) rev="$2"; shift ;;
    -*) echo "stand-in cargo: unexpected option $1" >&2; exit 2 ;;
    *) crate="$1" ;;
  esac
  shift
done
[ -n "$git" ] && [ -n "$rev" ] && [ -n "$locked" ] && [ "$crate" = touchmap ] ||
  {{ echo "stand-in cargo: want --locked --git URL --rev COMMIT touchmap" >&2; exit 2; }}
checkout=$(mktemp -d)
git clone -q "$git" "$checkout"
git -C "$checkout" -c advice.detachedHead=false checkout -q "$rev"
'{real_cargo}' tree --locked --offline --edges normal,build \
  --manifest-path "$checkout/Cargo.toml" > /dev/null
rm -rf "$checkout"
mkdir -p "$CARGO_INSTALL_ROOT/bin"
cp '{touchmap}' "$CARGO_INSTALL_ROOT/bin/touchmap"
"#,
        log = log.display(),
        touchmap = env!("CARGO_BIN_EXE_touchmap"),
    );
    std::fs::create_dir_all(dir).unwrap();
    let cargo = dir.join("cargo");
    std::fs::write(&cargo, script).unwrap();
    std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Runs one `run:` step as GitHub does (bash -eo pipefail) in `cwd`, with
/// the workflow's and the step's environment (`env` on top), and returns
/// the output and what the step wrote to `$GITHUB_OUTPUT`.
fn run_step(
    w: &Value,
    step: &Value,
    cwd: &Path,
    env: &[(&str, String)],
    outputs: &BTreeMap<String, String>,
) -> (std::process::Output, Vec<(String, String)>) {
    let script = expand(step["run"].as_str().unwrap(), outputs);
    let github_output = tempfile::NamedTempFile::new().unwrap();
    let mut cmd = Command::new("bash");
    cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
        .current_dir(cwd)
        .env("GITHUB_OUTPUT", github_output.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("TOUCHMAP_BASE_URL")
        .env_remove("TOUCHMAP_OUTPUT")
        .env_remove("NO_COLOR");
    for (k, v) in w["env"].as_object().unwrap() {
        cmd.env(k, v.as_str().unwrap());
    }
    if let Some(step_env) = step["env"].as_object() {
        for (k, v) in step_env {
            cmd.env(k, expand(v.as_str().unwrap(), outputs));
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let written = std::fs::read_to_string(github_output.path()).unwrap();
    let pairs = written
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    (out, pairs)
}

/// The workflow's own shell steps, run as GitHub runs them (bash -eo
/// pipefail), in a clone of a repository holding the example map, on a pull
/// request that changes one touchpoint. `cargo install` is the one step not
/// run for real: see [`cargo_install_stand_in`].
#[cfg(unix)]
#[test]
fn the_workflows_commands_publish_the_example_map() {
    let w = workflow();
    let tmp = tempfile::tempdir().unwrap();
    let map_dir = w["env"]["MAP_DIR"].as_str().unwrap();

    // The repository on GitHub: the map on main.
    let upstream = tmp.path().join("upstream");
    copy_dir(&crate_dir().join("example-map"), &upstream.join(map_dir));
    git(&upstream, &["init", "-q"]);
    git(&upstream, &["add", "."]);
    git(&upstream, &["commit", "-q", "-m", "the map"]);

    // actions/checkout: a clone on the pull request's branch, which
    // renames one touchpoint.
    let work = tmp.path().join("work");
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            &format!("file://{}", upstream.display()),
            "work",
        ],
    );
    git(&work, &["checkout", "-q", "-b", "rename-ad"]);
    let file = work.join(map_dir).join("touchpoints/marketing.yaml");
    let yaml = std::fs::read_to_string(&file).unwrap();
    let renamed = yaml.replacen(
        "name: Instagram ad for beginner shoes",
        "name: Instagram Reels ad",
        1,
    );
    assert_ne!(yaml, renamed, "the example map changed; update this test");
    std::fs::write(&file, renamed).unwrap();
    git(&work, &["commit", "-q", "-am", "Rename the Instagram ad"]);

    // Where the workflow installs touchmap from, at an annotated tag.
    let source = tmp.path().join("touchmap-src");
    let source_commit = touchmap_source(&source, "v9.9.9-test");
    let install_root = tmp.path().join("cargo-home");

    let stand_in = tmp.path().join("stand-in");
    let install_log = tmp.path().join("cargo-install.log");
    cargo_install_stand_in(&stand_in, &install_log);
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_touchmap")).parent().unwrap();
    let path = format!(
        "{}:{}:{}",
        stand_in.display(),
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let summary = tmp.path().join("step-summary.md");
    std::fs::write(&summary, "").unwrap();
    let env = [
        ("TOUCHMAP_GIT", format!("file://{}", source.display())),
        ("TOUCHMAP_REF", "v9.9.9-test".to_string()),
        ("PATH", path),
        ("GITHUB_STEP_SUMMARY", summary.display().to_string()),
        ("CARGO_INSTALL_ROOT", install_root.display().to_string()),
    ];

    let mut outputs = BTreeMap::new();
    let mut ran = Vec::new();
    for step in steps(&w, "check") {
        if step["run"].as_str().is_none() {
            continue;
        }
        let (out, written) = run_step(&w, step, &work, &env, &outputs);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "step `{}` failed:\nstdout: {stdout}\nstderr: {}",
            step["name"],
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some(id) = step["id"].as_str() {
            for (k, v) in written {
                outputs.insert(format!("steps.{id}.outputs.{k}"), v);
            }
        }
        let run = step["run"].as_str().unwrap();
        if run.contains("touchmap check") {
            // GitHub annotations, not colour codes: the log is not a terminal.
            assert!(stdout.contains("::warning file=example-map/"), "{stdout}");
            assert!(!stdout.contains('\x1b'), "colour codes in a CI log");
        }
        ran.push(step["name"].as_str().unwrap_or("").to_string());
    }
    assert_eq!(
        ran,
        [
            "Find touchmap's commit",
            "Install touchmap",
            "Check the map",
            "What changed",
            "Build the site"
        ]
    );
    // The tag's commit (not the tag object) keys the cache and is built.
    assert_eq!(
        outputs.get("steps.touchmap.outputs.commit"),
        Some(&source_commit)
    );
    // The install step asked for the tag's commit, locked, from the
    // repository the workflow names.
    let install_args = std::fs::read_to_string(&install_log).unwrap();
    assert_eq!(
        install_args.trim(),
        format!(
            "install --locked --git file://{} --rev {source_commit} touchmap",
            source.display()
        )
    );
    let installed = Command::new(install_root.join("bin/touchmap"))
        .arg("--version")
        .output()
        .expect("the install step put touchmap in the install root");
    assert!(
        String::from_utf8_lossy(&installed.stdout).starts_with("touchmap "),
        "{installed:?}"
    );

    // The job summary tells the reviewer what the pull request changes.
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(
        summary.starts_with("## What changed in the touchpoint map\n"),
        "{summary}"
    );
    assert!(
        summary.contains(
            "- `instagram-ad` Instagram Reels ad\n  - renamed from “Instagram ad for beginner shoes” to “Instagram Reels ad”\n"
        ),
        "{summary}"
    );
    assert!(summary.contains("**1 touchpoint changed**"), "{summary}");

    // `public/` is ready for actions/upload-pages-artifact, every link under
    // the repository's path.
    let public = work.join("public");
    let index = std::fs::read_to_string(public.join("index.html")).expect("public/index.html");
    assert!(
        index.contains("/touchmap-demo/assets/style.css"),
        "base URL not in links"
    );
    assert!(
        !index.contains("href=\"/assets/"),
        "a link ignores the base URL"
    );
    assert!(public.join("touchpoints/instagram-ad/index.html").is_file());
    // Full addresses in the sitemap, as search engines want them.
    let sitemap = std::fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://Stride-Running.github.io/touchmap-demo/map/</loc>"),
        "{sitemap}"
    );
    assert!(public.join(".nojekyll").is_file());
    assert!(public.join("404.html").is_file());
}

fn touchmap(cwd: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

#[test]
fn init_ci_github_writes_the_documented_workflow_into_the_repository() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    let o = touchmap(&repo, &["init", "example-map"]);
    assert!(o.status.success());

    // From the repository root: the same file as docs/github-pages.yml.
    let o = touchmap(&repo, &["init", "--ci", "github", "example-map"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let written = repo.join(".github/workflows/touchmap.yml");
    assert_eq!(std::fs::read_to_string(&written).unwrap(), workflow_text());
    assert!(stdout.contains("Settings > Pages"), "{stdout}");
    assert!(
        stdout.contains("set TOUCHMAP_GIT and TOUCHMAP_REF"),
        "init does not say what to set: {stdout}"
    );
    assert!(stdout.contains("GitHub Actions"), "{stdout}");

    // Never overwritten.
    std::fs::write(&written, "# mine\n").unwrap();
    let o = touchmap(&repo, &["init", "--ci", "github", "example-map"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to overwrite"));
    assert_eq!(std::fs::read_to_string(&written).unwrap(), "# mine\n");
    std::fs::remove_file(&written).unwrap();

    // From inside a map deeper down: MAP_DIR is its path from the root, and
    // the workflow still goes to the root.
    let deep = repo.join("docs/customer map");
    assert!(
        touchmap(&repo, &["init", "docs/customer map"])
            .status
            .success()
    );
    let o = touchmap(&deep, &["init", "--ci", "github"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        String::from_utf8_lossy(&o.stdout)
            .contains("git add .github/workflows/touchmap.yml 'docs/customer map' && git commit"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(
        text.contains("\n  MAP_DIR: 'docs/customer map'\n"),
        "{text}"
    );
    let parsed: Value = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(parsed["env"]["MAP_DIR"], "docs/customer map");

    // A folder that is not a map is refused.
    let o = touchmap(&repo, &["init", "--ci", "github", "docs"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not a touchmap map"));
}

#[test]
fn init_ci_github_outside_git_writes_into_the_map_folder_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(touchmap(tmp.path(), &["init", "map"]).status.success());
    let o = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(["init", "--ci", "github", "map"])
        .current_dir(tmp.path())
        // No repository above the temporary folder may count.
        .env("GIT_CEILING_DIRECTORIES", tmp.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("is not in a git repository"), "{stdout}");
    let text =
        std::fs::read_to_string(tmp.path().join("map/.github/workflows/touchmap.yml")).unwrap();
    assert!(text.contains("\n  MAP_DIR: .\n"), "{text}");
}

#[test]
fn ci_configuration_comes_from_the_environment_and_output_stays_plain() {
    let tmp = tempfile::tempdir().unwrap();
    let map = crate_dir().join("example-map");
    let build = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_touchmap"));
        c.arg("build")
            .arg(&map)
            .args(args)
            .env_remove("NO_COLOR")
            .env_remove("TOUCHMAP_BASE_URL")
            .env_remove("TOUCHMAP_OUTPUT");
        for (k, v) in env {
            c.env(k, v);
        }
        let o = c.output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(o.status.success(), "{stderr}");
        // Not a terminal: no colour codes and no progress line, only text.
        assert!(
            !stderr.contains('\x1b') && !stderr.contains('\r'),
            "{stderr:?}"
        );
        stderr
    };
    let css = |out: &Path| {
        let index = std::fs::read_to_string(out.join("index.html")).unwrap();
        ["/from-env/", "/flag/", "/"]
            .into_iter()
            .find(|b| index.contains(&format!("\"{b}assets/style.css\"")))
            .map(str::to_string)
    };

    let env_out = tmp.path().join("env-site");
    let stderr = build(
        &[],
        &[
            ("TOUCHMAP_OUTPUT", env_out.to_str().unwrap()),
            ("TOUCHMAP_BASE_URL", "/from-env/"),
        ],
    );
    assert!(stderr.contains("Built "), "{stderr}");
    assert_eq!(css(&env_out).as_deref(), Some("/from-env/"));

    // Options on the command line win over the environment.
    let flag_out = tmp.path().join("flag-site");
    build(
        &["-o", flag_out.to_str().unwrap(), "--base-url", "/flag/"],
        &[
            ("TOUCHMAP_OUTPUT", env_out.to_str().unwrap()),
            ("TOUCHMAP_BASE_URL", "/from-env/"),
        ],
    );
    assert_eq!(css(&flag_out).as_deref(), Some("/flag/"));

    // An empty variable (an unset `${{ vars.X }}`) counts as not set.
    let plain_out = tmp.path().join("plain-site");
    build(
        &["-o", plain_out.to_str().unwrap()],
        &[("TOUCHMAP_BASE_URL", ""), ("TOUCHMAP_OUTPUT", "")],
    );
    assert_eq!(css(&plain_out).as_deref(), Some("/"));
}

#[test]
fn the_workflow_says_what_to_set_when_it_cannot_find_touchmap() {
    let w = workflow();
    let tmp = tempfile::tempdir().unwrap();
    let source = tmp.path().join("touchmap-src");
    std::fs::create_dir_all(&source).unwrap();
    git(&source, &["init", "-q"]);
    git(&source, &["commit", "-q", "--allow-empty", "-m", "empty"]);
    let find = steps(&w, "check")
        .iter()
        .find(|s| s["name"] == "Find touchmap's commit")
        .unwrap();
    let env = [
        ("TOUCHMAP_GIT", format!("file://{}", source.display())),
        ("TOUCHMAP_REF", "no-such-release".to_string()),
    ];
    let (out, written) = run_step(&w, find, tmp.path(), &env, &BTreeMap::new());
    assert!(!out.status.success(), "the job stops");
    assert!(written.is_empty());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("::error::no branch or tag 'no-such-release' in file://")
            && stdout.contains("set TOUCHMAP_GIT and TOUCHMAP_REF at the top of this workflow"),
        "{stdout}"
    );
    // The shipped workflow names a placeholder the user must replace.
    assert_eq!(
        w["env"]["TOUCHMAP_GIT"],
        "https://github.com/OWNER/touchmap"
    );
}

/// A map large enough that its build lasts several redraws of the progress
/// line, 0.1 s apart (benches/gen_map.py, as the benchmarks use).
fn large_map(dir: &Path) -> PathBuf {
    let map = dir.join("large-map");
    let o = Command::new("python3")
        .arg(crate_dir().join("benches/gen_map.py"))
        .args(["1000"])
        .arg(&map)
        .output()
        .expect("python3 runs benches/gen_map.py");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    map
}

#[cfg(unix)]
#[test]
fn a_long_build_shows_a_progress_line_on_a_terminal_only() {
    let tmp = tempfile::tempdir().unwrap();
    let map = large_map(tmp.path());
    let bin = env!("CARGO_BIN_EXE_touchmap");

    // On a terminal (script(1) gives the build one): the line is drawn in
    // place, names the step, and is erased before the summary. It shows
    // from the start (TOUCHMAP_PROGRESS_AFTER_MS=0), however fast the build.
    let out = tmp.path().join("tty-site");
    let command = format!("'{bin}' build '{}' -o '{}'", map.display(), out.display());
    let o = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("TERM", "xterm")
        .env("TOUCHMAP_PROGRESS_AFTER_MS", "0")
        .env_remove("NO_COLOR")
        .output()
        .expect("script(1) runs");
    let shown = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{shown}");
    assert!(
        shown.contains(&format!("\r\x1b[2KBuilding {}: ", map.display())),
        "no progress line on a terminal: {shown:?}"
    );
    assert!(shown.contains("rendering pages… "), "{shown:?}");
    // After the last erase, only the report: no progress line left over.
    let last_erase = shown.rfind("\r\x1b[2K").unwrap();
    let after = &shown[last_erase..];
    assert!(
        after.contains("Built ") && !after.contains("Building "),
        "the progress line is not erased before the report: {after:?}"
    );

    // The same build into a log: plain lines only.
    let out = tmp.path().join("log-site");
    let o = Command::new(bin)
        .arg("build")
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .env("TOUCHMAP_PROGRESS_AFTER_MS", "0")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{log}");
    assert!(log.contains("Built "), "{log}");
    assert!(!log.contains('\r') && !log.contains('\x1b'), "{log:?}");
}
