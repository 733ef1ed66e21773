//! Step 3 of the pipeline: **analyse**. Figures derived from the model that
//! several views need: the grid of touchpoints per cell, KPI status, the
//! strength of each touchpoint, gaps, backlinks between notes and entities,
//! and the warnings of `touchmap check` (§3). Computed once, read by render.

pub(crate) mod attachments;
pub mod benefits;
pub(crate) mod kpi;
pub mod links;
mod lint;
pub mod photos;
pub mod priorities;
pub(crate) mod safety;

pub use benefits::BenefitFigures;
pub use kpi::{KpiHealth, KpiStatus};

use crate::diagnostics::Findings;
use crate::model::{ChannelMode, Model, RiskSeverity, State};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A map read, validated and analysed, with everything found on the way:
/// what render, diff and every command take.
#[derive(Debug)]
pub struct Analysed {
    pub model: Model,
    pub analysis: Analysis,
    /// Errors and warnings, sorted.
    pub findings: Findings,
}

impl Analysed {
    /// Whether the map is fit to render.
    pub fn is_valid(&self) -> bool {
        !self.findings.has_errors()
    }
}

/// Everything derived from the model.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// Health of each KPI, in the order of `model.kpis`.
    pub kpis: Vec<KpiHealth>,
    /// Per touchpoint, in the order of `model.touchpoints`.
    pub touchpoints: Vec<TouchpointFigures>,
    /// `cells[stage][channel]`: indices into `model.touchpoints`.
    pub cells: Vec<Vec<Vec<usize>>>,
    pub per_stage: Vec<StageFigures>,
    /// Touchpoints per channel, in channel order.
    pub per_channel: Vec<usize>,
    /// `(stage id, channel id)` of every cell without a touchpoint.
    pub empty_cells: Vec<(String, String)>,
    /// Indices of current touchpoints whose strength is below zero, weakest
    /// first.
    pub weakest: Vec<usize>,
    /// `(touchpoint index, risk index)`, most severe first.
    pub risks: Vec<(usize, usize)>,
    /// `(touchpoint index, opportunity index)`, in priority order (see
    /// [`priorities::backlog`]).
    pub opportunities: Vec<(usize, usize)>,
    /// `value_matrix[component][stage]`: mean score of the stage's current
    /// touchpoints that rate that component.
    pub value_matrix: Vec<Vec<Option<f64>>>,
    /// The roll-up of each benefit, in the order of `model.benefits`.
    pub benefits: Vec<BenefitFigures>,
    /// Links between notes and entities, from either side.
    pub backlinks: links::Backlinks,
    pub counts: Counts,
    /// Touchpoint indices along the journey (see [`journey_order`]), so
    /// that views need not sort again.
    #[serde(skip)]
    pub journey: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TouchpointFigures {
    /// Mean of the touchpoint's value scores (0..5), if it has any.
    pub value_strength: Option<f64>,
    /// The worst status among the touchpoint's KPIs; none for a planned
    /// touchpoint, which its KPIs cannot measure yet.
    pub kpi_status: Option<KpiStatus>,
    /// A single figure to rank touchpoints by: emotion score, plus how far the
    /// mean value sits from the middle (scaled to -1..1), minus one for each
    /// KPI off target. Below zero the touchpoint counts as weak.
    pub strength: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageFigures {
    pub total: usize,
    pub analog: usize,
    pub digital: usize,
    pub key: usize,
    pub overloaded: bool,
    /// Mean emotion score of the stage's current touchpoints that have one
    /// (as-is).
    pub emotion: Option<f64>,
    /// The same with the planned touchpoints too (to-be).
    pub emotion_planned: Option<f64>,
    /// How many of the stage's touchpoints are planned.
    pub planned: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub touchpoints: usize,
    pub key: usize,
    pub planned: usize,
    pub analog: usize,
    pub digital: usize,
    pub kpis_on_target: usize,
    pub kpis_off_target: usize,
    pub kpis_no_data: usize,
    /// Measured in numbers, without a target.
    pub kpis_no_target: usize,
    /// Qualitative, judged in words.
    pub kpis_not_scored: usize,
    pub high_risks: usize,
    pub cells: usize,
    pub empty_cells: usize,
}

/// Derives the analysis and pushes the map's warnings into `findings`.
pub fn analyse(model: &Model, findings: &mut Findings) -> Analysis {
    let kpis: Vec<KpiHealth> = model.kpis.iter().map(kpi::health).collect();
    let touchpoints = touchpoint_figures(model, &kpis);
    let cells = cells(model);
    let per_stage = stage_figures(model, &cells);
    let (ns, nc) = (model.stages.len(), model.channels.len());
    let per_channel = (0..nc)
        .map(|c| (0..ns).map(|s| cells[s][c].len()).sum())
        .collect();
    let empty_cells = empty_cells(model, &cells);
    let weakest = weakest(model, &touchpoints);
    // Cells are stage-major, then channel, each in model order: read in
    // that order they are the journey order, without sorting.
    let journey: Vec<usize> = cells.iter().flatten().flatten().copied().collect();
    let risks = risks(model, &journey);
    let opportunities = priorities::backlog(model, &journey);
    let value_matrix = value_matrix(model, &cells);
    let benefits = benefits::benefit_figures(model, &kpis);
    let backlinks = links::backlinks(model, findings);
    let counts = counts(model, &kpis, &per_stage, &risks, empty_cells.len());
    let analysis = Analysis {
        kpis,
        touchpoints,
        cells,
        per_stage,
        per_channel,
        empty_cells,
        weakest,
        risks,
        opportunities,
        value_matrix,
        benefits,
        backlinks,
        counts,
        journey,
    };
    lint::lint(model, &analysis, findings);
    safety::check(model, findings);
    analysis
}

/// The figures of each touchpoint, in model order.
fn touchpoint_figures(model: &Model, kpis: &[KpiHealth]) -> Vec<TouchpointFigures> {
    model
        .touchpoints
        .iter()
        .map(|t| {
            let value_strength = mean(t.value.values().map(|&v| f64::from(v)));
            let statuses: Vec<KpiStatus> = t
                .kpis
                .iter()
                .filter(|_| t.state == State::Current)
                .filter_map(|k| model.index.kpis.get(&k.id).map(|&i| kpis[i].status))
                .collect();
            let off = statuses
                .iter()
                .filter(|s| **s == KpiStatus::OffTarget)
                .count();
            let emotion = t.overall_emotion().map_or(0.0, |e| f64::from(e.score));
            let value_part = value_strength.map_or(0.0, |v| (v - 2.5) / 2.5);
            TouchpointFigures {
                value_strength,
                kpi_status: statuses.into_iter().min(),
                strength: emotion + value_part - off as f64,
            }
        })
        .collect()
}

/// `cells[stage][channel]`: the touchpoints of each cell, in model order.
fn cells(model: &Model) -> Vec<Vec<Vec<usize>>> {
    let (ns, nc) = (model.stages.len(), model.channels.len());
    let mut cells = vec![vec![Vec::new(); nc]; ns];
    for (i, t) in model.touchpoints.iter().enumerate() {
        let s = model.index.stages[&t.stage.id];
        let c = model.index.channels[&t.channel.id];
        cells[s][c].push(i);
    }
    cells
}

/// The figures of each stage, in model order.
fn stage_figures(model: &Model, cells: &[Vec<Vec<usize>>]) -> Vec<StageFigures> {
    cells
        .iter()
        .map(|row| {
            let members: Vec<usize> = row.iter().flatten().copied().collect();
            let mode_count = |mode| {
                members
                    .iter()
                    .filter(|&&i| {
                        model
                            .channel(&model.touchpoints[i].channel.id)
                            .is_some_and(|c| c.mode == mode)
                    })
                    .count()
            };
            StageFigures {
                total: members.len(),
                analog: mode_count(ChannelMode::Analog),
                digital: mode_count(ChannelMode::Digital),
                key: members
                    .iter()
                    .filter(|&&i| model.touchpoints[i].priority == crate::model::Priority::Key)
                    .count(),
                overloaded: members.len() > model.site.max_touchpoints_per_stage,
                emotion: mean_emotion(model, &members, None, false),
                emotion_planned: mean_emotion(model, &members, None, true),
                planned: members
                    .iter()
                    .filter(|&&i| model.touchpoints[i].state == State::Planned)
                    .count(),
            }
        })
        .collect()
}

/// The mean emotion score of the touchpoints `members` that have one: as
/// `persona` feels them ([`Touchpoint::emotion_for`]; `members` are then
/// the touchpoints that serve it), or for everyone their overall emotion
/// ([`Touchpoint::overall_emotion`]). Current touchpoints only, unless
/// `planned` (the to-be journey).
///
/// [`Touchpoint::emotion_for`]: crate::model::Touchpoint::emotion_for
/// [`Touchpoint::overall_emotion`]: crate::model::Touchpoint::overall_emotion
pub fn mean_emotion(
    model: &Model,
    members: &[usize],
    persona: Option<&str>,
    planned: bool,
) -> Option<f64> {
    mean(
        members
            .iter()
            .map(|&i| &model.touchpoints[i])
            .filter(|t| planned || t.state == State::Current)
            .filter_map(|t| match persona {
                Some(p) => t.emotion_for(p).map(|e| e.score),
                None => t.overall_emotion().map(|e| e.score),
            })
            .map(f64::from),
    )
}

/// `(stage id, channel id)` of every cell without a touchpoint.
fn empty_cells(model: &Model, cells: &[Vec<Vec<usize>>]) -> Vec<(String, String)> {
    let mut empty = Vec::new();
    for (s, stage) in model.stages.iter().enumerate() {
        for (c, channel) in model.channels.iter().enumerate() {
            if cells[s][c].is_empty() {
                empty.push((stage.id.clone(), channel.id.clone()));
            }
        }
    }
    empty
}

/// The current touchpoints below zero strength, weakest first: weak as
/// they are now, as a planned touchpoint is not there yet.
fn weakest(model: &Model, touchpoints: &[TouchpointFigures]) -> Vec<usize> {
    let mut weakest: Vec<usize> = (0..model.touchpoints.len())
        .filter(|&i| touchpoints[i].strength < 0.0 && model.touchpoints[i].state == State::Current)
        .collect();
    weakest.sort_by(|&a, &b| {
        touchpoints[a]
            .strength
            .total_cmp(&touchpoints[b].strength)
            .then(a.cmp(&b))
    });
    weakest
}

/// `(touchpoint, risk)` of every risk, most severe first, then most likely
/// (a likelihood not given after those given), in journey order within
/// that.
fn risks(model: &Model, journey: &[usize]) -> Vec<(usize, usize)> {
    let mut risks: Vec<(usize, usize)> = journey
        .iter()
        .flat_map(|&t| (0..model.touchpoints[t].risks.len()).map(move |r| (t, r)))
        .collect();
    risks.sort_by_key(|&(t, r)| {
        let risk = &model.touchpoints[t].risks[r];
        std::cmp::Reverse((risk.severity, risk.likelihood))
    });
    risks
}

/// `[component][stage]`: the mean score of the stage's current touchpoints
/// that rate the component.
fn value_matrix(model: &Model, cells: &[Vec<Vec<usize>>]) -> Vec<Vec<Option<f64>>> {
    model
        .value_proposition
        .components
        .iter()
        .map(|comp| {
            cells
                .iter()
                .map(|row| {
                    mean(row.iter().flatten().filter_map(|&i| {
                        let t = &model.touchpoints[i];
                        t.value
                            .get(&comp.id)
                            .filter(|_| t.state == State::Current)
                            .map(|&v| f64::from(v))
                    }))
                })
                .collect()
        })
        .collect()
}

/// The dashboard's counts.
fn counts(
    model: &Model,
    kpis: &[KpiHealth],
    per_stage: &[StageFigures],
    risks: &[(usize, usize)],
    empty_cells: usize,
) -> Counts {
    let count_status = |st| kpis.iter().filter(|k| k.status == st).count();
    Counts {
        touchpoints: model.touchpoints.len(),
        key: model
            .touchpoints
            .iter()
            .filter(|t| t.priority == crate::model::Priority::Key)
            .count(),
        planned: model
            .touchpoints
            .iter()
            .filter(|t| t.state == State::Planned)
            .count(),
        analog: per_stage.iter().map(|s| s.analog).sum(),
        digital: per_stage.iter().map(|s| s.digital).sum(),
        kpis_on_target: count_status(KpiStatus::OnTarget),
        kpis_off_target: count_status(KpiStatus::OffTarget),
        kpis_no_data: count_status(KpiStatus::NoData),
        kpis_no_target: count_status(KpiStatus::NoTarget),
        kpis_not_scored: count_status(KpiStatus::NotScored),
        high_risks: risks
            .iter()
            .filter(|&&(t, r)| model.touchpoints[t].risks[r].severity == RiskSeverity::High)
            .count(),
        cells: model.stages.len() * model.channels.len(),
        empty_cells,
    }
}

/// Touchpoint indices ordered along the journey: by stage, then channel, then
/// the order they were written in.
/// The analysis keeps this order in [`Analysis::journey`].
pub fn journey_order(model: &Model) -> Vec<usize> {
    // Look each key up once, not at every comparison.
    let mut keyed: Vec<(usize, usize, usize)> = model
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                model.index.stages[&t.stage.id],
                model.index.channels[&t.channel.id],
                i,
            )
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Ids of the personas each pain belongs to, for messages.
pub fn pain_owners(model: &Model) -> BTreeMap<&str, &str> {
    model
        .personas
        .iter()
        .flat_map(|p| {
            p.pains
                .iter()
                .map(move |pain| (pain.id.as_str(), p.id.as_str()))
        })
        .collect()
}

/// Pain ids that some pain reliever addresses.
pub fn relieved_pains(model: &Model) -> BTreeSet<&str> {
    model
        .value_proposition
        .pain_relievers
        .iter()
        .flat_map(|r| r.relieves.iter().map(|p| p.id.as_str()))
        .collect()
}
