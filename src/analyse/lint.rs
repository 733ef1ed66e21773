//! The warnings of `touchmap check` (map-format §3): things that are valid
//! but deserve a look.

use super::Analysis;
use crate::diagnostics::{Finding, Findings, one_line};
use crate::model::{Model, Priority, RiskSeverity, TouchpointEmotion};
use std::collections::BTreeSet;

pub fn lint(model: &Model, analysis: &Analysis, findings: &mut Findings) {
    // With errors, the model lacks what they left out: a touchpoint whose
    // stage did not resolve, a KPI reference that did not. Warnings about
    // something being unused or missing would then be wrong, so they wait
    // until the errors are fixed.
    let complete = !findings.has_errors();
    touchpoints(model, complete, findings);
    stages(model, analysis, findings);
    pains(model, findings);
    if complete {
        unused(model, analysis, findings);
        emotions_of_unserved_personas(model, findings);
    }
}

/// Key touchpoints without KPI or owner, conflicts with the brand, high
/// risks.
fn touchpoints(model: &Model, complete: bool, findings: &mut Findings) {
    for t in &model.touchpoints {
        if complete && t.priority == Priority::Key && t.kpis.is_empty() {
            findings.push(
                Finding::warning(
                    "key-without-kpi",
                    format!("key touchpoint `{}` has no KPI", t.id),
                    t.origin.clone(),
                )
                .with_hint(Some(
                    "add `kpis: [...]` so its effect can be measured".into(),
                )),
            );
        }
        if t.priority == Priority::Key && t.owner.as_deref().is_none_or(|o| o.trim().is_empty()) {
            findings.push(
                Finding::warning(
                    "key-without-owner",
                    format!("key touchpoint `{}` has no owner", t.id),
                    t.origin.clone(),
                )
                .with_hint(Some(
                    "add `owner:` with the team or person responsible".into(),
                )),
            );
        }
        for c in &t.brand_values.conflicts {
            findings.push(
                Finding::warning(
                    "brand-conflict",
                    format!(
                        "touchpoint `{}` conflicts with brand value `{}`",
                        t.id, c.id
                    ),
                    c.at.clone(),
                )
                .with_hint(Some(
                    "align the touchpoint with the brand, or plan how to resolve the conflict"
                        .into(),
                )),
            );
        }
        for r in &t.risks {
            if r.severity == RiskSeverity::High {
                findings.push(
                    Finding::warning(
                        "high-risk",
                        // One line, however the risk is written: a line break
                        // in it could start a line of a CI log.
                        format!(
                            "high-severity risk at `{}`: {}",
                            t.id,
                            one_line(&r.text, 120)
                        ),
                        r.origin.clone(),
                    )
                    .with_hint(Some(
                        "plan a mitigation, or lower the severity once it is handled".into(),
                    )),
                );
            }
        }
    }
}

/// Stages with more touchpoints than the map allows.
fn stages(model: &Model, analysis: &Analysis, findings: &mut Findings) {
    for (s, stage) in model.stages.iter().enumerate() {
        let figures = &analysis.per_stage[s];
        if figures.overloaded {
            // Point at the declaration, or (for default stages) at the first
            // touchpoint over the limit.
            let location = if model.default_stages {
                analysis.cells[s]
                    .iter()
                    .flatten()
                    .copied()
                    .collect::<BTreeSet<usize>>()
                    .into_iter()
                    .nth(model.site.max_touchpoints_per_stage)
                    .map(|i| model.touchpoints[i].origin.clone())
                    .unwrap_or_else(|| stage.origin.clone())
            } else {
                stage.origin.clone()
            };
            findings.push(
                Finding::warning(
                    "overloaded-stage",
                    format!(
                        "stage `{}` has {} touchpoints, more than max_touchpoints_per_stage ({})",
                        stage.id, figures.total, model.site.max_touchpoints_per_stage
                    ),
                    location,
                )
                .with_hint(Some(
                    "merge or drop touchpoints, or raise `site.limits.max_touchpoints_per_stage`"
                        .into(),
                )),
            );
        }
    }
}

/// Pains no reliever addresses.
fn pains(model: &Model, findings: &mut Findings) {
    let relieved = super::relieved_pains(model);
    for p in &model.personas {
        for pain in &p.pains {
            if !relieved.contains(pain.id.as_str()) {
                findings.push(
                    Finding::warning(
                        "unaddressed-pain",
                        format!(
                            "no pain reliever addresses pain `{}` of persona `{}`",
                            pain.id, p.id
                        ),
                        pain.origin.clone(),
                    )
                    .with_hint(Some(
                        "add a `value_proposition.pain_relievers` entry with `relieves: [...]`"
                            .into(),
                    )),
                );
            }
        }
    }
}

/// Emotions given for a persona the touchpoint does not list in its
/// `personas`: that persona never meets it, so its emotion is shown
/// nowhere; likely a persona forgotten in the list, or an emotion left
/// over. Only said of a map without errors (see [`lint`]): a persona
/// misspelt in the list would otherwise make its emotion look unserved.
fn emotions_of_unserved_personas(model: &Model, findings: &mut Findings) {
    for t in model.touchpoints.iter().filter(|t| !t.all_personas) {
        let Some(TouchpointEmotion::PerPersona(each)) = &t.emotion else {
            continue;
        };
        for p in each {
            if t.personas.iter().any(|served| served.id == p.persona.id) {
                continue;
            }
            findings.push(
                Finding::warning(
                    "emotion-for-unserved-persona",
                    format!(
                        "touchpoint `{}` gives an emotion for persona `{}`, which is not in its `personas`",
                        t.id, p.persona.id
                    ),
                    p.persona.at.clone(),
                )
                .with_hint(Some(format!(
                    "add `{}` to the touchpoint's `personas: [...]`, or remove its emotion",
                    p.persona.id
                ))),
            );
        }
    }
}

/// Channels and competitors that no touchpoint uses (only said of a map
/// without errors, see [`lint`]).
fn unused(model: &Model, analysis: &Analysis, findings: &mut Findings) {
    for (c, channel) in model.channels.iter().enumerate() {
        if analysis.per_channel[c] == 0 {
            findings.push(
                Finding::warning(
                    "unused-channel",
                    format!("channel `{}` has no touchpoint", channel.id),
                    channel.origin.clone(),
                )
                .with_hint(Some("add a touchpoint on it or remove the channel".into())),
            );
        }
    }

    let practised: BTreeSet<&str> = model
        .touchpoints
        .iter()
        .flat_map(|t| t.competitors.iter().map(|p| p.competitor.id.as_str()))
        .collect();
    for comp in &model.competitors {
        if !practised.contains(comp.id.as_str()) {
            findings.push(
                Finding::warning(
                    "unused-competitor",
                    format!("competitor `{}` appears at no touchpoint", comp.id),
                    comp.origin.clone(),
                )
                .with_hint(Some(
                    "add it to a touchpoint's `competitors:` with its practice there".into(),
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::analyse_texts;
    use std::path::{Path, PathBuf};

    /// The findings of a map of two personas and one touchpoint with
    /// `personas` and an emotion for each of the two.
    fn findings(personas: &str) -> Vec<(&'static str, u32, u32, String, Option<String>)> {
        let text = format!(
            "site: {{title: X}}\nchannels:\n  - {{id: email, mode: digital}}\npersonas:\n  - {{id: new-runner, name: Nina}}\n  - {{id: marathoner, name: Marco}}\ntouchpoints:\n  - id: t\n    name: T\n    stage: awareness\n    channel: email\n    personas: {personas}\n    emotion:\n      new-runner: {{score: -1}}\n      marathoner: {{score: 1}}\n"
        );
        let a = analyse_texts(
            Path::new("map"),
            [(PathBuf::from("touchmap.yaml"), text)],
            None,
        );
        a.findings
            .iter()
            .map(|f| {
                let at = &f.location;
                (
                    f.code,
                    at.line,
                    at.column,
                    f.message.clone(),
                    f.hint.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn an_emotion_for_a_persona_the_touchpoint_does_not_serve_is_a_warning_at_it() {
        assert_eq!(
            findings("[new-runner]"),
            [(
                "emotion-for-unserved-persona",
                15,
                7,
                "touchpoint `t` gives an emotion for persona `marathoner`, which is not in its `personas`".to_string(),
                Some("add `marathoner` to the touchpoint's `personas: [...]`, or remove its emotion".to_string())
            )]
        );
        assert_eq!(findings("[new-runner, marathoner]"), []);
    }

    #[test]
    fn it_waits_while_a_misspelt_persona_in_the_list_is_an_error() {
        let found = findings("[new-runner, marathonr]");
        let codes: Vec<&str> = found.iter().map(|f| f.0).collect();
        assert_eq!(codes, ["unknown-reference"]);
    }
}
