//! The serde deserializer over one node of the tree: scalars checked
//! against what the field wants, mappings and lists handed to `access`.

use super::access::{AtAccess, KeysAccess, MapAcc, SeqAcc};
use super::{Ctx, Error, Problem, key_is, unknown_key};
use crate::diagnostics::{Finding, one_line};
use crate::load::emotion::KEYS_MARKER;
use crate::load::located::AT_MARKER;
use crate::load::node::{Kind, Node, pos, raw};
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, Visitor};
use std::collections::HashMap;

/// A deserializer over one node. `key` is the mapping key the node is the
/// value of, if it is one; `required` gives the keys a mapping with the
/// given keys must have, when they are known (inside what [`lenient`]
/// reads).
pub(super) struct NodeDe<'a> {
    pub(super) node: &'a Node,
    pub(super) ctx: &'a Ctx<'a>,
    pub(super) key: Option<&'a Node>,
    pub(super) required: Option<Required<'a>>,
}

/// The required keys of the struct with the given fields, if known.
pub(super) type Required<'a> = &'a dyn Fn(&[&str]) -> Option<Vec<String>>;

impl<'a> NodeDe<'a> {
    pub(super) fn new(node: &'a Node, ctx: &'a Ctx<'a>) -> Self {
        NodeDe {
            node,
            ctx,
            key: None,
            required: None,
        }
    }

    pub(super) fn requiring(self, required: Required<'a>) -> Self {
        NodeDe {
            required: Some(required),
            ..self
        }
    }

    /// A finding at this node (at its key, when the node is empty).
    pub(super) fn fail(&self, code: &'static str, message: String, hint: &str) -> Error {
        let at = match (&self.node.value, self.key) {
            (Kind::Null, Some(key)) => self.ctx.at(key),
            _ => self.ctx.at(self.node),
        };
        Error::found(Finding::error(code, message, at).with_hint(Some(hint.to_string())))
    }

    /// The node is not of the `wanted` kind.
    pub(super) fn wrong(&self, wanted: Wanted) -> Error {
        let found = match &self.node.value {
            Kind::Null => {
                return match self.key {
                    Some(key) => self.fail(
                        "wrong-type",
                        format!("`{}` has no value", self.key_text(key)),
                        "write a value after the colon, or remove the key",
                    ),
                    None => self.fail(
                        "wrong-type",
                        "this item is empty".into(),
                        "write a value after the `-`, or remove the line",
                    ),
                };
            }
            Kind::Seq(_) => "a list",
            Kind::Map(_) => "a mapping",
            Kind::Str(_) => "text",
            Kind::Bool(_) => "`true`/`false`",
            Kind::Int(_) | Kind::Float(_) => "a number",
        };
        let (what, hint) = match wanted {
            Wanted::Text => (
                "a single text",
                "write the text after the colon; quote it if it starts with `[` or `{`",
            ),
            Wanted::List => (
                "a list",
                "write `[a, b]`, or one `- item` per line indented below the key",
            ),
            Wanted::Mapping => (
                "a mapping (`key: value` lines)",
                "write `key: value` lines indented below the key, or `{key: value, ...}`",
            ),
            Wanted::Whole => ("a whole number", "write a whole number such as `2`"),
            Wanted::Number => ("a number", "write a number such as `2.5`"),
        };
        let quoted = raw(self.ctx.text, self.node).is_some_and(|r| r.starts_with(['"', '\'']));
        if let Kind::Str(s) = &self.node.value
            && matches!(wanted, Wanted::Whole | Wanted::Number)
            && s.trim().parse::<f64>().is_ok()
        {
            let hint = if quoted {
                format!(
                    "remove the quotes: `{}` is a number, `\"{}\"` is text",
                    s.trim(),
                    s
                )
            } else {
                format!("write the number without a tag: `{}`", s.trim())
            };
            return Error::found(
                Finding::error(
                    "wrong-type",
                    format!("expected {what} here, not text"),
                    self.ctx.at(self.node),
                )
                .with_hint(Some(hint)),
            );
        }
        self.fail(
            "wrong-type",
            format!("expected {what} here, not {found}"),
            hint,
        )
    }

    /// The keys of a mapping as written, those left out for a problem
    /// too (a value told by its keys keeps its form when an entry of it is
    /// left out); none when the node is not a mapping.
    pub(super) fn all_keys(&self) -> Vec<&'a str> {
        match &self.node.value {
            Kind::Map(entries) => entries
                .iter()
                .filter_map(|(k, _)| self.ctx.scalar_text(k))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn key_text(&self, key: &Node) -> String {
        one_line(self.ctx.scalar_text(key).unwrap_or("?"), 60)
    }

    /// The node as text, for a text or a word from a list of values.
    pub(super) fn text(&self) -> Option<&'a str> {
        match &self.node.value {
            Kind::Str(s) => Some(s),
            Kind::Int(_) | Kind::Float(_) | Kind::Bool(_) => raw(self.ctx.text, self.node),
            _ => None,
        }
    }

    pub(super) fn child(&self, node: &'a Node, key: Option<&'a Node>) -> Self {
        NodeDe {
            node,
            ctx: self.ctx,
            key,
            required: self.required,
        }
    }

    pub(super) fn whole(&self) -> Result<i64, Error> {
        match &self.node.value {
            Kind::Int(n) => i64::try_from(*n).map_err(|_| self.too_large()),
            Kind::Float(_) if self.spelt_as_integer() => Err(self.too_large()),
            _ => Err(self.wrong(Wanted::Whole)),
        }
    }

    pub(super) fn spelt_as_integer(&self) -> bool {
        raw(self.ctx.text, self.node).is_some_and(|r| {
            let digits = r.trim_start_matches(['-', '+']);
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
        })
    }

    pub(super) fn too_large(&self) -> Error {
        let spelt = raw(self.ctx.text, self.node).unwrap_or("this number");
        self.fail(
            "out-of-range",
            format!("{} is out of range", one_line(spelt, 40)),
            "use a small whole number; the tables in the map format reference give each field's range",
        )
    }

    pub(super) fn number(&self) -> Result<f64, Error> {
        match &self.node.value {
            Kind::Int(n) => Ok(*n as f64),
            Kind::Float(f) if f.is_finite() => Ok(*f),
            Kind::Float(_) => Err(self.not_finite()),
            _ => Err(self.wrong(Wanted::Number)),
        }
    }

    pub(super) fn not_finite(&self) -> Error {
        let spelt = raw(self.ctx.text, self.node).unwrap_or("this number");
        self.fail(
            "invalid-value",
            format!("a number must be finite, not `{}`", one_line(spelt, 40)),
            "write an ordinary number such as `3.5`",
        )
    }
}

/// The kinds of value a field can want, for messages.
#[derive(Clone, Copy)]
pub(super) enum Wanted {
    Text,
    List,
    Mapping,
    Whole,
    Number,
}

macro_rules! via_whole {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let n = self.whole()?;
            visitor.visit_i64(n).map_err(|e: Error| e.at(self.node, self.ctx))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match &self.node.value {
            Kind::Null => visitor.visit_unit(),
            Kind::Bool(b) => visitor.visit_bool(*b),
            Kind::Int(n) => match i64::try_from(*n) {
                Ok(n) => visitor.visit_i64(n),
                Err(_) => return Err(self.too_large()),
            },
            Kind::Float(f) if f.is_finite() => visitor.visit_f64(*f),
            Kind::Float(_) => return Err(self.not_finite()),
            Kind::Str(s) => visitor.visit_borrowed_str(s),
            Kind::Seq(_) => return self.deserialize_seq(visitor),
            Kind::Map(_) => return self.deserialize_map(visitor),
        };
        result.map_err(|e: Error| e.at(self.node, self.ctx))
    }

    via_whole! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let n = self.number()?;
        visitor
            .visit_f64(n)
            .map_err(|e: Error| e.at(self.node, self.ctx))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.text() {
            Some(s) => visitor
                .visit_borrowed_str(s)
                .map_err(|e: Error| e.at(self.node, self.ctx)),
            None => Err(self.wrong(Wanted::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.value {
            Kind::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == AT_MARKER {
            let p = pos(self.node);
            return visitor.visit_seq(AtAccess {
                de: Some(self),
                p,
                step: 0,
            });
        }
        if name == KEYS_MARKER {
            return visitor.visit_seq(KeysAccess {
                keys: Some(self.all_keys()),
                de: Some(self),
            });
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let Kind::Seq(items) = &self.node.value else {
            return Err(self.wrong(Wanted::List));
        };
        let list_key = self.key.and_then(|k| self.ctx.scalar_text(k));
        let access = SeqAcc {
            de: &self,
            items: items.iter().filter(|i| !self.ctx.is_dropped(i)).collect(),
            next: 0,
            list_key,
        };
        visitor
            .visit_seq(access)
            .map_err(|e: Error| e.at(self.node, self.ctx))
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let Kind::Map(entries) = &self.node.value else {
            return Err(self.wrong(Wanted::Mapping));
        };
        let kept = self.kept_entries(entries, None);
        let access = MapAcc {
            de: &self,
            entries: kept.entries,
            next: 0,
            structured: false,
        };
        visitor
            .visit_map(access)
            .map_err(|e: Error| e.at(self.node, self.ctx))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let Kind::Map(entries) = &self.node.value else {
            return Err(self.wrong(Wanted::Mapping));
        };
        let mut kept = self.kept_entries(entries, Some(fields));
        let access = MapAcc {
            de: &self,
            entries: std::mem::take(&mut kept.entries),
            next: 0,
            structured: true,
        };
        visitor.visit_map(access).map_err(|e| match e.problem {
            Problem::Missing(field) => {
                self.report_also_missing(field, fields, entries, &kept);
                self.missing(field, entries, &kept)
            }
            _ => e.at(self.node, self.ctx),
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.text() {
            Some(s) => visitor
                .visit_enum(BorrowedStrDeserializer::<Error>::new(s))
                .map_err(|e: Error| e.at(self.node, self.ctx)),
            None if matches!(self.node.value, Kind::Null) => Err(self.wrong(Wanted::Text)),
            None => Err(self.fail(
                "wrong-type",
                format!("expected one of {} here", variants.join(", ")),
                "write one of the words after the colon",
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct
    }
}

/// The entries of a mapping that take part: not left out, not repeated
/// and, for a struct, known and with a value.
pub(super) struct Kept<'a> {
    pub(super) entries: Vec<(&'a str, &'a Node, &'a Node)>,
    /// Struct fields written with no value, which count as absent.
    pub(super) empty: Vec<&'a Node>,
    /// The fields that unknown keys are likely misspellings of.
    pub(super) misspelt: Vec<&'static str>,
}

impl<'a> NodeDe<'a> {
    pub(super) fn kept_entries(
        &self,
        entries: &'a [(Node, Node)],
        fields: Option<&'static [&'static str]>,
    ) -> Kept<'a> {
        let mut kept = Kept {
            entries: Vec::with_capacity(entries.len()),
            empty: Vec::new(),
            misspelt: Vec::new(),
        };
        let mut seen: HashMap<&str, &Node> = HashMap::new();
        for (k, v) in entries {
            if self.ctx.is_dropped(k) {
                continue;
            }
            let Some(name) = self.ctx.scalar_text(k) else {
                self.ctx.report(Finding::error(
                    "wrong-type",
                    "a key must be a single word or text, not a list or a mapping",
                    self.ctx.at(k),
                ));
                continue;
            };
            if let Some(fields) = fields
                && !fields.contains(&name)
            {
                self.ctx.report(unknown_key(self.ctx.at(k), name, fields));
                kept.misspelt
                    .extend(crate::suggest::nearest(name, fields.iter().copied()));
                continue;
            }
            if let Some(first) = seen.get(name) {
                let line = pos(first).line;
                self.ctx.report(
                    Finding::error(
                        "duplicate-key",
                        format!("duplicate key `{}` in this mapping", one_line(name, 60)),
                        self.ctx.at(k),
                    )
                    .with_hint(Some(format!(
                        "`{}` is already set at line {line} of this mapping; keep one of the two",
                        one_line(name, 60)
                    ))),
                );
                continue;
            }
            seen.insert(name, k);
            if fields.is_some() && matches!(v.value, Kind::Null) {
                kept.empty.push(k);
                continue;
            }
            kept.entries.push((name, k, v));
        }
        kept
    }

    /// Reports the required keys other than `first` that the mapping lacks
    /// too, when they are known: serde reports only the first.
    pub(super) fn report_also_missing(
        &self,
        first: &str,
        fields: &[&str],
        entries: &[(Node, Node)],
        kept: &Kept,
    ) {
        let Some(required) = self.required.and_then(|required| required(fields)) else {
            return;
        };
        for field in required {
            // Written with a value (and then read, or reported as wrong).
            let written = entries.iter().any(|(k, _)| key_is(k, &field))
                && !kept.empty.iter().any(|k| key_is(k, &field));
            if field == first || written {
                continue;
            }
            if let Problem::Found(f) = self.missing(&field, entries, kept).problem {
                self.ctx.report(*f);
            }
        }
    }

    /// The finding for a required `field` the struct did not get.
    pub(super) fn missing(&self, field: &str, entries: &[(Node, Node)], kept: &Kept) -> Error {
        // Left out for a problem of its own, or misspelt: reported already.
        if kept.misspelt.contains(&field)
            || entries
                .iter()
                .any(|(k, _)| key_is(k, field) && self.ctx.is_dropped(k))
        {
            return Error {
                problem: Problem::Consequence,
                drop: None,
            };
        }
        if let Some(k) = kept.empty.iter().find(|k| key_is(k, field)) {
            return Error::found(
                Finding::error(
                    "wrong-type",
                    format!("`{field}` has no value"),
                    self.ctx.at(k),
                )
                .with_hint(Some(format!(
                    "`{field}` is required here: write its value after the colon"
                ))),
            );
        }
        // A flow mapping starts at its `{`; point at its first key instead.
        let start = match entries.first() {
            Some((k, _)) if raw(self.ctx.text, self.node).is_some_and(|r| r.starts_with('{')) => {
                self.ctx.at(k)
            }
            _ => self.ctx.at(self.node),
        };
        Error::found(
            Finding::error(
                "missing-key",
                format!("missing required key `{field}`"),
                start.with_len(1),
            )
            .with_hint(Some(format!("add `{field}:` to this entry"))),
        )
    }
}
