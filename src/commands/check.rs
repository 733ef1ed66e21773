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
            print_error(&e.to_string());
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
    let f = &analysed.findings;
    let exit = if f.has_errors() || (opts.deny_warnings && f.warning_count() > 0) {
        Exit::Invalid
    } else {
        Exit::Ok
    };
    print_stdout(&text, exit)
}

/// Writes `text` to standard output and returns `exit`, never panicking as
/// `print!` does when the output is gone. A reader that stopped reading
/// (`touchmap check | head`) is no error: the exit code stays what the
/// command decided. Any other failure (a full disk) is reported, exit 2.
pub fn print_stdout(text: &str, exit: Exit) -> Exit {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => exit,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit,
        Err(e) => {
            print_error(&format!(
                "cannot write to standard output: {}",
                crate::load::walk::io_reason(&e)
            ));
            Exit::Usage
        }
    }
}

/// Writes `error: MESSAGE` to standard error; if even that fails there is
/// no one left to tell, so it is not a panic either.
pub fn print_error(message: &str) {
    let _ = writeln!(std::io::stderr().lock(), "error: {message}");
}
