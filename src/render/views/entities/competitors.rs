//! The page of each competitor (its positioning and value profile
//! against ours), and their index.

use super::*;

/// Our own value profile: the mean score per component over the current
/// touchpoints (as-is; the planned ones are not there yet). Read through
/// [`Ctx::own_profile`], which computes it once for all competitor pages.
pub(in crate::render::views) fn own_profile(m: &Model) -> Vec<Option<f64>> {
    m.value_proposition
        .components
        .iter()
        .map(|c| {
            let v: Vec<f64> = m
                .touchpoints
                .iter()
                .filter(|t| t.state == State::Current)
                .filter_map(|t| t.value.get(&c.id).map(|&x| f64::from(x)))
                .collect();
            (!v.is_empty()).then(|| round1(v.iter().sum::<f64>() / v.len() as f64))
        })
        .collect()
}

pub(in crate::render::views) fn brand_name(m: &Model) -> String {
    m.site
        .brand
        .clone()
        .unwrap_or_else(|| m.words.text("common-us-brand"))
}

/// Our profile, then every competitor's or only competitor `only`'s (an
/// index into `model.competitors`).
pub(in crate::render::views) fn profiles(ctx: &Ctx, only: Option<usize>) -> Vec<Profile> {
    let m = ctx.model;
    let mut out = vec![Profile {
        label: brand_name(m),
        values: ctx.own_profile().to_vec(),
        highlight: true,
    }];
    let chosen = match only {
        Some(ci) => std::slice::from_ref(&m.competitors[ci]),
        None => &m.competitors,
    };
    for c in chosen {
        out.push(Profile {
            label: c.name.clone(),
            values: m
                .value_proposition
                .components
                .iter()
                .map(|comp| c.value.get(&comp.id).map(|&v| f64::from(v)))
                .collect(),
            highlight: false,
        });
    }
    out
}

pub(in crate::render::views) fn positioning(ctx: &Ctx, id: &str) -> Value {
    let m = ctx.model;
    let (x, y) = (&m.site.positioning.x, &m.site.positioning.y);
    let name_of = |c: &str| {
        m.value_proposition
            .components
            .iter()
            .find(|k| k.id == *c)
            .map(|k| k.name.clone())
            .unwrap_or_else(|| c.to_string())
    };
    let xi = m.index.components.get(x).copied();
    let yi = m.index.components.get(y).copied();
    let own = ctx.own_profile();
    let num = |v: f64| m.words.numbers().localise(&fmt_num(v));
    let mut points = Vec::new();
    if let (Some(ox), Some(oy)) = (xi.and_then(|i| own[i]), yi.and_then(|i| own[i])) {
        points.push(Point2 {
            label: brand_name(m),
            x: ox,
            y: oy,
            highlight: true,
        });
    }
    for c in &m.competitors {
        if let (Some(&cx), Some(&cy)) = (c.value.get(x), c.value.get(y)) {
            points.push(Point2 {
                label: c.name.clone(),
                x: f64::from(cx),
                y: f64::from(cy),
                highlight: false,
            });
        }
    }
    let table: Vec<Value> = points
        .iter()
        .map(|p| tv!({ "label": p.label, "x": num(p.x), "y": num(p.y) }))
        .collect();
    tv!({
        "x": name_of(x),
        "y": name_of(y),
        "svg": charts::positioning_map(
            &m.words,
            id,
            &m.words.text("chart-positioning-title"),
            &name_of(x),
            &name_of(y),
            &points
        ),
        "table": table,
    })
}

pub(in crate::render::views) fn benchmark(ctx: &Ctx, only: Option<usize>, id: &str) -> Value {
    let m = ctx.model;
    let names: Vec<String> = m
        .value_proposition
        .components
        .iter()
        .map(|c| c.name.clone())
        .collect();
    let profs = profiles(ctx, only);
    let rows: Vec<Value> = profs
        .iter()
        .map(|p| tv!({ "label": p.label, "highlight": p.highlight, "values": p.values.iter().map(|v| v.map(|x| score_cell(m, x))).collect::<Vec<_>>() }))
        .collect();
    tv!({
        "components": names,
        "rows": rows,
        "bars": charts::value_bars(
            &m.words,
            &format!("{id}-bars"),
            &m.words.text("chart-benchmark-title"),
            &names,
            &profs
        ),
        "radar": charts::radar(
            &m.words,
            &format!("{id}-radar"),
            &m.words.text("chart-profile-title"),
            &names,
            &profs
        ),
    })
}

pub fn competitor(ctx: &Ctx, ci: usize) -> PageSpec {
    let m = ctx.model;
    let c = &m.competitors[ci];
    let practices: Vec<Value> = ctx.lists().competitor[ci]
                .iter()
                .filter_map(|&i| {
                    m.touchpoints[i]
                        .competitors
                        .iter()
                        .find(|p| p.competitor.id == c.id)
                        .map(|p| tv!({ "touchpoint": ctx.card(i), "practice": p.practice, "differentiation": p.differentiation }))
                })
                .collect();
    PageSpec {
        path: Page::Competitor(ci).path(ctx.model),
        template: "competitor.html",
        title: c.name.clone(),
        crumbs: crumbs(&[(
            &m.words.text("title-competitors"),
            ctx.urls.to("competitors/"),
        )]),
        section: Some(Section::Competitors),
        data: tv!({
            "competitor": {
                "id": c.id, "name": c.name, "description": md(ctx, &c.origin, c.description.as_deref()),
                "website": c.website.as_deref().filter(|w| crate::analyse::safety::is_web_address(w)),
                "strengths": c.strengths, "weaknesses": c.weaknesses,
                "channels": ref_links(ctx, "channels", c.channels.iter().map(|r| r.id.as_str())),
            },
            "benchmark": benchmark(ctx, Some(ci), &format!("bench-{}", c.id)),
            "practices": practices,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.competitor_notes, &c.id),
        }),
    }
}

pub fn competitor_index(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let coverage: Vec<Value> = m
        .channels
        .iter()
        .enumerate()
        .map(|(ci, ch)| {
            let ours = ctx.analysis.per_channel[ci];
            let theirs: Vec<bool> = m.competitors.iter().map(|c| c.channels.iter().any(|r| r.id == ch.id)).collect();
            tv!({ "id": ch.id, "name": ch.name, "mode": ch.mode, "url": ctx.urls.entity("channels", &ch.id), "ours": ours, "theirs": theirs })
        })
        .collect();
    let list: Vec<Value> = m
        .competitors
        .iter()
        .zip(&ctx.lists().competitor)
        .map(|(c, present)| {
            let n = present.len();
            tv!({ "id": c.id, "name": c.name, "url": ctx.urls.entity("competitors", &c.id), "description": md(ctx, &c.origin, c.description.as_deref()), "touchpoints": n })
        })
        .collect();
    PageSpec {
        path: Page::CompetitorIndex.path(ctx.model),
        template: "competitors.html",
        title: m.words.text("title-competitors"),
        crumbs: vec![],
        section: Some(Section::Competitors),
        data: tv!({
            "competitors": list,
            "brand": brand_name(m),
            "benchmark": benchmark(ctx, None, "bench-all"),
            "coverage": coverage,
            "positioning": positioning(ctx, "positioning"),
        }),
    }
}

/// A value score in the benchmark's table: its text the map's language's way
/// and its rounded level, which colours the cell.
fn score_cell(m: &crate::model::Model, x: f64) -> Value {
    tv!({ "text": m.words.numbers().localise(&fmt_num(x)), "level": x.round() as i64 })
}
