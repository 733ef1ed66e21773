//! [`At<T>`]: a value with the line and column it was read from.
//!
//! It compares by value only (so it can key a map) and describes itself to
//! schemars as the plain `T`, so the JSON Schema stays what a user writes.
//! The loader's deserializer (`de.rs`) hands it the position of its node;
//! any other deserializer gives it position 0:0.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::marker::PhantomData;

/// Line and column (1-based; the column counts characters, not bytes or
/// display cells) of a value in its file, and how many characters its text
/// spans on that line (0 when unknown, e.g. for a block mapping).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
    pub len: u32,
}

#[derive(Clone, Debug, Default)]
pub struct At<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> At<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        At { value, pos }
    }
}

impl At<String> {
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

/// The newtype name by which `At<T>` asks `de.rs` for its node's position:
/// that deserializer answers with a sequence `line, column, len, value`.
pub const AT_MARKER: &str = "__touchmap_at";

impl<'de, T: Deserialize<'de>> Deserialize<'de> for At<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(AT_MARKER, AtVisitor(PhantomData))
    }
}

struct AtVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for AtVisitor<T> {
    type Value = At<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<At<T>, A::Error> {
        let missing = || de::Error::custom("a located value needs a position");
        let line = seq.next_element()?.ok_or_else(missing)?;
        let column = seq.next_element()?.ok_or_else(missing)?;
        let len = seq.next_element()?.ok_or_else(missing)?;
        let value = seq.next_element()?.ok_or_else(missing)?;
        Ok(At::new(value, Pos { line, column, len }))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<At<T>, D::Error> {
        T::deserialize(d).map(|value| At::new(value, Pos::default()))
    }
}

impl<T: PartialEq> PartialEq for At<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}
impl<T: Eq> Eq for At<T> {}
impl<T: Ord> PartialOrd for At<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<T: Ord> Ord for At<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value.cmp(&other.value)
    }
}

impl<T: JsonSchema> JsonSchema for At<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}
