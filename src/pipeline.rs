//! The steps every command shares: load -> model -> analyse. Render and
//! write build on the result; `check` stops here.

use crate::analyse::{self, Analysed};
use crate::diagnostics::Findings;
use crate::load::{self, LoadError};
use crate::model;
use crate::render::RenderError;
use std::path::{Path, PathBuf};

/// Runs load, model and analyse on the map folder `dir`. `Err` only when the
/// folder is not a map at all; problems in the map are findings.
pub fn analyse_map(dir: &Path) -> Result<Analysed, LoadError> {
    analyse_map_reusing(dir, None)
}

/// [`analyse_map`], parsing again only the map files whose text is not as
/// in `parsed` (see [`load::ParsedFiles`]).
pub fn analyse_map_reusing(
    dir: &Path,
    parsed: Option<&mut load::ParsedFiles>,
) -> Result<Analysed, LoadError> {
    let mut findings = Findings::default();
    let raw = load::load_reusing(dir, &mut findings, parsed)?;
    Ok(analyse_raw(raw, findings))
}

/// [`analyse_map_reusing`] on a map given as texts in memory instead of a
/// folder (see [`load::load_texts`]): for tools and fuzzing.
pub fn analyse_texts(
    root: &Path,
    files: impl IntoIterator<Item = (PathBuf, String)>,
    parsed: Option<&mut load::ParsedFiles>,
) -> Analysed {
    let mut findings = Findings::default();
    let raw = load::load_texts(root, files, &mut findings, parsed);
    analyse_raw(raw, findings)
}

/// Model and analyse, after a load.
fn analyse_raw(raw: load::RawMap, mut findings: Findings) -> Analysed {
    let model = model::resolve(raw, &mut findings);
    let analysis = analyse::analyse(&model, &mut findings);
    findings.sort();
    Analysed {
        model,
        analysis,
        findings,
    }
}

/// Why a build produced no site.
#[derive(Debug)]
pub enum BuildFailure {
    /// The folder is not a map, or the output could not be written (exit 2).
    Io(String),
    /// The map has errors (exit 1); the analysed map carries the findings.
    Invalid(Box<Analysed>),
    /// A newer edit came while the site rendered (`serve` only: nothing
    /// else renders with [`crate::render::OnRequest`]).
    Superseded,
}

/// A finished build.
#[derive(Debug)]
pub struct Built {
    pub analysed: Analysed,
    pub output: std::path::PathBuf,
    pub report: crate::write::WriteReport,
    pub pages: usize,
}

/// Render step alone, into memory: what `serve` publishes, for a map it
/// has just analysed (or analysed before, when only a template changed),
/// answering the files asked for through `on_request` while the site
/// renders (see [`crate::render::render_site_answering`]).
pub fn render_analysed_answering(
    mut analysed: Analysed,
    options: &crate::render::RenderOptions,
    on_request: Option<crate::render::OnRequest>,
) -> Result<(Analysed, crate::render::SiteFiles), BuildFailure> {
    if !analysed.is_valid() {
        return Err(BuildFailure::Invalid(Box::new(analysed)));
    }
    match crate::render::render_site_answering(&analysed, options, on_request) {
        Ok(site) => Ok((analysed, site)),
        Err(RenderError::Template(finding)) => {
            analysed.findings.push(finding);
            analysed.findings.sort();
            Err(BuildFailure::Invalid(Box::new(analysed)))
        }
        Err(RenderError::Output(message)) => Err(BuildFailure::Io(message)),
        Err(RenderError::Superseded) => Err(BuildFailure::Superseded),
    }
}

/// The steps of a build, as a progress line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Load, model and analyse.
    Read,
    Render,
    Write,
}

/// The whole pipeline: load, model, analyse, render, write. `output`
/// defaults to the map's `site.output` folder.
pub fn build_site(
    dir: &Path,
    output: Option<&Path>,
    options: &crate::render::RenderOptions,
) -> Result<Built, BuildFailure> {
    build_site_with_progress(dir, output, options, &|_| {})
}

/// [`build_site`], telling `progress` as each step starts.
pub fn build_site_with_progress(
    dir: &Path,
    output: Option<&Path>,
    options: &crate::render::RenderOptions,
    progress: &dyn Fn(Step),
) -> Result<Built, BuildFailure> {
    progress(Step::Read);
    let mut analysed = analyse_map(dir).map_err(|e| BuildFailure::Io(e.to_string()))?;
    if !analysed.is_valid() {
        return Err(BuildFailure::Invalid(Box::new(analysed)));
    }
    let output = match output {
        Some(o) => o.to_path_buf(),
        None => analysed.model.root.join(&analysed.model.site.output),
    };
    let staging = crate::write::Staging::begin(&output, &analysed.model.root)
        .map_err(|e| BuildFailure::Io(e.message))?;
    // The texts of the map are kept to quote the lines findings point at
    // (a template can still fail while rendering); the others need not stay
    // in memory while the site renders.
    let mut quoted: std::collections::BTreeMap<PathBuf, std::collections::BTreeSet<u32>> =
        Default::default();
    for f in analysed.findings.iter() {
        quoted
            .entry(f.location.file.clone())
            .or_default()
            .insert(f.location.line);
    }
    let sources = &mut analysed.model.sources;
    sources.retain(|rel| quoted.contains_key(rel) || rel.starts_with("templates"));
    for (rel, lines) in &quoted {
        if !rel.starts_with("templates") {
            sources.keep_lines(rel, lines);
        }
    }
    // Each page is written as soon as it is rendered, so the site never
    // sits whole in memory.
    progress(Step::Render);
    let rendered = crate::render::render_site_to(&analysed, options, &|path, chunks| {
        staging.write(&path, &chunks).map_err(|e| e.message)
    });
    let rendered = match rendered {
        Ok(r) => r,
        Err(RenderError::Template(finding)) => {
            // Dropping the staging folder leaves the output as it was.
            drop(staging);
            analysed.findings.push(finding);
            analysed.findings.sort();
            return Err(BuildFailure::Invalid(Box::new(analysed)));
        }
        Err(RenderError::Output(message)) => return Err(BuildFailure::Io(message)),
        Err(RenderError::Superseded) => return Err(BuildFailure::Superseded),
    };
    progress(Step::Write);
    let report = staging
        .finish(&rendered.copies)
        .map_err(|e| BuildFailure::Io(e.message))?;
    Ok(Built {
        analysed,
        output,
        report,
        pages: rendered.pages,
    })
}
