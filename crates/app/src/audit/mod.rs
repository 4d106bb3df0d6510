//! Reading the audit log in the workspace. Only those the Policy lets `ReadAudit` may; the
//! log holds personal data (addresses, e-mails), so every reading is itself recorded.

use sportello_core::{Action, Policy, Resource};
use sportello_store::{AuditEvent, AuditFilter};

pub use sportello_store::AuditEntry;

use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// How many entries the workspace page shows, newest first.
pub const PAGE_ENTRIES: u32 = 200;

/// The filters as typed: an action prefix and an actor's label (e-mail).
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub action: String,
    pub actor: String,
}

impl AuditQuery {
    /// Trims both fields and lower-cases the actor, as the log stores labels.
    pub fn new(action: Option<&str>, actor: Option<&str>) -> Self {
        Self {
            action: action.unwrap_or_default().trim().to_owned(),
            actor: actor.unwrap_or_default().trim().to_lowercase(),
        }
    }
}

/// The newest entries matching `query`; the reading is appended to the log.
pub async fn read_log(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    query: &AuditQuery,
) -> Result<Vec<AuditEntry>> {
    if !Policy::can(&user.actor, Action::ReadAudit, &Resource::Network) {
        return Err(Error::Forbidden);
    }
    let store = app.store();
    let filter = AuditFilter {
        action_prefix: (!query.action.is_empty()).then(|| query.action.clone()),
        actor_label: (!query.actor.is_empty()).then(|| query.actor.clone()),
    };
    let entries = store.audit_entries(&filter, PAGE_ENTRIES, 0).await?;
    store
        .append_audit(
            &AuditEvent {
                actor_id: Some(user.user_id.clone()),
                actor_label: user.email.clone(),
                action: "audit.viewed".into(),
                object_type: "audit_log".into(),
                object_id: String::new(),
                ip: origin.ip.clone(),
                detail: format!("action={} actor={}", query.action, query.actor),
            },
            app.clock().now(),
        )
        .await?;
    Ok(entries)
}

/// Records a refused anti-CSRF check (the request never reached a use case): who sent it
/// if signed in, the method and path, and whether the token was missing or wrong.
pub async fn record_csrf_refusal(
    app: &App,
    user: Option<&SignedIn>,
    origin: &RequestOrigin,
    request: String,
    token_missing: bool,
) -> Result<()> {
    let event = AuditEvent {
        actor_id: user.map(|u| u.user_id.clone()),
        actor_label: user.map_or_else(|| "anonymous".to_owned(), |u| u.email.clone()),
        action: "security.csrf_rejected".into(),
        object_type: "request".into(),
        object_id: request,
        ip: origin.ip.clone(),
        detail: if token_missing {
            "token missing".into()
        } else {
            "token wrong".into()
        },
    };
    app.store().append_audit(&event, app.clock().now()).await?;
    Ok(())
}
