//! The base URL a site is built for (`site.base_url`, `--base-url`): every
//! page loads its script, style sheets and icon from under it, so a value
//! that a browser reads as another host would have the site run that host's
//! code. Only two forms are accepted:
//!
//! - a path: `/`, `/my-repo/` (or `my-repo`, taken as `/my-repo/`), which
//!   stays on the site's own host;
//! - a full `http://` or `https://` address with a host
//!   (`https://acme.github.io/my-repo/`), whose path is used for links and
//!   whose host goes into `sitemap.xml`.
//!
//! Everything else is refused, with the reason: `//host/` and `///host/`
//! (a browser reads both as another host), a backslash (read as `/`),
//! other schemes (`javascript:`, `data:`), whitespace, control and
//! invisible characters, `?` and `#`.

/// A usable base URL, taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// The path, starting and ending with `/`.
    pub path: String,
    /// Scheme and host (`https://acme.github.io`) when a full address was given.
    pub origin: Option<String>,
}

/// The forms a base URL may take, for hints.
pub const BASE_URL_FORMS: &str = "use a path such as `/` or `/my-repo/`, or a full address such as `https://acme.github.io/my-repo/`";

/// Reads a base URL; the error says, in words, why it is not usable.
pub fn parse_base_url(url: &str) -> Result<BaseUrl, String> {
    if url.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(c) = url.chars().find(|&c| forbidden(c)) {
        return Err(match c {
            ' ' => "it holds a space".into(),
            c if c.is_whitespace() => format!(
                "it holds a line break or other white space (U+{:04X})",
                c as u32
            ),
            c => format!(
                "it holds a control or invisible character (U+{:04X})",
                c as u32
            ),
        });
    }
    if let Some(c) = url
        .chars()
        .find(|c| matches!(c, '"' | '\'' | '<' | '>' | '`'))
    {
        return Err(format!(
            "it holds `{c}`, which has no place in an address (write it as %{:02X} if it is part of a folder's name)",
            c as u32
        ));
    }
    if url.contains('\\') {
        return Err(
            "it holds a backslash, which browsers read as `/` (`/\\host` is another host)".into(),
        );
    }
    if let Some(c) = url.chars().find(|c| matches!(c, '?' | '#')) {
        return Err(format!(
            "it holds `{c}`: a base URL is a path, without a query or a fragment"
        ));
    }
    if url.starts_with("//") {
        return Err(
            "it starts with `//`, which browsers read as the address of another host".into(),
        );
    }
    let (origin, path) = match scheme(url) {
        Some(scheme) => {
            let lower = scheme.to_ascii_lowercase();
            if lower != "http" && lower != "https" {
                return Err(format!(
                    "`{scheme}:` addresses are not accepted, only `http://` and `https://`"
                ));
            }
            let Some(rest) = url[scheme.len() + 1..].strip_prefix("//") else {
                return Err(format!("`{scheme}:` must be followed by `//` and a host"));
            };
            let host_end = rest.find('/').unwrap_or(rest.len());
            let host = &rest[..host_end];
            check_host(host)?;
            let path = if host_end == rest.len() {
                "/"
            } else {
                &rest[host_end..]
            };
            if path.starts_with("//") {
                return Err(format!(
                    "its path starts with `//` after the host `{host}`, which browsers read as the address of another host"
                ));
            }
            (Some(format!("{lower}://{host}")), path)
        }
        None => (None, url),
    };
    if path
        .split('/')
        .any(|segment| segment == "." || segment == "..")
    {
        return Err("it holds a `.` or `..` folder; give the path as it is".into());
    }
    let mut normal = String::with_capacity(path.len() + 2);
    if !path.starts_with('/') {
        normal.push('/');
    }
    normal.push_str(path);
    if !normal.ends_with('/') {
        normal.push('/');
    }
    Ok(BaseUrl {
        path: normal,
        origin,
    })
}

/// Characters a base URL never holds: white space (U+2028 included),
/// controls (NUL, escape, DEL, C1), and the invisible ones that hide or
/// reorder text (zero-width spaces, direction marks and overrides, BOM),
fn forbidden(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// The scheme of `url` (`https` of `https://…`, `javascript` of
/// `javascript:…`), when the text before its first `:` is one: a letter,
/// then letters, digits, `+`, `-` or `.`, and no `/` before the `:`.
fn scheme(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let name = &url[..colon];
    let mut chars = name.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(name)
}

/// A host name (`acme.github.io`, `bücher.example`), an IPv4 address or a
/// bracketed IPv6 one, with an optional port: no user name (`user@`), no
/// empty name.
fn check_host(host: &str) -> Result<(), String> {
    let missing = || "it has no host after `://`".to_string();
    if host.is_empty() {
        return Err(missing());
    }
    if host.contains('@') {
        return Err("it holds `@`: give the host alone, without a user name".into());
    }
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let Some(end) = rest.find(']') else {
            return Err(format!("the host `{host}` has no closing `]`"));
        };
        let ip = &rest[..end];
        if ip.is_empty() || !ip.chars().all(|c| c.is_ascii_hexdigit() || c == ':') {
            return Err(format!("`{ip}` is not an IPv6 address"));
        }
        let after = &rest[end + 1..];
        if !after.is_empty() && !after.starts_with(':') {
            return Err(format!("`{after}` after the IPv6 address is not a port"));
        }
        (None, after.strip_prefix(':'))
    } else {
        match host.split_once(':') {
            Some((name, port)) => (Some(name), Some(port)),
            None => (Some(host), None),
        }
    };
    if let Some(port) = port
        && (port.is_empty() || port.len() > 5 || !port.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(format!("`{port}` is not a port number"));
    }
    if let Some(name) = name {
        if name.is_empty() {
            return Err(missing());
        }
        let label_ok =
            |l: &str| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-');
        if !name.trim_end_matches('.').split('.').all(label_ok) {
            return Err(format!("`{name}` is not a host name"));
        }
    }
    Ok(())
}

/// `/repo` -> `/repo/`; `https://x.io/repo/` -> `/repo/`. `None` if unusable
/// (see [`parse_base_url`] for why).
pub fn normalise_base_url(url: &str) -> Option<String> {
    parse_base_url(url).ok().map(|b| b.path)
}

/// `https://acme.github.io/repo/` -> `https://acme.github.io`; `None` for a
/// path or an unusable base URL.
pub fn url_origin(url: &str) -> Option<String> {
    parse_base_url(url).ok().and_then(|b| b.origin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_full_addresses_are_normalised() {
        for (given, path, origin) in [
            ("/", "/", None),
            ("/repo", "/repo/", None),
            ("/repo/", "/repo/", None),
            ("repo", "/repo/", None),
            ("repo/sub", "/repo/sub/", None),
            ("/caf%C3%A9/", "/caf%C3%A9/", None),
            ("/café/", "/café/", None),
            ("/a:b/", "/a:b/", None),
            (
                "https://x.github.io/repo/",
                "/repo/",
                Some("https://x.github.io"),
            ),
            ("https://x.github.io", "/", Some("https://x.github.io")),
            ("HTTP://x.io:8080/r", "/r/", Some("http://x.io:8080")),
            ("https://[::1]:3000/", "/", Some("https://[::1]:3000")),
            (
                "https://bücher.example/",
                "/",
                Some("https://bücher.example"),
            ),
        ] {
            assert_eq!(
                parse_base_url(given),
                Ok(BaseUrl {
                    path: path.into(),
                    origin: origin.map(String::from)
                }),
                "{given:?}"
            );
        }
    }

    #[test]
    fn anything_a_browser_could_read_as_another_host_or_a_script_is_refused() {
        for (given, why) in [
            ("", "empty"),
            ("//evil.example/", "`//`"),
            ("///evil.example/", "`//`"),
            ("//evil.example", "`//`"),
            ("/\\evil.example/", "backslash"),
            ("\\\\evil.example/", "backslash"),
            ("https:///evil.example/", "no host"),
            ("https:evil.example/", "followed by `//`"),
            ("https://x.io//evil.example/", "another host"),
            ("https://user@evil.example/", "`@`"),
            ("https://x.io:port/", "port"),
            ("https://x..io/", "host name"),
            ("https://[zz]/", "IPv6"),
            ("javascript:alert(1)", "`javascript:`"),
            ("JavaScript:alert(1)//", "`JavaScript:`"),
            ("data:text/html,x", "`data:`"),
            ("ftp://x.io/", "`ftp:`"),
            ("/a\0b/", "U+0000"),
            ("/a\u{1b}[31m/", "U+001B"),
            ("/a\u{7f}/", "U+007F"),
            ("/a\u{85}/", "U+0085"),
            ("/a\u{2028}b/", "U+2028"),
            ("/a\u{2029}b/", "U+2029"),
            ("/a\u{202e}b/", "U+202E"),
            ("/a\u{200b}b/", "U+200B"),
            ("/a\u{feff}/", "U+FEFF"),
            ("/a b/", "a space"),
            (" /repo/", "a space"),
            ("/repo/\n", "U+000A"),
            ("/repo/\t", "U+0009"),
            ("/a\u{a0}b/", "U+00A0"),
            ("/a\"onload=x/", "%22"),
            ("/a'b/", "%27"),
            ("/a<b/", "%3C"),
            ("/repo?x=1", "`?`"),
            ("/repo#top", "`#`"),
            ("/../evil/", "`..`"),
            ("/./repo/", "`.`"),
        ] {
            let err = parse_base_url(given).expect_err(given);
            assert!(err.contains(why), "{given:?}: {err}");
        }
    }

    #[test]
    fn the_wrappers_agree_with_the_parser() {
        assert_eq!(normalise_base_url("/repo").as_deref(), Some("/repo/"));
        assert_eq!(normalise_base_url("//evil.example/"), None);
        assert_eq!(url_origin("/repo/"), None);
        assert_eq!(
            url_origin("https://acme.github.io/repo/").as_deref(),
            Some("https://acme.github.io")
        );
        assert_eq!(url_origin("https:///evil.example/"), None);
    }
}
