//! Articles due for review (`/{lang}/workspace/schede-da-rivedere`): the actor's published
//! articles that are overdue or due soon, and the hub editor's confirmation that one is
//! still right.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use sportello_app::kb::review::{self, Confirmed, DueArticle};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_text;
use crate::workspace::shell::{see_other, workspace_page, Chrome};
use crate::AppState;

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(
            "/{lang}/workspace/schede-da-rivedere",
            Allowed::AnyOperator,
            queue,
        )
        .post(
            "/{lang}/workspace/schede/{article}/revisione",
            Allowed::ArticleEditors,
            confirm,
        )
}

#[derive(Template)]
#[template(path = "kb/ws_review.html")]
struct ReviewPage<'a> {
    chrome: Chrome<'a>,
    lines: Vec<(DueArticle, String)>,
    confirmed: Option<String>,
}

workspace_page!(ReviewPage => Chrome);

#[derive(Debug, Deserialize)]
pub struct ReviewQuery {
    /// After a confirmation: the date the article is due again.
    fino: Option<chrono::NaiveDate>,
}

pub async fn queue(
    State(state): State<AppState>,
    req: OperatorRequest,
    Query(q): Query<ReviewQuery>,
) -> Result<Response, WebError> {
    let due = review::due(&state.app, &req.user).await?;
    let chrome = Chrome::page(&state, &req, "kb-review-title", "/schede-da-rivedere");
    let tr = chrome.layout.tr;
    let lines = due
        .into_iter()
        .map(|d| {
            let date = date_text(tr, d.review_by);
            (d, date)
        })
        .collect();
    let confirmed = q.fino.map(|d| {
        tr.t1("kb-review-marked", "date", date_text(tr, d))
            .into_owned()
    });
    let page = ReviewPage {
        chrome,
        lines,
        confirmed,
    };
    Ok(render_private(&page, StatusCode::OK)?)
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    /// Read leniently: a missing or garbled version is a stale confirmation (nothing done),
    /// and an article out of reach answers 404 whatever the body says.
    seen_version: Option<String>,
}

pub async fn confirm(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, id)): Path<(String, String)>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, WebError> {
    let seen = form
        .seen_version
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(-1);
    let done = review::confirm(&state.app, &req.user, &req.origin, &id, seen).await?;
    let lang = req.locale.tag();
    match done {
        Confirmed::Until(date) => Ok(see_other(&format!(
            "/{lang}/workspace/schede-da-rivedere?fino={date}"
        ))),
        // Changed meanwhile: the queue shows it as it is now.
        Confirmed::Stale => Ok(see_other(&format!("/{lang}/workspace/schede-da-rivedere"))),
        Confirmed::NotFound => Err(WebError::NotFound),
    }
}
