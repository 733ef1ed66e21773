//! The KPIs' sections of a comparison: those that crossed their target,
//! added, removed, otherwise changed.

use super::{Item, MapDiff, Mark, Phrase, noun, other_fields};
use crate::analyse::{Analysed, KpiHealth, KpiStatus};
use crate::format::measure_text;
use crate::model::{Direction, Kpi};
use crate::site::EntityKind;

/// `64% in 2026-03`: a KPI's latest measurement.
fn latest_text(k: &Kpi, h: &KpiHealth) -> Option<String> {
    h.latest.as_ref().map(|m| {
        format!(
            "{} in {}",
            measure_text(&m.value, k.unit.as_deref()),
            m.date
        )
    })
}

/// `at most 65%`: a KPI's target with its direction.
fn target_text(k: &Kpi) -> Option<String> {
    k.target.as_ref().map(|t| {
        let v = measure_text(t, k.unit.as_deref());
        match (t, k.direction) {
            (crate::model::MeasureValue::Text(_), _) => v,
            (_, Direction::Up) => format!("at least {v}"),
            (_, Direction::Down) => format!("at most {v}"),
        }
    })
}

fn is_measured(s: KpiStatus) -> bool {
    matches!(s, KpiStatus::OnTarget | KpiStatus::OffTarget)
}

pub(super) fn sections(old: &Analysed, new: &Analysed, diff: &mut MapDiff) {
    let (om, nm) = (&old.model, &new.model);
    let mut crossed = Vec::new();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (k, h) in nm.kpis.iter().zip(&new.analysis.kpis) {
        let Some(&oi) = om.index.kpis.get(&k.id) else {
            added.push(added_item(k, h));
            continue;
        };
        let (ok, oh) = (&om.kpis[oi], &old.analysis.kpis[oi]);
        let crossing = is_measured(oh.status) && is_measured(h.status) && oh.status != h.status;
        let details = details((ok, oh), (k, h), crossing);
        if details.is_empty() {
            continue;
        }
        let item = Item {
            kind: EntityKind::Kpi.section(),
            id: k.id.clone(),
            name: k.name.clone(),
            mark: match (crossing, h.status) {
                (true, KpiStatus::OnTarget) => Mark::Better,
                (true, _) => Mark::Worse,
                _ => Mark::Changed,
            },
            summary: if crossing {
                Phrase::new().text(format!("now {}", h.label))
            } else {
                Phrase::new()
            },
            details,
        };
        if crossing {
            crossed.push(item);
        } else {
            changed.push(item);
        }
    }
    let removed = om
        .kpis
        .iter()
        .filter(|k| nm.kpi(&k.id).is_none())
        .map(|k| Item {
            kind: EntityKind::Kpi.section(),
            id: k.id.clone(),
            name: k.name.clone(),
            mark: Mark::Removed,
            summary: Phrase::new(),
            details: vec![],
        })
        .collect();
    diff.push(
        "kpis-crossed",
        "KPIs that crossed their target",
        noun("KPI crossed its target", "KPIs crossed their target"),
        crossed,
    );
    diff.push(
        "kpis-added",
        "KPIs added",
        noun("KPI added", "KPIs added"),
        added,
    );
    diff.push(
        "kpis-removed",
        "KPIs removed",
        noun("KPI removed", "KPIs removed"),
        removed,
    );
    diff.push(
        "kpis-changed",
        "KPIs changed",
        noun("KPI changed", "KPIs changed"),
        changed,
    );
}

/// The item of a KPI that was added.
fn added_item(k: &Kpi, h: &KpiHealth) -> Item {
    let mut summary = Phrase::new().text(h.label);
    if let Some(l) = latest_text(k, h) {
        summary = summary.text(format!(", latest {l}"));
    }
    Item {
        kind: EntityKind::Kpi.section(),
        id: k.id.clone(),
        name: k.name.clone(),
        mark: Mark::Added,
        summary,
        details: vec![],
    }
}

/// The sentences describing how KPI `ok` (with health `oh`) became `k`
/// (with `h`); `crossing` when its status crossed the target.
fn details(
    (ok, oh): (&Kpi, &KpiHealth),
    (k, h): (&Kpi, &KpiHealth),
    crossing: bool,
) -> Vec<Phrase> {
    let mut details = Vec::new();
    if crossing {
        let mut line = format!(
            "latest {}, was {}",
            latest_text(k, h).unwrap_or_default(),
            latest_text(ok, oh).unwrap_or_default()
        );
        if let Some(t) = target_text(k) {
            line.push_str(&format!("; target {t}"));
        }
        details.push(Phrase::new().text(line));
    }
    if ok.name != k.name {
        details.push(Phrase::new().text(format!("renamed from “{}” to “{}”", ok.name, k.name)));
    }
    if !crossing && oh.status != h.status {
        details
            .push(Phrase::new().text(format!("status changed from {} to {}", oh.label, h.label)));
    }
    if ok.target != k.target || ok.direction != k.direction {
        details.push(Phrase::new().text(format!(
            "target changed from {} to {}",
            target_text(ok).unwrap_or_else(|| "none".into()),
            target_text(k).unwrap_or_else(|| "none".into())
        )));
    }
    // The measurement itself, not its text: a new unit is a change of
    // its own ("also changed: unit"), not a new measurement.
    let latest = |h: &KpiHealth| {
        h.latest
            .as_ref()
            .map(|m| (m.date.clone(), serde_json::to_value(&m.value).ok()))
    };
    if !crossing && latest(oh) != latest(h) {
        details.push(
            Phrase::new().text(match (latest_text(ok, oh), latest_text(k, h)) {
                (None, Some(n)) => format!("first measurement: {n}"),
                (Some(o), Some(n)) => format!("latest {n}, was {o}"),
                (Some(o), None) => format!("no measurements any more (was {o})"),
                (None, None) => String::new(),
            }),
        );
    }
    details.extend(other_fields(
        &serde_json::to_value(ok).unwrap_or_default(),
        &serde_json::to_value(k).unwrap_or_default(),
        &["id", "name", "target", "direction", "measurements"],
    ));
    details
}
