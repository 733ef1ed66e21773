//! The map as a poster (`map.svg`): the whole stage × channel grid as one
//! picture of its own, for a slide deck or a wall. Stages are the columns,
//! channels the rows (grouped by mode, as on the map page), each
//! touchpoint a card in its cell with its name wrapped to the card and
//! coloured by emotion, as the map page colours cards by default; a title,
//! a legend and the notes a reader needs sit around it.
//!
//! Everything is painted with presentation attributes and concrete colours
//! (see `standalone`): a slide program reads no stylesheet. Text is wrapped
//! by its estimated width (`text::wrap_width`), estimated on the wide side,
//! so that a name wraps before it can run out of its card in any common
//! sans-serif font.

mod card;
mod grid;
mod legend;

use super::standalone::{MUTED, TEXT, document};
use super::text::{escape, say, wrap_width};
use crate::format::fmt_num;
use crate::i18n::{Catalog, count_value};
use std::fmt::Write as _;

/// One touchpoint's card.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterCard {
    pub name: String,
    /// Its emotion score (-2 … 2; `None`: not rated): the card's colour.
    pub emotion: Option<i8>,
    /// How it feels, as the map's card says it: "+ Curious".
    pub feeling: String,
    /// The symbol of its KPI status ("✓", "✗", …), empty without one.
    pub kpi: String,
    pub key: bool,
    pub planned: bool,
    pub spontaneous: bool,
}

/// One cell: the cards it shows and how many more it has.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PosterCell {
    pub cards: Vec<PosterCard>,
    pub more: usize,
}

/// A column of the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterStage {
    pub name: String,
    pub total: usize,
}

/// A row of the grid, a cell per stage.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterChannel {
    pub name: String,
    pub analog: bool,
    pub total: usize,
    pub cells: Vec<PosterCell>,
}

/// Everything the poster shows.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPoster {
    /// The map's title.
    pub title: String,
    /// A line under it: what the picture counts.
    pub subtitle: String,
    pub stages: Vec<PosterStage>,
    pub channels: Vec<PosterChannel>,
    /// Lines under the grid: what a reader should know about it (a cell
    /// shows only some of its cards), and what made it.
    pub notes: Vec<String>,
}

/// The margin around everything.
const M: f64 = 48.0;
/// Width of the channel column.
const HEAD_W: f64 = 240.0;
/// About this wide in all, whatever the number of stages: a slide's
/// proportions at a size a projector shows sharply.
const TARGET_W: f64 = 2000.0;
/// A stage column is this narrow at least (more stages make the poster
/// wider) and this wide at most (fewer make it narrower).
const COL_MIN: f64 = 260.0;
const COL_MAX: f64 = 340.0;
/// Space between a cell's edge and its cards, and between two cards.
const PAD: f64 = 10.0;
/// The card's coloured edge on its left, and the text's distance from it.
const EDGE: f64 = 6.0;
const INSET: f64 = 10.0;
/// The card's name: size and line height; its second line, likewise.
const NAME: f64 = 16.0;
const NAME_LH: f64 = 20.0;
const META: f64 = 14.0;
const META_LH: f64 = 18.0;
/// A name longer than this many lines is cut, its whole text in the card's
/// tooltip.
const NAME_LINES: usize = 4;

/// The poster of `map` as a standalone SVG.
pub fn map_poster(words: &Catalog, map: &MapPoster) -> String {
    let n = map.stages.len().max(1) as f64;
    let col = ((TARGET_W - 2.0 * M - HEAD_W) / n).clamp(COL_MIN, COL_MAX);
    let width = 2.0 * M + HEAD_W + n * col;
    let mut body = String::new();
    let mut y = header(&mut body, map, width);
    y = legend::legend(words, &mut body, y + 8.0, width);
    y = grid::grid(words, &mut body, map, col, y + 28.0);
    y += 12.0;
    for note in &map.notes {
        let (lines, _) = wrap_width(note, width - 2.0 * M, (15.0, false), 4);
        for line in lines {
            y += 22.0;
            let _ = writeln!(
                body,
                r#"<text class="note" x="{M}" y="{}" font-size="15" fill="{MUTED}">{}</text>"#,
                fmt_num(y),
                escape(&line)
            );
        }
    }
    let desc = say(
        words,
        "poster-map-desc",
        [
            ("subtitle", super::text::arg(map.subtitle.trim())),
            ("stages", count_value(map.stages.len())),
            ("channels", count_value(map.channels.len())),
        ],
    );
    document(
        "poster poster-map",
        (width, y + M),
        1.0,
        (&map.title, &desc),
        "",
        &body,
    )
}

/// The title (wrapped to the width) and the subtitle; returns the bottom.
fn header(body: &mut String, map: &MapPoster, width: f64) -> f64 {
    let (lines, _) = wrap_width(map.title.trim(), width - 2.0 * M, (34.0, true), 3);
    let mut y = M;
    for line in &lines {
        y += 42.0;
        let _ = writeln!(
            body,
            r#"<text class="poster-title" x="{M}" y="{}" font-size="34" font-weight="700" fill="{TEXT}">{}</text>"#,
            fmt_num(y),
            escape(line)
        );
    }
    y += 34.0;
    let _ = writeln!(
        body,
        r#"<text class="subtitle" x="{M}" y="{}" font-size="18" fill="{MUTED}">{}</text>"#,
        fmt_num(y),
        escape(map.subtitle.trim())
    );
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::charts::en;
    use crate::render::charts::standalone::emotion_tone;
    use crate::render::charts::text::measure;
    use roxmltree::{Document, Node};

    fn card(name: &str, emotion: Option<i8>, planned: bool) -> PosterCard {
        PosterCard {
            name: name.to_string(),
            emotion,
            feeling: "+ Curious".into(),
            kpi: "✓".into(),
            key: true,
            planned,
            spontaneous: false,
        }
    }

    /// Three stages, a digital and an analog channel; a crowded cell, an
    /// empty one, and names of every length.
    fn example() -> MapPoster {
        let cell = |cards: Vec<PosterCard>, more| PosterCell { cards, more };
        let stage = |name: &str| PosterStage {
            name: name.into(),
            total: 3,
        };
        MapPoster {
            title: "A map".into(),
            subtitle: "9 touchpoints".into(),
            stages: vec![stage("Awareness"), stage("Consideration"), stage("Buy")],
            channels: vec![
                PosterChannel {
                    name: "Website".into(),
                    analog: false,
                    total: 4,
                    cells: vec![
                        cell(
                            vec![card("Ad", Some(2), false), card("Search", None, true)],
                            0,
                        ),
                        cell(vec![], 0),
                        cell(
                            vec![card(&"Long words here ".repeat(9), Some(-2), false)],
                            0,
                        ),
                    ],
                },
                PosterChannel {
                    name: "Store".into(),
                    analog: true,
                    total: 5,
                    cells: vec![
                        cell(vec![card("Window", Some(0), false)], 0),
                        cell(
                            (0..6)
                                .map(|k| card(&format!("Shelf {k}"), Some(1), false))
                                .collect(),
                            4,
                        ),
                        cell(vec![card(&"W".repeat(80), Some(-1), false)], 0),
                    ],
                },
            ],
            notes: vec!["A note.".into()],
        }
    }

    fn num(n: Node, attr: &str) -> f64 {
        n.attribute(attr).unwrap().parse().unwrap()
    }

    #[test]
    fn cards_stand_in_their_cells_apart_and_their_lines_fit_them() {
        let svg = map_poster(en(), &example());
        let doc = Document::parse(&svg).unwrap();
        let cards: Vec<Node> = doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("card"))
            .collect();
        assert_eq!(cards.len(), 11);
        let col = COL_MAX;
        let mut boxes = Vec::new();
        for c in &cards {
            let rect = c
                .children()
                .find(|n| n.attribute("class") == Some("card-box"))
                .unwrap();
            let (x, y, w, h) = (
                num(rect, "x"),
                num(rect, "y"),
                num(rect, "width"),
                num(rect, "height"),
            );
            // Inside one stage's column, a pad from its edges.
            let k = ((x - M - HEAD_W) / col).floor();
            assert!(x >= M + HEAD_W + k * col + PAD - 1e-6, "{x}");
            assert!(
                x + w <= M + HEAD_W + (k + 1.0) * col - PAD + 1e-6,
                "{x} {w}"
            );
            // Every line of the name fits the card beside its coloured edge.
            for line in c.descendants().filter(|n| n.has_tag_name("tspan")) {
                let bold = line.parent().unwrap().attribute("font-weight") == Some("700");
                let size = num(line.parent().unwrap(), "font-size");
                let text = line.text().unwrap();
                assert!(
                    measure(text, size, bold) <= w - EDGE - 2.0 * INSET,
                    "{text}"
                );
                assert!((y..y + h).contains(&num(line, "y")), "{text}");
            }
            boxes.push((x, y, w, h));
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart =
                    a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
                assert!(apart, "{a:?} {b:?}");
            }
        }
        // A name longer than four lines is cut, whole in its tooltip.
        let long = "Long words here ".repeat(9);
        let cut = cards
            .iter()
            .find(|c| c.first_element_child().unwrap().text() == Some(long.trim()))
            .unwrap();
        let shown: Vec<&str> = cut
            .descendants()
            .filter(|n| n.has_tag_name("tspan"))
            .filter_map(|n| n.text())
            .collect();
        assert!(shown[3].ends_with('…'), "{shown:?}");
        assert!(svg.contains(">+4 more</text>"));
    }

    #[test]
    fn a_card_has_the_tone_of_its_emotion_and_a_dashed_border_when_planned() {
        let svg = map_poster(en(), &example());
        let doc = Document::parse(&svg).unwrap();
        let box_of = |name: &str| {
            doc.descendants()
                .find(|n| {
                    n.attribute("class") == Some("card")
                        && n.first_element_child().unwrap().text() == Some(name)
                })
                .and_then(|c| {
                    c.children()
                        .find(|n| n.attribute("class") == Some("card-box"))
                })
                .unwrap()
        };
        assert_eq!(
            box_of("Ad").attribute("fill"),
            Some(emotion_tone(Some(2)).bg)
        );
        assert_eq!(
            box_of("Window").attribute("fill"),
            Some(emotion_tone(Some(0)).bg)
        );
        assert_eq!(
            box_of("Search").attribute("fill"),
            Some(emotion_tone(None).bg)
        );
        assert_eq!(box_of("Search").attribute("stroke-dasharray"), Some("6 4"));
        assert_eq!(box_of("Ad").attribute("stroke-dasharray"), None);
        assert!(svg.contains("★ key · + Curious · KPI ✓"), "the card's line");
    }

    #[test]
    fn the_poster_is_about_a_slide_s_width_and_grows_with_many_stages() {
        let width = |stages: usize| {
            let mut map = example();
            map.stages = (0..stages)
                .map(|k| PosterStage {
                    name: format!("S{k}"),
                    total: 0,
                })
                .collect();
            for c in &mut map.channels {
                c.cells = vec![PosterCell::default(); stages];
            }
            let svg = map_poster(en(), &map);
            let doc = Document::parse(&svg).unwrap();
            num(doc.root_element(), "width")
        };
        assert_eq!(width(5), TARGET_W);
        assert_eq!(width(2), 2.0 * M + HEAD_W + 2.0 * COL_MAX);
        assert_eq!(width(12), 2.0 * M + HEAD_W + 12.0 * COL_MIN);
    }

    #[test]
    fn a_map_with_nothing_yet_is_still_a_picture_with_its_title() {
        let svg = map_poster(
            en(),
            &MapPoster {
                title: "Empty & new".into(),
                subtitle: String::new(),
                stages: vec![],
                channels: vec![],
                notes: vec![],
            },
        );
        let doc = Document::parse(&svg).unwrap();
        assert!(svg.contains(">Empty &amp; new</text>"));
        assert!(doc.root_element().attribute("viewBox").is_some());
    }
}
