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
//!
//! This file holds the entry point and what one file's matching shares;
//! `node_de` is the serde deserializer over nodes, `access` its list and
//! mapping access, `error` why it stops, and `failed` the map format's
//! tables of what a left-out item declares and refers to.

use super::id_kind::IdKind;
use super::located::At;
use super::node::{Kind, Node, pos, raw};
use crate::diagnostics::{Finding, Location, one_line};
use crate::suggest::did_you_mean;
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashSet;
use std::path::Path;

/// What one file's matching shares: its text and name, what was left out
/// so far, and what was found.
pub struct Ctx<'a> {
    text: &'a str,
    rel: &'a Path,
    dropped: RefCell<HashSet<usize>>,
    findings: RefCell<Vec<Finding>>,
    failed: RefCell<Vec<(IdKind, String)>>,
    references: RefCell<Vec<(IdKind, At<String>)>>,
}

/// What reading a file left over besides its findings (see [`Ctx::finish`]).
pub struct Leftovers {
    /// `(kind, id)` of the items left out for their errors.
    pub failed: Vec<(IdKind, String)>,
    /// `(kind, id)` of what those items refer to (see [`Ctx::note_failed`]).
    pub references: Vec<(IdKind, At<String>)>,
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
mod error;
mod failed;
mod node_de;

use error::{Error, Problem};
use node_de::NodeDe;

#[cfg(test)]
mod tests;
