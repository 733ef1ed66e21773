//! Matching a node tree (`node.rs`) against the map format's types, one
//! entry at a time, so that a bad entry costs only itself.
//!
//! [`lenient`] deserializes a value from its node. Every problem is a
//! finding at the exact node; the entry it is in (a mapping's key and value,
//! or a list item) is then left out and the value is tried again without it.
//! A bad optional field so costs only that field; a bad required one costs
//! the item that holds it (and its id is remembered, so that references to
//! it do not add "unknown" errors). Unknown and repeated keys cost only
//! themselves, and a key with no value counts as absent.

use super::located::{AT_MARKER, At};
use super::node::{Kind, Node, pos, raw};
use crate::diagnostics::{Finding, Location, one_line};
use crate::suggest::did_you_mean;
use schemars::JsonSchema;
use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeOwned, Visitor};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What one file's matching shares: its text and name, what was left out
/// so far, and what was found.
pub struct Ctx<'a> {
    text: &'a str,
    rel: &'a Path,
    dropped: RefCell<HashSet<usize>>,
    findings: RefCell<Vec<Finding>>,
    failed: RefCell<Vec<(&'static str, String)>>,
    references: RefCell<Vec<(&'static str, At<String>)>>,
}

/// What reading a file left over besides its findings (see [`Ctx::finish`]).
pub struct Leftovers {
    /// `(kind, id)` of the items left out for their errors.
    pub failed: Vec<(&'static str, String)>,
    /// `(kind, id)` of what those items refer to (see [`Ctx::note_failed`]).
    pub references: Vec<(&'static str, At<String>)>,
}

impl<'a> Ctx<'a> {
    pub fn new(rel: &'a Path, text: &'a str) -> Self {
        Ctx {
            text,
            rel,
            dropped: RefCell::default(),
            findings: RefCell::default(),
            failed: RefCell::default(),
            references: RefCell::default(),
        }
    }

    pub fn report(&self, finding: Finding) {
        self.findings.borrow_mut().push(finding);
    }

    /// Every finding, in file order, each once; and what the items left out
    /// declare and refer to.
    pub fn finish(self) -> (Vec<Finding>, Leftovers) {
        let mut findings = self.findings.into_inner();
        findings.sort_by(|a, b| {
            (&a.location, a.code, &a.message).cmp(&(&b.location, b.code, &b.message))
        });
        findings.dedup();
        let leftovers = Leftovers {
            failed: self.failed.into_inner(),
            references: self.references.into_inner(),
        };
        (findings, leftovers)
    }

    /// The place of `node`, for a finding.
    pub fn at(&self, node: &Node) -> Location {
        let p = pos(node);
        Location::new(self.rel, p.line, p.column).with_len(p.len as usize)
    }

    /// Remembers the ids declared by `node`, an item of the list under
    /// `list_key` that was left out, and by the items nested in it; and the
    /// ids a left-out touchpoint or benefit refers to, so that a misspelt
    /// stage in a half-written touchpoint is reported with its missing
    /// keys, not once they are added.
    pub fn note_failed(&self, list_key: &str, node: &Node) {
        let Kind::Map(entries) = &node.value else {
            return;
        };
        if let Some(kind) = id_kind(list_key)
            && let Some((_, id)) = entries.iter().find(|(k, _)| key_is(k, "id"))
            && let Some(id) = self.scalar_text(id)
        {
            self.failed.borrow_mut().push((kind, id.to_string()));
        }
        for &(path, kind, list) in referring_keys(list_key) {
            for id in ids_at(node, path, list) {
                if let Kind::Str(text) = &id.value {
                    let id = At::new(text.clone(), pos(id));
                    self.references.borrow_mut().push((kind, id));
                }
            }
        }
        for (k, v) in entries {
            if let (Kind::Str(key), Kind::Seq(items)) = (&k.value, &v.value) {
                items.iter().for_each(|item| self.note_failed(key, item));
            }
        }
    }

    /// A scalar as text: a string's value, a number's or boolean's spelling.
    fn scalar_text<'n>(&'n self, node: &'n Node) -> Option<&'n str> {
        match &node.value {
            Kind::Str(s) => Some(s),
            Kind::Int(_) | Kind::Float(_) | Kind::Bool(_) => raw(self.text, node),
            _ => None,
        }
    }

    fn is_dropped(&self, node: &Node) -> bool {
        self.dropped.borrow().contains(&addr(node))
    }
}

/// Where an item of the list under `list_key` holds ids of other things:
/// the path of keys to them (through lists of mappings, as in
/// `competitors: [{competitor: id}]`), those things' kind (as the model's
/// registries name them) and whether the last key holds a list of them.
type Referring = (&'static [&'static str], &'static str, bool);

fn referring_keys(list_key: &str) -> &'static [Referring] {
    match list_key {
        "touchpoints" => &[
            (&["stage"], "stage", false),
            (&["channel"], "channel", false),
            (&["personas"], "persona", true),
            (&["kpis"], "KPI", true),
            (&["competitors", "competitor"], "competitor", false),
            (&["brand_values", "aligned"], "brand value", true),
            (&["brand_values", "conflicts"], "brand value", true),
        ],
        "benefits" => &[
            (&["touchpoints"], "touchpoint", true),
            (&["kpis"], "KPI", true),
        ],
        _ => &[],
    }
}

/// The id nodes at `path` below `node` (see [`referring_keys`]). A list key
/// written with one id (`personas: new-runner`) still names it; a single-id
/// key written as a list names nothing.
fn ids_at<'n>(node: &'n Node, path: &[&str], list: bool) -> Vec<&'n Node> {
    match (path.split_first(), &node.value) {
        (None, Kind::Seq(items)) if list => items.iter().collect(),
        (None, Kind::Seq(_)) => Vec::new(),
        (None, _) => vec![node],
        (Some(_), Kind::Seq(items)) => items
            .iter()
            .flat_map(|item| ids_at(item, path, list))
            .collect(),
        (Some((key, rest)), Kind::Map(entries)) => entries
            .iter()
            .find(|(k, _)| key_is(k, key))
            .map(|(_, value)| ids_at(value, rest, list))
            .unwrap_or_default(),
        (Some(_), _) => Vec::new(),
    }
}

/// The kind of id the items of a list declare, named as the model names it.
fn id_kind(list_key: &str) -> Option<&'static str> {
    Some(match list_key {
        "stages" => "stage",
        "channels" => "channel",
        "personas" => "persona",
        "jobs" => "job",
        "pains" => "pain",
        "gains" => "gain",
        "components" => "value component",
        "touchpoints" => "touchpoint",
        "kpis" => "KPI",
        "competitors" => "competitor",
        "benefits" => "benefit",
        "brand_values" => "brand value",
        _ => return None,
    })
}

fn key_is(key: &Node, name: &str) -> bool {
    matches!(&key.value, Kind::Str(s) if s == name)
}

fn addr(node: &Node) -> usize {
    node as *const Node as usize
}

/// Deserializes a `T` from `node`, leaving out each entry that has a
/// problem and trying again, until it succeeds or there is nothing left to
/// leave out (`None`). Every problem is reported to `ctx`, and when a
/// mapping in `node` lacks a required key, every other one it lacks with it
/// (serde stops at the first; `T`'s JSON Schema knows them all).
pub fn lenient<T: DeserializeOwned + JsonSchema>(node: &Node, ctx: &Ctx) -> Option<T> {
    let required = |fields: &[&str]| required_keys::<T>(fields);
    loop {
        match T::deserialize(NodeDe::new(node, ctx).requiring(&required)) {
            Ok(value) => return Some(value),
            Err(e) => {
                let e = e.at(node, ctx);
                if let Problem::Found(f) = e.problem {
                    ctx.report(*f);
                }
                match e.drop {
                    Some(entry) if ctx.dropped.borrow_mut().insert(entry) => {}
                    _ => return None,
                }
            }
        }
    }
}

/// The keys a mapping with the keys `fields` must have, when it is `T` or
/// a struct inside `T`: from `T`'s JSON Schema (which the derive keeps in
/// step with the structs; `touchmap schema` prints it). The struct is found
/// by its keys, which serde gives the deserializer, not by its name, which
/// the schema spells differently (`Touchpoint` for `RawTouchpoint`). `None`
/// when no struct, or more than one that disagree, has exactly those keys.
fn required_keys<T: JsonSchema>(fields: &[&str]) -> Option<Vec<String>> {
    let schema = schemars::schema_for!(T);
    let root = schema.as_value();
    let defs = root
        .get("$defs")
        .and_then(serde_json::Value::as_object)
        .into_iter()
        .flat_map(|defs| defs.values());
    let mut found: Option<Vec<String>> = None;
    for def in std::iter::once(root).chain(defs) {
        let Some(properties) = def.get("properties").and_then(serde_json::Value::as_object) else {
            continue;
        };
        if properties.len() != fields.len() || !fields.iter().all(|f| properties.contains_key(*f)) {
            continue;
        }
        let required: Vec<String> = def
            .get("required")
            .and_then(serde_json::Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|k| k.as_str().map(String::from))
            .collect();
        match &found {
            Some(other) if *other != required => return None,
            _ => found = Some(required),
        }
    }
    found
}

/// Why deserializing stopped, and which entry to leave out next time.
#[derive(Debug)]
pub struct Error {
    problem: Problem,
    drop: Option<usize>,
}

#[derive(Debug)]
enum Problem {
    /// A finding, located.
    Found(Box<Finding>),
    /// The consequence of a problem already reported.
    Consequence,
    /// A required field is absent; the mapping that lacks it locates it.
    Missing(&'static str),
    /// A finding not located yet: the innermost node it passes locates it.
    Unlocated {
        code: &'static str,
        message: String,
        hint: Option<String>,
    },
}

impl Error {
    fn unlocated(code: &'static str, message: String, hint: Option<String>) -> Self {
        Error {
            problem: Problem::Unlocated {
                code,
                message,
                hint,
            },
            drop: None,
        }
    }

    fn found(finding: Finding) -> Self {
        Error {
            problem: Problem::Found(Box::new(finding)),
            drop: None,
        }
    }

    /// Locates an unlocated problem at `node`.
    fn at(mut self, node: &Node, ctx: &Ctx) -> Self {
        if let Problem::Unlocated {
            code,
            message,
            hint,
        } = self.problem
        {
            let finding = Finding::error(code, message, ctx.at(node)).with_hint(hint);
            self.problem = Problem::Found(Box::new(finding));
        }
        self
    }

    /// Names `entry` as the one to leave out, unless an inner one is named.
    fn dropping(mut self, entry: &Node) -> Self {
        self.drop.get_or_insert(addr(entry));
        self
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.problem {
            Problem::Found(finding) => f.write_str(&finding.message),
            Problem::Consequence => f.write_str("left out after an earlier problem"),
            Problem::Missing(field) => write!(f, "missing required key `{field}`"),
            Problem::Unlocated { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error::unlocated("wrong-type", one_line(&msg.to_string(), 200), None)
    }

    fn missing_field(field: &'static str) -> Self {
        Error {
            problem: Problem::Missing(field),
            drop: None,
        }
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let hint = did_you_mean(variant, expected.iter().copied())
            .or_else(|| Some(format!("use one of: {}", expected.join(", "))));
        Error::unlocated(
            "invalid-value",
            format!(
                "`{}` is not one of {}",
                one_line(variant, 60),
                expected.join(", ")
            ),
            hint,
        )
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Self {
        Error::unlocated(
            "wrong-type",
            format!("expected {exp} here, not {unexp}"),
            None,
        )
    }
}

/// A deserializer over one node. `key` is the mapping key the node is the
/// value of, if it is one; `required` gives the keys a mapping with the
/// given keys must have, when they are known (inside what [`lenient`]
/// reads).
struct NodeDe<'a> {
    node: &'a Node,
    ctx: &'a Ctx<'a>,
    key: Option<&'a Node>,
    required: Option<Required<'a>>,
}

/// The required keys of the struct with the given fields, if known.
type Required<'a> = &'a dyn Fn(&[&str]) -> Option<Vec<String>>;

impl<'a> NodeDe<'a> {
    fn new(node: &'a Node, ctx: &'a Ctx<'a>) -> Self {
        NodeDe {
            node,
            ctx,
            key: None,
            required: None,
        }
    }

    fn requiring(self, required: Required<'a>) -> Self {
        NodeDe {
            required: Some(required),
            ..self
        }
    }

    /// A finding at this node (at its key, when the node is empty).
    fn fail(&self, code: &'static str, message: String, hint: &str) -> Error {
        let at = match (&self.node.value, self.key) {
            (Kind::Null, Some(key)) => self.ctx.at(key),
            _ => self.ctx.at(self.node),
        };
        Error::found(Finding::error(code, message, at).with_hint(Some(hint.to_string())))
    }

    /// The node is not of the `wanted` kind.
    fn wrong(&self, wanted: Wanted) -> Error {
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

    fn key_text(&self, key: &Node) -> String {
        one_line(self.ctx.scalar_text(key).unwrap_or("?"), 60)
    }

    /// The node as text, for a text or a word from a list of values.
    fn text(&self) -> Option<&'a str> {
        match &self.node.value {
            Kind::Str(s) => Some(s),
            Kind::Int(_) | Kind::Float(_) | Kind::Bool(_) => raw(self.ctx.text, self.node),
            _ => None,
        }
    }

    fn child(&self, node: &'a Node, key: Option<&'a Node>) -> Self {
        NodeDe {
            node,
            ctx: self.ctx,
            key,
            required: self.required,
        }
    }

    fn whole(&self) -> Result<i64, Error> {
        match &self.node.value {
            Kind::Int(n) => i64::try_from(*n).map_err(|_| self.too_large()),
            Kind::Float(_) if self.spelt_as_integer() => Err(self.too_large()),
            _ => Err(self.wrong(Wanted::Whole)),
        }
    }

    fn spelt_as_integer(&self) -> bool {
        raw(self.ctx.text, self.node).is_some_and(|r| {
            let digits = r.trim_start_matches(['-', '+']);
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
        })
    }

    fn too_large(&self) -> Error {
        let spelt = raw(self.ctx.text, self.node).unwrap_or("this number");
        self.fail(
            "out-of-range",
            format!("{} is out of range", one_line(spelt, 40)),
            "use a small whole number; the tables in the map format reference give each field's range",
        )
    }

    fn number(&self) -> Result<f64, Error> {
        match &self.node.value {
            Kind::Int(n) => Ok(*n as f64),
            Kind::Float(f) if f.is_finite() => Ok(*f),
            Kind::Float(_) => Err(self.not_finite()),
            _ => Err(self.wrong(Wanted::Number)),
        }
    }

    fn not_finite(&self) -> Error {
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
enum Wanted {
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
struct Kept<'a> {
    entries: Vec<(&'a str, &'a Node, &'a Node)>,
    /// Struct fields written with no value, which count as absent.
    empty: Vec<&'a Node>,
    /// The fields that unknown keys are likely misspellings of.
    misspelt: Vec<&'static str>,
}

impl<'a> NodeDe<'a> {
    fn kept_entries(
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
    fn report_also_missing(
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
    fn missing(&self, field: &str, entries: &[(Node, Node)], kept: &Kept) -> Error {
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

/// An unknown key, with the nearest allowed one or the list of them.
pub fn unknown_key(at: Location, key: &str, allowed: &[&str]) -> Finding {
    let hint = did_you_mean(key, allowed.iter().copied())
        .or_else(|| Some(format!("valid keys here: {}", allowed.join(", "))));
    let len = key.chars().count();
    Finding::error(
        "unknown-key",
        format!("unknown key `{}`", one_line(key, 60)),
        at.with_len(len),
    )
    .with_hint(hint)
}

mod access;
use access::{AtAccess, MapAcc, SeqAcc};

#[cfg(test)]
mod tests;
