//! `touchmap diff REV [REV2] [DIR]`: what changed in the map between a git
//! revision and the working tree (or a second revision), as text or as
//! markdown for a pull-request comment.

use crate::Exit;
use crate::diagnostics::{self, Findings, Format};
use crate::diff::{self, Changes};
use crate::revision::{self, ReadError, git};
use std::io::Write;
use std::path::{Path, PathBuf};

/// How `diff` writes the changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// For the terminal; coloured on a terminal unless `NO_COLOR` is set.
    Text,
    /// For a pull-request comment or a CI job summary.
    Markdown,
}

pub struct DiffOptions<'a> {
    pub rev: &'a str,
    /// What follows REV on the command line: `[REV2] [DIR]`.
    pub rest: &'a [String],
    pub format: DiffFormat,
}

pub fn run(opts: &DiffOptions) -> Exit {
    let (rev2, dir) = match split_args(opts.rest) {
        Ok(x) => x,
        Err(message) => {
            eprintln!("error: {message}");
            return Exit::Usage;
        }
    };
    let old = match revision::read_revision(&dir, opts.rev) {
        Ok(b) => b,
        Err(e) => return report_read_error(e, &dir),
    };
    let (new, to) = match &rev2 {
        Some(r) => match revision::read_revision(&dir, r) {
            Ok(b) => (b.analysed, Some(b.revision)),
            Err(e) => return report_read_error(e, &dir),
        },
        None => match revision::read_working_tree(&dir) {
            Ok(a) => (a, None),
            Err(e) => return report_read_error(e, &dir),
        },
    };
    let changes = Changes {
        diff: diff::compare(&old.analysed, &new),
        from: Some(old.revision),
        to,
    };
    let shown = display(&dir);
    let text = match opts.format {
        DiffFormat::Text => diff::format::text(&changes, &shown, super::stdout_color()),
        DiffFormat::Markdown => diff::format::markdown(&changes, &shown),
    };
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return Exit::Usage;
    }
    Exit::Ok
}

/// The map folder as the user named it, for messages.
fn display(dir: &Path) -> String {
    let s = dir.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").unwrap_or(&s).trim_end_matches('/');
    if s.is_empty() { ".".into() } else { s.into() }
}

/// `[REV2] [DIR]`. With one argument, a folder is DIR and anything else is
/// REV2; a name that is both is refused rather than guessed.
fn split_args(rest: &[String]) -> Result<(Option<String>, PathBuf), String> {
    match rest {
        [] => Ok((None, PathBuf::from("."))),
        [rev2, dir] => Ok((Some(rev2.clone()), PathBuf::from(dir))),
        [one] => {
            let path = Path::new(one);
            if !path.is_dir() {
                return Ok((Some(one.clone()), PathBuf::from(".")));
            }
            let is_rev = git::locate(Path::new("."))
                .map(|repo| git::is_revision(&repo, one))
                .unwrap_or(false);
            if is_rev {
                Err(format!(
                    "`{one}` is both a revision and a folder\n  = help: write `./{one}` for the folder, or give both: `touchmap diff REV {one} DIR`"
                ))
            } else {
                Ok((None, path.to_path_buf()))
            }
        }
        _ => Err(
            "too many arguments\n  = help: `touchmap diff REV [REV2] [DIR]`, e.g. `touchmap diff HEAD~1 my-map`"
                .into(),
        ),
    }
}

/// Prints why a version of the map cannot be compared and returns the exit
/// code: 1 when the map has errors there, 2 for anything else.
pub(crate) fn report_read_error(e: ReadError, dir: &Path) -> Exit {
    match e {
        ReadError::Unreadable(e) => {
            eprintln!("error: {e}");
            Exit::Usage
        }
        ReadError::Invalid { side, analysed } => {
            let mut errors = Findings::default();
            for f in analysed
                .findings
                .iter()
                .filter(|f| f.severity == diagnostics::Severity::Error)
            {
                errors.push(f.clone());
            }
            let n = errors.error_count();
            eprint!(
                "{}",
                diagnostics::render(
                    &errors,
                    Format::Human,
                    dir,
                    &analysed.model.sources,
                    super::stderr_color()
                )
            );
            let (where_, help) = match &side {
                Some(r) => (
                    format!("at revision {}", r.label()),
                    format!(
                        "the files above are as they were at {}; compare with a revision where `touchmap check` passes",
                        r.name
                    ),
                ),
                None => (
                    "in the working tree".to_string(),
                    format!(
                        "run `touchmap check {}` and fix the errors first",
                        display(dir)
                    ),
                ),
            };
            eprintln!(
                "error: the map {where_} has {n} error{}, so it cannot be compared\n  = help: {help}",
                if n == 1 { "" } else { "s" }
            );
            Exit::Invalid
        }
    }
}
