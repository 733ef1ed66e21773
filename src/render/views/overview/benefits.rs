//! The benefits page: an overview chart of every benefit's roll-up, then
//! each benefit with its KPIs, its touchpoints and the figures they add up
//! to; and the line per benefit the dashboard shows.

use super::*;
use crate::analyse::BenefitFigures;
use crate::format::signed1;
use crate::render::charts::BenefitRow;

/// The figures of benefit `i` as the templates show them: "x of y KPIs on
/// target", the share of each status for a small bar (percentages of the
/// KPIs, so a benefit with one KPI fills the bar as one with ten), the mean
/// emotion in numbers and words.
pub(in crate::render::views) fn rollup(words: &crate::i18n::Catalog, f: &BenefitFigures) -> Value {
    let k = &f.kpis;
    let total = k.total();
    let pct = |n: usize| {
        if total > 0 {
            round1(n as f64 * 100.0 / total as f64)
        } else {
            0.0
        }
    };
    let summary = if total == 0 {
        words.text("kpi-status-none")
    } else {
        let mut args = crate::i18n::Args::new();
        args.set("on", crate::i18n::count_value(k.on_target));
        args.set("total", crate::i18n::count_value(total));
        words.args("chart-benefits-kpis-on-target", &args)
    };
    let unscored = k.no_target + k.not_scored;
    tv!({
        "total": total,
        "on_target": k.on_target,
        "off_target": k.off_target,
        "no_data": k.no_data,
        "unscored": unscored,
        "summary": summary,
        "bar": {
            "on": pct(k.on_target), "off": pct(k.off_target),
            "nodata": pct(k.no_data), "rest": pct(unscored),
        },
        "emotion": f.emotion.map(|e| words.numbers().localise(&signed1(e))),
        "emotion_word": f.emotion.map(|m| emotion_word(words, m)),
        "emotion_count": f.emotion_count,
    })
}

/// The word for a mean emotion: that of the nearest whole score.
fn emotion_word(words: &crate::i18n::Catalog, mean: f64) -> Value {
    tv!(super::super::emotion_word(
        words,
        Some(mean.round().clamp(-2.0, 2.0) as i8)
    ))
}

/// The address of benefit `id`'s section on the benefits page.
fn anchor_url(ctx: &Ctx, id: &str) -> String {
    format!("{}#{}", ctx.urls.to("benefits/"), id)
}

/// One line per benefit, for the dashboard: its name, where it is, its
/// roll-up.
pub fn benefit_lines(ctx: &Ctx) -> Vec<Value> {
    ctx.model
        .benefits
        .iter()
        .zip(&ctx.analysis.benefits)
        .map(|(b, f)| {
            tv!({ "id": b.id, "name": b.name, "url": anchor_url(ctx, &b.id), "rollup": rollup(&ctx.model.words, f) })
        })
        .collect()
}

pub fn benefits(ctx: &Ctx) -> PageSpec {
    let m = ctx.model;
    let rows: Vec<Value> = m
        .benefits
        .iter()
        .zip(&ctx.analysis.benefits)
        .map(|(b, f)| {
            let kpis: Vec<Value> = b
                .kpis
                .iter()
                .filter_map(|k| m.index.kpis.get(&k.id))
                .map(|&i| {
                    let k = &m.kpis[i];
                    tv!({ "id": k.id, "name": k.name, "url": ctx.urls.entity("kpis", &k.id), "status": status_view(&ctx.model.words, Some(ctx.analysis.kpis[i].status)) })
                })
                .collect();
            tv!({
                "id": b.id,
                "name": b.name,
                "description": super::super::md(ctx, &b.origin, b.description.as_deref()),
                "touchpoints": b.touchpoints.iter().filter_map(|t| m.index.touchpoints.get(&t.id)).map(|&i| ctx.card(i)).collect::<Vec<_>>(),
                "kpis": kpis,
                "rollup": rollup(&ctx.model.words, f),
            })
        })
        .collect();
    let chart_rows: Vec<BenefitRow> = m
        .benefits
        .iter()
        .zip(&ctx.analysis.benefits)
        .map(|(b, f)| BenefitRow {
            name: b.name.clone(),
            url: format!("#{}", b.id),
            on_target: f.kpis.on_target,
            off_target: f.kpis.off_target,
            no_data: f.kpis.no_data,
            unscored: f.kpis.no_target + f.kpis.not_scored,
            emotion: f.emotion,
        })
        .collect();
    let overview = (!chart_rows.is_empty()).then(|| {
        charts::benefit_overview(
            &m.words,
            "benefits-overview",
            &m.words.text("benefits-overview-title"),
            &chart_rows,
        )
    });
    page(
        &Page::Benefits.path(m),
        "benefits.html",
        &m.words.text("title-benefits"),
        Section::Benefits,
        tv!({ "benefits": rows, "overview": overview }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rollup_says_x_of_y_and_the_mean_emotion() {
        let mut f = BenefitFigures::default();
        f.kpis.on_target = 1;
        f.kpis.off_target = 2;
        f.emotion = Some(-0.66);
        f.emotion_count = 3;
        let r = rollup(&crate::i18n::Catalog::english(), &f);
        assert_eq!(get(&r, "summary"), Some(&tv!("1 of 3 KPIs on target")));
        assert_eq!(get(&r, "emotion"), Some(&tv!("−0.7")));
        assert_eq!(get(&r, "emotion_word"), Some(&tv!("negative")));
        let bar = get(&r, "bar").unwrap();
        assert_eq!(get(bar, "on"), Some(&tv!(33.3)));
        assert_eq!(get(bar, "off"), Some(&tv!(66.7)));
        let none = rollup(&crate::i18n::Catalog::english(), &BenefitFigures::default());
        assert_eq!(get(&none, "summary"), Some(&tv!("no KPI")));
        assert_eq!(get(&none, "emotion"), Some(&tv!(null)));
    }
}
