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
use std::borrow::Cow;
use std::cell::OnceCell;
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

/// The links of a map between notes and entities, and between notes, as
/// they are found: sorted into [`Backlinks`]' maps at the end, on all
/// cores. At 10,000 touchpoints inserting each link as it came took 37 ms.
#[derive(Default)]
struct Found<'m> {
    /// `(kind, entity id, note id)`.
    entities: Vec<(EntityKind, Cow<'m, str>, &'m str)>,
    /// `(from note id, to note id)`.
    notes: Vec<(&'m str, String)>,
}

impl Found<'_> {
    /// The maps of [`Backlinks`] that these links fill.
    fn sort_into(self, b: &mut Backlinks) {
        let of = |kind: EntityKind| -> Vec<(&str, &str)> {
            self.entities
                .iter()
                .filter(|(k, ..)| *k == kind)
                .map(|(_, id, note)| (id.as_ref(), *note))
                .collect()
        };
        let flipped = |kind| of(kind).into_iter().map(|(id, note)| (note, id)).collect();
        let links: Vec<(&str, &str)> = self
            .notes
            .iter()
            .map(|(from, to)| (*from, to.as_str()))
            .collect();
        let backlinks = links.iter().map(|&(from, to)| (to, from)).collect();
        let lists = [
            of(EntityKind::Touchpoint),
            of(EntityKind::Kpi),
            of(EntityKind::Competitor),
            of(EntityKind::Stage),
            of(EntityKind::Channel),
            of(EntityKind::Persona),
            flipped(EntityKind::Touchpoint),
            flipped(EntityKind::Kpi),
            flipped(EntityKind::Competitor),
            links,
            backlinks,
        ];
        let mut maps = lists
            .into_par_iter()
            .map(grouped)
            .collect::<Vec<_>>()
            .into_iter();
        for map in [
            &mut b.touchpoint_notes,
            &mut b.kpi_notes,
            &mut b.competitor_notes,
            &mut b.stage_notes,
            &mut b.channel_notes,
            &mut b.persona_notes,
            &mut b.note_touchpoints,
            &mut b.note_kpis,
            &mut b.note_competitors,
            &mut b.note_links,
            &mut b.note_backlinks,
        ] {
            *map = maps.next().unwrap_or_default();
        }
    }
}

/// `(key, value)` pairs as a map from each key to its values.
fn grouped(mut pairs: Vec<(&str, &str)>) -> BTreeMap<String, BTreeSet<String>> {
    pairs.sort_unstable();
    pairs.dedup();
    // Collected from sorted runs, the maps are built in one pass.
    pairs
        .chunk_by(|a, b| a.0 == b.0)
        .map(|run| {
            let values = run.iter().map(|(_, v)| (*v).to_string()).collect();
            (run[0].0.to_string(), values)
        })
        .collect()
}

/// Collects all links, warning about note links that do not resolve.
pub fn backlinks(model: &Model, findings: &mut Findings) -> Backlinks {
    let mut found = Found::default();
    for t in &model.touchpoints {
        for n in &t.notes {
            found
                .entities
                .push((EntityKind::Touchpoint, Cow::from(&*t.id), &*n.id));
        }
    }
    for note in &model.notes {
        let named = [
            (EntityKind::Touchpoint, &note.touchpoints),
            (EntityKind::Kpi, &note.kpis),
            (EntityKind::Competitor, &note.competitors),
        ];
        for (kind, refs) in named {
            for r in refs {
                found.entities.push((kind, Cow::from(&*r.id), &*note.id));
            }
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
        // Where a link is, only for those a finding or an image needs.
        let lines = OnceCell::new();
        let at = |offset| {
            let lines = lines.get_or_init(|| LineStarts::new(&note.body));
            let (line, column) = lines.line_col(offset);
            Location::new(&note.id, line + note.body_line_offset, column)
        };
        for (r, target) in links {
            let is_link = r.kind == RefKind::Link;
            if let Some(f) = r.missing_alt("this note", || at(r.offset)) {
                findings.push(f);
            }
            match target {
                Ok(Target::Note(to, _)) if is_link => found.notes.push((&note.id, to)),
                Ok(Target::Entity(kind, id)) if is_link => {
                    found.entities.push((kind, Cow::from(id), &note.id));
                }
                Ok(Target::File(path, _)) if attachments::is_svg(&path) => {
                    svgs.entry(path).or_insert_with(|| at(r.offset));
                }
                Ok(_) => {}
                Err(broken) => findings.push(broken.finding("this note", at(r.offset))),
            }
        }
    }
    let mut b = Backlinks::default();
    found.sort_into(&mut b);
    check_fields(model, findings, &mut b, &mut svgs);
    crate::analyse::photos::check(model, findings, &mut b.field_files, &mut svgs);
    if !model.site.allow_scripts_in_attachments {
        b.svgs = attachments::clean_svgs(model, svgs, findings);
    }
    b
}
