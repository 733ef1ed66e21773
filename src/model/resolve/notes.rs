//! Notes: markdown files whose ids are their paths inside the map folder,
//! with the touchpoints, competitors and KPIs their front matter names.

use super::{Registry, Resolver, humanise};
use crate::load::RawNote;
use crate::load::id_kind::IdKind;
use crate::model::Note;
use std::path::Path;
use std::sync::Arc;

impl Resolver<'_> {
    /// Every loaded note, registered by its path.
    pub(super) fn note_registry(&mut self, notes: &[RawNote]) -> Registry {
        let mut note_reg = self.registry(IdKind::Note);
        for (i, n) in notes.iter().enumerate() {
            note_reg.index.insert(path_id(&n.rel), i);
        }
        note_reg
    }

    pub(super) fn notes(
        &mut self,
        raw_notes: &[RawNote],
        tp_reg: &Registry,
        comp_reg: &Registry,
        kpi_reg: &Registry,
    ) -> Vec<Note> {
        let mut notes = Vec::new();
        for n in raw_notes {
            let id = path_id(&n.rel);
            let touchpoints_ref = self.references(tp_reg, &n.front.touchpoints, &n.rel);
            let competitors_ref = self.references(comp_reg, &n.front.competitors, &n.rel);
            let kpis_ref = self.references(kpi_reg, &n.front.kpis, &n.rel);
            let title = note_title(n);
            notes.push(Note {
                slug: note_slug(&id),
                id,
                title,
                touchpoints: touchpoints_ref,
                competitors: competitors_ref,
                kpis: kpis_ref,
                tags: n.front.tags.clone(),
                body: own_copy(&n.body),
                links: n.links.clone(),
                body_line_offset: n.body_line_offset,
            });
        }
        notes
    }
}

/// The body of a note as the model keeps it: a copy of its own when
/// nothing else holds it (a build), else shared (`serve` keeps the load's
/// notes for its next load). Bodies read beside their notes' texts on the
/// reading threads kept 13 MiB more through a build's render at 10,000
/// notes: most likely the allocator could not give back the texts' memory
/// around them once the texts were dropped (a copy made in the load, the
/// texts still held, did not help). Copied here, the build's peak is as
/// it was before bodies were shared.
fn own_copy(body: &Arc<str>) -> Arc<str> {
    if Arc::strong_count(body) == 1 {
        Arc::from(&**body)
    } else {
        body.clone()
    }
}

/// A path inside the map folder as an id: `/`-separated, `.` and `..` resolved.
/// `None` when it is absolute or climbs out of the folder.
pub fn normalise_inside(path: &str) -> Option<String> {
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for part in path.split(['/', '\\']) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            _ if part.contains(':') => return None,
            other => parts.push(other.to_string()),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// The note id a relative link written in note `from` points at: relative to
/// the note's folder, or to the map folder when it starts with `/`.
pub fn resolve_note_path(from: &str, link: &str) -> Option<String> {
    let link = link.replace("%20", " ");
    if let Some(rooted) = link.strip_prefix('/') {
        return normalise_inside(rooted);
    }
    let dir = from.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    normalise_inside(&format!("{dir}/{link}"))
}

pub(super) fn path_id(rel: &Path) -> String {
    rel.to_string_lossy().replace('\\', "/")
}

/// `notes/research/a.md` -> `research/a`; a note outside `notes/` keeps its folders.
pub fn note_slug(id: &str) -> String {
    let without_ext = id
        .strip_suffix(".md")
        .or_else(|| id.strip_suffix(".markdown"))
        .unwrap_or(id);
    without_ext
        .strip_prefix("notes/")
        .unwrap_or(without_ext)
        .to_string()
}

/// A note's title: its front matter's `title`, else its first `# ` heading,
/// else its file name.
pub fn note_title(n: &RawNote) -> String {
    n.front
        .title
        .clone()
        .or_else(|| first_heading(&n.body))
        .unwrap_or_else(|| humanise(n.rel.file_stem().and_then(|s| s.to_str()).unwrap_or("note")))
}

fn first_heading(body: &str) -> Option<String> {
    body.lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}
