//! Checks of what the site publishes: addresses a page links to must be
//! web addresses, and the map's static files may not take the place of the
//! pages and files touchmap writes.

use super::links::field_location;
use crate::diagnostics::{Finding, Findings, Location};
use crate::model::Model;
use crate::site::generated_page;

/// Whether `url` is an address a page may link to as a website: `http://`
/// or `https://` and a host, nothing a browser would run.
pub fn is_web_address(url: &str) -> bool {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    rest.split(['/', '?', '#'])
        .next()
        .is_some_and(|host| !host.is_empty() && !host.contains(char::is_whitespace))
        && !url.contains(['<', '>', '"', '\'', '`'])
}

pub fn check(model: &Model, findings: &mut Findings) {
    for (path, _) in &model.static_files {
        if generated_page(model, path).is_some() {
            let what = if path.starts_with("assets/") {
                "a file of the theme"
            } else {
                "a page or export of the site"
            };
            findings.push(
                Finding::warning(
                    "static-conflict",
                    format!(
                        "static/{path} is not copied: touchmap writes {path} itself ({what})"
                    ),
                    Location::file_start(format!("static/{path}")),
                )
                .with_hint(Some(
                    "rename or move it; to change a page, override its template in `templates/`; to restyle the site, put a `.css` file directly in `static/`, which every page links after the theme's stylesheet".into(),
                )),
            );
        }
    }
    for c in &model.competitors {
        if let Some(w) = &c.website
            && !is_web_address(w)
        {
            findings.push(
                Finding::error(
                    "invalid-value",
                    format!(
                        "the website of competitor `{}` must be an http(s) address, not `{w}`",
                        c.id
                    ),
                    field_location(model, &c.origin, "website"),
                )
                .with_hint(Some(
                    "write the full address, e.g. `https://www.example.com`".into(),
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_addresses_are_websites() {
        for ok in [
            "https://www.runbargain.example",
            "http://example.com/path?q=1",
            "HTTPS://EXAMPLE.COM",
        ] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(16)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "www.example.com",
            "https://",
            "https:///path",
            "//example.com",
            "https://exa mple.com",
            "https://example.com/\"onmouseover=\"x",
            "",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
