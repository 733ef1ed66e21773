//! Machine-readable outputs: `map.json`, `touchpoints.csv`, `kpis.csv`,
//! `sitemap.xml` (the search index is `render/search/`).

use super::urls::Urls;
use crate::analyse::Analysed;
use crate::analyse::safety::is_web_address;
use crate::format::measure_text;
use crate::model::{
    Benefit, Channel, Competitor, Kpi, Model, Note, Persona, Site, Stage, Touchpoint,
    ValueProposition,
};
use serde::Serialize;
use serde_json::json;

/// The resolved model and its derived figures, as one JSON document, keys
/// in alphabetical order at every level; in chunks. `base_url` and
/// `url_origin` are those the site is built for (`--base-url` wins over
/// the map's).
pub fn map_json(a: &Analysed, base_url: &str, url_origin: Option<&str>) -> Vec<Vec<u8>> {
    use crate::analyse::{Counts, KpiStatus};
    use crate::model::Measurement;
    #[derive(Serialize)]
    struct Doc<'a> {
        touchmap: &'static str,
        model: ModelDoc<'a>,
        analysis: Analysis<'a>,
    }
    #[derive(Serialize)]
    struct Analysis<'a> {
        kpis: Vec<Kpi<'a>>,
        touchpoints: Vec<Touchpoint<'a>>,
        empty_cells: &'a [(String, String)],
        counts: &'a Counts,
    }
    #[derive(Serialize)]
    struct Kpi<'a> {
        id: &'a str,
        status: KpiStatus,
        latest: &'a Option<Measurement>,
    }
    #[derive(Serialize)]
    struct Touchpoint<'a> {
        id: &'a str,
        value_strength: Option<f64>,
        kpi_status: Option<KpiStatus>,
        strength: f64,
    }
    let doc = Doc {
        touchmap: env!("CARGO_PKG_VERSION"),
        model: ModelDoc::new(&a.model, base_url, url_origin),
        analysis: Analysis {
            kpis: a
                .model
                .kpis
                .iter()
                .zip(&a.analysis.kpis)
                .map(|(k, h)| Kpi {
                    id: &k.id,
                    status: h.status,
                    latest: &h.latest,
                })
                .collect(),
            touchpoints: a
                .model
                .touchpoints
                .iter()
                .zip(&a.analysis.touchpoints)
                .map(|(t, f)| Touchpoint {
                    id: &t.id,
                    value_strength: f.value_strength,
                    kpi_status: f.kpi_status,
                    strength: f.strength,
                })
                .collect(),
            empty_cells: &a.analysis.empty_cells,
            counts: &a.analysis.counts,
        },
    };
    let mut out = super::json::to_chunks(&doc).unwrap_or_default();
    out.push(b"\n".to_vec());
    out
}

/// The model as `map.json` shows it: as resolved, with the base URL the
/// site is built for, and without what the site does not publish (a
/// competitor's website that is not a web address, an error of the map
/// that never reaches a page).
#[derive(Serialize)]
struct ModelDoc<'a> {
    site: Site,
    stages: &'a [Stage],
    channels: &'a [Channel],
    personas: &'a [Persona],
    value_proposition: &'a ValueProposition,
    touchpoints: &'a [Touchpoint],
    kpis: &'a [Kpi],
    competitors: Vec<Competitor>,
    benefits: &'a [Benefit],
    notes: &'a [Note],
}

impl<'a> ModelDoc<'a> {
    fn new(m: &'a Model, base_url: &str, url_origin: Option<&str>) -> Self {
        let mut site = m.site.clone();
        site.base_url = base_url.to_string();
        site.url_origin = url_origin.map(str::to_string);
        let competitors = m
            .competitors
            .iter()
            .map(|c| {
                let mut c = c.clone();
                c.website = c.website.filter(|w| is_web_address(w));
                c
            })
            .collect();
        ModelDoc {
            site,
            stages: &m.stages,
            channels: &m.channels,
            personas: &m.personas,
            value_proposition: &m.value_proposition,
            touchpoints: &m.touchpoints,
            kpis: &m.kpis,
            competitors,
            benefits: &m.benefits,
            notes: &m.notes,
        }
    }
}

/// A text cell of a CSV export, safe to open in a spreadsheet: text that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run
/// as a formula (`=HYPERLINK(…)`), so it gets a leading `'`, which
/// spreadsheets read as "this is text" (OWASP's advice on CSV injection).
/// Numbers the export writes itself (an emotion of -1) are not text cells.
fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A measured value as a CSV cell: a number as it is, a text as a text cell.
fn measure_cell(v: &crate::model::MeasureValue) -> String {
    match v {
        crate::model::MeasureValue::Number(_) => measure_text(v, None),
        crate::model::MeasureValue::Text(t) => text_cell(t),
    }
}

fn csv_bytes(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a failure would only drop a row.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    w.into_inner().unwrap_or_default()
}

/// One row per touchpoint. `emotion` and `emotion_label` are its overall
/// emotion (see `Touchpoint::overall_emotion`); then a pair of columns per
/// persona of the map, `emotion_score_ID` and `emotion_label_ID`, filled
/// where the touchpoint serves that persona, at the end so that the
/// columns before keep their places.
pub fn touchpoints_csv(a: &Analysed) -> Vec<u8> {
    let m = &a.model;
    let words = &m.words;
    let mut header: Vec<String> = [
        "csv-id",
        "csv-name",
        "csv-stage",
        "csv-channel",
        "csv-mode",
        "csv-personas",
        "csv-control",
        "csv-priority",
        "csv-state",
        "csv-owner",
        "csv-emotion",
        "csv-emotion-label",
        "csv-value-strength",
        "csv-kpis",
        "csv-kpi-status",
        "csv-evidence",
        "csv-risks",
    ]
    .map(|id| words.text(id))
    .to_vec();
    for p in &m.personas {
        let mut args = crate::i18n::Args::new();
        args.set("persona", p.id.clone());
        header.push(words.args("csv-emotion-score-persona", &args));
        header.push(words.args("csv-emotion-label-persona", &args));
    }
    let score = |e: Option<&crate::model::Emotion>| e.map(|e| e.score.to_string());
    let label =
        |e: Option<&crate::model::Emotion>| e.and_then(|e| e.label.as_deref().map(text_cell));
    let rows = m
        .touchpoints
        .iter()
        .zip(&a.analysis.touchpoints)
        .map(|(t, f)| {
            let opt = |s: &Option<String>| s.as_deref().map(text_cell).unwrap_or_default();
            let enum_text = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
            let overall = t.overall_emotion();
            let mut row = vec![
                t.id.clone(),
                text_cell(&t.name),
                t.stage.id.clone(),
                t.channel.id.clone(),
                m.channel(&t.channel.id)
                    .map(|c| enum_text(json!(c.mode)))
                    .unwrap_or_default(),
                t.personas
                    .iter()
                    .map(|p| p.id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
                enum_text(json!(t.control)),
                enum_text(json!(t.priority)),
                enum_text(json!(t.state)),
                opt(&t.owner),
                score(overall.as_ref()).unwrap_or_default(),
                label(overall.as_ref()).unwrap_or_default(),
                f.value_strength
                    .map(|v| format!("{v:.2}"))
                    .unwrap_or_default(),
                t.kpis
                    .iter()
                    .map(|k| k.id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
                match t.state {
                    crate::model::State::Planned => "planned".to_string(),
                    crate::model::State::Current => f
                        .kpi_status
                        .map(|s| s.label().to_string())
                        .unwrap_or_default(),
                },
                enum_text(json!(t.evidence)),
                t.risks.len().to_string(),
            ];
            for p in &m.personas {
                let serves = t.personas.iter().any(|s| s.id == p.id);
                let e = t.emotion_for(&p.id).filter(|_| serves);
                row.push(score(e).unwrap_or_default());
                row.push(label(e).unwrap_or_default());
            }
            row
        });
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    csv_bytes(&header, rows)
}

pub fn kpis_csv(a: &Analysed) -> Vec<u8> {
    let header = [
        "csv-id",
        "csv-name",
        "csv-kind",
        "csv-unit",
        "csv-direction",
        "csv-baseline",
        "csv-target",
        "csv-source",
        "csv-owner",
        "csv-status",
        "csv-latest-date",
        "csv-latest",
    ]
    .map(|id| a.model.words.text(id));
    let header = header.each_ref().map(String::as_str);
    let rows = a.model.kpis.iter().zip(&a.analysis.kpis).map(|(k, h)| {
        let enum_text = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
        vec![
            k.id.clone(),
            text_cell(&k.name),
            enum_text(json!(k.kind)),
            k.unit.as_deref().map(text_cell).unwrap_or_default(),
            enum_text(json!(k.direction)),
            k.baseline.as_ref().map(measure_cell).unwrap_or_default(),
            k.target.as_ref().map(measure_cell).unwrap_or_default(),
            k.source.map(|s| enum_text(json!(s))).unwrap_or_default(),
            k.owner.as_deref().map(text_cell).unwrap_or_default(),
            h.status.label().to_string(),
            h.latest
                .as_ref()
                .map(|m| m.date.clone())
                .unwrap_or_default(),
            h.latest
                .as_ref()
                .map(|m| measure_cell(&m.value))
                .unwrap_or_default(),
        ]
    });
    csv_bytes(&header, rows)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// A sitemap of every HTML page. Sitemaps want absolute addresses: with a
/// full `base_url` (`https://…/repo/`) they are; otherwise root-relative.
pub fn sitemap(pages: &[&str], urls: &Urls, origin: Option<&str>) -> Vec<u8> {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut paths: Vec<&str> = pages.iter().copied().filter(|p| *p != "404.html").collect();
    paths.sort_unstable();
    for p in paths {
        let loc = format!("{}{}", origin.unwrap_or(""), urls.written(p));
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml_escape(&loc)));
    }
    out.push_str("</urlset>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MeasureValue;
    use crate::pipeline::analyse_map;
    use std::path::Path;

    fn example() -> Analysed {
        analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
    }

    fn rows(csv: &[u8]) -> Vec<csv::StringRecord> {
        csv::Reader::from_reader(csv)
            .records()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        let mut a = example();
        let t = &mut a.model.touchpoints[0];
        t.name = "=HYPERLINK(\"https://evil.example\",\"Click\")".into();
        t.owner = Some("@SUM(A1:A9)".into());
        t.emotion = Some(crate::model::TouchpointEmotion::Everyone(
            crate::model::Emotion {
                score: -1,
                label: Some("+frustrated".into()),
            },
        ));
        let k = &mut a.model.kpis[0];
        k.name = "-2+3".into();
        k.unit = Some("\tpts".into());
        k.target = Some(MeasureValue::Number(-5.0));
        let tp = rows(&touchpoints_csv(&a));
        assert_eq!(&tp[0][1], "'=HYPERLINK(\"https://evil.example\",\"Click\")");
        assert_eq!(&tp[0][9], "'@SUM(A1:A9)");
        assert_eq!(&tp[0][10], "-1", "a number stays a number");
        assert_eq!(&tp[0][11], "'+frustrated");
        let kpis = rows(&kpis_csv(&a));
        assert_eq!(&kpis[0][1], "'-2+3");
        assert_eq!(&kpis[0][3], "'\tpts");
        assert_eq!(&kpis[0][6], "-5");
        assert_eq!(text_cell("Checkout"), "Checkout");
        assert_eq!(text_cell("\rx"), "'\rx");
    }

    #[test]
    fn csv_has_the_overall_emotion_and_one_pair_of_columns_per_persona() {
        let a = example();
        let tp = rows(&touchpoints_csv(&a));
        let csv = touchpoints_csv(&a);
        let mut reader = csv::Reader::from_reader(csv.as_slice());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(
            &header[header.len() - 4..],
            [
                "emotion_score_new-runner",
                "emotion_label_new-runner",
                "emotion_score_marathoner",
                "emotion_label_marathoner"
            ]
        );
        let column = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = |id: &str| tp.iter().find(|r| &r[0] == id).unwrap();
        let cells = |id: &str, names: &[&str]| -> Vec<String> {
            names
                .iter()
                .map(|n| row(id)[column(n)].to_string())
                .collect()
        };
        let all = [
            "emotion",
            "emotion_label",
            "emotion_score_new-runner",
            "emotion_label_new-runner",
            "emotion_score_marathoner",
            "emotion_label_marathoner",
        ];
        // Per persona: the overall is the rounded mean, without a label.
        assert_eq!(
            cells("returns-hotline", &all),
            ["-2", "", "-2", "Frustrated", "-1", "Impatient"]
        );
        // For everyone: the same in each persona's columns.
        assert_eq!(
            cells("order-confirmation", &all),
            ["1", "Relieved", "1", "Relieved", "1", "Relieved"]
        );
        // A persona the touchpoint does not serve has empty cells.
        assert_eq!(
            cells("instagram-ad", &all),
            ["1", "Curious", "1", "Curious", "", ""]
        );
    }

    #[test]
    fn map_json_carries_no_website_a_page_would_not_link() {
        let mut a = example();
        a.model.competitors[0].website = Some("javascript:alert(16)".into());
        let json = map_json(&a, "/", None).concat();
        let doc: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(
            doc["model"]["competitors"][0]["website"],
            serde_json::Value::Null
        );
        assert!(doc["model"]["competitors"][1]["website"].is_string());
        assert!(!String::from_utf8_lossy(&json).contains("javascript:"));
    }

    #[test]
    fn map_json_has_every_field_of_the_model() {
        let a = example();
        let doc: serde_json::Value =
            serde_json::from_slice(&map_json(&a, "/", None).concat()).unwrap();
        let model = serde_json::to_value(&a.model).unwrap();
        let keys =
            |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&doc["model"]), keys(&model));
        assert_eq!(doc["model"]["touchpoints"], model["touchpoints"]);
    }
}
