//! What `serve` keeps of one load for the next: each map file's and each
//! note's parse, by path, with what it was parsed from. After a save,
//! a load parses again only the files whose text changed. At 10,000
//! touchpoints and as many notes, parsing the other map files again took
//! about 150 ms of the 0.5 to 0.7 s from a save to a page shown, and the
//! notes (their front matter and their links) about 100 ms of CPU.

use super::notes::{self, RawNote};
use super::yaml;
use crate::diagnostics::Finding;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What [`yaml::parse_map_file`] made of one file.
pub(super) type ParsedFile = Result<yaml::MapFileRead, Vec<Finding>>;

/// The map files and notes of a load, as parsed, by path.
#[derive(Debug, Default)]
pub struct ParsedFiles {
    /// A map file's text and parse.
    pub(super) files: HashMap<PathBuf, (String, ParsedFile)>,
    /// A note's parse and the text before its body (the front matter):
    /// its text is that, then the body the parse holds, which is not kept
    /// twice.
    notes: HashMap<PathBuf, KeptNote>,
}

#[derive(Debug)]
struct KeptNote {
    head: String,
    note: RawNote,
    problems: Vec<Finding>,
}

impl ParsedFiles {
    /// The parse of the map file `rel` if it was parsed from `text`.
    pub(super) fn map_file(&self, rel: &Path, text: &str) -> Option<ParsedFile> {
        self.files
            .get(rel)
            .filter(|(old, _)| old == text)
            .map(|(_, file)| file.clone())
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

    /// Keeps the notes of this load (`(note, its text, its problems)`),
    /// forgetting the others. Those taken from here stay as they are.
    pub(super) fn keep_notes<'a>(
        &mut self,
        read: impl Iterator<Item = (&'a RawNote, &'a str, &'a [Finding])>,
    ) {
        let mut before = std::mem::take(&mut self.notes);
        self.notes = read
            .map(|(note, text, problems)| {
                let kept = before
                    .remove(&note.rel)
                    .filter(|k| Arc::ptr_eq(&k.note.body, &note.body))
                    .unwrap_or_else(|| KeptNote {
                        head: text[..text.len().saturating_sub(note.body.len())].to_string(),
                        note: note.clone(),
                        problems: problems.to_vec(),
                    });
                (note.rel.clone(), kept)
            })
            .collect();
    }

    /// Whether the note `rel` is kept (for tests).
    #[cfg(test)]
    pub(super) fn has_note(&self, rel: &Path) -> bool {
        self.notes.contains_key(rel)
    }
}
