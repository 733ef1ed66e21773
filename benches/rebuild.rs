//! The rebuild figures of `benches/run.sh`: how long `serve` takes to show
//! an edit, through `serve`'s own rebuild (the library's `Preview`).
//!
//! ```sh
//! cargo bench --bench rebuild -- MAP FILE [RUNS]
//! ```
//!
//! Builds the site of MAP in memory, then RUNS times (default 5) edits
//! FILE (relative to MAP) and rebuilds. A note gets a sentence added to
//! its text, and its page must show it. A YAML file of touchpoints gets
//! its first touchpoint renamed, which makes `serve` run the whole
//! pipeline, as after any edit to a map file, and changes that
//! touchpoint's page and every page that lists it: the new site must be
//! published without errors, and the touchpoint's page show the new name.
//! FILE is restored after. Prints `full_ms=… rebuild_ms=…` (the median
//! rebuild), and for a YAML file `page_shown_ms=…` (the median time until
//! the renamed touchpoint's page of the new site is in hand), on stdout.

// The allocator and its options as `touchmap serve` runs with them: the
// rebuild's time and the peak memory this bench's caller reads are those
// of `serve` only with the same ones.
touchmap::allocator!();

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use touchmap::serve::Preview;

fn main() -> ExitCode {
    // `cargo bench` adds `--bench`.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (map, file, runs) = match args.as_slice() {
        [map, file] => (map, file, 5),
        [map, file, runs] if runs.parse::<usize>().is_ok_and(|n| n > 0) => {
            (map, file, runs.parse().unwrap_or(5))
        }
        _ => {
            eprintln!("usage: rebuild MAP FILE [RUNS] (see benches/run.sh)");
            return ExitCode::from(2);
        }
    };
    match measure(Path::new(map), Path::new(file), runs) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn measure(map: &Path, file: &Path, runs: usize) -> Result<String, String> {
    let started = Instant::now();
    let mut preview = Preview::open(map).map_err(|e| e.to_string())?;
    let full = started.elapsed();
    let path = preview.root().join(file);
    let original = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let yaml = matches!(
        file.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    );
    // After a map-file edit, the page to watch is the renamed
    // touchpoint's, as a browser open on it reloads it.
    let (page, name_line) = if yaml {
        let (id, line) = first_touchpoint(&original)
            .ok_or_else(|| format!("{} names no touchpoint to rename", path.display()))?;
        (format!("touchpoints/{id}/index.html"), line)
    } else {
        (preview.note_page(file), 0)
    };
    let result = (0..runs)
        .map(|run| {
            let sentence = format!("Edited for the benchmark, edit number {run}.");
            let edited = if yaml {
                let mut lines: Vec<&str> = original.lines().collect();
                let renamed = format!("    name: \"{sentence}\"");
                lines[name_line] = &renamed;
                lines.join("\n") + "\n"
            } else {
                format!("{original}\n{sentence}\n")
            };
            std::fs::write(&path, edited)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            let before = preview.version();
            let rebuilt = preview.rebuild_after_edit(file, yaml.then_some(&*page));
            let shown = preview.version() > before
                && preview.errors() == 0
                && preview
                    .file(&page)
                    .is_some_and(|b| String::from_utf8_lossy(&b).contains(&sentence));
            if !shown {
                return Err(format!("after the rebuild, {page} does not show the edit"));
            }
            Ok(rebuilt)
        })
        .collect::<Result<Vec<_>, String>>();
    std::fs::write(&path, &original)
        .map_err(|e| format!("cannot restore {}: {e}", path.display()))?;
    let rebuilds = result?;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = |mut times: Vec<Duration>| {
        times.sort();
        times.get(times.len() / 2).copied()
    };
    let rebuilt = median(rebuilds.iter().map(|r| r.rebuilt).collect()).unwrap_or_default();
    let shown = median(rebuilds.iter().filter_map(|r| r.page_shown).collect())
        .map(|d| format!(" page_shown_ms={:.1}", ms(d)))
        .unwrap_or_default();
    Ok(format!(
        "full_ms={:.1} rebuild_ms={:.1}{shown} runs={}",
        ms(full),
        ms(rebuilt),
        rebuilds.len()
    ))
}

/// The id of the first touchpoint of a YAML file of touchpoints, and the
/// index of its `name:` line (written as `benches/gen_map.py` writes it).
fn first_touchpoint(yaml: &str) -> Option<(String, usize)> {
    let lines: Vec<&str> = yaml.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.trim_start().starts_with("- id:"))?;
    let id = lines[at].trim_start()["- id:".len()..].trim().to_string();
    let name = (at + 1..lines.len()).find(|&i| lines[i].starts_with("    name:"))?;
    Some((id, name))
}
