//! The public desk finder (`/{lang}/sportelli`), desk pages and the GeoJSON of public desks.
//!
//! The finder is a plain GET form: it works without JavaScript, every filter lives in the
//! URL (so a result can be bookmarked, shared and paged), and a value that cannot be used is
//! kept in the form with a translated message next to it. The map (`finder.js`) only adds to
//! the list, which stays the primary, accessible view.

mod desk;
mod finder;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sportello_app::directory::public::{self, DirectoryView};
use sportello_app::directory::FinderQuery;

use self::desk::DeskPage;
use self::finder::{FinderPage, FinderParams};
use crate::platform::error::WebError;
use crate::platform::extract::{query_string, Lang};
use crate::platform::layout::{render, HtmlPage};
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

/// The public directory's routes: anyone may use them.
pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/sportelli", Allowed::Public, finder)
        .get("/{lang}/sportelli/{slug}", Allowed::Public, desk)
        .get("/api/desks.geojson", Allowed::Public, geojson)
}

pub async fn finder(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(raw): RawQuery,
) -> Result<HtmlPage, WebError> {
    let params: FinderParams = query_string(raw.as_deref())?;
    let view = public::directory_view(&state.app).await?;
    let page = FinderPage::new(&state, locale, raw.as_deref(), &params, &view);
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        // The page still shows the form and what was typed; the status tells machines.
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(&page, status).map_err(WebError::from)
}

pub async fn desk(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, slug)): Path<(String, String)>,
) -> Result<HtmlPage, WebError> {
    let data = public::desk_view(&state.app, &slug).await?;
    let data = data.ok_or(WebError::NotFound)?;
    render(&DeskPage::new(&state, locale, &data), StatusCode::OK).map_err(WebError::from)
}

/// `/api/desks.geojson`: the public desks the finder would show for the same query, as a
/// GeoJSON FeatureCollection (sensitive desks have no public position and are left out).
pub async fn geojson(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let params: FinderParams = query_string(raw.as_deref())?;
    let (mut query, _) = params.parse();
    let DirectoryView { snapshot, local } = public::directory_view(&state.app).await?;
    query.page = 1;
    let all = FinderQuery {
        near: None,
        ..query
    };
    let features: Vec<serde_json::Value> = snapshot
        .find_all(&all, local)
        .filter_map(|desk| {
            let point = desk.card.point?;
            Some(serde_json::json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [point.longitude, point.latitude]},
                "properties": {
                    "slug": desk.card.slug,
                    "name": desk.card.name,
                    "level": desk.card.level.as_str(),
                    "comune": desk.card.comune,
                    "address": desk.card.address,
                },
            }))
        })
        .collect();
    let body = serde_json::json!({"type": "FeatureCollection", "features": features});
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    Ok(response)
}
