//! Note <-> entity and note <-> note links, collected from both sides.

use super::fields::check_fields;
use super::refs::LineStarts;
use super::{Broken, Target};
use crate::analyse::attachments;
use crate::diagnostics::{Findings, Location};
use crate::load::links::{Ref, RefKind};
use crate::model::Model;
use crate::site::EntityKind;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

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
    /// Map files the descriptions of the YAML files link to or show (an
    /// image in a persona's description) and the personas' photos, to be
    /// copied into the site.
    #[serde(skip)]
    pub field_files: BTreeSet<String>,
    /// The SVG images notes and descriptions link to or show, cleaned of
    /// scripts: what the site publishes for them instead of a copy (none
    /// with `site.allow_scripts_in_attachments`).
    #[serde(skip)]
    pub svgs: BTreeMap<String, std::sync::Arc<[u8]>>,
}

impl Backlinks {
    fn entity(&mut self, kind: EntityKind, id: &str, note: &str) {
        let map = match kind {
            EntityKind::Touchpoint => {
                self.note_touchpoints
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.touchpoint_notes
            }
            EntityKind::Kpi => {
                self.note_kpis
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.kpi_notes
            }
            EntityKind::Competitor => {
                self.note_competitors
                    .entry(note.into())
                    .or_default()
                    .insert(id.into());
                &mut self.competitor_notes
            }
            EntityKind::Stage => &mut self.stage_notes,
            EntityKind::Channel => &mut self.channel_notes,
            EntityKind::Persona => &mut self.persona_notes,
        };
        map.entry(id.into()).or_default().insert(note.into());
    }
}

/// Collects all links, warning about note links that do not resolve.
pub fn backlinks(model: &Model, findings: &mut Findings) -> Backlinks {
    let mut b = Backlinks::default();
    for t in &model.touchpoints {
        for n in &t.notes {
            b.entity(EntityKind::Touchpoint, &t.id, &n.id);
        }
    }
    for note in &model.notes {
        for t in &note.touchpoints {
            b.entity(EntityKind::Touchpoint, &t.id, &note.id);
        }
        for k in &note.kpis {
            b.entity(EntityKind::Kpi, &k.id, &note.id);
        }
        for c in &note.competitors {
            b.entity(EntityKind::Competitor, &c.id, &note.id);
        }
    }
    // Resolved on all cores, then merged in note order (the load read
    // each note's links).
    let links: Vec<Vec<(&Ref, Result<Target, Broken>)>> = model
        .notes
        .par_iter()
        .map(|note| {
            note.links
                .iter()
                .map(|r| (r, r.resolve(model, &note.id)))
                .collect()
        })
        .collect();
    // The SVG images linked, each where it is first linked.
    let mut svgs = BTreeMap::new();
    for (note, links) in model.notes.iter().zip(links) {
        let lines = LineStarts::new(&note.body);
        let at = |offset| {
            let (line, column) = lines.line_col(offset);
            Location::new(&note.id, line + note.body_line_offset, column)
        };
        for (r, target) in links {
            let is_link = r.kind == RefKind::Link;
            if let Some(f) = r.missing_alt("this note", || at(r.offset)) {
                findings.push(f);
            }
            match target {
                Ok(Target::Note(to, _)) if is_link => {
                    b.note_links
                        .entry(note.id.clone())
                        .or_default()
                        .insert(to.clone());
                    b.note_backlinks
                        .entry(to)
                        .or_default()
                        .insert(note.id.clone());
                }
                Ok(Target::Entity(kind, id)) if is_link => b.entity(kind, &id, &note.id),
                Ok(Target::File(path, _)) if attachments::is_svg(&path) => {
                    svgs.entry(path).or_insert_with(|| at(r.offset));
                }
                Ok(_) => {}
                Err(broken) => findings.push(broken.finding("this note", at(r.offset))),
            }
        }
    }
    check_fields(model, findings, &mut b, &mut svgs);
    crate::analyse::photos::check(model, findings, &mut b.field_files, &mut svgs);
    if !model.site.allow_scripts_in_attachments {
        b.svgs = attachments::clean_svgs(model, svgs, findings);
    }
    b
}
