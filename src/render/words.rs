//! The site's words in templates: the filter `t` turns a message id into
//! its text in the map's language.
//!
//! ```text
//! {{ "nav-map" | t }}
//! {{ "count-touchpoints" | t(count=stage.touchpoints | length) }}
//! {{ "lint-run" | t(command="<code>touchmap check</code>" | safe) }}
//! ```
//!
//! A whole number is a number for Fluent, so the plural rules choose the
//! form. The message's own text and every plain argument are escaped; an
//! argument the template marked `safe` (a `<code>`, a link it built) goes in
//! as HTML. So the filter's output is safe HTML, in an element or an
//! attribute alike. An id the theme does not have fails the template, with
//! its file and line: a map's template override learns of a misspelt id at
//! once.

use crate::i18n::{Args, Catalog};
use fluent_bundle::FluentValue;
use tera::{Kwargs, State, TeraResult, Value};

/// Registers `t` on `tera`, speaking `words`; `date`, which writes a date
/// of the map (`2026-12`) in words ("gru 2026"); and `number`, which writes
/// a count as the language does ("10,000", "10 000", "10.000").
pub fn register(tera: &mut tera::Tera, words: Catalog) {
    let dates = words.clone();
    let numbers = words.numbers();
    tera.register_filter(
        "number",
        move |n: Value, _: Kwargs, _: &State| -> TeraResult<Value> {
            let printed = match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => i.to_string(),
                (None, Some(x)) => crate::format::fmt_num(x),
                _ => return Ok(n),
            };
            Ok(Value::from(numbers.localise(&printed)))
        },
    );
    tera.register_filter(
        "date",
        move |written: &str, _: Kwargs, _: &State| -> TeraResult<Value> {
            Ok(Value::from(dates.date(written)))
        },
    );
    tera.register_filter(
        "t",
        move |id: &str, kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            translate(&words, id, &kwargs).map(|html| Value::safe_string(&html))
        },
    );
}

/// The HTML of message `id` with the template's `kwargs` as its variables.
fn translate(words: &Catalog, id: &str, kwargs: &Kwargs) -> TeraResult<String> {
    if !words.has(id) {
        return Err(tera::Error::message(format!(
            "the theme has no message `{id}`"
        )));
    }
    // HTML arguments stand in the message as markers that escaping leaves
    // alone, and are put in once the rest is escaped.
    let mut html: Vec<String> = Vec::new();
    let mut args = Args::new();
    for (key, value) in kwargs.iter() {
        let Some(name) = key.as_str() else { continue };
        let fluent = match value {
            v if v.is_string() && v.is_safe() => {
                html.push(v.as_str().unwrap_or_default().to_string());
                FluentValue::from(marker(html.len() - 1))
            }
            v => match (v.as_i64(), v.as_f64(), v.as_str()) {
                (Some(n), ..) => FluentValue::from(n as f64),
                (None, Some(x), _) => FluentValue::from(crate::format::fmt_num(x)),
                (.., Some(s)) => FluentValue::from(s.to_string()),
                _ if v.is_none() || v.is_undefined() => FluentValue::from(String::new()),
                _ => FluentValue::from(v.to_string()),
            },
        };
        args.set(name.to_string(), fluent);
    }
    let text = words.args(id, &args);
    let mut escaped = Vec::with_capacity(text.len() + 16);
    // Writing to memory does not fail.
    let _ = tera::escape_html(&text, &mut escaped);
    let mut out = String::from_utf8(escaped).unwrap_or_default();
    for (i, fragment) in html.iter().enumerate() {
        out = out.replace(&marker(i), fragment);
    }
    Ok(out)
}

/// The stand-in of HTML argument `i`: private-use characters no message or
/// escaping writes.
fn marker(i: usize) -> String {
    format!("\u{e000}{i}\u{e001}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn render(words: Catalog, template: &str, context: &tera::Context) -> Result<String, String> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on(vec![".html"]);
        register(&mut tera, words);
        tera.add_raw_template("x.html", template)
            .map_err(|e| e.to_string())?;
        tera.render("x.html", context).map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn a_message_speaks_the_map_language_with_its_plural() {
        let mut context = tera::Context::new();
        context.insert("n", &5);
        let html = render(
            Catalog::new(Language::Pl, None),
            r#"{{ "count-touchpoints" | t(count=n) }}"#,
            &context,
        )
        .unwrap();
        assert_eq!(html, "5 punktów styku");
    }

    #[test]
    fn plain_arguments_are_escaped_and_safe_ones_are_html() {
        let mut context = tera::Context::new();
        context.insert("g", "<b>x</b>");
        let html = render(
            Catalog::english(),
            r#"{{ "site-built-with" | t(generator=g) }}|{{ "site-built-with" | t(generator="<code>x</code>" | safe) }}"#,
            &context,
        )
        .unwrap();
        assert_eq!(
            html,
            "Built with &lt;b&gt;x&lt;&#x2F;b&gt;|Built with <code>x</code>".replace("&#x2F;", "/")
        );
    }

    #[test]
    fn an_unknown_id_fails_the_template() {
        let err = render(
            Catalog::english(),
            r#"{{ "nav-mapp" | t }}"#,
            &tera::Context::new(),
        )
        .unwrap_err();
        assert!(err.contains("nav-mapp"), "{err}");
    }

    #[test]
    fn a_number_standing_alone_is_grouped_as_the_language_groups() {
        let mut context = tera::Context::new();
        context.insert("n", &10000);
        context.insert("small", &3334);
        let grouped = |language| {
            render(
                Catalog::new(language, None),
                "{{ n | number }}|{{ small | number }}",
                &context,
            )
            .unwrap()
        };
        assert_eq!(grouped(Language::En), "10,000|3,334");
        assert_eq!(grouped(Language::Nl), "10.000|3.334");
        // Polish groups from five digits, with a no-break space.
        assert_eq!(grouped(Language::Pl), "10\u{a0}000|3334");
    }
}
