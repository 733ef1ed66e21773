//! touchmap: a folder of YAML map files and markdown notes in, a static
//! touchpoint-map site out.
//!
//! The pipeline runs one way: [`load`] (files to raw structs with positions)
//! -> [`model`] (validated, references resolved, defaults applied) ->
//! [`analyse`] (derived figures and warnings) -> render and write. Every
//! command goes through [`pipeline`]; none keeps a copy of it.

/// Sets the allocator every touchmap program runs with, jemalloc, and its
/// options: `src/main.rs` calls this, and so does each bench that measures
/// what `touchmap` does (a bench is a program of its own, and measured
/// glibc's malloc until it called this). jemalloc does not build with MSVC,
/// where the system allocator stays.
///
/// The options: freed memory goes back to the system after 0.1 s, by a
/// thread of jemalloc's own, instead of the default 10 s. A build frees
/// each page as it is written, and with the default the peak memory at
/// 10k touchpoints was a fifth higher (350-380 MB against 295 MB; glibc's
/// malloc: 300 MB).
#[macro_export]
macro_rules! allocator {
    () => {
        #[cfg(not(target_env = "msvc"))]
        #[global_allocator]
        static ALLOCATOR: $crate::jemalloc::Jemalloc = $crate::jemalloc::Jemalloc;

        // jemalloc's options, read when it starts.
        #[cfg(not(target_env = "msvc"))]
        #[unsafe(export_name = "_rjem_malloc_conf")]
        pub static JEMALLOC_OPTIONS: &[u8; 59] =
            b"background_thread:true,dirty_decay_ms:100,muzzy_decay_ms:0\0";
    };
}

/// For [`allocator!`].
#[cfg(not(target_env = "msvc"))]
#[doc(hidden)]
pub use tikv_jemallocator as jemalloc;

pub mod analyse;
pub mod commands;
pub mod diagnostics;
pub mod diff;
pub(crate) mod format;
pub mod i18n;
pub mod load;
pub mod model;
pub mod output;
pub mod pipeline;
pub(crate) mod revision;
pub(crate) mod suggest;

/// Process exit codes (map-format §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    /// The map is invalid (or has warnings under `--deny-warnings`).
    Invalid = 1,
    /// Bad usage or an I/O error.
    Usage = 2,
}
pub mod render;
pub mod serve;
pub(crate) mod site;
pub mod write;

/// What the unit tests of several modules share.
#[cfg(test)]
mod testing {
    use std::path::{Path, PathBuf};

    /// A copy of the example map in a temporary folder, to edit: the
    /// folder, and the map in it. The site a build wrote into the example
    /// (`public/`, its `site.output`, as the README's first command does)
    /// is not part of the map, and is not copied.
    pub fn example_map_copy() -> (tempfile::TempDir, PathBuf) {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("map");
        let site = from.join("public");
        for entry in walkdir::WalkDir::new(&from)
            .into_iter()
            .filter_entry(|e| e.path() != site)
        {
            let entry = entry.unwrap();
            let target = to.join(entry.path().strip_prefix(&from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        (dir, to)
    }

    /// Changes the file at `path` in place, `from` to `to` (as long), and
    /// sets its modification time back: a change its size and time do not
    /// tell, which a file system whose clock ticks coarsely makes.
    pub fn change_unstamped(path: &Path, from: &str, to: &str) {
        assert_eq!(from.len(), to.len());
        let modified = std::fs::metadata(path).unwrap().modified().unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        assert!(text.contains(from), "{from}");
        let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
        std::io::Write::write_all(&mut &file, text.replacen(from, to, 1).as_bytes()).unwrap();
        file.set_modified(modified).unwrap();
    }
}
