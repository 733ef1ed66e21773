//! "Map health" on the dashboard: the warnings of `touchmap check` told to
//! the map's readers, as counts in words ("3 key touchpoints have no
//! KPI"), with the codes and file positions kept for its editors.

use super::*;
use std::collections::BTreeMap;

/// What a warning's code means to a reader of the map: the sentence for
/// one and for several (`{n}` stands for the count), and the page section
/// where it can be seen, as a navigation key and a fragment.
struct Meaning {
    code: &'static str,
    one: &'static str,
    many: &'static str,
    link: Option<(&'static str, &'static str)>,
}

/// The codes a reader can act on, in the order the dashboard lists them:
/// what touches customers first, housekeeping last.
const MEANINGS: &[Meaning] = &[
    Meaning {
        code: "high-risk",
        one: "1 risk is rated high severity",
        many: "{n} risks are rated high severity",
        link: Some(("insights", "#risks")),
    },
    Meaning {
        code: "unaddressed-pain",
        one: "1 customer pain has no pain reliever",
        many: "{n} customer pains have no pain reliever",
        link: Some(("value", "#canvas-h")),
    },
    Meaning {
        code: "key-without-kpi",
        one: "1 key touchpoint has no KPI",
        many: "{n} key touchpoints have no KPI",
        link: None,
    },
    Meaning {
        code: "key-without-owner",
        one: "1 key touchpoint has no owner",
        many: "{n} key touchpoints have no owner",
        link: None,
    },
    Meaning {
        code: "brand-conflict",
        one: "1 touchpoint works against a brand value",
        many: "{n} times a touchpoint works against a brand value",
        link: Some(("insights", "#conflicts")),
    },
    Meaning {
        code: "overloaded-stage",
        one: "1 stage has more touchpoints than the map allows",
        many: "{n} stages have more touchpoints than the map allows",
        link: Some(("insights", "#overloaded")),
    },
    Meaning {
        code: "emotion-for-unserved-persona",
        one: "1 emotion is given for a persona the touchpoint does not serve",
        many: "{n} emotions are given for personas their touchpoints do not serve",
        link: None,
    },
    Meaning {
        code: "unused-channel",
        one: "1 channel has no touchpoint",
        many: "{n} channels have no touchpoint",
        link: Some(("insights", "#unused-channels")),
    },
    Meaning {
        code: "unused-competitor",
        one: "1 competitor appears at no touchpoint",
        many: "{n} competitors appear at no touchpoint",
        link: None,
    },
    Meaning {
        code: "broken-link",
        one: "1 link in the notes leads nowhere",
        many: "{n} links in the notes lead nowhere",
        link: None,
    },
    Meaning {
        code: "missing-alt",
        one: "1 image has no text for those who cannot see it",
        many: "{n} images have no text for those who cannot see them",
        link: None,
    },
];

/// The sentence for `n` warnings of a code, or `None` for a code without
/// one of its own.
fn sentence(code: &str, n: usize) -> Option<(String, Option<(&'static str, &'static str)>)> {
    let m = MEANINGS.iter().find(|m| m.code == code)?;
    let text = if n == 1 {
        m.one.to_string()
    } else {
        m.many.replace("{n}", &n.to_string())
    };
    Some((text, m.link))
}

/// The lines of "Map health": one per kind of warning, in the order of
/// [`MEANINGS`], then one for all the others (a file left empty, a note
/// whose front matter is not closed, …), which only the details explain.
/// Each line is `{text, key, fragment}`; `key` names the navigation entry
/// of the page to see it on, if any.
fn health_lines(ctx: &Ctx) -> Vec<Value> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in ctx.findings.iter() {
        *counts.entry(f.code).or_default() += 1;
    }
    let mut lines: Vec<Value> = MEANINGS
        .iter()
        .filter_map(|m| {
            let n = *counts.get(m.code)?;
            let (text, link) = sentence(m.code, n)?;
            Some(tv!({ "text": text, "key": link.map(|l| l.0), "fragment": link.map(|l| l.1) }))
        })
        .collect();
    let others: usize = counts
        .iter()
        .filter(|(code, _)| !MEANINGS.iter().any(|m| m.code == **code))
        .map(|(_, n)| n)
        .sum();
    if others > 0 {
        let text = if others == 1 {
            "1 other thing in the map files to look at".to_string()
        } else {
            format!("{others} other things in the map files to look at")
        };
        lines.push(tv!({ "text": text, "key": null, "fragment": null }));
    }
    lines
}

/// The warnings of `touchmap check`, as the details under "Map health" list
/// them for the map's editors.
fn findings_view(ctx: &Ctx) -> Vec<Value> {
    ctx.findings
        .iter()
        .map(|f| {
            tv!({
                "severity": f.severity,
                "code": f.code,
                "message": f.message,
                "file": f.location.file.to_string_lossy(),
                "line": f.location.line,
                "column": f.location.column,
                "hint": f.hint,
            })
        })
        .collect()
}

/// The dashboard's "Map health": `lines` for readers, `findings` for editors.
pub(in crate::render::views) fn health(ctx: &Ctx) -> Value {
    tv!({ "lines": health_lines(ctx), "findings": findings_view(ctx) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_said_in_words_with_the_right_number() {
        assert_eq!(
            sentence("key-without-kpi", 3).unwrap().0,
            "3 key touchpoints have no KPI"
        );
        assert_eq!(
            sentence("key-without-kpi", 1).unwrap().0,
            "1 key touchpoint has no KPI"
        );
        assert_eq!(
            sentence("high-risk", 2).unwrap(),
            (
                "2 risks are rated high severity".to_string(),
                Some(("insights", "#risks"))
            )
        );
        assert!(sentence("empty-file", 1).is_none());
        // Every sentence for several has its count.
        assert!(MEANINGS.iter().all(|m| m.many.contains("{n}")));
    }

    #[test]
    fn the_example_map_reads_as_sentences_and_keeps_its_details() {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let analysed = crate::pipeline::analyse_map(&map).unwrap();
        let urls = crate::render::urls::Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let h = health(&ctx);
        let lines: Vec<&str> = get(&h, "lines")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|l| get(l, "text").unwrap().as_str().unwrap())
            .collect();
        assert_eq!(
            lines,
            [
                "2 risks are rated high severity",
                "1 customer pain has no pain reliever",
                "1 key touchpoint has no KPI",
                "1 touchpoint works against a brand value",
            ]
        );
        let details = get(&h, "findings").unwrap().as_array().unwrap();
        assert_eq!(details.len(), analysed.findings.iter().count());
    }
}
