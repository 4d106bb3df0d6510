//! Typed settings: built-in defaults, then `sportello.toml`, then `SPORTELLO_*` variables.

use std::fmt;
use std::path::Path;

use figment::providers::{Env, Format, Toml};
use figment::Figment;
use serde::Deserialize;

use crate::Error;

const DEFAULTS: &str = include_str!("../../../../config/defaults.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub database: DatabaseSettings,
    pub server: ServerSettings,
    pub log: LogSettings,
    pub auth: AuthSettings,
    pub audit: AuditSettings,
    pub mail: MailSettings,
    pub directory: DirectorySettings,
    pub kb: KbSettings,
    pub search: SearchSettings,
}

/// The node's search index.
#[derive(Debug, Clone, Deserialize)]
pub struct SearchSettings {
    /// Its folder; each node keeps its own.
    pub index_dir: String,
    /// How often the outbox of changes is read, in milliseconds.
    pub poll_ms: u64,
    /// Outbox rows kept; a node further behind rebuilds.
    pub outbox_keep: i64,
    pub queries_per_ip_per_minute: u32,
    /// How often the questions' counts are written from memory, in seconds.
    pub counts_every_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DirectorySettings {
    /// A desk whose details were last verified longer ago than this is flagged to its
    /// operators as due for a check.
    pub verify_after_months: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MailSettings {
    pub transport: String,
    pub from: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_security: String,
    pub smtp_username: String,
    pub smtp_password: Secret,
    pub folder: String,
}

/// A secret setting (password, key): `Debug` never prints it.
#[derive(Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "\"\"" } else { "\"***\"" })
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    pub require_2fa_for_admins: bool,
    pub idle_timeout_mins: u32,
    pub absolute_timeout_hours: u32,
    /// Failed logins of one account from one address before waiting is required.
    pub lockout_after_failures: u32,
    pub max_lockout_secs: u32,
    /// Failed logins (or wrong codes) from one address, whatever the account, before the
    /// address must wait.
    pub ip_lockout_after_failures: u32,
    /// One failure is forgotten per this many minutes: occasional mistakes never lock.
    pub failure_decay_mins: u32,
    /// Wrong authenticator codes after which a half-open session ends (the password is due
    /// again).
    pub code_attempts_per_session: u32,
    /// Password-reset requests and submissions allowed from one address before it waits.
    pub reset_requests_per_ip: u32,
}

impl AuthSettings {
    /// How long it takes for one failure to be forgotten.
    pub fn failure_decay(&self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.failure_decay_mins))
    }
}

/// The knowledge base's readers' answers ("was this clear?").
#[derive(Debug, Clone, Deserialize)]
pub struct KbSettings {
    /// Answers one address may send per hour (kept in memory only: no address is stored).
    pub ratings_per_ip_per_hour: u32,
    /// Answers the whole node takes per minute, whatever the address: a flood from many
    /// addresses cannot fill the disk or starve the operators' writes.
    pub ratings_per_minute: u32,
    /// Readers' comments are erased this many days after they were sent (the scores stay).
    pub rating_comment_days: u32,
    /// Folders searched (recursively) for the fonts leaflets are set in.
    pub leaflet_font_dirs: Vec<String>,
    /// Leaflets made (not served from memory) for one address per hour, and for the whole
    /// node per minute: each costs tens of milliseconds of CPU.
    pub leaflets_per_ip_per_hour: u32,
    pub leaflets_per_minute: u32,
    /// Memory for made leaflets, kept until the knowledge base or the directory changes.
    pub leaflet_cache_bytes: u64,
    /// Machine translation: a LibreTranslate-compatible server (`https://…`, without
    /// `/translate`); empty: none.
    pub mt_url: String,
    /// Its API key, if it wants one; never printed.
    pub mt_api_key: Secret,
    pub mt_timeout_secs: u64,
    /// The link checker: how often it runs (0: never by itself), how many addresses a run
    /// checks at most, the pause between two requests to one host, the timeout, and hosts
    /// exempt from the public-address rule (for tests; empty in production).
    pub link_check_hours: u32,
    pub link_check_max: u64,
    pub link_check_delay_ms: u64,
    pub link_check_timeout_secs: u64,
    pub link_check_allow_hosts: Vec<String>,
    /// The repertory of materials: the folder of the local object store its files are kept
    /// in, and the largest file a hub may add.
    pub materials_dir: String,
    pub material_max_bytes: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuditSettings {
    pub retention_months: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    pub url: DatabaseUrl,
    pub max_connections: u32,
    pub acquire_timeout_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub bind: String,
    pub public_url: String,
    pub request_timeout_secs: u64,
    pub max_body_bytes: usize,
    /// Bodies of file uploads (multipart) by signed-in operators; at least `max_body_bytes`.
    pub max_upload_bytes: usize,
    pub shutdown_grace_secs: u64,
    pub page_cache_ms: u64,
    /// Memory for rendered public pages (anonymous GETs), all stored encodings counted;
    /// least recently used pages go first. 0 disables the page cache.
    pub page_cache_bytes: u64,
    /// Map tiles for the desk finder's map, `{z}/{x}/{y}` template; empty: no map.
    pub map_tiles: String,
    /// Development aids (e.g. `/dev/mail`); never on in production.
    pub dev: bool,
    /// Behind a reverse proxy: take the client address from `X-Forwarded-For` (login
    /// throttling and the audit log need the person's address, not the proxy's).
    pub trust_forwarded_for: bool,
    /// The bearer token a scraper of `/metrics` must send; empty: only clients on the
    /// loopback interface may scrape.
    pub metrics_token: Secret,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    pub filter: String,
}

/// A database URL, which may hold a password: `Debug` and `Display` never print it.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> Self {
        Self(url.into())
    }

    /// The real URL, for connecting only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", sportello_store::redact_url(&self.0))
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sportello_store::redact_url(&self.0))
    }
}

impl Settings {
    /// Loads the layers; `file` is the optional `sportello.toml` (absent is fine).
    pub fn load(file: Option<&Path>) -> Result<Self, Error> {
        let mut figment = Figment::from(Toml::string(DEFAULTS));
        if let Some(file) = file {
            figment = figment.merge(Toml::file(file));
        }
        figment = figment.merge(Env::prefixed("SPORTELLO_").map(|key| {
            // SPORTELLO_DATABASE_URL is the name people expect; SECTION__KEY reaches the rest.
            if key == "database_url" {
                "database.url".into()
            } else {
                key.as_str().replace("__", ".").into()
            }
        }));
        Self::from_figment(&figment)
    }

    /// The built-in defaults alone, for tests and tools.
    pub fn defaults() -> Self {
        Self::from_figment(&Figment::from(Toml::string(DEFAULTS)))
            .expect("built-in defaults are valid")
    }

    fn from_figment(figment: &Figment) -> Result<Self, Error> {
        let settings: Settings = figment
            .extract()
            .map_err(|e| Error::Settings(e.to_string()))?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), Error> {
        let mt = self.kb.mt_url.trim();
        if !(mt.is_empty() || mt.starts_with("http://") || mt.starts_with("https://")) {
            return Err(Error::Settings(
                "kb.mt_url must be empty or start with http:// or https://".into(),
            ));
        }
        if !(self.server.public_url.starts_with("http://")
            || self.server.public_url.starts_with("https://"))
        {
            return Err(Error::Settings(format!(
                "server.public_url must start with http:// or https://, not {:?}",
                self.server.public_url
            )));
        }
        if self.audit.retention_months < 6 {
            return Err(Error::Settings(format!(
                "audit.retention_months must be at least 6, not {}",
                self.audit.retention_months
            )));
        }
        if self.auth.idle_timeout_mins == 0 || self.auth.absolute_timeout_hours == 0 {
            return Err(Error::Settings("auth timeouts must be positive".into()));
        }
        if self.auth.lockout_after_failures == 0
            || self.auth.ip_lockout_after_failures == 0
            || self.auth.code_attempts_per_session == 0
            || self.auth.reset_requests_per_ip == 0
        {
            return Err(Error::Settings(
                "auth attempt limits must be positive".into(),
            ));
        }
        if self.kb.ratings_per_ip_per_hour == 0
            || self.kb.ratings_per_minute == 0
            || self.kb.rating_comment_days == 0
        {
            return Err(Error::Settings("kb rating limits must be positive".into()));
        }
        if !matches!(self.mail.transport.as_str(), "smtp" | "folder" | "none") {
            return Err(Error::Settings(format!(
                "mail.transport must be smtp, folder or none, not {:?}",
                self.mail.transport
            )));
        }
        if !matches!(
            self.mail.smtp_security.as_str(),
            "starttls" | "tls" | "none"
        ) {
            return Err(Error::Settings(format!(
                "mail.smtp_security must be starttls, tls or none, not {:?}",
                self.mail.smtp_security
            )));
        }
        if !self.server.map_tiles.is_empty() && !self.server.map_tiles.starts_with("https://") {
            return Err(Error::Settings(format!(
                "server.map_tiles must be empty or start with https://, not {:?}",
                self.server.map_tiles
            )));
        }
        if self.server.max_body_bytes < 1024 {
            return Err(Error::Settings(
                "server.max_body_bytes must be at least 1024".into(),
            ));
        }
        if self.search.index_dir.trim().is_empty() {
            return Err(Error::Settings(
                "search.index_dir must name a folder".into(),
            ));
        }
        if self.search.poll_ms == 0 || self.search.outbox_keep < 1000 {
            return Err(Error::Settings(
                "search.poll_ms must be positive and search.outbox_keep at least 1000".into(),
            ));
        }
        if self.kb.materials_dir.trim().is_empty() {
            return Err(Error::Settings(
                "kb.materials_dir must name a folder".into(),
            ));
        }
        if self.kb.material_max_bytes > self.server.max_upload_bytes {
            return Err(Error::Settings(
                "kb.material_max_bytes must not exceed server.max_upload_bytes".into(),
            ));
        }
        if self.server.max_upload_bytes < self.server.max_body_bytes {
            return Err(Error::Settings(
                "server.max_upload_bytes must be at least server.max_body_bytes".into(),
            ));
        }
        Ok(())
    }

    /// Whether people reach us over TLS (a proxy terminates it): then cookies are `Secure`
    /// and HSTS is sent.
    pub fn behind_tls(&self) -> bool {
        self.server.public_url.starts_with("https://")
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment::Jail's closure signature is not ours
mod tests {
    use super::*;

    #[test]
    fn layers_apply_in_order() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "sportello.toml",
                "[server]\nbind = \"0.0.0.0:9000\"\n[database]\nurl = \"sqlite://file.db\"",
            )?;
            jail.set_env("SPORTELLO_DATABASE_URL", "postgres://u:pw@h/db");
            jail.set_env("SPORTELLO_SERVER__REQUEST_TIMEOUT_SECS", "7");
            let s = Settings::load(Some(Path::new("sportello.toml"))).expect("loads");
            assert_eq!(s.server.bind, "0.0.0.0:9000");
            assert_eq!(s.database.url.expose(), "postgres://u:pw@h/db");
            assert_eq!(s.server.request_timeout_secs, 7);
            assert_eq!(s.server.max_body_bytes, 1_048_576, "default kept");
            assert!(!format!("{s:?}").contains("pw@"), "password never printed");
            Ok(())
        });
    }

    #[test]
    fn bad_values_are_reported() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("SPORTELLO_SERVER__REQUEST_TIMEOUT_SECS", "soon");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.to_lowercase().contains("request_timeout_secs"), "{err}");
            jail.set_env("SPORTELLO_SERVER__REQUEST_TIMEOUT_SECS", "5");
            jail.set_env("SPORTELLO_SERVER__PUBLIC_URL", "example.org");
            assert!(Settings::load(None)
                .unwrap_err()
                .to_string()
                .contains("public_url"));
            Ok(())
        });
    }
}
