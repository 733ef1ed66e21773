//! The search index as files, so that a query loads only what it needs:
//!
//! - `search-index/meta.json`: how many documents, where each kind's
//!   documents are, the touchpoints of each map cell (for the filters),
//!   and the keys of the shards;
//! - `search-index/t/N.json`: shard N of the dictionary: the stems whose
//!   key is `keys[N]` with their postings, and the words of the map that
//!   have another stem than themselves, with that stem;
//! - `search-index/d/N.json`: documents `N * CHUNK ..`, as a result shows
//!   them.
//!
//! A string's key is the longest key that starts it (`""` at least): the
//! shards split the dictionary by prefix, at most about [`SHARD_BYTES`]
//! each, so a query's word loads the shard of its first letters.

use super::docs::{Doc, KINDS};
use super::terms::LONGEST_WORD;
use serde_json::json;

/// The folder of the index, below the site's root.
pub const FOLDER: &str = "search-index";
/// Documents per file of documents: a page of results loads a few.
pub const CHUNK: usize = 8;
/// About how large a shard may grow before it is split by one more letter.
pub const SHARD_BYTES: usize = 12_000;
/// The characters of a result's snippet text.
const SNIPPET_CHARS: usize = 240;

pub fn meta_path() -> String {
    format!("{FOLDER}/meta.json")
}

pub fn shard_path(n: usize) -> String {
    format!("{FOLDER}/t/{n}.json")
}

pub fn chunk_path(n: usize) -> String {
    format!("{FOLDER}/d/{n}.json")
}

/// The keys that split `items` (each a string and about how many bytes it
/// takes in its shard) into shards of about [`SHARD_BYTES`]; sorted, with
/// `""` first.
pub fn shard_keys(items: &[(&str, usize)]) -> Vec<String> {
    let mut sorted: Vec<(Vec<char>, usize)> = items
        .iter()
        .map(|(s, n)| (s.chars().take(LONGEST_WORD).collect(), *n))
        .collect();
    sorted.sort_unstable();
    let mut keys = vec![String::new()];
    split(&sorted, 0, &mut keys);
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Splits `items` (sorted, all sharing their first `depth` characters) by
/// their next character while they are too many for one shard.
fn split(items: &[(Vec<char>, usize)], depth: usize, keys: &mut Vec<String>) {
    let total: usize = items.iter().map(|(_, n)| n).sum();
    if total <= SHARD_BYTES {
        return;
    }
    // Those no longer than `depth` stay in the shard of their prefix.
    let rest = items.partition_point(|(s, _)| s.len() <= depth);
    let mut start = rest;
    while start < items.len() {
        let c = items[start].0[depth];
        let end = start + items[start..].partition_point(|(s, _)| s[depth] == c);
        keys.push(items[start].0[..=depth].iter().collect());
        split(&items[start..end], depth + 1, keys);
        start = end;
    }
}

/// Finds the shard of a string: the longest key that starts it.
pub struct Keys {
    keys: Vec<String>,
    index: std::collections::HashMap<String, usize>,
}

impl Keys {
    pub fn new(keys: Vec<String>) -> Keys {
        let index = keys
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        Keys { keys, index }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// The shard of `s`.
    pub fn of(&self, s: &str) -> usize {
        let mut ends = [0; LONGEST_WORD];
        let mut n = 0;
        for (i, c) in s.char_indices().take(LONGEST_WORD) {
            ends[n] = i + c.len_utf8();
            n += 1;
        }
        ends[..n]
            .iter()
            .rev()
            .find_map(|&end| self.index.get(&s[..end]).copied())
            .or_else(|| self.index.get("").copied())
            .unwrap_or(0)
    }

    pub fn all(&self) -> &[String] {
        &self.keys
    }
}

/// `meta.json`: `kinds` gives each kind's first and last-but-one document,
/// `cells` the documents of each (stage, channel) cell's touchpoints (the
/// touchpoints are numbered cell by cell) by the stage's and channel's ids.
pub fn meta(docs: &[Doc], keys: &Keys, stages: &[String], channels: &[String]) -> Vec<u8> {
    let mut kinds: Vec<(usize, usize, usize)> = Vec::new();
    let mut cells: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        match kinds.last_mut() {
            Some((k, _, end)) if *k == d.kind => *end = i + 1,
            _ => kinds.push((d.kind, i, i + 1)),
        }
        if let Some((s, c)) = d.cell {
            match cells.last_mut() {
                Some((ls, lc, _, end)) if (*ls, *lc) == (s, c) => *end = i + 1,
                _ => cells.push((s, c, i, i + 1)),
            }
        }
    }
    let id = |list: &[String], i: usize| list.get(i).cloned().unwrap_or_default();
    let doc = json!({
        "docs": docs.len(),
        "chunk": CHUNK,
        "keys": keys.all(),
        "kinds": kinds.iter().map(|(k, s, e)| json!([KINDS[*k], s, e])).collect::<Vec<_>>(),
        "cells": cells.iter().map(|(s, c, a, b)| json!([id(stages, *s), id(channels, *c), a, b])).collect::<Vec<_>>(),
    });
    serde_json::to_vec(&doc).unwrap_or_default()
}

/// `meta.json` as the search page carries it, inside a `<script
/// type="application/json">` element: without `<`, so that nothing in it
/// can end the element (`\u003c` is the same character to JSON).
pub fn page_meta(meta: &[u8]) -> String {
    String::from_utf8_lossy(meta).replace('<', "\\u003c")
}

/// A shard: `s` maps each stem to its postings, `w` each word to its stem.
/// A posting is `(document − previous document) × 4 + field`, the field
/// (1 body, 2 meta, 3 title) being where the stem stands best.
pub fn shard(stems: &[(&str, &[u32])], words: &[(&str, &str)]) -> Vec<u8> {
    let mut out = String::from("{\"s\":{");
    for (i, (stem, postings)) in stems.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(&mut out, stem);
        out.push_str(":[");
        let mut previous = 0;
        for (j, p) in postings.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            let (doc, field) = (p >> 2, p & 3);
            out.push_str(&((doc - previous) * 4 + field).to_string());
            previous = doc;
        }
        out.push(']');
    }
    out.push_str("},\"w\":{");
    for (i, (word, stem)) in words.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(&mut out, word);
        out.push(':');
        push_json_string(&mut out, stem);
    }
    out.push_str("}}");
    out.into_bytes()
}

fn push_json_string(out: &mut String, s: &str) {
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()));
}

/// A file of documents: each as `[title, address, meta, text]`, the text
/// already cut to the start a snippet shows ([`snippet_text`]).
pub fn chunk(docs: &[Doc]) -> Vec<u8> {
    let rows: Vec<serde_json::Value> = docs
        .iter()
        .map(|d| json!([d.title, d.url, d.meta, d.text]))
        .collect();
    serde_json::to_vec(&rows).unwrap_or_default()
}

/// The first [`SNIPPET_CHARS`] characters of `text`, cut after a word.
pub fn snippet_text(text: &str) -> String {
    match text.char_indices().nth(SNIPPET_CHARS) {
        None => text.to_string(),
        Some((end, _)) => {
            let cut = text[..end]
                .rfind(' ')
                .filter(|&i| i > end / 2)
                .unwrap_or(end);
            format!("{}…", text[..cut].trim_end())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_dictionary_is_one_shard_and_a_large_one_splits_by_prefix() {
        assert_eq!(shard_keys(&[("shoe", 10), ("run", 10)]), [""]);
        let many: Vec<(String, usize)> = (0..2000)
            .map(|i| (format!("{}{}", ["sh", "ru", "a"][i % 3], i), 20))
            .collect();
        let items: Vec<(&str, usize)> = many.iter().map(|(s, n)| (s.as_str(), *n)).collect();
        let keys = Keys::new(shard_keys(&items));
        assert!(keys.len() > 3, "{:?}", keys.all());
        // Every shard is within budget, or cannot split further.
        let mut sizes = vec![0; keys.len()];
        for (s, n) in &items {
            sizes[keys.of(s)] += n;
        }
        assert!(sizes.iter().all(|&n| n <= SHARD_BYTES), "{sizes:?}");
        // A word's shard is that of its longest key prefix.
        let k = keys.of("sh1234");
        assert!("sh1234".starts_with(&keys.all()[k]) && !keys.all()[k].is_empty());
        assert_eq!(keys.all()[keys.of("zebra")], "");
    }

    #[test]
    fn postings_are_deltas_with_the_field() {
        let bytes = shard(
            &[("shoe", &[(3 << 2) | 3, (10 << 2) | 1])],
            &[("shoes", "shoe")],
        );
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v, json!({"s": {"shoe": [15, 29]}, "w": {"shoes": "shoe"}}));
    }

    #[test]
    fn the_page_s_meta_is_the_meta_file_with_nothing_that_ends_its_element() {
        let meta = serde_json::to_vec(&json!({"keys": ["", "</script><!--"]})).unwrap();
        let page = page_meta(&meta);
        assert!(!page.contains('<'), "{page}");
        let read: serde_json::Value = serde_json::from_str(&page).unwrap();
        assert_eq!(
            read,
            serde_json::from_slice::<serde_json::Value>(&meta).unwrap()
        );
    }

    #[test]
    fn a_snippet_text_is_cut_after_a_word() {
        let long = "word ".repeat(100);
        let cut = snippet_text(&long);
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= SNIPPET_CHARS + 1);
        assert_eq!(snippet_text("short"), "short");
    }
}
