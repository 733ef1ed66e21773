//! Step 4 of the pipeline: **render**. Turns the analysed map into the files
//! of the site, in memory: HTML pages from tera templates (in parallel),
//! inline SVG charts, exports and the theme's assets. Writing them to disk is
//! the write step's job.

pub mod charts;
mod exports;
pub mod markdown;
pub mod theme;
pub mod urls;
pub mod views;

use crate::diagnostics::Finding;
use crate::pipeline::Analysed;
use rayon::prelude::*;
use serde_json::{Value, json};
use std::path::PathBuf;
use urls::{Urls, page_file};
use views::PageSpec;

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Overrides `site.base_url` (e.g. from `--base-url`).
    pub base_url: Option<String>,
    /// Address of the live-reload script `serve` injects into every page.
    pub live_reload: Option<String>,
    /// The map at an earlier revision (`build --since REV`): the site gets a
    /// "What changed" page comparing it with the map being built.
    pub since: Option<std::sync::Arc<crate::diff::Baseline>>,
}

/// The rendered site, ready to write.
#[derive(Debug, Default)]
pub struct SiteFiles {
    /// `(path in the output folder, content)`, sorted by path.
    pub files: Vec<(String, Vec<u8>)>,
    /// `(path in the output folder, file to copy)`: the map's static files
    /// and the files notes refer to.
    pub copies: Vec<(String, PathBuf)>,
}

/// Renders the whole site. `Err` when a template fails (a map's own template
/// override, usually), as a finding that names the template file and line.
pub fn render_site(analysed: &Analysed, options: &RenderOptions) -> Result<SiteFiles, Finding> {
    let model = &analysed.model;
    let base = options
        .base_url
        .clone()
        .unwrap_or_else(|| model.site.base_url.clone());
    let urls = Urls::new(&base);
    let tera = theme::compile(&model.templates)?;

    let changes = options.since.as_ref().map(|b| crate::diff::Changes {
        diff: crate::diff::compare(&b.analysed, analysed),
        from: Some(b.revision.clone()),
        to: None,
    });
    let (pages, note_files) = views::all_pages(analysed, &urls, changes.as_ref());
    let nav = views::nav(changes.is_some());
    let common = common_context(analysed, &urls, options);
    let rendered: Result<Vec<(String, Vec<u8>)>, Finding> = pages
        .par_iter()
        .map(|page| {
            let context = page_context(&common, page, &urls, &nav);
            let html = tera
                .render(page.template, &context)
                .map_err(|e| theme::template_finding(&e, &model.templates))?;
            Ok((page_file(&page.path), html.into_bytes()))
        })
        .collect();
    let mut files = rendered?;

    files.push(("map.json".into(), exports::map_json(analysed)));
    files.push(("touchpoints.csv".into(), exports::touchpoints_csv(analysed)));
    files.push(("kpis.csv".into(), exports::kpis_csv(analysed)));
    files.push((
        "search-index.json".into(),
        exports::search_index(analysed, &urls),
    ));
    files.push((
        "sitemap.xml".into(),
        exports::sitemap(&pages, &urls, model.site.url_origin.as_deref()),
    ));
    files.push((".nojekyll".into(), Vec::new()));
    for (path, bytes) in theme::static_files() {
        files.push((format!("assets/{path}"), bytes.to_vec()));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));

    let mut copies: Vec<(String, PathBuf)> = model.static_files.clone();
    for f in note_files {
        let source = model.root.join(&f);
        if source.is_file() {
            copies.push((format!("files/{f}"), source));
        }
    }
    copies.sort();
    Ok(SiteFiles { files, copies })
}

/// What every page's template sees besides its own data.
fn common_context(analysed: &Analysed, urls: &Urls, options: &RenderOptions) -> Value {
    let site = &analysed.model.site;
    json!({
        "site": {
            "title": site.title,
            "brand": site.brand,
            "description": site.description,
            "language": site.language,
            "base_url": urls.base(),
        },
        "base": urls.base(),
        "assets": {
            "css": urls.to("assets/style.css"),
            "js": urls.to("assets/app.js"),
            "search_index": urls.to("search-index.json"),
        },
        "live_reload": options.live_reload,
        "generator": format!("touchmap {}", env!("CARGO_PKG_VERSION")),
        "exports": {
            "map_json": urls.to("map.json"),
            "touchpoints_csv": urls.to("touchpoints.csv"),
            "kpis_csv": urls.to("kpis.csv"),
        },
    })
}

fn page_context(
    common: &Value,
    page: &PageSpec,
    urls: &Urls,
    nav: &[views::NavEntry],
) -> tera::Context {
    let mut ctx = tera::Context::new();
    if let Value::Object(map) = common {
        for (k, v) in map {
            ctx.insert(k.clone(), v);
        }
    }
    let nav: Vec<Value> = nav
        .iter()
        .map(|(key, title, path)| json!({ "key": key, "title": title, "url": urls.to(path), "current": *key == page.section }))
        .collect();
    ctx.insert("nav", &nav);
    let crumbs: Vec<Value> = page
        .crumbs
        .iter()
        .map(|(t, u)| json!({ "title": t, "url": u }))
        .collect();
    ctx.insert(
        "page",
        &json!({
            "title": page.title,
            "path": page.path,
            "url": urls.to(&page.path),
            "section": page.section,
            "template": page.template,
            "breadcrumbs": crumbs,
        }),
    );
    if let Value::Object(map) = &page.data {
        for (k, v) in map {
            ctx.insert(k.clone(), v);
        }
    }
    ctx
}
