//! The host names `serve` answers to. A web page the user happens to visit
//! can point its own name at 127.0.0.1 (DNS rebinding) and then read what
//! the server answers as if it were its own: the map, its notes and its
//! errors. The browser still names that page's host in `Host`, so a server
//! that answers only to its own names is out of the page's reach.
//!
//! Allowed: `localhost`, a loopback address (`127.0.0.1`, `[::1]`), the
//! name or address given to `--bind`, and, when the server listens on an
//! address other machines can reach (`0.0.0.0`, `::`, a network address),
//! any IP address: other machines open the site by one of this machine's
//! addresses, and a rebinding page is always at a name, never at an
//! address. The port is not checked: a rebinding page names the server's
//! own port anyway, and a port forwarded to this one (`ssh -L`, `docker -p
//! 8080:3000`) names another.

use axum::extract::{Request, State};
use axum::http::uri::Authority;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::net::IpAddr;
use std::sync::Arc;

/// The names and addresses a request may name the server by.
#[derive(Debug, Clone)]
pub struct OwnHosts {
    /// `--bind` as given, when it is a name (`localhost`, `mybox.local`).
    bind_name: Option<String>,
    /// `--bind` as given, when it is an address.
    bind_ip: Option<IpAddr>,
    /// Whether any IP address names the server: it listens on an address
    /// other than loopback.
    any_address: bool,
    /// The address to open instead, for the refusal's text.
    url: String,
}

impl OwnHosts {
    /// For a server started with `--bind bind`, listening on `listening`;
    /// `url` is the address it printed.
    pub fn new(bind: &str, listening: IpAddr, url: &str) -> OwnHosts {
        let unbracketed = bind
            .strip_prefix('[')
            .and_then(|b| b.strip_suffix(']'))
            .unwrap_or(bind);
        let bind_ip = unbracketed.parse::<IpAddr>().ok();
        OwnHosts {
            bind_name: bind_ip.is_none().then(|| bind.to_string()),
            bind_ip,
            any_address: !listening.is_loopback(),
            url: url.to_string(),
        }
    }

    /// Whether `host` (a `Host` header: a name or address, with or without
    /// a port) names this server.
    pub fn allows(&self, host: &str) -> bool {
        let Ok(authority) = host.parse::<Authority>() else {
            return false;
        };
        if authority.as_str().contains('@') {
            return false; // user information has no place in `Host`
        }
        let name = authority.host();
        let address = name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .unwrap_or(name)
            .parse::<IpAddr>();
        match address {
            Ok(ip) => ip.is_loopback() || self.any_address || Some(ip) == self.bind_ip,
            Err(_) => {
                name.eq_ignore_ascii_case("localhost")
                    || self
                        .bind_name
                        .as_deref()
                        .is_some_and(|b| name.eq_ignore_ascii_case(b))
            }
        }
    }

    /// The names this server answers to, for the refusal's text.
    fn listed(&self) -> String {
        let mut names = vec!["localhost".to_string(), "127.0.0.1".into(), "[::1]".into()];
        match (&self.bind_name, self.bind_ip) {
            (Some(name), _) if !name.eq_ignore_ascii_case("localhost") => names.push(name.clone()),
            (_, Some(IpAddr::V4(ip))) if !ip.is_loopback() && !ip.is_unspecified() => {
                names.push(ip.to_string())
            }
            (_, Some(IpAddr::V6(ip))) if !ip.is_loopback() && !ip.is_unspecified() => {
                names.push(format!("[{ip}]"))
            }
            _ => {}
        }
        if self.any_address {
            names.push("any IP address of this machine".into());
        }
        names.join(", ")
    }
}

/// The middleware in front of every route: a request that names another
/// host, in `Host` or in an absolute request address, gets 421 Misdirected
/// Request and a short text that says why.
pub async fn only_own_hosts(
    State(own): State<Arc<OwnHosts>>,
    request: Request,
    next: Next,
) -> Response {
    let mut named: Vec<&str> = Vec::new();
    let mut unreadable = false;
    for value in request.headers().get_all(header::HOST) {
        match value.to_str() {
            Ok(host) => named.push(host),
            Err(_) => unreadable = true,
        }
    }
    let in_address = request.uri().authority().map(Authority::as_str);
    named.extend(in_address);
    let refused = if unreadable {
        Some("named a host that is not text".to_string())
    } else if named.is_empty() {
        Some("named no host".to_string())
    } else {
        named
            .iter()
            .find(|host| !own.allows(host))
            .map(|host| format!("was for `{}`", host.chars().take(100).collect::<String>()))
    };
    match refused {
        None => next.run(request).await,
        Some(refused) => misdirected(&own, &refused),
    }
}

/// 421 and why: `refused` says what the request named.
fn misdirected(own: &OwnHosts, refused: &str) -> Response {
    let text = format!(
        "touchmap serve answers only to its own names: {}.\n\
         This request {refused}. A web page that points its name at this \
         computer could otherwise read the map (DNS rebinding).\n\
         Open {} instead; to open it by another name, start serve with `--bind` that name.\n",
        own.listed(),
        own.url
    );
    (
        StatusCode::MISDIRECTED_REQUEST,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        text,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

    #[test]
    fn on_loopback_only_this_machines_own_names_are_answered() {
        let own = OwnHosts::new("127.0.0.1", LOOPBACK, "http://127.0.0.1:3000/");
        for host in [
            "localhost",
            "localhost:3000",
            "LocalHost:3000",
            "127.0.0.1",
            "127.0.0.1:3000",
            "[::1]",
            "[::1]:3000",
            // Forwarded from another port (ssh -L 8080:localhost:3000).
            "localhost:8080",
        ] {
            assert!(own.allows(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:3000",
            "localhost.evil.example:3000",
            "localhost.:3000",
            "evil.localhost.example",
            "127.0.0.1.nip.io:3000",
            "192.168.1.20:3000",
            "[2001:db8::1]:3000",
            "user@localhost:3000",
            "localhost:3000:3000",
            "::1",
            "",
            " localhost",
        ] {
            assert!(!own.allows(host), "{host}");
        }
    }

    #[test]
    fn a_name_or_address_given_to_bind_is_answered_too() {
        let own = OwnHosts::new(
            "mybox.local",
            "192.168.1.20".parse().unwrap(),
            "http://192.168.1.20:3000/",
        );
        assert!(own.allows("mybox.local:3000"));
        assert!(own.allows("MYBOX.local"));
        assert!(own.allows("localhost:3000"));
        assert!(!own.allows("otherbox.local:3000"));

        let own = OwnHosts::new("::1", IpAddr::V6(Ipv6Addr::LOCALHOST), "http://[::1]:3000/");
        assert!(own.allows("[::1]:3000"));
        assert!(
            !own.allows("192.168.1.20:3000"),
            "loopback: no other address"
        );
        assert!(!own.allows("evil.example:3000"));
    }

    #[test]
    fn bound_to_every_interface_any_address_is_answered_but_no_other_name() {
        let own = OwnHosts::new(
            "0.0.0.0",
            IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            "http://127.0.0.1:3000/",
        );
        for host in [
            "192.168.1.20:3000",
            "10.0.0.5",
            "[fe80::1]:3000",
            "localhost",
        ] {
            assert!(own.allows(host), "{host}");
        }
        for host in ["evil.example:3000", "mybox.local:3000"] {
            assert!(!own.allows(host), "{host}");
        }
        assert!(own.listed().contains("any IP address"), "{}", own.listed());
    }
}
