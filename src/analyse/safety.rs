//! Checks of what the site publishes that keep it safe to open: addresses a
//! page links to must be web addresses.

use super::links::field_location;
use crate::diagnostics::{Finding, Findings};
use crate::model::Model;

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
