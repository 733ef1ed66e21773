//! The emotion curve's tests, with the journey they draw (also used by
//! the tests of the charts and of the journey poster).

use super::walk::path_relative;
use super::*;
use crate::render::charts::en;

fn step(at: usize, score: f64, name: &str) -> Step {
    Step {
        at,
        score,
        name: name.to_string(),
        feeling: format!("feels {score}"),
        url: format!("/touchpoints/{}/", name.to_lowercase().replace(' ', "-")),
        planned: false,
        pain: false,
    }
}

/// Four stages, two personas: Nina meets seven of the eight
/// touchpoints (one planned) and is lowest at the returns hotline;
/// Marco meets five.
pub(in crate::render::charts) fn journey() -> (Vec<Band>, Vec<Walk>) {
    let band = |name: &str, steps| Band {
        name: name.to_string(),
        steps,
    };
    let bands = vec![
        band("Awareness", 2),
        band("Consideration", 1),
        band("Decision", 3),
        band("Post-purchase", 2),
    ];
    let mut planned = step(4, 1.0, "Size finder");
    planned.planned = true;
    let mut hotline = step(6, -2.0, "Returns hotline");
    hotline.pain = true;
    let mut wait = step(5, -1.0, "Pickup wait");
    wait.pain = true;
    let walks = vec![
        Walk {
            id: "new-runner".into(),
            name: "Nina".into(),
            slot: 0,
            steps: vec![
                step(0, 1.0, "Instagram ad"),
                step(1, 0.0, "Reviews"),
                step(2, 1.0, "Product page"),
                step(3, -1.0, "Checkout"),
                planned,
                step(5, 0.0, "Pickup wait"),
                hotline,
            ],
        },
        Walk {
            id: "marathoner".into(),
            name: "Marco".into(),
            slot: 1,
            steps: vec![
                step(0, 1.0, "Instagram ad"),
                step(2, 2.0, "Product page"),
                step(3, 1.0, "Checkout"),
                wait,
                step(7, 2.0, "Club run"),
            ],
        },
    ];
    (bands, walks)
}

/// Attribute `name` (a number) of each `element` of `svg` whose class
/// starts with `class`, in order.
fn attr_all(svg: &str, element: &str, class: &str, name: &str) -> Vec<f64> {
    svg.split(&format!("<{element} class=\"{class}"))
        .skip(1)
        .map(|e| {
            let e = &e[..e.find('>').unwrap()];
            let i = e.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            e[i..i + e[i..].find('"').unwrap()].parse().unwrap()
        })
        .collect()
}

/// The text of each `<title>` inside the links of `svg`.
fn link_titles(svg: &str) -> Vec<String> {
    svg.split("<a class=\"step\"")
        .skip(1)
        .map(|a| {
            let t = &a[a.find("<title>").unwrap() + 7..];
            t[..t.find("</title>").unwrap()].to_string()
        })
        .collect()
}

#[test]
fn every_step_is_one_point_linking_to_its_touchpoint() {
    let (bands, walks) = journey();
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    let steps: Vec<&Step> = walks.iter().flat_map(|w| &w.steps).collect();
    assert_eq!(svg.matches("<a class=\"step\"").count(), steps.len());
    for s in &steps {
        assert!(svg.contains(&format!("href=\"{}\"", s.url)), "{}", s.url);
    }
    let titles = link_titles(&svg);
    assert!(
        titles.contains(&"Returns hotline: feels -2 (−2) — Nina".to_string()),
        "{titles:?}"
    );
    assert!(
        titles.contains(&"Size finder (planned): feels 1 (+1) — Nina".to_string()),
        "{titles:?}"
    );
    // Each persona in its own group, colour and shape.
    assert!(svg.contains(r#"<g class="walk series series-0" data-persona="new-runner">"#));
    assert!(svg.contains(r#"<g class="walk series series-1" data-persona="marathoner">"#));
    let nina = &svg[svg.find("data-persona=\"new-runner\"").unwrap()..];
    let nina = &nina[..nina.find("</g>").unwrap()];
    assert_eq!(nina.matches("<circle class=\"point").count(), 7);
    let marco = &svg[svg.find("data-persona=\"marathoner\"").unwrap()..];
    let marco = &marco[..marco.find("</g>").unwrap()];
    assert_eq!(marco.matches("<rect class=\"point").count(), 5);
}

#[test]
fn personas_at_one_touchpoint_stand_one_above_the_other() {
    let (bands, walks) = journey();
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    // Nina's points are circles, Marco's squares (x is a corner).
    let nina = attr_all(&svg, "circle", "point", "cx");
    let marco: Vec<f64> = attr_all(&svg, "rect", "point", "x")
        .iter()
        .zip(attr_all(&svg, "rect", "point", "width"))
        .map(|(x, w)| x + w / 2.0)
        .collect();
    assert_eq!((nina.len(), marco.len()), (7, 5));
    // Both at the Instagram ad (step 0) and at the checkout (step 3):
    // apart by more than a marker, far less than a step.
    let apart = [(nina[0] - marco[0]).abs(), (nina[3] - marco[2]).abs()];
    assert!(
        apart.iter().all(|&d| (2.0 * R..=14.0).contains(&d)),
        "{apart:?}"
    );
    // Steps go left to right in journey order, each in its stage's band.
    assert!(nina.windows(2).all(|w| w[0] < w[1]), "{nina:?}");
    let l = step_layout(&bands);
    let band_of = |x: f64| l.bands.iter().position(|&(x0, w)| x0 <= x && x < x0 + w);
    let bands_of: Vec<_> = nina.iter().map(|&x| band_of(x)).collect();
    let want = [0, 0, 1, 2, 2, 2, 3].map(Some);
    assert_eq!(bands_of, want, "{nina:?}");
}

#[test]
fn the_as_is_line_skips_planned_steps_and_a_dashed_detour_takes_them() {
    let (bands, walks) = journey();
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    let nina = &svg[svg.find("data-persona=\"new-runner\"").unwrap()..];
    let d = |class: &str| -> String {
        let key = format!("<path class=\"{class}\" d=\"");
        let i = nina.find(&key).unwrap() + key.len();
        nina[i..i + nina[i..].find('"').unwrap()].to_string()
    };
    // Six current steps on the solid line, one subpath.
    let solid = d("line");
    assert_eq!(solid.matches('M').count(), 1, "{solid}");
    assert_eq!(solid.matches('L').count(), 5, "{solid}");
    // The detour: from checkout through the size finder to the pickup.
    let dashed = d("line dashed");
    assert_eq!(dashed.matches('L').count(), 2, "{dashed}");
    assert!(nina.contains("class=\"point planned\""));
}

#[test]
fn moments_of_pain_are_ringed_and_named_apart() {
    let (bands, walks) = journey();
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    assert_eq!(svg.matches("class=\"pain-ring\"").count(), 2);
    let labels: Vec<&str> = svg
        .split("class=\"label pain-label halo\"")
        .skip(1)
        .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
        .collect();
    assert_eq!(labels, ["Returns hotline", "Pickup wait"]);
    assert!(svg.contains(r#"data-personas="new-runner" x="#));
    assert!(svg.contains("lowest at Returns hotline (−2)"), "{svg}");
}

#[test]
fn a_pain_two_personas_share_is_named_once_for_both() {
    let (bands, mut walks) = journey();
    let mut shared = step(6, -2.0, "Returns hotline");
    shared.pain = true;
    walks[1].steps.push(shared);
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    assert_eq!(svg.matches(">Returns hotline</text>").count(), 1);
    assert!(svg.contains(r#"data-personas="new-runner marathoner""#));
    // Each persona still rings its own point.
    assert_eq!(svg.matches("class=\"pain-ring\"").count(), 3);
}

#[test]
fn labels_of_pains_at_neighbouring_steps_do_not_overlap() {
    let bands = vec![Band {
        name: "Only".into(),
        steps: 6,
    }];
    let steps = (0..6)
        .map(|at| {
            let mut s = step(at, -2.0, &format!("A long touchpoint name {at}"));
            s.pain = true;
            s
        })
        .collect();
    let walks = [Walk {
        id: "p".into(),
        name: "P".into(),
        slot: 0,
        steps,
    }];
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    let boxes: Vec<_> = svg
        .split("<text class=\"label pain-label halo\" ")
        .skip(1)
        .map(|t| {
            let num = |k: &str| -> f64 {
                let i = t.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                t[i..i + t[i..].find('"').unwrap()].parse().unwrap()
            };
            let anchor = if t.contains("\"start\"") {
                "start"
            } else if t.contains("\"end\"") {
                "end"
            } else {
                "middle"
            };
            let text = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
            text_box(num("x"), num("y"), text_w(text, FS), anchor)
        })
        .collect();
    assert_eq!(boxes.len(), 6);
    let overlaps = (0..6)
        .flat_map(|i| (i + 1..6).map(move |j| (i, j)))
        .filter(|&(i, j)| boxes[i].overlap(&boxes[j]) > 0.0)
        .count();
    // Six names side by side at 10 units apart cannot all stand clear
    // of each other; most of them do.
    assert!(overlaps <= 2, "{overlaps} overlapping names");
}

#[test]
fn bands_share_the_width_by_steps_with_a_floor() {
    let (bands, _) = journey();
    let l = step_layout(&bands);
    assert_eq!(l.width, BASE_W);
    assert_eq!(l.bands[0].0, LEFT);
    for pair in l.bands.windows(2) {
        assert!((pair[0].0 + pair[0].1 - pair[1].0).abs() < 1e-9);
    }
    let (last_x, last_w) = *l.bands.last().unwrap();
    assert!((last_x + last_w + RIGHT - l.width).abs() < 1e-9);
    // 2, 1 (raised to the floor of 8 / 4 / 2 = 1), 3 and 2 steps.
    let w: Vec<f64> = l.bands.iter().map(|b| b.1).collect();
    assert!((w[2] / w[0] - 1.5).abs() < 1e-9, "{w:?}");
    assert!((w[1] / w[0] - 0.5).abs() < 1e-9, "{w:?}");
    // An empty stage still gets a column.
    let l = step_layout(&[
        Band {
            name: "a".into(),
            steps: 10,
        },
        Band {
            name: "b".into(),
            steps: 0,
        },
    ]);
    assert!((l.bands[1].1 / l.bands[0].1 - 0.25).abs() < 1e-9);
}

#[test]
fn a_long_journey_makes_the_chart_wider_not_the_steps_closer() {
    let bands: Vec<Band> = [300, 40, 260, 200, 200]
        .iter()
        .enumerate()
        .map(|(i, &steps)| Band {
            name: format!("Stage {i}"),
            steps,
        })
        .collect();
    let walks = [Walk {
        id: "p".into(),
        name: "P".into(),
        slot: 2,
        steps: (0..1000)
            .map(|at| step(at, f64::from((at % 5) as u8) - 2.0, &format!("T{at}")))
            .collect(),
    }];
    let l = step_layout(&bands);
    assert!(l.width > 10_000.0, "{}", l.width);
    for (b, &(_, w)) in bands.iter().zip(&l.bands) {
        assert!(w / b.steps as f64 >= MIN_STEP - 1e-9);
    }
    let svg = emotion_steps(en(), "e", "E", &bands, &walks);
    assert!(svg.contains(&format!("viewBox=\"0 0 {} ", fmt_num(l.width))));
    assert_eq!(svg.matches("<a class=\"step\"").count(), 1000);
    // Slot 2 draws diamonds.
    assert_eq!(svg.matches("<path class=\"point\"").count(), 1000);
}

#[test]
fn the_legend_sample_has_the_persona_s_colour_and_shape() {
    assert!(walk_sample(0).contains("<circle class=\"point\""));
    assert!(walk_sample(1).contains("<rect class=\"point\""));
    assert!(walk_sample(9).contains("series series-1"));
    assert!(walk_sample(3).contains("aria-hidden=\"true\""));
    // Painted in the persona's colour: SVG's default fill is black.
    assert!(walk_sample(0).contains("fill=\"currentColor\""));
}

/// A walk of `n` steps in one band, every tenth planned, the first a
/// moment of pain.
fn long_walk(n: usize) -> (Vec<Band>, Vec<Walk>) {
    let steps = (0..n)
        .map(|k| {
            let mut s = step(k, (k % 5) as f64 - 2.0, &format!("T{k}"));
            s.planned = k % 10 == 9;
            s.pain = k == 0;
            s
        })
        .collect();
    let bands = vec![Band {
        name: "All".into(),
        steps: n,
    }];
    let walk = Walk {
        id: "nina".into(),
        name: "Nina".into(),
        slot: 2,
        steps,
    };
    (bands, vec![walk])
}

#[test]
fn up_to_two_thousand_points_each_is_a_link_past_that_a_marker_on_the_line() {
    let (bands, walks) = long_walk(LINKED_POINTS_UP_TO);
    assert!(points_linked(&walks));
    let svg = emotion_steps(en(), "c", "E", &bands, &walks);
    assert_eq!(
        svg.matches("<a class=\"step\"").count(),
        LINKED_POINTS_UP_TO
    );
    assert!(!svg.contains("<marker"));

    let (bands, walks) = long_walk(LINKED_POINTS_UP_TO + 1);
    assert!(!points_linked(&walks));
    let svg = emotion_steps(en(), "c", "E", &bands, &walks);
    // Only the moment of pain is a link; every other point is a vertex of
    // a line marked by the walk's markers, current and planned.
    assert_eq!(svg.matches("<a class=\"step\"").count(), 1);
    assert!(svg.contains("href=\"/touchpoints/t0/\""), "the pain links");
    assert!(svg.contains("<marker id=\"c-pt2\""));
    assert!(svg.contains("<marker id=\"c-pt2p\""));
    assert!(svg.contains("marker-mid=\"url(#c-pt2)\""));
    assert!(svg.contains("marker-mid=\"url(#c-pt2p)\""));
    let planned = (LINKED_POINTS_UP_TO + 1) / 10;
    let vertices = |id: &str| -> usize {
        let at = svg.find(&format!("marker-mid=\"url(#{id})\"")).unwrap();
        let d = &svg[..at];
        let d = &d[d.rfind(" d=\"").unwrap() + 4..];
        let d = &d[..d.find('"').unwrap()];
        d.matches(['M', 'l']).count()
    };
    assert_eq!(vertices("c-pt2"), LINKED_POINTS_UP_TO + 1 - planned);
    assert_eq!(vertices("c-pt2p"), planned);
    // A few bytes a point, where a linked point with its tooltip took
    // about 150.
    assert!(svg.len() < 20 * (LINKED_POINTS_UP_TO + 1), "{}", svg.len());
}

#[test]
fn a_relative_line_ends_where_the_absolute_one_does() {
    let pts: Vec<(f64, f64)> = (0..5000)
        .map(|k| (42.0 + k as f64 * 10.003, 64.0 + (k % 5) as f64 * 50.0))
        .collect();
    let d = path_relative(&pts);
    let mut at = (0.0, 0.0);
    for (k, part) in d
        .split(['M', 'l'])
        .filter(|p| !p.trim().is_empty())
        .enumerate()
    {
        let v: Vec<f64> = part
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        at = if k == 0 {
            (v[0], v[1])
        } else {
            (at.0 + v[0], at.1 + v[1])
        };
    }
    let last = pts[pts.len() - 1];
    assert!(
        (at.0 - last.0).abs() < 0.01 && (at.1 - last.1).abs() < 0.01,
        "{at:?} {last:?}"
    );
}
