//! A lane of the journey on a page of its own: every touchpoint a persona
//! meets at one stage, as the lane's cards, paged by `site::lanes::LANE_PAGE`.
//! The journey page and the persona's page show such a lane as a summary
//! with a link here (`site::lanes` says which lanes have pages).

use super::lanes::{lane_cards, summary};
use super::walks::{by_stage, people};
use super::*;
use crate::i18n::{Args, count_value};
use crate::render::views::pager::page_slice;
use crate::site::lanes::LANE_PAGE;

/// Page `n` of the lane of stage `s` of `persona` (`None`: everyone).
pub fn lane(ctx: &Ctx, persona: Option<usize>, s: usize, n: usize) -> PageSpec {
    let m = ctx.model;
    let words = &m.words;
    let people = people(ctx, persona);
    let who = &people[0];
    let met = by_stage(ctx, who.persona);
    let members: &[usize] = met.get(s).map_or(&[], Vec::as_slice);
    let page_url = |p: usize| ctx.urls.to(&Page::Lane(persona, s, p).path(m));
    let (rows, pager) = page_slice(ctx, members, n, LANE_PAGE, page_url);
    let stage = &m.stages[s];
    let mut args = Args::new();
    args.set("stage", stage.name.clone());
    args.set("who", who.name.to_string());
    let mut title = words.args("journey-lane-title", &args);
    if n > 1 {
        let mut paged = Args::new();
        paged.set("title", title);
        paged.set("n", count_value(n));
        title = words.args("title-list-page", &paged);
    }
    let (section, crumbs, back) = match who.persona {
        Some(pi) => {
            let own = ctx.urls.entity("personas", &m.personas[pi].id);
            (
                Section::Personas,
                vec![
                    (words.text("title-personas"), ctx.urls.to("personas/")),
                    (who.name.to_string(), own.clone()),
                ],
                format!("{own}#journey-h"),
            )
        }
        None => {
            let journey = ctx.urls.to(&Page::Journey.path(m));
            (
                Section::Journey,
                vec![(words.text("title-journey"), journey.clone())],
                journey,
            )
        }
    };
    PageSpec {
        path: Page::Lane(persona, s, n).path(m),
        template: "lane.html",
        title,
        crumbs,
        section: Some(section),
        data: tv!({
            "who": { "id": who.id, "name": who.name, "back": back },
            "stage": { "id": stage.id, "name": stage.name, "url": ctx.urls.entity("stages", &stage.id) },
            "summary": summary(ctx, who, s, members),
            "cards": lane_cards(ctx, who, rows),
            "pager": pager,
        }),
    }
}
