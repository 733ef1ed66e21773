//! The value page: how strongly each component is conveyed at each stage
//! (the heat table), and per persona the value proposition canvas, the
//! square of what we offer facing the circle of what the customer needs,
//! with a mark wherever one answers the other.

use super::*;
use crate::model::Persona;

/// A component lists the touchpoints that convey it strongly up to this
/// many, the 5s first, and counts the rest: a map of 10,000 touchpoints
/// listed some 1,700 a component, a 1.6 MB page.
const CONVEYED_SHOWN: usize = 30;

pub fn value(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let matrix: Vec<Value> = m
        .value_proposition
        .components
        .iter()
        .zip(&ctx.analysis.value_matrix)
        .map(|(comp, row)| {
            let cells: Vec<Value> = m
                .stages
                .iter()
                .zip(row)
                .map(|(st, v)| {
                    let emphasised = comp.emphasis.iter().any(|e| e.id == st.id);
                    let mut cell = super::super::strength_view(&ctx.model.words, *v);
                    set(&mut cell, "stage", &st.name);
                    set(&mut cell, "emphasis", emphasised);
                    // Emphasis without conveying it is a gap worth pointing out.
                    set(&mut cell, "gap", emphasised && v.is_none_or(|x| x < 2.5));
                    cell
                })
                .collect();
            let mut strong: Vec<(usize, u8)> = m
                .touchpoints
                .iter()
                .enumerate()
                .filter(|(_, t)| t.state == State::Current)
                .filter_map(|(i, t)| t.value.get(&comp.id).filter(|&&v| v >= 4).map(|&v| (i, v)))
                .collect();
            let strong_count = strong.len();
            if strong_count > CONVEYED_SHOWN {
                // The 5s before the 4s, each in the order of the map.
                strong.sort_by_key(|&(i, v)| (std::cmp::Reverse(v), i));
                strong.truncate(CONVEYED_SHOWN);
            }
            let conveyed_by: Vec<Value> = strong
                .into_iter()
                .map(|(i, v)| {
                    let mut c = ctx.card(i);
                    set(&mut c, "score", v);
                    c
                })
                .collect();
            tv!({
                "id": comp.id, "name": comp.name,
                "description": comp.description,
                "emphasis": comp.emphasis.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
                "cells": cells,
                "conveyed_more": strong_count - conveyed_by.len(),
                "conveyed_by": conveyed_by,
            })
        })
        .collect();
    let canvases: Vec<Value> = if m.personas.is_empty() {
        vec![canvas(ctx, None)]
    } else {
        m.personas.iter().map(|p| canvas(ctx, Some(p))).collect()
    };
    page(
        &Page::Value.path(ctx.model),
        "value.html",
        &ctx.model.words.text("title-value"),
        Section::Value,
        tv!({
            "stages": m.stages.iter().map(|s| tv!({ "id": s.id, "name": s.name, "url": ctx.urls.entity("stages", &s.id) })).collect::<Vec<_>>(),
            "matrix": matrix,
            "threshold": ctx.model.words.numbers().localise("2.5"),
            "canvases": canvases,
        }),
    )
}

/// A need of the circle (a pain or a gain) or an answer of the square (a
/// reliever or a creator), with the short label (`P1`, `R2`) the marks
/// name it by and the element id they link to.
struct Item<'a> {
    label: String,
    anchor: String,
    text: &'a str,
}

impl Item<'_> {
    fn link(&self) -> Value {
        tv!({ "label": self.label, "href": format!("#{}", self.anchor), "text": self.text })
    }
}

/// The canvas of `persona`: its jobs, pains and gains (the circle) facing
/// the products and services, the pain relievers and the gain creators
/// that concern it (the square). A reliever concerns the persona when it
/// relieves one of its pains, or names no pain at all (it is general); a
/// creator likewise. Each pain says which relievers address it, or that
/// none does; each reliever which of the pains it relieves. Without
/// personas the square stands alone, with every reliever and creator.
pub(in crate::render::views) fn canvas(ctx: &Ctx, persona: Option<&Persona>) -> Value {
    let vp = &ctx.model.value_proposition;
    let prefix = format!("vpc-{}", persona.map_or("all", |p| p.id.as_str()));
    let pains: Vec<Item> = persona
        .map(|p| &p.pains[..])
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, pain)| Item {
            label: format!("P{}", i + 1),
            anchor: format!("{prefix}-p{}", i + 1),
            text: &pain.text,
        })
        .collect();
    let gains: Vec<Item> = persona
        .map(|p| &p.gains[..])
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, gain)| Item {
            label: format!("G{}", i + 1),
            anchor: format!("{prefix}-g{}", i + 1),
            text: &gain.text,
        })
        .collect();
    let pain_ids: Vec<&str> = persona.map_or(Vec::new(), |p| {
        p.pains.iter().map(|x| x.id.as_str()).collect()
    });
    let gain_ids: Vec<&str> = persona.map_or(Vec::new(), |p| {
        p.gains.iter().map(|x| x.id.as_str()).collect()
    });
    // Which of the persona's needs (by position) each answer addresses.
    let concerns =
        |hits: &Vec<usize>, names_none: bool| persona.is_none() || !hits.is_empty() || names_none;
    let relieves: Vec<(&str, Vec<usize>)> = vp
        .pain_relievers
        .iter()
        .filter_map(|r| {
            let hits = positions(&pain_ids, r.relieves.iter().map(|x| x.id.as_str()));
            concerns(&hits, r.relieves.is_empty()).then_some((r.text.as_str(), hits))
        })
        .collect();
    let creates: Vec<(&str, Vec<usize>)> = vp
        .gain_creators
        .iter()
        .filter_map(|c| {
            let hits = positions(&gain_ids, c.creates.iter().map(|x| x.id.as_str()));
            concerns(&hits, c.creates.is_empty()).then_some((c.text.as_str(), hits))
        })
        .collect();
    let relievers = answers(&prefix, "R", &relieves);
    let creators = answers(&prefix, "C", &creates);
    let pain_rows = needs_view(
        &pains,
        &relievers,
        &relieves,
        persona.map(|p| p.pains.iter().map(|x| x.severity).collect()),
    );
    let gain_rows = needs_view(
        &gains,
        &creators,
        &creates,
        persona.map(|p| p.gains.iter().map(|x| x.importance).collect()),
    );
    let addressed = |rows: &[Value]| {
        rows.iter()
            .filter(|r| get(r, "addressed") == Some(&tv!(true)))
            .count()
    };
    tv!({
        "id": prefix,
        "persona": persona.map(|p| tv!({ "id": p.id, "name": p.name, "url": ctx.urls.entity("personas", &p.id) })),
        "products": vp.products,
        "relievers": answer_rows(&relievers, &relieves, &pains),
        "creators": answer_rows(&creators, &creates, &gains),
        "jobs": persona.map_or(Vec::new(), |p| p.jobs.iter().map(|j| j.text.as_str()).collect()),
        "pains": pain_rows,
        "gains": gain_rows,
        "pains_addressed": addressed(&pain_rows),
        "gains_addressed": addressed(&gain_rows),
    })
}

/// The positions in `needs` of the ids `named`, in the order of `needs`.
fn positions<'a>(needs: &[&str], named: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let named: Vec<&str> = named.collect();
    (0..needs.len())
        .filter(|&i| named.contains(&needs[i]))
        .collect()
}

/// The answers (relievers `R…` or creators `C…`) with their labels.
fn answers<'a>(prefix: &str, letter: &str, list: &[(&'a str, Vec<usize>)]) -> Vec<Item<'a>> {
    list.iter()
        .enumerate()
        .map(|(i, (text, _))| Item {
            label: format!("{letter}{}", i + 1),
            anchor: format!("{prefix}-{}{}", letter.to_ascii_lowercase(), i + 1),
            text,
        })
        .collect()
}

/// Each answer with the needs it addresses.
fn answer_rows(items: &[Item], list: &[(&str, Vec<usize>)], needs: &[Item]) -> Vec<Value> {
    items
        .iter()
        .zip(list)
        .map(|(item, (_, hits))| {
            tv!({
                "label": item.label, "id": item.anchor, "text": item.text,
                "addresses": hits.iter().map(|&n| needs[n].link()).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// Each need with the answers that address it: `addressed` is false when
/// none does. `weights` are the pains' severities or the gains' importances.
fn needs_view(
    needs: &[Item],
    answers: &[Item],
    list: &[(&str, Vec<usize>)],
    weights: Option<Vec<Option<u8>>>,
) -> Vec<Value> {
    needs
        .iter()
        .enumerate()
        .map(|(n, need)| {
            let by: Vec<Value> = answers
                .iter()
                .zip(list)
                .filter(|(_, (_, hits))| hits.contains(&n))
                .map(|(a, _)| a.link())
                .collect();
            let weight = weights.as_ref().and_then(|w| w.get(n).copied().flatten());
            tv!({
                "label": need.label, "id": need.anchor, "text": need.text,
                "weight": weight,
                "addressed": !by.is_empty(),
                "by": by,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_texts;
    use crate::render::urls::Urls;
    use std::path::{Path, PathBuf};

    /// A map with one persona of three pains and two gains, and a value
    /// proposition that answers some of them.
    fn analysed() -> crate::analyse::Analysed {
        let text = "site: {title: T}\n\
            stages: [{id: s, name: S}]\n\
            channels: [{id: c, name: C, mode: digital}]\n\
            personas:\n\
            - id: sam\n  name: Sam\n  jobs: [{id: j, text: Buy a gift}]\n  \
              pains: [{id: wait, text: Waits}, {id: price, text: Too dear}, {id: lost, text: Gets lost}]\n  \
              gains: [{id: quick, text: Quick help}, {id: fun, text: Fun}]\n\
            - id: kim\n  name: Kim\n  pains: [{id: noise, text: Noise}]\n\
            value_proposition:\n  products: [Gift boxes]\n  pain_relievers:\n\
            \x20   - {text: Express tills, relieves: [wait, lost]}\n\
            \x20   - {text: Quiet hours, relieves: [noise]}\n\
            \x20   - {text: Price match, relieves: [price]}\n\
            \x20   - {text: Friendly staff}\n  gain_creators:\n\
            \x20   - {text: Staff on the floor, creates: [quick]}\n";
        let a = analyse_texts(
            Path::new("m"),
            [(PathBuf::from("touchmap.yaml"), text.to_string())],
            None,
        );
        assert!(!a.findings.has_errors(), "{:?}", a.findings);
        a
    }

    fn texts(list: &Value, key: &'static str) -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| get(v, key).unwrap().as_str().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn each_pain_says_which_relievers_address_it_or_that_none_does() {
        let a = analysed();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        let c = canvas(&ctx, Some(&a.model.personas[0]));
        // Sam's relievers: those of Sam's pains and the general one, not
        // Kim's "Quiet hours".
        let relievers = get(&c, "relievers").unwrap();
        assert_eq!(
            texts(relievers, "text"),
            ["Express tills", "Price match", "Friendly staff"]
        );
        assert_eq!(texts(relievers, "label"), ["R1", "R2", "R3"]);
        let pains = get(&c, "pains").unwrap().as_array().unwrap();
        let by = |n: usize| texts(get(&pains[n], "by").unwrap(), "label");
        assert_eq!(by(0), ["R1"]);
        assert_eq!(by(1), ["R2"]);
        assert_eq!(by(2), ["R1"]);
        assert!(
            pains
                .iter()
                .all(|p| get(p, "addressed") == Some(&tv!(true)))
        );
        // R1 marks the two pains it relieves, linking to them.
        let r1 = &relievers.as_array().unwrap()[0];
        let marks = get(r1, "addresses").unwrap();
        assert_eq!(texts(marks, "label"), ["P1", "P3"]);
        assert_eq!(texts(marks, "href"), ["#vpc-sam-p1", "#vpc-sam-p3"]);
        // The gain no creator makes is not addressed.
        let gains = get(&c, "gains").unwrap().as_array().unwrap();
        assert_eq!(get(&gains[0], "addressed"), Some(&tv!(true)));
        assert_eq!(get(&gains[1], "addressed"), Some(&tv!(false)));
        assert_eq!(get(&c, "gains_addressed"), Some(&tv!(1)));
    }

    #[test]
    fn a_pain_no_reliever_names_is_not_addressed() {
        let a = analysed();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&a, &urls, None);
        let kim = canvas(&ctx, Some(&a.model.personas[1]));
        let pains = get(&kim, "pains").unwrap().as_array().unwrap();
        assert_eq!(get(&pains[0], "addressed"), Some(&tv!(true)));
        // Without "Quiet hours", Kim's pain has no reliever.
        let mut a = analysed();
        a.model.value_proposition.pain_relievers.remove(1);
        let ctx = Ctx::new(&a, &urls, None);
        let kim = canvas(&ctx, Some(&a.model.personas[1]));
        let pain = &get(&kim, "pains").unwrap().as_array().unwrap()[0];
        assert_eq!(get(pain, "addressed"), Some(&tv!(false)));
        assert_eq!(get(pain, "by").unwrap().as_array().unwrap().len(), 0);
        assert_eq!(get(&kim, "pains_addressed"), Some(&tv!(0)));
    }
}
