//! The steps every command shares, each a named function: [`analyse_map`]
//! (load -> model -> analyse; `check` stops here), [`render`] (the one
//! render that `build` and `serve` both run, with the comparison of
//! `build --since` made before it) and [`build_site`] (all of them, then
//! write).

use crate::analyse::{self, Analysed};
use crate::diagnostics::Findings;
use crate::diff::{Baseline, Changes};
use crate::load::{self, LoadError};
use crate::model;
use crate::render::{Hooks, RenderError, RenderOptions, Rendered, Sink};
use crate::write::{Staging, WriteError, WriteReport};
use std::collections::{BTreeMap, BTreeSet};
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
    /// The folder is not a map (exit 2).
    Load(LoadError),
    /// The output could not be written (exit 2).
    Write(WriteError),
    /// The map has errors (exit 1); the analysed map carries the findings.
    Invalid(Box<Analysed>),
    /// A newer edit came while the site rendered (`serve` only: nothing
    /// else renders with [`crate::render::OnRequest`]).
    Superseded,
}

impl From<LoadError> for BuildFailure {
    fn from(e: LoadError) -> Self {
        BuildFailure::Load(e)
    }
}

impl From<WriteError> for BuildFailure {
    fn from(e: WriteError) -> Self {
        BuildFailure::Write(e)
    }
}

/// A finished build.
#[derive(Debug)]
pub struct Built {
    pub analysed: Analysed,
    pub output: PathBuf,
    pub report: WriteReport,
    pub pages: usize,
    /// What changed since the revision of `build --since`.
    pub changes: Option<Changes>,
}

/// The render step, for a map analysed without errors: every file of the
/// site to `sink` (see [`crate::render::render_site`]). A template that
/// fails becomes a finding of the map; `since` adds the "What changed" page.
pub fn render(
    mut analysed: Analysed,
    since: Option<&Baseline>,
    options: &RenderOptions,
    sink: &Sink,
    hooks: Hooks,
) -> Result<(Analysed, Rendered, Option<Changes>), BuildFailure> {
    if !analysed.is_valid() {
        return Err(BuildFailure::Invalid(Box::new(analysed)));
    }
    let changes = since.map(|b| Changes {
        diff: crate::diff::compare_in(&b.analysed, &analysed, &analysed.model.words),
        from: Some(b.revision.clone()),
        to: None,
    });
    match crate::render::render_site(&analysed, changes.as_ref(), options, sink, hooks) {
        Ok(rendered) => Ok((analysed, rendered, changes)),
        Err(RenderError::Template(finding)) => {
            analysed.findings.push(finding);
            analysed.findings.sort();
            Err(BuildFailure::Invalid(Box::new(analysed)))
        }
        Err(RenderError::Output(e)) => Err(BuildFailure::Write(e)),
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

/// The whole pipeline: load, model, analyse, render, write, telling
/// `progress` as each step starts. `output` defaults to the map's
/// `site.output` folder.
pub fn build_site(
    dir: &Path,
    output: Option<&Path>,
    since: Option<&Baseline>,
    options: &RenderOptions,
    progress: &dyn Fn(Step),
) -> Result<Built, BuildFailure> {
    progress(Step::Read);
    let mut analysed = analyse_map(dir)?;
    if !analysed.is_valid() {
        return Err(BuildFailure::Invalid(Box::new(analysed)));
    }
    let output = match output {
        Some(o) => o.to_path_buf(),
        None => analysed.model.root.join(&analysed.model.site.output),
    };
    let staging = Staging::begin(&output, &analysed.model.root)?;
    keep_quoted_sources(&mut analysed);
    // Each page is written as soon as it is rendered, so the site never
    // sits whole in memory. Should rendering fail, dropping the staging
    // folder leaves the output as it was.
    progress(Step::Render);
    let sink = |path: String, chunks: Vec<Vec<u8>>| staging.write(&path, &chunks);
    let (analysed, rendered, changes) = render(analysed, since, options, &sink, Hooks::default())?;
    progress(Step::Write);
    let report = staging.finish(&rendered.copies)?;
    Ok(Built {
        analysed,
        output,
        report,
        pages: rendered.pages,
        changes,
    })
}

/// Drops the texts of the map that no finding quotes: they are kept to
/// quote the lines findings point at (a template can still fail while
/// rendering); the others need not stay in memory while the site renders.
fn keep_quoted_sources(analysed: &mut Analysed) {
    let mut quoted: BTreeMap<PathBuf, BTreeSet<u32>> = BTreeMap::new();
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
}
