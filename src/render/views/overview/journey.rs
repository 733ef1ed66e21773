//! The journey, on its page and on each persona's: how each persona feels
//! at each touchpoint it meets (the step curve, with the stage means as a
//! table), and the page around it; who walks it and the steps are in
//! `walks.rs`, what each meets there, the lanes, in `lanes.rs`.

use super::lanes::{columns, lanes};
use super::walks::{Who, by_stage, people, stage_means, steps};
use super::*;
use crate::render::charts::StepLayout;
use crate::render::views::signed_score;

/// The curve of `people` (each with the touchpoints it meets per stage),
/// its legend, the stage means and the posters of its personas; and where
/// its stage bands are.
fn curve(ctx: &Ctx, people: &[Who], met: &[Vec<Vec<usize>>], id: &str) -> (Value, StepLayout) {
    let m = ctx.model;
    let (bands, walks, title) = steps(ctx, people, met);
    let legend: Vec<Value> = people
        .iter()
        .map(|w| tv!({ "id": w.id, "name": w.name, "sample": charts::walk_sample(w.slot) }))
        .collect();
    let pains: Vec<Value> = walks
        .iter()
        .filter(|w| w.steps.iter().any(|s| s.pain))
        .map(|w| {
            let names: Vec<Value> = w
                .steps
                .iter()
                .filter(|s| s.pain)
                .map(|s| tv!({ "name": s.name, "url": s.url, "score": signed_score(s.score as i8), "feeling": s.feeling }))
                .collect();
            tv!({ "name": w.name, "pains": names })
        })
        .collect();
    let means: Vec<_> = people
        .iter()
        .zip(met)
        .map(|(who, w)| stage_means(ctx, who, w))
        .collect();
    let rows: Vec<Value> = m
        .stages
        .iter()
        .enumerate()
        .map(|(s, st)| {
            let values: Vec<Option<String>> = means
                .iter()
                .flat_map(|w| [w[s].0, w[s].1])
                .map(|v| v.map(|x| super::signed_mean(ctx, x)))
                .collect();
            tv!({ "stage": st.name, "values": values })
        })
        .collect();
    let layout = charts::step_layout(&bands);
    let value = tv!({
        "id": id,
        "svg": charts::emotion_steps(&ctx.model.words, id, &title, &bands, &walks),
        "legend": legend,
        "pains": pains,
        "min_width": layout.min_css_width().ceil() as u64,
        "axis": axis(&layout),
        "wide": layout.wide,
        "linked": charts::points_linked(&walks),
        "table": { "people": people.iter().map(|w| w.name.as_ref()).collect::<Vec<_>>(), "rows": rows },
        "posters": super::posters::journey_links(ctx, people.iter().filter_map(|w| w.persona)),
    });
    (value, layout)
}

/// The curve's y axis again, for the page to keep in view while a chart
/// wider than its frame scrolls: as wide as the chart's left margin (in per
/// cent of the chart), each score's label at its gridline's height.
fn axis(layout: &StepLayout) -> Value {
    let ticks: Vec<Value> = charts::emotion_ticks()
        .into_iter()
        .map(|(label, top)| tv!({ "label": label, "top": fmt_num(top * 100.0) }))
        .collect();
    tv!({ "width": fmt_num(layout.left / layout.width * 100.0), "ticks": ticks })
}

/// The journey of one persona (an index into `model.personas`) or of
/// every persona: the curve of all of them, and each one's lanes.
pub fn journey_data(ctx: &Ctx, persona: Option<usize>) -> Value {
    let people = people(ctx, persona);
    let met: Vec<Vec<Vec<usize>>> = people.iter().map(|w| by_stage(ctx, w.persona)).collect();
    let id = match persona {
        Some(_) => format!("curve-{}", people[0].id),
        None => "curve-journey".to_string(),
    };
    let (curve, layout) = curve(ctx, &people, &met, &id);
    let walks: Vec<Value> = people
        .iter()
        .zip(&met)
        .map(|(who, w)| {
            tv!({
                "id": who.id,
                "name": who.name,
                "url": who.persona.map(|_| ctx.urls.entity("personas", who.id)),
                "lanes": lanes(ctx, who, w),
            })
        })
        .collect();
    tv!({ "curve": curve, "grid": columns(&layout), "walks": walks })
}

pub fn journey(ctx: &Ctx) -> PageSpec {
    let mut data = journey_data(ctx, None);
    let stages: Vec<Value> = ctx
        .model
        .stages
        .iter()
        .map(|s| tv!({ "id": s.id, "name": s.name }))
        .collect();
    set(&mut data, "stages", stages);
    page(
        &Page::Journey.path(ctx.model),
        "journey.html",
        &ctx.model.words.text("title-journey"),
        Section::Journey,
        data,
    )
}

#[cfg(test)]
mod tests {
    use super::super::walks::{emotion_of, mark_pains};
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::charts::Step;
    use crate::render::urls::Urls;
    use std::path::Path;

    fn example() -> crate::analyse::Analysed {
        analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap()
    }

    fn step(at: usize, score: f64, planned: bool) -> Step {
        Step {
            at,
            score,
            name: format!("t{at}"),
            feeling: String::new(),
            url: String::new(),
            planned,
            pain: false,
        }
    }

    fn pains(steps: &[Step]) -> Vec<usize> {
        steps.iter().filter(|s| s.pain).map(|s| s.at).collect()
    }

    #[test]
    fn the_journey_goes_by_stage_then_in_the_order_of_the_map_files() {
        let analysed = example();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        for (pi, p) in m.personas.iter().enumerate() {
            let stages = by_stage(&ctx, Some(pi));
            let got: Vec<&str> = stages
                .iter()
                .flatten()
                .map(|&i| m.touchpoints[i].id.as_str())
                .collect();
            let mut want: Vec<(usize, usize)> = m
                .touchpoints
                .iter()
                .enumerate()
                .filter(|(_, t)| t.personas.iter().any(|r| r.id == p.id))
                .map(|(i, t)| (m.stages.iter().position(|s| s.id == t.stage.id).unwrap(), i))
                .collect();
            want.sort_unstable();
            let want: Vec<&str> = want
                .iter()
                .map(|&(_, i)| m.touchpoints[i].id.as_str())
                .collect();
            assert_eq!(got, want, "{}", p.id);
        }
    }

    #[test]
    fn the_curve_has_one_point_per_touchpoint_each_persona_meets() {
        let analysed = example();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let people = people(&ctx, None);
        assert_eq!(people.len(), m.personas.len());
        let met: Vec<Vec<Vec<usize>>> = people.iter().map(|w| by_stage(&ctx, w.persona)).collect();
        let (curve, _) = curve(&ctx, &people, &met, "c");
        let svg = get(&curve, "svg").and_then(Value::as_str).unwrap();
        let mut places: Vec<(usize, &str)> = Vec::new();
        for (who, w) in people.iter().zip(&met) {
            let rated: Vec<usize> = w
                .iter()
                .flatten()
                .copied()
                .filter(|&i| emotion_of(&m.touchpoints[i], Some(who.id)).is_some())
                .collect();
            assert!(rated.len() > 10, "{}", who.id);
            let group = &svg[svg.find(&format!("data-persona=\"{}\"", who.id)).unwrap()..];
            let group = &group[..group.find("</g>").unwrap()];
            assert_eq!(
                group.matches("<a class=\"step\"").count(),
                rated.len(),
                "{}",
                who.id
            );
            for &i in &rated {
                let href = format!("href=\"/touchpoints/{}/\"", m.touchpoints[i].id);
                assert!(group.contains(&href), "{} {href}", who.id);
                places.push((i, who.id));
            }
        }
        // A touchpoint two personas meet is one step of the journey: the
        // steps are the touchpoints anyone meets, each once.
        let mut steps: Vec<usize> = places.iter().map(|&(i, _)| i).collect();
        steps.sort_unstable();
        steps.dedup();
        assert!(steps.len() < places.len(), "the personas share touchpoints");
        let desc = &svg[svg.find("<desc").unwrap()..svg.find("</desc>").unwrap()];
        for who in &people {
            assert!(desc.contains(&*who.name), "{desc}");
        }
    }

    #[test]
    fn the_lowest_current_points_below_neutral_are_the_moments_of_pain() {
        let mut steps = vec![
            step(0, 1.0, false),
            step(1, -2.0, true),
            step(2, -1.0, false),
            step(3, 0.0, false),
            step(4, -1.0, false),
        ];
        mark_pains(&mut steps, &[0; 5]);
        // The planned -2 is not felt yet: the lowest felt is -1, twice.
        assert_eq!(pains(&steps), [2, 4]);
        // At most three, the first of each stage before a second of any.
        let mut steps: Vec<Step> = (0..6).map(|at| step(at, -2.0, false)).collect();
        mark_pains(&mut steps, &[0, 0, 0, 1, 1, 2]);
        assert_eq!(pains(&steps), [0, 3, 5]);
        let mut steps: Vec<Step> = (0..5).map(|at| step(at, -2.0, false)).collect();
        mark_pains(&mut steps, &[0, 0, 0, 1, 1]);
        assert_eq!(pains(&steps), [0, 1, 3]);
        // A persona who never feels worse than neutral has no pain.
        let mut steps = vec![step(0, 0.0, false), step(1, 2.0, false)];
        mark_pains(&mut steps, &[0, 0]);
        assert!(pains(&steps).is_empty());
        mark_pains(&mut [], &[]);
    }

    #[test]
    fn the_example_names_each_persona_s_lowest_touchpoint() {
        let analysed = example();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let data = journey_data(&ctx, None);
        let pains = get(get(&data, "curve").unwrap(), "pains").unwrap();
        let named: Vec<&str> = pains
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| get(p, "pains").unwrap().as_array().unwrap())
            .map(|t| get(t, "name").and_then(Value::as_str).unwrap())
            .collect();
        // Nina's worst moment is the size-exchange hotline, at -2.
        assert!(named.contains(&"Hotline for size exchanges"), "{named:?}");
        let svg = get(get(&data, "curve").unwrap(), "svg")
            .and_then(Value::as_str)
            .unwrap();
        for name in named {
            let shown = name.replace('&', "&amp;").replace('\'', "&#39;");
            assert!(svg.contains(&format!(">{shown}</text>")), "{name}");
        }
    }
}
