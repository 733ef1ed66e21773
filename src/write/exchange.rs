//! Swapping two folders in one step, where the system can: a build stopped
//! at any moment then leaves either the old site or the new one in place,
//! never neither.

use std::io;
use std::path::Path;

/// Whether the swap was done, or the system cannot do it in one step (and
/// the caller should rename twice).
#[derive(Debug)]
pub enum Exchanged {
    Done,
    Unsupported,
}

/// Swaps the folders `a` and `b` (both must exist): `renameat2` with
/// `RENAME_EXCHANGE` on Linux, `renameatx_np` with `RENAME_SWAP` on macOS.
/// A file system or kernel without it (`EINVAL`, `ENOSYS`, `ENOTSUP`)
/// gives [`Exchanged::Unsupported`]; any other failure is an error.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
pub fn exchange(a: &Path, b: &Path) -> io::Result<Exchanged> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(Exchanged::Done),
        Err(e) if [Errno::INVAL, Errno::NOSYS, Errno::NOTSUP, Errno::OPNOTSUPP].contains(&e) => {
            Ok(Exchanged::Unsupported)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
pub fn exchange(_a: &Path, _b: &Path) -> io::Result<Exchanged> {
    Ok(Exchanged::Unsupported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_folders_change_places() {
        let d = std::env::temp_dir().join(format!("touchmap-exchange-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("a")).unwrap();
        std::fs::create_dir_all(d.join("b")).unwrap();
        std::fs::write(d.join("a/which"), "a").unwrap();
        std::fs::write(d.join("b/which"), "b").unwrap();
        match exchange(&d.join("a"), &d.join("b")).unwrap() {
            Exchanged::Done => {
                assert_eq!(std::fs::read_to_string(d.join("a/which")).unwrap(), "b");
                assert_eq!(std::fs::read_to_string(d.join("b/which")).unwrap(), "a");
            }
            Exchanged::Unsupported => {
                eprintln!("this file system cannot exchange folders; the build renames twice");
                assert_eq!(std::fs::read_to_string(d.join("a/which")).unwrap(), "a");
            }
        }
        std::fs::remove_dir_all(&d).unwrap();
    }
}
