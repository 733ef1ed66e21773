//! The serde access types of `de.rs`: a list's items, a mapping's
//! entries, what `At<T>` reads (its node's position, then the value), and
//! what a value told by its keys reads (its mapping's keys, then the value).
//! Each names the entry to leave out when a value in it fails.

use super::{Error, NodeDe};
use crate::load::located::Pos;
use crate::load::node::Node;
use serde::de::value::{BorrowedStrDeserializer, SeqDeserializer, U32Deserializer};
use serde::de::{self, DeserializeSeed};

pub(super) struct SeqAcc<'a, 'b> {
    pub(super) de: &'b NodeDe<'a>,
    pub(super) items: Vec<&'a Node>,
    pub(super) next: usize,
    pub(super) list_key: Option<&'a str>,
}

impl<'de> de::SeqAccess<'de> for SeqAcc<'de, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.get(self.next).copied() else {
            return Ok(None);
        };
        self.next += 1;
        seed.deserialize(self.de.child(item, None))
            .map(Some)
            .map_err(|e| {
                if e.drop.is_none()
                    && let Some(list_key) = self.list_key
                {
                    self.de.ctx.note_failed(list_key, item);
                }
                e.at(item, self.de.ctx).dropping(item)
            })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.next)
    }
}

pub(super) struct MapAcc<'a, 'b> {
    pub(super) de: &'b NodeDe<'a>,
    pub(super) entries: Vec<(&'a str, &'a Node, &'a Node)>,
    pub(super) next: usize,
    /// Keys of a struct are field names; those of a map are values in their own right.
    pub(super) structured: bool,
}

impl<'de> de::MapAccess<'de> for MapAcc<'de, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(&(name, key, _)) = self.entries.get(self.next) else {
            return Ok(None);
        };
        let result = if self.structured {
            seed.deserialize(BorrowedStrDeserializer::<Error>::new(name))
        } else {
            seed.deserialize(self.de.child(key, None))
        };
        result
            .map(Some)
            .map_err(|e| e.at(key, self.de.ctx).dropping(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some(&(_, key, value)) = self.entries.get(self.next) else {
            return Err(Error::unlocated(
                "wrong-type",
                "a value was read before its key".into(),
                None,
            ));
        };
        self.next += 1;
        seed.deserialize(self.de.child(value, Some(key)))
            .map_err(|e| e.at(value, self.de.ctx).dropping(key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len() - self.next)
    }
}

/// What `At<T>` reads: its node's line, column and length, then the value.
pub(super) struct AtAccess<'a> {
    pub(super) de: Option<NodeDe<'a>>,
    pub(super) p: Pos,
    pub(super) step: u8,
}

impl<'de> de::SeqAccess<'de> for AtAccess<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        self.step += 1;
        let number = match self.step {
            1 => self.p.line,
            2 => self.p.column,
            3 => self.p.len,
            _ => {
                return match self.de.take() {
                    Some(de) => seed.deserialize(de).map(Some),
                    None => Ok(None),
                };
            }
        };
        seed.deserialize(U32Deserializer::<Error>::new(number))
            .map(Some)
    }
}

/// What a value told by its keys reads (see `load::emotion`): its
/// mapping's keys, then the value.
pub(super) struct KeysAccess<'a> {
    pub(super) keys: Option<Vec<&'a str>>,
    pub(super) de: Option<NodeDe<'a>>,
}

impl<'de> de::SeqAccess<'de> for KeysAccess<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if let Some(keys) = self.keys.take() {
            let keys = SeqDeserializer::<_, Error>::new(keys.into_iter());
            return seed.deserialize(keys).map(Some);
        }
        match self.de.take() {
            Some(de) => seed.deserialize(de).map(Some),
            None => Ok(None),
        }
    }
}
