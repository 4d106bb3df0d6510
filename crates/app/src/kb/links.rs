//! The link checker: every external address the published articles link to (their
//! Markdown, their online link), the register of norms and the service cards' public links,
//! checked once a day (`kb.link_check_hours`) and listed when broken: per hub for its
//! editors, and per service card for whoever may edit it.
//!
//! Polite and bounded: at most `kb.link_check_max` addresses a run, those checked longest
//! ago first; one request at a time per host with `kb.link_check_delay_ms` between them, a
//! few hosts at once; HEAD first (GET only when HEAD is not allowed); a timeout; at most
//! three redirects. Safe: http and https only, and never a private, loopback or link-local
//! address (the host is resolved first, every address it has must be public, and the request
//! goes to the address checked, so a second lookup cannot point it elsewhere; each redirect
//! is checked the same way). `kb.link_check_allow_hosts` exempts named hosts (for tests).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use pulldown_cmark::{Event, Parser, Tag};
use reqwest::Url;
use sportello_core::kb::ArticleContent;
use sportello_core::Theme;
use sportello_store::LinkCheck;

use super::editing::{articles, content_of, ArticleRecord};
use crate::catalogue::editing::{my_services, ServiceLine};
use crate::identity::SignedIn;
use crate::{App, Result};

/// `meta` key: when the last run started (RFC 3339).
const LAST_RUN_KEY: &str = "kb_links_checked_at";
/// Hosts checked at once.
const HOSTS_AT_ONCE: usize = 4;
const MAX_REDIRECTS: usize = 3;

/// The external addresses an article's texts link to, in order, without repeats: Markdown
/// links and autolinks of every part, and the online link. E-mail and telephone links are
/// not web pages and are left out.
pub fn links_of(content: &ArticleContent) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut push = |url: &str| {
        let url = url.trim();
        let lower = url.to_ascii_lowercase();
        if url.is_empty() || lower.starts_with("mailto:") || lower.starts_with("tel:") {
            return;
        }
        // Relative links are our own pages.
        if !lower.contains(':') {
            return;
        }
        if seen.insert(url.to_owned()) {
            out.push(url.to_owned());
        }
    };
    for part in content.parts() {
        for event in Parser::new(&part.text) {
            if let Event::Start(Tag::Link { dest_url, .. }) = event {
                push(&dest_url);
            }
        }
    }
    push(&content.online_url);
    out
}

/// Whether a request may go to `ip`: not private, loopback, link-local, shared (CGNAT),
/// documentation, multicast, broadcast or unspecified; an IPv4-mapped IPv6 address as its
/// IPv4 one.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(a) => {
            let [first, second, ..] = a.octets();
            !(a.is_private()
                || a.is_loopback()
                || a.is_link_local()
                || a.is_unspecified()
                || a.is_broadcast()
                || a.is_multicast()
                || a.is_documentation()
                || first == 0
                || first >= 240
                || (first == 100 && (second & 0xc0) == 64))
        }
        IpAddr::V6(a) => {
            if let Some(v4) = a.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let head = a.segments()[0];
            !(a.is_loopback()
                || a.is_unspecified()
                || a.is_multicast()
                || (head & 0xfe00) == 0xfc00
                || (head & 0xffc0) == 0xfe80
                || (head == 0x2001 && a.segments()[1] == 0x0db8))
        }
    }
}

/// What checking one address found.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    outcome: &'static str,
    status: Option<i32>,
}

impl Found {
    const REFUSED: Self = Self {
        outcome: "refused",
        status: None,
    };
    const UNREACHABLE: Self = Self {
        outcome: "unreachable",
        status: None,
    };
}

/// The settings a run uses.
#[derive(Debug, Clone)]
struct Checker {
    timeout: Duration,
    allow: Arc<Vec<String>>,
    agent: String,
}

impl Checker {
    async fn check(&self, url: &str) -> Found {
        let Ok(mut current) = Url::parse(url) else {
            return Found::REFUSED;
        };
        for _ in 0..=MAX_REDIRECTS {
            if !matches!(current.scheme(), "http" | "https") {
                return Found::REFUSED;
            }
            let (Some(host), Some(port)) = (current.host_str(), current.port_or_known_default())
            else {
                return Found::REFUSED;
            };
            let host = host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_owned();
            let Ok(addresses) = tokio::net::lookup_host((host.as_str(), port)).await else {
                return Found::UNREACHABLE;
            };
            let addresses: Vec<SocketAddr> = addresses.collect();
            let allowed = self.allow.iter().any(|h| h.eq_ignore_ascii_case(&host));
            if addresses.is_empty() || (!allowed && addresses.iter().any(|a| !is_public(a.ip()))) {
                return Found::REFUSED;
            }
            let Ok(client) = reqwest::Client::builder()
                .timeout(self.timeout)
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(&self.agent)
                .resolve(&host, addresses[0])
                .build()
            else {
                return Found::UNREACHABLE;
            };
            let mut response = client.head(current.clone()).send().await;
            if matches!(&response, Ok(r) if matches!(r.status().as_u16(), 405 | 501)) {
                response = client.get(current.clone()).send().await;
            }
            let Ok(response) = response else {
                return Found::UNREACHABLE;
            };
            let status = response.status();
            if status.is_redirection() {
                let next = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| current.join(l).ok());
                match next {
                    Some(next) => {
                        current = next;
                        continue;
                    }
                    None => {
                        return Found {
                            outcome: "broken",
                            status: Some(i32::from(status.as_u16())),
                        }
                    }
                }
            }
            return Found {
                outcome: if status.is_success() { "ok" } else { "broken" },
                status: Some(i32::from(status.as_u16())),
            };
        }
        Found {
            outcome: "broken",
            status: None,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkRun {
    pub checked: usize,
    pub broken: usize,
    pub refused: usize,
    pub unreachable: usize,
}

/// Every address the published articles, the norms and the service cards link to.
async fn addresses(app: &App) -> Result<Vec<String>> {
    let now = app.clock().now();
    let mut all = HashSet::new();
    for theme in Theme::ALL {
        for (_, version) in app
            .store()
            .public_articles_of_theme(theme.slug(), now)
            .await?
        {
            all.extend(links_of(&content_of(&version)?));
        }
    }
    for norm in app.store().norms().await? {
        if !norm.url.trim().is_empty() {
            all.insert(norm.url.trim().to_owned());
        }
    }
    for (_, url) in app.store().service_links().await? {
        all.insert(url.trim().to_owned());
    }
    Ok(all.into_iter().collect())
}

/// Checks the addresses (at most `kb.link_check_max`, those checked longest ago first) and
/// records what it found.
pub async fn check_all(app: &App) -> Result<LinkRun> {
    let kb = &app.settings().kb;
    let started = app.clock().now();
    app.store()
        .set_meta(LAST_RUN_KEY, &started.to_rfc3339())
        .await?;
    let last: HashMap<String, DateTime<Utc>> = app
        .store()
        .link_checks()
        .await?
        .into_iter()
        .map(|c| (c.url, c.checked_at))
        .collect();
    let mut urls = addresses(app).await?;
    urls.sort_by_key(|u| (last.get(u).copied(), u.clone()));
    urls.truncate(usize::try_from(kb.link_check_max).unwrap_or(usize::MAX));
    // One queue per host, checked in turn with a pause; a few hosts at once.
    let mut by_host: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for url in urls {
        let host = Url::parse(&url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
            .unwrap_or_default();
        by_host.entry(host).or_default().push(url);
    }
    let checker = Checker {
        timeout: Duration::from_secs(kb.link_check_timeout_secs.max(1)),
        allow: Arc::new(kb.link_check_allow_hosts.clone()),
        agent: format!(
            "sportello-link-checker (+{})",
            app.settings().server.public_url
        ),
    };
    let delay = Duration::from_millis(kb.link_check_delay_ms);
    let permits = Arc::new(tokio::sync::Semaphore::new(HOSTS_AT_ONCE));
    let mut tasks = tokio::task::JoinSet::new();
    for (_, queue) in by_host {
        let (checker, permits) = (checker.clone(), permits.clone());
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let mut found = Vec::with_capacity(queue.len());
            for (i, url) in queue.into_iter().enumerate() {
                if i > 0 {
                    tokio::time::sleep(delay).await;
                }
                let f = checker.check(&url).await;
                found.push((url, f));
            }
            found
        });
    }
    let mut run = LinkRun::default();
    let mut checks = Vec::new();
    while let Some(done) = tasks.join_next().await {
        for (url, f) in done.unwrap_or_default() {
            run.checked += 1;
            match f.outcome {
                "broken" => run.broken += 1,
                "refused" => run.refused += 1,
                "unreachable" => run.unreachable += 1,
                _ => {}
            }
            checks.push(LinkCheck {
                url,
                outcome: f.outcome.to_owned(),
                status: f.status,
                checked_at: app.clock().now(),
            });
        }
    }
    app.store().record_link_checks(&checks).await?;
    Ok(run)
}

/// Runs [`check_all`] when the last run is older than `kb.link_check_hours` (a node's
/// timer calls it; with several nodes, the first to look runs it).
pub async fn when_due(app: &App) -> Result<Option<LinkRun>> {
    let hours = app.settings().kb.link_check_hours;
    if hours == 0 {
        return Ok(None);
    }
    let last = app
        .store()
        .meta(LAST_RUN_KEY)
        .await?
        .and_then(|v| DateTime::parse_from_rfc3339(&v).ok());
    let due = last.is_none_or(|at| {
        app.clock().now() - at.with_timezone(&Utc) >= chrono::Duration::hours(i64::from(hours))
    });
    if due {
        Ok(Some(check_all(app).await?))
    } else {
        Ok(None)
    }
}

/// A link of an article that did not check out.
#[derive(Debug, Clone)]
pub struct BadLink {
    pub url: String,
    pub outcome: String,
    pub status: Option<i32>,
    pub checked_at: DateTime<Utc>,
}

/// A hub's published articles with bad links.
#[derive(Debug, Clone)]
pub struct HubLinks {
    pub hub: String,
    pub articles: Vec<(ArticleRecord, Vec<BadLink>)>,
}

/// A service card the actor keeps whose public link did not check out.
#[derive(Debug, Clone)]
pub struct ServiceLink {
    pub service: ServiceLine,
    pub bad: BadLink,
}

/// What the report shows the actor: their hubs' articles and their service cards with
/// links that did not check out.
#[derive(Debug, Clone, Default)]
pub struct LinkReport {
    pub hubs: Vec<HubLinks>,
    pub services: Vec<ServiceLink>,
}

fn bad_link(c: &LinkCheck) -> BadLink {
    BadLink {
        url: c.url.clone(),
        outcome: c.outcome.clone(),
        status: c.status,
        checked_at: c.checked_at,
    }
}

/// The bad links of the published articles the actor writes or reviews, per hub, and of
/// the service cards the actor may edit.
pub async fn report(app: &App, user: &SignedIn) -> Result<LinkReport> {
    let checks: HashMap<String, LinkCheck> = app
        .store()
        .link_checks()
        .await?
        .into_iter()
        .filter(|c| c.outcome != "ok")
        .map(|c| (c.url.clone(), c))
        .collect();
    let now = app.clock().now();
    let mut hubs: BTreeMap<String, Vec<(ArticleRecord, Vec<BadLink>)>> = BTreeMap::new();
    if checks.is_empty() {
        return Ok(LinkReport::default());
    }
    for reached in articles(app, user).await? {
        let record = reached.record;
        let Some(public) = record.public_version(now) else {
            continue;
        };
        let Some(version) = app.store().article_version(&record.id, public).await? else {
            continue;
        };
        let bad: Vec<BadLink> = links_of(&content_of(&version)?)
            .into_iter()
            .filter_map(|url| checks.get(&url))
            .map(bad_link)
            .collect();
        if !bad.is_empty() {
            hubs.entry(record.hub_name.clone())
                .or_default()
                .push((record, bad));
        }
    }
    let bad_services: HashMap<String, &LinkCheck> = app
        .store()
        .service_links()
        .await?
        .into_iter()
        .filter_map(|(slug, url)| checks.get(url.trim()).map(|c| (slug, c)))
        .collect();
    let mut services = Vec::new();
    if !bad_services.is_empty() {
        for own in my_services(app, user).await? {
            if let Some(c) = bad_services.get(&own.service.slug) {
                services.push(ServiceLink {
                    bad: bad_link(c),
                    service: own.service,
                });
            }
        }
    }
    Ok(LinkReport {
        hubs: hubs
            .into_iter()
            .map(|(hub, articles)| HubLinks { hub, articles })
            .collect(),
        services,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_external_web_addresses_of_every_part() {
        let content = ArticleContent {
            summary: "Vedi [il sito](https://www.poliziadistato.it/x) e <https://a.example/b>."
                .into(),
            body: "[mail](mailto:a@b.it) [tel](tel:051) [nostra](/it/salute) \
                   [ancora](https://www.poliziadistato.it/x) [ftp](ftp://files.example/f)"
                .into(),
            online_url: "https://servizi.example/online".into(),
            ..ArticleContent::default()
        };
        assert_eq!(
            links_of(&content),
            [
                "https://www.poliziadistato.it/x",
                "https://a.example/b",
                "ftp://files.example/f",
                "https://servizi.example/online"
            ]
        );
    }

    #[test]
    fn only_public_addresses_are_reached() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "224.0.0.1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in ["151.101.1.69", "2a00:1450:4002:800::200e", "8.8.8.8"] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }
}
