//! Numbers as each language writes them: `2.7` in English, `2,7` in Dutch,
//! Polish, French, Italian, German and Spanish; thousands grouped with the
//! language's separator (`10,000`, `10.000`, `10 000`); a percent sign
//! after a space where the language puts one (`2,7 %` in French and German).

use super::Language;
use crate::load::raw::MeasureValue;
use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;

/// How one language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers {
    /// Between the whole part and the decimals.
    pub decimal: char,
    /// Between groups of three digits.
    pub group: char,
    /// The fewest digits a whole part has before it is grouped: CLDR's
    /// minimum grouping digits, so Polish and Spanish write `1600` but
    /// `16 000`.
    pub group_from: usize,
    /// Between a number and `%`.
    pub before_percent: &'static str,
}

impl Numbers {
    /// The way `language` writes numbers (CLDR's, for the common forms).
    pub fn of(language: Language) -> Numbers {
        // A no-break space, so a number and its sign never part at a line end.
        const NBSP: char = '\u{a0}';
        const NARROW_NBSP: char = '\u{202f}';
        let (decimal, group, group_from, before_percent) = match language {
            Language::En => ('.', ',', 4, ""),
            Language::Nl => (',', '.', 4, ""),
            Language::It => (',', '.', 4, ""),
            Language::De => (',', '.', 4, "\u{a0}"),
            Language::Es => (',', '.', 5, "\u{a0}"),
            Language::Fr => (',', NARROW_NBSP, 4, "\u{202f}"),
            Language::Pl => (',', NBSP, 5, ""),
        };
        Numbers {
            decimal,
            group,
            group_from,
            before_percent,
        }
    }

    /// `printed` (a number as [`crate::format`] prints it: `-`, digits,
    /// maybe `.` and decimals) in this language's way.
    pub fn localise(&self, printed: &str) -> String {
        let (sign, digits) = match printed.strip_prefix(['-', '−', '+']) {
            Some(rest) => (&printed[..printed.len() - rest.len()], rest),
            None => ("", printed),
        };
        let (whole, decimals) = match digits.split_once('.') {
            Some((w, d)) => (w, Some(d)),
            None => (digits, None),
        };
        if !whole.bytes().all(|b| b.is_ascii_digit()) {
            return printed.to_string();
        }
        let mut out = String::with_capacity(printed.len() + 4);
        out.push_str(sign);
        if whole.len() >= self.group_from {
            for (i, c) in whole.chars().enumerate() {
                if i > 0 && (whole.len() - i) % 3 == 0 {
                    out.push(self.group);
                }
                out.push(c);
            }
        } else {
            out.push_str(whole);
        }
        if let Some(d) = decimals {
            out.push(self.decimal);
            out.push_str(d);
        }
        out
    }

    /// A KPI value with its unit as a reader of the site sees it, its
    /// number written this language's way (`2,7%`, `21 400 members`); a
    /// text as written. The exports keep [`crate::format::measure_text`]'s,
    /// the same in any language.
    pub fn measure(&self, v: &MeasureValue, unit: Option<&str>) -> String {
        match v {
            MeasureValue::Number(n) => self.with_unit(&crate::format::fmt_num(*n), unit),
            MeasureValue::Text(t) => t.clone(),
        }
    }

    /// A number with its unit, as [`crate::format::with_unit`] but in this
    /// language's way: `2,7 %` in French, `2,7%` in Dutch.
    pub fn with_unit(&self, printed: &str, unit: Option<&str>) -> String {
        let number = self.localise(printed);
        match unit {
            Some("%") => format!("{number}{}%", self.before_percent),
            Some(u) if !u.is_empty() => format!("{number} {u}"),
            _ => number,
        }
    }
}

/// Fluent's formatter for `language`: whole counts grouped its way (Fluent
/// itself prints `10000` in every language).
pub(super) fn formatter(
    language: Language,
) -> fn(&FluentValue, &IntlLangMemoizer) -> Option<String> {
    match language {
        Language::En => |v, _| number(v, Language::En),
        Language::Nl => |v, _| number(v, Language::Nl),
        Language::Pl => |v, _| number(v, Language::Pl),
        Language::Fr => |v, _| number(v, Language::Fr),
        Language::It => |v, _| number(v, Language::It),
        Language::De => |v, _| number(v, Language::De),
        Language::Es => |v, _| number(v, Language::Es),
    }
}

fn number(value: &FluentValue, language: Language) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let printed = crate::format::fmt_num(n.value);
    Some(Numbers::of(language).localise(&printed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_decimals_and_thousands_its_way() {
        let en = Numbers::of(Language::En);
        assert_eq!(en.localise("2.7"), "2.7");
        assert_eq!(en.localise("1600"), "1,600");
        assert_eq!(en.localise("-12345.5"), "-12,345.5");
        let nl = Numbers::of(Language::Nl);
        assert_eq!(nl.localise("2.7"), "2,7");
        assert_eq!(nl.localise("10000"), "10.000");
        let pl = Numbers::of(Language::Pl);
        assert_eq!(pl.localise("1600"), "1600");
        assert_eq!(pl.localise("16000"), "16\u{a0}000");
        let fr = Numbers::of(Language::Fr);
        assert_eq!(fr.with_unit("2.7", Some("%")), "2,7\u{202f}%");
        assert_eq!(nl.with_unit("2.7", Some("%")), "2,7%");
        assert_eq!(en.with_unit("4.5", Some("stars")), "4.5 stars");
        // What is not a number is left as it is.
        assert_eq!(fr.localise("n/a"), "n/a");
        assert_eq!(fr.localise("+0.4"), "+0,4");
        assert_eq!(fr.localise("−1.0"), "−1,0");
    }
}
