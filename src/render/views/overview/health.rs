//! "Map health" on the dashboard: the warnings of `touchmap check` told to
//! the map's readers, as counts in words ("3 key touchpoints have no
//! KPI"), with the codes and file positions kept for its editors.

use super::*;
use crate::i18n::Catalog;
use std::collections::BTreeMap;

/// What a warning's code means to a reader of the map: the message that
/// says it (`health-CODE`, with the count as `$count`), and the page section
/// where it can be seen, as a navigation key and a fragment.
struct Meaning {
    code: &'static str,
    link: Option<(&'static str, &'static str)>,
}

/// The codes a reader can act on, in the order the dashboard lists them:
/// what touches customers first, housekeeping last.
const MEANINGS: &[Meaning] = &[
    Meaning {
        code: "high-risk",
        link: Some(("insights", "#risks")),
    },
    Meaning {
        code: "unaddressed-pain",
        link: Some(("value", "#canvas-h")),
    },
    Meaning {
        code: "key-without-kpi",
        link: None,
    },
    Meaning {
        code: "key-without-owner",
        link: None,
    },
    Meaning {
        code: "brand-conflict",
        link: Some(("insights", "#conflicts")),
    },
    Meaning {
        code: "overloaded-stage",
        link: Some(("insights", "#overloaded")),
    },
    Meaning {
        code: "emotion-for-unserved-persona",
        link: None,
    },
    Meaning {
        code: "unused-channel",
        link: Some(("insights", "#unused-channels")),
    },
    Meaning {
        code: "unused-competitor",
        link: None,
    },
    Meaning {
        code: "broken-link",
        link: None,
    },
    Meaning {
        code: "missing-alt",
        link: None,
    },
];

/// The sentence for `n` warnings of a code, or `None` for a code without
/// one of its own.
fn sentence(
    words: &Catalog,
    code: &str,
    n: usize,
) -> Option<(String, Option<(&'static str, &'static str)>)> {
    let m = MEANINGS.iter().find(|m| m.code == code)?;
    Some((words.count(&format!("health-{}", m.code), n), m.link))
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
            let (text, link) = sentence(&ctx.model.words, m.code, n)?;
            Some(tv!({ "text": text, "key": link.map(|l| l.0), "fragment": link.map(|l| l.1) }))
        })
        .collect();
    let others: usize = counts
        .iter()
        .filter(|(code, _)| !MEANINGS.iter().any(|m| m.code == **code))
        .map(|(_, n)| n)
        .sum();
    if others > 0 {
        let text = ctx.model.words.count("health-other", others);
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
        let en = Catalog::english();
        assert_eq!(
            sentence(&en, "key-without-kpi", 3).unwrap().0,
            "3 key touchpoints have no KPI"
        );
        assert_eq!(
            sentence(&en, "key-without-kpi", 1).unwrap().0,
            "1 key touchpoint has no KPI"
        );
        assert_eq!(
            sentence(&en, "high-risk", 2).unwrap(),
            (
                "2 risks are rated high severity".to_string(),
                Some(("insights", "#risks"))
            )
        );
        assert!(sentence(&en, "empty-file", 1).is_none());
        // Every code has its message.
        assert!(
            MEANINGS
                .iter()
                .all(|m| en.has(&format!("health-{}", m.code)))
        );
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
