//! Raw map -> validated model: merge the sections of all files, apply the
//! defaults, register ids, resolve references and range-check scores. Every
//! problem becomes a finding at the offending value; the model is still built
//! (without the bad parts) so that one run reports all problems.

use super::ids::{invalid_id, is_valid_id};
use super::*;
use crate::diagnostics::{Finding, Findings, Location, display_path, one_line};
use crate::load::located::{At, Pos};
use crate::load::raw::{self, IdList, ScoreMap};
use crate::load::{MAP_FILE, RawMap, output_folder};
use crate::suggest::did_you_mean;
use std::collections::BTreeSet;
use std::path::Path;

/// The stages used when no file declares any (map-format §2).
pub const DEFAULT_STAGES: [(&str, &str, &str); 5] = [
    (
        "awareness",
        "Awareness",
        "First contact: the customer learns the brand exists.",
    ),
    (
        "consideration",
        "Consideration",
        "The customer looks for information and compares.",
    ),
    ("decision", "Decision", "The customer chooses and buys."),
    (
        "post-purchase",
        "Post-purchase",
        "Delivery, first use, service and feedback.",
    ),
    (
        "retention",
        "Retention",
        "Loyalty, repeat purchase and recommendation.",
    ),
];

/// The value components used when no file declares any.
pub const DEFAULT_COMPONENTS: [(&str, &str, &str, &[&str]); 4] = [
    (
        "price",
        "Price",
        "What the customer pays and how fair it feels.",
        &["awareness", "consideration"],
    ),
    (
        "service",
        "Service",
        "Help, convenience and reliability around the product.",
        &[],
    ),
    (
        "personalization",
        "Personalization",
        "How much the offer fits this customer.",
        &[],
    ),
    (
        "proximity",
        "Proximity",
        "Being near the customer, physically or in time.",
        &[],
    ),
];

const DEFAULT_MAX_PER_STAGE: usize = 8;

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
    failed: BTreeMap<&'static str, BTreeSet<String>>,
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
    kind: &'static str,
    index: HashMap<String, usize>,
    first: HashMap<String, Location>,
    failed: BTreeSet<String>,
}

impl Resolver<'_> {
    fn registry(&mut self, kind: &'static str) -> Registry {
        Registry {
            kind,
            index: HashMap::new(),
            first: HashMap::new(),
            failed: self.failed.remove(kind).unwrap_or_default(),
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
            let (message, hint) = invalid_id(&id.value, reg.kind);
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
        let site = self.site(files, &raw.sources, raw.site_failed);

        // Stages.
        let mut stage_reg = self.registry("stage");
        let mut stages = Vec::new();
        for f in files {
            for s in &f.content.stages {
                if self.register(&mut stage_reg, &s.value.id, &f.rel, stages.len()) {
                    stages.push(Stage {
                        id: s.value.id.value.clone(),
                        name: s
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&s.value.id.value)),
                        description: s.value.description.clone(),
                        origin: loc(&f.rel, s.pos),
                    });
                }
            }
        }
        let default_stages =
            stages.is_empty() && !files.iter().any(|f| !f.content.stages.is_empty());
        if default_stages {
            for (id, name, description) in DEFAULT_STAGES {
                stage_reg.index.insert(id.to_string(), stages.len());
                stages.push(Stage {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: Some(description.to_string()),
                    origin: Location::file_start(MAP_FILE),
                });
            }
        }

        // Channels.
        let mut channel_reg = self.registry("channel");
        let mut channels = Vec::new();
        for f in files {
            for c in &f.content.channels {
                if self.register(&mut channel_reg, &c.value.id, &f.rel, channels.len()) {
                    channels.push(Channel {
                        id: c.value.id.value.clone(),
                        name: c
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&c.value.id.value)),
                        mode: c.value.mode,
                        description: c.value.description.clone(),
                        origin: at_loc(&f.rel, &c.value.id),
                    });
                }
            }
        }

        // Personas, with their pains and gains (ids unique across the map).
        let mut persona_reg = self.registry("persona");
        let mut pain_reg = self.registry("pain");
        let mut gain_reg = self.registry("gain");
        let mut job_reg = self.registry("job");
        let mut personas = Vec::new();
        let (mut pain_count, mut gain_count, mut job_count) = (0, 0, 0);
        for f in files {
            for p in &f.content.personas {
                let p_val = &p.value;
                if !self.register(&mut persona_reg, &p_val.id, &f.rel, personas.len()) {
                    continue;
                }
                let mut jobs = Vec::new();
                for j in &p_val.jobs {
                    if self.register(&mut job_reg, &j.value.id, &f.rel, job_count) {
                        job_count += 1;
                        jobs.push(Job {
                            id: j.value.id.value.clone(),
                            text: j.value.text.clone(),
                        });
                    }
                }
                let mut pains = Vec::new();
                for pain in &p_val.pains {
                    let severity = pain
                        .value
                        .severity
                        .as_ref()
                        .and_then(|s| self.in_range("pain severity", s, 1, 3, &f.rel));
                    if self.register(&mut pain_reg, &pain.value.id, &f.rel, pain_count) {
                        pain_count += 1;
                        pains.push(Pain {
                            id: pain.value.id.value.clone(),
                            text: pain.value.text.clone(),
                            severity: severity.map(|s| s as u8),
                            origin: at_loc(&f.rel, &pain.value.id),
                        });
                    }
                }
                let mut gains = Vec::new();
                for gain in &p_val.gains {
                    let importance = gain
                        .value
                        .importance
                        .as_ref()
                        .and_then(|s| self.in_range("gain importance", s, 1, 3, &f.rel));
                    if self.register(&mut gain_reg, &gain.value.id, &f.rel, gain_count) {
                        gain_count += 1;
                        gains.push(Gain {
                            id: gain.value.id.value.clone(),
                            text: gain.value.text.clone(),
                            importance: importance.map(|s| s as u8),
                        });
                    }
                }
                personas.push(Persona {
                    id: p_val.id.value.clone(),
                    name: p_val
                        .name
                        .clone()
                        .unwrap_or_else(|| humanise(&p_val.id.value)),
                    description: p_val.description.clone(),
                    jobs,
                    pains,
                    gains,
                    origin: loc(&f.rel, p.pos),
                });
            }
        }

        // Value proposition: components (or the defaults) and the canvas.
        let mut component_reg = self.registry("value component");
        let mut value_proposition = ValueProposition::default();
        let declared_components = files
            .iter()
            .filter_map(|f| f.content.value_proposition.as_ref().map(|v| (f, v)))
            .flat_map(|(f, v)| v.value.components.iter().map(move |c| (f, c)))
            .collect::<Vec<_>>();
        for (f, c) in &declared_components {
            if self.register(
                &mut component_reg,
                &c.value.id,
                &f.rel,
                value_proposition.components.len(),
            ) {
                let emphasis = self.references(&stage_reg, &c.value.emphasis, &f.rel);
                value_proposition.components.push(Component {
                    id: c.value.id.value.clone(),
                    name: c
                        .value
                        .name
                        .clone()
                        .unwrap_or_else(|| humanise(&c.value.id.value)),
                    description: c.value.description.clone(),
                    emphasis,
                });
            }
        }
        if declared_components.is_empty() {
            for (id, name, description, emphasis) in DEFAULT_COMPONENTS {
                component_reg
                    .index
                    .insert(id.to_string(), value_proposition.components.len());
                let emphasis = emphasis
                    .iter()
                    .filter(|s| stage_reg.index.contains_key(**s))
                    .map(|s| Ref {
                        id: s.to_string(),
                        at: Location::file_start(MAP_FILE),
                    })
                    .collect();
                value_proposition.components.push(Component {
                    id: id.to_string(),
                    name: name.to_string(),
                    description: Some(description.to_string()),
                    emphasis,
                });
            }
        }
        for f in files {
            let Some(vp) = &f.content.value_proposition else {
                continue;
            };
            value_proposition
                .products
                .extend(vp.value.products.iter().cloned());
            for rel in &vp.value.pain_relievers {
                let relieves = self.references(&pain_reg, &rel.value.relieves, &f.rel);
                value_proposition.pain_relievers.push(Reliever {
                    text: rel.value.text.clone(),
                    relieves,
                });
            }
            for cr in &vp.value.gain_creators {
                let creates = self.references(&gain_reg, &cr.value.creates, &f.rel);
                value_proposition.gain_creators.push(Creator {
                    text: cr.value.text.clone(),
                    creates,
                });
            }
        }

        // Brand values (declared in site).
        let mut brand_reg = self.registry("brand value");
        let mut site = site;
        if let Some((site_file, raw_site)) = files
            .iter()
            .find_map(|f| f.content.site.as_ref().map(|s| (f.rel.clone(), s)))
        {
            let mut values = Vec::new();
            for bv in &raw_site.value.brand_values {
                if self.register(&mut brand_reg, &bv.value.id, &site_file, values.len()) {
                    values.push(BrandValue {
                        id: bv.value.id.value.clone(),
                        name: bv
                            .value
                            .name
                            .clone()
                            .unwrap_or_else(|| humanise(&bv.value.id.value)),
                        description: bv.value.description.clone(),
                    });
                }
            }
            site.brand_values = values;
            if let Some(p) = &raw_site.value.positioning {
                let x = self.reference(&component_reg, &p.value.x, &site_file);
                let y = self.reference(&component_reg, &p.value.y, &site_file);
                if let (Some(x), Some(y)) = (x, y) {
                    site.positioning = Positioning { x: x.id, y: y.id };
                }
            }
        }
        if !component_reg.index.contains_key(&site.positioning.x)
            || !component_reg.index.contains_key(&site.positioning.y)
        {
            // Default axes: the first two components.
            let ids: Vec<&Component> = value_proposition.components.iter().take(2).collect();
            site.positioning = Positioning {
                x: ids.first().map(|c| c.id.clone()).unwrap_or_default(),
                y: ids
                    .get(1)
                    .or(ids.first())
                    .map(|c| c.id.clone())
                    .unwrap_or_default(),
            };
        }

        // Register the ids of touchpoints, KPIs, competitors and benefits
        // first, so that references between them resolve in any file order.
        let mut tp_reg = self.registry("touchpoint");
        let mut kpi_reg = self.registry("KPI");
        let mut comp_reg = self.registry("competitor");
        let mut benefit_reg = self.registry("benefit");
        let mut tp_ok = Vec::new();
        let mut kpi_ok = Vec::new();
        let mut comp_ok = Vec::new();
        let mut benefit_ok = Vec::new();
        // Each registers at the index it will have: the count of those
        // registered before it (kept as it goes, not recounted per id).
        let (mut tp_n, mut kpi_n, mut comp_n, mut benefit_n) = (0, 0, 0, 0);
        for (rel, tps) in &raw_touchpoints {
            for t in tps {
                let ok = self.register(&mut tp_reg, &t.value.id, rel, tp_n);
                tp_n += usize::from(ok);
                tp_ok.push(ok);
            }
        }
        for f in files {
            for k in &f.content.kpis {
                let ok = self.register(&mut kpi_reg, &k.value.id, &f.rel, kpi_n);
                kpi_n += usize::from(ok);
                kpi_ok.push(ok);
            }
            for c in &f.content.competitors {
                let ok = self.register(&mut comp_reg, &c.value.id, &f.rel, comp_n);
                comp_n += usize::from(ok);
                comp_ok.push(ok);
            }
            for b in &f.content.benefits {
                let ok = self.register(&mut benefit_reg, &b.value.id, &f.rel, benefit_n);
                benefit_n += usize::from(ok);
                benefit_ok.push(ok);
            }
        }

        // Notes: their ids are their paths.
        let mut note_reg = self.registry("note");
        for (i, n) in raw.notes.iter().enumerate() {
            note_reg.index.insert(path_id(&n.rel), i);
        }

        // What the items left out for their errors refer to: a misspelt
        // stage of a half-written touchpoint is reported with its missing
        // keys, not only once they are added.
        let referred = [
            &stage_reg,
            &channel_reg,
            &persona_reg,
            &kpi_reg,
            &tp_reg,
            &comp_reg,
            &brand_reg,
        ];
        for (file, kind, id) in std::mem::take(&mut raw.failed_references) {
            if let Some(reg) = referred.iter().find(|r| r.kind == kind) {
                self.reference(reg, &id, &file);
            }
        }

        // Touchpoints.
        let mut touchpoints = Vec::new();
        let mut tp_flags = tp_ok.into_iter();
        for (rel, tps) in raw_touchpoints {
            for t in tps {
                if !tp_flags.next().unwrap_or(false) {
                    continue;
                }
                let tp = self.touchpoint(
                    &t,
                    &rel,
                    &Regs {
                        stage: &stage_reg,
                        channel: &channel_reg,
                        persona: &persona_reg,
                        component: &component_reg,
                        kpi: &kpi_reg,
                        competitor: &comp_reg,
                        brand: &brand_reg,
                        note: &note_reg,
                    },
                    &personas,
                    &raw,
                );
                touchpoints.push(tp);
            }
        }
        // A touchpoint whose stage or channel did not resolve cannot be placed
        // on the map; it was reported and is left out.
        let touchpoints: Vec<Touchpoint> = touchpoints.into_iter().flatten().collect();

        // KPIs.
        let mut kpis = Vec::new();
        let mut flags = kpi_ok.into_iter();
        for f in files {
            for k in &f.content.kpis {
                if flags.next().unwrap_or(false) {
                    kpis.push(self.kpi(k, &f.rel, &raw));
                }
            }
        }

        // Competitors.
        let mut competitors = Vec::new();
        let mut flags = comp_ok.into_iter();
        for f in files {
            for c in &f.content.competitors {
                if !flags.next().unwrap_or(false) {
                    continue;
                }
                let cv = &c.value;
                let channels_ref = self.references(&channel_reg, &cv.channels, &f.rel);
                let value = self.scores("value score", &cv.value, &component_reg, &f.rel);
                competitors.push(Competitor {
                    id: cv.id.value.clone(),
                    name: cv.name.clone(),
                    description: cv.description.clone(),
                    website: cv.website.clone(),
                    channels: channels_ref,
                    value,
                    strengths: cv.strengths.clone(),
                    weaknesses: cv.weaknesses.clone(),
                    origin: at_loc(&f.rel, &cv.id),
                });
            }
        }

        // Benefits.
        let mut benefits = Vec::new();
        let mut flags = benefit_ok.into_iter();
        for f in files {
            for b in &f.content.benefits {
                if !flags.next().unwrap_or(false) {
                    continue;
                }
                let touchpoints_ref = self.references(&tp_reg, &b.value.touchpoints, &f.rel);
                let kpis_ref = self.references(&kpi_reg, &b.value.kpis, &f.rel);
                benefits.push(Benefit {
                    id: b.value.id.value.clone(),
                    name: b.value.name.clone(),
                    description: b.value.description.clone(),
                    touchpoints: touchpoints_ref,
                    kpis: kpis_ref,
                    origin: loc(&f.rel, b.pos),
                });
            }
        }

        // Notes.
        let mut notes = Vec::new();
        for n in &raw.notes {
            let id = path_id(&n.rel);
            let touchpoints_ref = self.references(&tp_reg, &n.front.touchpoints, &n.rel);
            let competitors_ref = self.references(&comp_reg, &n.front.competitors, &n.rel);
            let kpis_ref = self.references(&kpi_reg, &n.front.kpis, &n.rel);
            let title = note_title(n);
            notes.push(Note {
                slug: note_slug(&id),
                id,
                title,
                touchpoints: touchpoints_ref,
                competitors: competitors_ref,
                kpis: kpis_ref,
                tags: n.front.tags.clone(),
                body: n.body.clone(),
                body_line_offset: n.body_line_offset,
            });
        }

        let (pains, gains) = pain_and_gain_index(&personas);
        let index = Index {
            stages: stage_reg.index,
            channels: channel_reg.index,
            personas: persona_reg.index,
            components: component_reg.index,
            touchpoints: touchpoints
                .iter()
                .enumerate()
                .map(|(i, t)| (t.id.clone(), i))
                .collect(),
            kpis: kpis
                .iter()
                .enumerate()
                .map(|(i, k)| (k.id.clone(), i))
                .collect(),
            competitors: competitors
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            benefits: benefits
                .iter()
                .enumerate()
                .map(|(i, b)| (b.id.clone(), i))
                .collect(),
            notes: notes
                .iter()
                .enumerate()
                .map(|(i, n)| (n.id.clone(), i))
                .collect(),
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
        }
    }

    /// The `site:` section: exactly one, in touchmap.yaml.
    fn site(
        &mut self,
        files: &[crate::load::LoadedFile],
        sources: &Sources,
        site_failed: bool,
    ) -> Site {
        let mut found = None;
        for f in files {
            let Some(s) = &f.content.site else { continue };
            if f.rel != Path::new(MAP_FILE) {
                // Point at the `site:` key, not at the first line of its value.
                let at = sources
                    .get(&f.rel)
                    .and_then(|text| top_level_key_line(text, "site", s.pos.line))
                    .map_or_else(
                        || loc(&f.rel, s.pos),
                        |l| Location::new(&f.rel, l, 1).with_len(4),
                    );
                self.error(
                    "misplaced-site",
                    "the `site:` section belongs in touchmap.yaml".into(),
                    at,
                    Some("move it to touchmap.yaml".into()),
                );
            } else {
                found = Some((f.rel.clone(), s));
            }
        }
        let mut site = Site {
            title: "Touchpoint map".into(),
            brand: None,
            description: None,
            language: "en".into(),
            base_url: "/".into(),
            url_origin: None,
            brand_values: Vec::new(),
            max_touchpoints_per_stage: DEFAULT_MAX_PER_STAGE,
            positioning: Positioning {
                x: "price".into(),
                y: "personalization".into(),
            },
            output: "public".into(),
            allow_scripts_in_attachments: false,
            origin: Location::file_start(MAP_FILE),
        };
        let Some((file, s)) = found else {
            // A touchmap.yaml that did not parse was reported already; whether
            // it has a `site:` is unknown.
            if site_failed || !files.iter().any(|f| f.rel == Path::new(MAP_FILE)) {
                return site;
            }
            self.error(
                "missing-site",
                "touchmap.yaml has no `site:` section".into(),
                Location::file_start(MAP_FILE),
                Some("add `site:` with at least `title: Your map's title`".into()),
            );
            return site;
        };
        let v = &s.value;
        site.origin = loc(&file, s.pos);
        site.title = v.title.value.clone();
        if v.title.value.trim().is_empty() {
            self.error(
                "empty-title",
                "the site title is empty".into(),
                loc(&file, v.title.pos),
                Some("give the map a title, e.g. `title: Customer touchpoints`".into()),
            );
        }
        site.brand = v.brand.clone();
        site.description = v.description.clone();
        site.allow_scripts_in_attachments = v.allow_scripts_in_attachments.unwrap_or(false);
        if let Some(lang) = &v.language {
            if is_language_tag(&lang.value) {
                site.language = lang.value.clone();
            } else {
                self.error(
                    "invalid-value",
                    format!("`{}` is not a BCP 47 language tag", lang.value),
                    at_loc(&file, lang),
                    Some("use a tag such as `en`, `nl`, `fr-BE`".into()),
                );
            }
        }
        if let Some(base) = &v.base_url {
            match super::parse_base_url(&base.value) {
                Ok(b) => {
                    site.base_url = b.path;
                    site.url_origin = b.origin;
                }
                Err(why) => self.error(
                    "invalid-value",
                    format!(
                        "`{}` is not a usable base_url: {why}",
                        crate::diagnostics::one_line(&base.value, 80)
                    ),
                    at_loc(&file, base),
                    Some(super::BASE_URL_FORMS.to_string()),
                ),
            }
        }
        if let Some(max) = &v.limits.max_touchpoints_per_stage
            && let Some(n) = self.in_range("max_touchpoints_per_stage", max, 1, 10_000, &file)
        {
            site.max_touchpoints_per_stage = n as usize;
        }
        if let Some(out) = &v.output {
            match output_folder(&out.value) {
                Some(folder) => site.output = folder,
                None => {
                    self.error(
                    "invalid-value",
                    format!("`{}` is not a usable output folder", out.value),
                    at_loc(&file, out),
                    Some("name a folder inside the map, e.g. `public`; use `touchmap build -o PATH` for elsewhere".into()),
                    );
                }
            }
        }
        site
    }

    fn touchpoint(
        &mut self,
        t: &At<raw::RawTouchpoint>,
        file: &Path,
        regs: &Regs,
        personas: &[Persona],
        raw: &RawMap,
    ) -> Option<Touchpoint> {
        let v = &t.value;
        let stage = self.reference(regs.stage, &v.stage, file);
        let channel = self.reference(regs.channel, &v.channel, file);
        let (personas_ref, all_personas) = match &v.personas {
            Some(list) => (self.references(regs.persona, list, file), false),
            None => (
                personas
                    .iter()
                    .map(|p| Ref {
                        id: p.id.clone(),
                        at: at_loc(file, &v.id),
                    })
                    .collect(),
                true,
            ),
        };
        let emotion = v.emotion.as_ref().and_then(|e| {
            self.in_range("emotion score", &e.value.score, -2, 2, file)
                .map(|s| Emotion {
                    score: s as i8,
                    label: e.value.label.clone(),
                })
        });
        let value = self.scores("value score", &v.value, regs.component, file);
        let risks = v
            .risks
            .iter()
            .map(|r| Risk {
                text: r.value.text.value.clone(),
                severity: r.value.severity,
                origin: loc(file, r.value.text.pos),
            })
            .collect();
        let brand_values = BrandAlignment {
            aligned: self.references(regs.brand, &v.brand_values.aligned, file),
            conflicts: self.references(regs.brand, &v.brand_values.conflicts, file),
        };
        let competitors = v
            .competitors
            .iter()
            .filter_map(|c| {
                self.reference(regs.competitor, &c.value.competitor, file)
                    .map(|competitor| Practice {
                        competitor,
                        practice: c.value.practice.clone(),
                        differentiation: c.value.differentiation.clone(),
                    })
            })
            .collect();
        let kpis = self.references(regs.kpi, &v.kpis, file);
        let notes = v
            .notes
            .iter()
            .filter_map(|n| self.note_path(n, file, regs.note, raw))
            .collect();
        Some(Touchpoint {
            id: v.id.value.clone(),
            name: v.name.clone(),
            stage: stage?,
            channel: channel?,
            personas: personas_ref,
            all_personas,
            control: v.control,
            priority: v.priority,
            state: v.state,
            owner: v.owner.clone(),
            description: v.description.clone(),
            product: v.product.clone(),
            interaction: v.interaction.clone(),
            communication: v.communication.clone(),
            emotion,
            perception: v.perception.clone(),
            value,
            pains: v.pains.clone(),
            opportunities: v.opportunities.clone(),
            risks,
            brand_values,
            competitors,
            kpis,
            evidence: v.evidence,
            notes,
            origin: at_loc(file, &v.id),
        })
    }

    /// A touchpoint's `notes:` entry: a path inside the map folder to a note
    /// that was loaded. `..` that leaves the folder, absolute paths and
    /// symlinks out are refused.
    fn note_path(
        &mut self,
        path: &At<String>,
        file: &Path,
        notes: &Registry,
        raw: &RawMap,
    ) -> Option<Ref> {
        let at = at_loc(file, path);
        let Some(normal) = normalise_inside(&path.value) else {
            self.error(
                "note-outside-map",
                format!("note path `{}` leads outside the map folder", path.value),
                at,
                Some(
                    "notes must live inside the map folder; use a path like `notes/topic.md`"
                        .into(),
                ),
            );
            return None;
        };
        if notes.index.contains_key(&normal) {
            return Some(Ref { id: normal, at });
        }
        if raw.refused.contains(Path::new(&normal)) {
            self.error(
                "note-outside-map",
                format!(
                    "note `{}` is a symbolic link to a file outside the map folder",
                    path.value
                ),
                at,
                Some("copy the note into the map folder".into()),
            );
            return None;
        }
        let shown = one_line(&path.value, 80);
        let (message, hint) = match absent(raw, &normal, &["md", "markdown"]) {
            Absent::Unreadable => (
                format!("note `{shown}` could not be read (see the error there)"),
                format!("fix the problems reported in `{normal}`"),
            ),
            Absent::Folder => (
                format!("note `{shown}` is a folder, not a note"),
                "name a markdown file in it, e.g. `notes/topic.md`".to_string(),
            ),
            Absent::WrongKind => (
                format!("note `{shown}` is not a markdown (.md) file"),
                "a note is a markdown file ending in `.md`".to_string(),
            ),
            Absent::Skipped => (
                format!("note `{shown}` is in a folder touchmap does not read"),
                "hidden folders, `templates/` and `static/` are skipped; move the note, e.g. to `notes/`".to_string(),
            ),
            Absent::Missing => {
                let known = notes.index.keys().map(String::as_str);
                let hint = did_you_mean(&normal, known).unwrap_or_else(|| {
                    if normal.ends_with(".md") {
                        format!(
                            "create {normal} or fix the path (paths are relative to the map folder)"
                        )
                    } else {
                        "a note is a markdown file ending in `.md`".to_string()
                    }
                });
                (format!("note `{shown}` does not exist"), hint)
            }
        };
        self.error("missing-note", message, at, Some(hint));
        None
    }

    fn kpi(&mut self, k: &At<raw::RawKpi>, file: &Path, raw: &RawMap) -> Kpi {
        let v = &k.value;
        let mut measurements = Vec::new();
        let mut series = None;
        if let Some(path) = &v.series {
            let at = at_loc(file, path);
            if !v.measurements.is_empty() {
                self.error(
                    "conflicting-keys",
                    format!("KPI `{}` has both `measurements` and `series`", v.id.value),
                    at.clone(),
                    Some("keep one: inline measurements or a CSV series file".into()),
                );
            }
            match normalise_inside(&path.value) {
                None => self.error(
                    "series-outside-map",
                    format!("series path `{}` leads outside the map folder", path.value),
                    at,
                    Some("put the CSV file under `data/` in the map folder".into()),
                ),
                Some(normal) => match raw.series.get(Path::new(&normal)) {
                    Some(s) => {
                        series = Some(normal.clone());
                        let csv = Path::new(&normal);
                        for p in &s.points {
                            let pos = |column| Pos {
                                line: p.line,
                                column,
                                len: 0,
                            };
                            let date = At::new(p.date.clone(), pos(p.date_column));
                            let value = At::new(p.value.clone(), pos(p.value_column));
                            if self.date(&date, csv) && self.kind_fits(v, &value, csv) {
                                measurements.push(Measurement {
                                    date: p.date.clone(),
                                    value: p.value.clone(),
                                });
                            }
                        }
                    }
                    None => {
                        let (message, hint) = match absent(raw, &normal, &["csv"]) {
                            Absent::Unreadable => (
                                format!(
                                    "series file `{}` could not be read (see the error there)",
                                    path.value
                                ),
                                format!("fix the problems reported in `{normal}`"),
                            ),
                            Absent::Folder => (
                                format!("series `{}` is a folder, not a CSV file", path.value),
                                "name the CSV file in it, e.g. `data/conversion.csv`".into(),
                            ),
                            Absent::WrongKind => (
                                format!("series `{}` is not a CSV (.csv) file", path.value),
                                "a series is a CSV file with a `date,value` header".into(),
                            ),
                            Absent::Skipped => (
                                format!("series `{}` is in a folder touchmap does not read", path.value),
                                "hidden folders, `templates/` and `static/` are skipped; move it, e.g. to `data/`".into(),
                            ),
                            Absent::Missing => {
                                let known: Vec<String> =
                                    raw.series.keys().map(|p| path_id(p)).collect();
                                (
                                    format!("series file `{}` does not exist", path.value),
                                    did_you_mean(&normal, known.iter().map(String::as_str))
                                        .unwrap_or_else(|| {
                                            "create the CSV file with a `date,value` header".into()
                                        }),
                                )
                            }
                        };
                        self.error("missing-series", message, at, Some(hint));
                    }
                },
            }
        }
        for m in &v.measurements {
            if self.date(&m.value.date, file) && self.kind_fits(v, &m.value.value, file) {
                measurements.push(Measurement {
                    date: m.value.date.value.clone(),
                    value: m.value.value.value.clone(),
                });
            }
        }
        if v.kind == KpiKind::Quantitative
            && let Some(t) = v
                .target
                .as_ref()
                .filter(|t| matches!(t.value, MeasureValue::Text(_)))
        {
            self.error(
                "wrong-type",
                format!(
                    "KPI `{}` is quantitative but its target is text",
                    v.id.value
                ),
                loc(file, t.pos),
                Some("use a number, or set `kind: qualitative`".into()),
            );
        }
        measurements.sort_by(|a, b| a.date.cmp(&b.date));
        Kpi {
            id: v.id.value.clone(),
            name: v.name.clone(),
            kind: v.kind,
            description: v.description.clone(),
            unit: v.unit.clone(),
            direction: v.direction,
            baseline: v.baseline.clone(),
            target: v.target.as_ref().map(|t| t.value.clone()),
            source: v.source,
            owner: v.owner.clone(),
            measurements,
            series,
            origin: at_loc(file, &v.id),
        }
    }

    /// Checks that a measurement's value suits its KPI: a quantitative KPI
    /// takes only numbers.
    fn kind_fits(&mut self, kpi: &raw::RawKpi, value: &At<MeasureValue>, file: &Path) -> bool {
        let MeasureValue::Text(text) = &value.value else {
            return true;
        };
        if kpi.kind == KpiKind::Qualitative {
            return true;
        }
        let hint = if text.contains(',') && text.replace(',', ".").parse::<f64>().is_ok() {
            format!("write decimals with a point: `{}`", text.replace(',', "."))
        } else if text.parse::<f64>().is_ok() {
            "write an ordinary, finite number such as `3.5`".to_string()
        } else {
            "use a number, or set `kind: qualitative` for text values".to_string()
        };
        self.error(
            "wrong-type",
            format!(
                "KPI `{}` is quantitative but `{}` is not a number",
                kpi.id.value,
                one_line(text, 40)
            ),
            loc(file, value.pos).with_len(text.chars().count()),
            Some(hint),
        );
        false
    }

    /// Checks a measurement date is `YYYY-MM` or `YYYY-MM-DD`.
    fn date(&mut self, date: &At<String>, file: &Path) -> bool {
        if is_date(&date.value) {
            return true;
        }
        self.error(
            "invalid-date",
            format!("`{}` is not a date", date.value),
            at_loc(file, date),
            Some("write dates as YYYY-MM-DD or YYYY-MM, e.g. 2026-03".into()),
        );
        false
    }
}

/// Why a path a touchpoint or KPI names is not a loaded note or series.
enum Absent {
    /// Found, but it could not be read; that was reported at the file.
    Unreadable,
    Folder,
    /// A file without one of the expected endings.
    WrongKind,
    /// A file in a folder the loader skips (hidden, `templates/`, `static/`).
    Skipped,
    Missing,
}

fn absent(raw: &RawMap, normal: &str, endings: &[&str]) -> Absent {
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

/// The line (1-based) of the top-level `key:` that holds the value starting
/// at line `value_line`: the nearest such line at or above it.
fn top_level_key_line(text: &str, key: &str, value_line: u32) -> Option<u32> {
    let lines: Vec<&str> = text.lines().take(value_line as usize).collect();
    lines
        .iter()
        .rposition(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i as u32 + 1)
}

fn path_id(rel: &Path) -> String {
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
pub fn note_title(n: &crate::load::RawNote) -> String {
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

fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Pain id and gain id -> (persona, position in its list), for each
/// persona's pains and gains.
type ItemIndex = HashMap<String, (usize, usize)>;
fn pain_and_gain_index(personas: &[Persona]) -> (ItemIndex, ItemIndex) {
    let (mut pains, mut gains) = (HashMap::new(), HashMap::new());
    for (p, persona) in personas.iter().enumerate() {
        for (i, x) in persona.pains.iter().enumerate() {
            pains.insert(x.id.clone(), (p, i));
        }
        for (i, x) in persona.gains.iter().enumerate() {
            gains.insert(x.id.clone(), (p, i));
        }
    }
    (pains, gains)
}

#[cfg(test)]
mod tests {
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
