//! Lines as the YAML parser counts them: a line ends at `\n`, at `\r\n`
//! or at a lone `\r` (YAML 1.2, §5.4; CommonMark counts the same), so that
//! every position touchmap reports in a file, and every line it quotes,
//! agrees with the parser's, whatever the editor that saved the file.

/// The lines of `text`, without their line breaks. Like `split('\n')`, a
/// text ending with a break has an empty last line.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        let bytes = r.as_bytes();
        match memchr::memchr2(b'\n', b'\r', bytes) {
            None => {
                rest = None;
                Some(r)
            }
            Some(i) => {
                let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
                rest = Some(&r[i + 1 + usize::from(crlf)..]);
                Some(&r[..i])
            }
        }
    })
}

/// The byte offset where each line of `text` starts: 0, then one past
/// each line break.
pub fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    std::iter::once(0)
        .chain(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| !(bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n')))
                .map(|i| i + 1),
        )
        .collect()
}

/// The line and column (1-based, the column in characters) just past the
/// end of `before`: where the text that follows it starts.
pub fn position_after(before: &str) -> (u32, u32) {
    let (count, last) = lines(before).fold((0u32, ""), |(n, _), l| (n + 1, l));
    (count, last.chars().count() as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cr_lf_and_crlf_each_end_one_line() {
        for (text, expected) in [
            ("", vec![""]),
            ("a", vec!["a"]),
            ("a\n", vec!["a", ""]),
            ("a\nb", vec!["a", "b"]),
            ("a\rb\rc", vec!["a", "b", "c"]),
            ("a\r\nb\r\n", vec!["a", "b", ""]),
            ("a\r\rb", vec!["a", "", "b"]),
            ("a\n\rb", vec!["a", "", "b"]),
            ("é\rü", vec!["é", "ü"]),
        ] {
            assert_eq!(lines(text).collect::<Vec<_>>(), expected, "{text:?}");
            let starts = line_starts(text);
            assert_eq!(starts.len(), expected.len(), "{text:?}");
            for (start, line) in starts.iter().zip(&expected) {
                assert!(text[*start..].starts_with(line), "{text:?} at {start}");
            }
        }
    }

    #[test]
    fn the_position_after_a_text_counts_lines_as_yaml_does() {
        assert_eq!(position_after(""), (1, 1));
        assert_eq!(position_after("ab"), (1, 3));
        assert_eq!(position_after("a\nbb: "), (2, 5));
        assert_eq!(position_after("a\rbb: "), (2, 5));
        assert_eq!(position_after("a\r\nbb: "), (2, 5));
        assert_eq!(position_after("a\r"), (2, 1));
        assert_eq!(position_after("é\rü"), (2, 2));
    }
}
