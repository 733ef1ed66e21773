//! `touchmap check [DIR]`: validate the map and print every finding.

use crate::Exit;
use crate::diagnostics::{self, Format};
use crate::pipeline::analyse_map;
use std::io::Write;
use std::path::Path;

pub struct CheckOptions<'a> {
    pub dir: &'a Path,
    pub format: Format,
    pub deny_warnings: bool,
}

pub fn run(opts: &CheckOptions) -> Exit {
    let analysed = match analyse_map(opts.dir) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return Exit::Usage;
        }
    };
    let text = diagnostics::render(
        &analysed.findings,
        opts.format,
        opts.dir,
        &analysed.model.sources,
        opts.format == Format::Human && super::stdout_color(),
    );
    let mut out = std::io::stdout().lock();
    if out
        .write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return Exit::Usage;
    }
    let f = &analysed.findings;
    if f.has_errors() || (opts.deny_warnings && f.warning_count() > 0) {
        Exit::Invalid
    } else {
        Exit::Ok
    }
}
