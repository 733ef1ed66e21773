//! The GitHub Pages workflow (`docs/github-pages.yml`, written by `touchmap
//! init --ci github`): valid YAML with the documented shape, the commands the
//! README shows, and those commands run for real against `example-map/`.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

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
            "actions/checkout@v4",
            "dtolnay/rust-toolchain@stable",
            "actions/cache@v4",
            "actions/upload-pages-artifact@v3"
        ]
    );
    let upload = steps(&w, "check")
        .iter()
        .find(|s| s["uses"] == "actions/upload-pages-artifact@v3")
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
    assert_eq!(deploy_uses, ["actions/deploy-pages@v4"]);

    // The pull request's summary of changes never fails the check.
    let what_changed = steps(&w, "check")
        .iter()
        .find(|s| s["name"] == "What changed")
        .unwrap();
    assert_eq!(what_changed["continue-on-error"], true);
    assert_eq!(what_changed["if"], "github.event_name == 'pull_request'");

    let runs: Vec<&str> = steps(&w, "check")
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert_eq!(runs[0], "cargo install --locked touchmap");
    assert_eq!(
        touchmap_lines(&w),
        [
            r#"touchmap check --format github "$MAP_DIR""#,
            r#"touchmap diff FETCH_HEAD "$MAP_DIR" --format markdown >> "$GITHUB_STEP_SUMMARY""#,
            r#"touchmap build "$MAP_DIR" -o public --base-url "/${{ github.event.repository.name }}/""#,
        ]
    );
}

#[test]
fn the_readme_documents_the_workflows_commands() {
    let readme = std::fs::read_to_string(crate_dir().join("README.md")).unwrap();
    for line in touchmap_lines(&workflow()) {
        assert!(
            readme.contains(&line),
            "README.md does not show the workflow's command\n  {line}"
        );
    }
    assert!(readme.contains("docs/github-pages.yml"));
    assert!(readme.contains("touchmap init --ci github"));
}

/// Runs git quietly with a throwaway identity; no global config is changed.
fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=touchmap test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
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
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn copy_dir(from: &Path, to: &Path) {
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

/// Replaces the workflow's `${{ … }}` expressions with what GitHub would
/// put there for a pull request against `main` in a repository called
/// `touchmap-demo`; any other expression fails the test.
fn expand(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("}}").expect("closed expression") + start;
        let value = match rest[start + 3..end].trim() {
            "github.event.repository.name" => "touchmap-demo",
            "github.base_ref" => "main",
            other => panic!("the test does not know the expression `{other}`"),
        };
        out.push_str(value);
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The workflow's own shell steps, run as GitHub runs them (bash -eo
/// pipefail), in a clone of a repository holding the example map, on a pull
/// request that changes one touchpoint. Only `cargo install` is left out:
/// the touchmap under test is put on PATH instead.
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

    let bin_dir = Path::new(env!("CARGO_BIN_EXE_touchmap")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let summary = tmp.path().join("step-summary.md");
    std::fs::write(&summary, "").unwrap();

    let mut ran = Vec::new();
    for step in steps(&w, "check") {
        let Some(run) = step["run"].as_str() else {
            continue;
        };
        if run.contains("cargo install") {
            continue;
        }
        let script = expand(run);
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", &script])
            .current_dir(&work)
            .env("PATH", &path)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("TOUCHMAP_BASE_URL")
            .env_remove("TOUCHMAP_OUTPUT")
            .env_remove("NO_COLOR");
        for (k, v) in w["env"].as_object().unwrap() {
            cmd.env(k, v.as_str().unwrap());
        }
        if let Some(env) = step["env"].as_object() {
            for (k, v) in env {
                cmd.env(k, expand(v.as_str().unwrap()));
            }
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "step `{}` failed:\n{script}\nstdout: {}\nstderr: {}",
            step["name"],
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if run.contains("touchmap check") {
            // GitHub annotations, not colour codes: the log is not a terminal.
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(stdout.contains("::warning file=example-map/"), "{stdout}");
            assert!(!stdout.contains('\x1b'), "colour codes in a CI log");
        }
        ran.push(step["name"].as_str().unwrap_or("").to_string());
    }
    assert_eq!(ran, ["Check the map", "What changed", "Build the site"]);

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
