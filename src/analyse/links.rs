//! Links in notes and the backlinks they make.
//!
//! A note links to another note with a relative markdown link
//! (`[study](../research/study.md)`) and to an entity with a short scheme
//! (`[checkout](touchpoint:checkout)`, also `kpi:`, `competitor:`, `stage:`,
//! `channel:`, `persona:`). Front matter and a touchpoint's `notes:` link too.
//! Whichever side wrote the link, both pages show it.

use crate::diagnostics::{Finding, Findings, Location};
use crate::model::{Model, resolve_note_path};
use pulldown_cmark::{Event, Options, Parser, Tag};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What a link in a note points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// A note id, with an optional `#fragment`.
    Note(String, Option<String>),
    /// An entity: kind (`touchpoint`, `kpi`, …) and id.
    Entity(&'static str, String),
    /// Not ours to check: absolute URLs, mail links, in-page anchors.
    External,
}

/// The entity kinds a note may link to with `kind:id`.
pub const ENTITY_KINDS: [&str; 6] = [
    "touchpoint",
    "kpi",
    "competitor",
    "stage",
    "channel",
    "persona",
];

/// Parser options used for every note, so analyse and render read the same.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Classifies `href` written in note `from` (a note id). `Err` carries what
/// is wrong with a link that should resolve but does not.
pub fn classify(model: &Model, from: &str, href: &str) -> Result<Target, String> {
    if href.starts_with('#')
        || href.contains("://")
        || href.starts_with("mailto:")
        || href.starts_with("tel:")
    {
        return Ok(Target::External);
    }
    if let Some((scheme, id)) = href.split_once(':')
        && let Some(kind) = ENTITY_KINDS.iter().find(|k| **k == scheme)
    {
        let exists = match *kind {
            "touchpoint" => model.touchpoint(id).is_some(),
            "kpi" => model.kpi(id).is_some(),
            "competitor" => model.competitor(id).is_some(),
            "stage" => model.stage(id).is_some(),
            "channel" => model.channel(id).is_some(),
            _ => model.persona(id).is_some(),
        };
        return if exists {
            Ok(Target::Entity(kind, id.to_string()))
        } else {
            Err(format!("links to unknown {kind} `{id}`"))
        };
    }
    if href.contains(':') || href.starts_with("//") {
        return Ok(Target::External);
    }
    let (path, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_string())),
        None => (href, None),
    };
    if !(path.ends_with(".md") || path.ends_with(".markdown")) {
        // A link to an image or a file in static/: left as written.
        return Ok(Target::External);
    }
    match resolve_note_path(from, path) {
        Some(id) if model.note(&id).is_some() => Ok(Target::Note(id, fragment)),
        Some(id) => Err(format!("links to `{path}`, but there is no note {id}")),
        None => Err(format!(
            "links to `{path}`, which is outside the map folder"
        )),
    }
}

/// Note <-> entity and note <-> note links, collected from both sides.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Backlinks {
    /// Touchpoint id -> note ids.
    pub touchpoint_notes: BTreeMap<String, BTreeSet<String>>,
    pub kpi_notes: BTreeMap<String, BTreeSet<String>>,
    pub competitor_notes: BTreeMap<String, BTreeSet<String>>,
    pub stage_notes: BTreeMap<String, BTreeSet<String>>,
    pub channel_notes: BTreeMap<String, BTreeSet<String>>,
    pub persona_notes: BTreeMap<String, BTreeSet<String>>,
    /// Note id -> notes that link to it.
    pub note_backlinks: BTreeMap<String, BTreeSet<String>>,
    /// Note id -> notes it links to.
    pub note_links: BTreeMap<String, BTreeSet<String>>,
    /// Note id -> touchpoints that list it or that it names.
    pub note_touchpoints: BTreeMap<String, BTreeSet<String>>,
    pub note_kpis: BTreeMap<String, BTreeSet<String>>,
    pub note_competitors: BTreeMap<String, BTreeSet<String>>,
}

impl Backlinks {
    fn entity(&mut self, kind: &str, id: &str, note: &str) {
        let map = match kind {
            "touchpoint" => {
                self.note_touchpoints
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.touchpoint_notes
            }
            "kpi" => {
                self.note_kpis
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.kpi_notes
            }
            "competitor" => {
                self.note_competitors
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.competitor_notes
            }
            "stage" => &mut self.stage_notes,
            "channel" => &mut self.channel_notes,
            _ => &mut self.persona_notes,
        };
        map.entry(id.into()).or_default().insert(note.into());
    }
}

/// Collects all links, warning about note links that do not resolve.
pub fn backlinks(model: &Model, findings: &mut Findings) -> Backlinks {
    let mut b = Backlinks::default();
    for t in &model.touchpoints {
        for n in &t.notes {
            b.entity("touchpoint", &t.id, &n.id);
        }
    }
    for note in &model.notes {
        for t in &note.touchpoints {
            b.entity("touchpoint", &t.id, &note.id);
        }
        for k in &note.kpis {
            b.entity("kpi", &k.id, &note.id);
        }
        for c in &note.competitors {
            b.entity("competitor", &c.id, &note.id);
        }
    }
    // Parsing the bodies is the costly part: on all cores, then merged in
    // note order.
    let links: Vec<Vec<(Result<Target, String>, usize)>> = model
        .notes
        .par_iter()
        .map(|note| {
            Parser::new_ext(&note.body, markdown_options())
                .into_offset_iter()
                .filter_map(|(event, range)| match event {
                    Event::Start(Tag::Link { dest_url, .. }) => {
                        Some((classify(model, &note.id, &dest_url), range.start))
                    }
                    _ => None,
                })
                .collect()
        })
        .collect();
    for (note, links) in model.notes.iter().zip(links) {
        for (target, start) in links {
            match target {
                Ok(Target::Note(to, _)) => {
                    b.note_links
                        .entry(note.id.clone())
                        .or_default()
                        .insert(to.clone());
                    b.note_backlinks
                        .entry(to)
                        .or_default()
                        .insert(note.id.clone());
                }
                Ok(Target::Entity(kind, id)) => b.entity(kind, &id, &note.id),
                Ok(Target::External) => {}
                Err(problem) => {
                    let (line, column) = line_col(&note.body, start);
                    findings.push(
                        Finding::warning(
                            "broken-link",
                            format!("this note {problem}"),
                            Location::new(&note.id, line + note.body_line_offset, column),
                        )
                        .with_hint(Some(
                            "link notes by their relative path (`../topic/note.md`) and entities as `touchpoint:ID`"
                                .into(),
                        )),
                    );
                }
            }
        }
    }
    b
}

/// Where the links and images of a markdown body point, in order, as
/// written: a body whose list is unchanged links to the same notes,
/// entities and files.
pub fn link_targets(body: &str) -> Vec<String> {
    Parser::new_ext(body, markdown_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line as u32, column as u32)
}
