//! What changed in a map between two versions: `touchmap diff` and the
//! "What changed" page of `build --since`. Two analysed maps are compared by
//! id: touchpoints added, removed, moved to another cell, renamed, with other
//! emotion, value scores, state or priority; KPIs added, removed, crossing
//! their target or otherwise changed; stages, channels, personas,
//! competitors, benefits and notes added, removed or changed (a note moved
//! to another path with the same text is one change, not two).
//!
//! The result is a list of sections of items; [`format`] writes it as text
//! or markdown and the site's `changes/` view renders it as a page. The
//! comparison is pure: reading a map as it was at a git revision is
//! the `revision` module's job, which stands above the pipeline.

pub mod format;
mod kpis;
mod listed;
mod priorities;
mod touchpoints;

use crate::analyse::Analysed;
use crate::i18n::{Args, Catalog, count_value};
use serde::Serialize;
use serde::ser::SerializeStruct;
use std::collections::BTreeSet;

/// A revision as the user named it, and the commit it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    /// As given: `HEAD~1`, `main`, `v1.0`.
    pub name: String,
    /// The abbreviated commit id.
    pub commit: String,
}

impl Revision {
    /// `HEAD~1 (1a2b3c4)`, or just the id when that is what was given.
    pub fn label(&self) -> String {
        if self.commit.starts_with(&self.name) || self.name.starts_with(&self.commit) {
            self.commit.clone()
        } else {
            format!("{} ({})", self.name, self.commit)
        }
    }
}

/// One side of a comparison: a revision, or the working tree (`None`).
pub type Side = Option<Revision>;

/// The label of a side in messages.
pub fn side_label(side: &Side) -> String {
    side.as_ref()
        .map_or_else(|| "the working tree".to_string(), Revision::label)
}

/// The map as it was at a revision, read and analysed.
#[derive(Debug)]
pub struct Baseline {
    pub revision: Revision,
    pub analysed: Analysed,
}

/// A piece of a sentence: plain text, or an id or value shown as code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seg {
    pub text: String,
    pub code: bool,
}

/// A sentence describing one change, e.g. "moved from `decision/website`
/// to `decision/app`". Serialises as `{text, segments}`: the plain text, and
/// the pieces for a template that marks ids up.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Phrase(pub Vec<Seg>);

impl Phrase {
    fn new() -> Self {
        Phrase(Vec::new())
    }
    fn text(mut self, t: impl Into<String>) -> Self {
        self.0.push(Seg {
            text: t.into(),
            code: false,
        });
        self
    }
    fn code(mut self, t: impl Into<String>) -> Self {
        self.0.push(Seg {
            text: t.into(),
            code: true,
        });
        self
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// The sentence without markup.
    pub fn plain(&self) -> String {
        self.0.iter().map(|s| s.text.as_str()).collect()
    }
    fn extend(mut self, p: Phrase) -> Self {
        self.0.extend(p.0);
        self
    }
    /// Message `id` of `words` with `args`, its code and phrase arguments
    /// kept as segments of their own wherever the language puts them.
    fn say(words: &Catalog, id: &str, args: Vec<(&str, Arg)>) -> Phrase {
        const OPEN: char = '\u{e000}';
        const CLOSE: char = '\u{e001}';
        let mut fluent = Args::new();
        let mut parts: Vec<Phrase> = Vec::new();
        for (name, arg) in args {
            let part = match arg {
                Arg::Text(t) => Phrase::new().text(t),
                Arg::Code(t) => Phrase::new().code(t),
                Arg::Phrase(p) => p,
            };
            fluent.set(name, format!("{OPEN}{}{CLOSE}", parts.len()));
            parts.push(part);
        }
        let said = words.args(id, &fluent);
        let mut out = Phrase::new();
        let mut rest = said.as_str();
        while let Some(at) = rest.find(OPEN) {
            if at > 0 {
                out = out.text(&rest[..at]);
            }
            let after = &rest[at + OPEN.len_utf8()..];
            let Some(end) = after.find(CLOSE) else {
                break;
            };
            if let Some(p) = after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|k| parts.get(k))
            {
                out = out.extend(p.clone());
            }
            rest = &after[end + CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            out = out.text(rest);
        }
        out
    }
}

/// An argument of a message said as a [`Phrase`].
enum Arg {
    Text(String),
    /// An id or value, shown as code.
    Code(String),
    Phrase(Phrase),
}

fn text(t: impl Into<String>) -> Arg {
    Arg::Text(t.into())
}

fn code(t: impl Into<String>) -> Arg {
    Arg::Code(t.into())
}

impl Serialize for Phrase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Phrase", 2)?;
        st.serialize_field("text", &self.plain())?;
        st.serialize_field("segments", &self.0)?;
        st.end()
    }
}

/// What happened to an item, for its symbol and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Added,
    Removed,
    Changed,
    /// A KPI that reached its target.
    Better,
    /// A KPI that fell off its target.
    Worse,
}

impl Mark {
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Added => "+",
            Mark::Removed => "-",
            Mark::Changed => "~",
            Mark::Better => "✓",
            Mark::Worse => "✗",
        }
    }
}

/// One entity that changed.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The section folder of the entity's kind: `touchpoints`, `kpis`,
    /// `stages`, `channels`, `personas`, `competitors`, `benefits`, `notes`.
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    pub mark: Mark,
    /// A short note after the name (where an added touchpoint sits, a
    /// KPI's new status); may be empty.
    pub summary: Phrase,
    /// One sentence per change.
    pub details: Vec<Phrase>,
}

/// The items of one kind of change, e.g. "Touchpoints moved or changed".
#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub key: String,
    pub title: String,
    /// `1 touchpoint added`, `3 touchpoints changed`.
    pub count: String,
    pub items: Vec<Item>,
    /// The count as a message (its id and `change`), to say it again in
    /// another language: the command line's summary is English.
    #[serde(skip)]
    tally: (String, &'static str),
}

/// Every change between two versions of a map, in a stable order: sections
/// in a fixed order, touchpoints in journey order, the rest in map order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MapDiff {
    pub sections: Vec<Section>,
    /// The language its sentences are in (English when `None`).
    #[serde(skip)]
    words: Option<Catalog>,
}

impl MapDiff {
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty()
    }

    /// `1 touchpoint added, 3 touchpoints changed, 1 KPI crossed its target`,
    /// in the language of its sentences.
    pub fn summary(&self) -> String {
        match &self.words {
            Some(words) => self.summary_in(words),
            None => self.summary_in(&Catalog::english()),
        }
    }

    /// [`MapDiff::summary`] in the language of `words`.
    pub fn summary_in(&self, words: &Catalog) -> String {
        if self.is_empty() {
            return words.text("changes-summary-none");
        }
        self.sections
            .iter()
            .map(|s| count_text(words, &s.tally.0, s.items.len(), s.tally.1))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Adds the section `key` of `items` (if any): its title is message
    /// `changes-title-KIND` and its count `changes-count-KIND`, for `change`
    /// (`added`, `removed`, `changed`; `crossed` for the KPIs that crossed
    /// their target, whose messages are `…-kpis-crossed`).
    fn push(&mut self, key: impl Into<String>, kind: &str, change: &'static str, items: Vec<Item>) {
        if items.is_empty() {
            return;
        }
        let words = self.words.clone().unwrap_or_else(Catalog::english);
        let (title_id, count_id) = if change == "crossed" {
            (
                format!("changes-title-{kind}-crossed"),
                format!("changes-count-{kind}-crossed"),
            )
        } else {
            (
                format!("changes-title-{kind}"),
                format!("changes-count-{kind}"),
            )
        };
        let mut args = Args::new();
        args.set("change", change);
        self.sections.push(Section {
            key: key.into(),
            title: words.args(&title_id, &args),
            count: count_text(&words, &count_id, items.len(), change),
            items,
            tally: (count_id, change),
        });
    }
}

/// A section's count: message `id` with `count` and `change`.
fn count_text(words: &Catalog, id: &str, count: usize, change: &str) -> String {
    let mut args = Args::new();
    args.set("count", count_value(count));
    args.set("change", change.to_string());
    words.args(id, &args)
}

/// A comparison ready to show: the two sides and what changed between them.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    pub from: Side,
    pub to: Side,
    pub diff: MapDiff,
}

/// Compares the map `old` with the map `new`, in English: `touchmap
/// diff`'s words.
pub fn compare(old: &Analysed, new: &Analysed) -> MapDiff {
    compare_in(old, new, &Catalog::english())
}

/// Compares the map `old` with the map `new`, its sentences in the
/// language of `words`: the "What changed" page's.
pub fn compare_in(old: &Analysed, new: &Analysed, words: &Catalog) -> MapDiff {
    let mut diff = MapDiff {
        sections: Vec::new(),
        words: Some(words.clone()),
    };
    let (om, nm) = (&old.model, &new.model);

    touchpoints::sections(words, om, nm, &mut diff);
    kpis::sections(words, old, new, &mut diff);
    for section in listed::LISTED {
        listed::sections(words, om, nm, section, &mut diff);
    }
    diff
}

/// "also changed: `a`, `b`": the fields of two serialised entities that
/// differ, leaving out `handled` (described by their own sentences).
fn other_fields(
    words: &Catalog,
    o: &serde_json::Value,
    n: &serde_json::Value,
    handled: &[&str],
) -> Option<Phrase> {
    let (o, n) = (o.as_object()?, n.as_object()?);
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    let changed: Vec<&String> = keys
        .into_iter()
        .filter(|k| !handled.contains(&k.as_str()) && o.get(*k) != n.get(*k))
        .collect();
    if changed.is_empty() {
        return None;
    }
    let mut fields = Phrase::new();
    for (i, k) in changed.into_iter().enumerate() {
        if i > 0 {
            fields = fields.text(", ");
        }
        fields = fields.code(k.as_str());
    }
    Some(Phrase::say(
        words,
        "changes-also",
        vec![("fields", Arg::Phrase(fields))],
    ))
}

fn score_text(words: &Catalog, s: Option<u8>) -> String {
    s.map_or_else(|| words.text("changes-not-rated"), |v| v.to_string())
}

/// "`from` changed to `to`" sentences: message `id` with `from` and `to`.
fn from_to(words: &Catalog, id: &str, from: Arg, to: Arg) -> Phrase {
    Phrase::say(words, id, vec![("from", from), ("to", to)])
}

/// The word serde writes for an enum value (`key`, `planned`, `up`).
fn word<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_sentence_in_another_language_keeps_its_ids_as_code() {
        let pl = Catalog::new(Language::Pl, None);
        let moved = from_to(&pl, "changes-moved", code("a/b"), code("c/d"));
        let segments: Vec<(&str, bool)> =
            moved.0.iter().map(|s| (s.text.as_str(), s.code)).collect();
        assert_eq!(
            segments,
            [
                ("przeniesiono z ", false),
                ("a/b", true),
                (" do ", false),
                ("c/d", true)
            ]
        );
        let fields = Phrase::new().code("owner").text(", ").code("tags");
        let also = Phrase::say(&pl, "changes-also", vec![("fields", Arg::Phrase(fields))]);
        assert_eq!(also.plain(), "zmieniono też: owner, tags");
        assert_eq!(also.0.iter().filter(|s| s.code).count(), 2);
        let en = Phrase::say(
            &Catalog::english(),
            "changes-at",
            vec![("cell", code("x/y"))],
        );
        assert_eq!(en.plain(), "at x/y");
    }
}
