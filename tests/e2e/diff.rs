//! End-to-end tests of `touchmap diff` and `build --since`: a throwaway git
//! repository with two commits of a map, compared by the real binary.

use crate::common::git;
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What a user sees from one run.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn touchmap(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .env_remove("TOUCHMAP_BASE_URL")
        .env_remove("TOUCHMAP_OUTPUT")
        .output()
        .expect("the touchmap binary starts");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const SITE: &str = "\
site:
  title: Shop touchpoints
channels:
  - {id: website, name: Website, mode: digital}
  - {id: app, name: App, mode: digital}
  - {id: store, name: Store, mode: analog}
  - {id: phone, name: Phone, mode: analog}
personas:
  - {id: shopper, name: Shopper}
";

/// The map at the first commit.
const TOUCHPOINTS_1: &str = "\
touchpoints:
  - id: product-page
    name: Product page
    stage: consideration
    channel: website
    emotion: {score: 1, label: Curious}
    value: {price: 3, service: 2}
    kpis: [conversion]
  - id: checkout
    name: Checkout
    stage: decision
    channel: website
    emotion: {score: 0}
    value: {price: 2}
  - id: store-visit
    name: Store visit
    stage: decision
    channel: store
    emotion: {score: 1, label: Reassured}
  - id: phone-order
    name: Phone order
    stage: decision
    channel: phone
kpis:
  - id: conversion
    name: Product page conversion
    unit: '%'
    direction: up
    target: 3
    measurements:
      - {date: 2026-01, value: 2.1}
      - {date: 2026-02, value: 2.4}
  - id: nps
    name: Net promoter score
    direction: up
    target: 30
    measurements:
      - {date: 2026-01, value: 35}
";

/// The map at the second commit: `loyalty-app` added, `phone-order`
/// removed, `checkout` moved to the app, `store-visit`'s emotion and
/// `product-page`'s service value changed, and `conversion` reaches its
/// target with a new measurement. Nothing else.
const TOUCHPOINTS_2: &str = "\
touchpoints:
  - id: product-page
    name: Product page
    stage: consideration
    channel: website
    emotion: {score: 1, label: Curious}
    value: {price: 3, service: 4}
    kpis: [conversion]
  - id: checkout
    name: Checkout
    stage: decision
    channel: app
    emotion: {score: 0}
    value: {price: 2}
  - id: store-visit
    name: Store visit
    stage: decision
    channel: store
    emotion: {score: -1, label: Rushed}
  - id: loyalty-app
    name: Loyalty app
    stage: retention
    channel: app
kpis:
  - id: conversion
    name: Product page conversion
    unit: '%'
    direction: up
    target: 3
    measurements:
      - {date: 2026-01, value: 2.1}
      - {date: 2026-02, value: 2.4}
      - {date: 2026-03, value: 3.2}
  - id: nps
    name: Net promoter score
    direction: up
    target: 30
    measurements:
      - {date: 2026-01, value: 35}
";

/// A repository whose first commit has no map, the second the map in
/// `maps/shop/`, the third the changed map. Returns (temp dir, repo root).
fn repo_with_history() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    write(
        &repo.join("README.md"),
        "A repository before it had a map.\n",
    );
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "start"]);
    let map = repo.join("maps/shop");
    write(&map.join("touchmap.yaml"), SITE);
    write(&map.join("touchpoints.yaml"), TOUCHPOINTS_1);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "map"]);
    write(&map.join("touchpoints.yaml"), TOUCHPOINTS_2);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "change the map"]);
    (tmp, repo)
}

fn short(repo: &Path, rev: &str) -> String {
    git(repo, &["rev-parse", "--short", rev])
}

fn expected_text(map: &str, from: &str, to: &str) -> String {
    format!(
        "\
What changed in {map} from {from} to {to}
1 touchpoint added, 1 touchpoint removed, 3 touchpoints changed, 1 KPI crossed its target

Touchpoints added
  + loyalty-app  Loyalty app — at retention/app

Touchpoints removed
  - phone-order  Phone order — was at decision/phone

Touchpoints changed
  ~ product-page  Product page
      value service changed from 2 to 4
  ~ checkout  Checkout
      moved from decision/website to decision/app
  ~ store-visit  Store visit
      emotion changed from +1 (Reassured) to -1 (Rushed)

KPIs that crossed their target
  ✓ conversion  Product page conversion — now on target
      latest 3.2% in 2026-03, was 2.4% in 2026-02; target at least 3%
"
    )
}

#[test]
fn text_lists_exactly_the_changes_between_two_commits() {
    let (_tmp, repo) = repo_with_history();
    let (one, two) = (short(&repo, "HEAD~1"), short(&repo, "HEAD"));

    // From the repository root, naming the map folder; the working tree is
    // the second commit.
    let r = touchmap(&repo, &["diff", "HEAD~1", "maps/shop"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        expected_text(
            "the map maps/shop",
            &format!("HEAD~1 ({one})"),
            "the working tree"
        )
    );
    assert_eq!(r.stderr, "");

    // Two revisions, from inside the map folder.
    let r = touchmap(&repo.join("maps/shop"), &["diff", "HEAD~1", "HEAD"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        expected_text(
            "the map",
            &format!("HEAD~1 ({one})"),
            &format!("HEAD ({two})")
        )
    );

    // REV REV2 DIR, with commit ids.
    let r = touchmap(&repo, &["diff", &one, &two, "maps/shop"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, expected_text("the map maps/shop", &one, &two));
}

#[test]
fn markdown_lists_exactly_the_changes_for_a_pull_request() {
    let (_tmp, repo) = repo_with_history();
    let one = short(&repo, "HEAD~1");
    let r = touchmap(
        &repo,
        &["diff", "HEAD~1", "maps/shop", "--format", "markdown"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "\
## What changed in the touchpoint map

Map `maps/shop`, from `HEAD~1` ({one}) to the working tree: **1 touchpoint added, 1 touchpoint removed, 3 touchpoints changed, 1 KPI crossed its target**

### Touchpoints added

- `loyalty-app` Loyalty app — at `retention/app`

### Touchpoints removed

- `phone-order` Phone order — was at `decision/phone`

### Touchpoints changed

- `product-page` Product page
  - value `service` changed from 2 to 4
- `checkout` Checkout
  - moved from `decision/website` to `decision/app`
- `store-visit` Store visit
  - emotion changed from +1 (Reassured) to -1 (Rushed)

### KPIs that crossed their target

- `conversion` Product page conversion — now on target
  - latest 3.2% in 2026-03, was 2.4% in 2026-02; target at least 3%
"
        )
    );
}

#[test]
fn an_unchanged_map_says_so() {
    let (_tmp, repo) = repo_with_history();
    let r = touchmap(&repo.join("maps/shop"), &["diff", "HEAD"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        format!(
            "No changes to the map between HEAD ({}) and the working tree.\n",
            short(&repo, "HEAD")
        )
    );
}

#[test]
fn uncommitted_edits_are_compared_too() {
    let (_tmp, repo) = repo_with_history();
    let map = repo.join("maps/shop");
    let edited = TOUCHPOINTS_2.replace(
        "    stage: retention\n",
        "    stage: retention\n    priority: key\n    state: planned\n",
    );
    write(&map.join("touchpoints.yaml"), &edited);
    write(
        &map.join("notes/interviews.md"),
        "---\ntitle: Shopper interviews\n---\nWhat we heard.\n",
    );
    let r = touchmap(&map, &["diff", "HEAD"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "Touchpoints changed\n  ~ loyalty-app  Loyalty app\n      state changed from current to planned\n      priority changed from supporting to key\n"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Notes added\n  + notes/interviews.md  Shopper interviews\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("1 touchpoint changed, 1 note added\n"),
        "{}",
        r.stdout
    );
}

/// The map at the second commit with competitors, benefits and a note, for
/// the edits to the other kinds of entity.
const OTHERS_1: &str = "\
stages:
  - {id: awareness, name: Awareness}
  - {id: consideration, name: Consideration}
  - {id: decision, name: Decision}
  - {id: retention, name: Retention}
competitors:
  - id: bargain
    name: RunBargain.com
    value: {price: 5, service: 1}
    strengths: [Low prices]
  - id: local
    name: Local running shop
    value: {service: 4}
benefits:
  - id: more-sales
    name: More sales
    touchpoints: [product-page]
";

#[test]
fn edits_to_stages_competitors_benefits_kpis_and_notes_are_listed_too() {
    let (_tmp, repo) = repo_with_history();
    let map = repo.join("maps/shop");
    write(&map.join("others.yaml"), OTHERS_1);
    write(
        &map.join("notes/research/interviews.md"),
        "---\ntitle: Shopper interviews\n---\nWhat we heard.\n",
    );
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "more of the map"]);

    // A competitor renamed with another price score and strengths, a stage
    // renamed, a benefit with another touchpoint, a KPI with another unit
    // and owner, a note moved to another folder: nothing else.
    let others = OTHERS_1
        .replace("name: RunBargain.com", "name: RunBargain")
        .replace("price: 5, service: 1", "price: 4, service: 1")
        .replace("[Low prices]", "[Low prices, Fast delivery]")
        .replace("name: Awareness", "name: Discover")
        .replace("touchpoints: [product-page]", "touchpoints: [checkout]");
    write(&map.join("others.yaml"), &others);
    let kpis = TOUCHPOINTS_2.replace(
        "    name: Net promoter score\n",
        "    name: Net promoter score\n    unit: points\n    owner: CX team\n",
    );
    write(&map.join("touchpoints.yaml"), &kpis);
    std::fs::create_dir_all(map.join("notes/archive")).unwrap();
    std::fs::rename(
        map.join("notes/research/interviews.md"),
        map.join("notes/archive/interviews.md"),
    )
    .unwrap();

    let r = touchmap(&repo, &["diff", "HEAD", "maps/shop"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let head = short(&repo, "HEAD");
    assert_eq!(
        r.stdout,
        format!(
            "\
What changed in the map maps/shop from HEAD ({head}) to the working tree
1 KPI changed, 1 stage changed, 1 competitor changed, 1 benefit changed, 1 note changed

KPIs changed
  ~ nps  Net promoter score
      also changed: owner, unit

Stages changed
  ~ awareness  Discover
      renamed from “Awareness” to “Discover”

Competitors changed
  ~ bargain  RunBargain
      renamed from “RunBargain.com” to “RunBargain”
      value price changed from 5 to 4
      also changed: strengths

Benefits changed
  ~ more-sales  More sales
      also changed: touchpoints

Notes changed
  ~ notes/archive/interviews.md  Shopper interviews
      moved from notes/research/interviews.md to notes/archive/interviews.md
"
        )
    );

    // A note edited in place is a change to its text.
    write(
        &map.join("notes/archive/interviews.md"),
        "---\ntitle: Shopper interviews\n---\nWhat we heard, and what we did.\n",
    );
    let r = touchmap(&repo, &["diff", "HEAD", "maps/shop"]);
    assert!(
        r.stdout
            .contains("Notes added\n  + notes/archive/interviews.md  Shopper interviews\n")
            && r.stdout
                .contains("Notes removed\n  - notes/research/interviews.md  Shopper interviews\n"),
        "a moved and edited note is another note: {}",
        r.stdout
    );
    std::fs::remove_dir_all(map.join("notes/archive")).unwrap();
    write(
        &map.join("notes/research/interviews.md"),
        "---\ntitle: Shopper interviews\n---\nWhat we heard, and what we did.\n",
    );
    let r = touchmap(&repo, &["diff", "HEAD", "maps/shop"]);
    assert!(
        r.stdout.contains(
            "Notes changed\n  ~ notes/research/interviews.md  Shopper interviews\n      also changed: text\n"
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn build_since_adds_a_what_changed_page() {
    let (tmp, repo) = repo_with_history();
    let out = tmp.path().join("site");
    let r = touchmap(
        &repo,
        &[
            "build",
            "maps/shop",
            "-o",
            out.to_str().unwrap(),
            "--base-url",
            "/shop/",
            "--since",
            "HEAD~1",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "What changed since HEAD~1 ({}): 1 touchpoint added, 1 touchpoint removed, 3 touchpoints changed, 1 KPI crossed its target",
            short(&repo, "HEAD~1")
        )),
        "{}",
        r.stderr
    );
    let html = std::fs::read_to_string(out.join("changes/index.html")).expect("changes page");
    let doc = Html::parse_document(&html);
    let words = |e: scraper::ElementRef| {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let title = doc
        .select(&Selector::parse("h1").unwrap())
        .next()
        .map(words);
    assert_eq!(title.as_deref(), Some("What changed since HEAD~1"));
    // Exactly the changes, section by section, and nothing else.
    let (panel, heading, item) = (
        Selector::parse("section.panel").unwrap(),
        Selector::parse("h2").unwrap(),
        Selector::parse("ul.change-list > li").unwrap(),
    );
    let shown: Vec<String> = doc
        .select(&panel)
        .flat_map(|section| {
            let h = section.select(&heading).next().map(words);
            let items = section.select(&item).map(|li| format!("  {}", words(li)));
            h.into_iter().chain(items).collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        shown,
        [
            "Touchpoints added",
            "  + added Loyalty app at retention/app",
            "Touchpoints removed",
            "  - removed Phone order was at decision/phone",
            "Touchpoints changed",
            "  ~ changed Product page value service changed from 2 to 4",
            "  ~ changed Checkout moved from decision/website to decision/app",
            "  ~ changed Store visit emotion changed from +1 (Reassured) to -1 (Rushed)",
            "KPIs that crossed their target",
            "  ✓ better Product page conversion now on target latest 3.2% in 2026-03, was 2.4% in 2026-02; target at least 3%",
        ]
    );
    // What is still on the map links to its page; what was removed cannot.
    let links: Vec<String> = doc
        .select(&Selector::parse("a[href]").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    for href in [
        "/shop/touchpoints/loyalty-app/",
        "/shop/touchpoints/checkout/",
        "/shop/kpis/conversion/",
        "/shop/changes/",
    ] {
        assert!(
            links.iter().any(|l| l == href),
            "no link to {href}: {links:?}"
        );
    }
    assert!(
        !links.iter().any(|l| l.contains("phone-order")),
        "{links:?}"
    );
    // Every page's navigation offers the new page.
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains("/shop/changes/"),
        "no nav entry on the home page"
    );
}

#[test]
fn without_since_the_site_has_no_changes_page() {
    let (tmp, repo) = repo_with_history();
    let out = tmp.path().join("site");
    let r = touchmap(&repo, &["build", "maps/shop", "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!out.join("changes").exists());
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        !home.contains("changes/"),
        "the nav links a page that does not exist"
    );
    assert!(!r.stderr.contains("What changed"), "{}", r.stderr);
}

#[test]
fn usage_errors_exit_2_with_a_clear_message() {
    let (tmp, repo) = repo_with_history();

    let r = touchmap(&repo, &["diff", "no-such-rev", "maps/shop"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("error: unknown revision `no-such-rev`"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");

    // The first commit has no map yet.
    let r = touchmap(&repo, &["diff", "HEAD~2", "maps/shop"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!(
            "error: there is no map in `maps/shop` at revision HEAD~2 ({})",
            short(&repo, "HEAD~2")
        )),
        "{}",
        r.stderr
    );

    // A folder that is no map, now or then.
    let r = touchmap(&repo, &["diff", "HEAD", "maps"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("error: `maps` is not a map folder: it has no touchmap.yaml"),
        "{}",
        r.stderr
    );

    // Too many arguments, said in the user's terms.
    let r = touchmap(&repo, &["diff", "HEAD~1", "HEAD", "maps/shop", "extra"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("unexpected argument 'extra'") && !r.stderr.contains("REV2_OR_DIR"),
        "{}",
        r.stderr
    );

    // Not a git repository.
    let plain = tmp.path().join("plain");
    write(&plain.join("touchmap.yaml"), SITE);
    write(&plain.join("touchpoints.yaml"), TOUCHPOINTS_1);
    let r = touchmap(&plain, &["diff", "HEAD"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is not in a git repository"),
        "{}",
        r.stderr
    );

    // build --since with an unknown revision writes nothing.
    let out = tmp.path().join("site");
    let r = touchmap(
        &repo,
        &[
            "build",
            "maps/shop",
            "-o",
            out.to_str().unwrap(),
            "--since",
            "nope",
        ],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown revision `nope`"), "{}", r.stderr);
    assert!(!out.exists());

    let r = touchmap(&repo, &["diff", "HEAD~1", "HEAD", "maps/shop", "extra"]);
    assert_eq!(r.code, 2);
}

#[test]
fn a_map_with_errors_at_a_revision_cannot_be_compared() {
    let (_tmp, repo) = repo_with_history();
    let map = repo.join("maps/shop");
    // Commit a broken map, then fix it in the working tree.
    write(
        &map.join("touchpoints.yaml"),
        &TOUCHPOINTS_2.replace("channel: app\n    emotion", "channel: ap\n    emotion"),
    );
    git(&repo, &["commit", "-q", "-am", "typo"]);
    write(&map.join("touchpoints.yaml"), TOUCHPOINTS_2);
    let r = touchmap(&repo, &["diff", "HEAD", "maps/shop"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("unknown channel `ap`"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "error: the map at revision HEAD ({}) has 1 error, so it cannot be compared",
            short(&repo, "HEAD")
        )),
        "{}",
        r.stderr
    );

    // And the other way round: broken in the working tree.
    write(
        &map.join("touchpoints.yaml"),
        &TOUCHPOINTS_2.replace("channel: app\n    emotion", "channel: ap\n    emotion"),
    );
    let r = touchmap(&repo, &["diff", "HEAD~1", "maps/shop"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("error: the map in the working tree has 1 error, so it cannot be compared"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_documentation_shows_the_real_output() {
    let example = expected_text("the map maps/shop", "HEAD~1 (1a2b3c4)", "the working tree");
    let text =
        std::fs::read_to_string(crate::common::crate_dir().join("docs/commands.md")).unwrap();
    assert!(
        text.contains(&format!("$ touchmap diff HEAD~1 maps/shop\n{example}```")),
        "docs/commands.md does not show the output of `touchmap diff` as it is"
    );
}

#[test]
fn the_what_changed_page_is_valid_html() {
    let (tmp, repo) = repo_with_history();
    let out = tmp.path().join("site");
    let r = touchmap(
        &repo,
        &[
            "build",
            "maps/shop",
            "-o",
            out.to_str().unwrap(),
            "--since",
            "HEAD~1",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let errors = crate::common::html_errors(&[&out.join("changes/index.html")]);
    assert!(errors.is_empty(), "the Nu HTML Checker reports:\n{errors}");
}
