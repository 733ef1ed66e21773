//! The templates compiled once per render with what every page shares in
//! their global context, and the rendering of one page with them: the
//! whole site, `serve`'s pages on request and a notes-only rebuild all
//! render a page here, so that each is the same bytes.

use super::views::value::tv;
use super::{RenderOptions, search, theme, views};
use crate::diagnostics::Finding;
use crate::site::{NavEntry, Page, Section};
use serde_json::{Value, json};
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

/// The templates, compiled once per build with what every page shares in
/// their global context.
pub(super) struct Renderer<'c> {
    pub(super) ctx: &'c views::Ctx<'c>,
    tera: tera::Tera,
    /// The navigation of each section (its own entry marked current).
    navs: HashMap<&'static str, tera::Value>,
    /// Built for a section the navigation does not know.
    nav: Vec<NavEntry>,
    /// The search index's meta file as the search page carries it (see
    /// [`search::SearchIndex::page_meta`]), set once the index is built: the page's
    /// first query then needs no round trip for it. The search page is
    /// rendered after it is set ([`Renderer::can_render`]).
    pub(super) search_meta: OnceLock<String>,
}

impl<'c> Renderer<'c> {
    pub(super) fn new(ctx: &'c views::Ctx<'c>, options: &RenderOptions) -> Result<Self, Finding> {
        let mut tera = theme::compile(&ctx.model.templates, &ctx.model.words)?;
        let common = common_context(ctx, options);
        if let Value::Object(map) = &common {
            for (k, v) in map {
                tera.global_context().insert(k.clone(), v);
            }
        }
        let nav = crate::site::nav(ctx.changes.is_some());
        let navs = nav
            .iter()
            .map(|(key, ..)| (*key, nav_value(&nav, ctx, key)))
            .collect();
        Ok(Renderer {
            ctx,
            tera,
            navs,
            nav,
            search_meta: OnceLock::new(),
        })
    }

    /// Whether `page` can be rendered as the site has it: any page but the
    /// search page, which waits for the index's meta.
    pub(super) fn can_render(&self, page: Page) -> bool {
        page != Page::Search || self.search_meta.get().is_some()
    }

    /// Builds `page`'s data and renders it: `(page path, HTML, map files it
    /// refers to)`.
    pub(super) fn render(
        &self,
        page: Page,
    ) -> Result<(String, Vec<u8>, BTreeSet<String>), Finding> {
        let (spec, files) = self.ctx.page(page);
        let mut context = tera::Context::new();
        let section = spec.section.map_or("", Section::key);
        let nav = match self.navs.get(section) {
            Some(v) => v.clone(),
            None => nav_value(&self.nav, self.ctx, section),
        };
        context.insert_value("nav", nav);
        let crumbs: Vec<tera::Value> = spec
            .crumbs
            .iter()
            .map(|(t, u)| tv!({ "title": t, "url": u }))
            .collect();
        context.insert_value(
            "page",
            tv!({
                "title": spec.title,
                "path": spec.path,
                "url": self.ctx.urls.written(&spec.path),
                "section": section,
                "template": spec.template,
                "breadcrumbs": crumbs,
            }),
        );
        if let Some(map) = spec.data.as_map() {
            for (k, v) in map {
                if let Some(k) = k.as_str() {
                    context.insert_value(k.to_string(), v.clone());
                }
            }
        }
        if page == Page::Search
            && let Some(meta) = self.search_meta.get()
        {
            context.insert_value("search_meta", tera::Value::from(meta.as_str()));
        }
        let mut html = Vec::with_capacity(32 * 1024);
        self.tera
            .render_to(spec.template, &context, &mut html)
            .map_err(|e| theme::template_finding(&e, &self.ctx.model.templates))?;
        Ok((spec.path, html, files))
    }
}

/// The top navigation with `section`'s entry current.
fn nav_value(nav: &[NavEntry], ctx: &views::Ctx, section: &str) -> tera::Value {
    let entries: Vec<tera::Value> = nav
        .iter()
        .map(|(key, word, path)| tv!({ "key": key, "title": ctx.model.words.text(word), "url": ctx.urls.to(path), "current": *key == section }))
        .collect();
    tera::Value::from(entries)
}

/// The map's own stylesheets, which every page links after the theme's:
/// the `.css` files directly in `static/`, by name (a stylesheet in a
/// folder of `static/` is copied but not linked).
pub fn map_stylesheets(model: &crate::model::Model) -> Vec<&str> {
    let mut css: Vec<&str> = model
        .static_files
        .iter()
        .map(|(p, _)| p.as_str())
        .filter(|p| !p.contains('/') && p.to_ascii_lowercase().ends_with(".css"))
        .collect();
    css.sort_unstable();
    css
}

/// What every page's template sees besides its own data.
fn common_context(ctx: &views::Ctx, options: &RenderOptions) -> Value {
    let site = &ctx.model.site;
    let urls = ctx.urls;
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
            "stylesheets": map_stylesheets(ctx.model).iter().map(|p| urls.written(p)).collect::<Vec<_>>(),
            "js": urls.to("assets/app.js"),
            "words": urls.to(crate::site::SCRIPT_WORDS),
            "search_index": urls.to(&format!("{}/", search::FOLDER)),
        },
        "live_reload": options.live_reload,
        // The scripts' words (app.js, live.js), as JSON for base.html.
        "generator": format!("touchmap {}", env!("CARGO_PKG_VERSION")),
        "exports": {
            "map_json": urls.to("map.json"),
            "touchpoints_csv": urls.to("touchpoints.csv"),
            "kpis_csv": urls.to("kpis.csv"),
        },
    })
}
