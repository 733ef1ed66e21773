//! `touchmap build [DIR] [-o OUT] [--base-url URL] [--since REV]`: the whole
//! site, with a "What changed since REV" page when `--since` is given.

use crate::Exit;
use crate::diagnostics::{self, Format};
use crate::model::{BASE_URL_FORMS, parse_base_url};
use crate::pipeline::{BuildFailure, Step, build_site};
use crate::render::RenderOptions;
use std::path::Path;
use std::time::Instant;

pub struct BuildOptions<'a> {
    pub dir: &'a Path,
    pub output: Option<&'a Path>,
    pub base_url: Option<&'a str>,
    /// A git revision to compare the map with, for the `changes/` page.
    pub since: Option<&'a str>,
}

pub fn run(opts: &BuildOptions) -> Exit {
    let started = Instant::now();
    let base_url = match opts.base_url.map(|b| (b, parse_base_url(b))) {
        Some((given, Err(why))) => {
            eprintln!(
                "error: --base-url `{}` is not usable: {why}\n  = help: {BASE_URL_FORMS}",
                diagnostics::one_line(given, 80)
            );
            return Exit::Usage;
        }
        // The full address, when given: its host is the sitemap's.
        Some((given, Ok(_))) => Some(given.to_string()),
        None => None,
    };
    let progress = super::progress::Progress::start(&format!("Building {}", opts.dir.display()));
    let since = match opts.since {
        None => None,
        Some(rev) => {
            progress.step(&format!("reading the map at {rev}"));
            match crate::revision::read_revision(opts.dir, rev) {
                Ok(b) => Some(b),
                Err(e) => {
                    progress.finish();
                    return super::diff::report_read_error(e, opts.dir);
                }
            }
        }
    };
    let options = RenderOptions {
        base_url,
        live_reload: None,
    };
    let color = super::stderr_color();
    let result = build_site(opts.dir, opts.output, since.as_ref(), &options, &|step| {
        progress.step(match step {
            Step::Read => "reading the map",
            Step::Render => "rendering pages",
            Step::Write => "writing files",
        })
    });
    progress.finish();
    match result {
        Ok(built) => {
            let f = &built.analysed.findings;
            if !f.is_empty() {
                eprint!(
                    "{}",
                    diagnostics::render(
                        f,
                        Format::Human,
                        opts.dir,
                        &built.analysed.model.sources,
                        color
                    )
                );
            }
            if crate::render::site_base(&built.analysed.model, &options)
                .1
                .is_none()
            {
                eprintln!(
                    "note: sitemap.xml has addresses without a host (such as /map/), which search engines do not accept; for full ones, give the site's full address as site.base_url or --base-url, e.g. https://acme.github.io/repo/"
                );
            }
            for note in &built.report.notes {
                eprintln!("note: {note}");
            }
            for warning in &built.report.warnings {
                eprintln!("warning: {warning}");
            }
            eprintln!(
                "Built {} pages ({} files, {:.1} MB) into {} in {} ms",
                built.pages,
                built.report.files,
                built.report.bytes as f64 / 1_000_000.0,
                built.output.display(),
                started.elapsed().as_millis()
            );
            if let (Some(b), Some(changes)) = (&since, &built.changes) {
                eprintln!(
                    "What changed since {}: {} (page changes/)",
                    b.revision.label(),
                    changes.diff.summary_in(&crate::i18n::Catalog::english())
                );
            }
            Exit::Ok
        }
        Err(BuildFailure::Invalid(analysed)) => {
            eprint!(
                "{}",
                diagnostics::render(
                    &analysed.findings,
                    Format::Human,
                    opts.dir,
                    &analysed.model.sources,
                    color
                )
            );
            eprintln!("error: the map has errors; no site was written");
            Exit::Invalid
        }
        Err(BuildFailure::Load(e)) => {
            eprintln!("error: {e}");
            Exit::Usage
        }
        Err(BuildFailure::Write(e)) => {
            eprintln!("error: {e}");
            Exit::Usage
        }
        Err(BuildFailure::Superseded) => {
            eprintln!("error: the build was stopped before it was done");
            Exit::Usage
        }
    }
}
