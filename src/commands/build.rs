//! `touchmap build [DIR] [-o OUT] [--base-url URL]`: the whole site.

use crate::Exit;
use crate::diagnostics::{self, Format};
use crate::model::normalise_base_url;
use crate::pipeline::{BuildFailure, build_site};
use crate::render::RenderOptions;
use std::path::Path;
use std::time::Instant;

pub struct BuildOptions<'a> {
    pub dir: &'a Path,
    pub output: Option<&'a Path>,
    pub base_url: Option<&'a str>,
}

pub fn run(opts: &BuildOptions) -> Exit {
    let started = Instant::now();
    let base_url = match opts.base_url.map(|b| (b, normalise_base_url(b))) {
        Some((given, None)) => {
            eprintln!(
                "error: `{given}` is not a usable base URL\n  = help: use a path such as `/` or `/my-repo/`"
            );
            return Exit::Usage;
        }
        Some((_, Some(b))) => Some(b),
        None => None,
    };
    let options = RenderOptions {
        base_url,
        live_reload: None,
    };
    let color = super::stderr_color();
    match build_site(opts.dir, opts.output, &options) {
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
            eprintln!(
                "Built {} pages ({} files, {:.1} MB) into {} in {} ms",
                built.pages,
                built.report.files,
                built.report.bytes as f64 / 1_000_000.0,
                built.output.display(),
                started.elapsed().as_millis()
            );
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
        Err(BuildFailure::Io(message)) => {
            eprintln!("error: {message}");
            Exit::Usage
        }
    }
}
