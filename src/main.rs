//! The command line: parses arguments and hands each subcommand to the library.

touchmap::allocator!();

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use touchmap::commands;
use touchmap::diagnostics::Format;

/// Turn a folder of YAML map files and markdown notes into a static
/// customer touchpoint map site.
#[derive(Parser)]
#[command(name = "touchmap", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a small starter map in DIR (default: the current folder).
    Init {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The language of the starter map's texts and of its site's words:
        /// en, nl, pl, fr, it, de or es.
        #[arg(long, value_name = "LANG", conflicts_with = "ci")]
        language: Option<String>,
        /// Instead of a map, write a CI workflow that checks the map in DIR
        /// and publishes its site (`github`: GitHub Actions and Pages).
        #[arg(long, value_enum, value_name = "SYSTEM")]
        ci: Option<commands::init::Ci>,
    },
    /// Validate the map in DIR and report every error and warning.
    Check {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Exit with 1 when there are warnings, not only errors.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Build the site of the map in DIR.
    Build {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output folder (default: the map's `site.output`, `public` inside the map).
        #[arg(short, long, value_name = "OUT", env = "TOUCHMAP_OUTPUT")]
        output: Option<std::ffi::OsString>,
        /// Path the site is served under, e.g. `/my-repo/` (overrides `site.base_url`).
        #[arg(long, value_name = "URL", env = "TOUCHMAP_BASE_URL", value_parser = base_url_arg)]
        base_url: Option<String>,
        /// Add a "What changed" page comparing the map with git revision REV.
        #[arg(long, value_name = "REV")]
        since: Option<String>,
    },
    /// Show what changed in the map since git revision REV (in the working
    /// tree, or at revision REV2).
    #[command(override_usage = "touchmap diff [OPTIONS] <REV> [REV2] [DIR]")]
    Diff {
        /// The earlier revision: a commit, branch or tag (`HEAD~1`, `main`, `v1.0`).
        rev: String,
        /// The later revision (default: the working tree); given alone, a
        /// folder is taken as DIR.
        rev2: Option<String>,
        /// The map folder (default: the current folder).
        dir: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = commands::diff::DiffFormat::Text)]
        format: commands::diff::DiffFormat,
    },
    /// Build the site, serve it, and rebuild and reload the browser on every change.
    Serve {
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(short, long, default_value_t = 3000)]
        port: u16,
        /// Address to listen on; the default serves this machine only.
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
        bind: String,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Poll for changes instead of using file events (network drives, WSL, containers).
        #[arg(long)]
        poll: bool,
        /// Serve under this path instead of `site.base_url`.
        #[arg(long, value_name = "URL", env = "TOUCHMAP_BASE_URL", value_parser = base_url_arg)]
        base_url: Option<String>,
    },
    /// Print the JSON Schema of map files, for editor completion.
    Schema,
}

/// An option given as an empty value counts as not given, so that CI can
/// pass `TOUCHMAP_BASE_URL: ${{ vars.X }}` whether or not `X` is set.
fn set<T: AsRef<std::ffi::OsStr>>(value: Option<T>) -> Option<T> {
    value.filter(|v| !v.as_ref().is_empty())
}

/// `--base-url` (or `TOUCHMAP_BASE_URL`), checked as the command line is
/// read: a value a browser would read as another host (`//evil.example/`)
/// is a usage error that names the option, before anything is built. An
/// empty value passes, to count as not given (see [`set`]).
fn base_url_arg(value: &str) -> Result<String, String> {
    if value.is_empty() {
        return Ok(String::new());
    }
    touchmap::model::parse_base_url(value)
        .map(|_| value.to_string())
        .map_err(|why| {
            // clap names the option; say so when the value came from the
            // environment, which a CI configuration may have set unseen.
            let from_env = std::env::var_os("TOUCHMAP_BASE_URL").is_some_and(|v| v == value);
            format!(
                "{why}{}\n  = help: {}",
                if from_env {
                    " (the value of TOUCHMAP_BASE_URL)"
                } else {
                    ""
                },
                touchmap::model::BASE_URL_FORMS
            )
        })
}

fn main() -> ExitCode {
    // Usage errors exit with 2 (clap's default), as map-format §5 says.
    let cli = Cli::parse();
    let exit = match cli.command {
        Command::Init {
            dir,
            language,
            ci: None,
        } => commands::init::run(&dir, language.as_deref()),
        Command::Init {
            dir, ci: Some(ci), ..
        } => commands::init::run_ci(&dir, ci),
        Command::Check {
            dir,
            format,
            deny_warnings,
        } => commands::check::run(&commands::check::CheckOptions {
            dir: &dir,
            format,
            deny_warnings,
        }),
        Command::Build {
            dir,
            output,
            base_url,
            since,
        } => commands::build::run(&commands::build::BuildOptions {
            dir: &dir,
            output: set(output).map(PathBuf::from).as_deref(),
            base_url: set(base_url).as_deref(),
            since: since.as_deref(),
        }),
        Command::Diff {
            rev,
            rev2,
            dir,
            format,
        } => commands::diff::run(&commands::diff::DiffOptions {
            rev: &rev,
            rest: &rev2.into_iter().chain(dir).collect::<Vec<_>>(),
            format,
        }),
        Command::Serve {
            dir,
            port,
            bind,
            open,
            poll,
            base_url,
        } => touchmap::serve::run(
            touchmap::serve::ServeOptions {
                dir,
                bind,
                port,
                open,
                poll,
                // Checked by `base_url_arg`.
                base_url: set(base_url).and_then(|b| touchmap::model::normalise_base_url(&b)),
            },
            commands::stderr_color(),
        ),
        Command::Schema => {
            commands::check::print_stdout(&commands::schema::schema_json(), touchmap::Exit::Ok)
        }
    };
    ExitCode::from(exit as u8)
}
