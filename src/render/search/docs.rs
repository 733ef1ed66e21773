//! What the search finds: one document per touchpoint, KPI, competitor,
//! note, benefit, stage, channel and persona, with what a result shows
//! (title, address, the line under the title, a snippet) and the words it
//! is found by.

use crate::analyse::Analysed;
use crate::i18n::Catalog;
use crate::load::links::markdown_options;
use crate::render::urls::Urls;
use pulldown_cmark::{Event, Parser};
use serde_json::json;

/// The kinds of result, in the order their documents are numbered (ties in
/// the ranking keep that order: a touchpoint before a note).
pub const KINDS: [&str; 8] = [
    "touchpoint",
    "kpi",
    "competitor",
    "persona",
    "stage",
    "channel",
    "benefit",
    "note",
];

/// One search result as it is found and shown.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Index into [`KINDS`].
    pub kind: usize,
    pub title: String,
    pub url: String,
    /// The line under the title, which never repeats the kind.
    pub meta: String,
    /// The text a snippet is cut from; found by its words too. A note's
    /// is its `own_note`'s, read from there.
    pub text: String,
    /// The note (index into the index's note texts) whose text is this
    /// document's: a note's own document. Read from there rather than
    /// copied: at 10,000 touchpoints the notes' text is 17 MB.
    pub own_note: Option<usize>,
    /// Notes (as `own_note`) whose words find the document though it does
    /// not show them: a touchpoint's notes.
    pub notes: Vec<usize>,
    /// A touchpoint's stage and channel (indices into the model's lists),
    /// which the search's filters narrow by.
    pub cell: Option<(usize, usize)>,
}

/// Plain text of markdown: what a reader sees of it.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => {
                out.push_str(&t);
                out.push(' ');
            }
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The documents of every kind but touchpoints and notes, whose documents
/// [`touchpoint_doc`] and [`note_doc`] make (those change with a note).
/// `serving` holds, per persona, the touchpoints that serve it.
pub fn other_docs(a: &Analysed, urls: &Urls, serving: &[Vec<usize>]) -> Vec<Doc> {
    let m = &a.model;
    let words = &m.words;
    let mut docs = Vec::new();
    for (k, h) in m.kpis.iter().zip(&a.analysis.kpis) {
        let latest = h.latest.as_ref().and_then(|l| match l.value {
            crate::model::MeasureValue::Number(n) => {
                let mut args = crate::i18n::Args::new();
                let printed = crate::format::fmt_num(n);
                let value = words.numbers().with_unit(&printed, k.unit.as_deref());
                args.set("value", value);
                Some(words.args("search-meta-latest", &args))
            }
            crate::model::MeasureValue::Text(_) => None,
        });
        docs.push(doc(
            "kpi",
            &k.name,
            urls.entity("kpis", &k.id),
            meta_line([Some(status_word(words, h.status)), latest]),
            k.description.clone().unwrap_or_default(),
        ));
    }
    for c in &m.competitors {
        let text = [
            c.description.clone().unwrap_or_default(),
            c.strengths.join(" "),
            c.weaknesses.join(" "),
        ]
        .join(" ");
        let meta = meta_line([counted(words, c.channels.len(), "count-channels")]);
        docs.push(doc(
            "competitor",
            &c.name,
            urls.entity("competitors", &c.id),
            meta,
            text,
        ));
    }
    for (p, serves) in m.personas.iter().zip(serving) {
        let meta = meta_line([Some(touchpoint_count(words, serves.len()))]);
        docs.push(doc(
            "persona",
            &p.name,
            urls.entity("personas", &p.id),
            meta,
            p.search_text(),
        ));
    }
    for (i, s) in m.stages.iter().enumerate() {
        let total = a.analysis.per_stage.get(i).map_or(0, |f| f.total);
        let meta = meta_line([
            // After the kind badge: "1 of 5 · 7 touchpoints".
            Some({
                let mut args = crate::i18n::Args::new();
                args.set("n", crate::i18n::count_value(i + 1));
                args.set("total", crate::i18n::count_value(m.stages.len()));
                words.args("search-meta-stage-position", &args)
            }),
            Some(touchpoint_count(words, total)),
        ]);
        let text = s.description.clone().unwrap_or_default();
        docs.push(doc(
            "stage",
            &s.name,
            urls.entity("stages", &s.id),
            meta,
            text,
        ));
    }
    for (i, c) in m.channels.iter().enumerate() {
        let total = a.analysis.per_channel.get(i).copied().unwrap_or(0);
        let mode = json!(c.mode).as_str().unwrap_or_default().to_string();
        let mode = words.text(&format!("mode-{mode}"));
        let meta = meta_line([Some(mode), Some(touchpoint_count(words, total))]);
        let text = c.description.clone().unwrap_or_default();
        docs.push(doc(
            "channel",
            &c.name,
            urls.entity("channels", &c.id),
            meta,
            text,
        ));
    }
    for b in &m.benefits {
        let meta = meta_line([
            counted(words, b.touchpoints.len(), "count-touchpoints"),
            counted(words, b.kpis.len(), "count-kpis"),
        ]);
        let url = format!("{}#{}", urls.to("benefits/"), b.id);
        let text = b.description.clone().unwrap_or_default();
        docs.push(doc("benefit", &b.name, url, meta, text));
    }
    docs
}

fn doc(kind: &str, title: &str, url: String, meta: String, text: String) -> Doc {
    Doc {
        kind: KINDS.iter().position(|k| *k == kind).unwrap_or_default(),
        title: title.to_string(),
        url,
        meta,
        text,
        ..Doc::default()
    }
}

/// The document of touchpoint `i`: its fields, and its notes (by index
/// in model order), so that a word from a note finds it too.
pub fn touchpoint_doc(a: &Analysed, urls: &Urls, i: usize) -> Doc {
    let m = &a.model;
    let t = &m.touchpoints[i];
    let notes = a
        .analysis
        .backlinks
        .touchpoint_notes
        .get(&t.id)
        .map(|ids| {
            ids.iter()
                .filter_map(|id| m.index.notes.get(id).copied())
                .collect()
        })
        .unwrap_or_default();
    let opportunities: Vec<&str> = t.opportunities.iter().map(|o| o.text.as_str()).collect();
    let fields = [
        t.description.as_deref().map(plain_text),
        t.product.clone(),
        t.interaction.clone(),
        t.communication.clone(),
        t.perception.clone(),
        t.owner.clone(),
        Some(t.pains.join(" ")),
        Some(opportunities.join(" ")),
    ];
    let text: Vec<String> = fields
        .into_iter()
        .flatten()
        .filter(|f| !f.is_empty())
        .collect();
    let stage = m.index.stages.get(&t.stage.id).copied();
    let channel = m.index.channels.get(&t.channel.id).copied();
    Doc {
        kind: 0,
        title: t.name.clone(),
        url: urls.entity("touchpoints", &t.id),
        meta: meta_line([
            stage.map(|s| m.stages[s].name.clone()),
            channel.map(|c| m.channels[c].name.clone()),
        ]),
        text: text.join(" "),
        own_note: None,
        notes,
        cell: stage.zip(channel),
    }
}

/// The document of note `i`, whose text is the note's (see
/// [`Doc::own_note`]).
pub fn note_doc(a: &Analysed, urls: &Urls, i: usize) -> Doc {
    let n = &a.model.notes[i];
    // Its tags, or else the folder it is in (as the notes page groups it).
    let meta = if n.tags.is_empty() {
        meta_line([n
            .slug
            .rsplit_once('/')
            .map(|(folder, _)| format!("{folder}/"))])
    } else {
        n.tags.join(", ")
    };
    Doc {
        own_note: Some(i),
        ..doc("note", &n.title, urls.note(&n.id), meta, String::new())
    }
}

/// The line under a search result's title: what the result's kind (which
/// the page shows as a badge of its own) does not say, the present parts
/// joined by " · ", so that it never repeats the kind nor ends in a separator.
fn meta_line<const N: usize>(parts: [Option<String>; N]) -> String {
    parts
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// "3 channels", "1 KPI" (message `id` with the count); nothing for none.
fn counted(words: &Catalog, n: usize, id: &str) -> Option<String> {
    (n > 0).then(|| words.count(id, n))
}

/// "no touchpoints", "1 touchpoint", "7 touchpoints".
fn touchpoint_count(words: &Catalog, n: usize) -> String {
    counted(words, n, "count-touchpoints").unwrap_or_else(|| words.text("common-no-touchpoints"))
}

/// A KPI status in words: "on target".
fn status_word(words: &Catalog, status: crate::analyse::kpi::KpiStatus) -> String {
    let name = json!(status);
    words.text(&format!("kpi-status-{}", name.as_str().unwrap_or_default()))
}
