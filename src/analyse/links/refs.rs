//! Where the links and images of a markdown text point (read by
//! [`crate::load::links`]), and where in the text they are.

use super::{Broken, Target, classify};
use crate::diagnostics::{Finding, Location};
use crate::load::links::{Ref, RefKind};
use crate::model::Model;

impl Ref {
    /// Where it points, as [`classify`] says, from the file `from`.
    pub fn resolve(&self, model: &Model, from: &str) -> Result<Target, Broken> {
        if self.kind == RefKind::RawImage && self.dest.is_empty() {
            return Err(Broken::new(
                "has an `<img>` without a `src`, which shows nothing",
                "give it the file it shows: `<img src=\"images/chart.png\" alt=\"What it shows\">`, or remove it",
            ));
        }
        classify(model, from, &self.dest)
    }

    /// The warning for a raw `<img>` without alternative text, written in
    /// `what` ("this note") at `at`.
    pub(super) fn missing_alt(&self, what: &str, at: impl FnOnce() -> Location) -> Option<Finding> {
        self.no_alt.then(|| {
            Finding::warning(
                "missing-alt",
                format!("{what} has an image without alternative text (`<img>` without `alt`)"),
                at(),
            )
            .with_hint(Some(
                "add alt text describing the image: `<img src=\"…\" alt=\"What it shows\">` (screen readers read it out; `alt=\"\"` if the image is only decoration)".into(),
            ))
        })
    }
}

/// Where the lines of a text start, found when first asked, so that a
/// note with many broken links is not read from the top for each one.
pub(super) struct LineStarts<'t> {
    text: &'t str,
    starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'t> LineStarts<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        LineStarts {
            text,
            starts: std::cell::OnceCell::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub(super) fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let starts = self
            .starts
            .get_or_init(|| crate::diagnostics::line_starts(self.text));
        // The last line starting at or before the offset.
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        let column = self.text[start..offset].chars().count() + 1;
        (line as u32, column as u32)
    }
}
