//! Rebuilding for `serve`: the same pipeline as `build` (load -> model ->
//! analyse -> render), published in memory instead of written to disk.
//! A change to templates or static files alone re-renders the last analysed
//! map without reading the YAML again.

use super::LIVE_JS;
use super::state::{OverlayError, SiteState};
use super::watch::Change;
use crate::diagnostics::{self, Findings, Format, Severity};
use crate::load::read_theme;
use crate::pipeline::{Analysed, BuildFailure, render_analysed, render_map};
use crate::render::{RenderOptions, SiteFiles};
use axum::body::Bytes;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct Rebuilder {
    pub dir: PathBuf,
    pub base_url: Option<String>,
    pub state: SiteState,
    /// The last map that analysed without errors, for theme-only rebuilds.
    last: Option<Analysed>,
    color: bool,
}

impl Rebuilder {
    pub fn new(dir: PathBuf, base_url: Option<String>, state: SiteState, color: bool) -> Self {
        Rebuilder {
            dir,
            base_url,
            state,
            last: None,
            color,
        }
    }

    /// The live-reload script lives at the server's root, outside the site,
    /// so its address does not depend on the base URL.
    fn options(&self) -> RenderOptions {
        RenderOptions {
            base_url: self.base_url.clone(),
            live_reload: Some(format!("{LIVE_JS}?v={}", self.state.next_site_version())),
            ..RenderOptions::default()
        }
    }

    /// Rebuilds after `change` (or from scratch when `None`), publishes the
    /// result or the errors, and reports on the terminal. Returns the base URL
    /// the site is served under.
    pub fn rebuild(&mut self, change: Option<&Change>) -> String {
        let started = Instant::now();
        let options = self.options();
        let result = match (change, self.last.take()) {
            (Some(Change::Theme(_)), Some(mut analysed)) => {
                let mut findings = Findings::default();
                let theme = read_theme(&analysed.model.root, &mut findings);
                analysed.model.templates = theme.templates;
                analysed.model.static_files = theme.static_files;
                analysed.findings.extend(findings);
                analysed.findings.sort();
                render_analysed(analysed, &options)
            }
            _ => render_map(&self.dir, &options),
        };
        let elapsed = started.elapsed().as_millis();
        let what = change
            .map(describe)
            .unwrap_or_else(|| "initial build".into());
        match result {
            Ok((analysed, site)) => {
                let warnings = analysed.findings.warning_count();
                let base = analysed.model.site.base_url.clone();
                let files = in_memory(&site);
                let pages = site
                    .files
                    .iter()
                    .filter(|(p, _)| p.ends_with(".html"))
                    .count();
                self.state.publish(files);
                eprintln!(
                    "✓ built {pages} pages in {elapsed} ms ({what}){}",
                    if warnings > 0 {
                        format!(", {warnings} warnings (run `touchmap check`)")
                    } else {
                        String::new()
                    }
                );
                self.last = Some(analysed);
                self.base_url.clone().unwrap_or(base)
            }
            Err(BuildFailure::Invalid(analysed)) => {
                let errors: Vec<OverlayError> = analysed
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .map(|f| OverlayError {
                        file: diagnostics::display_path(&self.dir, &f.location.file),
                        line: f.location.line,
                        column: f.location.column,
                        message: f.message.clone(),
                        hint: f.hint.clone(),
                    })
                    .collect();
                let mut only_errors = Findings::default();
                analysed
                    .findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .for_each(|f| only_errors.push(f.clone()));
                eprint!(
                    "{}",
                    diagnostics::render(
                        &only_errors,
                        Format::Human,
                        &self.dir,
                        &analysed.model.sources,
                        self.color
                    )
                );
                eprintln!(
                    "✗ build failed after {elapsed} ms ({what}); still serving the last good site"
                );
                self.state.fail(errors);
                self.base_url
                    .clone()
                    .unwrap_or_else(|| analysed.model.site.base_url.clone())
            }
            Err(BuildFailure::Io(message)) => {
                eprintln!("✗ {message}");
                self.state.fail(vec![OverlayError {
                    file: self.dir.display().to_string(),
                    line: 1,
                    column: 1,
                    message,
                    hint: None,
                }]);
                self.base_url.clone().unwrap_or_else(|| "/".into())
            }
        }
    }
}

fn describe(change: &Change) -> String {
    let (Change::Theme(paths) | Change::Map(paths)) = change;
    let shown: Vec<String> = paths
        .iter()
        .take(3)
        .map(|p| p.display().to_string())
        .collect();
    let more = paths.len().saturating_sub(3);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The site as path -> bytes; copied files are read now, so a later edit to
/// a static file cannot tear a page that is being served.
fn in_memory(site: &SiteFiles) -> HashMap<String, Bytes> {
    let mut files: HashMap<String, Bytes> = site
        .files
        .iter()
        .map(|(p, b)| (p.clone(), Bytes::from(b.clone())))
        .collect();
    for (rel, source) in &site.copies {
        if let Ok(bytes) = std::fs::read(source) {
            files.insert(rel.clone(), Bytes::from(bytes));
        }
    }
    files
}

/// Paths relative to the map folder, for classifying changes.
pub fn relative(root: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok().map(Path::to_path_buf))
        .collect()
}
