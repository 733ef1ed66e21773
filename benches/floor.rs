//! The floor for `benches/run.sh`: the least work any generator must do to
//! turn a folder of notes into a site of a given size. It reads every note,
//! runs one pulldown-cmark pass over each (the markdown options touchmap
//! uses), and writes one page per note, padded so that the pages add up to
//! exactly TOTAL_BYTES (touchmap's output size), in parallel. No templates,
//! no model, no sanitising, no other pages.
//!
//! ```sh
//! cargo bench --bench floor -- NOTES_DIR OUT_DIR TOTAL_BYTES
//! ```
//!
//! Prints the wall time in seconds, nothing else, on stdout.

use pulldown_cmark::{Options, Parser, html};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn main() {
    // `cargo bench` adds `--bench`.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let [notes, out, total] = args.as_slice() else {
        eprintln!("usage: floor NOTES_DIR OUT_DIR TOTAL_BYTES (see benches/run.sh)");
        return;
    };
    let total: u64 = total.parse().expect("TOTAL_BYTES is a number");
    let out = Path::new(out);
    assert!(
        !out.exists(),
        "{} exists; the floor writes a new folder",
        out.display()
    );

    let started = Instant::now();
    let files: Vec<PathBuf> = walkdir::WalkDir::new(notes)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.into_path())
        .collect();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let pages: Vec<(PathBuf, String)> = files
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a note is UTF-8 text");
            let body = strip_front_matter(&text);
            let mut page = String::with_capacity(body.len() * 3 / 2);
            html::push_html(&mut page, Parser::new_ext(body, options));
            let stem = path.file_stem().unwrap_or_default();
            (out.join(stem).join("index.html"), page)
        })
        .collect();
    let rendered: u64 = pages.iter().map(|(_, p)| p.len() as u64).sum();
    let pad = total.saturating_sub(rendered);
    let n = pages.len().max(1) as u64;
    std::fs::create_dir_all(out).expect("create the output folder");
    pages
        .into_par_iter()
        .enumerate()
        .for_each(|(i, (path, mut page))| {
            // Spread the padding so the pages add up to exactly `total`.
            let extra = pad / n + u64::from((i as u64) < pad % n);
            page.extend(std::iter::repeat_n(' ', extra as usize));
            std::fs::create_dir_all(path.parent().expect("a page has a folder"))
                .expect("create a page's folder");
            std::fs::write(&path, page).expect("write a page");
        });
    println!("{:.3}", started.elapsed().as_secs_f64());
}

fn strip_front_matter(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}
