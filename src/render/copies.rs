//! Which files are copied into the site as they are, besides those render
//! writes: the files notes link to and the map's static files.

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

/// The files to copy into the site: those notes link to (`note_copies`,
/// already under `files/`), then the static files, in path order. A static
/// file never replaces what touchmap writes (check warns of it:
/// `static-conflict`), nor a file copied before it. The paths taken are
/// kept in a set: looking each static file up in the list of copies made
/// so far was quadratic in the number of static files (64,000 of them:
/// most of a 5 s build).
pub(super) fn copy_list(
    note_copies: Vec<(String, PathBuf)>,
    static_files: &[(String, PathBuf)],
    written: &BTreeSet<String>,
) -> Vec<(String, PathBuf)> {
    let mut taken: HashSet<String> = note_copies.iter().map(|(p, _)| p.clone()).collect();
    let mut copies = note_copies;
    for (path, source) in static_files {
        if !written.contains(path) && taken.insert(path.clone()) {
            copies.push((path.clone(), source.clone()));
        }
    }
    copies.sort();
    copies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_files_never_replace_written_or_earlier_copies() {
        let pb = |s: &str| PathBuf::from(s);
        let note_copies = vec![("files/notes/a.pdf".to_string(), pb("/m/notes/a.pdf"))];
        let mut statics: Vec<(String, PathBuf)> = (0..5000)
            .map(|k| {
                (
                    format!("img/{k:05}.png"),
                    pb(&format!("/m/static/img/{k:05}.png")),
                )
            })
            .collect();
        statics.push(("index.html".into(), pb("/m/static/index.html")));
        statics.push((
            "files/notes/a.pdf".into(),
            pb("/m/static/files/notes/a.pdf"),
        ));
        statics.push(("img/00007.png".into(), pb("/m/static/again.png")));
        let written: BTreeSet<String> = ["index.html".to_string()].into();
        let copies = copy_list(note_copies, &statics, &written);
        assert_eq!(copies.len(), 5001);
        assert!(copies.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        let source = |p: &str| copies.iter().find(|(q, _)| q == p).map(|(_, s)| s.clone());
        assert_eq!(source("files/notes/a.pdf"), Some(pb("/m/notes/a.pdf")));
        assert_eq!(source("img/00007.png"), Some(pb("/m/static/img/00007.png")));
        assert_eq!(source("index.html"), None);
    }
}
