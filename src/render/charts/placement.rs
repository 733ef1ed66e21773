//! Keeping labels off the data and off each other: boxes for markers,
//! line segments and text, and a grid to find the ones a label may touch.

use std::collections::HashMap;

#[derive(Clone, Copy)]
pub(super) struct Rect {
    pub(super) x0: f64,
    pub(super) y0: f64,
    pub(super) x1: f64,
    pub(super) y1: f64,
}

impl Rect {
    pub(super) fn area(&self) -> f64 {
        (self.x1 - self.x0).max(0.0) * (self.y1 - self.y0).max(0.0)
    }
    pub(super) fn overlap(&self, o: &Rect) -> f64 {
        let w = self.x1.min(o.x1) - self.x0.max(o.x0);
        let h = self.y1.min(o.y1) - self.y0.max(o.y0);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }
}

/// Rectangles, each filed under the cells of a uniform grid it touches, so
/// that those a box may overlap are found without testing every one.
#[derive(Default)]
pub(super) struct RectGrid {
    rects: Vec<Rect>,
    cells: HashMap<(i64, i64), Vec<usize>>,
}

impl RectGrid {
    const CELL: f64 = 32.0;

    /// The cells a rectangle touches: `(x0, y0, x1, y1)`, inclusive.
    fn span(r: &Rect) -> (i64, i64, i64, i64) {
        let c = |v: f64| (v / Self::CELL).floor() as i64;
        (c(r.x0), c(r.y0), c(r.x1), c(r.y1))
    }

    pub(super) fn push(&mut self, r: Rect) {
        let (x0, y0, x1, y1) = Self::span(&r);
        let i = self.rects.len();
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                self.cells.entry((cx, cy)).or_default().push(i);
            }
        }
        self.rects.push(r);
    }

    /// The sum of the areas `b` shares with each rectangle. Two rectangles
    /// that overlap share a cell, and the overlaps are added in the order
    /// the rectangles came, as a sum over all of them would (the others
    /// add only zeros): the same figure to the last bit.
    pub(super) fn overlap(&self, b: &Rect) -> f64 {
        let (x0, y0, x1, y1) = Self::span(b);
        let mut hits: Vec<usize> = Vec::new();
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                if let Some(list) = self.cells.get(&(cx, cy)) {
                    hits.extend(list.iter().filter(|&&i| b.overlap(&self.rects[i]) > 0.0));
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits.iter().map(|&i| b.overlap(&self.rects[i])).sum()
    }
}

/// Small boxes covering the markers and the line segments between them,
/// for keeping labels off the data.
pub(super) fn data_obstacles(pts: &[Option<(f64, f64)>]) -> Vec<Rect> {
    let around = |x: f64, y: f64, r: f64| Rect {
        x0: x - r,
        y0: y - r,
        x1: x + r,
        y1: y + r,
    };
    let mut out: Vec<Rect> = pts
        .iter()
        .flatten()
        .map(|&(x, y)| around(x, y, 5.0))
        .collect();
    for pair in pts.windows(2) {
        if let [Some((x0, y0)), Some((x1, y1))] = pair {
            let len = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
            let steps = (len / 4.0).ceil().clamp(1.0, 500.0) as usize;
            for k in 1..steps {
                let t = k as f64 / steps as f64;
                out.push(around(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 1.5));
            }
        }
    }
    out
}

/// Box of a one-line label of width `w` with its baseline at `y`.
pub(super) fn text_box(x: f64, y: f64, w: f64, anchor: &str) -> Rect {
    let x0 = match anchor {
        "start" => x,
        "end" => x - w,
        _ => x - w / 2.0,
    };
    Rect {
        x0: x0 - 2.0,
        y0: y - 11.0,
        x1: x0 + w + 2.0,
        y1: y + 4.0,
    }
}
