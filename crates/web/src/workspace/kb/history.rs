//! An article's history: every version, and a word-level diff between any two of them.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use sportello_app::kb::{self, HistoryView};
use sportello_core::kb::Piece;

use super::part_label;
use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::text::date_time;
use crate::workspace::shell::{workspace_page, Chrome};
use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct HistoryQuery {
    da: Option<i64>,
    a: Option<i64>,
}

/// A version in the history list.
struct VersionLine {
    version: i64,
    when: String,
    editor: String,
    minor: bool,
}

/// A changed part, its label translated.
struct DiffView {
    label: String,
    pieces: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "kb/ws_history.html")]
struct HistoryPage<'a> {
    chrome: Chrome<'a>,
    id: String,
    title: String,
    from: i64,
    to: i64,
    versions: Vec<VersionLine>,
    diff: Vec<DiffView>,
}

workspace_page!(HistoryPage => Chrome);

impl<'a> HistoryPage<'a> {
    fn new(state: &'a AppState, req: &OperatorRequest, id: &str, h: HistoryView) -> Self {
        let chrome = Chrome::page(
            state,
            req,
            "kb-ws-history-title",
            &format!("/schede/{id}/versioni"),
        );
        let tr = chrome.layout.tr;
        Self {
            title: h.reached.record.title.clone(),
            from: h.from,
            to: h.to,
            versions: h
                .versions
                .iter()
                .map(|v| VersionLine {
                    version: v.version,
                    when: date_time(tr, v.created_at),
                    editor: v
                        .editor
                        .clone()
                        .unwrap_or_else(|| tr.t("kb-editor-system").into_owned()),
                    minor: v.minor,
                })
                .collect(),
            diff: h
                .diff
                .into_iter()
                .map(|d| DiffView {
                    label: part_label(&chrome, &d.key),
                    pieces: d.pieces,
                })
                .collect(),
            id: id.to_owned(),
            chrome,
        }
    }
}

pub async fn history(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Query(query): Query<HistoryQuery>,
) -> Result<Response, WebError> {
    let h = kb::editing::history(&state.app, &req.user, &id, query.da, query.a)
        .await?
        .ok_or(WebError::NotFound)?;
    let page = HistoryPage::new(&state, &req, &id, h);
    Ok(render_private(&page, StatusCode::OK)?)
}
