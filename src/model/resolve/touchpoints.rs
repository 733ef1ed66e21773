//! Touchpoints: a stage and a channel (without both it cannot be placed on
//! the map), and references to personas, components, brand values,
//! competitors, KPIs and notes.

use super::{Absent, Registry, Regs, Resolver, absent, at_loc, loc, normalise_inside};
use crate::diagnostics::Findings;
use crate::diagnostics::one_line;
use crate::load::RawMap;
use crate::load::located::At;
use crate::load::raw;
use crate::model::{
    BrandAlignment, Emotion, Persona, PersonaEmotion, Practice, Ref, Risk, Touchpoint,
    TouchpointEmotion,
};
use crate::suggest::did_you_mean;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

impl Resolver<'_> {
    /// The touchpoints whose ids registered (`ok`, in file order); a
    /// touchpoint whose stage or channel did not resolve cannot be placed on
    /// the map: it was reported and is left out.
    ///
    /// Resolved on all cores, in runs of [`RUN`], each with findings of its
    /// own, merged in file order: half of the model's time at 10,000
    /// touchpoints went here, and `serve` waits for it after every save of
    /// a map file. Each run's raw touchpoints are dropped as it is done.
    pub(super) fn touchpoints(
        &mut self,
        raw_touchpoints: Vec<(PathBuf, Vec<At<raw::RawTouchpoint>>)>,
        ok: Vec<bool>,
        regs: &Regs,
        personas: &[Persona],
        raw: &RawMap,
    ) -> Vec<Touchpoint> {
        const RUN: usize = 256;
        let files: Vec<PathBuf> = raw_touchpoints.iter().map(|(rel, _)| rel.clone()).collect();
        let registered: Vec<(usize, At<raw::RawTouchpoint>)> = raw_touchpoints
            .into_iter()
            .enumerate()
            .flat_map(|(file, (_, tps))| tps.into_iter().map(move |t| (file, t)))
            .zip(ok)
            .filter_map(|(t, ok)| ok.then_some(t))
            .collect();
        let (damaged, display_root) = (&self.damaged, &self.display_root);
        let runs: Vec<(Vec<Touchpoint>, Findings)> = registered
            .into_par_iter()
            .chunks(RUN)
            .map(|run| {
                let mut findings = Findings::default();
                let mut r = Resolver {
                    findings: &mut findings,
                    failed: Default::default(),
                    damaged: damaged.clone(),
                    display_root: display_root.clone(),
                };
                let resolved = run
                    .iter()
                    .filter_map(|(file, t)| r.touchpoint(t, &files[*file], regs, personas, raw))
                    .collect();
                (resolved, findings)
            })
            .collect();
        let mut touchpoints = Vec::new();
        for (resolved, findings) in runs {
            touchpoints.extend(resolved);
            self.findings.extend(findings);
        }
        touchpoints
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
        let emotion = v
            .emotion
            .as_ref()
            .and_then(|e| self.touchpoint_emotion(&e.value, regs.persona, file));
        let value = self.scores("value score", &v.value, regs.component, file);
        let risks = v
            .risks
            .iter()
            .map(|r| Risk {
                text: r.value.text.value.clone(),
                severity: r.value.severity,
                likelihood: r.value.likelihood,
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
        let opportunities = self.opportunities(&v.opportunities, file);
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
            opportunities,
            risks,
            brand_values,
            competitors,
            kpis,
            evidence: v.evidence,
            notes,
            origin: at_loc(file, &v.id),
        })
    }

    /// A touchpoint's `emotion`: each persona id must exist and each score
    /// be in -2..2; what is wrong is reported and left out.
    fn touchpoint_emotion(
        &mut self,
        raw: &raw::RawTouchpointEmotion,
        personas: &Registry,
        file: &Path,
    ) -> Option<TouchpointEmotion> {
        match raw {
            raw::RawTouchpointEmotion::Everyone(e) => {
                self.emotion(e, file).map(TouchpointEmotion::Everyone)
            }
            raw::RawTouchpointEmotion::PerPersona(each) => {
                // In the order written, as the author lists them.
                let mut written: Vec<_> = each.iter().collect();
                written.sort_by_key(|(id, _)| id.pos);
                let mut out = Vec::new();
                for (id, e) in written {
                    let persona = self.reference(personas, id, file);
                    let emotion = self.emotion(&e.value, file);
                    if let (Some(persona), Some(emotion)) = (persona, emotion) {
                        out.push(PersonaEmotion { persona, emotion });
                    }
                }
                (!out.is_empty()).then_some(TouchpointEmotion::PerPersona(out))
            }
        }
    }

    fn emotion(&mut self, e: &raw::RawEmotion, file: &Path) -> Option<Emotion> {
        self.in_range("emotion score", &e.score, -2, 2, file)
            .map(|s| Emotion {
                score: s as i8,
                label: e.label.clone(),
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
}

#[cfg(test)]
mod tests {
    use crate::model::TouchpointEmotion;
    use crate::pipeline::analyse_texts;
    use std::path::{Path, PathBuf};

    /// A map of two personas and one touchpoint with `emotion` (written
    /// below `emotion:`, from line 12).
    fn map(emotion: &str) -> crate::analyse::Analysed {
        let text = format!(
            "site: {{title: X}}\nchannels:\n  - {{id: email, mode: digital}}\npersonas:\n  - {{id: new-runner, name: Nina}}\n  - {{id: marathoner, name: Marco}}\ntouchpoints:\n  - id: t\n    name: T\n    stage: awareness\n    channel: email\n    emotion:\n{emotion}"
        );
        analyse_texts(
            Path::new("map"),
            [(PathBuf::from("touchmap.yaml"), text)],
            None,
        )
    }

    fn found(a: &crate::analyse::Analysed) -> Vec<(&str, u32, u32, String, Option<String>)> {
        a.findings
            .iter()
            .map(|f| {
                (
                    f.code,
                    f.location.line,
                    f.location.column,
                    f.message.clone(),
                    f.hint.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn each_persona_gets_its_emotion_in_the_order_written() {
        let a =
            map("      new-runner: {score: -1, label: Anxious}\n      marathoner: {score: 1}\n");
        assert_eq!(found(&a), []);
        let Some(TouchpointEmotion::PerPersona(each)) = &a.model.touchpoints[0].emotion else {
            panic!("one emotion per persona")
        };
        let got: Vec<(&str, u32, i8)> = each
            .iter()
            .map(|p| (p.persona.id.as_str(), p.persona.at.line, p.emotion.score))
            .collect();
        assert_eq!(got, [("new-runner", 13, -1), ("marathoner", 14, 1)]);
    }

    #[test]
    fn an_unknown_persona_is_reported_at_its_key_with_the_nearest_id() {
        let a = map("      new-runer: {score: -1}\n      marathoner: {score: 1}\n");
        assert_eq!(
            found(&a),
            [(
                "unknown-reference",
                13,
                7,
                "unknown persona `new-runer`".to_string(),
                Some("did you mean `new-runner`?".to_string())
            )]
        );
        // What is right stays: Marco's emotion.
        let t = &a.model.touchpoints[0];
        assert_eq!(t.emotion_for("marathoner").map(|e| e.score), Some(1));
        assert!(t.emotion_for("new-runner").is_none());
    }

    #[test]
    fn each_persona_score_is_range_checked_at_its_place() {
        let a = map("      new-runner: {score: -3}\n      marathoner: {score: 1}\n");
        assert_eq!(
            found(&a),
            [(
                "out-of-range",
                13,
                27,
                "emotion score -3 is outside -2..2".to_string(),
                Some("use a whole number from -2 to 2".to_string())
            )]
        );
    }
}
