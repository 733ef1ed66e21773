//! The steps every command shares: load -> model -> analyse. Render and
//! write build on the result; `check` stops here.

use crate::analyse::{self, Analysis};
use crate::diagnostics::Findings;
use crate::load::{self, LoadError};
use crate::model::{self, Model};
use std::path::Path;

/// A map read, validated and analysed, with everything found on the way.
#[derive(Debug)]
pub struct Analysed {
    pub model: Model,
    pub analysis: Analysis,
    /// Errors and warnings, sorted.
    pub findings: Findings,
}

impl Analysed {
    /// Whether the map is fit to render.
    pub fn is_valid(&self) -> bool {
        !self.findings.has_errors()
    }
}

/// Runs load, model and analyse on the map folder `dir`. `Err` only when the
/// folder is not a map at all; problems in the map are findings.
pub fn analyse_map(dir: &Path) -> Result<Analysed, LoadError> {
    let mut findings = Findings::default();
    let raw = load::load(dir, &mut findings)?;
    let model = model::resolve(raw, &mut findings);
    let analysis = analyse::analyse(&model, &mut findings);
    findings.sort();
    Ok(Analysed {
        model,
        analysis,
        findings,
    })
}
