//! One module per subcommand. Each takes its parsed options, does its job
//! through the shared pipeline and returns the exit code; none exits the
//! process itself.

pub mod build;
pub mod check;
pub mod diff;
pub mod init;
pub(crate) mod progress;
pub mod schema;

use std::io::IsTerminal;

/// Whether to colour output written to stdout: only on a terminal, and never
/// when `NO_COLOR` is set (https://no-color.org).
pub fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Whether to colour output written to stderr (see [`stdout_color`]).
pub fn stderr_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}
