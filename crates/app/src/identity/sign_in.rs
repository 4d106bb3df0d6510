//! Logging in and out, server-side sessions, login throttling.
//!
//! Every refusal looks the same from outside (unknown account, wrong password, disabled
//! account) and takes about as long, so that nobody can learn which accounts exist.

use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sportello_core::{Actor, Email, Locale};
use sportello_store::{AuditEvent, NewSession, Store};

use crate::identity::accounts::{hash_password, verify_password};
use crate::platform::settings::AuthSettings;
use crate::{App, Result};

/// A random secret of 32 bytes as 64 hex characters.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// What the sessions table stores instead of the token.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Where a request came from, for throttling and the audit log.
#[derive(Debug, Clone)]
pub struct RequestOrigin {
    pub ip: String,
}

/// How far a session has got through signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// Signed in: the workspace is open.
    Full,
    /// Password checked; the authenticator code is still due.
    SecondFactor,
    /// Signed in, but the role requires two-factor authentication that is not set up yet:
    /// only the set-up page is open.
    SetupRequired,
}

impl SessionStage {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStage::Full => "full",
            SessionStage::SecondFactor => "second_factor",
            SessionStage::SetupRequired => "setup_required",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "full" => SessionStage::Full,
            "setup_required" => SessionStage::SetupRequired,
            // Anything unexpected is treated as the most restricted stage.
            _ => SessionStage::SecondFactor,
        }
    }
}

/// The signed-in operator of a request.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub stage: SessionStage,
    pub user_id: String,
    pub email: String,
    pub display_name: String,
    pub locale: Locale,
    pub actor: Actor,
    /// The session's anti-CSRF token, to put in forms.
    pub csrf_token: String,
    pub token_hash: String,
}

/// A freshly created session: the token goes into the cookie, once.
#[derive(Debug, Clone)]
pub struct IssuedSession {
    pub stage: SessionStage,
    pub token: String,
    pub csrf_token: String,
    pub user_id: String,
    pub locale: Locale,
}

#[derive(Debug)]
pub enum LoginOutcome {
    SignedIn(IssuedSession),
    /// Wrong e-mail, wrong password or disabled account: deliberately indistinguishable.
    Refused,
    /// Too many failures for this account or address: wait this many seconds.
    Throttled {
        retry_after_secs: u64,
    },
    /// Too many wrong codes in this half-open session: it has ended, and the password is
    /// due again (only from `verify_second_factor`).
    SignInAgain,
}

/// A hash to verify against when the account does not exist, so that refusing an unknown
/// e-mail costs the same argon2 work as refusing a wrong password.
async fn dummy_hash() -> Result<String> {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_try_init(|| async {
            let password = random_token();
            hash_password(&password).await
        })
        .await
        .cloned()
}

/// The lock after `failures`: none below `threshold`, then 1 s doubling per further failure
/// up to `max_secs`.
pub(super) fn lock_after(threshold: u32, max_secs: u32) -> impl Fn(u32) -> Option<Duration> {
    move |failures| {
        let over = failures.checked_sub(threshold)?;
        let secs = 1u64
            .checked_shl(over.min(20))
            .unwrap_or(u64::MAX)
            .min(u64::from(max_secs));
        Some(Duration::seconds(i64::try_from(secs).unwrap_or(i64::MAX)))
    }
}

/// The wait left on the first of `keys` that is locked at `now`.
pub(super) async fn locked_key<'k>(
    store: &Store,
    keys: &[&'k str],
    now: DateTime<Utc>,
) -> Result<Option<(&'k str, u64)>> {
    for key in keys {
        let until = store
            .throttle_state(key)
            .await?
            .and_then(|s| s.locked_until);
        if let Some(until) = until.filter(|until| *until > now) {
            let wait = u64::try_from((until - now).num_seconds().max(1)).unwrap_or(1);
            return Ok(Some((key, wait)));
        }
    }
    Ok(None)
}

/// The kind of a throttle key (`account-ip`, `ip`, `code`…), for the audit log: keys hold
/// e-mail and IP addresses the row already names.
pub(super) fn key_kind(key: &str) -> &str {
    key.split(':').next().unwrap_or("")
}

/// Checks a password and opens a session. `replacing` is a session this browser already
/// had: it ends on success, so the session id always rotates at login.
pub async fn login(
    app: &App,
    replacing: Option<&SignedIn>,
    email_input: &str,
    password: &str,
    origin: &RequestOrigin,
) -> Result<LoginOutcome> {
    let (store, clock, settings) = (app.store(), app.clock(), &app.settings().auth);
    let now = clock.now();
    let normalised = email_input.trim().to_lowercase();
    // Per account *and* address: a stranger's guesses lock the stranger, not the colleague
    // signing in from their own desk. The address's own count catches one source trying
    // many accounts.
    let pair_key = format!("account-ip:{normalised}|{}", origin.ip);
    let ip_key = format!("ip:{}", origin.ip);
    let audit = |action: &str, actor_id: Option<String>, detail: &str| AuditEvent {
        actor_id,
        actor_label: normalised.clone(),
        action: action.to_owned(),
        object_type: "session".into(),
        object_id: String::new(),
        ip: origin.ip.clone(),
        detail: detail.to_owned(),
    };

    if let Some((key, wait)) = locked_key(store, &[&pair_key, &ip_key], now).await? {
        store
            .append_audit(&audit("auth.login_throttled", None, key_kind(key)), now)
            .await?;
        return Ok(LoginOutcome::Throttled {
            retry_after_secs: wait,
        });
    }

    let credentials = match Email::parse(email_input) {
        Ok(email) => store.credentials(&email).await?,
        Err(_) => None,
    };
    let phc = match &credentials {
        Some(c) => c.password_hash.clone(),
        None => dummy_hash().await?,
    };
    let password_ok = verify_password(password.to_owned(), phc).await;

    match credentials {
        Some(c) if password_ok && c.disabled_at.is_none() => {
            if let Some(previous) = replacing {
                store.delete_session(&previous.token_hash).await?;
            }
            // Not the address's count (it decays): else one's own account would reset it
            // between guesses at others. Nor wrong codes: only a right code clears those.
            store.clear_login_failures(&pair_key).await?;
            let stage = if c.has_totp {
                SessionStage::SecondFactor
            } else if settings.require_2fa_for_admins
                && needs_second_factor(&store.user_grants(&c.id).await?)
            {
                SessionStage::SetupRequired
            } else {
                SessionStage::Full
            };
            let issued = start_session(store, now, settings, &c.id, &c.locale, stage).await?;
            store
                .append_audit(&audit("auth.login_succeeded", Some(c.id.clone()), ""), now)
                .await?;
            Ok(LoginOutcome::SignedIn(issued))
        }
        other => {
            let reason = match &other {
                None => "unknown account",
                Some(c) if c.disabled_at.is_some() => "account disabled",
                Some(_) => "wrong password",
            };
            let (max, decay) = (settings.max_lockout_secs, settings.failure_decay());
            let pair_lock = lock_after(settings.lockout_after_failures, max);
            store
                .record_login_failure(&pair_key, now, decay, pair_lock)
                .await?;
            let ip_lock = lock_after(settings.ip_lockout_after_failures, max);
            store
                .record_login_failure(&ip_key, now, decay, ip_lock)
                .await?;
            store
                .append_audit(
                    &audit("auth.login_failed", other.map(|c| c.id), reason),
                    now,
                )
                .await?;
            Ok(LoginOutcome::Refused)
        }
    }
}

/// Roles that may not work without a second factor (when the setting requires it).
fn needs_second_factor(grants: &[sportello_store::RoleGrant]) -> bool {
    grants.iter().any(|g| {
        matches!(
            g.role,
            sportello_core::Role::Admin | sportello_core::Role::Coordinator
        )
    })
}

pub(super) async fn start_session(
    store: &Store,
    now: DateTime<Utc>,
    settings: &AuthSettings,
    user_id: &str,
    locale: &str,
    stage: SessionStage,
) -> Result<IssuedSession> {
    let token = random_token();
    let csrf_token = random_token();
    store
        .create_session(&NewSession {
            stage: stage.as_str(),
            token_hash: token_hash(&token),
            user_id: user_id.to_owned(),
            csrf_token: csrf_token.clone(),
            created_at: now,
            expires_at: now + Duration::hours(i64::from(settings.absolute_timeout_hours)),
        })
        .await?;
    Ok(IssuedSession {
        stage,
        token,
        csrf_token,
        user_id: user_id.to_owned(),
        locale: Locale::from_tag(locale).unwrap_or(Locale::FALLBACK),
    })
}

/// Ends `user`'s session and opens a full one in its place (the id rotates when the stage
/// rises: after the second factor, or once two-factor set-up is done).
pub(super) async fn upgrade_session(
    store: &Store,
    now: DateTime<Utc>,
    settings: &AuthSettings,
    user: &SignedIn,
) -> Result<IssuedSession> {
    store.delete_session(&user.token_hash).await?;
    let (id, locale) = (&user.user_id, user.locale.tag());
    start_session(store, now, settings, id, locale, SessionStage::Full).await
}

/// An audit event by a signed-in operator about the account `object_id`.
pub(super) fn account_event(
    user: &SignedIn,
    origin: &RequestOrigin,
    action: &str,
    (object_id, detail): (&str, &str),
) -> AuditEvent {
    AuditEvent {
        actor_id: Some(user.user_id.clone()),
        actor_label: user.email.clone(),
        action: action.into(),
        object_type: "user".into(),
        object_id: object_id.into(),
        ip: origin.ip.clone(),
        detail: detail.into(),
    }
}

/// The operator a session token belongs to, if the session is alive.
pub async fn signed_in(app: &App, token: &str) -> Result<Option<SignedIn>> {
    let (store, clock, settings) = (app.store(), app.clock(), &app.settings().auth);
    let now = clock.now();
    let hash = token_hash(token);
    let Some(session) = store.session(&hash).await? else {
        return Ok(None);
    };
    let idle_limit =
        session.last_seen_at + Duration::minutes(i64::from(settings.idle_timeout_mins));
    if session.expires_at <= now || idle_limit <= now || session.disabled_at.is_some() {
        store.delete_session(&hash).await?;
        return Ok(None);
    }
    // Writing on every request would make every page a write; a minute's precision is enough.
    if now - session.last_seen_at > Duration::seconds(60) {
        store.touch_session(&hash, now).await?;
    }
    let grants = store.user_grants(&session.user_id).await?;
    Ok(Some(SignedIn {
        stage: SessionStage::parse(&session.stage),
        actor: Actor {
            user_id: session.user_id.clone(),
            grants: grants.into_iter().map(|g| (g.role, g.scope)).collect(),
        },
        user_id: session.user_id,
        email: session.email,
        display_name: session.display_name,
        locale: Locale::from_tag(&session.locale).unwrap_or(Locale::FALLBACK),
        csrf_token: session.csrf_token,
        token_hash: hash,
    }))
}

pub async fn logout(app: &App, user: &SignedIn, origin: &RequestOrigin) -> Result<()> {
    let (store, clock) = (app.store(), app.clock());
    store.delete_session(&user.token_hash).await?;
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: "auth.logout".into(),
                object_type: "session".into(),
                object_id: String::new(),
                ip: origin.ip.clone(),
                detail: String::new(),
            },
            clock.now(),
        )
        .await?;
    Ok(())
}

/// A new password as a form asks for it: typed twice.
#[derive(Debug, Clone, Copy)]
pub struct NewPassword<'a> {
    pub new: &'a str,
    pub confirm: &'a str,
}

impl<'a> NewPassword<'a> {
    /// The password, when both entries match and it is long enough.
    pub fn check(self) -> std::result::Result<&'a str, PasswordProblem> {
        if self.new != self.confirm {
            Err(PasswordProblem::Mismatch)
        } else if self.new.chars().count() < crate::identity::accounts::MIN_PASSWORD_CHARS {
            Err(PasswordProblem::TooShort)
        } else {
            Ok(self.new)
        }
    }
}

/// Why a new password was not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    Mismatch,
    TooShort,
    /// The current password was wrong.
    WrongCurrent,
    /// The reset link is unknown, used or expired.
    LinkInvalid,
    /// Too many reset attempts from this address: wait this many seconds.
    Throttled {
        retry_after_secs: u64,
    },
}

impl PasswordProblem {
    /// The Fluent message that tells the person.
    pub fn message_id(self) -> &'static str {
        match self {
            PasswordProblem::Mismatch => "profile-password-mismatch",
            PasswordProblem::TooShort => "profile-password-too-short",
            PasswordProblem::WrongCurrent => "profile-password-wrong",
            PasswordProblem::LinkInvalid => "reset-link-invalid",
            PasswordProblem::Throttled { .. } => "login-throttled",
        }
    }
}

/// Changes the password after checking the current one; ends every session of the account
/// and returns a new one (the session id rotates on a privilege-relevant change).
pub async fn change_password(
    app: &App,
    user: &SignedIn,
    current: &str,
    new: NewPassword<'_>,
    origin: &RequestOrigin,
) -> Result<std::result::Result<IssuedSession, PasswordProblem>> {
    let new = match new.check() {
        Ok(new) => new,
        Err(problem) => return Ok(Err(problem)),
    };
    let (store, clock, settings) = (app.store(), app.clock(), &app.settings().auth);
    let email = Email::parse(&user.email)?;
    let Some(credentials) = store.credentials(&email).await? else {
        return Ok(Err(PasswordProblem::WrongCurrent));
    };
    if !verify_password(current.to_owned(), credentials.password_hash).await {
        return Ok(Err(PasswordProblem::WrongCurrent));
    }
    let hash = hash_password(new).await?;
    let now = clock.now();
    // Ends every session of the account in the same transaction.
    store.set_password_hash(&user.user_id, &hash, now).await?;
    let issued = start_session(
        store,
        now,
        settings,
        &user.user_id,
        user.locale.tag(),
        user.stage,
    )
    .await?;
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: "auth.password_changed".into(),
                object_type: "user".into(),
                object_id: user.user_id.clone(),
                ip: origin.ip.clone(),
                detail: String::new(),
            },
            now,
        )
        .await?;
    Ok(Ok(issued))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (random_token(), random_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn lockout_doubles_and_is_capped() {
        let f = lock_after(5, 900);
        assert_eq!(f(4), None);
        assert_eq!(f(5), Some(Duration::seconds(1)));
        assert_eq!(f(6), Some(Duration::seconds(2)));
        assert_eq!(f(9), Some(Duration::seconds(16)));
        assert_eq!(f(40), Some(Duration::seconds(900)));
    }
}
