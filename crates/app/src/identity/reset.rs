//! Password reset by e-mail link: 30 minutes, single use, the same answer for unknown
//! addresses, the mail sent in the background so that timing tells nothing.

use chrono::Duration;
use sportello_core::{Email, Locale};
use sportello_store::AuditEvent;

use super::sign_in::{
    locked_key, random_token, token_hash, NewPassword, PasswordProblem, RequestOrigin,
};
use crate::identity::accounts::hash_password;
use crate::{App, Result};

/// How long a password reset link works.
pub const RESET_LINK_MINUTES: i64 = 30;
/// Unused links an account may have at once; further requests send nothing.
const MAX_LIVE_RESET_LINKS: i64 = 3;

/// What became of a reset request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetRequest {
    /// Sent if the address belongs to an enabled account (the answer never says which).
    Handled,
    /// Too many reset attempts from this address: wait this many seconds.
    Throttled { retry_after_secs: u64 },
}

/// Counts one reset attempt (request or submission) from `origin`: `auth.reset_requests_per_ip`
/// of them, then one more per `auth.failure_decay_mins`. Returns the wait when over.
async fn reset_attempt(app: &App, origin: &RequestOrigin) -> Result<Option<u64>> {
    let (store, now, settings) = (app.store(), app.clock().now(), &app.settings().auth);
    let key = format!("reset:{}", origin.ip);
    if let Some((_, wait)) = locked_key(store, &[&key], now).await? {
        return Ok(Some(wait));
    }
    let (limit, decay) = (settings.reset_requests_per_ip, settings.failure_decay());
    store
        .record_login_failure(&key, now, decay, move |n| (n >= limit).then_some(decay))
        .await?;
    Ok(None)
}

/// Sends a reset link if the e-mail belongs to an enabled account. The answer is the same
/// either way, and the mail goes out in the background so that timing does not tell
/// either. `compose` turns the link token and the account's language into the message.
/// Each address may ask `auth.reset_requests_per_ip` times before it waits.
pub async fn request_password_reset(
    app: &App,
    email_input: &str,
    origin: &RequestOrigin,
    compose: impl FnOnce(&str, Locale) -> (String, String),
) -> Result<ResetRequest> {
    if let Some(retry_after_secs) = reset_attempt(app, origin).await? {
        return Ok(ResetRequest::Throttled { retry_after_secs });
    }
    let (store, now) = (app.store(), app.clock().now());
    let Ok(email) = Email::parse(email_input) else {
        return Ok(ResetRequest::Handled);
    };
    let Some(account) = store.credentials(&email).await? else {
        store
            .append_audit(
                &AuditEvent {
                    actor_id: None,
                    actor_label: email.to_string(),
                    action: "auth.reset_requested".into(),
                    object_type: "user".into(),
                    object_id: String::new(),
                    ip: origin.ip.clone(),
                    detail: "unknown account".into(),
                },
                now,
            )
            .await?;
        return Ok(ResetRequest::Handled);
    };
    let usable = account.disabled_at.is_none()
        && store.live_password_resets(&account.id, now).await? < MAX_LIVE_RESET_LINKS;
    let detail = if usable {
        "link sent"
    } else {
        "not sent (disabled or too many links)"
    };
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(account.id.clone()),
                actor_label: account.email.clone(),
                action: "auth.reset_requested".into(),
                object_type: "user".into(),
                object_id: account.id.clone(),
                ip: origin.ip.clone(),
                detail: detail.into(),
            },
            now,
        )
        .await?;
    if !usable {
        return Ok(ResetRequest::Handled);
    }
    let token = random_token();
    store
        .create_password_reset(
            &token_hash(&token),
            &account.id,
            now,
            now + Duration::minutes(RESET_LINK_MINUTES),
        )
        .await?;
    let locale = Locale::from_tag(&account.locale).unwrap_or(Locale::FALLBACK);
    let (subject, text) = compose(&token, locale);
    let mail = crate::platform::mail::OutboundMail {
        to: account.email,
        subject,
        text,
    };
    let mailer = app.mailer().clone();
    tokio::spawn(async move {
        if let Err(e) = mailer.send(&mail).await {
            tracing::error!(error = %e, "password reset mail failed");
        }
    });
    Ok(ResetRequest::Handled)
}

/// Whether a reset link can still be used (to show the form, or say it expired).
pub async fn reset_link_is_valid(app: &App, token: &str) -> Result<bool> {
    Ok(app
        .store()
        .password_reset_user(&token_hash(token), app.clock().now())
        .await?
        .is_some())
}

/// Sets a new password through a reset link, once. Ends every session of the account.
/// The link is checked before any argon2 work, so dead links cost nothing to refuse, and
/// submissions count towards the address's reset attempts.
pub async fn reset_password(
    app: &App,
    token: &str,
    new: NewPassword<'_>,
    origin: &RequestOrigin,
) -> Result<std::result::Result<(), PasswordProblem>> {
    if let Some(retry_after_secs) = reset_attempt(app, origin).await? {
        return Ok(Err(PasswordProblem::Throttled { retry_after_secs }));
    }
    let (store, now) = (app.store(), app.clock().now());
    let hashed = token_hash(token);
    let live = store.password_reset_user(&hashed, now).await?.is_some();
    let new_password = match new.check() {
        Ok(new) if live => new,
        Err(problem) if live => return Ok(Err(problem)),
        _ => return Ok(Err(refuse_link(app, origin).await?)),
    };
    let hash = hash_password(new_password).await?;
    // Spending the link re-checks it in the same transaction (two tabs, one link).
    let Some(user_id) = store.complete_password_reset(&hashed, &hash, now).await? else {
        return Ok(Err(refuse_link(app, origin).await?));
    };
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(user_id.clone()),
                actor_label: user_id.clone(),
                action: "auth.password_reset".into(),
                object_type: "user".into(),
                object_id: user_id,
                ip: origin.ip.clone(),
                detail: String::new(),
            },
            now,
        )
        .await?;
    Ok(Ok(()))
}

/// Audits a submission through an expired, used or unknown link.
async fn refuse_link(app: &App, origin: &RequestOrigin) -> Result<PasswordProblem> {
    let (store, now) = (app.store(), app.clock().now());
    store
        .append_audit(
            &AuditEvent {
                actor_id: None,
                actor_label: "anonymous".into(),
                action: "auth.reset_link_refused".into(),
                object_type: "password_reset".into(),
                object_id: String::new(),
                ip: origin.ip.clone(),
                detail: "expired, used or unknown link".into(),
            },
            now,
        )
        .await?;
    Ok(PasswordProblem::LinkInvalid)
}
