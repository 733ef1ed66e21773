//! What became of the opportunities and risks a touchpoint kept: a new
//! status, impact or effort of an opportunity, a new severity or
//! likelihood of a risk, said in words ("opportunity “Online booking”:
//! status changed from `idea` to `planned`"), because that is the progress
//! a team reads a comparison for. An item is the same item when its text
//! is; what else changed in the lists (an item added, removed, reworded or
//! given another owner) is left to "also changed".

use super::{Arg, Phrase, code, from_to, text, word};
use crate::i18n::Catalog;
use crate::model::{Opportunity, Risk};

/// The sentences for the opportunities of `o` that `n` still has, and
/// whether they say all that changed in the list.
pub(super) fn opportunity_changes(
    words: &Catalog,
    o: &[Opportunity],
    n: &[Opportunity],
) -> (Vec<Phrase>, bool) {
    let mut out = Vec::new();
    let mut said = o.to_vec();
    let mut taken = vec![false; o.len()];
    for b in n {
        let Some(k) = (0..o.len()).find(|&k| !taken[k] && o[k].text == b.text) else {
            continue;
        };
        taken[k] = true;
        let a = &o[k];
        let mut p = Phrase::new();
        let mut any = false;
        let sep = |p: Phrase, any: &mut bool| {
            let p = if *any { p.text(", ") } else { p };
            *any = true;
            p
        };
        if a.status != b.status {
            p = sep(p, &mut any).extend(from_to(
                words,
                "changes-status",
                code(word(&a.status)),
                code(word(&b.status)),
            ));
        }
        for (what, x, y) in [
            ("changes-impact", a.impact, b.impact),
            ("changes-effort", a.effort, b.effort),
        ] {
            if x != y {
                let score = |v: Option<u8>| {
                    v.map_or_else(|| words.text("changes-not-scored"), |v| v.to_string())
                };
                p = sep(p, &mut any).extend(from_to(words, what, text(score(x)), text(score(y))));
            }
        }
        if any {
            out.push(Phrase::say(
                words,
                "changes-opportunity",
                vec![("text", text(&b.text)), ("changes", Arg::Phrase(p))],
            ));
        }
        // What the sentence said, and the form (a text or a mapping),
        // which says nothing a reader needs.
        said[k] = Opportunity {
            status: b.status,
            impact: b.impact,
            effort: b.effort,
            plain: b.plain,
            ..said[k].clone()
        };
    }
    let all_said = said.len() == n.len() && said.iter().zip(n).all(|(a, b)| same(a, b));
    (out, all_said)
}

/// Two opportunities alike in all a reader sees (not where they are written).
fn same(a: &Opportunity, b: &Opportunity) -> bool {
    (&a.text, a.impact, a.effort, a.status, &a.owner, a.plain)
        == (&b.text, b.impact, b.effort, b.status, &b.owner, b.plain)
}

/// The sentences for the risks of `o` that `n` still has, and whether they
/// say all that changed in the list.
pub(super) fn risk_changes(words: &Catalog, o: &[Risk], n: &[Risk]) -> (Vec<Phrase>, bool) {
    let mut out = Vec::new();
    let mut taken = vec![false; o.len()];
    let mut matched = 0;
    for b in n {
        let Some(k) = (0..o.len()).find(|&k| !taken[k] && o[k].text == b.text) else {
            continue;
        };
        taken[k] = true;
        matched += 1;
        let a = &o[k];
        let mut p = Phrase::new();
        let mut any = false;
        if a.severity != b.severity {
            p = p.extend(from_to(
                words,
                "changes-severity",
                code(word(&a.severity)),
                code(word(&b.severity)),
            ));
            any = true;
        }
        if a.likelihood != b.likelihood {
            if any {
                p = p.text(", ");
            }
            let likelihood = |l: &Option<_>| match l {
                Some(l) => code(word(l)),
                None => text(words.text("changes-not-given")),
            };
            p = p.extend(from_to(
                words,
                "changes-likelihood",
                likelihood(&a.likelihood),
                likelihood(&b.likelihood),
            ));
            any = true;
        }
        if any {
            out.push(Phrase::say(
                words,
                "changes-risk",
                vec![("text", text(&b.text)), ("changes", Arg::Phrase(p))],
            ));
        }
    }
    // Matched in order, one for one: nothing was added, removed, reworded
    // or moved.
    let in_order = o.iter().zip(n).all(|(a, b)| a.text == b.text);
    let all_said = matched == o.len() && o.len() == n.len() && in_order;
    (out, all_said)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Location;
    use crate::model::{Likelihood, OpportunityStatus, RiskSeverity};

    fn opp(text: &str, impact: Option<u8>, status: OpportunityStatus) -> Opportunity {
        Opportunity {
            text: text.into(),
            impact,
            effort: Some(2),
            status,
            owner: None,
            plain: false,
            origin: Location::new("a.yaml", 1, 1),
        }
    }

    fn risk(text: &str, severity: RiskSeverity, likelihood: Option<Likelihood>) -> Risk {
        Risk {
            text: text.into(),
            severity,
            likelihood,
            origin: Location::new("a.yaml", 1, 1),
        }
    }

    fn plain(phrases: &[Phrase]) -> Vec<String> {
        phrases.iter().map(Phrase::plain).collect()
    }

    #[test]
    fn a_new_status_and_scores_are_said_in_words_and_say_it_all() {
        use OpportunityStatus as S;
        let o = [opp("Booking", Some(3), S::Idea), opp("Chat", None, S::Idea)];
        let n = [
            opp("Booking", Some(5), S::InProgress),
            opp("Chat", None, S::Idea),
        ];
        let (said, all) = opportunity_changes(crate::render::charts::en(), &o, &n);
        assert_eq!(
            plain(&said),
            [
                "opportunity “Booking”: status changed from idea to in-progress, impact changed from 3 to 5"
            ]
        );
        assert!(all);
        let (said, _) = opportunity_changes(
            crate::render::charts::en(),
            &n[..1],
            &[opp("Booking", None, S::InProgress)],
        );
        assert_eq!(
            plain(&said),
            ["opportunity “Booking”: impact changed from 5 to not scored"]
        );
    }

    #[test]
    fn an_added_or_reworded_opportunity_is_left_to_also_changed() {
        use OpportunityStatus as S;
        let o = [opp("Booking", Some(3), S::Idea)];
        let n = [opp("Booking", Some(3), S::Done), opp("New", None, S::Idea)];
        let (said, all) = opportunity_changes(crate::render::charts::en(), &o, &n);
        assert_eq!(
            plain(&said),
            ["opportunity “Booking”: status changed from idea to done"]
        );
        assert!(!all);
        let (said, all) = opportunity_changes(
            crate::render::charts::en(),
            &o,
            &[opp("Booking online", Some(3), S::Idea)],
        );
        assert!(said.is_empty());
        assert!(!all);
        let mut owned = o.clone();
        owned[0].owner = Some("Retail".into());
        assert!(
            !opportunity_changes(crate::render::charts::en(), &o, &owned).1,
            "a new owner is not said"
        );
    }

    #[test]
    fn a_risk_that_became_likelier_or_worse_is_said_in_words() {
        use Likelihood as L;
        use RiskSeverity as S;
        let o = [
            risk("Outage", S::Medium, None),
            risk("Late", S::High, Some(L::Low)),
        ];
        let n = [
            risk("Outage", S::Medium, Some(L::High)),
            risk("Late", S::Medium, Some(L::Low)),
        ];
        let (said, all) = risk_changes(crate::render::charts::en(), &o, &n);
        assert_eq!(
            plain(&said),
            [
                "risk “Outage”: likelihood changed from not given to high",
                "risk “Late”: severity changed from high to medium"
            ]
        );
        assert!(all);
        let (_, all) = risk_changes(crate::render::charts::en(), &o, &o[..1]);
        assert!(!all, "a removed risk is left to also changed");
    }
}
