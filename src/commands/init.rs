//! `touchmap init [DIR]`: a small, valid starter map to edit, which passes
//! `touchmap check` without findings. It never overwrites a file.

use super::check::{print_error, print_stdout};
use super::schema::schema_json;
use crate::Exit;
use crate::i18n::Language;
use std::path::{Path, PathBuf};

/// The starter map: English at the top, each other language in a folder of
/// its own (`nl/`, `pl/`, …) with the same files, its texts translated and
/// its ids as in English.
static STARTER: include_dir::Dir =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/src/commands/starter");

/// The map files of the starter, relative to the map folder.
const STARTER_FILES: [&str; 3] = ["touchmap.yaml", "touchpoints.yaml", "notes/welcome.md"];

/// The starter file `rel` in `language` (English for `en`).
fn starter_text(language: Language, rel: &str) -> String {
    let path = match language {
        Language::En => rel.to_string(),
        other => format!("{}/{rel}", other.code()),
    };
    STARTER
        .get_file(&path)
        .or_else(|| STARTER.get_file(rel))
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default()
        .to_string()
}

/// The starter files in `language`, relative to the new map folder.
fn starter_files(language: Language) -> Vec<(&'static str, String)> {
    let mut files: Vec<(&'static str, String)> = STARTER_FILES
        .iter()
        .map(|rel| (*rel, starter_text(language, rel)))
        .collect();
    files.extend([
        ("touchmap.schema.json", schema_json()),
        (
            ".gitignore",
            "# touchmap build output\n/public/\n".to_string(),
        ),
    ]);
    files
}

/// The language `init --language TAG` writes the starter in: the language of
/// `tag` (`nl-BE` is Dutch), or an error naming the ones there are.
pub fn starter_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        format!(
            "there is no starter map in `{tag}`\n  = help: choose one of {}; the site's words follow `site.language` in touchmap.yaml",
            codes.join(", ")
        )
    })
}

pub fn run(dir: &Path, language: Option<&str>) -> Exit {
    let language = match language.map(starter_language).transpose() {
        Ok(l) => l.unwrap_or(Language::En),
        Err(message) => {
            print_error(&message);
            return Exit::Usage;
        }
    };
    match init(dir, language) {
        Ok(written) => {
            let mut text = format!("Created a touchpoint map in {}:\n", dir.display());
            for file in written {
                text.push_str(&format!("  {}\n", file.display()));
            }
            let shown = shell_quote(&dir.to_string_lossy());
            text.push_str(&format!(
                "\nNext: `touchmap check {shown}` validates it, `touchmap serve {shown}` previews the site.\n"
            ));
            print_stdout(&text, Exit::Ok)
        }
        Err(message) => {
            print_error(&message);
            Exit::Usage
        }
    }
}

/// A path as a shell would need it typed: quoted when it holds anything but
/// letters, digits and `._-/`.
fn shell_quote(path: &str) -> String {
    if !path.is_empty()
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
    {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

/// Writes the starter files, or nothing: every target is checked first
/// (the folder, each file and the folders on the way to it), and a folder
/// that already holds map files is refused, since touchmap would read them
/// together with the starter and the result would not pass `check`.
pub fn init(dir: &Path, language: Language) -> Result<Vec<PathBuf>, String> {
    if std::fs::metadata(dir).is_ok_and(|m| !m.is_dir()) {
        return Err(format!(
            "{} is a file, not a folder\n  = help: name a new folder, e.g. `touchmap init my-map`",
            dir.display()
        ));
    }
    let files = starter_files(language);
    let existing: Vec<String> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(format!(
            "refusing to overwrite existing files: {}\n  = help: run `touchmap init` on a new or empty folder",
            existing.join(", ")
        ));
    }
    for (rel, _) in &files {
        folders_on_the_way(dir, rel)
            .map_err(|e| format!("{e}\n  = help: run `touchmap init` on a new or empty folder"))?;
    }
    let map_files = yaml_files_in(dir);
    if !map_files.is_empty() {
        return Err(format!(
            "refusing to start a map in {}: it already holds YAML files ({}), which touchmap would read as map files\n  = help: run `touchmap init` on a new or empty folder",
            dir.display(),
            map_files.join(", ")
        ));
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for (rel, content) in files {
        if let Err(message) = write_new(&dir.join(rel), &content) {
            // Leave the folder as it was, as far as the disk lets us.
            for done in written.iter().rev() {
                let _ = std::fs::remove_file(dir.join(done));
            }
            return Err(message);
        }
        written.push(PathBuf::from(rel));
    }
    Ok(written)
}

/// Checks that each folder on the way from `top` to the file `rel` is a
/// real folder or does not exist yet: never a file, and never a symbolic
/// link, which could lead anywhere, out of the map or the repository.
fn folders_on_the_way(top: &Path, rel: &str) -> Result<(), String> {
    let mut folder = top.to_path_buf();
    for part in Path::new(rel)
        .parent()
        .into_iter()
        .flat_map(Path::components)
    {
        folder.push(part);
        let Ok(meta) = std::fs::symlink_metadata(&folder) else {
            continue;
        };
        let what = if meta.file_type().is_symlink() {
            "a symbolic link; touchmap writes only into real folders"
        } else if !meta.is_dir() {
            "not a folder"
        } else {
            continue;
        };
        return Err(format!(
            "cannot create {}: {} is {what}",
            top.join(rel).display(),
            folder.display()
        ));
    }
    Ok(())
}

/// Creates `path` with `content`, never through an existing file or link.
fn write_new(path: &Path, content: &str) -> Result<(), String> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            format!(
                "cannot create {}: {}",
                parent.display(),
                crate::load::walk::io_reason(&e)
            )
        })?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(content.as_bytes()))
        .map_err(|e| {
            format!(
                "cannot write {}: {}",
                path.display(),
                crate::load::walk::io_reason(&e)
            )
        })
}

/// The YAML files below `dir` that a map there would read (hidden entries
/// are skipped, as the loader skips them), by path, the first few.
fn yaml_files_in(dir: &Path) -> Vec<String> {
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    let mut found: Vec<String> = walker
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_type().is_file()
                && crate::load::walk::kind_of(e.path()) == crate::load::walk::FileKind::Yaml
        })
        .filter_map(|e| {
            e.path()
                .strip_prefix(dir)
                .ok()
                .map(|p| p.display().to_string())
        })
        .take(4)
        .collect();
    if found.len() == 4 {
        found[3] = "…".into();
    }
    found
}

/// The CI systems `init --ci` can write a workflow for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Ci {
    /// GitHub Actions: check on every push and pull request, publish to
    /// GitHub Pages from the default branch.
    Github,
}

/// The GitHub Actions workflow, as documented in `docs/github-pages.yml`.
pub const GITHUB_WORKFLOW: &str = include_str!("../../docs/github-pages.yml");

/// Where `init --ci github` puts the workflow, inside the repository.
pub const GITHUB_WORKFLOW_PATH: &str = ".github/workflows/touchmap.yml";

/// The workflow with `MAP_DIR` set to `map_dir` (relative to the repository
/// root, `/`-separated).
pub fn github_workflow(map_dir: &str) -> String {
    let value = if !map_dir.is_empty()
        && map_dir
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
    {
        map_dir.to_string()
    } else {
        format!("'{}'", map_dir.replace('\'', "''"))
    };
    GITHUB_WORKFLOW.replacen(
        "\n  MAP_DIR: example-map\n",
        &format!("\n  MAP_DIR: {value}\n"),
        1,
    )
}

/// `touchmap init --ci SYSTEM [DIR]`: writes the workflow into the
/// repository that holds the map in DIR.
pub fn run_ci(dir: &Path, ci: Ci) -> Exit {
    match ci {
        Ci::Github => match init_github(dir) {
            Ok(message) => print_stdout(&message, Exit::Ok),
            Err(message) => {
                print_error(&message);
                Exit::Usage
            }
        },
    }
}

fn init_github(dir: &Path) -> Result<String, String> {
    if !dir.join(crate::load::MAP_FILE).is_file() {
        return Err(format!(
            "{} is not a touchmap map: it has no {}\n  = help: create the map first with `touchmap init {}`, then add the workflow",
            dir.display(),
            crate::load::MAP_FILE,
            dir.display()
        ));
    }
    let (top, map_dir, note) = match crate::revision::git::locate(dir) {
        Ok(repo) => (
            repo.root.clone(),
            repo.map_path().to_string(),
            String::new(),
        ),
        Err(_) => (
            dir.to_path_buf(),
            ".".to_string(),
            format!(
                "\n{} is not in a git repository, so the workflow went into the map folder itself:\n\
                 it works when that folder is the top of the repository. If the map will sit in a\n\
                 subfolder of a repository, move .github/ to the repository's top folder and set\n\
                 MAP_DIR in the workflow to the map's path.\n",
                dir.display()
            ),
        ),
    };
    let path = top.join(GITHUB_WORKFLOW_PATH);
    if std::fs::symlink_metadata(&path).is_ok() {
        return Err(format!(
            "refusing to overwrite {}\n  = help: compare it with `docs/github-pages.yml` of touchmap, or delete it and run this again",
            path.display()
        ));
    }
    // As `init` does for the map: a `.github` or `.github/workflows` that
    // is a link could lead out of the repository.
    folders_on_the_way(&top, GITHUB_WORKFLOW_PATH).map_err(|e| {
        format!(
            "{e}\n  = help: make `.github` and `.github/workflows` real folders of the repository"
        )
    })?;
    write_new(&path, &github_workflow(&map_dir))?;
    let shell_path = shell_quote(&map_dir);
    Ok(format!(
        "Wrote {} (MAP_DIR: {map_dir}): it checks the map on every push and pull request\n\
         and publishes the site to GitHub Pages from the default branch.\n{note}\n\
         To publish:\n  \
         1. In the workflow, set TOUCHMAP_GIT and TOUCHMAP_REF to the git repository and branch or tag\n     \
         of touchmap's source that the workflow installs touchmap from.\n  \
         2. In the repository on GitHub, Settings > Pages: set Source to \"GitHub Actions\".\n  \
         3. From the top of the repository, commit the workflow (and the map, if it is new) and push:\n     \
         git add {GITHUB_WORKFLOW_PATH} {shell_path} && git commit -m \"Publish the touchpoint map\" && git push\n  \
         4. When the workflow has run, the site is at https://OWNER.github.io/REPOSITORY/ (Settings > Pages shows the address).\n",
        path.display(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow_names_the_map_folder() {
        assert_eq!(github_workflow("example-map"), GITHUB_WORKFLOW);
        let w = github_workflow("maps/our map");
        assert!(w.contains("\n  MAP_DIR: 'maps/our map'\n"), "{w}");
        assert!(!w.contains("MAP_DIR: example-map"));
        assert!(github_workflow(".").contains("\n  MAP_DIR: .\n"));
    }
}
