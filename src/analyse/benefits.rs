//! The roll-up of each benefit: how its KPIs stand against their targets
//! and how its touchpoints feel, so that the benefits page and the
//! dashboard can say "More sales: 1 of 3 KPIs on target" instead of
//! leaving the reader to count badges.

use super::{KpiHealth, KpiStatus, mean_emotion};
use crate::model::{Benefit, Model, State};
use serde::Serialize;

/// The figures of one benefit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BenefitFigures {
    /// Its KPIs by status.
    pub kpis: StatusTally,
    /// Mean emotion score (-2..2) of its current touchpoints that have one
    /// (see [`mean_emotion`]): as the customer meets it now, like the other
    /// as-is figures.
    pub emotion: Option<f64>,
    /// How many touchpoints that mean is taken over.
    pub emotion_count: usize,
}

/// How many KPIs are in each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusTally {
    pub on_target: usize,
    pub off_target: usize,
    pub no_data: usize,
    pub no_target: usize,
    pub not_scored: usize,
}

impl StatusTally {
    /// All KPIs counted, whatever their status: the "y" of "x of y on
    /// target".
    pub fn total(&self) -> usize {
        self.on_target + self.off_target + self.no_data + self.no_target + self.not_scored
    }

    fn add(&mut self, status: KpiStatus) {
        let slot = match status {
            KpiStatus::OnTarget => &mut self.on_target,
            KpiStatus::OffTarget => &mut self.off_target,
            KpiStatus::NoData => &mut self.no_data,
            KpiStatus::NoTarget => &mut self.no_target,
            KpiStatus::NotScored => &mut self.not_scored,
        };
        *slot += 1;
    }
}

/// The figures of every benefit, in the order of `model.benefits`.
pub fn benefit_figures(model: &Model, kpis: &[KpiHealth]) -> Vec<BenefitFigures> {
    model
        .benefits
        .iter()
        .map(|b| figures(model, kpis, b))
        .collect()
}

fn figures(model: &Model, kpis: &[KpiHealth], b: &Benefit) -> BenefitFigures {
    let mut tally = StatusTally::default();
    for k in &b.kpis {
        if let Some(&i) = model.index.kpis.get(&k.id) {
            tally.add(kpis[i].status);
        }
    }
    let members: Vec<usize> = b
        .touchpoints
        .iter()
        .filter_map(|r| model.index.touchpoints.get(&r.id).copied())
        .collect();
    // Counted as `mean_emotion` counts: current, with an emotion (for a
    // touchpoint felt differently by each persona, the mean of theirs).
    let rated = members
        .iter()
        .map(|&i| &model.touchpoints[i])
        .filter(|t| t.state == State::Current && t.overall_emotion().is_some())
        .count();
    BenefitFigures {
        kpis: tally,
        emotion: mean_emotion(model, &members, None, false),
        emotion_count: rated,
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::analyse_texts;
    use std::path::{Path, PathBuf};

    /// A map of two touchpoints, three KPIs (one on target, one off, one
    /// without data) and one benefit that `benefit` describes.
    fn map(benefit: &str) -> crate::analyse::Analysed {
        let root = Path::new("m");
        let site = "site: {title: T}\n\
            stages: [{id: s, name: S}]\n\
            channels: [{id: c, name: C, mode: digital}]\n\
            personas: [{id: ann, name: Ann}, {id: bob, name: Bob}]\n";
        let touchpoints = "touchpoints:\n\
            - {id: happy, name: Happy, stage: s, channel: c, emotion: {score: 2}}\n\
            - {id: sad, name: Sad, stage: s, channel: c, emotion: {score: -1}}\n\
            - {id: later, name: Later, stage: s, channel: c, state: planned, emotion: {score: -2}}\n\
            - {id: numb, name: Numb, stage: s, channel: c}\n\
            - {id: split, name: Split, stage: s, channel: c, emotion: {ann: {score: 2}, bob: {score: 1}}}\n";
        let kpis = "kpis:\n\
            - {id: on, name: On, target: 1, measurements: [{date: \"2026-01\", value: 2}]}\n\
            - {id: off, name: Off, target: 5, measurements: [{date: \"2026-01\", value: 2}]}\n\
            - {id: empty, name: Empty, target: 5}\n";
        let files = [
            ("touchmap.yaml", site.to_string()),
            ("touchpoints.yaml", touchpoints.to_string()),
            ("kpis.yaml", kpis.to_string()),
            ("benefits.yaml", format!("benefits:\n  - {benefit}\n")),
        ]
        .map(|(p, t)| (PathBuf::from(p), t));
        let a = analyse_texts(root, files, None);
        assert!(a.is_valid(), "{:?}", a.findings);
        a
    }

    #[test]
    fn counts_the_kpis_on_target_of_all_the_benefit_names() {
        let a = map("{id: b, name: B, kpis: [on, off, empty], touchpoints: [happy]}");
        let k = &a.analysis.benefits[0].kpis;
        assert_eq!((k.on_target, k.total()), (1, 3));
        assert_eq!((k.off_target, k.no_data), (1, 1));
        let none = map("{id: b, name: B}");
        assert_eq!(none.analysis.benefits[0].kpis.total(), 0);
    }

    #[test]
    fn the_mean_emotion_is_of_the_current_touchpoints_that_have_one() {
        // Planned "later" (-2) is not there yet; "numb" has no emotion.
        let a = map("{id: b, name: B, touchpoints: [happy, sad, later, numb]}");
        let f = &a.analysis.benefits[0];
        assert_eq!(f.emotion, Some(0.5));
        assert_eq!(f.emotion_count, 2);
        // Felt differently by each persona: the mean of theirs, rounded
        // as the site rounds it wherever it shows no persona (1.5 -> 2).
        let split = map("{id: b, name: B, touchpoints: [split, sad]}");
        assert_eq!(split.analysis.benefits[0].emotion, Some(0.5));
        assert_eq!(split.analysis.benefits[0].emotion_count, 2);
        let unrated = map("{id: b, name: B, touchpoints: [numb, later]}");
        assert_eq!(unrated.analysis.benefits[0].emotion, None);
        assert_eq!(unrated.analysis.benefits[0].emotion_count, 0);
    }
}
