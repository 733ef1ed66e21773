//! Step 1 of the pipeline: **load**. Finds the map folder, walks it, and reads
//! every YAML file, note and CSV series into raw structs that keep the file and
//! position of every value. Nothing is cross-checked here; a file that cannot
//! be read becomes a finding and the rest of the map still loads, so that one
//! run reports every problem.

mod de;
mod emotion;
pub mod id_kind;
mod kpi;
mod lines;
pub mod links;
pub mod located;
mod node;
mod notes;
mod opportunity;
mod profile;
pub mod raw;
pub(crate) mod raw_html;
mod reuse;
mod root;
mod series;
pub mod walk;
pub mod yaml;

pub use notes::{RawNote, front_matter};
pub use root::{LoadError, find_root};
pub use series::{RawSeries, SeriesPoint};

use crate::diagnostics::{Finding, Findings, Location, SourceLookup};
use id_kind::IdKind;
use raw::MapFile;
use rayon::prelude::*;
use reuse::ParsedFile;
pub use reuse::ParsedFiles;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

/// The file that marks a folder as a map.
pub const MAP_FILE: &str = "touchmap.yaml";

/// Files larger than this are refused with a finding rather than parsed: a map
/// file is text a person writes; 32 MiB is far beyond any real one.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// A note or a series file, read and parsed, with the problems found (a
/// note with its stamp, for [`ParsedFiles`]).
enum ReadFile {
    Note(Box<RawNote>, String, Vec<Finding>, Option<reuse::Stamp>),
    Series(Option<RawSeries>, Vec<Finding>),
    Other,
}

/// One parsed YAML file.
#[derive(Debug)]
pub struct LoadedFile {
    /// Path relative to the map folder, with `/` separators.
    pub rel: PathBuf,
    pub content: MapFile,
}

/// Everything read from a map folder, before validation.
#[derive(Debug, Default)]
pub struct RawMap {
    /// The map folder, canonical.
    pub root: PathBuf,
    /// YAML files, `touchmap.yaml` first, then in path order.
    pub files: Vec<LoadedFile>,
    pub notes: Vec<RawNote>,
    pub series: BTreeMap<PathBuf, RawSeries>,
    /// Files that are symbolic links to outside the map folder: never read,
    /// remembered so a reference to one can say why it fails.
    pub refused: BTreeSet<PathBuf>,
    /// Files that were found but could not be read (too large, not UTF-8,
    /// not YAML, a series without a header): a reference to one says so.
    pub unreadable: BTreeSet<PathBuf>,
    /// Ids of the items left out for their errors, by kind as the model
    /// names it (`touchpoint`, `value component`): references to them are
    /// not reported as unknown.
    pub failed: BTreeMap<IdKind, BTreeSet<String>>,
    /// What the items left out refer to: `(file, kind, id)`, checked all
    /// the same.
    pub failed_references: Vec<(PathBuf, IdKind, located::At<String>)>,
    /// YAML files of which a whole section or more could not be read, so
    /// that any id may be missing because of them.
    pub damaged: Vec<PathBuf>,
    /// Whether `touchmap.yaml` has a `site:` that could not be read.
    pub site_failed: bool,
    /// The map folder as the user named it, for paths in messages.
    pub display_root: PathBuf,
    pub sources: Sources,
    /// The map's own templates (`templates/NAME` -> text), overriding the theme's.
    pub templates: BTreeMap<String, String>,
    /// The map's `static/` files: `(path below static/, absolute path)`.
    pub static_files: Vec<(String, PathBuf)>,
    /// The map's own messages (`i18n/pl.ftl` -> text), over the theme's.
    pub messages: BTreeMap<String, String>,
}

/// The texts of the map's YAML files and notes, for quoting in messages.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    texts: BTreeMap<PathBuf, Source>,
}

/// One file's text, and where each of its lines starts: made the first
/// time a line is looked up, so that quoting many findings of one large
/// file does not read it from the top for each one.
#[derive(Debug, Clone)]
struct Source {
    text: String,
    line_starts: OnceLock<Vec<usize>>,
}

impl Source {
    fn new(text: String) -> Self {
        Source {
            text,
            line_starts: OnceLock::new(),
        }
    }

    /// The text from the start of line `line` (1-based), or `None` past the
    /// last line (lines counted as YAML counts them: see [`lines`]).
    fn text_from_line(&self, line: u32) -> Option<&str> {
        let starts = self
            .line_starts
            .get_or_init(|| lines::line_starts(&self.text));
        let start = *starts.get(usize::try_from(line.checked_sub(1)?).ok()?)?;
        (start < self.text.len()).then(|| &self.text[start..])
    }
}

impl Sources {
    pub fn insert(&mut self, rel: PathBuf, text: String) {
        self.texts.insert(rel, Source::new(text));
    }
    pub fn get(&self, rel: &Path) -> Option<&str> {
        self.texts.get(rel).map(|s| s.text.as_str())
    }
    /// The text of `rel` from the start of line `line` (1-based) to its end.
    pub fn text_from_line(&self, rel: &Path, line: u32) -> Option<&str> {
        self.texts.get(rel)?.text_from_line(line)
    }
    /// Keeps only the texts of the files `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&Path) -> bool) {
        self.texts.retain(|rel, _| keep(rel));
    }
    /// Empties every line of `rel` but `lines` (1-based), keeping the line
    /// numbers: all that quoting findings needs of a large file.
    pub fn keep_lines(&mut self, rel: &Path, lines: &BTreeSet<u32>) {
        if let Some(source) = self.texts.get_mut(rel) {
            let text = &source.text;
            let starts = lines::line_starts(text);
            let mut kept = String::new();
            for (i, &start) in starts.iter().enumerate() {
                let line = &text[start..starts.get(i + 1).copied().unwrap_or(text.len())];
                let content = line.trim_end_matches(['\r', '\n']);
                if lines.contains(&(i as u32 + 1)) {
                    kept.push_str(line);
                } else {
                    kept.push_str(&line[content.len()..]);
                }
            }
            *source = Source::new(kept);
        }
    }
}

impl SourceLookup for Sources {
    fn line_of(&self, file: &Path, line: u32) -> Option<&str> {
        lines::lines(self.text_from_line(file, line)?).next()
    }
}

/// Reads the whole map folder. `output` is the output folder the build will
/// write, which is skipped if it lies inside the map.
pub fn load(dir: &Path, findings: &mut Findings) -> Result<RawMap, LoadError> {
    load_reusing(dir, findings, None)
}

/// [`load`], taking each map file whose text is as in `parsed` from there
/// instead of parsing it again, and leaving this load's in `parsed`.
pub fn load_reusing(
    dir: &Path,
    findings: &mut Findings,
    parsed: Option<&mut ParsedFiles>,
) -> Result<RawMap, LoadError> {
    let root = find_root(dir)?;
    let output = configured_output(&root);
    let listing = walk::list_files(&root, output.as_deref(), findings);
    let refused = listing.refused;
    let listing = listing.files;

    // Map files are few but large, notes many but small: both are read on
    // all cores at once, so that the last large file's parse does not wait
    // for the notes, nor the notes for it.
    let (yaml_files, other_files): (Vec<_>, Vec<_>) = listing
        .iter()
        .partition(|(rel, _)| walk::kind_of(rel) == walk::FileKind::Yaml);
    let before = parsed.as_deref();
    let (yaml, texts) = rayon::join(
        || {
            yaml_files
                .par_iter()
                .map(|(rel, abs)| {
                    let read = ParsedFiles::map_file(before, rel, reuse::Source::File(abs));
                    (rel.clone(), read)
                })
                .collect::<Vec<_>>()
        },
        || {
            other_files
                .par_iter()
                .map(|(rel, abs)| {
                    if walk::kind_of(rel) == walk::FileKind::Note {
                        return (rel.clone(), ParsedFiles::read_note(before, rel, abs));
                    }
                    let read = read_text(rel, abs).map(|text| match walk::kind_of(rel) {
                        walk::FileKind::Csv => {
                            let (series, problems) = series::parse(rel, &text);
                            ReadFile::Series(series, problems)
                        }
                        _ => ReadFile::Other,
                    });
                    (rel.clone(), read)
                })
                .collect::<Vec<_>>()
        },
    );

    let mut raw = RawMap {
        root,
        refused,
        display_root: dir.to_path_buf(),
        ..RawMap::default()
    };
    keep_and_assemble(&mut raw, parsed, yaml, texts, findings);
    let theme = read_theme(&raw.root, findings);
    for (name, text) in &theme.templates {
        raw.sources
            .insert(PathBuf::from(format!("templates/{name}")), text.clone());
    }
    for (name, text) in &theme.messages {
        raw.sources
            .insert(PathBuf::from(format!("i18n/{name}")), text.clone());
    }
    raw.templates = theme.templates;
    raw.static_files = theme.static_files;
    raw.messages = theme.messages;
    Ok(raw)
}

/// What follows the reading of a map's files, from a folder or from
/// texts alike: their parses kept in `parsed` for the next load, then the
/// files put together into `raw`.
fn keep_and_assemble(
    raw: &mut RawMap,
    parsed: Option<&mut ParsedFiles>,
    yaml: Vec<(PathBuf, Result<reuse::MapFileRead, Finding>)>,
    texts: Vec<(PathBuf, Result<ReadFile, Finding>)>,
    findings: &mut Findings,
) {
    if let Some(parsed) = parsed {
        parsed.keep_map_files(
            yaml.iter()
                .filter_map(|(rel, read)| Some((rel, read.as_ref().ok()?))),
        );
        parsed.keep_notes(kept_notes(&texts));
    }
    let yaml = yaml
        .into_iter()
        .map(|(rel, read)| (rel, read.map(|(text, file, ..)| (text, file))));
    assemble(raw, texts, yaml, findings);
}

/// The notes among files read, for [`ParsedFiles::keep_notes`].
fn kept_notes(
    texts: &[(PathBuf, Result<ReadFile, Finding>)],
) -> impl Iterator<Item = (&RawNote, &str, &[Finding], Option<reuse::Stamp>)> {
    texts.iter().filter_map(|(_, read)| match read {
        Ok(ReadFile::Note(note, text, problems, stamp)) => {
            Some((&**note, text.as_str(), problems.as_slice(), *stamp))
        }
        _ => None,
    })
}

/// Map files as read, each its text and parse, or why it could not be read.
type ReadYaml = Result<(String, ParsedFile), Finding>;

/// Puts what was read of a map's files into `raw`, reporting their
/// problems: the part of a load after the files are read and parsed.
fn assemble(
    raw: &mut RawMap,
    texts: Vec<(PathBuf, Result<ReadFile, Finding>)>,
    yaml: impl Iterator<Item = (PathBuf, ReadYaml)>,
    findings: &mut Findings,
) {
    for (rel, read) in texts {
        match read {
            Err(f) => {
                raw.unreadable.insert(rel);
                findings.push(f);
            }
            Ok(ReadFile::Note(note, text, problems, _)) => {
                problems.into_iter().for_each(|f| findings.push(f));
                raw.notes.push(*note);
                raw.sources.insert(rel, text);
            }
            Ok(ReadFile::Series(series, problems)) => {
                problems.into_iter().for_each(|f| findings.push(f));
                match series {
                    Some(s) => {
                        raw.series.insert(rel, s);
                    }
                    None => {
                        raw.unreadable.insert(rel);
                    }
                }
            }
            Ok(ReadFile::Other) => {}
        }
    }

    for (rel, read) in yaml {
        let (text, result) = match read {
            Ok(read) => read,
            Err(f) => {
                raw.damaged.push(rel.clone());
                raw.unreadable.insert(rel);
                findings.push(f);
                continue;
            }
        };
        match result {
            Ok(read) => {
                read.findings.into_iter().for_each(|f| findings.push(f));
                for (kind, id) in read.failed {
                    raw.failed.entry(kind).or_default().insert(id);
                }
                for (kind, id) in read.references {
                    raw.failed_references.push((rel.clone(), kind, id));
                }
                if read.lost_section {
                    raw.damaged.push(rel.clone());
                }
                if rel == Path::new(MAP_FILE) {
                    raw.site_failed = read.site_failed;
                }
                if read.empty && rel != Path::new(MAP_FILE) {
                    findings.push(
                        Finding::warning(
                            "empty-file",
                            "this map file is empty",
                            Location::file_start(&rel),
                        )
                        .with_hint(Some(
                            "add a section such as `touchpoints:` or delete the file".into(),
                        )),
                    );
                }
                raw.files.push(LoadedFile {
                    rel: rel.clone(),
                    content: read.content,
                });
            }
            Err(problems) => {
                problems.into_iter().for_each(|f| findings.push(f));
                raw.damaged.push(rel.clone());
                raw.unreadable.insert(rel.clone());
            }
        }
        raw.sources.insert(rel, text);
    }
    raw.files.sort_by(|a, b| {
        (a.rel != Path::new(MAP_FILE), &a.rel).cmp(&(b.rel != Path::new(MAP_FILE), &b.rel))
    });
    raw.notes.sort_by(|a, b| a.rel.cmp(&b.rel));
    raw.damaged.sort();
}

/// Reads a map given as texts in memory, as [`load`] reads it from a folder:
/// each `(path relative to the map folder, text)` by its extension as a map
/// file (`.yaml`), a note (`.md`) or a series (`.csv`); other files are
/// ignored. `root` is the folder the map's attachments are looked up in
/// (it need not exist). Nothing is read from the disk: no walk of a folder
/// (so none of its findings), no theme overrides, no size limit. As in
/// [`load_reusing`], a map file whose text is as in `parsed` is taken from
/// there, and this load's are left in it.
///
/// For tools and fuzzing: every command reads a folder with [`load`].
pub fn load_texts(
    root: &Path,
    files: impl IntoIterator<Item = (PathBuf, String)>,
    findings: &mut Findings,
    parsed: Option<&mut ParsedFiles>,
) -> RawMap {
    let mut raw = RawMap {
        root: root.to_path_buf(),
        display_root: root.to_path_buf(),
        ..RawMap::default()
    };
    let (mut yaml, mut texts) = (Vec::new(), Vec::new());
    for (rel, text) in files {
        match walk::kind_of(&rel) {
            walk::FileKind::Yaml => {
                let read =
                    ParsedFiles::map_file(parsed.as_deref(), &rel, reuse::Source::Text(text));
                yaml.push((rel, read));
            }
            walk::FileKind::Note => {
                let (note, problems) = ParsedFiles::note_or_parse(parsed.as_deref(), &rel, &text);
                texts.push((rel, Ok(ReadFile::Note(note.into(), text, problems, None))));
            }
            walk::FileKind::Csv => {
                let (series, problems) = series::parse(&rel, &text);
                texts.push((rel, Ok(ReadFile::Series(series, problems))));
            }
            walk::FileKind::Other => {}
        }
    }
    yaml.sort_by(|a, b| a.0.cmp(&b.0));
    keep_and_assemble(&mut raw, parsed, yaml, texts, findings);
    raw
}

/// A map's theme overrides, read: its templates' texts, its static files
/// and its messages.
#[derive(Debug, Default, Clone)]
pub struct ThemeInput {
    /// Template name (path below `templates/`) -> text.
    pub templates: BTreeMap<String, String>,
    /// Message file name (`pl.ftl`, below `i18n/`) -> text.
    pub messages: BTreeMap<String, String>,
    /// `(path below static/, absolute path)`.
    pub static_files: Vec<(String, PathBuf)>,
}

/// Reads `templates/` and lists `static/`. Used by the full load and by
/// `serve` when only templates or static files changed.
pub fn read_theme(root: &Path, findings: &mut Findings) -> ThemeInput {
    let listed = walk::list_theme_overrides(root, findings);
    let mut theme = ThemeInput {
        static_files: listed.static_files,
        ..ThemeInput::default()
    };
    for (name, abs) in listed.templates {
        let rel = PathBuf::from(format!("templates/{name}"));
        match read_text(&rel, &abs) {
            Ok(text) => {
                theme.templates.insert(name, text);
            }
            Err(f) => findings.push(f),
        }
    }
    for (name, abs) in listed.messages {
        let rel = PathBuf::from(format!("i18n/{name}"));
        match read_text(&rel, &abs) {
            Ok(text) => {
                theme.messages.insert(name, text);
            }
            Err(f) => findings.push(f),
        }
    }
    theme
}

/// Reads note `rel` (relative to the map folder `root`) again after an edit,
/// for `serve`: the note and its text, or `None` when it cannot be read as
/// cleanly as the full load would (gone, not a plain file, too large, not
/// UTF-8, front matter that does not parse); the caller then reloads the
/// whole map.
pub fn reread_note(root: &Path, rel: &Path) -> Option<(RawNote, String)> {
    let abs = root.join(rel);
    if !std::fs::symlink_metadata(&abs).ok()?.file_type().is_file() {
        return None;
    }
    let text = read_text(rel, &abs).ok()?;
    let (note, problems) = notes::parse(rel, &text);
    problems.is_empty().then_some((note, text))
}

/// What of `site:` in touchmap.yaml is needed before the full load.
#[derive(serde::Deserialize, Default)]
struct SiteHead {
    output: Option<String>,
    base_url: Option<String>,
}

/// `site:` of touchmap.yaml, read on its own; `None` when it cannot be
/// read (the full load reports why).
fn site_head(root: &Path) -> Option<SiteHead> {
    #[derive(serde::Deserialize, Default)]
    struct Head {
        #[serde(default)]
        site: Option<SiteHead>,
    }
    let text = std::fs::read_to_string(root.join(MAP_FILE)).ok()?;
    let head: Head = serde_saphyr::from_str(&text).ok()?;
    head.site
}

/// The `site.output` setting, read ahead of the full load so the walk can skip
/// the output folder. A broken touchmap.yaml is reported by the full load.
pub fn configured_output(root: &Path) -> Option<PathBuf> {
    let output = output_folder(&site_head(root)?.output?)?;
    Some(root.join(output))
}

/// The `site.base_url` setting as written, read ahead of the full load: the
/// address `serve` prints while the map is first read (checked by the model
/// step, which load stands below).
pub fn configured_base_url(root: &Path) -> Option<String> {
    site_head(root)?.base_url
}

/// `site.output` as a plain relative path (`./site-out/` -> `site-out`), or
/// `None` when it is empty, absolute or climbs with `..`.
pub fn output_folder(value: &str) -> Option<String> {
    let p = Path::new(value.trim());
    if p.is_absolute()
        || p.components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return None;
    }
    let parts: Vec<_> = p
        .components()
        .filter_map(|c| match c {
            Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Reads a file as UTF-8 text, refusing oversized and non-UTF-8 files with a
/// finding that points at the first bad byte.
fn read_text(rel: &Path, abs: &Path) -> Result<String, Finding> {
    let size = std::fs::metadata(abs).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(Finding::error(
            "file-too-large",
            format!(
                "this file is {:.1} MiB; map files are limited to {} MiB",
                size as f64 / 1048576.0,
                MAX_FILE_BYTES / 1048576
            ),
            Location::file_start(rel),
        )
        .with_hint(Some(
            "split it into several files; each may hold any section".into(),
        )));
    }
    let bytes = std::fs::read(abs).map_err(|e| {
        Finding::error(
            "unreadable-file",
            format!("cannot read this file: {}", walk::io_reason(&e)),
            Location::file_start(rel),
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = lines::position_after(valid);
        Finding::error(
            "not-utf8",
            "this file is not UTF-8 text",
            Location::new(rel, line, column),
        )
        .with_hint(Some("save the file as UTF-8 in your editor".into()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a load read: every map file's content and every finding.
    fn read(raw: &RawMap, findings: &Findings) -> String {
        format!("{:?}\n{:?}\n{:?}", raw.files, raw.failed, findings)
    }

    /// `text` written to the file `edited` of `map`, then the map loaded as
    /// `serve` loads it after the watcher named the file (reusing
    /// `parsed`), and afresh: each load with its findings.
    fn reloaded(
        map: &Path,
        parsed: &mut ParsedFiles,
        edited: &Path,
        text: &str,
    ) -> [(RawMap, Findings); 2] {
        std::fs::write(map.join(edited), text).unwrap();
        parsed.forget_stamps(&[edited.to_path_buf()]);
        let mut findings = Findings::default();
        let reused = load_reusing(map, &mut findings, Some(parsed)).unwrap();
        let mut fresh_findings = Findings::default();
        let fresh = load(map, &mut fresh_findings).unwrap();
        [(reused, findings), (fresh, fresh_findings)]
    }

    #[test]
    fn a_load_reusing_the_last_parse_reads_what_a_fresh_load_reads() {
        let (_dir, map) = crate::testing::example_map_copy();
        let (edited, kept) = (
            Path::new("touchpoints/ecommerce.yaml"),
            Path::new("touchpoints/retail.yaml"),
        );
        let mut parsed = ParsedFiles::default();
        load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        let text_at = |p: &ParsedFiles, rel: &Path| p.map_file_text(rel).unwrap().as_ptr();
        let kept_before = text_at(&parsed, kept);
        let path = map.join(edited);
        let text = std::fs::read_to_string(&path).unwrap();
        for edit in [
            text.replacen("name: Product pages", "name: Renamed pages", 1),
            // Broken, then mended.
            text.replacen("stage: consideration", "stage: [consideration", 1),
            text.clone(),
        ] {
            let [(reused, findings), (fresh, fresh_findings)] =
                reloaded(&map, &mut parsed, edited, &edit);
            assert_eq!(read(&reused, &findings), read(&fresh, &fresh_findings));
            assert_eq!(findings.has_errors(), edit.contains("[consideration"));
            assert_eq!(
                parsed.map_file_text(edited),
                Some(edit.as_str()),
                "the edited file is parsed again"
            );
            assert_eq!(text_at(&parsed, kept), kept_before, "the others are not");
        }
        std::fs::remove_file(&path).unwrap();
        load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        assert!(
            parsed.map_file_text(edited).is_none(),
            "a deleted file is forgotten"
        );
    }

    #[test]
    fn a_file_whose_stamp_is_as_it_was_is_not_read_again_unless_named() {
        let (_dir, map) = crate::testing::example_map_copy();
        let (yaml, note) = (
            Path::new("touchpoints/ecommerce.yaml"),
            Path::new("notes/research/checkout-study.md"),
        );
        let mut parsed = ParsedFiles::default();
        load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        let change = crate::testing::change_unstamped;
        change(
            &map.join(yaml),
            "name: Product pages",
            "name: Renamed pages",
        );
        change(&map.join(note), "12 moderated", "13 moderated");
        let names = |raw: &RawMap| format!("{:?}{:?}", raw.files, raw.notes);
        let reused = load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        assert!(!names(&reused).contains("Renamed pages"), "taken as it was");
        assert!(!names(&reused).contains("13 moderated"), "taken as it was");
        // `serve` names what its watcher saw change.
        parsed.forget_stamps(&[yaml.to_path_buf(), PathBuf::from("notes/research")]);
        let reread = load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        let fresh = load(&map, &mut Findings::default()).unwrap();
        assert_eq!(names(&reread), names(&fresh));
        assert!(names(&reread).contains("Renamed pages"));
        assert!(names(&reread).contains("13 moderated"));
    }

    #[test]
    fn a_load_reusing_the_last_parse_reads_notes_as_a_fresh_load_does() {
        let (_dir, map) = crate::testing::example_map_copy();
        let (edited, kept) = (
            Path::new("notes/research/checkout-study.md"),
            Path::new("notes/research/persona-interviews.md"),
        );
        let notes = |raw: &RawMap| format!("{:?}", raw.notes);
        let body_at = |raw: &RawMap, rel: &Path| {
            let note = raw.notes.iter().find(|n| n.rel == rel).unwrap();
            note.body.as_ptr()
        };
        let mut parsed = ParsedFiles::default();
        let first = load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        let path = map.join(edited);
        let text = std::fs::read_to_string(&path).unwrap();
        for edit in [
            // The body, then the front matter (a link to a KPI gone, so the
            // same body under other front matter), then broken front matter
            // (a finding), then mended.
            text.replacen("12 moderated", "twelve moderated", 1),
            text.replacen(
                "kpis: [checkout-abandonment, newsletter-signup]",
                "kpis: [newsletter-signup]",
                1,
            ),
            text.replacen(
                "kpis: [checkout-abandonment",
                "kpis: [[checkout-abandonment",
                1,
            ),
            format!("\u{feff}{text}"),
            text.clone(),
        ] {
            let [(reused, findings), (fresh, fresh_findings)] =
                reloaded(&map, &mut parsed, edited, &edit);
            assert_eq!(notes(&reused), notes(&fresh));
            assert_eq!(format!("{findings:?}"), format!("{fresh_findings:?}"));
            assert_eq!(findings.has_errors(), edit.contains("[[checkout"));
            assert_eq!(
                body_at(&reused, kept),
                body_at(&first, kept),
                "a note whose text is as before is not parsed again"
            );
        }
        std::fs::remove_file(&path).unwrap();
        load_reusing(&map, &mut Findings::default(), Some(&mut parsed)).unwrap();
        assert!(!parsed.has_note(edited), "a deleted note is forgotten");
        assert!(parsed.has_note(kept));
    }

    #[test]
    fn a_map_given_as_texts_reads_as_from_its_folder() {
        let (_dir, map) = crate::testing::example_map_copy();
        // A broken file too, so that the findings are compared as well.
        std::fs::write(map.join("broken.yaml"), "touchpoints:\n  - id: [x\n").unwrap();
        let mut findings = Findings::default();
        let from_folder = load(&map, &mut findings).unwrap();
        let texts: Vec<_> = walkdir::WalkDir::new(&map)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file() && walk::kind_of(e.path()) != walk::FileKind::Other)
            .map(|e| {
                let rel = e.path().strip_prefix(&map).unwrap().to_path_buf();
                (rel, std::fs::read_to_string(e.path()).unwrap())
            })
            .collect();
        assert!(findings.has_errors());
        // Parsed afresh, then again taking every map file from the first.
        let mut parsed = ParsedFiles::default();
        for _ in 0..2 {
            let mut in_memory_findings = Findings::default();
            let in_memory = load_texts(
                &from_folder.root,
                texts.clone(),
                &mut in_memory_findings,
                Some(&mut parsed),
            );
            assert_eq!(
                read(&in_memory, &in_memory_findings),
                read(&from_folder, &findings)
            );
            assert_eq!(
                format!("{:?}", in_memory.notes),
                format!("{:?}", from_folder.notes)
            );
            assert_eq!(
                format!("{:?}", in_memory.series),
                format!("{:?}", from_folder.series)
            );
        }
        let map_files = texts
            .iter()
            .filter(|(rel, _)| walk::kind_of(rel) == walk::FileKind::Yaml)
            .count();
        assert_eq!(parsed.map_file_count(), map_files, "every map file is kept");
    }

    #[test]
    fn kept_lines_are_quoted_as_before() {
        for text in ["a: 1\r\nb: 2\nc: 3\n\nd: 4", "a: 1\rb: 2\rc: 3\r\rd: 4\r"] {
            let mut sources = Sources::default();
            sources.insert(PathBuf::from("x.yaml"), text.into());
            let all = sources.clone();
            sources.keep_lines(Path::new("x.yaml"), &BTreeSet::from([2, 3, 5]));
            for (line, expected) in [(2, "b: 2"), (3, "c: 3"), (5, "d: 4")] {
                assert_eq!(all.line_of(Path::new("x.yaml"), line), Some(expected));
                assert_eq!(
                    sources.line_of(Path::new("x.yaml"), line),
                    Some(expected),
                    "{text:?}"
                );
            }
            assert_eq!(sources.line_of(Path::new("x.yaml"), 1), Some(""));
        }
    }

    #[test]
    fn lines_are_found_as_yaml_counts_them() {
        for (text, lines) in [
            ("", &[][..]),
            ("\n", &[""]),
            ("a", &["a"]),
            ("a\n", &["a"]),
            ("a\r\nb\r\n\r\nc\r", &["a", "b", "", "c"]),
            ("a\rb\r\rc", &["a", "b", "", "c"]),
            ("a\n\nb\n\n", &["a", "", "b", ""]),
            ("é\nü\n", &["é", "ü"]),
        ] {
            let mut sources = Sources::default();
            sources.insert(PathBuf::from("x.yaml"), text.into());
            for line in 0..8u32 {
                let expected = line
                    .checked_sub(1)
                    .and_then(|i| lines.get(i as usize).copied());
                assert_eq!(
                    sources.line_of(Path::new("x.yaml"), line),
                    expected,
                    "line {line} of {text:?}"
                );
            }
        }
    }

    #[test]
    fn an_output_folder_is_a_plain_path_inside_the_map() {
        assert_eq!(output_folder("./site-out").as_deref(), Some("site-out"));
        assert_eq!(output_folder("site/html/").as_deref(), Some("site/html"));
        assert_eq!(output_folder("../out"), None);
        assert_eq!(output_folder("/tmp/out"), None);
        assert_eq!(output_folder(" "), None);
        assert_eq!(output_folder("."), None);
    }

    #[test]
    fn non_utf8_points_at_the_bad_byte() {
        let dir = std::env::temp_dir().join(format!("touchmap-utf8-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bad.yaml");
        for (text, at) in [
            (&b"a: 1\nbb: \xff\n"[..], (2, 5)),
            // Old Mac line breaks, as YAML counts them.
            (b"a: 1\rbb: \xff\r", (2, 5)),
            (b"a: 1\r\n\rbb: \xff\r", (3, 5)),
        ] {
            std::fs::write(&file, text).unwrap();
            let f = read_text(Path::new("bad.yaml"), &file).unwrap_err();
            assert_eq!(f.code, "not-utf8");
            assert_eq!((f.location.line, f.location.column), at, "{text:?}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
