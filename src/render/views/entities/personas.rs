//! The persona pages and the list of personas: each opens with a card of
//! who the persona is (photo, quote, profile, goals), as journey tools such
//! as UXPressia and Smaply show a persona, then what the map knows of them.

use super::{cards_of, crumbs, notes_of};
use crate::analyse::photos::site_path;
use crate::model::Persona;
use crate::render::views::overview::{CELL_SHOWN, gain_text, journey_data, pain_text};
use crate::render::views::value::{Value, get, set, tv};
use crate::render::views::{Ctx, Page, PageSpec, md};
use crate::site::Section;

/// What the persona's card and its tile on the list show alike: the photo's
/// address (none without a photo: the initials stand in), the initials and
/// the tint of their circle, the quote, the goals and the profile's lines.
fn card(ctx: &Ctx, p: &Persona) -> Value {
    let profile: Vec<Value> = p
        .profile
        .iter()
        .map(|(label, value)| tv!({ "label": label, "value": value }))
        .collect();
    tv!({
        "id": p.id,
        "name": p.name,
        "url": ctx.urls.entity("personas", &p.id),
        "photo": p.photo.as_ref().map(|photo| ctx.urls.written(&site_path(photo))),
        "initials": initials(&p.name),
        "tint": tint(&p.id),
        "quote": p.quote,
        "goals": p.goals,
        "profile": profile,
    })
}

/// The letters that stand in for a persona's photo: of the name before its
/// first comma (`Nina, the new runner` is a person's name and a role), the
/// first word's initial and the last one's: `N`, `AV` for `Anna de Vries`.
pub(crate) fn initials(name: &str) -> String {
    let person = name.split(',').next().unwrap_or(name);
    let words: Vec<char> = person
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .collect();
    let picked = match words.as_slice() {
        [] => vec![],
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    picked.into_iter().flat_map(char::to_uppercase).collect()
}

/// One of six tints for the initials' circle, the same for a persona on
/// every page and every build (a sum of its id's bytes, not a random pick),
/// so that personas side by side differ.
fn tint(id: &str) -> u32 {
    id.bytes().map(u32::from).sum::<u32>() % 6 + 1
}

pub fn persona(ctx: &Ctx, pi: usize) -> PageSpec {
    let m = ctx.model;
    let (relieved, created) = ctx.addressed();
    let p = &m.personas[pi];
    let journey = journey_data(ctx, Some(pi));
    let mine = cards_of(ctx, &ctx.lists().persona[pi]);
    let (grid_stages, grid_rows, grid_view) = crate::render::views::overview::grid(ctx, Some(pi));
    let grid_rows = if grid_view == "overview" {
        tiles_only(grid_rows, &m.personas[pi].id)
    } else {
        without_hidden_cards(grid_rows)
    };
    let pains: Vec<Value> = p
        .pains
        .iter()
        .map(|pain| {
            let mut v = pain_text(ctx, &pain.id);
            set(
                &mut v,
                "relievers",
                relieved.get(pain.id.as_str()).cloned().unwrap_or_default(),
            );
            v
        })
        .collect();
    let gains: Vec<Value> = p
        .gains
        .iter()
        .map(|g| {
            let mut v = gain_text(ctx, &g.id);
            set(
                &mut v,
                "creators",
                created.get(g.id.as_str()).cloned().unwrap_or_default(),
            );
            v
        })
        .collect();
    let fit = |n: usize, of: usize| (n * 100 + of / 2).checked_div(of);
    let pains_met = answered(&pains, "relievers");
    let gains_met = answered(&gains, "creators");
    let mut persona = card(ctx, p);
    set(
        &mut persona,
        "description",
        md(ctx, &p.origin, p.description.as_deref()),
    );
    set(&mut persona, "jobs", tv!(p.jobs));
    PageSpec {
        path: Page::Persona(pi).path(ctx.model),
        template: "persona.html",
        title: p.name.clone(),
        crumbs: crumbs(&[(
            &ctx.model.words.text("title-personas"),
            ctx.urls.to("personas/"),
        )]),
        section: Some(Section::Personas),
        data: tv!({
            "persona": persona,
            "pains": pains,
            "gains": gains,
            "fit": { "pains": fit(pains_met, pains.len()), "gains": fit(gains_met, gains.len()), "pains_met": pains_met, "gains_met": gains_met },
            "touchpoints": mine,
            "grid": { "stages": grid_stages, "rows": grid_rows, "view": grid_view },
            "journey": journey,
            "map_url": format!("{}?persona={}", ctx.urls.to("map/"), p.id),
            "notes": notes_of(ctx, &ctx.analysis.backlinks.persona_notes, &p.id),
        }),
    }
}

/// The persona's map grid without the cards a crowded cell hides: a cell
/// of more than `CELL_LIMIT` shows its first `CELL_SHOWN` and "+N more", a
/// link to the cell's page, and on the map page the filters show the rest
/// again; the persona's page has no filters, and a persona who meets 5,000
/// touchpoints carried all of them, hidden, in 5 MB of its page.
fn without_hidden_cards(rows: Vec<Value>) -> Vec<Value> {
    let trim = |cell: &Value| {
        if get(cell, "more").and_then(Value::as_u64).unwrap_or(0) == 0 {
            return cell.clone();
        }
        let shown: Vec<Value> = get(cell, "touchpoints")
            .and_then(Value::as_array)
            .map(|all| all.iter().take(CELL_SHOWN).cloned().collect())
            .unwrap_or_default();
        let mut cell = cell.clone();
        set(&mut cell, "touchpoints", shown);
        cell
    };
    each_cell(rows, trim)
}

/// The persona's map grid as tiles alone, for a persona whose grid of
/// cards would stand taller than the map opens on cards (the map then opens
/// on its overview, tiles that fit one screen): each tile counts the
/// persona's touchpoints in its cell and leads to the cell's page filtered
/// to the persona. The persona's page has no switch between the two views,
/// and a grid of 360 cards (at 10,000 touchpoints, six in each crowded
/// cell) was 434 KB of a 514 KB page that Chromium took over a second to
/// lay out.
fn tiles_only(rows: Vec<Value>, persona: &str) -> Vec<Value> {
    let tile = |cell: &Value| {
        let mut cell = cell.clone();
        set(&mut cell, "touchpoints", Vec::<Value>::new());
        set(&mut cell, "more", 0);
        if let Some(url) = get(&cell, "url").and_then(Value::as_str) {
            let url = format!("{url}?persona={persona}");
            set(&mut cell, "url", url);
        }
        cell
    };
    each_cell(rows, tile)
}

/// The grid's `rows` with each of their cells made anew by `remake`.
fn each_cell(rows: Vec<Value>, remake: impl Fn(&Value) -> Value) -> Vec<Value> {
    rows.into_iter()
        .map(|mut row| {
            let cells: Vec<Value> = get(&row, "cells")
                .and_then(Value::as_array)
                .map(|cells| cells.iter().map(&remake).collect())
                .unwrap_or_default();
            set(&mut row, "cells", cells);
            row
        })
        .collect()
}

/// How many of `list` (pains or gains) have something in their `key`
/// (relievers or creators): those the value proposition answers.
fn answered(list: &[Value], key: &'static str) -> usize {
    list.iter()
        .filter(|v| {
            get(v, key)
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty())
        })
        .count()
}

pub fn persona_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .personas
        .iter()
        .zip(&ctx.lists().persona)
        .map(|(p, serving)| {
            let mut row = card(ctx, p);
            // The description stands in for a quote the persona has not.
            if p.quote.is_none() {
                set(
                    &mut row,
                    "description",
                    md(ctx, &p.origin, p.description.as_deref()),
                );
            }
            set(
                &mut row,
                "counts",
                tv!({ "touchpoints": serving.len(), "jobs": p.jobs.len(), "pains": p.pains.len(), "gains": p.gains.len() }),
            );
            row
        })
        .collect();
    PageSpec {
        path: Page::PersonaIndex.path(ctx.model),
        template: "personas.html",
        title: ctx.model.words.text("title-personas"),
        crumbs: vec![],
        section: Some(Section::Personas),
        data: tv!({ "personas": rows }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_of_the_persons_name_before_the_role() {
        assert_eq!(initials("Nina, the new runner"), "N");
        assert_eq!(initials("Anna de Vries"), "AV");
        assert_eq!(initials("jan  kowalski, planner"), "JK");
        assert_eq!(initials("Łucja"), "Ł");
        assert_eq!(initials("„Max“ Mustermann"), "MM");
        assert_eq!(initials(""), "");
        assert!((1..=6).contains(&tint("new-runner")));
        assert_ne!(tint("new-runner"), tint("marathoner"));
    }
}
