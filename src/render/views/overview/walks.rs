//! Who walks the journey and how each feels at each step: the personas
//! (or everyone), the touchpoints each meets stage by stage, and the steps
//! of the curve with its moments of pain. The journey's page and curve
//! (`journey.rs`), its lanes (`lanes.rs`) and the personas' posters
//! (`posters.rs`) all start from here.

use super::*;
use crate::analyse::mean_emotion;
use crate::model::{Emotion, Touchpoint};
use crate::render::charts::{Band, Step, Walk};
use crate::render::views::emotion_words;

/// How many moments of pain a persona names on the curve at most: more
/// names would cover the curve itself.
const PAINS: usize = 3;

/// How `persona` (an id; `None`: everyone, the touchpoint's overall
/// emotion) feels at `t`.
pub(super) fn emotion_of(t: &Touchpoint, persona: Option<&str>) -> Option<Emotion> {
    match persona {
        Some(p) => t.emotion_for(p).cloned(),
        None => t.overall_emotion(),
    }
}

/// Someone whose way through the journey is drawn: a persona, or
/// everyone when the map has no personas.
pub(super) struct Who<'a> {
    /// The persona's index in the model.
    pub persona: Option<usize>,
    pub id: &'a str,
    pub name: &'a str,
    /// Colour and marker on the curve: the persona's place in the map.
    pub slot: usize,
}

/// The personas shown: `persona` alone, or all of them (everyone as one
/// when the map has none).
pub(super) fn people<'a>(ctx: &'a Ctx, persona: Option<usize>) -> Vec<Who<'a>> {
    let personas = &ctx.model.personas;
    let who = |pi: usize| Who {
        persona: Some(pi),
        id: &personas[pi].id,
        name: &personas[pi].name,
        slot: pi,
    };
    match persona {
        Some(pi) => vec![who(pi)],
        None if personas.is_empty() => vec![Who {
            persona: None,
            id: "all",
            name: "All customers",
            slot: 0,
        }],
        None => (0..personas.len()).map(who).collect(),
    }
}

/// The touchpoints of each stage in journey order (stage order, then the
/// order of the map files): all of them, or those serving one persona.
/// Read from the persona's list, not by testing each touchpoint, so that
/// the cost of a persona's views follows its own size.
pub(super) fn by_stage(ctx: &Ctx, persona: Option<usize>) -> Vec<Vec<usize>> {
    let mut stages = match persona {
        None => ctx.analysis.cells.iter().map(|row| row.concat()).collect(),
        Some(pi) => {
            let lists = ctx.lists();
            let mut stages = vec![Vec::new(); ctx.model.stages.len()];
            for &i in &lists.persona[pi] {
                stages[lists.cell[i].0].push(i);
            }
            stages
        }
    };
    for members in &mut stages {
        members.sort_unstable();
    }
    stages
}

/// A persona's moments of pain: the current touchpoints where it feels
/// worst, when that is below neutral; at most [`PAINS`], the first of each
/// stage before a second of any (`stage[k]` is step k's stage), so that
/// the named ones spread along the journey instead of crowding its start.
pub(super) fn mark_pains(steps: &mut [Step], stage: &[usize]) {
    let low = steps
        .iter()
        .filter(|s| !s.planned)
        .map(|s| s.score)
        .fold(f64::INFINITY, f64::min);
    if low >= 0.0 {
        return;
    }
    let lowest: Vec<usize> = (0..steps.len())
        .filter(|&k| !steps[k].planned && steps[k].score == low)
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    for &k in &lowest {
        if chosen.len() < PAINS && !chosen.iter().any(|&c| stage[c] == stage[k]) {
            chosen.push(k);
        }
    }
    for &k in &lowest {
        if chosen.len() < PAINS && !chosen.contains(&k) {
            chosen.push(k);
        }
    }
    for k in chosen {
        steps[k].pain = true;
    }
}

/// The steps of one persona: a point for each touchpoint it meets that
/// says how it feels there, at the touchpoint's place `at[i]`.
fn walk(ctx: &Ctx, who: &Who, met: &[Vec<usize>], at: &[usize]) -> Walk {
    let m = ctx.model;
    let persona = who.persona.map(|_| who.id);
    let mut stage = Vec::new();
    let mut steps: Vec<Step> = met
        .iter()
        .enumerate()
        .flat_map(|(s, members)| members.iter().map(move |&i| (s, i)))
        .filter_map(|(s, i)| {
            let t = &m.touchpoints[i];
            let e = emotion_of(t, persona)?;
            stage.push(s);
            Some(Step {
                at: at[i],
                score: f64::from(e.score),
                name: t.name.clone(),
                feeling: emotion_words(e.score, e.label.as_deref()),
                url: ctx.urls.entity("touchpoints", &t.id),
                planned: t.state == State::Planned,
                pain: false,
            })
        })
        .collect();
    mark_pains(&mut steps, &stage);
    Walk {
        id: who.id.to_string(),
        name: who.name.to_string(),
        slot: who.slot,
        steps,
    }
}

/// Mean emotion of `who` at each stage, as-is (current touchpoints) and
/// with the planned ones.
pub(super) fn stage_means(
    ctx: &Ctx,
    who: &Who,
    met: &[Vec<usize>],
) -> Vec<(Option<f64>, Option<f64>)> {
    let persona = who.persona.map(|_| who.id);
    let mean =
        |members: &[usize], planned| mean_emotion(ctx.model, members, persona, planned).map(round1);
    met.iter()
        .map(|members| (mean(members, false), mean(members, true)))
        .collect()
}

/// The stages and the walks of the curve of `people` (each with the
/// touchpoints it meets per stage), and its title: what the page's chart
/// and the persona's poster both draw.
pub(super) fn steps(
    ctx: &Ctx,
    people: &[Who],
    met: &[Vec<Vec<usize>>],
) -> (Vec<Band>, Vec<Walk>, String) {
    let m = ctx.model;
    // The journey's steps: every touchpoint someone shown meets, once.
    let mut at = vec![usize::MAX; m.touchpoints.len()];
    let mut next = 0;
    let bands: Vec<Band> = m
        .stages
        .iter()
        .enumerate()
        .map(|(s, st)| {
            let mut steps: Vec<usize> = met.iter().flat_map(|w| w[s].iter().copied()).collect();
            steps.sort_unstable();
            steps.dedup();
            for &i in &steps {
                at[i] = next;
                next += 1;
            }
            Band {
                name: st.name.clone(),
                steps: steps.len(),
            }
        })
        .collect();
    let walks: Vec<Walk> = people
        .iter()
        .zip(met)
        .map(|(who, w)| walk(ctx, who, w, &at))
        .collect();
    let title = match people {
        [who] => {
            let mut args = crate::i18n::Args::new();
            args.set("who", who.name.to_string());
            ctx.model.words.args("chart-emotion-title", &args)
        }
        _ => ctx.model.words.text("chart-emotion-title-all"),
    };
    (bands, walks, title)
}
