//! Findings: the errors and warnings a run reports, each tied to a place in a
//! map file. Every stage of the pipeline pushes into one [`Findings`] so that a
//! run reports everything at once instead of stopping at the first problem.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How bad a finding is. Errors make the map invalid (exit 1); warnings only
/// do so under `--deny-warnings`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A place in a map file: the file (relative to the map folder), 1-based line
/// and column, and how many characters the offending text spans (for the caret).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Location {
    pub file: PathBuf,
    pub line: u32,
    pub column: u32,
    #[serde(skip)]
    pub len: u32,
}

impl Location {
    pub fn new(file: impl Into<PathBuf>, line: u32, column: u32) -> Self {
        Location {
            file: file.into(),
            line: line.max(1),
            column: column.max(1),
            len: 1,
        }
    }

    /// The start of a file, for problems that concern the file as a whole.
    pub fn file_start(file: impl Into<PathBuf>) -> Self {
        Location::new(file, 1, 1)
    }

    pub fn with_len(mut self, len: usize) -> Self {
        self.len = u32::try_from(len).unwrap_or(u32::MAX).max(1);
        self
    }
}

/// One error or warning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    /// A short stable kebab-case code, e.g. `unknown-reference`; listed in
    /// docs/map-format.md § Checks.
    pub code: &'static str,
    pub message: String,
    #[serde(flatten)]
    pub location: Location,
    /// What to do about it, e.g. "did you mean `email`?".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// It may follow from another error (a file that could not be read may
    /// declare the id it misses): listed after the errors that do not, so
    /// that the cause comes first.
    #[serde(skip)]
    pub maybe_consequence: bool,
}

impl Finding {
    pub fn error(code: &'static str, message: impl Into<String>, location: Location) -> Self {
        Finding {
            severity: Severity::Error,
            code,
            message: message.into(),
            location,
            hint: None,
            maybe_consequence: false,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>, location: Location) -> Self {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(code, message, location)
        }
    }

    pub fn with_hint(mut self, hint: Option<String>) -> Self {
        self.hint = hint;
        self
    }

    /// Whether the finding may follow from another error.
    pub fn possible_consequence(mut self, maybe: bool) -> Self {
        self.maybe_consequence = maybe;
        self
    }
}

/// All findings of a run, in the order they were found until [`Findings::sort`].
#[derive(Clone, Debug, Default, Serialize)]
#[serde(transparent)]
pub struct Findings {
    items: Vec<Finding>,
}

impl Findings {
    pub fn push(&mut self, finding: Finding) {
        self.items.push(finding);
    }

    pub fn extend(&mut self, other: Findings) {
        self.items.extend(other.items);
    }

    pub fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|f| f.severity == severity).count()
    }

    /// Errors first, then by file and position, so output is stable across runs
    /// whatever order files were read in.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (
                a.severity,
                a.maybe_consequence,
                &a.location,
                a.code,
                &a.message,
            )
                .cmp(&(
                    b.severity,
                    b.maybe_consequence,
                    &b.location,
                    b.code,
                    &b.message,
                ))
        });
        self.items.dedup();
    }
}

/// User text made fit to quote in a one-line message: runs of whitespace,
/// line breaks included, become one space, control characters are shown
/// (see [`visible`]), and text past `max` characters is cut with `…`. A
/// message so never starts a new line of output, which in a CI log could
/// pass for a command (`::error::…` on GitHub).
pub fn one_line(text: &str, max: usize) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown = visible(&collapsed);
    if shown.chars().count() <= max {
        return shown;
    }
    let mut cut: String = shown.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Text with every control character (and every character that reorders
/// text, such as a right-to-left override) replaced by a visible stand-in,
/// so that quoting a file can never move the cursor, change colours or
/// hide text on the reader's terminal: C0 controls become their Unicode
/// control pictures (`␛` for escape, `␀` for NUL), others `<U+XXXX>`.
/// Tabs and line breaks are kept.
pub fn visible(text: &str) -> String {
    if !text.chars().any(needs_stand_in) {
        return text.to_string();
    }
    text.chars()
        .map(|c| match stand_in(c) {
            Some(s) => s,
            None => c.to_string(),
        })
        .collect()
}

fn needs_stand_in(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What [`visible`] shows for `c`, when it shows something else.
pub fn stand_in(c: char) -> Option<String> {
    if !needs_stand_in(c) {
        return None;
    }
    Some(match c as u32 {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('?').to_string(),
        0x7f => '\u{2421}'.to_string(),
        n => format!("<U+{n:04X}>"),
    })
}

/// The byte offset where each line of `text` starts: 0, then one past each
/// `\n`. Looking lines up in it keeps quoting many places of one large text
/// from reading it from the top for each one.
pub fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect()
}

/// Source texts of the map's files, so that human output can quote the line.
pub trait SourceLookup {
    fn line_of(&self, file: &Path, line: u32) -> Option<&str>;
}

/// The output formats of `touchmap check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Like a compiler: location, the source line, a caret and a hint.
    Human,
    /// One JSON document: `{"errors": n, "warnings": n, "findings": [...]}`.
    Json,
    /// GitHub Actions workflow commands, shown as annotations on a pull request.
    Github,
}

/// Writes findings in the chosen format. `display_root` is the map folder as
/// the user named it, so that printed paths can be opened from where they ran.
pub fn render(
    findings: &Findings,
    format: Format,
    display_root: &Path,
    sources: &dyn SourceLookup,
    color: bool,
) -> String {
    match format {
        Format::Human => render_human(findings, display_root, sources, color),
        Format::Json => render_json(findings, display_root),
        Format::Github => render_github(findings, display_root),
    }
}

/// The path to print for a file of the map: the map folder as the user named it
/// joined with the file's path inside it, without a leading `./`.
pub fn display_path(display_root: &Path, file: &Path) -> String {
    let joined = if display_root.as_os_str().is_empty() || display_root == Path::new(".") {
        file.to_path_buf()
    } else {
        display_root.join(file)
    };
    let text = joined.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

fn render_human(
    findings: &Findings,
    display_root: &Path,
    sources: &dyn SourceLookup,
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in findings.iter() {
        out.push_str(&renderer.render(&report(f, display_root, sources)));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(findings));
    out.push('\n');
    out
}

/// The longest message or hint human output prints, in characters.
const MESSAGE_MAX: usize = 300;

/// The longest source line handed whole to the snippet renderer, in
/// characters. Its cost grows with the line it is given, whatever part it
/// shows (about 16 ms per finding on a 1 MB line): a map written as one
/// line of JSON with thousands of findings would take minutes.
const WHOLE_LINE_MAX: usize = 4096;

/// How many characters of a longer line are kept on each side of the
/// caret; the renderer cuts that further to the terminal's width.
const WINDOW_MARGIN: usize = 200;

/// One finding as `annotate-snippets` (the renderer rustc uses) draws it:
/// title, `--> file:line:column`, the quoted line with a caret under the
/// offending text, and `= help:`.
fn report(f: &Finding, display_root: &Path, sources: &dyn SourceLookup) -> Vec<Group<'static>> {
    let loc = &f.location;
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level
        .clone()
        .primary_title(one_line(&f.message, MESSAGE_MAX))
        .id(f.code);
    let path = display_path(display_root, &loc.file);
    let (line_no, column) = (loc.line as usize, loc.column as usize);
    let origin = || Origin::path(path.clone()).line(line_no).char_column(column);
    let quote = sources
        .line_of(&loc.file, loc.line)
        .and_then(|text| quote(text, column, loc.len as usize));
    let hint = f
        .hint
        .as_ref()
        .map(|h| Level::HELP.message(one_line(h, MESSAGE_MAX)));
    match quote {
        // The renderer prints the column of the caret in the text it is
        // given, which is the finding's column when the line is given whole.
        Some(Quote::Whole(text, span)) => vec![
            title
                .element(
                    Snippet::source(text)
                        .line_start(line_no)
                        .path(path)
                        .annotation(AnnotationKind::Primary.span(span)),
                )
                .elements(hint),
        ],
        // A window of a long line: the location is named separately, as
        // the renderer would count columns from the window's start.
        Some(Quote::Window(text, span)) => vec![
            title.element(origin()),
            Group::with_level(level)
                .element(
                    Snippet::source(text)
                        .line_start(line_no)
                        .annotation(AnnotationKind::Primary.span(span)),
                )
                .elements(hint),
        ],
        None => vec![title.element(origin()).elements(hint)],
    }
}

/// A source line made safe to print, with the byte range the caret spans.
#[derive(Debug, PartialEq)]
enum Quote {
    /// The whole line, one character for each of the file's.
    Whole(String, Range<usize>),
    /// Part of a line longer than [`WHOLE_LINE_MAX`], cut ends marked `…`.
    Window(String, Range<usize>),
}

/// The line to quote for a finding at `column` (1-based, in characters)
/// spanning `len` characters; `None` when the column lies past the line's
/// end (a caret there would point at nothing and print another column).
///
/// Every character that could steer the terminal is replaced by one
/// stand-in character, so that columns still count as in the file. The
/// renderer replaces C0 controls and bidirectional overrides itself, but
/// prints C1 controls (`U+009B` starts an escape sequence on some
/// terminals) and the left-to-right and right-to-left marks as they are;
/// [`stand_in`]'s `<U+XXXX>` is several characters, so those show as `�`.
fn quote(line: &str, column: usize, len: usize) -> Option<Quote> {
    let count = line.chars().count();
    let at = column.max(1) - 1;
    if at > count {
        return None;
    }
    let span_end = at + len.max(1).min(count - at);
    let (from, to, whole) = if count <= WHOLE_LINE_MAX {
        (0, count, true)
    } else {
        (
            at.saturating_sub(WINDOW_MARGIN),
            (span_end + WINDOW_MARGIN).min(count),
            false,
        )
    };
    let mut text = String::new();
    let mut span = 0..0;
    if from > 0 {
        text.push('…');
    }
    for (i, c) in line.chars().enumerate().skip(from).take(to - from) {
        if i == at {
            span.start = text.len();
        }
        match stand_in(c) {
            Some(s) if s.chars().count() == 1 => text.push_str(&s),
            Some(_) => text.push('\u{fffd}'),
            None => text.push(c),
        }
        if i + 1 == span_end {
            span.end = text.len();
        }
    }
    if at == to {
        span = text.len()..text.len();
    }
    if to < count {
        text.push('…');
    }
    Some(if whole {
        Quote::Whole(text, span)
    } else {
        Quote::Window(text, span)
    })
}

/// "2 errors, 1 warning" or "no problems found".
pub fn summary_line(findings: &Findings) -> String {
    let (e, w) = (findings.error_count(), findings.warning_count());
    if e == 0 && w == 0 {
        return "no problems found".to_string();
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    // Unknown references to what a broken file may declare: the reader
    // learns that fixing the first errors may clear these.
    let following = findings
        .iter()
        .filter(|f| f.severity == Severity::Error && f.maybe_consequence)
        .count();
    let errors = if following > 0 && following < e {
        format!(
            "{} ({following} may follow from the others)",
            plural(e, "error")
        )
    } else {
        plural(e, "error")
    };
    format!("{errors}, {}", plural(w, "warning"))
}

fn render_json(findings: &Findings, display_root: &Path) -> String {
    let items: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let mut v = serde_json::json!({
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
                "file": display_path(display_root, &f.location.file),
                "line": f.location.line,
                "column": f.location.column,
            });
            if let Some(h) = &f.hint {
                v["hint"] = serde_json::Value::String(h.clone());
            }
            v
        })
        .collect();
    let doc = serde_json::json!({
        "errors": findings.error_count(),
        "warnings": findings.warning_count(),
        "findings": items,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

/// GitHub workflow commands: properties and message need their own escaping
/// (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts).
fn render_github(findings: &Findings, display_root: &Path) -> String {
    fn escape_data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn escape_property(s: &str) -> String {
        escape_data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for f in findings.iter() {
        let mut message = f.message.clone();
        if let Some(h) = &f.hint {
            message.push_str(" — ");
            message.push_str(h);
        }
        out.push_str(&format!(
            "::{} file={},line={},col={},title={}::{}\n",
            f.severity.as_str(),
            escape_property(&display_path(display_root, &f.location.file)),
            f.location.line,
            f.location.column,
            escape_property(&format!("touchmap {}", f.code)),
            escape_data(&message)
        ));
    }
    // A bare line would be noise in the log; as a notice it shows on the run.
    out.push_str(&format!(
        "::notice title=touchmap check::{}\n",
        summary_line(findings)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct OneFile(&'static str);
    impl SourceLookup for OneFile {
        fn line_of(&self, _file: &Path, line: u32) -> Option<&str> {
            self.0.lines().nth(line as usize - 1)
        }
    }

    fn sample() -> Findings {
        let mut f = Findings::default();
        f.push(
            Finding::error(
                "unknown-reference",
                "unknown channel `emial`",
                Location::new("touchpoints/web.yaml", 2, 14).with_len(5),
            )
            .with_hint(Some("did you mean `email`?".into())),
        );
        f
    }

    #[test]
    fn human_output_quotes_the_line_and_points_at_the_value() {
        let src = OneFile("touchpoints:\n  - channel: emial\n");
        let text = render(&sample(), Format::Human, Path::new("my-map"), &src, false);
        assert!(text.contains("error[unknown-reference]: unknown channel `emial`"));
        assert!(text.contains("--> my-map/touchpoints/web.yaml:2:14"));
        assert!(text.contains("2 |   - channel: emial\n"));
        assert!(text.contains("  |              ^^^^^\n"), "{text}");
        assert!(text.contains("= help: did you mean `email`?"));
        assert!(text.ends_with("1 error, 0 warnings\n"));
    }

    /// The quoted line and the caret line of human output, without the
    /// gutter: the text after `N | ` and after the `  | ` below it.
    fn quoted_and_caret(text: &str) -> (String, String) {
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| {
                l.split_once(" | ")
                    .is_some_and(|(n, _)| n.trim().parse::<u32>().is_ok())
            })
            .unwrap_or_else(|| panic!("no quoted line in\n{text}"));
        let after_bar = |l: &str| {
            l.split_once('|')
                .map_or(String::new(), |(_, r)| r.chars().skip(1).collect())
        };
        (after_bar(lines[at]), after_bar(lines[at + 1]))
    }

    fn human(line: &'static str, column: u32, len: usize) -> String {
        let mut f = Findings::default();
        f.push(Finding::error(
            "c",
            "m",
            Location::new("x.yaml", 1, column).with_len(len),
        ));
        render(&f, Format::Human, Path::new("."), &OneFile(line), false)
    }

    #[test]
    fn the_caret_stays_under_its_text_after_wide_characters() {
        use unicode_width::UnicodeWidthStr;
        // `日本` is two characters of two cells each.
        let text = human("  - {id: 日本x, mode: y}", 12, 1);
        assert!(text.contains("--> x.yaml:1:12\n"), "{text}");
        let (quoted, caret) = quoted_and_caret(&text);
        let before = caret.find('^').unwrap();
        let prefix: String = "  - {id: 日本".into();
        assert_eq!(before, prefix.width(), "{text}");
        assert!(quoted.starts_with(&prefix), "{text}");
        assert_eq!(caret.trim(), "^");
        let (_, caret) = quoted_and_caret(&human("  - {id: 日本x}", 10, 3));
        assert_eq!(caret.trim(), "^^^^^", "two wide characters and one narrow");
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_the_caret() {
        let line = format!("name: {}BAD{}", "a".repeat(2000), "b".repeat(10_000));
        let line: &'static str = Box::leak(line.into_boxed_str());
        let text = human(line, 2007, 3);
        assert!(text.contains("--> x.yaml:1:2007\n"), "{text}");
        let (quoted, caret) = quoted_and_caret(&text);
        assert!(quoted.chars().count() < 200, "{quoted}");
        let at = caret.find('^').unwrap();
        assert_eq!(caret.trim(), "^^^");
        assert_eq!(
            quoted.chars().skip(at).take(3).collect::<String>(),
            "BAD",
            "{text}"
        );
    }

    #[test]
    fn a_long_line_costs_only_its_window() {
        // 10 MB: given whole to the renderer, each finding would take
        // about a tenth of a second; the window keeps it to microseconds.
        let line = format!("{}X{}", "a".repeat(5_000_000), "b".repeat(5_000_000));
        let quoted = quote(&line, 5_000_001, 1).unwrap();
        let Quote::Window(text, span) = quoted else {
            panic!("the whole line was quoted")
        };
        assert_eq!(&text[span], "X");
        assert!(text.len() < 2 * WINDOW_MARGIN + 10);
    }

    #[test]
    fn the_caret_span_is_the_findings_characters_whatever_their_bytes() {
        let Some(Quote::Whole(text, span)) = quote("k: é\u{9b}x\u{200f}y", 4, 4) else {
            panic!()
        };
        assert_eq!(&text[span], "é\u{fffd}x\u{fffd}");
        assert_eq!(
            text.chars().count(),
            8,
            "one character for each of the file's"
        );
        assert_eq!(
            quote("ab", 3, 1),
            Some(Quote::Whole("ab".into(), 2..2)),
            "just past the end"
        );
        assert_eq!(quote("ab", 9, 1), None, "past the end");
    }

    #[test]
    fn a_finding_past_the_end_of_its_line_still_names_its_place() {
        let text = human("ab", 9, 1);
        assert!(text.contains("--> x.yaml:1:9\n"), "{text}");
        assert!(!text.contains("1 | ab"), "{text}");
    }

    #[test]
    fn control_characters_and_line_breaks_never_reach_the_terminal() {
        let mut f = Findings::default();
        f.push(
            Finding::warning(
                "high-risk",
                "risk: a\n::error::injected",
                Location::new("x.yaml", 1, 7).with_len(3),
            )
            .with_hint(Some("b\r\nc".into())),
        );
        let text = render(
            &f,
            Format::Human,
            Path::new("."),
            &OneFile("text: \u{1b}[2Jx\n"),
            false,
        );
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(text.lines().all(|l| !l.starts_with("::")), "{text}");
        assert!(text.contains("1 | text: \u{241b}[2Jx"), "{text}");
    }

    #[test]
    fn github_output_escapes_properties() {
        let text = render(
            &sample(),
            Format::Github,
            Path::new("."),
            &OneFile(""),
            false,
        );
        assert!(text.starts_with(
            "::error file=touchpoints/web.yaml,line=2,col=14,title=touchmap unknown-reference::unknown channel `emial` — did you mean `email`?\n"
        ));
    }

    #[test]
    fn json_output_has_counts_and_paths() {
        let text = render(&sample(), Format::Json, Path::new("m"), &OneFile(""), false);
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["errors"], 1);
        assert_eq!(v["findings"][0]["file"], "m/touchpoints/web.yaml");
        assert_eq!(v["findings"][0]["column"], 14);
        assert_eq!(v["findings"][0]["hint"], "did you mean `email`?");
    }

    #[test]
    fn quoted_text_stays_on_one_line_and_shows_control_characters() {
        assert_eq!(one_line("a\n::error::x", 80), "a ::error::x");
        assert_eq!(one_line("esc\u{1b}[31m", 80), "esc\u{241b}[31m");
        assert_eq!(one_line("abcdef", 4), "abc…");
        assert_eq!(visible("x\u{202e}y\u{0}"), "x<U+202E>y\u{2400}");
    }

    #[test]
    fn sort_puts_errors_first_and_drops_duplicates() {
        let mut f = Findings::default();
        f.push(Finding::warning("w", "w", Location::new("a.yaml", 1, 1)));
        f.push(Finding::error("e", "e", Location::new("b.yaml", 1, 1)));
        f.push(Finding::error("e", "e", Location::new("b.yaml", 1, 1)));
        f.sort();
        assert_eq!(f.len(), 2);
        assert_eq!(f.iter().next().unwrap().code, "e");
    }

    #[test]
    fn the_summary_says_how_many_errors_may_follow_from_the_others() {
        let mut f = Findings::default();
        let unknown = |line| {
            Finding::error("unknown-reference", "r", Location::new("a.yaml", line, 1))
                .possible_consequence(true)
        };
        f.push(unknown(1));
        f.push(unknown(2));
        assert_eq!(
            summary_line(&f),
            "2 errors, 0 warnings",
            "no cause among them"
        );
        f.push(Finding::error(
            "yaml-syntax",
            "s",
            Location::new("z.yaml", 9, 1),
        ));
        f.push(Finding::warning("w", "w", Location::new("a.yaml", 1, 1)));
        assert_eq!(
            summary_line(&f),
            "3 errors (2 may follow from the others), 1 warning"
        );
    }

    #[test]
    fn errors_that_may_follow_from_others_come_after_them() {
        let mut f = Findings::default();
        f.push(
            Finding::error("unknown-reference", "r", Location::new("a.yaml", 1, 1))
                .possible_consequence(true),
        );
        f.push(Finding::error(
            "yaml-syntax",
            "s",
            Location::new("z.yaml", 9, 1),
        ));
        f.push(Finding::warning("w", "w", Location::new("a.yaml", 1, 1)));
        f.sort();
        let codes: Vec<&str> = f.iter().map(|f| f.code).collect();
        assert_eq!(codes, ["yaml-syntax", "unknown-reference", "w"]);
    }
}
