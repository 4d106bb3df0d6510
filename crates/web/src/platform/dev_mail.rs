//! Development only (`--dev` with the `folder` mail transport): `/dev/mail` shows the
//! messages the demo would have sent, newest first.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::platform::error::WebError;
use crate::platform::layout::{preferred_locale, render, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

pub fn routes() -> Routes {
    Routes::new().get("/dev/mail", Allowed::Public, dev_mail)
}

#[derive(Template)]
#[template(path = "platform/dev_mail.html")]
struct DevMailPage<'a> {
    layout: Layout<'a>,
    messages: Vec<String>,
}

pub async fn dev_mail(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let Some(messages) = sportello_app::platform::mail::dev_messages(&state.app, 50) else {
        return Err(WebError::NotFound);
    };
    let locale = preferred_locale(&headers);
    let title = state.i18n.tr(locale).t("dev-mail-title").into_owned();
    let layout = Layout::new(&state, locale, title, "/");
    Ok(render(&DevMailPage { layout, messages }, StatusCode::OK)?.into_response())
}
