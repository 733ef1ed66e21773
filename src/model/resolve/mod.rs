//! Raw map -> validated model: merge the sections of all files, apply the
//! defaults, register ids, resolve references and range-check scores. Every
//! problem becomes a finding at the offending value; the model is still built
//! (without the bad parts) so that one run reports all problems.
//!
//! One file per kind of entry (`stages`, `channels`, `personas`, `value`,
//! `site`, `touchpoints`, `kpis`, `competitors`, `benefits`, `notes`); this
//! file holds what they share (the id registries, reference and range
//! checks) and `build`, which runs them in an order where every reference
//! has its registry ready. A new map section is a new file here and one call
//! in `build`.

mod benefits;
mod channels;
mod competitors;
mod kpis;
mod messages;
mod notes;
mod opportunities;
mod personas;
mod site;
mod stages;
mod touchpoints;
mod value;

pub use notes::{normalise_inside, note_slug, note_title, resolve_note_path};

use super::ids::{invalid_id, is_valid_id};
use super::*;
use crate::diagnostics::{Finding, Findings, Location, display_path};
use crate::load::RawMap;
use crate::load::id_kind::IdKind;
use crate::load::located::{At, Pos};
use crate::load::raw::{self, IdList, ScoreMap};
use crate::suggest::did_you_mean;
use std::collections::BTreeSet;
use std::path::Path;

/// Validates `raw` into a model, pushing every problem into `findings`.
pub fn resolve(mut raw: RawMap, findings: &mut Findings) -> Model {
    let mut r = Resolver {
        findings,
        failed: std::mem::take(&mut raw.failed),
        damaged: raw.damaged.clone(),
        display_root: raw.display_root.clone(),
    };
    r.build(raw)
}

struct Resolver<'a> {
    findings: &'a mut Findings,
    /// Ids of items the loader left out for their errors, by kind.
    failed: BTreeMap<IdKind, BTreeSet<String>>,
    /// YAML files that could not be read in full (see `RawMap::damaged`).
    damaged: Vec<PathBuf>,
    /// The map folder as the user named it, for paths in hints.
    display_root: PathBuf,
}

fn loc(file: &Path, pos: Pos) -> Location {
    Location::new(file, pos.line, pos.column).with_len(pos.len as usize)
}

fn at_loc(file: &Path, id: &At<String>) -> Location {
    loc(file, id.pos).with_len(id.value.chars().count())
}

/// A name for an entity that has none: `post-purchase` -> `Post purchase`.
fn humanise(id: &str) -> String {
    let text = id.replace(['-', '_'], " ");
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// An id registry of one kind: id -> index, plus where each was first
/// defined, and the ids that were declared but not registered (the item
/// had errors, or the id was malformed), which are not "unknown".
struct Registry {
    kind: IdKind,
    index: HashMap<String, usize>,
    first: HashMap<String, Location>,
    failed: BTreeSet<String>,
}

impl Resolver<'_> {
    fn registry(&mut self, kind: IdKind) -> Registry {
        Registry {
            kind,
            index: HashMap::new(),
            first: HashMap::new(),
            failed: self.failed.remove(&kind).unwrap_or_default(),
        }
    }

    fn error(&mut self, code: &'static str, message: String, at: Location, hint: Option<String>) {
        self.findings
            .push(Finding::error(code, message, at).with_hint(hint));
    }

    /// Registers an id; returns false (and reports) when it is malformed or taken.
    fn register(&mut self, reg: &mut Registry, id: &At<String>, file: &Path, next: usize) -> bool {
        let at = at_loc(file, id);
        if !is_valid_id(&id.value) {
            let (message, hint) = invalid_id(&id.value, reg.kind.noun());
            self.error("invalid-id", message, at, Some(hint));
            reg.failed.insert(id.value.clone());
            return false;
        }
        if let Some(first) = reg.first.get(&id.value) {
            let hint = format!(
                "first defined at {}:{}:{}; ids must be unique across all files",
                display_path(&self.display_root, &first.file),
                first.line,
                first.column
            );
            self.error(
                "duplicate-id",
                format!("duplicate {} id `{}`", reg.kind, id.value),
                at,
                Some(hint),
            );
            return false;
        }
        reg.first.insert(id.value.clone(), at);
        reg.index.insert(id.value.clone(), next);
        true
    }

    /// Resolves one reference, reporting an unknown id with a suggestion.
    fn reference(&mut self, reg: &Registry, id: &At<String>, file: &Path) -> Option<Ref> {
        let at = at_loc(file, id);
        if reg.index.contains_key(&id.value) {
            return Some(Ref {
                id: id.value.clone(),
                at,
            });
        }
        if reg.failed.contains(&id.value) {
            // Declared by an item with errors, reported there.
            return None;
        }
        let known = || reg.index.keys().map(String::as_str);
        let damaged = self.damaged_files();
        // An item left out for its errors still declares its id: the
        // likeliest meaning of a near miss.
        let suggestion = did_you_mean(
            &id.value,
            known().chain(reg.failed.iter().map(String::as_str)),
        );
        let maybe_consequence = suggestion.is_none() && damaged.is_some();
        let hint = suggestion.or_else(|| {
            Some(if let Some(files) = &damaged {
                format!(
                    "{files} could not be read in full (see the errors there) and may declare it"
                )
            } else if reg.index.is_empty() {
                format!("no {} is declared; declare one first", reg.kind)
            } else if reg.index.len() <= 12 {
                let mut listed: Vec<&str> = known().collect();
                listed.sort_unstable();
                format!("known {}s: {}", reg.kind, listed.join(", "))
            } else {
                format!(
                    "declare `{}` or use one of the {} known {}s",
                    id.value,
                    reg.index.len(),
                    reg.kind
                )
            })
        });
        self.findings.push(
            Finding::error(
                "unknown-reference",
                format!("unknown {} `{}`", reg.kind, id.value),
                at,
            )
            .with_hint(hint)
            .possible_consequence(maybe_consequence),
        );
        None
    }

    /// The files that could not be read in full, named for a hint.
    fn damaged_files(&self) -> Option<String> {
        let names: Vec<String> = self
            .damaged
            .iter()
            .take(3)
            .map(|f| format!("`{}`", display_path(&self.display_root, f)))
            .collect();
        match (names.len(), self.damaged.len()) {
            (0, _) => None,
            (n, all) if all > n => Some(format!("{} and {} more files", names.join(", "), all - n)),
            _ => Some(names.join(", ")),
        }
    }

    fn references(&mut self, reg: &Registry, ids: &IdList, file: &Path) -> Vec<Ref> {
        let mut seen = BTreeSet::new();
        ids.iter()
            .filter(|id| seen.insert(id.value.clone()))
            .filter_map(|id| self.reference(reg, id, file))
            .collect()
    }

    /// Checks `lo <= value <= hi`.
    fn in_range(
        &mut self,
        what: &str,
        value: &At<i64>,
        lo: i64,
        hi: i64,
        file: &Path,
    ) -> Option<i64> {
        if (lo..=hi).contains(&value.value) {
            return Some(value.value);
        }
        let text = value.value.to_string();
        self.error(
            "out-of-range",
            format!("{what} {} is outside {lo}..{hi}", value.value),
            loc(file, value.pos).with_len(text.len()),
            Some(format!("use a whole number from {lo} to {hi}")),
        );
        None
    }

    fn scores(
        &mut self,
        what: &str,
        map: &ScoreMap,
        components: &Registry,
        file: &Path,
    ) -> BTreeMap<String, u8> {
        let mut out = BTreeMap::new();
        for (key, score) in map {
            let known = self.reference(components, key, file).is_some();
            if let Some(v) = self.in_range(what, score, 0, 5, file)
                && known
            {
                out.insert(key.value.clone(), v as u8);
            }
        }
        out
    }
}

/// The registries a touchpoint's references are resolved against.
struct Regs<'a> {
    stage: &'a Registry,
    channel: &'a Registry,
    persona: &'a Registry,
    component: &'a Registry,
    kpi: &'a Registry,
    competitor: &'a Registry,
    brand: &'a Registry,
    note: &'a Registry,
}

/// The ids of one kind registered before any item of it is resolved, and
/// for each item in file order whether it registered (an item whose id was
/// malformed or taken is left out).
struct Declared {
    reg: Registry,
    ok: Vec<bool>,
    /// The count registered so far: the index the next one will have.
    count: usize,
}

impl Declared {
    fn new(reg: Registry) -> Self {
        Declared {
            reg,
            ok: Vec::new(),
            count: 0,
        }
    }
}

impl Resolver<'_> {
    fn build(&mut self, mut raw: RawMap) -> Model {
        // The touchpoints are most of a large map: taken out of the files so
        // that each is dropped as soon as it is resolved, and the raw and the
        // resolved touchpoints are not all in memory at once.
        let raw_touchpoints: Vec<(PathBuf, Vec<At<raw::RawTouchpoint>>)> = raw
            .files
            .iter_mut()
            .map(|f| (f.rel.clone(), std::mem::take(&mut f.content.touchpoints)))
            .collect();
        let files = &raw.files;
        let mut site = self.site(files, &raw.sources, raw.site_failed, &raw.messages);
        let words = self.messages(files, &site, &raw.messages);
        let (stages, stage_reg, default_stages) = self.stages(files, &words);
        let (channels, channel_reg) = self.channels(files);
        let (personas, people) = self.personas(files);
        let (value_proposition, component_reg) = self.value_proposition(files, &stage_reg, &people);
        let brand_reg = self.brand_values(files, &mut site, &component_reg, &value_proposition);
        let [tp, kpi, comp, benefit] = self.declare(&raw_touchpoints, files);
        let note_reg = self.note_registry(&raw.notes);

        // What the items left out for their errors refer to: a misspelt
        // stage of a half-written touchpoint is reported with its missing
        // keys, not only once they are added.
        let referred = [
            &stage_reg,
            &channel_reg,
            &people.persona,
            &kpi.reg,
            &tp.reg,
            &comp.reg,
            &brand_reg,
        ];
        for (file, kind, id) in std::mem::take(&mut raw.failed_references) {
            if let Some(reg) = referred.iter().find(|r| r.kind == kind) {
                self.reference(reg, &id, &file);
            }
        }

        let regs = Regs {
            stage: &stage_reg,
            channel: &channel_reg,
            persona: &people.persona,
            component: &component_reg,
            kpi: &kpi.reg,
            competitor: &comp.reg,
            brand: &brand_reg,
            note: &note_reg,
        };
        let touchpoints = self.touchpoints(raw_touchpoints, tp.ok, &regs, &personas, &raw);
        let kpis = self.kpis(files, kpi.ok, &raw);
        let competitors = self.competitors(files, comp.ok, &channel_reg, &component_reg);
        let benefits = self.benefits(files, benefit.ok, &tp.reg, &kpi.reg);
        let notes = self.notes(&raw.notes, &tp.reg, &comp.reg, &kpi.reg);

        let (pains, gains) = personas::pain_and_gain_index(&personas);
        let index = Index {
            stages: stage_reg.index,
            channels: channel_reg.index,
            personas: people.persona.index,
            components: component_reg.index,
            touchpoints: positions(&touchpoints, |t| &t.id),
            kpis: positions(&kpis, |k| &k.id),
            competitors: positions(&competitors, |c| &c.id),
            benefits: positions(&benefits, |b| &b.id),
            notes: positions(&notes, |n| &n.id),
            brand_values: brand_reg.index,
            pains,
            gains,
        };

        Model {
            site,
            stages,
            channels,
            personas,
            value_proposition,
            touchpoints,
            kpis,
            competitors,
            benefits,
            notes,
            default_stages,
            index,
            root: raw.root,
            sources: raw.sources,
            templates: raw.templates,
            static_files: raw.static_files,
            words,
        }
    }

    /// Registers the ids of touchpoints, KPIs, competitors and benefits
    /// before any is resolved, so that references between them resolve in
    /// any file order. Each registers at the index it will have.
    fn declare(
        &mut self,
        raw_touchpoints: &[(PathBuf, Vec<At<raw::RawTouchpoint>>)],
        files: &[crate::load::LoadedFile],
    ) -> [Declared; 4] {
        let mut tp = Declared::new(self.registry(IdKind::Touchpoint));
        let mut kpi = Declared::new(self.registry(IdKind::Kpi));
        let mut comp = Declared::new(self.registry(IdKind::Competitor));
        let mut benefit = Declared::new(self.registry(IdKind::Benefit));
        for (rel, tps) in raw_touchpoints {
            for t in tps {
                self.declare_one(&mut tp, &t.value.id, rel);
            }
        }
        for f in files {
            for k in &f.content.kpis {
                self.declare_one(&mut kpi, &k.value.id, &f.rel);
            }
            for c in &f.content.competitors {
                self.declare_one(&mut comp, &c.value.id, &f.rel);
            }
            for b in &f.content.benefits {
                self.declare_one(&mut benefit, &b.value.id, &f.rel);
            }
        }
        [tp, kpi, comp, benefit]
    }

    fn declare_one(&mut self, d: &mut Declared, id: &At<String>, file: &Path) {
        let ok = self.register(&mut d.reg, id, file, d.count);
        d.count += usize::from(ok);
        d.ok.push(ok);
    }
}

/// Id -> position, for the index of the entries that were resolved.
fn positions<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).clone(), i))
        .collect()
}

/// Why a path a touchpoint or KPI names is not a loaded note or series.
pub(super) enum Absent {
    /// Found, but it could not be read; that was reported at the file.
    Unreadable,
    Folder,
    /// A file without one of the expected endings.
    WrongKind,
    /// A file in a folder the loader skips (hidden, `templates/`, `static/`).
    Skipped,
    Missing,
}

pub(super) fn absent(raw: &RawMap, normal: &str, endings: &[&str]) -> Absent {
    if raw.unreadable.contains(Path::new(normal)) {
        return Absent::Unreadable;
    }
    let Ok(meta) = std::fs::metadata(raw.root.join(normal)) else {
        return Absent::Missing;
    };
    let ending = Path::new(normal).extension().and_then(|e| e.to_str());
    if meta.is_dir() {
        Absent::Folder
    } else if !ending.is_some_and(|e| endings.contains(&e)) {
        Absent::WrongKind
    } else {
        Absent::Skipped
    }
}

/// Whether `s` is a real month (`YYYY-MM`) or day (`YYYY-MM-DD`) of the
/// Gregorian calendar, from year 1: `2026-02-29` and `0000-01` are not.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let number = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .filter(|x| x.iter().all(u8::is_ascii_digit))
            .and_then(|_| s[r].parse::<u32>().ok())
    };
    if !(b.len() == 7 || b.len() == 10) || b[4] != b'-' {
        return false;
    }
    let (Some(year), Some(month)) = (number(0..4), number(5..7)) else {
        return false;
    };
    if year == 0 || !(1..=12).contains(&month) {
        return false;
    }
    if b.len() == 7 {
        return true;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    b[7] == b'-' && number(8..10).is_some_and(|d| (1..=days).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::messages::is_language_tag;
    use super::site::top_level_key_line;
    use super::*;

    #[test]
    fn each_pain_and_gain_is_found_with_its_persona() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let m = crate::pipeline::analyse_map(&map).unwrap().model;
        let mut seen = 0;
        for p in &m.personas {
            for pain in &p.pains {
                let (owner, found) = m.pain(&pain.id).unwrap();
                assert_eq!(
                    (owner.id.as_str(), found.text.as_str()),
                    (p.id.as_str(), pain.text.as_str())
                );
                seen += 1;
            }
            for gain in &p.gains {
                let (owner, found) = m.gain(&gain.id).unwrap();
                assert_eq!(
                    (owner.id.as_str(), found.text.as_str()),
                    (p.id.as_str(), gain.text.as_str())
                );
                seen += 1;
            }
        }
        assert!(seen > 4, "the example has pains and gains");
        assert!(m.pain("no-such-pain").is_none() && m.gain("no-such-gain").is_none());
    }

    #[test]
    fn paths_stay_inside() {
        assert_eq!(
            normalise_inside("notes/./a/../b.md").as_deref(),
            Some("notes/b.md")
        );
        assert_eq!(normalise_inside("../secret.md"), None);
        assert_eq!(normalise_inside("notes/../../x.md"), None);
        assert_eq!(normalise_inside("/etc/passwd"), None);
        assert_eq!(normalise_inside("C:/x.md"), None);
    }

    #[test]
    fn slugs_and_dates() {
        assert_eq!(note_slug("notes/research/a.md"), "research/a");
        assert_eq!(note_slug("README.md"), "README");
        assert!(is_date("2026-03"));
        assert!(is_date("2026-03-31"));
        assert!(!is_date("2026-13"));
        assert!(!is_date("March 2026"));
        assert!(is_date("2024-02-29"));
        assert!(is_date("2000-02-29"));
        assert!(!is_date("2026-02-29"));
        assert!(!is_date("1900-02-29"));
        assert!(!is_date("2026-02-30"));
        assert!(!is_date("2026-04-31"));
        assert!(!is_date("0000-01"));
        assert!(!is_date("2026-00"));
    }

    #[test]
    fn a_top_level_key_is_found_above_its_value() {
        let text = "# settings\nsite:\n  # the title\n  title: X\nstages: []\n";
        assert_eq!(top_level_key_line(text, "site", 4), Some(2));
        assert_eq!(top_level_key_line("site: {title: X}\n", "site", 1), Some(1));
        assert_eq!(top_level_key_line("  site: x\n", "site", 1), None);
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en"));
        assert!(is_language_tag("nl-BE"));
        assert!(!is_language_tag("english language"));
    }
}
