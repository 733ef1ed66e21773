//! `touchmap init [DIR]`: a small, valid starter map to edit, which passes
//! `touchmap check` without findings. It never overwrites a file.

use super::schema::schema_json;
use crate::Exit;
use std::path::{Path, PathBuf};

/// The starter files, relative to the new map folder.
fn starter_files() -> Vec<(&'static str, String)> {
    vec![
        (
            "touchmap.yaml",
            include_str!("starter/touchmap.yaml").to_string(),
        ),
        (
            "touchpoints.yaml",
            include_str!("starter/touchpoints.yaml").to_string(),
        ),
        (
            "notes/welcome.md",
            include_str!("starter/notes/welcome.md").to_string(),
        ),
        ("touchmap.schema.json", schema_json()),
        (
            ".gitignore",
            "# touchmap build output\n/public/\n".to_string(),
        ),
    ]
}

pub fn run(dir: &Path) -> Exit {
    match init(dir) {
        Ok(written) => {
            println!("Created a touchpoint map in {}:", dir.display());
            for file in written {
                println!("  {}", file.display());
            }
            println!(
                "\nNext: `touchmap check {0}` validates it, `touchmap serve {0}` previews the site.",
                dir.display()
            );
            Exit::Ok
        }
        Err(message) => {
            eprintln!("error: {message}");
            Exit::Usage
        }
    }
}

/// Writes the starter files, or writes nothing if any of them exists.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let files = starter_files();
    let existing: Vec<String> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "refusing to overwrite existing files: {}\n  = help: run `touchmap init` on a new or empty folder",
            existing.join(", ")
        ));
    }
    let mut written = Vec::new();
    for (rel, content) in files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(PathBuf::from(rel));
    }
    Ok(written)
}
