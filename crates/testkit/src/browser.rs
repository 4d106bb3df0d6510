//! Headless Chromium through chromedriver, with axe-core for accessibility checks.

use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

/// axe-core, vendored from npm (see assets/axe-core/README.md).
pub const AXE_SOURCE: &str = include_str!("../assets/axe-core/axe.min.js");

struct Driver {
    port: u16,
    _child: ChildGuard,
}

struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find(candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(|p| (*p).to_owned())
}

pub fn chromedriver_path() -> Option<String> {
    std::env::var("CHROMEDRIVER")
        .ok()
        .or_else(|| find(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]))
}

pub fn chromium_path() -> Option<String> {
    std::env::var("CHROMIUM").ok().or_else(|| {
        find(&[
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome",
        ])
    })
}

/// One chromedriver for the whole test binary, started on first use.
fn driver() -> Option<&'static Driver> {
    static DRIVER: OnceLock<Option<Driver>> = OnceLock::new();
    DRIVER
        .get_or_init(|| {
            let path = chromedriver_path()?;
            chromium_path()?;
            let port = {
                let l = std::net::TcpListener::bind("127.0.0.1:0").ok()?;
                l.local_addr().ok()?.port()
            };
            let child = Command::new(path)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .ok()?;
            let guard = ChildGuard(child);
            for _ in 0..100 {
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Some(Driver {
                        port,
                        _child: guard,
                    });
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            None
        })
        .as_ref()
}

/// A fresh headless Chromium session, or `None` (after a loud skip line) when no browser
/// is installed. `width` is the viewport width in CSS pixels (360 for a cheap phone).
pub async fn session(test: &str, width: u32, javascript: bool) -> Option<Client> {
    let Some(driver) = driver() else {
        crate::skip(
            &format!("browser test {test}"),
            "chromedriver or chromium not found (apt-get install chromium chromium-driver)",
        );
        return None;
    };
    let profile = tempfile::tempdir().expect("profile dir").keep();
    let mut args = vec![
        "--headless=new".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        format!("--window-size={width},900"),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.push("--lang=it".to_owned());
    let mut prefs = json!({});
    if !javascript {
        prefs = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "args": args, "binary": chromium_path(), "prefs": prefs }),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("chromedriver session");
    Some(client)
}

/// Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and returns the
/// violations as `rule-id: target…` lines; empty means none.
///
/// WebDriver's script execution is not subject to the page's CSP, so axe runs even on
/// pages that forbid inline scripts (as all of ours do).
pub async fn axe_violations(client: &Client) -> Vec<String> {
    client
        .execute(AXE_SOURCE, vec![])
        .await
        .expect("inject axe-core");
    let result = client
        .execute_async(
            r"const done = arguments[arguments.length - 1];
              axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                 .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                     targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                 .catch(e => done([{ id: 'axe-error', help: String(e), targets: [] }]));",
            vec![],
        )
        .await
        .expect("run axe-core");
    result
        .as_array()
        .map(|violations| {
            violations
                .iter()
                .map(|v| {
                    format!(
                        "{} ({}): {} at {}",
                        v["id"].as_str().unwrap_or("?"),
                        v["impact"].as_str().unwrap_or("?"),
                        v["help"].as_str().unwrap_or(""),
                        v["targets"]
                            .as_array()
                            .map(|t| t
                                .iter()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join(", "))
                            .unwrap_or_default()
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Fails the test, naming `what`, when axe-core finds any WCAG 2.1 A/AA violation on the
/// current page.
pub async fn assert_accessible(client: &Client, what: &str) {
    let violations = axe_violations(client).await;
    assert!(
        violations.is_empty(),
        "axe-core violations on {what}:\n{}",
        violations.join("\n")
    );
}

/// Whether the current page scrolls sideways (content wider than the window).
pub async fn scrolls_sideways(client: &Client) -> bool {
    client
        .execute(
            "return document.documentElement.scrollWidth > window.innerWidth;",
            vec![],
        )
        .await
        .expect("measure the page")
        .as_bool()
        .unwrap_or(true)
}
