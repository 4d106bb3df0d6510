//! The audit log in the workspace (`/{lang}/workspace/audit`), with filters by action and
//! actor. The app checks who may read it and records every reading.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use sportello_app::audit::{self, AuditEntry, AuditQuery};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_time;
use crate::workspace::shell::{workspace_page, Chrome};
use crate::AppState;

/// The audit area's routes and who may use them.
pub fn routes() -> Routes {
    Routes::new().get("/{lang}/workspace/audit", Allowed::AuditReaders, audit_log)
}

#[derive(Debug, Deserialize)]
pub struct AuditParams {
    action: Option<String>,
    actor: Option<String>,
}

#[derive(Template)]
#[template(path = "audit/audit.html")]
struct AuditPage<'a> {
    chrome: Chrome<'a>,
    /// Each entry with its moment in Rome's time and the reader's language.
    entries: Vec<(AuditEntry, String)>,
    action: String,
    actor: String,
}

workspace_page!(AuditPage => Chrome);

pub async fn audit_log(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(q): Query<AuditParams>,
) -> Result<Response, WebError> {
    let query = AuditQuery::new(q.action.as_deref(), q.actor.as_deref());
    let entries = audit::read_log(&state.app, &req.user, &req.origin, &query).await?;
    let chrome = Chrome::page(&state, &req, "audit-title", "/audit");
    let tr = chrome.layout.tr;
    let page = AuditPage {
        entries: entries
            .into_iter()
            .map(|e| {
                let when = date_time(tr, e.at);
                (e, when)
            })
            .collect(),
        chrome,
        action: query.action,
        actor: query.actor,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}
