//! Step 4 of the pipeline: **render**. Turns the analysed map into the files
//! of the site: HTML pages from tera templates (in parallel), inline SVG
//! charts, exports and the theme's assets, each handed on as soon as it is
//! ready (to memory for `serve`, to the write step for `build`).

pub(crate) mod charts;
mod copies;
pub(crate) mod exports;
mod json;
pub mod markdown;
mod on_request;
mod renderer;
mod script_words;
pub(crate) mod search;
pub(crate) mod theme;
pub mod urls;
pub(crate) mod views;
mod words;

use crate::analyse::Analysed;
use crate::diagnostics::Finding;
use crate::diff::Changes;
use crate::output::WriteError;
use crate::site::{Page, page_file};
pub use on_request::{FileRequest, OnRequest};
use rayon::prelude::*;
use renderer::Renderer;
pub use renderer::map_stylesheets;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use urls::Urls;

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Overrides `site.base_url` (e.g. from `--base-url`), wholly: a path
    /// (`/repo/`), or a full address (`https://acme.github.io/repo/`) whose
    /// scheme and host the sitemap's addresses start with.
    pub base_url: Option<String>,
    /// Address of the live-reload script `serve` injects into every page.
    pub live_reload: Option<String>,
}

/// What `serve` adds to a render; `build` renders with the default.
#[derive(Default)]
pub struct Hooks<'r> {
    /// Keep the search index's entries ([`Rendered::search`]), so that
    /// `serve` can redo only those an edited note changes.
    pub keep_search: bool,
    /// Files asked for while the site renders, answered as soon as the
    /// templates are compiled, and whether a newer edit makes the rest not
    /// worth rendering.
    pub on_request: Option<OnRequest<'r>>,
    /// Render only the pages of these notes, and patch their entries in
    /// the search index kept from the last render: `serve`'s rebuild after
    /// an edit that changed nothing but the text of notes.
    pub notes_only: Option<NotesOnly<'r>>,
}

/// See [`Hooks::notes_only`].
pub struct NotesOnly<'r> {
    /// Indices into `model.notes` of the notes whose text changed.
    pub notes: &'r [usize],
    /// The search index's entries, from the render before the edit.
    pub search: &'r mut search::SearchIndex,
}

/// Why rendering stopped.
#[derive(Debug)]
pub enum RenderError {
    /// A template failed (a map's own template override, usually), as a
    /// finding that names the template file and line.
    Template(Finding),
    /// The sink refused a file (the disk, when writing while rendering).
    Output(WriteError),
    /// A newer edit came (see [`OnRequest::superseded`]): the site is not
    /// worth finishing.
    Superseded,
}

/// Takes each file of the site as soon as it is rendered, from several
/// threads at once: `(path in the output folder, content)`, the content in
/// one or more chunks (a large export is written as it was made, in pieces,
/// instead of being copied into one buffer first).
pub type Sink<'s> = dyn Fn(String, Vec<Vec<u8>>) -> Result<(), WriteError> + Sync + 's;

/// What [`render_site`] returns besides the files it handed to the sink.
#[derive(Debug)]
pub struct Rendered {
    /// `(path in the output folder, file to copy)`, sorted: the map's
    /// static files and the files notes refer to.
    pub copies: Vec<(String, PathBuf)>,
    /// How many HTML pages were rendered.
    pub pages: usize,
    /// The search index's entries, when asked to keep them.
    pub search: Option<search::SearchIndex>,
}

/// A sink that keeps the site in memory, each file as a `F` made from its
/// bytes as soon as it is rendered (on the render's threads): the bytes as
/// they are, for tests, or as `serve` keeps them (compressed).
pub struct InMemory<F = Vec<u8>>(Mutex<Vec<(String, F)>>);

impl<F> Default for InMemory<F> {
    fn default() -> Self {
        InMemory(Mutex::new(Vec::new()))
    }
}

impl<F: From<Vec<u8>>> InMemory<F> {
    /// Keeps one file (see [`Sink`]).
    pub fn keep(&self, path: String, chunks: Vec<Vec<u8>>) -> Result<(), WriteError> {
        self.keep_as(path, chunks, |_, bytes| F::from(bytes))
    }
}

impl<F> InMemory<F> {
    /// Keeps one file as `make` makes it from its path and bytes.
    pub fn keep_as(
        &self,
        path: String,
        chunks: Vec<Vec<u8>>,
        make: impl FnOnce(&str, Vec<u8>) -> F,
    ) -> Result<(), WriteError> {
        let bytes = if chunks.len() == 1 {
            chunks.into_iter().next().unwrap_or_default()
        } else {
            chunks.concat()
        };
        let file = make(&path, bytes);
        lock(&self.0).push((path, file));
        Ok(())
    }

    /// The files kept: `(path in the output folder, content)`, by path.
    pub fn into_files(self) -> Vec<(String, F)> {
        let mut files = self.0.into_inner().unwrap_or_else(PoisonError::into_inner);
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Renders the whole site, handing each file to `sink` as soon as it is
/// ready, in parallel: `build` writes each page while the next renders, and
/// a page's data lives only while its page renders, so memory stays flat
/// however large the map. `changes` (`build --since`) adds the "What
/// changed" page. `Err` when a template fails (a map's own template
/// override, usually), as a finding that names the template file and line,
/// when the sink fails, or when a newer edit superseded this one.
pub fn render_site(
    analysed: &Analysed,
    changes: Option<&Changes>,
    options: &RenderOptions,
    sink: &Sink,
    hooks: Hooks,
) -> Result<Rendered, RenderError> {
    let Hooks {
        keep_search,
        on_request,
        notes_only,
    } = hooks;
    let (base, origin) = site_base(&analysed.model, options);
    let urls = Urls::new(&base);
    let ctx = views::Ctx::new(analysed, &urls, changes);
    let renderer = Renderer::new(&ctx, options).map_err(RenderError::Template)?;
    if let Some(NotesOnly { notes, search }) = notes_only {
        return render_notes(analysed, &renderer, notes, search, sink);
    }
    // Set by the answering thread when a newer edit makes this site not
    // worth finishing.
    let superseded = AtomicBool::new(false);
    // Set by the answering thread while it makes a file asked for.
    let making = AtomicBool::new(false);
    let Some(on_request) = on_request else {
        return render_all(
            analysed,
            &renderer,
            sink,
            keep_search,
            true,
            (&base, origin.as_deref()),
            (&superseded, &making),
        );
    };
    // An edit that came while the map was read makes this one old before
    // browsers are told of it.
    if (on_request.superseded)() {
        return Err(RenderError::Superseded);
    }
    // The answering thread stops once the site is done (it polls `finished`
    // between requests), so that the scope can end.
    let finished = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (renderer, ready) = (&renderer, on_request.ready);
        let answering = on_request::Answering {
            renderer,
            finished: &finished,
            superseded_by: on_request.superseded,
            superseded: &superseded,
            making: &making,
        };
        // Without a thread to answer (the system refused one), the site
        // is only published whole.
        let thread = std::thread::Builder::new()
            .name("touchmap-on-request".into())
            .spawn_scoped(scope, move || answering.run(on_request.requests));
        if thread.is_ok() {
            ready();
        }
        let rendered = render_all(
            analysed,
            renderer,
            sink,
            keep_search,
            false,
            (&base, origin.as_deref()),
            (&superseded, &making),
        );
        finished.store(true, Ordering::Release);
        rendered
    })
}

/// Renders every file of the site with `renderer` (see [`render`]) for the
/// base URL `(path, origin)`, unless `superseded` is set on the way;
/// waiting before each file while `making` is set. `search_first` when no
/// page is asked for meanwhile (`build`).
fn render_all(
    analysed: &Analysed,
    renderer: &Renderer,
    sink: &Sink,
    keep_search: bool,
    search_first: bool,
    (base, origin): (&str, Option<&str>),
    (superseded, making): (&AtomicBool, &AtomicBool),
) -> Result<Rendered, RenderError> {
    let ctx = renderer.ctx;
    let model = ctx.model;
    let urls = ctx.urls;
    // What was written, so that no copy takes the place of a page.
    let written: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let out_chunks = |path: String, chunks: Vec<Vec<u8>>| {
        lock(&written).insert(path.clone());
        sink(path, chunks).map_err(RenderError::Output)
    };
    let out = |path: String, bytes: Vec<u8>| out_chunks(path, vec![bytes]);

    // The exports do not depend on the pages. They are the last jobs of
    // the list, the aggregate pages (each holding every touchpoint) the
    // first: the largest allocations of a build come at different times.
    enum Job {
        Page(Page),
        MapJson,
        SearchIndex,
        Small,
        Posters,
    }
    enum Done {
        Page(String, BTreeSet<String>),
        /// The index, and the search page's path and files.
        SearchIndex(Option<Box<search::SearchIndex>>, String, BTreeSet<String>),
        Export,
    }
    // The search page carries the index's meta: the index's job renders it.
    let mut jobs: Vec<Job> = Page::all(model, ctx.changes.is_some())
        .into_iter()
        .filter(|&page| page != Page::Search)
        .map(Job::Page)
        .chain([Job::MapJson, Job::SearchIndex, Job::Small, Job::Posters])
        .collect();
    let run = |job: &Job| match job {
        _ if superseded.load(Ordering::Relaxed) => Err(RenderError::Superseded),
        Job::Page(page) => {
            let (path, html, files) = renderer.render(*page).map_err(RenderError::Template)?;
            out(page_file(&path), html)?;
            Ok(Done::Page(path, files))
        }
        Job::MapJson => {
            out_chunks("map.json".into(), exports::map_json(analysed, base, origin))?;
            Ok(Done::Export)
        }
        Job::SearchIndex => {
            let search = search::SearchIndex::build(analysed, urls, &ctx.lists().persona);
            for (path, bytes) in search.files() {
                out(path, bytes)?;
            }
            let _ = renderer.search_meta.set(search.page_meta());
            let (path, html, files) = renderer
                .render(Page::Search)
                .map_err(RenderError::Template)?;
            out(page_file(&path), html)?;
            let search = keep_search.then(|| Box::new(search));
            Ok(Done::SearchIndex(search, path, files))
        }
        Job::Small => {
            out("touchpoints.csv".into(), exports::touchpoints_csv(analysed))?;
            out("kpis.csv".into(), exports::kpis_csv(analysed))?;
            out(".nojekyll".into(), Vec::new())?;
            out(
                crate::site::SCRIPT_WORDS.into(),
                script_words::words_script(&model.words),
            )?;
            for (path, bytes) in crate::site::theme_assets() {
                out(format!("assets/{path}"), bytes.to_vec())?;
            }
            Ok(Done::Export)
        }
        Job::Posters => {
            for (path, svg) in ctx.posters() {
                out(path, svg)?;
            }
            Ok(Done::Export)
        }
    };
    // In `build`, the index is made before anything the pages share: what
    // it holds while it is made then never adds to what they hold (about
    // 100 MB at 10,000 touchpoints), which was `build`'s peak. `serve`
    // keeps it among the last jobs: a page asked for first needs the cores
    // then.
    let search_done = if search_first {
        jobs.retain(|job| !matches!(job, Job::SearchIndex));
        Some(run(&Job::SearchIndex)?)
    } else {
        None
    };
    // Shared by the aggregate pages: built once, in parallel, up front.
    ctx.cards.all();
    let mut done: Vec<Done> = jobs
        .par_iter()
        .inspect(|_| on_request::wait_while_making(making))
        .map(run)
        .collect::<Result<_, RenderError>>()?;
    // Where its job comes in the list: the search page is listed in the
    // sitemap after the other pages.
    done.extend(search_done);
    let mut search = None;
    let mut pages = Vec::new();
    for d in done {
        match d {
            Done::Page(path, files) => pages.push((path, files)),
            Done::SearchIndex(s, path, files) => {
                search = s.map(|s| *s);
                pages.push((path, files));
            }
            Done::Export => {}
        }
    }
    let done = pages;

    let paths: Vec<&str> = done.iter().map(|(p, _)| p.as_str()).collect();
    out("sitemap.xml".into(), exports::sitemap(&paths, urls, origin))?;
    let note_files: BTreeSet<&String> = done
        .iter()
        .flat_map(|(_, f)| f)
        .chain(&analysed.analysis.backlinks.field_files)
        .collect();
    // SVG images are published as analyse cleaned them of scripts, never
    // as they are (unless the map allows scripts).
    let cleaned = !model.site.allow_scripts_in_attachments;
    let (svgs, note_files): (Vec<&String>, Vec<&String>) = note_files
        .into_iter()
        .partition(|f| cleaned && crate::analyse::attachments::is_svg(f));
    for f in svgs {
        if let Some(svg) = analysed.analysis.backlinks.svgs.get(f) {
            out(format!("files/{f}"), svg.to_vec())?;
        }
    }
    let written = written.into_inner().unwrap_or_else(PoisonError::into_inner);
    let mut note_copies: Vec<(String, PathBuf)> = Vec::new();
    for f in note_files {
        // The path the check resolved and approved, every symbolic link
        // followed: the copy reads that very file, or fails.
        if let Ok(Some(source)) = crate::analyse::attachments::attachment(model, f) {
            note_copies.push((format!("files/{f}"), source));
        }
    }
    let copies = copies::copy_list(note_copies, &model.static_files, &written);
    Ok(Rendered {
        copies,
        pages: done.len(),
        search,
    })
}

/// Renders the pages of notes `notes` (indices into `model.notes`) with
/// `renderer`, and patches and writes `search` (see [`Hooks::notes_only`]).
fn render_notes(
    analysed: &Analysed,
    renderer: &Renderer,
    notes: &[usize],
    search: &mut search::SearchIndex,
    sink: &Sink,
) -> Result<Rendered, RenderError> {
    notes.par_iter().try_for_each(|&i| {
        let (path, html, _) = renderer
            .render(Page::Note(i))
            .map_err(RenderError::Template)?;
        sink(page_file(&path), vec![html]).map_err(RenderError::Output)
    })?;
    let meta = search.meta();
    for (path, bytes) in search.update_notes(analysed, renderer.ctx.urls, notes) {
        sink(path, vec![bytes]).map_err(RenderError::Output)?;
    }
    // The search page carries the meta: rendered again should it change
    // (an edit to the text of notes leaves it as it was today: the same
    // documents, cells and shard keys).
    let mut pages = notes.len();
    if search.meta() != meta {
        let _ = renderer.search_meta.set(search.page_meta());
        let (path, html, _) = renderer
            .render(Page::Search)
            .map_err(RenderError::Template)?;
        sink(page_file(&path), vec![html]).map_err(RenderError::Output)?;
        pages += 1;
    }
    Ok(Rendered {
        copies: Vec::new(),
        pages,
        search: None,
    })
}

/// The base URL the site is built for: its path (starting and ending with
/// `/`) and, when it is known, the scheme and host in front of it
/// (`https://acme.github.io`), from `--base-url` if given, else from
/// `site.base_url`.
pub fn site_base(model: &crate::model::Model, options: &RenderOptions) -> (String, Option<String>) {
    match &options.base_url {
        Some(given) => (
            crate::model::normalise_base_url(given).unwrap_or_else(|| model.site.base_url.clone()),
            crate::model::url_origin(given),
        ),
        None => (model.site.base_url.clone(), model.site.url_origin.clone()),
    }
}

/// A whole site rendered into memory, for tests.
#[cfg(test)]
pub(crate) struct SiteInMemory {
    pub files: Vec<(String, Vec<u8>)>,
    pub copies: Vec<(String, PathBuf)>,
}

/// Renders `analysed` into memory with the default options (and
/// `on_request`), for tests.
#[cfg(test)]
pub(crate) fn render_in_memory(
    analysed: &Analysed,
    on_request: Option<OnRequest>,
) -> Result<SiteInMemory, RenderError> {
    let memory = InMemory::<Vec<u8>>::default();
    let hooks = Hooks {
        on_request,
        ..Hooks::default()
    };
    let sink = |path, chunks| memory.keep(path, chunks);
    let rendered = render_site(analysed, None, &RenderOptions::default(), &sink, hooks)?;
    Ok(SiteInMemory {
        files: memory.into_files(),
        copies: rendered.copies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_pages_are_the_pages_a_link_may_name() {
        use crate::analyse::links;
        let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let a = crate::pipeline::analyse_map(&map).unwrap();
        let site = render_in_memory(&a, None).unwrap_or_else(|e| panic!("{e:?}"));
        let mut files: Vec<&str> = site.files.iter().map(|(p, _)| p.as_str()).collect();
        files.extend(site.copies.iter().map(|(p, _)| p.as_str()));
        for file in files {
            let page = file.strip_suffix("index.html").unwrap_or(file);
            if file == ".nojekyll" {
                continue;
            }
            let decoded = percent_encoding::percent_decode_str(page).decode_utf8_lossy();
            // A file of the map it publishes (a photo) is linked by its path.
            if let Some(in_map) = decoded.strip_prefix("files/") {
                assert_eq!(
                    links::classify(&a.model, "touchmap.yaml", &format!("/{in_map}")),
                    Ok(links::Target::File(in_map.into(), String::new())),
                    "{file}"
                );
                continue;
            }
            assert_eq!(
                links::site_page(&a.model, &decoded).as_deref(),
                Some(page),
                "{file}"
            );
        }
    }
}
