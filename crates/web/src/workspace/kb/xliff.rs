//! XLIFF 2.0 exchange with translation agencies, from a language's queue: download what
//! needs translating (or everything), upload what the agency sends back.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sportello_app::kb::translations;
use sportello_app::kb::xliff::{self, Imported, MAX_IMPORT_BYTES};

use super::translations::{locale_of, render_queue, QueueNotice};
use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::upload::{file_field, Upload};
use crate::workspace::shell::see_other;
use crate::AppState;

pub(super) fn routes() -> Routes {
    let path = "/{lang}/workspace/schede-tradotte/{locale}/xliff";
    Routes::new()
        .get(path, Allowed::Translators, export)
        .upload(path, Allowed::Translators, import)
}

#[derive(Debug, Deserialize)]
pub struct ExportQuery {
    /// Present: every published article, not only those needing work.
    tutte: Option<String>,
}

pub async fn export(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, tag)): Path<(String, String)>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    let text = xliff::export(&state.app, &req.user, locale, q.tutte.is_some()).await?;
    let disposition = format!("attachment; filename=\"sportello-it-{}.xlf\"", locale.tag());
    let headers = [
        (
            header::CONTENT_TYPE,
            "application/xliff+xml; charset=utf-8".to_owned(),
        ),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "no-store".to_owned()),
    ];
    Ok((headers, text).into_response())
}

/// The uploaded file as text, or the message id of what is wrong with the upload.
async fn uploaded_text(
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Result<String, &'static str>, WebError> {
    // A body that is not a file upload holds no file.
    let upload = match multipart {
        Ok(multipart) => file_field(multipart, "file", MAX_IMPORT_BYTES).await?,
        Err(_) => Upload::Missing,
    };
    Ok(match upload {
        Upload::Missing => Err("kb-xliff-no-file"),
        Upload::TooLarge => Err("kb-xliff-too-large"),
        Upload::File(bytes) => String::from_utf8(bytes).map_err(|_| "kb-xliff-encoding"),
    })
}

pub async fn import(
    State(state): State<AppState>,
    req: OperatorRequest,
    Path((_, tag)): Path<(String, String)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, WebError> {
    let locale = locale_of(&tag)?;
    // Who may import is known before the body is read: anyone else learns nothing more.
    if !translations::may_translate(&req.user, locale) {
        return Err(WebError::Forbidden("access.forbidden"));
    }
    let notice = match uploaded_text(multipart).await? {
        Err(id) => QueueNotice::Upload(id),
        Ok(text) => match xliff::import(&state.app, &req.user, &req.origin, locale, &text).await? {
            Imported::Refused(problems) => QueueNotice::Refused(problems),
            Imported::Saved(n) => {
                let lang = req.locale.tag();
                let to = format!("/{lang}/workspace/schede-tradotte/{tag}?importate={n}");
                return Ok(see_other(&to));
            }
        },
    };
    render_queue(&state, &req, locale, notice).await
}
