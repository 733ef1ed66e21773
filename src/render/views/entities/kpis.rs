//! The page of each KPI with its chart, and their index.

use super::*;

/// The chart of KPI index `i` with element id `id`, or `None` when it has
/// no numeric data. Only the KPI's own page draws it; the pages of the
/// touchpoints it measures show its sparkline.
pub(in crate::render::views) fn kpi_chart(ctx: &Ctx, i: usize, id: &str) -> Option<String> {
    let k = &ctx.model.kpis[i];
    let points: Vec<TimePoint> = k
        .measurements
        .iter()
        .filter_map(|m| match m.value {
            MeasureValue::Number(v) => Some(TimePoint {
                date: m.date.clone(),
                value: v,
            }),
            MeasureValue::Text(_) => None,
        })
        .collect();
    if points.is_empty() {
        return None;
    }
    let num = |v: &Option<MeasureValue>| match v {
        Some(MeasureValue::Number(n)) => Some(*n),
        _ => None,
    };
    Some(charts::kpi_chart(
        &ctx.model.words,
        id,
        &k.name,
        &points,
        num(&k.target),
        num(&k.baseline),
        k.unit.as_deref(),
    ))
}

/// A measured value with its unit, its number as the map's language writes
/// it; a text value as it is.
fn measure(ctx: &Ctx, v: &MeasureValue, unit: Option<&str>) -> String {
    ctx.model.words.numbers().measure(v, unit)
}

pub(in crate::render::views) fn kpi_summary(ctx: &Ctx, i: usize) -> Value {
    let k = &ctx.model.kpis[i];
    let h = &ctx.analysis.kpis[i];
    tv!({
        "id": k.id,
        "name": k.name,
        "url": ctx.urls.entity("kpis", &k.id),
        "unit": k.unit,
        "kind": k.kind,
        "direction": k.direction,
        "has_direction": crate::analyse::kpi::has_direction(k),
        "status": status_view(&ctx.model.words, Some(h.status)),
        "latest": h.latest.as_ref().map(|m| measure(ctx, &m.value, k.unit.as_deref())),
        "latest_date": h.latest.as_ref().map(|m| m.date.clone()),
        "target": k.target.as_ref().map(|t| measure(ctx, t, k.unit.as_deref())),
        "baseline": k.baseline.as_ref().map(|t| measure(ctx, t, k.unit.as_deref())),
        "owner": k.owner,
        "source": k.source,
    })
}

/// The card of touchpoint `t` on the page of KPI `k`. A card's status is
/// the worst of all the touchpoint's KPIs: where it has others, the card
/// says how many and names each with its status, or an on-target KPI's
/// page would show "off target" at a touchpoint without saying why.
fn measured_at(ctx: &Ctx, k: usize, t: usize) -> Value {
    let m = ctx.model;
    let mut card = ctx.card(t);
    let tp = &m.touchpoints[t];
    let kpis: Vec<usize> = tp
        .kpis
        .iter()
        .filter_map(|r| m.index.kpis.get(&r.id).copied())
        .collect();
    if tp.state != State::Current || kpis.len() < 2 {
        return card;
    }
    let combined = ctx.analysis.touchpoints[t].kpi_status;
    let mut status = status_view(&ctx.model.words, combined);
    let words = &m.words;
    let with_status = |id: &str, s: crate::analyse::KpiStatus, name: Option<&str>| {
        let mut args = crate::i18n::Args::new();
        args.set("status", words.text(super::super::status_parts(Some(s)).2));
        args.set("count", crate::i18n::count_value(kpis.len()));
        if let Some(name) = name {
            args.set("name", name.to_string());
        }
        words.args(id, &args)
    };
    if let Some(s) = combined {
        set(
            &mut status,
            "label",
            with_status("kpi-card-combined-status", s, None),
        );
    }
    set(&mut card, "kpi_status", status);
    let each: Vec<String> = kpis
        .iter()
        .map(|&o| {
            let status = ctx.analysis.kpis[o].status;
            if o == k {
                with_status("kpi-card-this-one", status, None)
            } else {
                with_status("kpi-card-other", status, Some(&m.kpis[o].name))
            }
        })
        .collect();
    let mut args = crate::i18n::Args::new();
    args.set("count", crate::i18n::count_value(kpis.len()));
    args.set("each", each.join("; "));
    set(
        &mut card,
        "kpi_note",
        words.args("kpi-card-combined-note", &args),
    );
    card
}

pub fn kpi(ctx: &Ctx, i: usize) -> PageSpec {
    let m = ctx.model;
    let k = &m.kpis[i];
    let h = &ctx.analysis.kpis[i];
    let at: Vec<Value> = ctx.lists().kpi[i]
        .iter()
        .map(|&t| measured_at(ctx, i, t))
        .collect();
    let benefits: Vec<Value> = m
                .benefits
                .iter()
                .filter(|b| b.kpis.iter().any(|r| r.id == k.id))
                .map(|b| tv!({ "id": b.id, "name": b.name, "url": format!("{}#{}", ctx.urls.to("benefits/"), b.id) }))
                .collect();
    let rows: Vec<Value> = k
        .measurements
        .iter()
        .rev()
        .map(|mm| tv!({ "date": mm.date, "value": measure(ctx, &mm.value, k.unit.as_deref()) }))
        .collect();
    let mut summary = kpi_summary(ctx, i);
    set(
        &mut summary,
        "description",
        md(ctx, &k.origin, k.description.as_deref()),
    );
    set(&mut summary, "series", &k.series);
    // With its sign, a true minus as every figure below zero on the site.
    let signed = |c: f64| {
        let printed = fmt_num(c);
        let printed = match printed.strip_prefix('-') {
            Some(digits) => format!("−{digits}"),
            None => format!("+{printed}"),
        };
        m.words.numbers().localise(&printed)
    };
    set(&mut summary, "change", h.change_from_baseline.map(signed));
    let caption_name = match &k.unit {
        Some(u) if !u.is_empty() => format!("{} ({u})", k.name),
        _ => k.name.clone(),
    };
    set(&mut summary, "caption_name", caption_name);
    PageSpec {
        path: Page::Kpi(i).path(ctx.model),
        template: "kpi.html",
        title: k.name.clone(),
        crumbs: crumbs(&[(&m.words.text("title-kpis"), ctx.urls.to("kpis/"))]),
        section: Some(Section::Kpis),
        data: tv!({
            "kpi": summary,
            "chart": kpi_chart(ctx, i, &format!("kpi-{}", k.id)),
            "measurements": rows,
            "touchpoints": at,
            "benefits": benefits,
            "notes": notes_of(ctx, &ctx.analysis.backlinks.kpi_notes, &k.id),
        }),
    }
}

/// Page `n` (from 1) of the KPIs, in the map's order.
pub fn kpi_index(ctx: &Ctx, n: usize) -> PageSpec {
    let all: Vec<usize> = (0..ctx.model.kpis.len()).collect();
    let (shown, pager) = list_slice(ctx, Section::Kpis, &all, n);
    let rows: Vec<Value> = shown
        .iter()
        .map(|&i| {
            let mut v = kpi_summary(ctx, i);
            let k = &ctx.model.kpis[i];
            let values = k.numbers();
            if values.len() > 1 {
                set(&mut v, "sparkline", sparkline(&ctx.model.words, k, &values));
            }
            v
        })
        .collect();
    PageSpec {
        path: Page::KpiIndex(n).path(ctx.model),
        template: "kpis.html",
        title: paged_title(ctx, "title-kpis", n),
        crumbs: vec![],
        section: Some(Section::Kpis),
        data: tv!({ "kpis": rows, "counts": ctx.analysis.counts, "pager": pager }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::KpiStatus;
    use crate::pipeline::analyse_map;
    use crate::render::urls::Urls;
    use crate::render::views::value::get;

    #[test]
    fn a_card_on_a_kpi_page_says_what_its_status_combines() {
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let analysed = analyse_map(&map).unwrap();
        let urls = Urls::new("/");
        let ctx = Ctx::new(&analysed, &urls, None);
        let m = &analysed.model;
        let k = m.index.kpis["checkout-abandonment"];
        let t = m.index.touchpoints["checkout-page"];
        // On target itself, at a touchpoint whose other KPI is off target.
        assert_eq!(ctx.analysis.kpis[k].status, KpiStatus::OnTarget);
        let card = measured_at(&ctx, k, t);
        let status = get(&card, "kpi_status").unwrap();
        assert_eq!(get(status, "label"), Some(&tv!("off target (2 KPIs)")));
        assert_eq!(
            get(&card, "kpi_note"),
            Some(&tv!(
                "Its status combines its 2 KPIs, the worst counting: this one on target; Newsletter sign-up rate at checkout off target."
            ))
        );
        // A touchpoint with this KPI alone keeps its card as it is.
        let alone = m.index.touchpoints["abandoned-cart-email"];
        assert_eq!(measured_at(&ctx, k, alone), ctx.card(alone));
    }
}
