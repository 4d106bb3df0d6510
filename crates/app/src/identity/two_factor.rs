//! Two-factor authentication: the authenticator code after the password (or a single-use
//! recovery code), and setting up an authenticator app with its recovery codes.

use sportello_store::AuditEvent;

use super::sign_in::{
    account_event, key_kind, lock_after, locked_key, random_token, token_hash, upgrade_session,
    IssuedSession, LoginOutcome, RequestOrigin, SessionStage, SignedIn,
};
use crate::{App, Result};

/// The issuer name authenticator apps show next to the account.
pub const TOTP_ISSUER: &str = "Sportello";
const RECOVERY_CODES: usize = 10;

fn event(user: &SignedIn, action: &str, origin: &RequestOrigin, detail: &str) -> AuditEvent {
    account_event(user, origin, action, (&user.user_id, detail))
}

/// Checks the authenticator (or a recovery) code of a session waiting for it. On success
/// the session is replaced by a full one (new id). Wrong codes count per account (only a
/// right code clears that count, never a right password) and per address, each locking
/// like failed logins; after `auth.code_attempts_per_session` of them the half-open session
/// ends, so the password is due again.
pub async fn verify_second_factor(
    app: &App,
    user: &SignedIn,
    code: &str,
    origin: &RequestOrigin,
) -> Result<LoginOutcome> {
    let (store, clock, settings) = (app.store(), app.clock(), &app.settings().auth);
    let now = clock.now();
    let account_key = format!("code:{}", user.user_id);
    let ip_key = format!("code-ip:{}", origin.ip);
    if let Some((key, wait)) = locked_key(store, &[&account_key, &ip_key], now).await? {
        let event = event(user, "auth.second_factor_throttled", origin, key_kind(key));
        store.append_audit(&event, now).await?;
        return Ok(LoginOutcome::Throttled {
            retry_after_secs: wait,
        });
    }
    let state = store.totp_state(&user.user_id).await?;
    let secret = state
        .totp_secret
        .as_deref()
        .and_then(crate::identity::totp::decode_secret);
    let by_app = match &secret {
        Some(secret) => {
            match crate::identity::totp::verify(secret, code, now.timestamp(), state.totp_last_step)
            {
                Some(step) => store.claim_totp_step(&user.user_id, step).await?,
                None => false,
            }
        }
        None => false,
    };
    let accepted = by_app
        || store
            .use_recovery_code(&user.user_id, &token_hash(&normalise_recovery(code)), now)
            .await?;
    if !accepted {
        return wrong_code(app, user, origin, (&account_key, &ip_key)).await;
    }
    store.clear_login_failures(&account_key).await?;
    let issued = upgrade_session(store, now, settings, user).await?;
    let how = if by_app {
        "authenticator"
    } else {
        "recovery code"
    };
    store
        .append_audit(&event(user, "auth.login_succeeded", origin, how), now)
        .await?;
    Ok(LoginOutcome::SignedIn(issued))
}

/// Counts a wrong code for the account, the address and the session; audits it, and the
/// locks it sets; ends the session when it has had too many.
async fn wrong_code(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    (account_key, ip_key): (&str, &str),
) -> Result<LoginOutcome> {
    let (store, settings) = (app.store(), &app.settings().auth);
    let now = app.clock().now();
    let (max, decay) = (settings.max_lockout_secs, settings.failure_decay());
    let by_account = store
        .record_login_failure(
            account_key,
            now,
            decay,
            lock_after(settings.lockout_after_failures, max),
        )
        .await?;
    let by_ip = store
        .record_login_failure(
            ip_key,
            now,
            decay,
            lock_after(settings.ip_lockout_after_failures, max),
        )
        .await?;
    let detail = format!("{} wrong codes in a row", by_account.failures);
    store
        .append_audit(
            &event(user, "auth.second_factor_failed", origin, &detail),
            now,
        )
        .await?;
    for (kind, state) in [("code", by_account), ("code-ip", by_ip)] {
        if state.locked_until.is_some() {
            let detail = format!("{kind}: {} wrong codes", state.failures);
            let locked = event(user, "auth.second_factor_locked", origin, &detail);
            store.append_audit(&locked, now).await?;
        }
    }
    let in_session = store.record_session_code_failure(&user.token_hash).await?;
    if in_session >= settings.code_attempts_per_session {
        store.delete_session(&user.token_hash).await?;
        let detail = format!("{in_session} wrong codes in the session");
        let ended = event(user, "auth.second_factor_session_ended", origin, &detail);
        store.append_audit(&ended, now).await?;
        return Ok(LoginOutcome::SignInAgain);
    }
    Ok(LoginOutcome::Refused)
}

fn normalise_recovery(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

/// A secret being set up: shown once as text, link and QR code.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub secret_b32: String,
    pub otpauth_uri: String,
}

/// Starts (or restarts) setting up an authenticator app.
pub async fn begin_totp_enrolment(app: &App, user: &SignedIn) -> Result<Enrolment> {
    let store = app.store();
    let secret_b32 =
        crate::identity::totp::encode_secret(&crate::identity::totp::generate_secret());
    store.set_totp_pending(&user.user_id, &secret_b32).await?;
    Ok(Enrolment {
        otpauth_uri: crate::identity::totp::otpauth_uri(&secret_b32, &user.email, TOTP_ISSUER),
        secret_b32,
    })
}

/// The pending set-up, if one was started.
pub async fn pending_enrolment(app: &App, user: &SignedIn) -> Result<Option<Enrolment>> {
    Ok(app
        .store()
        .totp_state(&user.user_id)
        .await?
        .totp_pending_secret
        .map(|secret_b32| Enrolment {
            otpauth_uri: crate::identity::totp::otpauth_uri(&secret_b32, &user.email, TOTP_ISSUER),
            secret_b32,
        }))
}

pub async fn has_totp(app: &App, user_id: &str) -> Result<bool> {
    Ok(app.store().totp_state(user_id).await?.totp_secret.is_some())
}

/// Turns two-factor authentication on once the app's code matches the pending secret.
/// Returns the recovery codes (shown once) and, when the session was only allowed to set
/// up, a new full session.
pub async fn confirm_totp_enrolment(
    app: &App,
    user: &SignedIn,
    code: &str,
    origin: &RequestOrigin,
) -> Result<Option<(Vec<String>, Option<IssuedSession>)>> {
    let (store, clock, settings) = (app.store(), app.clock(), &app.settings().auth);
    let now = clock.now();
    let state = store.totp_state(&user.user_id).await?;
    let Some(pending) = state.totp_pending_secret else {
        return Ok(None);
    };
    let Some(secret) = crate::identity::totp::decode_secret(&pending) else {
        return Ok(None);
    };
    let Some(step) = crate::identity::totp::verify(&secret, code, now.timestamp(), None) else {
        store
            .append_audit(&event(user, "auth.totp_setup_failed", origin, ""), now)
            .await?;
        return Ok(None);
    };
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let raw = &random_token()[..10];
            format!("{}-{}", &raw[..5], &raw[5..])
        })
        .collect();
    let hashes: Vec<String> = codes
        .iter()
        .map(|c| token_hash(&normalise_recovery(c)))
        .collect();
    store
        .enable_totp(&user.user_id, &pending, step, &hashes, now)
        .await?;
    store
        .append_audit(&event(user, "auth.totp_enabled", origin, ""), now)
        .await?;
    let upgraded = if user.stage == SessionStage::SetupRequired {
        Some(upgrade_session(store, now, settings, user).await?)
    } else {
        None
    };
    Ok(Some((codes, upgraded)))
}

/// What the two-factor page shows: whether it is on, and an enrolment under way.
#[derive(Debug)]
pub struct TwoFactorStatus {
    pub enabled: bool,
    /// The secret being set up; also shown (with its codes) right after confirming.
    pub pending: Option<Enrolment>,
}

/// The operator's two-factor state. `showing_codes`: the page shows fresh recovery codes.
pub async fn two_factor_status(
    app: &App,
    user: &SignedIn,
    showing_codes: bool,
) -> Result<TwoFactorStatus> {
    let enabled = has_totp(app, &user.user_id).await?;
    let pending = if enabled && !showing_codes {
        None
    } else {
        pending_enrolment(app, user).await?
    };
    Ok(TwoFactorStatus { enabled, pending })
}
