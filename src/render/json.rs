//! Pretty JSON with sorted keys, written straight from `Serialize` values.
//!
//! `map.json` was made with `serde_json::to_vec_pretty(&to_value(..))`: the
//! detour through `serde_json::Value` sorts the keys of every object, and for
//! a large map it built a tree five times the size of the file.
//! [`to_chunks`] writes the same bytes (tested against that) without the tree: arrays are
//! written as they come, and each object's entries are written apart and put
//! in key order when the object closes. Written text is kept in chunks that
//! move, never copied, from an entry to its object.

use serde::ser::{self, Serialize};
use std::fmt;

/// `serde_json::to_vec_pretty(&serde_json::to_value(value)?)`, without the
/// intermediate tree, in chunks of about 64 KiB as they were written.
pub fn to_chunks<T: Serialize + ?Sized>(value: &T) -> Result<Vec<Vec<u8>>, Error> {
    let mut out = Rope::default();
    value.serialize(Pretty {
        out: &mut out,
        indent: 0,
    })?;
    let mut chunks = out.done;
    chunks.push(out.current);
    Ok(chunks)
}

/// Text written in chunks of about [`Rope::CHUNK`] bytes.
#[derive(Default)]
struct Rope {
    done: Vec<Vec<u8>>,
    current: Vec<u8>,
}

impl Rope {
    const CHUNK: usize = 64 * 1024;

    fn push(&mut self, bytes: &[u8]) {
        self.current.extend_from_slice(bytes);
        if self.current.len() >= Self::CHUNK {
            self.done.push(std::mem::take(&mut self.current));
        }
    }

    /// Moves `other`'s chunks to the end of this rope (a small one is
    /// copied, so that chunks stay large).
    fn append(&mut self, other: Rope) {
        if other.done.is_empty() {
            self.push(&other.current);
            return;
        }
        if !self.current.is_empty() {
            self.done.push(std::mem::take(&mut self.current));
        }
        self.done.extend(other.done);
        self.current = other.current;
    }
}

impl std::io::Write for Rope {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.push(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// Writes one value at nesting depth `indent` (in steps of two spaces).
struct Pretty<'a> {
    out: &'a mut Rope,
    indent: usize,
}

fn spaces(out: &mut Rope, indent: usize) {
    const SPACES: [u8; 64] = [b' '; 64];
    let mut n = indent * 2;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push(&SPACES[..k]);
        n -= k;
    }
}

fn string(out: &mut Rope, s: &str) {
    // serde_json's escaping, on the string alone.
    serde_json::to_writer(&mut *out, s).expect("writing to memory");
}

fn float(out: &mut Rope, v: f64) {
    // As serde_json::Value holds it: a finite number, else null.
    if v.is_finite() {
        serde_json::to_writer(&mut *out, &v).expect("writing to memory");
    } else {
        out.push(b"null");
    }
}

impl<'a> Pretty<'a> {
    fn raw(self, bytes: &[u8]) -> Result<(), Error> {
        self.out.push(bytes);
        Ok(())
    }

    fn display(self, v: impl fmt::Display) -> Result<(), Error> {
        use std::io::Write;
        write!(self.out, "{v}").map_err(|e| Error(e.to_string()))
    }

    fn array(self) -> Array<'a> {
        self.out.push(b"[");
        Array {
            out: self.out,
            indent: self.indent,
            empty: true,
        }
    }

    fn object(self) -> Object<'a> {
        Object {
            out: self.out,
            indent: self.indent,
            entries: Vec::new(),
            key: None,
        }
    }

    /// `{"variant": <value>}`, as serde_json writes enum variants with data.
    fn variant<T: Serialize + ?Sized>(self, variant: &str, value: &T) -> Result<(), Error> {
        let mut object = self.object();
        object.entry(variant, value)?;
        object.finish();
        Ok(())
    }
}

/// An array being written: elements go out as they come.
struct Array<'a> {
    out: &'a mut Rope,
    indent: usize,
    empty: bool,
}

impl Array<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.out.push(if self.empty { b"\n" } else { b",\n" });
        self.empty = false;
        spaces(self.out, self.indent + 1);
        value.serialize(Pretty {
            out: self.out,
            indent: self.indent + 1,
        })
    }

    fn finish(self) {
        if !self.empty {
            self.out.push(b"\n");
            spaces(self.out, self.indent);
        }
        self.out.push(b"]");
    }
}

/// An object being written: entries are kept as bytes until the object
/// closes, then written in key order (a later duplicate key wins, as in a
/// map).
struct Object<'a> {
    out: &'a mut Rope,
    indent: usize,
    entries: Vec<(String, Rope)>,
    key: Option<String>,
}

impl Object<'_> {
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        let mut text = Rope::default();
        value.serialize(Pretty {
            out: &mut text,
            indent: self.indent + 1,
        })?;
        self.entries.push((key.to_string(), text));
        Ok(())
    }

    fn finish(mut self) {
        // Stable: equal keys keep their order, and the last one is kept.
        self.entries.sort_by(|a, b| a.0.cmp(&b.0));
        let mut entries: Vec<(String, Rope)> = Vec::with_capacity(self.entries.len());
        for e in self.entries {
            match entries.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => entries.push(e),
            }
        }
        self.out.push(b"{");
        let empty = entries.is_empty();
        for (i, (key, value)) in entries.into_iter().enumerate() {
            self.out.push(if i == 0 { b"\n" } else { b",\n" });
            spaces(self.out, self.indent + 1);
            string(self.out, &key);
            self.out.push(b": ");
            self.out.append(value);
        }
        if !empty {
            self.out.push(b"\n");
            spaces(self.out, self.indent);
        }
        self.out.push(b"}");
    }
}

impl<'a> ser::Serializer for Pretty<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Array<'a>;
    type SerializeTuple = Array<'a>;
    type SerializeTupleStruct = Array<'a>;
    type SerializeTupleVariant = Variant<'a, Array<'a>>;
    type SerializeMap = Object<'a>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = Variant<'a, Object<'a>>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.raw(if v { b"true" } else { b"false" })
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.display(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        float(self.out, f64::from(v));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        float(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        string(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        string(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut array = self.array();
        for b in v {
            ser::SerializeSeq::serialize_element(&mut array, b)?;
        }
        array.finish();
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant, value)
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Array<'a>, Error> {
        Ok(self.array())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Array<'a>, Error> {
        Ok(self.array())
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Array<'a>, Error> {
        Ok(self.array())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Ok(Variant {
            out: self.out,
            indent: self.indent,
            variant,
            inner: Vec::new(),
            _kind: std::marker::PhantomData,
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Object<'a>, Error> {
        Ok(self.object())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Object<'a>, Error> {
        Ok(self.object())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Ok(Variant {
            out: self.out,
            indent: self.indent,
            variant,
            inner: Vec::new(),
            _kind: std::marker::PhantomData,
        })
    }
}

impl ser::SerializeSeq for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

impl ser::SerializeTuple for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Array<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

impl ser::SerializeMap for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        // Keys become strings, as serde_json::Value's map keys do.
        let key = match serde_json::to_value(key).map_err(|e| Error(e.to_string()))? {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            other => return Err(Error(format!("a map key must be a string, not {other}"))),
        };
        self.key = Some(key);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self
            .key
            .take()
            .ok_or_else(|| Error("a map value without a key".into()))?;
        self.entry(&key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.entry(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish();
        Ok(())
    }
}

/// An enum variant with data, `{"variant": [..]}` or `{"variant": {..}}`:
/// the data is gathered as a `serde_json::Value` (variants are small) and
/// written as one entry.
struct Variant<'a, K> {
    out: &'a mut Rope,
    indent: usize,
    variant: &'static str,
    inner: Vec<(Option<&'static str>, serde_json::Value)>,
    _kind: std::marker::PhantomData<K>,
}

impl<K> Variant<'_, K> {
    fn push<T: Serialize + ?Sized>(
        &mut self,
        key: Option<&'static str>,
        v: &T,
    ) -> Result<(), Error> {
        let v = serde_json::to_value(v).map_err(|e| Error(e.to_string()))?;
        self.inner.push((key, v));
        Ok(())
    }

    fn finish(self, as_object: bool) -> Result<(), Error> {
        let data = if as_object {
            serde_json::Value::Object(
                self.inner
                    .into_iter()
                    .map(|(k, v)| (k.unwrap_or_default().to_string(), v))
                    .collect(),
            )
        } else {
            serde_json::Value::Array(self.inner.into_iter().map(|(_, v)| v).collect())
        };
        Pretty {
            out: self.out,
            indent: self.indent,
        }
        .variant(self.variant, &data)
    }
}

impl ser::SerializeTupleVariant for Variant<'_, Array<'_>> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(None, value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish(false)
    }
}

impl ser::SerializeStructVariant for Variant<'_, Object<'_>> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.push(Some(key), value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn to_vec<T: Serialize>(v: &T) -> Result<Vec<u8>, Error> {
        to_chunks(v).map(|chunks| chunks.concat())
    }

    fn through_value<T: Serialize>(v: &T) -> Vec<u8> {
        serde_json::to_vec_pretty(&serde_json::to_value(v).unwrap()).unwrap()
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Wrapped(u8),
        Pair(u8, String),
        Named { b: bool, a: Option<f64> },
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    enum Either {
        N(f64),
        S(String),
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Sample {
        zeta: Vec<u8>,
        alpha: &'static str,
        empty_list: Vec<u8>,
        empty_map: BTreeMap<String, u8>,
        map: BTreeMap<String, Vec<Kind>>,
        nested: Vec<Vec<(String, i64)>>,
        floats: Vec<f64>,
        either: Vec<Either>,
        unit: Unit,
        #[serde(skip)]
        _skipped: u8,
        text: String,
        ch: char,
        neg: i8,
    }

    #[test]
    fn writes_what_the_detour_through_value_writes() {
        let mut map = BTreeMap::new();
        map.insert(
            "b".to_string(),
            vec![
                Kind::Plain,
                Kind::Wrapped(3),
                Kind::Pair(1, "x".into()),
                Kind::Named { b: true, a: None },
            ],
        );
        map.insert("a".to_string(), vec![]);
        let sample = Sample {
            zeta: vec![1, 2],
            alpha: "a \"quoted\" \\ \n line é",
            empty_list: vec![],
            empty_map: BTreeMap::new(),
            map,
            nested: vec![vec![("k".into(), -4)], vec![]],
            floats: vec![0.1, 2.0, 1e-7, 3.5e21, f64::NAN, f64::INFINITY, -0.0],
            either: vec![Either::N(2.5), Either::S("s".into())],
            unit: Unit,
            _skipped: 0,
            text: "\u{1}\u{7f}</script>".into(),
            ch: 'ü',
            neg: -2,
        };
        assert_eq!(
            String::from_utf8(to_vec(&sample).unwrap()).unwrap(),
            String::from_utf8(through_value(&sample)).unwrap()
        );
    }
}
