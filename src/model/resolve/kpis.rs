//! KPIs: their measurements (written in the map or read from a series
//! file), each value checked against the KPI's kind and each date checked.

use super::notes::path_id;
use super::{Absent, Resolver, absent, at_loc, is_date, loc, normalise_inside};
use crate::diagnostics::one_line;
use crate::load::located::{At, Pos};
use crate::load::{LoadedFile, RawMap, raw};
use crate::model::*;
use crate::suggest::did_you_mean;
use std::path::Path;

impl Resolver<'_> {
    /// The KPIs whose ids registered (`ok`, in file order).
    pub(super) fn kpis(&mut self, files: &[LoadedFile], ok: Vec<bool>, raw: &RawMap) -> Vec<Kpi> {
        let mut kpis = Vec::new();
        let mut flags = ok.into_iter();
        for f in files {
            for k in &f.content.kpis {
                if flags.next().unwrap_or(false) {
                    kpis.push(self.kpi(k, &f.rel, raw));
                }
            }
        }
        kpis
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
