//! The loader: one file of a map, as text, through load, model and analyse,
//! and the findings printed as `check` prints them.
//!
//! An input is a file's path in the map on its first line and its text
//! below (`touchpoints/crm.yaml\ntouchpoints:\n  - id: …`). The file takes
//! the place of the example map's file of that path, or joins the example
//! map when it has none, so that what it declares and refers to meets a
//! whole map: stages, channels, personas, KPIs, notes and series to resolve
//! against. A `.yaml` path is a map file, `.md` a note, `.csv` a series;
//! a path that is not plain (absolute, `..`) is read as `fuzz.yaml`.
//!
//! The target fails on a panic (touchmap must report bad input, never
//! panic on it), a hang, or runaway memory.

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::{Component, Path, PathBuf};
use std::sync::{LazyLock, Mutex};
use touchmap::diagnostics::{self, Format};
use touchmap::load::ParsedFiles;
use touchmap::pipeline::analyse_texts;

/// The example map's folder: its attachments are looked up there.
static ROOT: LazyLock<PathBuf> =
    LazyLock::new(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../example-map"));

/// The example map's map files, notes and series: `(path in the map, text)`.
static EXAMPLE: LazyLock<Vec<(PathBuf, String)>> = LazyLock::new(|| {
    let mut files = Vec::new();
    let mut folders = vec![ROOT.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the example map is readable") {
            let path = entry.expect("the example map is readable").path();
            let rel = path.strip_prefix(&*ROOT).expect("inside").to_path_buf();
            if path.is_dir() {
                if rel != Path::new("static") && rel != Path::new("public") {
                    folders.push(path);
                }
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "md" | "csv")
            ) {
                let text = std::fs::read_to_string(&path).expect("the example map is UTF-8");
                files.push((rel, text));
            }
        }
    }
    files.sort();
    files
});

/// The example map's files, parsed once: an input parses its own file only.
static PARSED: LazyLock<Mutex<ParsedFiles>> = LazyLock::new(Default::default);

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let (name, text) = input.split_once('\n').unwrap_or((&input, ""));
    let name = Path::new(name.trim_end_matches('\r'));
    let plain = !name.as_os_str().is_empty()
        && name.components().all(|c| matches!(c, Component::Normal(_)));
    let rel = if plain { name } else { Path::new("fuzz.yaml") };

    let mut files: Vec<(PathBuf, String)> = EXAMPLE
        .iter()
        .filter(|(path, _)| path != rel)
        .cloned()
        .collect();
    files.push((rel.to_path_buf(), text.to_string()));

    let mut parsed = PARSED.lock().unwrap_or_else(|e| e.into_inner());
    let analysed = analyse_texts(&ROOT, files, Some(&mut parsed));
    // As `check` prints them: the human form quotes the lines it points at.
    for format in [Format::Human, Format::Json, Format::Github] {
        diagnostics::render(
            &analysed.findings,
            format,
            Path::new("map"),
            &analysed.model.sources,
            true,
        );
    }
});
