//! TEMPORARY compile stub; replaced by the real chart module.
pub struct Series {
    pub label: String,
    pub points: Vec<Option<f64>>,
    pub dashed: bool,
}
pub struct TimePoint {
    pub date: String,
    pub value: f64,
}
pub struct Profile {
    pub label: String,
    pub values: Vec<Option<f64>>,
    pub highlight: bool,
}
pub struct Point2 {
    pub label: String,
    pub x: f64,
    pub y: f64,
    pub highlight: bool,
}
pub fn emotion_curve(id: &str, _t: &str, _s: &[String], _x: &[Series]) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
pub fn kpi_chart(
    id: &str,
    _t: &str,
    _p: &[TimePoint],
    _a: Option<f64>,
    _b: Option<f64>,
    _u: Option<&str>,
) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
pub fn value_bars(id: &str, _t: &str, _c: &[String], _p: &[Profile]) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
pub fn radar(id: &str, _t: &str, _c: &[String], _p: &[Profile]) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
pub fn positioning_map(id: &str, _t: &str, _x: &str, _y: &str, _p: &[Point2]) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
pub fn sparkline(id: &str, _l: &str, _v: &[f64]) -> String {
    format!("<svg id=\"{id}\"></svg>")
}
