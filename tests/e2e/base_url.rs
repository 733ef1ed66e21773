//! The base URL every page loads its script, style sheets and icon from:
//! `site.base_url` and `--base-url` must not send a browser to another host
//! (`//evil.example/`), nor hold a script address or invisible characters.

use crate::common::{TempDir, check_json, touchmap, touchmap_in};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The values refused, each with a part of the reason the error gives, as
/// YAML double-quoted text (so that control characters can be written as
/// escapes and the file itself stays clean).
const REFUSED: &[(&str, &str)] = &[
    (r#""//evil.example/""#, "`//`"),
    (r#""///evil.example/""#, "`//`"),
    (r#""/\\evil.example/""#, "backslash"),
    (r#""\\\\evil.example\\""#, "backslash"),
    (r#""https:///evil.example/""#, "no host"),
    (r#""https://acme.github.io//evil.example/""#, "another host"),
    (r#""https://me@evil.example/""#, "`@`"),
    (r#""javascript:alert(1)""#, "`javascript:`"),
    (r#""data:text/javascript,alert(1)""#, "`data:`"),
    (r#""/repo\0/""#, "U+0000"),
    (r#""/repo\e[31m/""#, "U+001B"),
    (r#""/repo\u2028/""#, "U+2028"),
    (r#""/repo\u2029/""#, "U+2029"),
    (r#""/repo\u202E/""#, "U+202E"),
    (r#""/re po/""#, "a space"),
    (r#""/repo/\n""#, "U+000A"),
    (r#""/repo?x""#, "`?`"),
    (r#""/a\"onload=\"x/""#, "`\"`"),
];

/// The YAML value decoded, as it goes on the command line.
fn decoded(yaml: &str) -> String {
    #[derive(serde::Deserialize)]
    struct V {
        v: String,
    }
    let v: V = serde_saphyr::from_str(&format!("v: {yaml}\n")).expect("a YAML string");
    v.v
}

fn map_with_base(dir: &TempDir, base: &str) -> PathBuf {
    dir.write(
        "touchmap.yaml",
        format!("site:\n  title: Base\n  base_url: {base}\n"),
    );
    dir.path().to_path_buf()
}

/// Every address of a `<script src>` and `<link href>` in the site's pages.
fn asset_addresses(out: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "html") {
                let html = scraper::Html::parse_document(&std::fs::read_to_string(&path).unwrap());
                let sel = scraper::Selector::parse("script[src], link[href]").unwrap();
                for el in html.select(&sel) {
                    let v = el.value();
                    found.extend(v.attr("src").or(v.attr("href")).map(String::from));
                }
            }
        }
    }
    found
}

#[test]
fn a_base_url_of_another_host_in_the_map_is_a_located_error_and_nothing_is_built() {
    for (value, why) in REFUSED {
        let dir = TempDir::new("base-url-yaml");
        let map = map_with_base(&dir, value);
        let check = check_json(&map, &[]);
        assert_eq!(
            (check.run.code, check.errors),
            (1, 1),
            "{value}: {}",
            check.listing()
        );
        let f = check.only("invalid-value");
        assert_eq!(
            (f.file.as_str(), f.line, f.column),
            ("touchmap.yaml", 3, 13),
            "{value}: the value's place; {f}"
        );
        assert!(
            f.message.contains("is not a usable base_url") && f.message.contains(why),
            "{value}: {f}"
        );
        let hint = f.hint.as_deref().unwrap_or_default();
        assert!(
            hint.contains("`/my-repo/`") && hint.contains("`https://acme.github.io/my-repo/`"),
            "{value}: the hint shows the accepted forms: {f}"
        );
        let out = dir.path().join("out");
        let build = touchmap(&[
            "build".as_ref(),
            map.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(build.code, 1, "{value}: {}", build.stderr);
        assert!(!out.exists(), "{value}: no site is written");
    }
}

#[test]
fn a_base_url_of_another_host_on_the_command_line_is_a_usage_error_naming_the_flag() {
    let dir = TempDir::new("base-url-flag");
    let map = map_with_base(&dir, "/");
    let out = dir.path().join("out");
    for (value, why) in REFUSED {
        let value = decoded(value);
        if value.contains('\0') {
            continue; // a command line cannot hold NUL
        }
        let o = OsStr::new;
        for command in [
            vec![o("build"), map.as_os_str(), o("-o"), out.as_os_str()],
            vec![o("serve"), map.as_os_str(), o("-p"), o("0")],
        ] {
            let mut args = command.clone();
            args.extend([o("--base-url"), o(&value)]);
            let flag = touchmap(&args);
            let command = command[0].to_string_lossy();
            assert_eq!(flag.code, 2, "{command} {value:?}: {}", flag.stderr);
            assert!(
                flag.stderr.contains("--base-url") && flag.stderr.contains(why),
                "{command} {value:?}: {}",
                flag.stderr
            );
        }
        let env = std::process::Command::new(env!("CARGO_BIN_EXE_touchmap"))
            .args([
                "build".as_ref(),
                map.as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
            ])
            .env("TOUCHMAP_BASE_URL", &value)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&env.stderr);
        assert_eq!(env.status.code(), Some(2), "env {value:?}: {stderr}");
        assert!(
            stderr.contains("--base-url")
                && stderr.contains("TOUCHMAP_BASE_URL")
                && stderr.contains(why),
            "env {value:?}: {stderr}"
        );
        assert!(!out.exists(), "{value:?}: no site is written");
    }
}

#[test]
fn paths_and_full_addresses_still_build_on_the_sites_own_host() {
    for (yaml, flag, path) in [
        ("/", None, "/"),
        ("my-repo", None, "/my-repo/"),
        ("/my-repo", None, "/my-repo/"),
        ("https://acme.github.io/my-repo/", None, "/my-repo/"),
        ("https://maps.example.com", None, "/"),
        ("/", Some("https://acme.github.io/r/"), "/r/"),
        ("/", Some("r"), "/r/"),
    ] {
        let dir = TempDir::new("base-url-ok");
        let map = map_with_base(&dir, &format!("{yaml:?}"));
        let out = dir.path().join("out");
        let o = OsStr::new;
        let mut args = vec![o("build"), map.as_os_str(), o("-o"), out.as_os_str()];
        if let Some(f) = flag {
            args.extend([o("--base-url"), o(f)]);
        }
        let run = touchmap_in(dir.path(), &args);
        assert_eq!(run.code, 0, "{yaml} {flag:?}: {}", run.stderr);
        let assets = asset_addresses(&out);
        assert!(
            assets.iter().any(|a| a == &format!("{path}assets/app.js")),
            "{yaml} {flag:?}: {assets:?}"
        );
        for a in &assets {
            assert!(
                a.starts_with(path) && !a.starts_with("//"),
                "{yaml} {flag:?}: every asset comes from the site's own host: {a}"
            );
        }
    }
}

#[test]
fn a_flag_does_not_excuse_a_bad_base_url_in_the_map() {
    let dir = TempDir::new("base-url-both");
    let map = map_with_base(&dir, r#""//evil.example/""#);
    let out = dir.path().join("out");
    let run = touchmap(&[
        "build".as_ref(),
        map.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--base-url".as_ref(),
        "/from-flag/".as_ref(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("touchmap.yaml:3:13"), "{}", run.stderr);
    assert!(!out.exists());
}
