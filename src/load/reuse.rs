//! What `serve` keeps of one load for the next: each map file's and each
//! note's parse, by path, with what it was parsed from and the file's
//! stamp (size, modification time, identity) when it was read. After a
//! save, a load reads again only the files whose stamp changed or that the
//! watcher named, and parses again only those whose text changed. At
//! 10,000 touchpoints and as many notes, parsing the other map files again
//! took about 150 ms of the 0.5 to 0.7 s from a save to a page shown,
//! parsing the notes again about 100 ms of CPU, and reading them again
//! 60 to 80 ms.
//!
//! A file changed with its stamp unchanged (the same size, within the
//! file system's clock tick, in place) would be taken as it was, were it
//! not named by the watcher: `serve` calls [`ParsedFiles::forget_stamps`]
//! with the paths of every change, so that only a change the watcher
//! missed and the stamp hides goes unseen until the next save.

use super::notes::{self, RawNote};
use super::{ReadFile, read_text, yaml};
use crate::diagnostics::Finding;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// What [`yaml::parse_map_file`] made of one file.
pub(super) type ParsedFile = Result<yaml::MapFileRead, Vec<Finding>>;

/// A file's size, modification time and identity, as its folder says:
/// a file whose stamp is as it was has, but for the caveat above, the
/// text it had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stamp {
    len: u64,
    modified: SystemTime,
    /// Device and inode: an editor that saves by writing a new file and
    /// renaming it over the old one makes another file.
    #[cfg(unix)]
    file: (u64, u64),
}

impl Stamp {
    /// The stamp of the file at `abs`, if the file system tells it.
    pub(super) fn of(abs: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(abs).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok()?,
            #[cfg(unix)]
            file: {
                use std::os::unix::fs::MetadataExt;
                (meta.dev(), meta.ino())
            },
        })
    }
}

/// The map files and notes of a load, as parsed, by path.
#[derive(Debug, Default)]
pub struct ParsedFiles {
    files: HashMap<PathBuf, KeptMapFile>,
    notes: HashMap<PathBuf, KeptNote>,
}

#[derive(Debug)]
struct KeptMapFile {
    text: String,
    file: ParsedFile,
    stamp: Option<Stamp>,
}

/// A note's parse and the text before its body (the front matter): its
/// text is that, then the body the parse holds, which is not kept twice.
#[derive(Debug)]
struct KeptNote {
    head: String,
    note: RawNote,
    problems: Vec<Finding>,
    stamp: Option<Stamp>,
}

/// Where a map file's text comes from: the file in the map folder, or a
/// text given (see [`super::load_texts`]).
pub(super) enum Source<'a> {
    File(&'a Path),
    Text(String),
}

/// A map file as a load has it: its text, its parse, its stamp when read
/// from a folder, and whether it was parsed now.
pub(super) type MapFileRead = (String, ParsedFile, Option<Stamp>, bool);

impl ParsedFiles {
    /// Reads again the files at `paths` (relative to the map folder; a
    /// folder stands for every file below it) at the next load, whatever
    /// their stamps say.
    pub fn forget_stamps(&mut self, paths: &[PathBuf]) {
        let named = |rel: &Path| paths.iter().any(|p| rel.starts_with(p));
        for (rel, kept) in &mut self.files {
            if named(rel) {
                kept.stamp = None;
            }
        }
        for (rel, kept) in &mut self.notes {
            if named(rel) {
                kept.stamp = None;
            }
        }
    }

    /// The map file `rel`, from `source`: kept if its stamp is as when it
    /// was read, else read, and parsed unless its text is as kept.
    pub(super) fn map_file(
        before: Option<&ParsedFiles>,
        rel: &Path,
        source: Source,
    ) -> Result<MapFileRead, Finding> {
        let stamp = match source {
            Source::File(abs) => Stamp::of(abs),
            Source::Text(_) => None,
        };
        let kept = before.and_then(|b| b.files.get(rel));
        if let Some(k) = kept.filter(|k| stamp.is_some() && k.stamp == stamp) {
            return Ok((k.text.clone(), k.file.clone(), stamp, false));
        }
        let text = match source {
            Source::File(abs) => read_text(rel, abs)?,
            Source::Text(text) => text,
        };
        Ok(match kept.filter(|k| k.text == text) {
            Some(k) => (text, k.file.clone(), stamp, false),
            None => {
                let file = yaml::parse_map_file(rel, &text);
                (text, file, stamp, true)
            }
        })
    }

    /// The note `rel` at `abs`: kept if its stamp is as when it was read,
    /// else read, and parsed unless its text is as kept.
    pub(super) fn read_note(
        before: Option<&ParsedFiles>,
        rel: &Path,
        abs: &Path,
    ) -> Result<ReadFile, Finding> {
        let stamp = Stamp::of(abs);
        let kept = before.and_then(|b| b.notes.get(rel));
        if let Some(k) = kept.filter(|k| stamp.is_some() && k.stamp == stamp) {
            let text = format!("{}{}", k.head, k.note.body);
            return Ok(ReadFile::Note(
                k.note.clone().into(),
                text,
                k.problems.clone(),
                stamp,
            ));
        }
        let text = read_text(rel, abs)?;
        let (note, problems) = Self::note_or_parse(before, rel, &text);
        Ok(ReadFile::Note(note.into(), text, problems, stamp))
    }

    /// The note `rel` as [`notes::parse`] reads `text`: kept if it was
    /// read from that text, else parsed.
    pub(super) fn note_or_parse(
        before: Option<&ParsedFiles>,
        rel: &Path,
        text: &str,
    ) -> (RawNote, Vec<Finding>) {
        let kept = before.and_then(|b| b.notes.get(rel)).filter(|k| {
            let body: &str = &k.note.body;
            text.len() == k.head.len() + body.len()
                && text.starts_with(&k.head)
                && text.ends_with(body)
        });
        match kept {
            Some(k) => (k.note.clone(), k.problems.clone()),
            None => notes::parse(rel, text),
        }
    }

    /// Keeps the map files of this load, forgetting the others. Those
    /// taken from here keep their text as it is.
    pub(super) fn keep_map_files<'a>(
        &mut self,
        read: impl Iterator<Item = (&'a PathBuf, &'a MapFileRead)>,
    ) {
        let mut before = std::mem::take(&mut self.files);
        self.files = read
            .map(|(rel, (text, file, stamp, fresh))| {
                let kept = match before.remove(rel) {
                    Some(mut kept) if !fresh => {
                        kept.stamp = *stamp;
                        kept
                    }
                    _ => KeptMapFile {
                        text: text.clone(),
                        file: file.clone(),
                        stamp: *stamp,
                    },
                };
                (rel.clone(), kept)
            })
            .collect();
    }

    /// Keeps the notes of this load (`(note, its text, its problems, its
    /// stamp)`), forgetting the others. Those taken from here stay as they
    /// are.
    pub(super) fn keep_notes<'a>(
        &mut self,
        read: impl Iterator<Item = (&'a RawNote, &'a str, &'a [Finding], Option<Stamp>)>,
    ) {
        let mut before = std::mem::take(&mut self.notes);
        self.notes = read
            .map(|(note, text, problems, stamp)| {
                let kept = match before.remove(&note.rel) {
                    Some(mut kept) if Arc::ptr_eq(&kept.note.body, &note.body) => {
                        kept.stamp = stamp;
                        kept
                    }
                    _ => KeptNote {
                        head: text[..text.len().saturating_sub(note.body.len())].to_string(),
                        note: note.clone(),
                        problems: problems.to_vec(),
                        stamp,
                    },
                };
                (note.rel.clone(), kept)
            })
            .collect();
    }

    /// The text of the map file `rel` as kept (for tests).
    #[cfg(test)]
    pub(super) fn map_file_text(&self, rel: &Path) -> Option<&str> {
        self.files.get(rel).map(|k| k.text.as_str())
    }

    /// How many map files are kept (for tests).
    #[cfg(test)]
    pub(super) fn map_file_count(&self) -> usize {
        self.files.len()
    }

    /// Whether the note `rel` is kept (for tests).
    #[cfg(test)]
    pub(super) fn has_note(&self, rel: &Path) -> bool {
        self.notes.contains_key(rel)
    }
}
