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

/// Why there is no chromedriver: not installed (a loud skip, or a failure when every suite
/// is required), or installed and failed to start (always a failure, with its log).
enum NoDriver {
    NotInstalled,
    Failed(String),
}

/// One chromedriver for the whole test binary, started on first use.
fn driver() -> Result<&'static Driver, &'static NoDriver> {
    static DRIVER: OnceLock<Result<Driver, NoDriver>> = OnceLock::new();
    DRIVER.get_or_init(start_driver).as_ref()
}

/// Starts chromedriver on a free port. The whole test binary runs at once on two cores,
/// beside servers of other tests that take ports too, so a start may lose its port to
/// another test or be slow: each try waits up to 30 s, and a driver that exits is retried
/// on a new port. Its log goes to a file whose tail is in the failure message.
fn start_driver() -> Result<Driver, NoDriver> {
    let (Some(path), Some(_)) = (chromedriver_path(), chromium_path()) else {
        return Err(NoDriver::NotInstalled);
    };
    let mut failures = Vec::new();
    for attempt in 1..=4 {
        let port = match std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()) {
            Ok(addr) => addr.port(),
            Err(e) => return Err(NoDriver::Failed(format!("no free port: {e}"))),
        };
        let log = run_dir().join(format!("chromedriver-{attempt}.log"));
        let child = Command::new(&path)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| NoDriver::Failed(format!("{path} does not start: {e}")))?;
        let mut guard = ChildGuard(child);
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        let outcome = loop {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break Ok(());
            }
            if let Ok(Some(status)) = guard.0.try_wait() {
                break Err(format!("exited with {status}"));
            }
            if std::time::Instant::now() > deadline {
                break Err("did not listen within 30 s".to_owned());
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        match outcome {
            Ok(()) => {
                return Ok(Driver {
                    port,
                    _child: guard,
                })
            }
            Err(why) => failures.push(format!(
                "try {attempt} on port {port}: {why}; log:\n{}",
                log_tail(&log)
            )),
        }
    }
    Err(NoDriver::Failed(format!(
        "chromedriver did not start:\n{}",
        failures.join("\n")
    )))
}

/// This run's folder for Chromium profiles and chromedriver logs,
/// `$TMPDIR/sportello-chromium/<pid>`. A profile lives as long as its browser, which
/// outlives the test's scope, so profiles are not removed one by one: the folders of runs
/// whose process is gone are removed when a new run starts.
fn run_dir() -> std::path::PathBuf {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = std::env::temp_dir().join("sportello-chromium");
        if let Ok(entries) = std::fs::read_dir(&base) {
            for entry in entries.flatten() {
                let pid = entry.file_name();
                let alive = std::path::Path::new("/proc").join(&pid).exists();
                if !alive {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        let dir = base.join(std::process::id().to_string());
        std::fs::create_dir_all(&dir).expect("a folder for browser profiles");
        dir
    })
    .clone()
}

/// The last lines of a log file, for a failure message.
fn log_tail(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}

/// A fresh headless Chromium session, or `None` (after a loud skip line) when no browser
/// is installed. `width` is the viewport width in CSS pixels (360 for a cheap phone).
pub async fn session(test: &str, width: u32, javascript: bool) -> Option<Client> {
    let driver = match driver() {
        Ok(driver) => driver,
        Err(NoDriver::NotInstalled) => {
            crate::skip(
                &format!("browser test {test}"),
                "chromedriver or chromium not found (apt-get install chromium chromium-driver)",
            );
            return None;
        }
        Err(NoDriver::Failed(why)) => panic!("browser test {test}: {why}"),
    };
    let profile = tempfile::Builder::new()
        .prefix("profile-")
        .tempdir_in(run_dir())
        .expect("profile dir")
        .keep();
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
    // Chromium may be slow to come up while the rest of the suite loads both cores; a
    // session that could not be created is tried again before the test fails.
    let mut errors = Vec::new();
    for _ in 0..3 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(client) => return Some(client),
            Err(e) => errors.push(e.to_string()),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    panic!(
        "browser test {test}: no Chromium session: {}",
        errors.join("; ")
    )
}

/// Fills the sign-in form at `form_url` (`#email`, `#password`) and submits it, as a
/// person would; the caller waits for the page it expects next.
pub async fn submit_sign_in(client: &Client, form_url: &str, email: &str, password: &str) {
    client.goto(form_url).await.expect("the sign-in form");
    for (field, value) in [("#email", email), ("#password", password)] {
        client
            .find(fantoccini::Locator::Css(field))
            .await
            .expect("a sign-in field")
            .send_keys(value)
            .await
            .expect("typing");
    }
    client
        .find(fantoccini::Locator::Css(
            "form.stacked-form button[type=submit]",
        ))
        .await
        .expect("the sign-in button")
        .click()
        .await
        .expect("submitting");
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
