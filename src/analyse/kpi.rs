//! KPI status: where the latest measurement stands against the target.

use crate::model::{Direction, Kpi, KpiKind, MeasureValue, Measurement};
use serde::Serialize;

/// In the order of concern: a touchpoint shows the first of its KPIs'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KpiStatus {
    /// The latest number misses the target (below it, or above for `direction: down`).
    OffTarget,
    /// No measurement yet.
    NoData,
    /// Measured in numbers, but there is no target to compare with.
    NoTarget,
    OnTarget,
    /// A qualitative KPI measured or targeted in words: there is nothing to
    /// score it by, and that is as it should be. Last in the order, so that
    /// a touchpoint's worst status is that of a KPI that is scored.
    NotScored,
}

impl KpiStatus {
    pub fn label(self) -> &'static str {
        match self {
            KpiStatus::OnTarget => "on target",
            KpiStatus::OffTarget => "off target",
            KpiStatus::NoData => "no data",
            KpiStatus::NoTarget => "no target",
            KpiStatus::NotScored => "not scored (qualitative)",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct KpiHealth {
    pub status: KpiStatus,
    pub label: &'static str,
    /// The latest measurement of any kind (text values too).
    pub latest: Option<Measurement>,
    /// The latest numeric value.
    pub latest_number: Option<f64>,
    /// The numeric value before the latest, for a trend arrow.
    pub previous_number: Option<f64>,
    /// Change from baseline to latest, in the KPI's unit.
    pub change_from_baseline: Option<f64>,
}

/// Derives the status of one KPI.
pub fn health(kpi: &Kpi) -> KpiHealth {
    let numbers = kpi.numbers();
    let latest_number = numbers.last().copied();
    let previous_number = numbers.len().checked_sub(2).map(|i| numbers[i]);
    let target = match kpi.target {
        Some(MeasureValue::Number(t)) => Some(t),
        _ => None,
    };
    let baseline = match kpi.baseline {
        Some(MeasureValue::Number(b)) => Some(b),
        _ => None,
    };
    let status = match (latest_number, target, kpi.measurements.is_empty()) {
        (_, _, true) => KpiStatus::NoData,
        (Some(v), Some(t), _) if meets(v, t, kpi.direction) => KpiStatus::OnTarget,
        (Some(_), Some(_), _) => KpiStatus::OffTarget,
        _ if is_qualitative(kpi) => KpiStatus::NotScored,
        _ => KpiStatus::NoTarget,
    };
    KpiHealth {
        status,
        label: status.label(),
        latest: kpi.measurements.last().cloned(),
        latest_number,
        previous_number,
        change_from_baseline: latest_number.zip(baseline).map(|(l, b)| l - b),
    }
}

/// Whether a KPI is judged in words rather than numbers: declared
/// qualitative, or with a text target or text values.
fn is_qualitative(kpi: &Kpi) -> bool {
    kpi.kind == KpiKind::Qualitative
        || matches!(kpi.target, Some(MeasureValue::Text(_)))
        || kpi
            .measurements
            .iter()
            .any(|m| matches!(m.value, MeasureValue::Text(_)))
}

/// Whether "higher is better" (or lower) means anything for a KPI: it has
/// a number to go up or down, measured or as its target, or is
/// quantitative.
pub fn has_direction(kpi: &Kpi) -> bool {
    kpi.kind == KpiKind::Quantitative
        || matches!(kpi.target, Some(MeasureValue::Number(_)))
        || kpi
            .measurements
            .iter()
            .any(|m| matches!(m.value, MeasureValue::Number(_)))
}

/// Whether `value` meets `target` for a KPI that should go `direction`.
pub fn meets(value: f64, target: f64, direction: Direction) -> bool {
    match direction {
        Direction::Up => value >= target,
        Direction::Down => value <= target,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;

    fn kpi(direction: Direction, target: Option<f64>, values: &[f64]) -> Kpi {
        Kpi {
            id: "k".into(),
            name: "K".into(),
            kind: KpiKind::Quantitative,
            description: None,
            unit: None,
            direction,
            baseline: Some(MeasureValue::Number(1.0)),
            target: target.map(MeasureValue::Number),
            source: None,
            owner: None,
            measurements: values
                .iter()
                .enumerate()
                .map(|(i, v)| Measurement {
                    date: format!("2026-{:02}", i + 1),
                    value: MeasureValue::Number(*v),
                })
                .collect(),
            series: None,
            origin: Location::file_start("k.yaml"),
        }
    }

    #[test]
    fn status_follows_direction() {
        assert_eq!(
            health(&kpi(Direction::Up, Some(3.0), &[1.0, 3.0])).status,
            KpiStatus::OnTarget
        );
        assert_eq!(
            health(&kpi(Direction::Up, Some(3.0), &[4.0, 2.9])).status,
            KpiStatus::OffTarget
        );
        assert_eq!(
            health(&kpi(Direction::Down, Some(3.0), &[2.0])).status,
            KpiStatus::OnTarget
        );
        assert_eq!(
            health(&kpi(Direction::Down, Some(3.0), &[3.5])).status,
            KpiStatus::OffTarget
        );
        assert_eq!(
            health(&kpi(Direction::Up, Some(3.0), &[])).status,
            KpiStatus::NoData
        );
        assert_eq!(
            health(&kpi(Direction::Up, None, &[2.0])).status,
            KpiStatus::NoTarget
        );
    }

    #[test]
    fn latest_previous_and_change() {
        let h = health(&kpi(Direction::Up, Some(3.0), &[2.0, 2.5]));
        assert_eq!(h.latest_number, Some(2.5));
        assert_eq!(h.previous_number, Some(2.0));
        assert_eq!(h.change_from_baseline, Some(1.5));
    }

    #[test]
    fn a_kpi_judged_in_words_is_not_scored() {
        let mut k = kpi(Direction::Up, None, &[]);
        k.kind = KpiKind::Qualitative;
        k.target = Some(MeasureValue::Text("mostly positive".into()));
        k.measurements = vec![Measurement {
            date: "2026-01".into(),
            value: MeasureValue::Text("mixed".into()),
        }];
        let h = health(&k);
        assert_eq!(h.status, KpiStatus::NotScored);
        assert_eq!(h.label, "not scored (qualitative)");
        assert!(!has_direction(&k));
        // Without measurements it has no data, like any KPI.
        k.measurements.clear();
        assert_eq!(health(&k).status, KpiStatus::NoData);
        // A qualitative KPI scored in numbers is scored.
        let mut survey = kpi(Direction::Up, Some(4.0), &[4.2]);
        survey.kind = KpiKind::Qualitative;
        assert_eq!(health(&survey).status, KpiStatus::OnTarget);
        assert!(has_direction(&survey));
        // A number without a target has no target.
        assert_eq!(
            health(&kpi(Direction::Up, None, &[2.0])).status,
            KpiStatus::NoTarget
        );
    }
}
