//! A YAML text read into a tree of nodes, each with its place in the file,
//! before any of it is matched against the map format.
//!
//! serde-saphyr does the YAML part (syntax, anchors, aliases, merge keys,
//! tags, the YAML 1.2 reading of plain scalars) and stops at the first
//! problem, so matching the map format straight from it would cost the whole
//! file for one misspelt key. Reading the tree first lets `de.rs` match each
//! entry on its own, report every bad one and keep the rest.
//!
//! Most map files use none of YAML's anchors, aliases, tags or merge keys;
//! those are read by [`plain`] from the events of the parser serde-saphyr
//! itself uses, in under half the time. Anything else, and every file with
//! an error, goes through serde-saphyr, so both give the same tree and the
//! same errors.

mod plain;

use super::located::Pos;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// One node and where it is.
#[derive(Debug)]
pub struct Node {
    pub value: Kind,
    /// Where it is written (for an alias, the `*name`).
    at: Pos,
    /// The bytes of its value's text (for an alias, the anchored node's):
    /// `(offset, length)`.
    defined: Option<(usize, usize)>,
}

/// What a node holds, as YAML 1.2 reads it.
#[derive(Debug)]
pub enum Kind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in file order; repeated keys are kept, for `de.rs` to report.
    Map(Vec<(Node, Node)>),
}

/// Maps nest a handful of levels; 64 is the documented limit (map-format §1).
pub const MAX_DEPTH: usize = 64;

/// Reads `text` into a tree, with limits that scale with the file's size so
/// that a large ordinary file is read and an alias bomb is not.
pub fn read(text: &str) -> Result<Node, serde_saphyr::Error> {
    if let Some(node) = plain::read(text, &parser_limits()) {
        return Ok(node);
    }
    let tree: Spanned<SerdeKind> = serde_saphyr::from_str_with_options(text, options(text.len()))?;
    Ok(from_serde(tree))
}

/// The parser's limits serde-saphyr would apply, for [`plain`].
fn parser_limits() -> plain::Limits {
    let budget = serde_saphyr::Budget::default();
    plain::Limits {
        simple_key_max_lookahead: budget.simple_key_max_lookahead,
        flow_nesting_limit: budget.flow_nesting_limit,
        max_scalar_bytes: budget.max_total_scalar_bytes,
    }
}

/// The parser's options for a text of `bytes` bytes.
///
/// Each node or event of YAML takes at least a byte or two of text, except
/// those an alias replays, so limits of a few per byte never refuse what is
/// written out; what aliases replay is held to fixed limits, which is what
/// stops an alias bomb.
fn options(bytes: usize) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    budget.max_aliases = 10_000;
    budget.max_anchors = 10_000;
    // One anchor merged into every entry of a long list is ordinary.
    budget.enforce_alias_anchor_ratio = false;
    budget.max_nodes = budget.max_nodes.max(bytes.saturating_mul(2));
    budget.max_events = budget.max_events.max(bytes.saturating_mul(4));
    budget.max_merge_keys = budget.max_merge_keys.max(bytes / 3);
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
        strict_booleans: true,
        // `de.rs` reports repeated keys itself, one finding each, and a
        // non-finite number where a number is wanted.
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::PassThrough,
        non_finite_float_policy: serde_saphyr::NonFiniteFloatPolicy::PassThrough,
    }
}

/// A line, column or length as a `u32`; past its range, `u32::MAX`.
pub fn clamp<N: TryInto<u32>>(n: N) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// Where a node is written, with the length of its text on that line.
pub fn pos(node: &Node) -> Pos {
    node.at
}

/// The text of a node's value as written in `text` (for an alias, the
/// anchored node's), e.g. `0x1F` or `"1"` with its quotes.
pub fn raw<'t>(text: &'t str, node: &Node) -> Option<&'t str> {
    let (start, len) = node.defined?;
    text.get(start..start.checked_add(len)?)
}

/// A node as serde-saphyr reads it, before [`from_serde`] makes it a
/// [`Node`].
enum SerdeKind {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<SerdeKind>>),
    Map(Vec<(Spanned<SerdeKind>, Spanned<SerdeKind>)>),
}

fn from_serde(node: Spanned<SerdeKind>) -> Node {
    let at = &node.referenced;
    let span = node.defined.span();
    let defined = span
        .byte_offset()
        .zip(span.byte_len())
        .and_then(|(o, l)| Some((usize::try_from(o).ok()?, usize::try_from(l).ok()?)));
    let value = match node.value {
        SerdeKind::Null => Kind::Null,
        SerdeKind::Bool(b) => Kind::Bool(b),
        SerdeKind::Int(i) => Kind::Int(i),
        SerdeKind::Float(f) => Kind::Float(f),
        SerdeKind::Str(s) => Kind::Str(s),
        SerdeKind::Seq(items) => Kind::Seq(items.into_iter().map(from_serde).collect()),
        SerdeKind::Map(entries) => Kind::Map(
            entries
                .into_iter()
                .map(|(k, v)| (from_serde(k), from_serde(v)))
                .collect(),
        ),
    };
    Node {
        value,
        at: Pos {
            line: clamp(at.line()),
            column: clamp(at.column()),
            len: clamp(at.span().len()),
        },
        defined,
    }
}

impl<'de> Deserialize<'de> for SerdeKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SerdeKindVisitor)
    }
}

struct SerdeKindVisitor;

impl<'de> Visitor<'de> for SerdeKindVisitor {
    type Value = SerdeKind;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML node")
    }
    fn visit_unit<E>(self) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Null)
    }
    fn visit_none<E>(self) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<SerdeKind, D::Error> {
        SerdeKind::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Int(v))
    }
    fn visit_u128<E>(self, v: u128) -> Result<SerdeKind, E> {
        // Beyond i128, a number is only ever out of range: keep it as a float.
        Ok(i128::try_from(v).map_or(SerdeKind::Float(v as f64), SerdeKind::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<SerdeKind, E> {
        Ok(SerdeKind::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SerdeKind, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(SerdeKind::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SerdeKind, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(SerdeKind::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(node: &Node) -> &[(Node, Node)] {
        match &node.value {
            Kind::Map(e) => e,
            other => panic!("not a mapping: {other:?}"),
        }
    }

    #[test]
    fn scalars_keep_their_kind_and_their_text() {
        let text = "a: 123\nb: \"1\"\nc: 1.50\nd:\ne: yes\nf: 0x1F\n";
        let root = read(text).unwrap();
        let e = entries(&root);
        assert!(matches!(e[0].1.value, Kind::Int(123)));
        assert!(matches!(&e[1].1.value, Kind::Str(s) if s == "1"));
        assert_eq!(raw(text, &e[1].1), Some("\"1\""));
        assert_eq!(raw(text, &e[2].1), Some("1.50"));
        assert!(matches!(e[3].1.value, Kind::Null));
        // YAML 1.2: `yes` is text, not a boolean.
        assert!(matches!(&e[4].1.value, Kind::Str(s) if s == "yes"));
        assert_eq!(raw(text, &e[5].1), Some("0x1F"));
        assert_eq!((pos(&e[5].1).line, pos(&e[5].1).column), (6, 4));
    }

    #[test]
    fn repeated_keys_are_kept_for_the_caller_to_report() {
        let root = read("a: 1\na: 2\n").unwrap();
        assert_eq!(entries(&root).len(), 2);
    }

    #[test]
    fn a_large_file_without_aliases_is_read() {
        let mut text = String::from("touchpoints:\n");
        for i in 0..40_000 {
            text.push_str(&format!(
                "  - {{id: t{i}, name: T, stage: s, channel: c}}\n"
            ));
        }
        assert!(read(&text).is_ok());
    }
}
