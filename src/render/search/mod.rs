//! The client-side search's index, in files small enough that a query
//! loads only the few it needs (see [`files`] for their layout): at 10,000
//! touchpoints a search for a word downloads tens of kilobytes where one
//! JSON file of everything took 35 MB.
//!
//! Kept whole in `serve`, so that after an edit to a note only the files
//! of the documents and words that changed are written again.

mod docs;
mod files;
mod terms;

pub use docs::plain_text;
use docs::{Doc, note_doc, other_docs, touchpoint_doc};
use files::Keys;
use pagefind_stem::Stemmer;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use terms::Field;

use crate::analyse::Analysed;
use crate::render::urls::Urls;

/// The folder of the index's files, below the site's root.
pub const FOLDER: &str = files::FOLDER;

/// A document's stems (ids into [`SearchIndex::stems`]) with the field
/// each stands best in, sorted by stem.
type Terms = Vec<(u32, Field)>;

/// The search index of a map.
pub struct SearchIndex {
    docs: Vec<Doc>,
    terms: Vec<Terms>,
    stems: Vec<String>,
    stem_ids: HashMap<String, u32>,
    /// Every word of the map, with its stem.
    words: HashMap<String, u32>,
    stemmer: Stemmer,
    keys: Keys,
    /// The map's stage and channel ids, by index.
    stage_ids: Vec<String>,
    channel_ids: Vec<String>,
    /// The document of each touchpoint and note (model order).
    touchpoint_doc: Vec<usize>,
    note_doc: Vec<usize>,
    /// Each kind's name as the map's language says it ("Touchpoint"), which
    /// a document is found by too.
    kind_words: Vec<String>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("docs", &self.docs.len())
            .field("stems", &self.stems.len())
            .field("shards", &self.keys.len())
            .finish()
    }
}

impl SearchIndex {
    /// The index of map `a`; `serving` holds, per persona, the touchpoints
    /// that serve it (the render context's lists, which the persona pages
    /// count too).
    pub fn build(a: &Analysed, urls: &Urls, serving: &[Vec<usize>]) -> SearchIndex {
        let m = &a.model;
        let note_text: Vec<String> = m.notes.par_iter().map(|n| plain_text(&n.body)).collect();
        // Touchpoints numbered cell by cell, so that a cell's (and a
        // stage's) touchpoints are one run of documents for the filters.
        let mut order: Vec<usize> = (0..m.touchpoints.len()).collect();
        let cell = |i: usize| {
            let t = &m.touchpoints[i];
            (
                m.index
                    .stages
                    .get(&t.stage.id)
                    .copied()
                    .unwrap_or(usize::MAX),
                m.index
                    .channels
                    .get(&t.channel.id)
                    .copied()
                    .unwrap_or(usize::MAX),
            )
        };
        order.sort_by_key(|&i| cell(i));
        let mut docs: Vec<Doc> = order
            .par_iter()
            .map(|&i| touchpoint_doc(a, urls, i))
            .collect();
        let mut touchpoint_doc = vec![0; m.touchpoints.len()];
        for (d, &i) in order.iter().enumerate() {
            touchpoint_doc[i] = d;
        }
        docs.extend(other_docs(a, urls, serving));
        let first_note = docs.len();
        docs.par_extend(
            (0..m.notes.len())
                .into_par_iter()
                .map(|i| note_doc(a, urls, i)),
        );
        let kind_words = docs::KINDS
            .iter()
            .map(|k| m.words.text(&format!("search-kind-{k}")))
            .collect();
        let mut index = SearchIndex {
            terms: Vec::new(),
            stems: Vec::new(),
            stem_ids: HashMap::new(),
            words: HashMap::new(),
            stemmer: terms::stemmer(m.words.language()),
            keys: Keys::new(vec![String::new()]),
            stage_ids: m.stages.iter().map(|s| s.id.clone()).collect(),
            channel_ids: m.channels.iter().map(|c| c.id.clone()).collect(),
            touchpoint_doc,
            note_doc: (first_note..first_note + m.notes.len()).collect(),
            kind_words,
            docs,
        };
        let all: Vec<usize> = (0..index.docs.len()).collect();
        index.terms = index.index_docs(&all, &note_text);
        index.keep_what_results_show(&all, &note_text);
        index.keys = Keys::new(files::shard_keys(&index.dictionary_sizes()));
        index
    }

    /// The terms of documents `which`, every new word stemmed and added
    /// to the dictionary. Two passes over the words, so that no document's
    /// words are held as strings: at 10,000 touchpoints those were 270 MB.
    /// `note_text` is the plain text of the notes (in model order) the
    /// documents are found by: read for the indexing, not kept (`serve`
    /// keeps the index between edits, and the text is 17 MB at 10,000
    /// touchpoints).
    fn index_docs(&mut self, which: &[usize], note_text: &[String]) -> Vec<Terms> {
        let new: HashSet<String> = which
            .par_iter()
            .fold(HashSet::new, |mut new, &d| {
                self.each_word(&self.docs[d], note_text, |w, _| {
                    if !self.words.contains_key(w) && !new.contains(w) {
                        new.insert(w.to_string());
                    }
                });
                new
            })
            .reduce(HashSet::new, |mut a, b| {
                a.extend(b);
                a
            });
        let mut stemmed: Vec<(String, String)> = new
            .into_par_iter()
            .map(|w| {
                let stem = self.stemmer.stem(&w).into_owned();
                (w, stem)
            })
            .collect();
        // Stem ids in the order of the words, whatever the threads did.
        stemmed.sort_unstable();
        for (word, stem) in stemmed {
            let id = match self.stem_ids.get(&stem) {
                Some(&id) => id,
                None => {
                    let id = u32::try_from(self.stems.len()).unwrap_or(u32::MAX);
                    self.stems.push(stem.clone());
                    self.stem_ids.insert(stem, id);
                    id
                }
            };
            self.words.insert(word, id);
        }
        which
            .par_iter()
            .map(|&d| {
                let mut terms: Terms = Vec::new();
                self.each_word(&self.docs[d], note_text, |w, f| {
                    if let Some(&s) = self.words.get(w) {
                        terms.push((s, f));
                    }
                });
                // Each stem once, with the best field it stands in.
                terms.sort_unstable();
                terms.dedup_by(|later, kept| {
                    let same = later.0 == kept.0;
                    if same {
                        kept.1 = kept.1.max(later.1);
                    }
                    same
                });
                terms.shrink_to_fit();
                terms
            })
            .collect()
    }

    /// Once their words are indexed, documents `which` keep only what a
    /// result shows: the start of their text.
    fn keep_what_results_show(&mut self, which: &[usize], note_text: &[String]) {
        for &d in which {
            let doc = &mut self.docs[d];
            let text = doc.own_note.map_or(&doc.text, |n| &note_text[n]);
            doc.text = files::snippet_text(text);
        }
    }

    /// Calls `f` with each word of `doc` and the field it stands in.
    fn each_word(&self, doc: &Doc, note_text: &[String], mut f: impl FnMut(&str, Field)) {
        let kind = self.kind_words.get(doc.kind).map_or("", String::as_str);
        let text = doc.own_note.map_or(&doc.text, |n| &note_text[n]);
        let notes = doc.notes.iter().map(|&n| (Field::Body, &*note_text[n]));
        for (field, text) in [
            (Field::Title, doc.title.as_str()),
            (Field::Meta, doc.meta.as_str()),
            (Field::Meta, kind),
            (Field::Body, text.as_str()),
        ]
        .into_iter()
        .chain(notes)
        {
            for w in terms::words(text) {
                f(&w, field);
            }
        }
    }

    /// Each stem's postings: `document × 4 + field`, by document.
    fn postings(&self) -> Vec<Vec<u32>> {
        let mut postings = vec![Vec::new(); self.stems.len()];
        for (d, terms) in self.terms.iter().enumerate() {
            let d = u32::try_from(d).unwrap_or(u32::MAX >> 2);
            for &(s, f) in terms {
                postings[s as usize].push((d << 2) | f as u32);
            }
        }
        postings
    }

    /// What each stem and each word that is not its own stem weighs in the
    /// dictionary's files, for splitting them.
    fn dictionary_sizes(&self) -> Vec<(&str, usize)> {
        let mut counts = vec![0usize; self.stems.len()];
        for terms in &self.terms {
            for &(s, _) in terms {
                counts[s as usize] += 1;
            }
        }
        let stems = self
            .stems
            .iter()
            .zip(counts)
            .map(|(s, n)| (s.as_str(), s.len() + 5 + 4 * n));
        let words = self.words.iter().filter_map(|(w, &s)| {
            let stem = &self.stems[s as usize];
            (w != stem).then_some((w.as_str(), w.len() + stem.len() + 6))
        });
        stems.chain(words).collect()
    }

    /// `meta.json`: what a query needs before any other file (see
    /// [`files::meta`]).
    pub fn meta(&self) -> Vec<u8> {
        files::meta(&self.docs, &self.keys, &self.stage_ids, &self.channel_ids)
    }

    /// [`SearchIndex::meta`] as the search page carries it, so that the
    /// page's first query asks for its shard at once rather than after a
    /// round trip for `meta.json` (which stays, for a page without it).
    pub fn page_meta(&self) -> String {
        files::page_meta(&self.meta())
    }

    /// Every file of the index: its path below the site's root and its
    /// bytes.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let shards: BTreeSet<usize> = (0..self.keys.len()).collect();
        let chunks: BTreeSet<usize> = (0..self.docs.len().div_ceil(files::CHUNK)).collect();
        self.some_files(&shards, &chunks)
    }

    /// The meta file, shards `shards` and document files `chunks`.
    fn some_files(
        &self,
        shards: &BTreeSet<usize>,
        chunks: &BTreeSet<usize>,
    ) -> Vec<(String, Vec<u8>)> {
        let postings = self.postings();
        let mut stems_of: HashMap<usize, Vec<(&str, &[u32])>> = HashMap::new();
        for (s, p) in self.stems.iter().zip(&postings) {
            let k = self.keys.of(s);
            if shards.contains(&k) && !p.is_empty() {
                stems_of
                    .entry(k)
                    .or_default()
                    .push((s.as_str(), p.as_slice()));
            }
        }
        let mut words_of: HashMap<usize, Vec<(&str, &str)>> = HashMap::new();
        for (w, &s) in &self.words {
            let stem = self.stems[s as usize].as_str();
            let k = self.keys.of(w);
            if w != stem && shards.contains(&k) && !postings[s as usize].is_empty() {
                words_of.entry(k).or_default().push((w.as_str(), stem));
            }
        }
        let mut out = vec![(files::meta_path(), self.meta())];
        out.par_extend(shards.par_iter().map(|&k| {
            let mut stems = stems_of.get(&k).cloned().unwrap_or_default();
            let mut words = words_of.get(&k).cloned().unwrap_or_default();
            stems.sort_unstable_by_key(|(s, _)| *s);
            words.sort_unstable();
            (files::shard_path(k), files::shard(&stems, &words))
        }));
        out.par_extend(chunks.par_iter().filter_map(|&c| {
            let start = c * files::CHUNK;
            let docs = self
                .docs
                .get(start..(start + files::CHUNK).min(self.docs.len()))?;
            Some((files::chunk_path(c), files::chunk(docs)))
        }));
        out
    }

    /// Redoes the documents of notes `notes` (indices into `model.notes`),
    /// whose text changed, and of the touchpoints that carry their words;
    /// returns the files that changed.
    pub fn update_notes(
        &mut self,
        a: &Analysed,
        urls: &Urls,
        notes: &[usize],
    ) -> Vec<(String, Vec<u8>)> {
        let m = &a.model;
        let mut changed = BTreeSet::new();
        for &i in notes {
            if let Some(ids) = a.analysis.backlinks.note_touchpoints.get(&m.notes[i].id) {
                for t in ids.iter().filter_map(|id| m.index.touchpoints.get(id)) {
                    changed.insert(self.touchpoint_doc[*t]);
                }
            }
        }
        for &i in notes {
            self.docs[self.note_doc[i]] = note_doc(a, urls, i);
            changed.insert(self.note_doc[i]);
        }
        for (t, &d) in self.touchpoint_doc.iter().enumerate() {
            if changed.contains(&d) && self.docs[d].kind == 0 {
                self.docs[d] = touchpoint_doc(a, urls, t);
            }
        }
        let which: Vec<usize> = changed.iter().copied().collect();
        // The text of the notes the changed documents are found by.
        let needed: BTreeSet<usize> = which
            .iter()
            .flat_map(|&d| self.docs[d].own_note.iter().chain(&self.docs[d].notes))
            .copied()
            .collect();
        let mut note_text = vec![String::new(); m.notes.len()];
        for n in needed {
            note_text[n] = plain_text(&m.notes[n].body);
        }
        let words_before: HashSet<String> = self.words.keys().cloned().collect();
        let terms = self.index_docs(&which, &note_text);
        self.keep_what_results_show(&which, &note_text);
        // The shards of every stem that a changed document lost or gained
        // (and of its words, listed only while it has documents), and of
        // every word new to the map.
        let mut stems = HashSet::new();
        for (&d, new) in which.iter().zip(terms) {
            let old = std::mem::replace(&mut self.terms[d], new);
            let old: HashSet<(u32, Field)> = old.into_iter().collect();
            let now: HashSet<(u32, Field)> = self.terms[d].iter().copied().collect();
            stems.extend(old.symmetric_difference(&now).map(|(s, _)| *s));
        }
        let mut shards: BTreeSet<usize> = stems
            .iter()
            .map(|&s| self.keys.of(&self.stems[s as usize]))
            .collect();
        for (w, s) in &self.words {
            if stems.contains(s) || !words_before.contains(w) {
                shards.insert(self.keys.of(w));
            }
        }
        let chunks = which.iter().map(|d| d / files::CHUNK).collect();
        self.some_files(&shards, &chunks)
    }
}

/// The index read back as the page's script reads it: a query's words
/// looked up in their shards, the postings intersected, the documents
/// read from their files.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use serde_json::Value;
    use std::path::Path;

    fn example() -> Analysed {
        analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
    }

    fn index_of(a: &Analysed) -> (SearchIndex, HashMap<String, Value>) {
        let urls = Urls::new("/");
        let ctx = crate::render::views::Ctx::new(a, &urls, None);
        let index = SearchIndex::build(a, &urls, &ctx.lists().persona);
        let files = index
            .files()
            .into_iter()
            .map(|(p, b)| (p, serde_json::from_slice(&b).unwrap()))
            .collect();
        (index, files)
    }

    /// The documents that have every word of `query` (exactly, as a prefix,
    /// or through a word of the map with the same stem), as app.js finds them:
    /// their titles, best first.
    fn search(files: &HashMap<String, Value>, query: &str) -> Vec<String> {
        let meta = &files["search-index/meta.json"];
        let keys: Vec<&str> = meta["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        let key_of = |s: &str| {
            (0..keys.len())
                .filter(|&k| s.starts_with(keys[k]))
                .max_by_key(|&k| keys[k].len())
                .unwrap()
        };
        let shard = |k: usize| &files[&format!("search-index/t/{k}.json")];
        let postings = |stem: &str| -> Vec<(u64, u64)> {
            let mut doc = 0;
            shard(key_of(stem))["s"][stem]
                .as_array()
                .map(|p| {
                    p.iter()
                        .map(|v| {
                            let v = v.as_u64().unwrap();
                            doc += v / 4;
                            (doc, v % 4)
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut scores: Option<HashMap<u64, u64>> = None;
        for word in terms::words(query).map(|w| w.into_owned()) {
            let s = shard(key_of(&word));
            let mut stems: Vec<String> = s["s"]
                .as_object()
                .unwrap()
                .keys()
                .filter(|k| k.starts_with(&*word))
                .cloned()
                .collect();
            for (w, stem) in s["w"].as_object().unwrap() {
                if w.starts_with(&*word) {
                    stems.push(stem.as_str().unwrap().to_string());
                }
            }
            // A form the map does not have: the longest stem it starts with,
            // missing at most three letters.
            if stems.is_empty() {
                stems.extend(
                    s["s"]
                        .as_object()
                        .unwrap()
                        .keys()
                        .filter(|k| {
                            k.chars().count() >= 3
                                && word.starts_with(k.as_str())
                                && word.chars().count() - k.chars().count() <= 3
                        })
                        .max_by_key(|k| k.len())
                        .cloned(),
                );
            }
            let mut found: HashMap<u64, u64> = HashMap::new();
            for stem in stems {
                for (d, f) in postings(&stem) {
                    let w = [0, 1, 10, 100][f as usize];
                    let e = found.entry(d).or_default();
                    *e = (*e).max(w);
                }
            }
            scores = Some(match scores {
                None => found,
                Some(before) => before
                    .into_iter()
                    .filter_map(|(d, s)| found.get(&d).map(|f| (d, s + f)))
                    .collect(),
            });
        }
        let mut hits: Vec<(u64, u64)> = scores.unwrap_or_default().into_iter().collect();
        hits.sort_by_key(|&(d, s)| (std::cmp::Reverse(s), d));
        let chunk = meta["chunk"].as_u64().unwrap();
        hits.iter()
            .map(|&(d, _)| {
                let docs = &files[&format!("search-index/d/{}.json", d / chunk)];
                docs[(d % chunk) as usize][0].as_str().unwrap().to_string()
            })
            .collect()
    }

    #[test]
    fn a_word_finds_its_documents_title_first() {
        let a = example();
        let (_, files) = index_of(&a);
        let hits = search(&files, "hotline");
        assert_eq!(
            hits.first().map(String::as_str),
            Some("Hotline for size exchanges"),
            "{hits:?}"
        );
        // Every word must match.
        assert!(search(&files, "hotline zzzz").is_empty());
        // A prefix, as while typing; another form of the word, which the map
        // does not have ("hotlines"), through its stem.
        assert_eq!(search(&files, "hotl")[0], "Hotline for size exchanges");
        assert_eq!(search(&files, "HOTLINES")[0], "Hotline for size exchanges");
        assert!(
            search(&files, "size exchange").contains(&"Hotline for size exchanges".to_string())
        );
    }

    #[test]
    fn a_word_of_a_note_finds_the_note_and_its_touchpoints() {
        let a = example();
        let (_, files) = index_of(&a);
        let hits = search(&files, "abandonment");
        assert!(
            hits.contains(&"Checkout study (March 2026)".to_string()),
            "{hits:?}"
        );
    }

    #[test]
    fn every_kind_has_its_run_of_documents_and_a_cell_its_touchpoints() {
        let a = example();
        let (index, files) = index_of(&a);
        let meta = &files["search-index/meta.json"];
        let kinds: Vec<&str> = meta["kinds"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k[0].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            [
                "touchpoint",
                "kpi",
                "competitor",
                "persona",
                "stage",
                "channel",
                "benefit",
                "note"
            ]
        );
        assert_eq!(meta["docs"], index.docs.len());
        let m = &a.model;
        for cell in meta["cells"].as_array().unwrap() {
            let (stage, channel) = (cell[0].as_str().unwrap(), cell[1].as_str().unwrap());
            let (start, end) = (cell[2].as_u64().unwrap(), cell[3].as_u64().unwrap());
            let expected = m
                .touchpoints
                .iter()
                .filter(|t| t.stage.id == stage && t.channel.id == channel)
                .count();
            assert_eq!((end - start) as usize, expected, "{stage} × {channel}");
        }
    }

    #[test]
    fn an_author_s_markup_stays_text_in_the_index() {
        let mut a = example();
        a.model.touchpoints[0].name = "<script>alert(1)</script>".into();
        let (_, files) = index_of(&a);
        let all: String = files
            .iter()
            .filter(|(p, _)| p.starts_with("search-index/d/"))
            .map(|(_, v)| v.to_string())
            .collect();
        // JSON keeps it as a string; the page puts it in as text.
        assert!(all.contains("<script>alert(1)</script>"));
    }

    #[test]
    fn the_line_under_a_title_adds_to_the_kind_and_never_dangles() {
        let a = example();
        let (index, _) = index_of(&a);
        for d in &index.docs {
            let kind = docs::KINDS[d.kind];
            let words: Vec<String> = d.meta.split_whitespace().map(str::to_lowercase).collect();
            assert!(!words.contains(&kind.to_string()), "{kind} {:?}", d.meta);
            assert!(
                !d.meta.starts_with(" · ") && !d.meta.ends_with(" · ") && d.meta.trim() == d.meta,
                "{:?}",
                d.meta
            );
        }
        let meta = |title: &str| {
            index
                .docs
                .iter()
                .find(|d| d.title == title)
                .unwrap()
                .meta
                .clone()
        };
        assert_eq!(meta("About this map"), "");
        assert_eq!(meta("Touchpoint workshop — 12 May 2026"), "workshops/");
        assert_eq!(
            meta("Checkout study (March 2026)"),
            "research, decision, e-commerce"
        );
        assert_eq!(meta("Awareness"), "1 of 5 · 7 touchpoints");
        assert!(meta("Product page conversion rate").starts_with("off target · latest "));
    }
}
