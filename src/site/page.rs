//! Every page of the site, its path, and the sections the top navigation
//! lists.

use super::insights::{FullList, full_list_address, full_list_page};
use super::lanes::{lane_address, lane_page, lane_pages, paged_lanes};
use super::{EntityKind, FILES, encode_path, journey_poster_of, theme_assets};
use crate::model::Model;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A part of the site with an entry in the top navigation, or a folder of
/// pages of its own: what a page names as its `section` (the navigation
/// marks that entry current).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Map,
    Journey,
    Touchpoints,
    Stages,
    Channels,
    Personas,
    Value,
    Kpis,
    Competitors,
    Benefits,
    Insights,
    Notes,
    Search,
    /// "What changed" (`build --since`).
    Changes,
}

impl Section {
    /// Every section with a folder of its own (all but the dashboard, at
    /// the top, and "What changed", which only `build --since` writes).
    const FOLDERS: [Section; 13] = [
        Section::Map,
        Section::Journey,
        Section::Touchpoints,
        Section::Stages,
        Section::Channels,
        Section::Personas,
        Section::Value,
        Section::Kpis,
        Section::Competitors,
        Section::Benefits,
        Section::Insights,
        Section::Notes,
        Section::Search,
    ];

    /// The key templates see (`page.section`, `nav[].key`), which is also
    /// the section's folder.
    pub fn key(self) -> &'static str {
        match self {
            Section::Dashboard => "dashboard",
            Section::Map => "map",
            Section::Journey => "journey",
            Section::Touchpoints => "touchpoints",
            Section::Stages => "stages",
            Section::Channels => "channels",
            Section::Personas => "personas",
            Section::Value => "value",
            Section::Kpis => "kpis",
            Section::Competitors => "competitors",
            Section::Benefits => "benefits",
            Section::Insights => "insights",
            Section::Notes => "notes",
            Section::Search => "search",
            Section::Changes => "changes",
        }
    }

    /// The id of its title in the navigation among the site's messages
    /// (`nav-map`): the page shows it in the map's language.
    pub fn word(self) -> &'static str {
        match self {
            Section::Dashboard => "nav-dashboard",
            Section::Map => "nav-map",
            Section::Journey => "nav-journey",
            Section::Touchpoints => "nav-touchpoints",
            Section::Stages => "title-stages",
            Section::Channels => "title-channels",
            Section::Personas => "nav-personas",
            Section::Value => "nav-value",
            Section::Kpis => "nav-kpis",
            Section::Competitors => "nav-competitors",
            Section::Benefits => "nav-benefits",
            Section::Insights => "nav-insights",
            Section::Notes => "nav-notes",
            Section::Search => "nav-search",
            Section::Changes => "nav-changes",
        }
    }

    /// The path of its first page: `map/`, and the empty path for the
    /// dashboard.
    pub fn path(self) -> &'static str {
        match self {
            Section::Dashboard => "",
            Section::Map => "map/",
            Section::Journey => "journey/",
            Section::Touchpoints => "touchpoints/",
            Section::Stages => "stages/",
            Section::Channels => "channels/",
            Section::Personas => "personas/",
            Section::Value => "value/",
            Section::Kpis => "kpis/",
            Section::Competitors => "competitors/",
            Section::Benefits => "benefits/",
            Section::Insights => "insights/",
            Section::Notes => "notes/",
            Section::Search => "search/",
            Section::Changes => "changes/",
        }
    }
}

/// The top navigation, in order. Personas come after the journey they walk,
/// as the commercial journey tools list them: who, then what they meet.
const NAV: [Section; 12] = [
    Section::Dashboard,
    Section::Map,
    Section::Journey,
    Section::Personas,
    Section::Touchpoints,
    Section::Value,
    Section::Kpis,
    Section::Competitors,
    Section::Benefits,
    Section::Insights,
    Section::Notes,
    Section::Search,
];

/// A navigation entry: `(section key, message id of its title, path)`.
pub type NavEntry = (&'static str, &'static str, &'static str);

/// The top navigation of this build, and "What changed" when the site has
/// that page (`build --since`).
pub fn nav(with_changes: bool) -> Vec<NavEntry> {
    NAV.iter()
        .chain(with_changes.then_some(&Section::Changes))
        .map(|s| (s.key(), s.word(), s.path()))
        .collect()
}

/// A page of the site, named before its data is built: each page's data is
/// built just before it renders and dropped after, so a build never holds
/// the data of every page at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Dashboard,
    Map,
    Journey,
    Value,
    Insights,
    Benefits,
    Search,
    /// Page `n` (from 1) of the list of touchpoints: see [`LIST_PAGE`].
    TouchpointIndex(usize),
    StageIndex,
    ChannelIndex,
    PersonaIndex,
    /// Page `n` (from 1) of the list of KPIs.
    KpiIndex(usize),
    CompetitorIndex,
    /// Page `n` (from 1) of the list of notes: its later pages live
    /// outside `notes/` (see [`list_page`]).
    NoteIndex(usize),
    NotFound,
    /// Index into `model.touchpoints`; likewise below.
    Touchpoint(usize),
    Stage(usize),
    Channel(usize),
    Persona(usize),
    Kpi(usize),
    Competitor(usize),
    Note(usize),
    /// One cell of the map, `(stage, channel)` (indices into `model.stages`
    /// and `model.channels`), that holds a touchpoint: all of its cards, for
    /// the cell the map shows only the key ones of.
    Cell(usize, usize),
    /// Page `n` (from 1) of a lane of the journey with a page of its own
    /// (see [`super::lanes`]): `(persona, stage, n)`, the persona an index
    /// into `model.personas` (`None`: everyone, on a map without personas),
    /// the stage into `model.stages`.
    Lane(Option<usize>, usize, usize),
    /// Page `n` (from 1) of a list of the insights page in full, when it
    /// is longer than that page holds (see [`super::insights`]).
    FullList(FullList, usize),
    /// "What changed" (`build --since`).
    Changes,
}

impl Page {
    /// The page's path in the site (`touchpoints/checkout/`, `404.html`),
    /// known without building its data: `serve` finds by it the page a
    /// browser asks for while the rest of the site is still rendering. It
    /// names the page's folder as written, `notes/Café interviews/`: its
    /// address is this, percent-encoded (see [`super::encode_path`]).
    pub fn path(self, model: &Model) -> String {
        let entity = |kind: EntityKind, id: &str| format!("{}/{id}/", kind.section());
        let section = |s: Section| s.path().to_string();
        match self {
            Page::Dashboard => section(Section::Dashboard),
            Page::Map => section(Section::Map),
            Page::Journey => section(Section::Journey),
            Page::Value => section(Section::Value),
            Page::Insights => section(Section::Insights),
            Page::Benefits => section(Section::Benefits),
            Page::Search => section(Section::Search),
            Page::TouchpointIndex(n) => list_page(Section::Touchpoints, n),
            Page::StageIndex => section(Section::Stages),
            Page::ChannelIndex => section(Section::Channels),
            Page::PersonaIndex => section(Section::Personas),
            Page::KpiIndex(n) => list_page(Section::Kpis, n),
            Page::CompetitorIndex => section(Section::Competitors),
            Page::NoteIndex(n) => list_page(Section::Notes, n),
            Page::NotFound => "404.html".into(),
            Page::Touchpoint(i) => entity(EntityKind::Touchpoint, &model.touchpoints[i].id),
            Page::Stage(i) => entity(EntityKind::Stage, &model.stages[i].id),
            Page::Channel(i) => entity(EntityKind::Channel, &model.channels[i].id),
            Page::Persona(i) => entity(EntityKind::Persona, &model.personas[i].id),
            Page::Kpi(i) => entity(EntityKind::Kpi, &model.kpis[i].id),
            Page::Competitor(i) => entity(EntityKind::Competitor, &model.competitors[i].id),
            Page::Note(i) => format!("{}{}/", Section::Notes.path(), model.notes[i].slug),
            Page::Cell(s, c) => format!(
                "{}{}/{}/",
                Section::Map.path(),
                model.stages[s].id,
                model.channels[c].id
            ),
            Page::Lane(who, s, n) => lane_page(model, who, s, n),
            Page::FullList(list, n) => full_list_page(list, n),
            Page::Changes => section(Section::Changes),
        }
    }

    /// Every page of the site; `changes` adds the "What changed" page.
    pub fn all(model: &Model, changes: bool) -> Vec<Page> {
        let mut pages = vec![
            Page::Dashboard,
            Page::Map,
            Page::Journey,
            Page::Value,
            Page::Insights,
            Page::Benefits,
            Page::Search,
            Page::TouchpointIndex(1),
            Page::StageIndex,
            Page::ChannelIndex,
            Page::PersonaIndex,
            Page::KpiIndex(1),
            Page::CompetitorIndex,
            Page::NoteIndex(1),
            Page::NotFound,
        ];
        pages.extend((2..=list_pages(model.notes.len())).map(Page::NoteIndex));
        pages.extend((2..=list_pages(model.touchpoints.len())).map(Page::TouchpointIndex));
        pages.extend((0..model.touchpoints.len()).map(Page::Touchpoint));
        pages.extend((0..model.stages.len()).map(Page::Stage));
        pages.extend((0..model.channels.len()).map(Page::Channel));
        pages.extend((0..model.personas.len()).map(Page::Persona));
        pages.extend((2..=list_pages(model.kpis.len())).map(Page::KpiIndex));
        pages.extend((0..model.kpis.len()).map(Page::Kpi));
        pages.extend((0..model.competitors.len()).map(Page::Competitor));
        // Two notes with one address (`a.md` and `a.markdown`): the later
        // one is the page, as when the second overwrote the first.
        let mut last: HashMap<&str, usize> = HashMap::new();
        for (i, n) in model.notes.iter().enumerate() {
            last.insert(n.slug.as_str(), i);
        }
        pages.extend(
            (0..model.notes.len())
                .filter(|&i| last[model.notes[i].slug.as_str()] == i)
                .map(Page::Note),
        );
        pages.extend(
            filled_cells(model)
                .into_iter()
                .map(|(s, c)| Page::Cell(s, c)),
        );
        for (who, s, count) in paged_lanes(model) {
            pages.extend((1..=lane_pages(count)).map(|n| Page::Lane(who, s, n)));
        }
        for list in FullList::ALL {
            pages.extend((1..=list.pages(model)).map(|n| Page::FullList(list, n)));
        }
        if changes {
            pages.push(Page::Changes);
        }
        pages
    }
}

/// How many rows a page of a long list shows; the rest follow on pages
/// `SECTION/page/2/`, `SECTION/page/3/`, …. At about 750 bytes a row of the
/// touchpoints' table, 500 rows make a page of some 400 KB that a phone
/// lays out at once, where the whole list of a map of 10,000 touchpoints
/// was 7.5 MB; a map of a few hundred never sees a second page.
pub const LIST_PAGE: usize = 500;

/// How many pages a list of `rows` takes (at least one, however short).
pub fn list_pages(rows: usize) -> usize {
    pages_of(rows, LIST_PAGE)
}

/// How many pages `rows` take at `per_page` a page (at least one).
pub fn pages_of(rows: usize, per_page: usize) -> usize {
    rows.div_ceil(per_page).max(1)
}

/// The path of page `n` (from 1) of a section's list: the section's own
/// path for the first. An id cannot hold `/`, so `touchpoints/page/2/`
/// never is a touchpoint's page (a touchpoint `page` is `touchpoints/page/`).
/// A note's path can: `notes/page/2.md` is published at `notes/page/2/`,
/// and a note may be called anything a file can (only hidden files are
/// left out), so every address below `notes/` may be a note's. The later
/// pages of the notes' list live beside it, at [`NOTES_LIST`]`page/2/`,
/// which no note's address starts with: every note is below `notes/`.
pub fn list_page(section: Section, n: usize) -> String {
    if n <= 1 {
        section.path().to_string()
    } else if section == Section::Notes {
        format!("{NOTES_LIST}page/{n}/")
    } else {
        format!("{}page/{n}/", section.path())
    }
}

/// Where the pages of the notes' list after the first live.
pub const NOTES_LIST: &str = "notes-list/";

/// The `(stage, channel)` cells that hold a touchpoint, stage by stage:
/// every one has a page, so that its address stays the same however many
/// touchpoints it gains or loses (an empty cell has none to list).
fn filled_cells(model: &Model) -> Vec<(usize, usize)> {
    let mut cells: Vec<(usize, usize)> = model
        .touchpoints
        .iter()
        .filter_map(|t| {
            Some((
                *model.index.stages.get(&t.stage.id)?,
                *model.index.channels.get(&t.channel.id)?,
            ))
        })
        .collect();
    cells.sort_unstable();
    cells.dedup();
    cells
}

/// The names of the theme's files below `assets/`.
static THEME_ASSETS: LazyLock<Vec<String>> =
    LazyLock::new(|| theme_assets().into_iter().map(|(p, _)| p).collect());

/// The path of a page or file touchmap writes itself that `path` (below
/// the base URL, without the leading `/`, decoded) names, as the site
/// writes it (`map` -> `map/`), if the site has one.
pub fn generated_page(model: &Model, path: &str) -> Option<String> {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    if FILES.contains(&path)
        // The search index's files: the folder is touchmap's.
        || path.starts_with("search-index/")
        || journey_poster_of(path).is_some_and(|id| model.persona(id).is_some())
        || path
            .strip_prefix("assets/")
            .is_some_and(|a| THEME_ASSETS.iter().any(|t| t == a))
    {
        return Some(encode_path(path));
    }
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return Some(String::new());
    }
    if Section::FOLDERS.iter().any(|s| s.key() == trimmed) {
        return Some(format!("{trimmed}/"));
    }
    let (section, rest) = trimmed.split_once('/')?;
    if let Some(lane) = lane_address(model, section, rest) {
        return lane;
    }
    if let Some(list) = full_list_address(model, section, rest) {
        return list;
    }
    // The later pages of a list; below `notes/`, `page/2` is a note's.
    let rows = match section {
        "touchpoints" => Some(model.touchpoints.len()),
        "kpis" => Some(model.kpis.len()),
        _ if format!("{section}/") == NOTES_LIST => Some(model.notes.len()),
        _ => None,
    };
    if let (Some(n), Some(rows)) = (rest.strip_prefix("page/"), rows) {
        return n
            .parse::<usize>()
            .ok()
            .filter(|n| (2..=list_pages(rows)).contains(n))
            .map(|n| format!("{section}/page/{n}/"));
    }
    let exists = match section {
        // A cell of the map: `map/STAGE/CHANNEL`, if it holds a touchpoint.
        "map" => rest.split_once('/').is_some_and(|(stage, channel)| {
            model
                .touchpoints
                .iter()
                .any(|t| t.stage.id == stage && t.channel.id == channel)
        }),
        // The note whose page this is: `notes/a/b.md` has the page
        // `notes/a/b/`, as has `a/b.md` outside `notes/`.
        "notes" => [".md", ".markdown"].iter().any(|ending| {
            [format!("notes/{rest}{ending}"), format!("{rest}{ending}")]
                .iter()
                .any(|id| model.note(id).is_some_and(|n| n.slug == rest))
        }),
        _ => EntityKind::from_section(section).is_some_and(|kind| kind.exists(model, rest)),
    };
    exists.then(|| format!("{section}/{}/", encode_path(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::analyse_map;
    use std::path::Path;

    #[test]
    fn every_cell_with_a_touchpoint_has_a_page_below_the_map() {
        let a = analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap();
        let model = &a.model;
        let cells: Vec<String> = Page::all(model, false)
            .into_iter()
            .filter(|p| matches!(p, Page::Cell(..)))
            .map(|p| p.path(model))
            .collect();
        let filled = a
            .analysis
            .cells
            .iter()
            .flatten()
            .filter(|c| !c.is_empty())
            .count();
        assert_eq!(cells.len(), filled);
        assert!(
            cells.contains(&"map/decision/website/".to_string()),
            "{cells:?}"
        );
        // The Website has nothing at the Awareness stage: no page.
        assert!(!cells.contains(&"map/awareness/website/".to_string()));
        assert_eq!(
            generated_page(model, "map/decision/website/").as_deref(),
            Some("map/decision/website/")
        );
        assert_eq!(generated_page(model, "map/awareness/website"), None);
        assert_eq!(generated_page(model, "map/decision/nowhere/"), None);
        assert_eq!(generated_page(model, "map/").as_deref(), Some("map/"));
    }

    #[test]
    fn a_long_list_has_a_page_for_each_500_rows_and_no_more() {
        assert_eq!(list_pages(0), 1);
        assert_eq!(list_pages(500), 1);
        assert_eq!(list_pages(501), 2);
        assert_eq!(list_page(Section::Touchpoints, 1), "touchpoints/");
        assert_eq!(list_page(Section::Touchpoints, 3), "touchpoints/page/3/");
        let a = analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap();
        // The example's few touchpoints fit one page: there is no second.
        assert_eq!(generated_page(&a.model, "touchpoints/page/2/"), None);
        assert_eq!(generated_page(&a.model, "touchpoints/page/1/"), None);
        assert!(
            !Page::all(&a.model, false)
                .iter()
                .any(|p| matches!(p, Page::TouchpointIndex(n) if *n > 1))
        );
    }

    #[test]
    fn the_notes_list_pages_where_no_note_can_be_published() {
        assert_eq!(list_page(Section::Notes, 1), "notes/");
        assert_eq!(list_page(Section::Notes, 2), "notes-list/page/2/");
        let (_dir, map) = crate::testing::example_map_copy();
        // Notes named like the list's pages, inside `notes/` and out, and
        // enough of them for a second page.
        let write = |rel: &str| {
            let path = map.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "# A note\n").unwrap();
        };
        write("notes/page/2.md");
        write("notes/notes-list/page/2.md");
        write("notes-list/page/3.md");
        for k in 0..LIST_PAGE {
            write(&format!("notes/many/n{k}.md"));
        }
        let a = analyse_map(&map).unwrap();
        let model = &a.model;
        assert_eq!(list_pages(model.notes.len()), 2);
        let paths: Vec<String> = Page::all(model, false)
            .into_iter()
            .map(|p| p.path(model))
            .collect();
        let unique: std::collections::BTreeSet<&String> = paths.iter().collect();
        assert_eq!(unique.len(), paths.len(), "two pages share a path");
        for p in [
            "notes/page/2/",
            "notes/notes-list/page/2/",
            "notes/notes-list/page/3/",
            "notes-list/page/2/",
        ] {
            assert!(paths.iter().any(|x| x == p), "{p} missing");
        }
        assert_eq!(
            generated_page(model, "notes-list/page/2/").as_deref(),
            Some("notes-list/page/2/")
        );
        assert_eq!(generated_page(model, "notes-list/page/3/"), None);
        assert_eq!(
            generated_page(model, "notes/page/2/").as_deref(),
            Some("notes/page/2/")
        );
    }

    #[test]
    fn the_posters_are_files_of_the_site_for_each_persona() {
        let a = analyse_map(&Path::new(env!("CARGO_MANIFEST_DIR")).join("example-map")).unwrap();
        let model = &a.model;
        assert_eq!(generated_page(model, "map.svg").as_deref(), Some("map.svg"));
        assert_eq!(
            generated_page(model, "journey-new-runner.svg").as_deref(),
            Some("journey-new-runner.svg")
        );
        assert_eq!(generated_page(model, "journey-nobody.svg"), None);
        assert_eq!(generated_page(model, "journey-.svg"), None);
    }
}
