//! The HTTP side of `serve`: the site from memory under its base URL, the
//! live-reload script and the long-polled build status.

use super::hosts::{OwnHosts, only_own_hosts};
use super::state::{OverlayError, SiteState, Snapshot, Status};
use super::{LIVE_JS, LIVE_JS_BUILT, STATUS};
use crate::render::theme::escape_text;
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::collections::HashMap;
use std::time::Duration;

#[derive(Clone)]
pub struct App {
    pub state: SiteState,
    /// The base URL the site is served under, e.g. `/` or `/repo/`; it
    /// follows `site.base_url` when an edit changes it.
    pub base: std::sync::Arc<std::sync::RwLock<String>>,
    /// Becomes `true` on Ctrl-C.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// The names requests may name the server by.
    pub hosts: std::sync::Arc<OwnHosts>,
}

/// Every route, the site's files and the live reload alike, behind the
/// check of the host a request names (see [`super::hosts`]).
pub fn router(app: App) -> Router {
    let hosts = app.hosts.clone();
    Router::new()
        .route(LIVE_JS, get(live_js))
        .route(STATUS, get(status))
        .fallback(get(site_file))
        .with_state(app)
        .layer(axum::middleware::from_fn_with_state(hosts, only_own_hosts))
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        include_str!("live.js"),
    )
        .into_response()
}

/// Answers at once when the build state differs from `since`, else waits up
/// to 25 s for the next build (long polling: no extra dependencies, works
/// through any proxy).
async fn status(State(app): State<App>, Query(q): Query<HashMap<String, String>>) -> Response {
    let since: Option<u64> = q.get("since").and_then(|s| s.parse().ok());
    let mut rx = app.state.subscribe();
    let mut stopping = app.stopping.clone();
    if since == Some(app.state.snapshot().status.state) {
        // A stopping server answers at once, so that Ctrl-C does not wait
        // for the open pages' polls.
        tokio::select! {
            _ = tokio::time::timeout(Duration::from_secs(25), rx.changed()) => {}
            _ = stopping.wait_for(|stop| *stop) => {}
        }
    }
    let snapshot = app.state.snapshot();
    (
        [(header::CACHE_CONTROL, "no-store")],
        Json(snapshot.status.clone()),
    )
        .into_response()
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The request path with `%XX` escapes decoded; invalid UTF-8 (from a
/// client, not from the site, whose paths are UTF-8) becomes U+FFFD and so
/// matches no page.
fn decode(path: &str) -> String {
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

fn redirect(to: String) -> Response {
    (StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, to)]).into_response()
}

async fn site_file(State(app): State<App>, uri: Uri) -> Response {
    let path = decode(uri.path());
    let base = match app.base.read() {
        Ok(b) => b.clone(),
        Err(p) => p.into_inner().clone(),
    };
    let base = base.as_str();
    let Some(rel) = path.strip_prefix(base) else {
        // `/repo` without its slash, or `/` when the site lives under `/repo/`.
        if format!("{path}/") == base || path == "/" {
            return redirect(base.to_string());
        }
        return not_found(&app, base);
    };
    if rel.split('/').any(|part| part == "..") {
        return not_found(&app, base);
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    let mut snapshot = app.state.snapshot();
    if snapshot.status.state == 0 {
        // The first build has not got as far as any page yet.
        snapshot = app.state.after(&snapshot).await;
    }
    // While a site renders, its pages come on request; anything else waits
    // for the whole site (or for the next site, when a newer edit stopped
    // this one).
    while snapshot.rendering.is_some() {
        if let Some(bytes) = on_request(&snapshot, &key).await {
            return file_response(&key, &bytes, snapshot.status.site);
        }
        snapshot = app.state.after(&snapshot).await;
    }
    if let Some(bytes) = snapshot.files.get(&key) {
        return file_response(&key, &bytes.bytes(), snapshot.status.site);
    }
    if snapshot.files.contains_key(&format!("{rel}/index.html")) {
        let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        return redirect(format!("{path}/{query}"));
    }
    if snapshot.files.is_empty() {
        return first_build_failed(&snapshot.status);
    }
    not_found(&app, base)
}

/// `key` of the site that is rendering, made on request; `None` when it
/// cannot be made alone, or the site has just finished.
async fn on_request(snapshot: &Snapshot, key: &str) -> Option<Bytes> {
    let (reply, file) = tokio::sync::oneshot::channel();
    let asked = snapshot.request(
        key,
        Box::new(move |made| {
            let _ = reply.send(made);
        }),
    );
    if !asked {
        return None;
    }
    file.await.ok().flatten().map(Bytes::from)
}

/// A file of the site; a page with the version of the site it belongs to.
fn file_response(key: &str, bytes: &Bytes, site: u64) -> Response {
    let body = if key.ends_with(".html") {
        stamp(bytes, site)
    } else {
        bytes.clone()
    };
    (
        [
            (header::CONTENT_TYPE, content_type(key)),
            (header::CACHE_CONTROL, "no-store"),
        ],
        Body::from(body),
    )
        .into_response()
}

fn not_found(app: &App, _base: &str) -> Response {
    let snapshot = app.state.snapshot();
    let body = snapshot
        .files
        .get("404.html")
        .map(|b| Body::from(stamp(&b.bytes(), snapshot.status.site)))
        .unwrap_or_else(|| Body::from("not found"));
    (
        StatusCode::NOT_FOUND,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// A page as served: the live-reload script's address with the version of
/// the site the page belongs to (see [`LIVE_JS_BUILT`]).
fn stamp(page: &Bytes, version: u64) -> Bytes {
    match memchr::memmem::find(page, LIVE_JS_BUILT.as_bytes()) {
        Some(at) => {
            let with = format!("{LIVE_JS}?v={version}");
            let mut out = Vec::with_capacity(page.len() + with.len());
            out.extend_from_slice(&page[..at]);
            out.extend_from_slice(with.as_bytes());
            out.extend_from_slice(&page[at + LIVE_JS_BUILT.len()..]);
            Bytes::from(out)
        }
        None => page.clone(),
    }
}

/// Before any good build there is no site: a page that shows the errors
/// overlay and reloads once the map builds. With JavaScript off there is no
/// overlay, so the page lists the errors itself (or says that the map
/// folder is gone).
fn first_build_failed(status: &Status) -> Response {
    let (title, lead, listed) = match &status.gone {
        Some(folder) => (
            "The map folder is gone",
            "It was removed or moved away. Once a folder is back at its path, \
             touchmap builds the site from it and this page reloads by itself.",
            format!(
                "<p>The map folder: <code>{}</code>. With JavaScript off, reload this page once it is back.</p>",
                escape_text(folder)
            ),
        ),
        None => (
            "The map has errors",
            "Fix them and this page reloads by itself.",
            format!(
                "<ol>{}</ol><p>With JavaScript off, reload this page once they are fixed.</p>",
                listed(&status.errors)
            ),
        ),
    };
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>touchmap: {lower}</title></head>\
         <body><h1>{title}</h1><p>{lead}</p>\
         <noscript>{listed}</noscript>\
         <script src=\"{LIVE_JS}?v=0\" defer></script></body></html>",
        lower = title.to_lowercase()
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

/// The errors as list items: location, message and hint, escaped.
fn listed(errors: &[OverlayError]) -> String {
    errors
        .iter()
        .map(|e| {
            let hint = e
                .hint
                .as_ref()
                .map(|h| format!(" ({})", escape_text(h)))
                .unwrap_or_default();
            format!(
                "<li><code>{}:{}:{}</code> {}{hint}</li>",
                escape_text(&e.file),
                e.line,
                e.column,
                escape_text(&e.message)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::state::Kept;
    use super::*;

    #[test]
    fn malformed_escapes_in_a_path_match_no_page_and_do_not_panic() {
        assert_eq!(decode("/notes/a%20b/"), "/notes/a b/");
        assert_eq!(decode("/caf%C3%A9/"), "/café/");
        for odd in ["/%€", "/a%aé", "/%", "/%zz", "/%C3"] {
            let decoded = decode(odd);
            assert!(!decoded.is_empty(), "{odd}");
        }
        assert_eq!(decode("/%C3"), "/\u{fffd}");
    }

    /// The server of `state`'s site under `/`, and a runtime to ask it on.
    fn served(state: &SiteState) -> (App, tokio::runtime::Runtime) {
        let app = App {
            state: state.clone(),
            base: std::sync::Arc::new(std::sync::RwLock::new("/".into())),
            stopping: tokio::sync::watch::channel(false).1,
            hosts: std::sync::Arc::new(OwnHosts::new(
                "127.0.0.1",
                std::net::Ipv4Addr::LOCALHOST.into(),
                "http://127.0.0.1:3000/",
            )),
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        (app, runtime)
    }

    /// `path` as the server answers it: status and body.
    async fn get(app: &App, path: &'static str) -> (StatusCode, String) {
        let response = site_file(State(app.clone()), Uri::from_static(path)).await;
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    #[test]
    fn while_a_site_renders_its_pages_come_on_request_and_the_rest_once_it_is_done() {
        let state = SiteState::new();
        let page = |text: &str| {
            Kept::new(
                format!("<script src=\"{LIVE_JS_BUILT}\"></script><p>{text}</p>").into_bytes(),
            )
        };
        state.publish(HashMap::from([
            ("index.html".to_string(), page("old home")),
            (
                "map.json".to_string(),
                Kept::new(b"{\"old\":true}".to_vec()),
            ),
        ]));
        let (requests, answering) = std::sync::mpsc::channel::<crate::render::FileRequest>();
        state.publish_rendering(requests);
        // The renderer's side: pages are made, `map.json` is not.
        let answerer = std::thread::spawn(move || {
            for _ in 0..2 {
                let request = answering.recv().unwrap();
                let made =
                    (request.file == "index.html").then(|| page("new home").bytes().to_vec());
                (request.reply)(made);
            }
        });
        let (app, runtime) = served(&state);
        runtime.block_on(async {
            let (status, body) = get(&app, "/").await;
            assert_eq!(status, StatusCode::OK);
            assert!(body.contains("new home"), "{body}");
            assert!(body.contains("live.js?v=2"), "the new version: {body}");

            let finishing = state.clone();
            let (status, body) = tokio::join!(async { get(&app, "/map.json").await }, async move {
                tokio::time::sleep(Duration::from_millis(50)).await;
                finishing.publish_rendered(HashMap::from([
                    ("index.html".to_string(), page("new home")),
                    (
                        "map.json".to_string(),
                        Kept::new(b"{\"new\":true}".to_vec()),
                    ),
                ]));
            })
            .0;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(body, "{\"new\":true}", "waited for the whole site");
        });
        answerer.join().unwrap();
        assert_eq!(state.snapshot().status.site, 2, "one new version, not two");
    }

    #[test]
    fn a_request_made_before_the_first_build_waits_for_it() {
        let state = SiteState::new();
        let (app, runtime) = served(&state);
        let ((status, body), ()) = runtime.block_on(async {
            tokio::join!(get(&app, "/"), async {
                tokio::time::sleep(Duration::from_millis(50)).await;
                state.publish(HashMap::from([(
                    "index.html".to_string(),
                    Kept::new(b"<p>home</p>".to_vec()),
                )]));
            })
        });
        assert_eq!(
            status,
            StatusCode::OK,
            "not the page for a failed first build"
        );
        assert_eq!(body, "<p>home</p>");
    }

    #[test]
    fn before_the_map_first_builds_the_page_lists_its_errors_for_a_browser_without_javascript() {
        let state = SiteState::new();
        state.fail(vec![OverlayError {
            file: "touchpoints.yaml".into(),
            line: 9,
            column: 14,
            message: "unknown channel `<b>emial</b>`".into(),
            hint: Some("did you mean `email`?".into()),
        }]);
        let (app, runtime) = served(&state);
        let (status, body) = runtime.block_on(get(&app, "/map/"));
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        let listed = body
            .split_once("<noscript>")
            .and_then(|(_, rest)| rest.split_once("</noscript>"))
            .map(|(inside, _)| inside)
            .unwrap_or_else(|| panic!("no list for a browser without JavaScript: {body}"));
        assert!(
            listed.contains(
                "<li><code>touchpoints.yaml:9:14</code> unknown channel \
                 `&lt;b&gt;emial&lt;/b&gt;` (did you mean `email`?)</li>"
            ),
            "{listed}"
        );
        assert!(!body.contains("<b>"), "the map's text is escaped: {body}");
    }

    #[test]
    fn before_the_map_first_builds_a_map_folder_that_is_gone_is_said_to_be_gone() {
        let state = SiteState::new();
        state.gone("maps/<b>klantreis</b>".into());
        let (app, runtime) = served(&state);
        let (status, body) = runtime.block_on(get(&app, "/"));
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(body.contains("<h1>The map folder is gone</h1>"), "{body}");
        assert!(
            body.contains("<code>maps/&lt;b&gt;klantreis&lt;/b&gt;</code>"),
            "{body}"
        );
        assert!(!body.contains("errors"), "{body}");
    }

    #[test]
    fn a_note_named_with_spaces_and_accents_is_served_at_its_address() {
        let (_dir, map) = crate::testing::example_map_copy();
        std::fs::write(
            map.join("notes/research/Klantreis café.md"),
            "# Klantreis café\n\nWat klanten zeggen.\n",
        )
        .unwrap();
        let state = SiteState::new();
        super::super::rebuild::Rebuilder::new(map, None, state.clone(), false).rebuild(None);
        let (app, runtime) = served(&state);
        let (status, body) = runtime.block_on(get(&app, "/notes/research/Klantreis%20caf%C3%A9/"));
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("Wat klanten zeggen."), "{body}");
        let (_, index) = runtime.block_on(get(&app, "/notes/"));
        assert!(index.contains("href=\"/notes/research/Klantreis%20caf%C3%A9/\""));
    }

    #[test]
    fn pages_carry_the_version_they_are_served_with() {
        let page = Bytes::from(format!(
            "<head><script src=\"{LIVE_JS_BUILT}\" defer></script></head><body>x</body>"
        ));
        assert_eq!(
            stamp(&page, 7),
            Bytes::from(
                "<head><script src=\"/__touchmap/live.js?v=7\" defer></script></head><body>x</body>"
            )
        );
        let plain = Bytes::from_static(b"<p>no script</p>");
        assert_eq!(stamp(&plain, 7), plain);
    }
}
