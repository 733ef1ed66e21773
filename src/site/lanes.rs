//! The journey's lanes that have pages of their own. On the journey page
//! and a persona's page, a persona's lanes show a card for each touchpoint
//! it meets, stage by stage; past a size, a stage's lane shows a summary
//! there and all of its cards on a page of its own, `personas/ID/STAGE/`
//! (`journey/STAGE/` for everyone, on a map without personas), paged by
//! [`LANE_PAGE`] cards. Which lanes have pages is part of the
//! layout, read here by the pages that link to them and by the link
//! checks, which must agree on it.

use super::{Section, pages_of};
use crate::model::Model;

/// Above this many touchpoints in all, a persona's lanes are folded, one
/// stage under another, each opened on demand. A card takes about a sixth
/// of a screen: open lanes of more run to several screens per persona, and
/// a journey page of a few such personas past thirty.
pub const FOLD_ABOVE: usize = 60;

/// Above this many touchpoints, the lane of a stage in folded lanes shows
/// only a summary (how many, how the persona feels there on average, its
/// lowest points as a few cards) and links to a page of the lane's own.
/// Twelve is the sixty of open lanes shared by the usual five stages: a
/// persona then puts at most about sixty cards (some 80 KB) on a page
/// however large the map, where a lane of 2,000 cards took 2.7 MB. A map
/// whose personas meet at most [`FOLD_ABOVE`] touchpoints each, as the
/// example's, has no lane page.
pub const LANE_SHOWN_UP_TO: usize = 12;

/// How many cards a lane's page shows; the rest follow on `…/page/2/`, ….
/// A card of a lane is about 1.3 KB of HTML and a good deal more layout
/// than a row of a list (its emotion, channel and KPIs): 500 of them made a
/// page of 660 KB that Chromium took 1.8 s to load on the project's
/// machine, 200 make one of about 270 KB that loads in well under a second.
pub const LANE_PAGE: usize = 200;

/// How many pages a lane of `cards` takes (at least one).
pub fn lane_pages(cards: usize) -> usize {
    pages_of(cards, LANE_PAGE)
}

/// Whether a stage's lane of `in_stage` touchpoints, in the lanes of a
/// persona who meets `total` in all, is a summary with a page of its own.
pub fn lane_has_page(total: usize, in_stage: usize) -> bool {
    total > FOLD_ABOVE && in_stage > LANE_SHOWN_UP_TO
}

/// How many touchpoints `persona` (an index into `model.personas`; `None`:
/// everyone) meets at each stage, in stage order.
pub fn lane_counts(model: &Model, persona: Option<usize>) -> Vec<usize> {
    let mut counts = vec![0; model.stages.len()];
    for t in &model.touchpoints {
        let (Some(&s), true) = (
            model.index.stages.get(&t.stage.id),
            model.index.channels.contains_key(&t.channel.id),
        ) else {
            continue;
        };
        let meets = match persona {
            None => true,
            Some(pi) => t
                .personas
                .iter()
                .any(|p| model.index.personas.get(&p.id) == Some(&pi)),
        };
        if meets {
            counts[s] += 1;
        }
    }
    counts
}

/// Whose lanes the site shows: each persona's, or everyone's (`None`) on a
/// map without personas.
pub fn lane_owners(model: &Model) -> Vec<Option<usize>> {
    if model.personas.is_empty() {
        vec![None]
    } else {
        (0..model.personas.len()).map(Some).collect()
    }
}

/// The lanes that have pages: `(persona, stage, touchpoints)`, persona by
/// persona, stage by stage.
pub fn paged_lanes(model: &Model) -> Vec<(Option<usize>, usize, usize)> {
    let mut lanes = Vec::new();
    for who in lane_owners(model) {
        let counts = lane_counts(model, who);
        let total: usize = counts.iter().sum();
        for (s, &n) in counts.iter().enumerate() {
            if lane_has_page(total, n) {
                lanes.push((who, s, n));
            }
        }
    }
    lanes
}

/// The touchpoints in the lane of `stage` (an id) of `persona` (an id;
/// `None`: everyone), if that lane has a page: the path below the site's
/// root names it, and a link to it is checked by this.
pub fn paged_lane(model: &Model, persona: Option<&str>, stage: &str) -> Option<usize> {
    let who = match persona {
        Some(id) => Some(*model.index.personas.get(id)?),
        None if model.personas.is_empty() => None,
        None => return None,
    };
    let s = *model.index.stages.get(stage)?;
    let counts = lane_counts(model, who);
    let total: usize = counts.iter().sum();
    lane_has_page(total, counts[s]).then_some(counts[s])
}

/// The path of page `n` (from 1) of the lane of stage `s` of `persona`
/// (`None`: everyone): `personas/ID/STAGE/`, `journey/STAGE/`, then
/// `…/page/2/`. A persona's page is `personas/ID/` and ids hold no `/`,
/// so no other page lies below it; nothing else lies below `journey/`.
pub fn lane_page(model: &Model, persona: Option<usize>, s: usize, n: usize) -> String {
    let stage = &model.stages[s].id;
    let first = match persona {
        Some(pi) => format!(
            "{}{}/{stage}/",
            Section::Personas.path(),
            model.personas[pi].id
        ),
        None => format!("{}{stage}/", Section::Journey.path()),
    };
    if n <= 1 {
        first
    } else {
        format!("{first}page/{n}/")
    }
}

/// The path a lane's page is written at, if `rest` (what follows
/// `section/`, without the trailing `/`) names one: `ID/STAGE` or
/// `ID/STAGE/page/N` below `personas`, `STAGE` or `STAGE/page/N` below
/// `journey`. `None` when `rest` has not that shape; `Some(None)` when it
/// has, but the map has no such page.
pub(super) fn lane_address(model: &Model, section: &str, rest: &str) -> Option<Option<String>> {
    let (persona, lane) = match section {
        "personas" => {
            let (id, lane) = rest.split_once('/')?;
            (Some(id), lane)
        }
        "journey" => (None, rest),
        _ => return None,
    };
    let (stage, n) = match lane.split_once('/') {
        None => (lane, 1),
        Some((stage, page)) => match page.strip_prefix("page/").map(str::parse::<usize>) {
            Some(Ok(n)) if n >= 2 => (stage, n),
            _ => return Some(None),
        },
    };
    let Some(count) = paged_lane(model, persona, stage) else {
        return Some(None);
    };
    if n > lane_pages(count) {
        return Some(None);
    }
    let who = persona.and_then(|id| model.index.personas.get(id).copied());
    let s = model.index.stages.get(stage).copied()?;
    Some(Some(lane_page(model, who, s, n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::site::{Page, generated_page};

    /// The example map with `n` more touchpoints for Nina at the decision
    /// stage.
    fn example_with(n: usize) -> (tempfile::TempDir, crate::analyse::Analysed) {
        let (dir, map) = crate::testing::example_map_copy();
        let mut yaml = String::from("touchpoints:\n");
        for k in 0..n {
            yaml.push_str(&format!(
                "  - id: extra-{k}\n    name: Extra {k}\n    stage: decision\n    channel: website\n    personas: [new-runner]\n"
            ));
        }
        std::fs::write(map.join("touchpoints/extra.yaml"), yaml).unwrap();
        (dir, analyse_map(&map).unwrap())
    }

    #[test]
    fn the_example_has_no_lane_page() {
        let (_dir, a) = example_with(0);
        assert!(paged_lanes(&a.model).is_empty());
        assert!(
            !Page::all(&a.model, false)
                .iter()
                .any(|p| matches!(p, Page::Lane(..)))
        );
        assert_eq!(
            generated_page(&a.model, "personas/new-runner/decision/"),
            None
        );
    }

    #[test]
    fn a_crowded_lane_has_pages_below_its_persona_and_no_other_does() {
        let (_dir, a) = example_with(LANE_PAGE + 10);
        let m = &a.model;
        let nina = m.index.personas["new-runner"];
        let decision = m.index.stages["decision"];
        let lanes = paged_lanes(m);
        // Nina's other stages hold a few each: only the decision has a page.
        assert_eq!(lanes.len(), 1, "{lanes:?}");
        let (who, s, count) = lanes[0];
        assert_eq!((who, s), (Some(nina), decision));
        assert!(count > LANE_PAGE + 10, "{count}");
        let pages: Vec<String> = Page::all(m, false)
            .into_iter()
            .filter(|p| matches!(p, Page::Lane(..)))
            .map(|p| p.path(m))
            .collect();
        assert_eq!(
            pages,
            [
                "personas/new-runner/decision/",
                "personas/new-runner/decision/page/2/"
            ]
        );
        for path in &pages {
            assert_eq!(generated_page(m, path).as_ref(), Some(path));
        }
        for none in [
            "personas/new-runner/decision/page/3/",
            "personas/new-runner/decision/page/1/",
            "personas/new-runner/awareness/",
            "personas/marathoner/decision/",
            "personas/nobody/decision/",
            "journey/decision/",
        ] {
            assert_eq!(generated_page(m, none), None, "{none}");
        }
        // The persona's own page is still there.
        assert_eq!(
            generated_page(m, "personas/new-runner").as_deref(),
            Some("personas/new-runner/")
        );
    }

    #[test]
    fn everyone_s_lanes_are_below_the_journey_on_a_map_without_personas() {
        let (dir, map) = crate::testing::example_map_copy();
        let mut yaml = String::from("touchpoints:\n");
        for k in 0..80 {
            yaml.push_str(&format!(
                "  - id: extra-{k}\n    name: Extra {k}\n    stage: decision\n    channel: website\n"
            ));
        }
        std::fs::write(map.join("touchpoints/extra.yaml"), yaml).unwrap();
        let a = analyse_map(&map).unwrap();
        // Without its personas the journey's lanes are everyone's.
        let mut model = a.model;
        model.personas.clear();
        model.index.personas.clear();
        let lanes = paged_lanes(&model);
        assert!(lanes.iter().all(|&(who, ..)| who.is_none()), "{lanes:?}");
        let decision = model.index.stages["decision"];
        assert!(lanes.iter().any(|&(_, s, _)| s == decision));
        assert_eq!(
            generated_page(&model, "journey/decision/").as_deref(),
            Some("journey/decision/")
        );
        assert_eq!(
            lane_page(&model, None, decision, 2),
            "journey/decision/page/2/"
        );
        drop(dir);
    }

    #[test]
    fn a_lane_has_a_page_only_in_folded_lanes_and_past_twelve_cards() {
        // Open lanes (sixty or fewer in all) show every card, however many
        // one stage holds.
        assert!(!lane_has_page(60, 60));
        assert!(!lane_has_page(FOLD_ABOVE, LANE_SHOWN_UP_TO + 1));
        // Folded: a stage of twelve shows its cards, of thirteen a summary.
        assert!(!lane_has_page(61, 12));
        assert!(lane_has_page(61, 13));
        assert!(lane_has_page(10_000, 2_000));
        assert!(!lane_has_page(10_000, 0));
    }
}
