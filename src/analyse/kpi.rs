//! KPI status: where the latest measurement stands against the target.

use crate::model::{Direction, Kpi, MeasureValue, Measurement};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KpiStatus {
    /// The latest number misses the target (below it, or above for `direction: down`).
    OffTarget,
    /// No measurement yet.
    NoData,
    /// Measured, but there is no numeric target to compare with.
    NoTarget,
    OnTarget,
}

impl KpiStatus {
    pub fn label(self) -> &'static str {
        match self {
            KpiStatus::OnTarget => "on target",
            KpiStatus::OffTarget => "off target",
            KpiStatus::NoData => "no data",
            KpiStatus::NoTarget => "no target",
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
    let numbers: Vec<f64> = kpi
        .measurements
        .iter()
        .filter_map(|m| match m.value {
            MeasureValue::Number(n) => Some(n),
            MeasureValue::Text(_) => None,
        })
        .collect();
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
    use crate::model::KpiKind;

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
}
