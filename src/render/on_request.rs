//! Files made on request while the whole site renders. After an edit to a
//! map file, `serve` has the new map analysed in a fraction of the time the
//! whole site takes to render (a fifth at 10,000 touchpoints); the page a
//! browser reloads is rendered alone, at once, by the same renderer the
//! whole site is rendered with, so it is the very page the site will have.

use super::{Renderer, map_stylesheets};
use crate::model::Model;
use crate::site::{EntityKind, Page, page_file, theme_assets};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// A file of the site asked for while the site renders.
pub struct FileRequest {
    /// Its path in the output folder: `touchpoints/checkout/index.html`.
    pub file: String,
    /// Called once, with the file, or with `None` when it cannot be made
    /// alone (an export, a file a note links to, a path that is no page):
    /// the asker then waits for the whole site.
    pub reply: Box<dyn FnOnce(Option<Vec<u8>>) + Send>,
}

/// How [`super::render_site`] takes requests (see [`super::Hooks`]).
pub struct OnRequest<'r> {
    /// Dropped once the site is done: a request sent after that fails, and
    /// the asker takes the file from the whole site.
    pub requests: Receiver<FileRequest>,
    /// Called once requests are being answered (the templates compiled):
    /// `serve` then tells browsers that a new site is there.
    pub ready: &'r (dyn Fn() + Sync),
    /// Asked between requests (at least every [`IDLE`]): whether a newer
    /// edit has come, so that the rest of this site is not worth rendering.
    pub superseded: &'r (dyn Fn() -> bool + Sync),
}

/// How long the answering thread waits for a request before it looks
/// whether the site is done, or superseded.
const IDLE: Duration = Duration::from_millis(20);

/// The answering thread's share of a render.
pub(super) struct Answering<'a> {
    pub renderer: &'a Renderer<'a>,
    /// Set by the render when the whole site is done.
    pub finished: &'a AtomicBool,
    /// [`OnRequest::superseded`].
    pub superseded_by: &'a (dyn Fn() -> bool + Sync),
    /// Set here when `superseded_by` says so; the render then stops.
    pub superseded: &'a AtomicBool,
    /// Set here while a file asked for is made: the render of the whole
    /// site waits meanwhile, so that the page a browser waits for has a
    /// core to itself (on two cores it took twice as long beside it).
    pub making: &'a AtomicBool,
}

impl Answering<'_> {
    /// Answers `requests` until the site is done. Renders in a pool of its
    /// own: the shared one is busy with the whole site, and work handed to
    /// it from outside (a journey page's lanes are built in parallel) would
    /// wait behind all of that.
    pub(super) fn run(self, requests: Receiver<FileRequest>) {
        match rayon::ThreadPoolBuilder::new().num_threads(1).build() {
            Ok(pool) => pool.install(move || self.answer(&requests)),
            Err(_) => self.answer(&requests),
        }
    }

    fn answer(&self, requests: &Receiver<FileRequest>) {
        let mut pages: Option<HashMap<String, Page>> = None;
        // Asked for the search page before the index is built (the page
        // carries its meta): answered as soon as it is.
        let mut waiting: Vec<FileRequest> = Vec::new();
        while !self.finished.load(Ordering::Acquire) {
            if !self.superseded.load(Ordering::Relaxed) && (self.superseded_by)() {
                self.superseded.store(true, Ordering::Relaxed);
            }
            if let Some(pages) = &pages {
                self.answer_waiting(&mut waiting, pages);
            }
            let request = match requests.recv_timeout(IDLE) {
                Ok(r) => r,
                Err(RecvTimeoutError::Timeout) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
            };
            let model = self.renderer.ctx.model;
            let page = entity_page(model, &request.file).or_else(|| {
                let pages = pages.get_or_insert_with(|| page_files(self.renderer));
                pages.get(&request.file).copied()
            });
            match page {
                Some(page) if !self.renderer.can_render(page) => waiting.push(request),
                _ => {
                    let making = Making::start(self.making);
                    let file = make(self.renderer, page, &request.file);
                    drop(making);
                    (request.reply)(file)
                }
            }
        }
        // The site is done, the index with it (unless the render stopped:
        // then the asker waits for the next site).
        if let Some(pages) = &pages {
            self.answer_waiting(&mut waiting, pages);
        }
        for request in waiting {
            (request.reply)(None);
        }
    }

    /// Answers the requests of `waiting` that can be answered now.
    fn answer_waiting(&self, waiting: &mut Vec<FileRequest>, pages: &HashMap<String, Page>) {
        let (now, later): (Vec<FileRequest>, Vec<FileRequest>) =
            std::mem::take(waiting).into_iter().partition(|r| {
                pages
                    .get(&r.file)
                    .is_none_or(|&page| self.renderer.can_render(page))
            });
        *waiting = later;
        for request in now {
            let page = pages.get(&request.file).copied();
            (request.reply)(make(self.renderer, page, &request.file));
        }
    }
}

/// [`Answering::making`] set while a file asked for is made, cleared
/// however that ends.
struct Making<'a>(&'a AtomicBool);

impl<'a> Making<'a> {
    fn start(flag: &'a AtomicBool) -> Self {
        flag.store(true, Ordering::Release);
        Making(flag)
    }
}

impl Drop for Making<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// The longest a file of the whole site waits for a file asked for. A
/// bound, not a wait for the end: a page made on request may need what a
/// thread of the whole site's render is computing (data several pages
/// share, made once), and that thread may be the one waiting here.
const MAKING_WAIT: Duration = Duration::from_millis(100);

/// Called by the whole site's render before each file: waits while a file
/// asked for is made (see [`Answering::making`]), at most [`MAKING_WAIT`].
pub(super) fn wait_while_making(making: &AtomicBool) {
    let started = std::time::Instant::now();
    while making.load(Ordering::Acquire) && started.elapsed() < MAKING_WAIT {
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// Every page by the file it is written to.
fn page_files(renderer: &Renderer) -> HashMap<String, Page> {
    let model = renderer.ctx.model;
    Page::all(model, renderer.ctx.changes.is_some())
        .into_iter()
        .map(|page| (page_file(&page.path(model)), page))
        .collect()
}

/// The page written to `file` when it is an entity's (most pages of a
/// large site, and the one a browser on an edited touchpoint reloads),
/// found by the entity's id: listing every page to find it took 30 ms at
/// 10,000 touchpoints.
fn entity_page(model: &Model, file: &str) -> Option<Page> {
    let (section, id) = file.strip_suffix("/index.html")?.split_once('/')?;
    let index = &model.index;
    let page = match EntityKind::from_section(section)? {
        EntityKind::Touchpoint => Page::Touchpoint(*index.touchpoints.get(id)?),
        EntityKind::Kpi => Page::Kpi(*index.kpis.get(id)?),
        EntityKind::Competitor => Page::Competitor(*index.competitors.get(id)?),
        EntityKind::Stage => Page::Stage(*index.stages.get(id)?),
        EntityKind::Channel => Page::Channel(*index.channels.get(id)?),
        EntityKind::Persona => Page::Persona(*index.personas.get(id)?),
    };
    (page_file(&page.path(model)) == file).then_some(page)
}

/// The file `file` of the site (the page `page` when it is one), if it
/// can be made alone: a page, one of the theme's assets, or one of the
/// map's stylesheets (which every page links, and which a browser waits
/// for before it shows the page).
fn make(renderer: &Renderer, page: Option<Page>, file: &str) -> Option<Vec<u8>> {
    if let Some(page) = page {
        // A template that fails here fails in the whole site too, which
        // reports it.
        return renderer.render(page).ok().map(|(_, html, _)| html);
    }
    if file == crate::site::SCRIPT_WORDS {
        return Some(super::script_words::words_script(&renderer.ctx.model.words));
    }
    if let Some(asset) = file.strip_prefix("assets/") {
        return theme_assets()
            .into_iter()
            .find(|(path, _)| path == asset)
            .map(|(_, bytes)| bytes.to_vec());
    }
    let model = renderer.ctx.model;
    if map_stylesheets(model).contains(&file) {
        let (_, source) = model.static_files.iter().find(|(path, _)| path == file)?;
        return crate::load::walk::read_resolved(source).ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use crate::render::render_in_memory;
    use std::path::Path;
    use std::sync::{Mutex, mpsc};

    #[test]
    fn files_asked_for_while_the_site_renders_are_those_of_the_finished_site() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let analysed = analyse_map(&map).unwrap();
        let asked = [
            "index.html",
            "touchpoints/checkout-page/index.html",
            // Each kind of entity's page, found by its id; a note's page,
            // a cell of the map and a second list page, among all pages.
            "stages/decision/index.html",
            "channels/email/index.html",
            "personas/marathoner/index.html",
            "kpis/checkout-abandonment/index.html",
            "competitors/runbargain/index.html",
            "notes/research/checkout-study/index.html",
            "map/decision/email/index.html",
            "journey/index.html",
            "404.html",
            "assets/style.css",
            "brand.css",
            // Made with the whole site only.
            "map.json",
            "search-index/meta.json",
            // No such page.
            "touchpoints/nowhere/index.html",
            "touchpoints/checkout-page",
        ];
        let (requests, answering) = mpsc::channel();
        let answers = Mutex::new(Vec::new());
        // The search page carries the index's meta: asked for before the
        // index is built, it comes once it is (the request waits, not the
        // answering of others).
        let (search_reply, search_page) = mpsc::channel();
        let search_asked = || {
            let reply = search_reply.clone();
            requests
                .send(FileRequest {
                    file: "search/index.html".into(),
                    reply: Box::new(move |m| reply.send(m).unwrap()),
                })
                .unwrap();
        };
        // Asked before the rest of the site renders: the answering thread
        // runs by the time `ready` is called.
        let ready = || {
            search_asked();
            for file in asked {
                let (reply, made) = mpsc::channel();
                requests
                    .send(FileRequest {
                        file: file.to_string(),
                        reply: Box::new(move |m| reply.send(m).unwrap()),
                    })
                    .unwrap();
                answers.lock().unwrap().push((file, made.recv().unwrap()));
            }
        };
        let on_request = OnRequest {
            requests: answering,
            ready: &ready,
            superseded: &|| false,
        };
        let site =
            render_in_memory(&analysed, Some(on_request)).unwrap_or_else(|e| panic!("{e:?}"));
        let answers = answers.into_inner().unwrap();
        assert_eq!(answers.len(), asked.len(), "every request was answered");
        let search_page = search_page.recv().unwrap();
        let page = String::from_utf8_lossy(search_page.as_deref().unwrap_or_default());
        assert!(page.contains(r#"<script type="application/json" id="search-meta""#));
        let site_page = site.files.iter().find(|(p, _)| p == "search/index.html");
        assert_eq!(search_page.as_ref(), site_page.map(|(_, b)| b));
        let in_site = |file: &str| -> Option<Vec<u8>> {
            if let Some((_, bytes)) = site.files.iter().find(|(p, _)| p == file) {
                return Some(bytes.clone());
            }
            let (_, source) = site.copies.iter().find(|(p, _)| p == file)?;
            Some(std::fs::read(source).unwrap())
        };
        for (file, made) in answers {
            match file {
                "map.json"
                | "search-index/meta.json"
                | "touchpoints/nowhere/index.html"
                | "touchpoints/checkout-page" => assert_eq!(made, None, "{file}"),
                _ => {
                    let made = made.unwrap_or_else(|| panic!("{file} was not made on request"));
                    assert_eq!(Some(made), in_site(file), "{file}");
                }
            }
        }
        // The request channel is closed with the site done.
        let (reply, _) = mpsc::channel();
        let late = requests.send(FileRequest {
            file: "index.html".into(),
            reply: Box::new(move |m| reply.send(m).unwrap()),
        });
        assert!(late.is_err(), "nobody answers once the site is done");
    }

    #[test]
    fn the_whole_site_waits_for_a_file_asked_for_but_not_for_ever() {
        let making = AtomicBool::new(false);
        // Made and done: cleared, also when making it panics.
        let made = std::panic::catch_unwind(|| {
            let _making = Making::start(&making);
            assert!(making.load(Ordering::Acquire));
            panic!("a template's filter failed");
        });
        assert!(made.is_err());
        assert!(
            !making.load(Ordering::Acquire),
            "cleared as the panic unwound"
        );
        // Set and never cleared (the maker waits for what this thread is
        // making): the wait ends after its bound.
        let _stuck = Making::start(&making);
        let started = std::time::Instant::now();
        wait_while_making(&making);
        assert!(started.elapsed() >= MAKING_WAIT);
    }

    #[test]
    fn a_newer_edit_stops_the_render_of_the_whole_site() {
        let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map");
        let analysed = analyse_map(&map).unwrap();
        let render = |superseded: &(dyn Fn() -> bool + Sync)| {
            let (requests, answering) = mpsc::channel();
            // One request answered: the answering thread has asked whether
            // the site is superseded before the rest of the site renders.
            let ready = || {
                let (reply, made) = mpsc::channel();
                requests
                    .send(FileRequest {
                        file: "index.html".into(),
                        reply: Box::new(move |m| reply.send(m).unwrap()),
                    })
                    .unwrap();
                assert!(made.recv().unwrap().is_some());
            };
            let on_request = OnRequest {
                requests: answering,
                ready: &ready,
                superseded,
            };
            render_in_memory(&analysed, Some(on_request))
        };
        // Asked first on the rendering thread, then by the answering one.
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let from_the_second_time = || asked.fetch_add(1, Ordering::SeqCst) > 0;
        assert!(matches!(
            render(&from_the_second_time),
            Err(crate::render::RenderError::Superseded)
        ));
        assert!(matches!(
            render(&|| true),
            Err(crate::render::RenderError::Superseded)
        ));
        let site = render(&|| false).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(site.files.iter().any(|(p, _)| p == "index.html"));
    }
}
