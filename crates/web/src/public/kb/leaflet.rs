//! A sheet's A4 leaflet (`/{lang}/{theme}/{slug}/volantino.pdf`, with the sheet's own
//! `?sportello=` or `?provincia=`): the PDF, made by the app with the labels of the reader's
//! language; an archived sheet answers as its page does (withdrawn, and what replaced it).

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sportello_app::kb::leaflet::{self, LeafletPage, LeafletRequest, Wording};

use super::{theme_of, withdrawn, AreaQuery};
use crate::platform::error::{ErrorCode, WebError};
use crate::platform::extract::{Lang, Origin};
use crate::platform::i18n::Tr;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_time;
use crate::AppState;

pub(super) fn routes() -> Routes {
    Routes::new().get("/{lang}/{theme}/{slug}/volantino.pdf", Allowed::Public, pdf)
}

/// The leaflet's words, from the reader's catalogue.
struct Words<'a>(Tr<'a>);

impl Wording for Words<'_> {
    fn text(&self, id: &str) -> String {
        self.0.t(id).into_owned()
    }

    fn date(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        date_time(self.0, at)
    }
}

async fn pdf(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Origin(origin): Origin,
    Path((_, theme, slug)): Path<(String, String, String)>,
    Query(area): Query<AreaQuery>,
) -> Result<Response, WebError> {
    let request = LeafletRequest {
        theme: theme_of(&theme)?,
        slug: &slug,
        locale,
        desk: area.sportello.as_deref(),
        province: area.provincia.as_deref(),
    };
    let words = Words(state.i18n.tr(locale));
    match leaflet::leaflet(&state.app, request, &origin, &words).await? {
        None => Err(WebError::NotFound),
        Some(LeafletPage::Pdf { bytes, filename }) => Ok(pdf_response(bytes.to_vec(), &filename)),
        Some(LeafletPage::Withdrawn { title, replaced_by }) => {
            Ok(
                withdrawn(&state, locale, (request.theme, &slug), title, replaced_by)?
                    .into_response(),
            )
        }
        Some(LeafletPage::Limited) => Ok(limited()),
    }
}

fn pdf_response(bytes: Vec<u8>, filename: &str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    // The slug and a language tag: ASCII letters, digits and hyphens only.
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, no-cache"),
    );
    response
}

/// Too many leaflets made for this address or this node: the error page says to retry later.
fn limited() -> Response {
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        [(header::RETRY_AFTER, HeaderValue::from_static("60"))],
    )
        .into_response();
    response
        .extensions_mut()
        .insert(ErrorCode("kb.leaflet_limited"));
    response
}
