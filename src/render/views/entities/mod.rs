//! One page per entity (touchpoint, stage, channel, persona, KPI, competitor,
//! note) and the index page of each kind.

use super::overview::group_cards;
use super::pager::list_slice;
use super::value::{Value, set, tv};
use super::{
    Ctx, Page, PageSpec, emotion_of, fmt_num, md, ref_links, round1, signed_mean, sparkline,
    status_view,
};
use crate::analyse::links::source_path;
use crate::model::{MeasureValue, Model, State};
use crate::render::charts::{self, Point2, Profile, TimePoint};
use crate::render::markdown;
use crate::site::Section;
use std::collections::{BTreeMap, BTreeSet};

mod competitors;
mod kpis;
mod personas;
mod touchpoints;

pub(super) use competitors::*;
pub(super) use kpis::*;
pub(super) use personas::*;
pub(super) use touchpoints::*;

/// The title of page `n` (from 1) of a long list: the list's own title on
/// its first page.
fn paged_title(ctx: &Ctx, id: &str, n: usize) -> String {
    let words = &ctx.model.words;
    if n > 1 {
        let mut args = crate::i18n::Args::new();
        args.set("title", words.text(id));
        args.set("n", crate::i18n::count_value(n));
        words.args("title-list-page", &args)
    } else {
        words.text(id)
    }
}

fn crumbs(items: &[(&str, String)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(t, u)| (t.to_string(), u.clone()))
        .collect()
}

fn notes_of(ctx: &Ctx, map: &BTreeMap<String, BTreeSet<String>>, id: &str) -> Vec<Value> {
    map.get(id)
        .map(|set| ref_links(ctx, "notes", set.iter().map(String::as_str)))
        .unwrap_or_default()
}

pub fn stage(ctx: &Ctx, s: usize) -> PageSpec {
    let m = ctx.model;
    let st = &m.stages[s];
    let f = &ctx.analysis.per_stage[s];
    let by_channel: Vec<Value> = m
        .channels
        .iter()
        .enumerate()
        .map(|(c, ch)| {
            let mut v = group_cards(ctx, (s, c));
            set(&mut v, "id", &ch.id);
            set(&mut v, "name", &ch.name);
            set(&mut v, "mode", ch.mode);
            set(&mut v, "url", ctx.urls.entity("channels", &ch.id));
            v
        })
        .collect();
    let components: Vec<Value> = m
        .value_proposition
        .components
        .iter()
        .filter(|c| c.emphasis.iter().any(|e| e.id == st.id))
        .map(|c| tv!({ "id": c.id, "name": c.name }))
        .collect();
    PageSpec {
        path: Page::Stage(s).path(ctx.model),
        template: "stage.html",
        title: st.name.clone(),
        crumbs: crumbs(&[
            (&ctx.model.words.text("nav-map"), ctx.urls.to("map/")),
            (
                &ctx.model.words.text("title-stages"),
                ctx.urls.to("stages/"),
            ),
        ]),
        section: Some(Section::Map),
        data: tv!({
            "stage": { "id": st.id, "name": st.name, "description": st.description },
            "figures": { "total": f.total, "analog": f.analog, "digital": f.digital, "key": f.key, "overloaded": f.overloaded, "emotion": f.emotion.map(round1), "emotion_planned": f.emotion_planned.map(round1), "emotion_text": f.emotion.map(|e| signed_mean(ctx, e)), "emotion_planned_text": f.emotion_planned.map(|e| signed_mean(ctx, e)), "planned": f.planned, "limit": m.site.max_touchpoints_per_stage },
            "channels": by_channel,
            "emphasis": components,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.stage_notes, &st.id),
            "prev": s.checked_sub(1).map(|p| tv!({ "name": m.stages[p].name, "url": ctx.urls.entity("stages", &m.stages[p].id) })),
            "next": m.stages.get(s + 1).map(|n| tv!({ "name": n.name, "url": ctx.urls.entity("stages", &n.id) })),
        }),
    }
}

pub fn stage_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .zip(&ctx.analysis.per_stage)
        .map(|(s, f)| tv!({ "id": s.id, "name": s.name, "description": s.description, "url": ctx.urls.entity("stages", &s.id), "total": f.total }))
        .collect();
    PageSpec {
        path: Page::StageIndex.path(ctx.model),
        template: "stages.html",
        title: ctx.model.words.text("title-stages"),
        crumbs: crumbs(&[(&ctx.model.words.text("nav-map"), ctx.urls.to("map/"))]),
        section: Some(Section::Map),
        data: tv!({ "stages": rows }),
    }
}

pub fn channel(ctx: &Ctx, c: usize) -> PageSpec {
    let m = ctx.model;
    let ch = &m.channels[c];
    let by_stage: Vec<Value> = m
        .stages
        .iter()
        .enumerate()
        .map(|(s, st)| {
            let mut v = group_cards(ctx, (s, c));
            set(&mut v, "id", &st.id);
            set(&mut v, "name", &st.name);
            set(&mut v, "url", ctx.urls.entity("stages", &st.id));
            v
        })
        .collect();
    let competitors: Vec<Value> = m
                .competitors
                .iter()
                .filter(|comp| comp.channels.iter().any(|r| r.id == ch.id))
                .map(|comp| tv!({ "id": comp.id, "name": comp.name, "url": ctx.urls.entity("competitors", &comp.id) }))
                .collect();
    PageSpec {
        path: Page::Channel(c).path(ctx.model),
        template: "channel.html",
        title: ch.name.clone(),
        crumbs: crumbs(&[
            (&ctx.model.words.text("nav-map"), ctx.urls.to("map/")),
            (
                &ctx.model.words.text("title-channels"),
                ctx.urls.to("channels/"),
            ),
        ]),
        section: Some(Section::Map),
        data: tv!({
            "channel": { "id": ch.id, "name": ch.name, "mode": ch.mode, "description": ch.description },
            "total": ctx.analysis.per_channel[c],
            "stages": by_stage,
            "competitors": competitors,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.channel_notes, &ch.id),
        }),
    }
}

pub fn channel_index(ctx: &Ctx) -> PageSpec {
    let rows: Vec<Value> = ctx
        .model
        .channels
        .iter()
        .zip(&ctx.analysis.per_channel)
        .map(|(c, n)| tv!({ "id": c.id, "name": c.name, "mode": c.mode, "description": c.description, "url": ctx.urls.entity("channels", &c.id), "total": n }))
        .collect();
    PageSpec {
        path: Page::ChannelIndex.path(ctx.model),
        template: "channels.html",
        title: ctx.model.words.text("title-channels"),
        crumbs: crumbs(&[(&ctx.model.words.text("nav-map"), ctx.urls.to("map/"))]),
        section: Some(Section::Map),
        data: tv!({ "channels": rows }),
    }
}

pub fn note(ctx: &Ctx, i: usize) -> (PageSpec, BTreeSet<String>) {
    let m = ctx.model;
    let b = &ctx.analysis.backlinks;
    let n = &m.notes[i];
    let r = markdown::render_note(m, ctx.urls, &n.id, &n.body, &n.title);
    let refs = |map: &BTreeMap<String, BTreeSet<String>>, section: &str| {
        map.get(&n.id)
            .map(|set| ref_links(ctx, section, set.iter().map(String::as_str)))
            .unwrap_or_default()
    };
    let spec = PageSpec {
        path: Page::Note(i).path(ctx.model),
        template: "note.html",
        title: n.title.clone(),
        crumbs: crumbs(&[(&ctx.model.words.text("title-notes"), ctx.urls.to("notes/"))]),
        section: Some(Section::Notes),
        data: tv!({
            "note": { "id": n.id, "title": n.title, "tags": n.tags, "html": r.html, "heading": r.title_heading },
            "touchpoints": refs(&b.note_touchpoints, "touchpoints"),
            "kpis": refs(&b.note_kpis, "kpis"),
            "competitors": refs(&b.note_competitors, "competitors"),
            "links": refs(&b.note_links, "notes"),
            "backlinks": refs(&b.note_backlinks, "notes"),
        }),
    };
    (spec, r.files)
}

/// Page `n` (from 1) of the notes, [`crate::site::LIST_PAGE`] a page: the
/// list of a map of 10,000 notes was 1.9 MB.
pub fn note_index(ctx: &Ctx, n: usize) -> PageSpec {
    let all: Vec<usize> = (0..ctx.model.notes.len()).collect();
    let (shown, pager) = list_slice(ctx, Section::Notes, &all, n);
    let rows: Vec<Value> = shown
        .iter()
        .map(|&i| &ctx.model.notes[i])
        .map(|n| tv!({ "id": n.id, "title": n.title, "url": ctx.urls.note(&n.id), "tags": n.tags, "folder": n.slug.rsplit_once('/').map(|(d, _)| d).unwrap_or("") }))
        .collect();
    PageSpec {
        path: Page::NoteIndex(n).path(ctx.model),
        template: "notes.html",
        title: paged_title(ctx, "title-notes", n),
        crumbs: vec![],
        section: Some(Section::Notes),
        data: tv!({ "notes": rows, "pager": pager }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::value::get;
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;
    use std::path::Path;

    /// The ids of the touchpoint cards in `list` (a page's list of cards, or
    /// of `{touchpoint: card}` rows).
    fn card_ids(list: &Value) -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|v| get(v, "touchpoint").unwrap_or(v))
            .map(|card| get(card, "id").unwrap().as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn persona_and_competitor_pages_list_exactly_their_touchpoints() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let mut analysed = analyse_map(&map).unwrap();
        // A competitor named twice at one touchpoint (two practices) still
        // lists that touchpoint once.
        let twice = analysed
            .model
            .touchpoints
            .iter()
            .position(|t| !t.competitors.is_empty())
            .unwrap();
        let first = analysed.model.touchpoints[twice].competitors[0].clone();
        analysed.model.touchpoints[twice].competitors.push(first);
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let in_journey = |keep: &dyn Fn(&crate::model::Touchpoint) -> bool| -> Vec<String> {
            ctx.analysis
                .journey
                .iter()
                .map(|&i| &m.touchpoints[i])
                .filter(|t| keep(t))
                .map(|t| t.id.clone())
                .collect()
        };

        let personas = persona_index(&ctx).data;
        for (pi, p) in m.personas.iter().enumerate() {
            let want = in_journey(&|t| t.personas.iter().any(|r| r.id == p.id));
            assert!(!want.is_empty(), "{}", p.id);
            let page = persona(&ctx, pi).data;
            assert_eq!(
                card_ids(get(&page, "touchpoints").unwrap()),
                want,
                "{}",
                p.id
            );
            let row = &get(&personas, "personas").unwrap().as_array().unwrap()[pi];
            assert_eq!(
                get(get(row, "counts").unwrap(), "touchpoints")
                    .unwrap()
                    .as_u64(),
                Some(want.len() as u64)
            );
        }

        let competitors = competitor_index(&ctx).data;
        for (ci, c) in m.competitors.iter().enumerate() {
            let want = in_journey(&|t| t.competitors.iter().any(|p| p.competitor.id == c.id));
            let page = competitor(&ctx, ci).data;
            assert_eq!(card_ids(get(&page, "practices").unwrap()), want, "{}", c.id);
            let row = &get(&competitors, "competitors")
                .unwrap()
                .as_array()
                .unwrap()[ci];
            assert_eq!(
                get(row, "touchpoints").unwrap().as_u64(),
                Some(want.len() as u64)
            );
        }
    }
}
