//! The theme: templates and static files of `themes/default/`, embedded in the
//! binary so it works alone, with a map's own `templates/` layered over them
//! by name (as Zola layers a site's templates over its theme's).

use crate::diagnostics::{Finding, Location};
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;
use tera::Tera;

/// The theme's templates (its static files are the site's layout:
/// [`crate::site::theme_assets`]).
static TEMPLATES: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default/templates");

/// The theme's templates by name (`base.html`, `partials/card.html`, …).
pub fn theme_templates() -> BTreeMap<String, &'static str> {
    crate::site::embedded_files(&TEMPLATES)
        .into_iter()
        .filter_map(|(name, bytes)| std::str::from_utf8(bytes).ok().map(|t| (name, t)))
        .collect()
}

/// Compiles the theme's templates with `overrides` (name -> text, from the
/// map's `templates/`) in place of the theme's own. A template that does not
/// compile is a finding located in the map's template file. Templates say
/// their words through the filter `t`, in the language of `words`.
pub fn compile(
    overrides: &BTreeMap<String, String>,
    words: &crate::i18n::Catalog,
) -> Result<Tera, Finding> {
    let mut all: BTreeMap<String, &str> = theme_templates();
    for (name, text) in overrides {
        all.insert(name.clone(), text.as_str());
    }
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml", ".svg"]);
    tera.set_escape_fn(escape_html);
    super::words::register(&mut tera, words.clone());
    tera.add_raw_templates(all.iter().map(|(n, t)| (n.as_str(), *t)))
        .map_err(|e| template_finding(&e, overrides))?;
    Ok(tera)
}

/// HTML-escapes `input` exactly as tera's own `escape_html` does (`&`, `<`,
/// `>`, `"` and `'`), but writes the runs between those characters whole
/// instead of one byte at a time: escaping was a tenth of a large build.
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let with: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(with)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

/// `input` HTML-escaped, for the few pages made without a template (the
/// page `serve` shows before the map first builds).
pub fn escape_text(input: &str) -> String {
    let mut out = Vec::with_capacity(input.len());
    // Writing to memory does not fail.
    let _ = escape_html(input, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Locates a tera error in the map's template file when the map overrides the
/// template, else reports it against the theme (a touchmap bug).
pub fn template_finding(e: &tera::Error, overrides: &BTreeMap<String, String>) -> Finding {
    let (file, line, column, message) = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => (
            r.filename().to_string(),
            r.span().start_line,
            r.span().start_col + 1,
            r.message().to_string(),
        ),
        other => (String::new(), 1, 1, other.to_string()),
    };
    let own = overrides.contains_key(&file);
    let location = if own {
        Location::new(format!("templates/{file}"), line as u32, column as u32)
    } else {
        Location::file_start("touchmap.yaml")
    };
    let hint = if own {
        Some("fix the template, or delete it to use the theme's own".to_string())
    } else if overrides.is_empty() {
        Some("this is a bug in touchmap's theme; please report it".to_string())
    } else {
        Some(format!(
            "the theme's template `{file}` failed with your overrides ({}); check the variables and blocks they provide",
            overrides.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    };
    let what = if file.is_empty() {
        String::new()
    } else {
        format!(" `{file}`")
    };
    Finding::error(
        "template-error",
        format!("template{what}: {message}"),
        location,
    )
    .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_tera_does() {
        for text in [
            "",
            "plain",
            "a & b < c > d \"e\" 'f'",
            "<<&&>>",
            "é – “x” &amp;",
            "'",
        ] {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            escape_html(text, &mut ours).unwrap();
            tera::escape_html(text, &mut theirs).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }
}
