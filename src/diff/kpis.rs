//! The KPIs' sections of a comparison: those that crossed their target,
//! added, removed, otherwise changed.

use super::{Item, MapDiff, Mark, Phrase, from_to, other_fields, text};
use crate::analyse::{Analysed, KpiHealth, KpiStatus};
use crate::i18n::{Args, Catalog};
use crate::model::{Direction, Kpi, MeasureValue};

/// A measured value with its unit, written the language's way.
fn measure_text(words: &Catalog, v: &MeasureValue, unit: Option<&str>) -> String {
    words.numbers().measure(v, unit)
}

/// Message `id` with text variables.
fn say(words: &Catalog, id: &str, args: &[(&'static str, String)]) -> String {
    let mut a = Args::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    words.args(id, &a)
}

/// A KPI status in words: "on target".
fn status_text(words: &Catalog, s: KpiStatus) -> String {
    let name = serde_json::to_value(s).unwrap_or_default();
    words.text(&format!("kpi-status-{}", name.as_str().unwrap_or_default()))
}
use crate::site::EntityKind;

/// `64% in 2026-03`: a KPI's latest measurement.
fn latest_text(words: &Catalog, k: &Kpi, h: &KpiHealth) -> Option<String> {
    h.latest.as_ref().map(|m| {
        say(
            words,
            "changes-value-in",
            &[
                ("value", measure_text(words, &m.value, k.unit.as_deref())),
                ("date", m.date.clone()),
            ],
        )
    })
}

/// `at most 65%`: a KPI's target with its direction.
fn target_text(words: &Catalog, k: &Kpi) -> Option<String> {
    k.target.as_ref().map(|t| {
        let v = measure_text(words, t, k.unit.as_deref());
        match (t, k.direction) {
            (MeasureValue::Text(_), _) => v,
            (_, Direction::Up) => say(words, "changes-at-least", &[("value", v)]),
            (_, Direction::Down) => say(words, "changes-at-most", &[("value", v)]),
        }
    })
}

fn is_measured(s: KpiStatus) -> bool {
    matches!(s, KpiStatus::OnTarget | KpiStatus::OffTarget)
}

pub(super) fn sections(words: &Catalog, old: &Analysed, new: &Analysed, diff: &mut MapDiff) {
    let (om, nm) = (&old.model, &new.model);
    let mut crossed = Vec::new();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (k, h) in nm.kpis.iter().zip(&new.analysis.kpis) {
        let Some(&oi) = om.index.kpis.get(&k.id) else {
            added.push(added_item(words, k, h));
            continue;
        };
        let (ok, oh) = (&om.kpis[oi], &old.analysis.kpis[oi]);
        let crossing = is_measured(oh.status) && is_measured(h.status) && oh.status != h.status;
        let details = details(words, (ok, oh), (k, h), crossing);
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
                Phrase::new().text(say(
                    words,
                    "changes-now",
                    &[("status", status_text(words, h.status))],
                ))
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
    diff.push("kpis-crossed", "kpis", "crossed", crossed);
    diff.push("kpis-added", "kpis", "added", added);
    diff.push("kpis-removed", "kpis", "removed", removed);
    diff.push("kpis-changed", "kpis", "changed", changed);
}

/// The item of a KPI that was added.
fn added_item(words: &Catalog, k: &Kpi, h: &KpiHealth) -> Item {
    let mut summary = Phrase::new().text(status_text(words, h.status));
    if let Some(l) = latest_text(words, k, h) {
        summary = summary.text(format!(
            ", {}",
            say(words, "changes-latest", &[("value", l)])
        ));
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
    words: &Catalog,
    (ok, oh): (&Kpi, &KpiHealth),
    (k, h): (&Kpi, &KpiHealth),
    crossing: bool,
) -> Vec<Phrase> {
    let mut details = Vec::new();
    if crossing {
        let mut line = say(
            words,
            "changes-latest-was",
            &[
                ("value", latest_text(words, k, h).unwrap_or_default()),
                ("was", latest_text(words, ok, oh).unwrap_or_default()),
            ],
        );
        if let Some(t) = target_text(words, k) {
            line.push_str(&format!(
                "; {}",
                say(words, "chart-target", &[("value", t)])
            ));
        }
        details.push(Phrase::new().text(line));
    }
    if ok.name != k.name {
        details.push(from_to(
            words,
            "changes-renamed",
            text(&ok.name),
            text(&k.name),
        ));
    }
    if !crossing && oh.status != h.status {
        details.push(from_to(
            words,
            "changes-status",
            text(status_text(words, oh.status)),
            text(status_text(words, h.status)),
        ));
    }
    if ok.target != k.target || ok.direction != k.direction {
        let none = || words.text("changes-none-word");
        details.push(from_to(
            words,
            "changes-target",
            text(target_text(words, ok).unwrap_or_else(none)),
            text(target_text(words, k).unwrap_or_else(none)),
        ));
    }
    // The measurement itself, not its text: a new unit is a change of
    // its own ("also changed: unit"), not a new measurement.
    let latest = |h: &KpiHealth| {
        h.latest
            .as_ref()
            .map(|m| (m.date.clone(), serde_json::to_value(&m.value).ok()))
    };
    if !crossing && latest(oh) != latest(h) {
        details.push(Phrase::new().text(
            match (latest_text(words, ok, oh), latest_text(words, k, h)) {
                (None, Some(n)) => say(words, "changes-first-measurement", &[("value", n)]),
                (Some(o), Some(n)) => say(words, "changes-latest-was", &[("value", n), ("was", o)]),
                (Some(o), None) => say(words, "changes-no-measurements", &[("was", o)]),
                (None, None) => String::new(),
            },
        ));
    }
    details.extend(other_fields(
        words,
        &serde_json::to_value(ok).unwrap_or_default(),
        &serde_json::to_value(k).unwrap_or_default(),
        &["id", "name", "target", "direction", "measurements"],
    ));
    details
}
