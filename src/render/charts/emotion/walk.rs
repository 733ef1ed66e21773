//! One persona's way on the emotion curve: its as-is line, its dashed
//! to-be runs, and its points, each a link with its tooltip or, past
//! [`LINKED_POINTS_UP_TO`] points, a marker at a vertex of its lines.

use super::*;

fn path_through(pts: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (k, (x, y)) in pts.iter().enumerate() {
        let _ = write!(
            d,
            "{}{}{} {}",
            if k == 0 { "" } else { " " },
            if k == 0 { "M" } else { "L" },
            fmt_num(*x),
            fmt_num(*y)
        );
    }
    d
}

/// How a walk is drawn: its lines' width, what its points are, and, for a
/// curve of more than [`LINKED_POINTS_UP_TO`] points, the prefix of the ids
/// of the markers that stand for them.
pub(super) struct Style<'a> {
    pub line_w: &'a str,
    pub points: Points,
    pub markers: Option<&'a str>,
}

/// [`path_through`] with each step relative to the one before: `M42 164
/// l10 -50 l10 100`, a few bytes a point, for a curve of thousands. Each
/// point is rounded as [`fmt_num`] rounds, and each step measured between
/// rounded points, so that rounding does not add up along the line.
pub(super) fn path_relative(pts: &[(f64, f64)]) -> String {
    let round = |v: f64| (v * 100.0).round() / 100.0;
    let mut d = String::new();
    let mut last = (0.0, 0.0);
    for (k, &(x, y)) in pts.iter().enumerate() {
        let (x, y) = (round(x), round(y));
        let _ = if k == 0 {
            write!(d, "M{} {}", fmt_num(x), fmt_num(y))
        } else {
            write!(d, " l{} {}", fmt_num(x - last.0), fmt_num(y - last.1))
        };
        last = (x, y);
    }
    d
}

/// The markers of persona `slot`'s points, current and planned, for the
/// lines to draw at their vertices; their ids' stem.
fn marker_defs(body: &mut String, slot: usize, prefix: &str) -> String {
    let id = format!("{prefix}-pt{slot}");
    for (suffix, class) in [("", "point"), ("p", "point planned")] {
        let _ = writeln!(
            body,
            r#"<marker id="{id}{suffix}" viewBox="-9 -9 18 18" markerWidth="18" markerHeight="18" markerUnits="userSpaceOnUse" overflow="visible">{}</marker>"#,
            marker(slot, 0.0, 0.0, R, class, "").trim_end()
        );
    }
    id
}

/// The attributes that put marker `id` at every vertex of a line.
fn at_vertices(id: &str) -> String {
    format!(r#" marker-start="url(#{id})" marker-mid="url(#{id})" marker-end="url(#{id})""#)
}

/// The points no drawn line has a vertex at, as the vertices of a line of
/// their own that is not drawn: a lone current point (the as-is line needs
/// two), and the planned points (`h0`: a line of one point has a vertex to
/// mark). The current points of an as-is line are its vertices already.
fn marked_alone(body: &mut String, id: &str, pts: &[(&Step, f64, f64)], current: &[(f64, f64)]) {
    let planned: Vec<(f64, f64)> = pts
        .iter()
        .filter(|(s, ..)| s.planned)
        .map(|&(_, x, y)| (x, y))
        .collect();
    let lone = if current.len() == 1 { current } else { &[] };
    for (set, id) in [(lone, id.to_string()), (&planned[..], format!("{id}p"))] {
        if set.is_empty() {
            continue;
        }
        let _ = writeln!(
            body,
            r#"<path d="{}{}" fill="none" stroke="none"{}/>"#,
            path_relative(set),
            if set.len() == 1 { " h0" } else { "" },
            at_vertices(&id)
        );
    }
}

/// Each run of planned points, from the current point before it to the
/// one after (where there are such): the to-be detours, of two points or
/// more.
fn planned_runs(pts: &[(&Step, f64, f64)]) -> Vec<Vec<(f64, f64)>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < pts.len() {
        if !pts[k].0.planned {
            k += 1;
            continue;
        }
        let start = k;
        while k < pts.len() && pts[k].0.planned {
            k += 1;
        }
        let from = start.checked_sub(1);
        let run: Vec<(f64, f64)> = from
            .into_iter()
            .chain(start..k)
            .chain((k < pts.len()).then_some(k))
            .map(|j| (pts[j].1, pts[j].2))
            .collect();
        if run.len() >= 2 {
            runs.push(run);
        }
    }
    runs
}

/// One persona's lines and points: the as-is line through its current
/// touchpoints, a dashed detour through each run of planned ones (from the
/// current point before to the one after), a link on every point (or, past
/// [`LINKED_POINTS_UP_TO`] points, markers on the lines and a link on each
/// moment of pain), a ring on each moment of pain.
pub(super) fn walk(
    words: &Catalog,
    body: &mut String,
    w: &Walk,
    pts: &[(&Step, f64, f64)],
    style: &Style,
) {
    let Style {
        line_w,
        points,
        markers,
    } = *style;
    let slot = w.slot % COLOURS;
    let _ = writeln!(
        body,
        r#"<g class="walk series series-{slot}" data-persona="{}">"#,
        escape(&w.id)
    );
    // Inside the walk's group, so that the markers take its colour.
    let ids = markers.map(|prefix| marker_defs(body, w.slot, prefix));
    let current: Vec<(f64, f64)> = pts
        .iter()
        .filter(|(s, ..)| !s.planned)
        .map(|&(_, x, y)| (x, y))
        .collect();
    // Past LINKED_POINTS_UP_TO points, lines with relative steps (`l10 -50`
    // rather than `L12345 164`) and the dashed runs as one path: what the
    // curve of many points costs is its lines.
    let through = |pts: &[(f64, f64)]| {
        if ids.is_some() {
            path_relative(pts)
        } else {
            path_through(pts)
        }
    };
    if current.len() >= 2 {
        let _ = writeln!(
            body,
            r#"<path class="line" d="{}" fill="none" stroke="currentColor" stroke-width="{line_w}" stroke-linejoin="round" stroke-linecap="round"{}/>"#,
            through(&current),
            ids.as_deref().map(at_vertices).unwrap_or_default()
        );
    }
    let runs: Vec<String> = planned_runs(pts).iter().map(|run| through(run)).collect();
    let dashed = |d: &str| {
        format!(
            r#"<path class="line dashed" d="{d}" fill="none" stroke="currentColor" stroke-width="{line_w}" stroke-dasharray="7 5" stroke-linejoin="round"/>"#
        )
    };
    if ids.is_some() {
        if !runs.is_empty() {
            let _ = writeln!(body, "{}", dashed(&runs.join(" ")));
        }
    } else {
        for d in &runs {
            let _ = writeln!(body, "{}", dashed(d));
        }
    }
    if let Some(id) = &ids {
        marked_alone(body, id, pts, &current);
    }
    for &(s, x, y) in pts {
        if ids.is_some() && !s.pain {
            continue;
        }
        if s.pain {
            let _ = writeln!(
                body,
                r#"<circle class="pain-ring" cx="{}" cy="{}" r="{}" fill="none" stroke="currentColor" stroke-width="2"/>"#,
                fmt_num(x),
                fmt_num(y),
                fmt_num(R + 5.0)
            );
        }
        let planned = if s.planned {
            format!(" {}", words.text("chart-emotion-planned"))
        } else {
            String::new()
        };
        let tip = format!(
            "{}{planned}: {} ({}) — {}",
            s.name.trim(),
            s.feeling.trim(),
            local(words, &signed(s.score)),
            w.name.trim()
        );
        let class = if s.planned { "point planned" } else { "point" };
        let point = marker(w.slot, x, y, R, class, "");
        let _ = match points {
            Points::Links => writeln!(
                body,
                "<a class=\"step\" href=\"{}\" tabindex=\"-1\"><title>{}</title>{}</a>",
                escape(&s.url),
                escape(&tip),
                point.trim_end()
            ),
            Points::Plain => writeln!(
                body,
                "<g class=\"step\"><title>{}</title>{}</g>",
                escape(&tip),
                point.trim_end()
            ),
        };
    }
    body.push_str("</g>\n");
}
