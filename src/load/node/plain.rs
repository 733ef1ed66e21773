//! The node tree of a plain YAML file, read straight from the parser's
//! events: serde-saphyr's own parser (granit-parser), without the serde
//! layer on top. That layer hands each node and each of its two locations
//! through serde's map protocol; on a 1.6 MB file of touchpoints it took
//! 57 ms where the events alone take 20 and this whole reading 25.
//!
//! "Plain" means what this reader can give exactly as serde-saphyr would:
//! one document, no anchors, aliases, tags or merge keys, no parser error,
//! within serde-saphyr's depth and size limits, and each plain scalar one
//! whose YAML 1.2 type is certain from a few simple shapes (text starting
//! with a letter, `null`, `true`, `12`, `-3.5`, `2026-01`). For anything
//! else it answers `None` and the caller asks serde-saphyr, which is also
//! what reports errors. The tests compare both readings node by node.

use super::{Kind, MAX_DEPTH, Node, Pos, clamp};
use granit_parser::{Event, Parser, ScalarStyle, Span};
use std::borrow::Cow;

/// The limits serde-saphyr's parser and budget apply (see `parser_limits`).
pub struct Limits {
    pub simple_key_max_lookahead: usize,
    pub flow_nesting_limit: usize,
    /// Beyond this much scalar text serde-saphyr refuses a file; no file
    /// that long is read here.
    pub max_scalar_bytes: usize,
}

/// Not a plain file: let serde-saphyr read it.
struct NotPlain;

type Events<'t> = Parser<'t, granit_parser::StrInput<'t>>;

/// The tree of `text`, or `None` when the text is not plain (see above).
pub fn read(text: &str, limits: &Limits) -> Option<Node> {
    if text.len() > limits.max_scalar_bytes {
        return None;
    }
    let options = granit_parser::options! {
        simple_key_max_lookahead: limits.simple_key_max_lookahead,
        flow_nesting_limit: limits.flow_nesting_limit,
        block_nesting_limit: granit_parser::Options::default().block_nesting_limit.max(MAX_DEPTH + 1),
        emit_comments: false,
    };
    let mut events = Parser::new_from_str_with_options(text, options);
    let is = |events: &mut Events, want: fn(&Event) -> bool| {
        next(events).is_ok_and(|(event, _)| want(&event))
    };
    if !(is(&mut events, |e| matches!(e, Event::StreamStart))
        && is(&mut events, |e| matches!(e, Event::DocumentStart(..))))
    {
        return None;
    }
    let first = next(&mut events).ok()?;
    let root = node(first, &mut events, 0).ok()?;
    // One document only, as serde-saphyr reads a map file.
    let end = is(&mut events, |e| matches!(e, Event::DocumentEnd))
        && is(&mut events, |e| matches!(e, Event::StreamEnd));
    end.then_some(root)
}

fn next<'t>(events: &mut Events<'t>) -> Result<(Event<'t>, Span), NotPlain> {
    match events.next() {
        Some(Ok(event)) => Ok(event),
        _ => Err(NotPlain),
    }
}

/// The node that starts with `event`, its children read from `events`.
/// `depth` counts the collections around it, as serde-saphyr's budget does.
fn node<'t>(
    (event, span): (Event<'t>, Span),
    events: &mut Events<'t>,
    depth: usize,
) -> Result<Node, NotPlain> {
    let value = match event {
        Event::Scalar(text, style, 0, None) => scalar(text, style)?,
        Event::SequenceStart(_, 0, None) if depth < MAX_DEPTH => {
            let mut items = Vec::new();
            loop {
                let event = next(events)?;
                if matches!(event.0, Event::SequenceEnd) {
                    break;
                }
                items.push(node(event, events, depth + 1)?);
            }
            Kind::Seq(items)
        }
        Event::MappingStart(_, 0, None) if depth < MAX_DEPTH => {
            let mut entries = Vec::new();
            loop {
                let event = next(events)?;
                match &event.0 {
                    Event::MappingEnd => break,
                    Event::Scalar(key, ScalarStyle::Plain, ..) if key == "<<" => {
                        return Err(NotPlain);
                    }
                    _ => {}
                }
                let key = node(event, events, depth + 1)?;
                let value = node(next(events)?, events, depth + 1)?;
                entries.push((key, value));
            }
            Kind::Map(entries)
        }
        // Anchors, aliases, tags, too deep.
        _ => return Err(NotPlain),
    };
    Ok(Node {
        value,
        at: Pos {
            line: clamp(span.start.line()),
            column: clamp(span.start.col() + 1),
            len: clamp(span.len()),
        },
        defined: span
            .start
            .byte_offset()
            .zip(span.end.byte_offset())
            .map(|(start, end)| (start, end.saturating_sub(start))),
    })
}

/// A scalar as serde-saphyr types it when it is read as "any value":
/// quoted and block scalars are text; a plain one is null, a boolean, an
/// integer or a float if it reads as one (YAML 1.2, strict booleans), else
/// text. Only the shapes whose answer is certain are typed here.
fn scalar(text: Cow<str>, style: ScalarStyle) -> Result<Kind, NotPlain> {
    if style != ScalarStyle::Plain {
        return Ok(Kind::Str(text.into_owned()));
    }
    match &*text {
        "" | "~" | "null" | "Null" | "NULL" => return Ok(Kind::Null),
        "true" | "True" | "TRUE" => return Ok(Kind::Bool(true)),
        "false" | "False" | "FALSE" => return Ok(Kind::Bool(false)),
        _ => {}
    }
    let b = text.as_bytes();
    if !matches!(b[0], b'0'..=b'9' | b'+' | b'-' | b'.') {
        // A number starts with a digit, a sign or a dot, but for these
        // words, which read as floats (null and the booleans are above).
        let number_word = ["inf", "infinity", "nan"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w));
        return if number_word {
            Err(NotPlain)
        } else {
            Ok(Kind::Str(text.into_owned()))
        };
    }
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    let whole = digits.iter().take_while(|d| d.is_ascii_digit()).count();
    // `007`, `+1`, `1_000`, `0x1F`, `1e3`: left to serde-saphyr.
    let canonical = whole > 0 && (digits[0] != b'0' || whole == 1);
    if canonical && whole == digits.len() && whole <= 18 {
        return text.parse().map(Kind::Int).map_err(|_| NotPlain);
    }
    if canonical && digits.get(whole) == Some(&b'.') {
        let fraction = &digits[whole + 1..];
        if (1..=15).contains(&fraction.len()) && fraction.iter().all(u8::is_ascii_digit) {
            return text.parse().map(Kind::Float).map_err(|_| NotPlain);
        }
    }
    if is_month_or_day(b) {
        return Ok(Kind::Str(text.into_owned()));
    }
    Err(NotPlain)
}

/// `2026-01` or `2026-01-31`, which YAML 1.2 reads as text.
fn is_month_or_day(b: &[u8]) -> bool {
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{SerdeKind, from_serde, options, parser_limits};
    use super::*;
    use serde_saphyr::Spanned;

    /// serde-saphyr's reading of `text`, or `None` if it fails.
    fn serde_tree(text: &str) -> Option<Node> {
        serde_saphyr::from_str_with_options::<Spanned<SerdeKind>>(text, options(text.len()))
            .ok()
            .map(from_serde)
    }

    /// Both readings as text, node by node, with every position.
    fn dump(node: &Node, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{:?}{:?}", node.at, node.defined);
        match &node.value {
            Kind::Seq(items) => {
                out.push('[');
                items.iter().for_each(|n| dump(n, out));
                out.push(']');
            }
            Kind::Map(entries) => {
                out.push('{');
                for (k, v) in entries {
                    dump(k, out);
                    out.push(':');
                    dump(v, out);
                }
                out.push('}');
            }
            Kind::Float(f) => {
                let _ = write!(out, "Float({})", f.to_bits());
            }
            other => {
                let _ = write!(out, "{other:?}");
            }
        }
        out.push(' ');
    }

    fn text_of(node: &Node) -> String {
        let mut s = String::new();
        dump(node, &mut s);
        s
    }

    /// `Some(true)` when both read `text` alike, `Some(false)` when they
    /// differ, `None` when this reader leaves it to serde-saphyr.
    fn agree(text: &str) -> Option<bool> {
        let ours = read(text, &parser_limits())?;
        Some(serde_tree(text).is_some_and(|theirs| text_of(&ours) == text_of(&theirs)))
    }

    #[test]
    fn plain_scalars_are_typed_as_serde_saphyr_types_them() {
        let words = [
            "",
            "~",
            "null",
            "Null",
            "NULL",
            "nULL",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "false",
            "False",
            "FALSE",
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "inf",
            ".inf",
            "-.inf",
            "nan",
            ".NaN",
            "NaN",
            "Infinity",
            "0",
            "-0",
            "+0",
            "00",
            "007",
            "-007",
            "1",
            "-1",
            "+1",
            "123456789012345678",
            "1234567890123456789",
            "-123456789012345678",
            "0.5",
            "-0.5",
            ".5",
            "5.",
            "5.0",
            "05.0",
            "1.50",
            "3.14159265358979",
            "3.1415926535897932384626",
            "1e3",
            "1.5e-3",
            "1_000",
            "1,000",
            "0x1F",
            "0o17",
            "12:30",
            "2025-01",
            "2025-1",
            "2025-01-31",
            "2025-13",
            "2026-02-30",
            "2025-01-31T10:00:00Z",
            "2025/01",
            "1-2",
            "-x",
            ".x",
            "1.2.3",
            "1 000",
            "/",
            "/repo/",
            "$x",
            "${HOME}",
            "=",
            "x",
            "Łódź",
            "été",
            "数",
            "a b",
            "a#b",
            "1a",
            "1.0a",
            "?x",
        ];
        let (mut compared, mut differ) = (0, Vec::new());
        for w in words {
            for text in [
                format!("a: {w}\n"),
                format!("[{w}]\n"),
                format!("- {w}\n"),
                format!("{{a: {w}}}\n"),
            ] {
                match agree(&text) {
                    Some(true) => compared += 1,
                    Some(false) => differ.push(text),
                    None => {}
                }
            }
        }
        assert!(differ.is_empty(), "read differently: {differ:?}");
        // Most shapes are read here; the rest are serde-saphyr's.
        assert!(compared > 150, "only {compared} compared");
    }

    #[test]
    fn the_map_files_of_the_repository_are_read_alike() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut compared, mut differ) = (0, Vec::new());
        for dir in ["example-map", "tests/fixtures", "src/commands/starter"] {
            for entry in walkdir::WalkDir::new(root.join(dir)) {
                let Ok(entry) = entry else { continue };
                let path = entry.path();
                if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    continue;
                }
                let Ok(text) = std::fs::read_to_string(path) else {
                    continue;
                };
                match agree(&text) {
                    Some(true) => compared += 1,
                    Some(false) => differ.push(path.display().to_string()),
                    None => {}
                }
            }
        }
        assert!(differ.is_empty(), "read differently: {differ:?}");
        assert!(compared > 40, "only {compared} files compared");
    }

    #[test]
    fn structure_and_positions_match_serde_saphyr() {
        let texts = [
            "a: 1\nb:\n  - x\n  - {c: 2, d: [3, 4.5]}\n  -\n    e: \"q\"\n",
            "# comment\nlist:\n  - |\n    block\n    text\n  - >\n    folded\n    text\n  - 'single'\n",
            "k: multi\n  line plain\nz: été Łódź\n",
            "---\na: 1\n...\n",
            "a: 1\na: 2\n",
            "[]\n",
            "{}\n",
            "x\n",
            "\u{feff}a: 1\r\nb: [x, 2]\r\nc: |\r\n  two\r\n  lines\r\n",
            "a:\tb\nk: \"é\\u00e9\\n\"\n",
        ];
        for text in texts {
            assert_eq!(agree(text), Some(true), "{text:?}");
        }
    }

    #[test]
    fn what_only_serde_saphyr_reads_is_left_to_it() {
        for text in [
            "a: &x 1\nb: *x\n",
            "base: &b {x: 1}\nc:\n  <<: *b\n",
            "a: !!str 12\n",
            "a: 1\n---\nb: 2\n",
            "",
            "a: [1\n",
            "a: 0x1F\n",
        ] {
            assert!(read(text, &parser_limits()).is_none(), "{text:?}");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(read(&deep, &parser_limits()).is_none());
    }

    #[test]
    fn the_depth_limit_is_serde_saphyrs() {
        // serde-saphyr's recursion through 64 block mappings needs more
        // than a test thread's stack in a debug build.
        let big_stack = std::thread::Builder::new().stack_size(64 << 20);
        let compare = || {
            for n in MAX_DEPTH - 2..=MAX_DEPTH + 2 {
                let flow = "[".repeat(n) + &"]".repeat(n);
                let block: String = (0..n).map(|i| format!("{}k:\n", "  ".repeat(i))).collect();
                for text in [flow, block + &"  ".repeat(n) + "v\n"] {
                    assert_ne!(agree(&text), Some(false), "{n} levels");
                }
            }
        };
        big_stack.spawn(compare).unwrap().join().unwrap();
    }

    /// Random edits of the example map's files (a fixed seed, so a failure
    /// repeats): wherever this reader gives a tree, serde-saphyr gives the
    /// same one. The edits are the characters that change what YAML means.
    /// `TOUCHMAP_YAML_EDITS` sets the edits per file (3,000 found nothing
    /// in 18,000 readings compared).
    #[test]
    fn edited_map_files_are_read_alike_or_left_to_serde_saphyr() {
        let runs: usize = std::env::var("TOUCHMAP_YAML_EDITS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(40);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let pieces = [
            ":", ": ", "-", "- ", " ", "  ", "\n", "\"", "'", "#", " #", "&a ", "*a", "!",
            "!!str ", "{", "}", "[", "]", ",", "?", "? ", "|", ">", "0", "1.5", "-7", "true", "~",
            "null", "2026-01", "0x1", "1e3", "é", "<<: ", "\t", "---\n", "...\n", "%", "@", "`",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut random = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut compared, mut differ) = (0, Vec::new());
        for entry in walkdir::WalkDir::new(&root) {
            let Ok(entry) = entry else { continue };
            if entry.path().extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            for _ in 0..runs {
                let mut edited = text.clone();
                for _ in 0..1 + random(3) {
                    let mut at = random(edited.len() + 1);
                    while !edited.is_char_boundary(at) {
                        at -= 1;
                    }
                    match random(4) {
                        0 => {
                            let end = edited[at..]
                                .chars()
                                .next()
                                .map_or(at, |c| at + c.len_utf8());
                            edited.replace_range(at..end, "");
                        }
                        1 => {
                            let start = edited[..at].rfind('\n').map_or(0, |i| i + 1);
                            let end = edited[at..].find('\n').map_or(edited.len(), |i| at + i);
                            let line = format!("{}\n", &edited[start..end]);
                            edited.insert_str(start, &line);
                        }
                        _ => edited.insert_str(at, pieces[random(pieces.len())]),
                    }
                }
                match agree(&edited) {
                    Some(true) => compared += 1,
                    Some(false) => differ.push(edited),
                    None => {}
                }
            }
        }
        assert!(
            differ.is_empty(),
            "read differently: {:?}",
            &differ[..differ.len().min(3)]
        );
        assert!(compared > 3 * runs, "only {compared} compared");
    }
}
