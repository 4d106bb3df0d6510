//! The public, read-only HSDS 3.0 API under `/api/hsds/v3/`, and its OpenAPI 3.1 document
//! at `/api/openapi.json`, generated from these handlers with `utoipa`.
//!
//! Names, parameters and shapes follow `spec/hsds-3.0/schema/openapi.json`. Lists are HSDS
//! pages; a bad parameter answers 400 `api.parameter_invalid` naming the parameter, an
//! unknown id 404 `api.not_found`. `per_page` above [`MAX_PER_PAGE`] (above [`MAX_FULL_PER_PAGE`]
//! for fully nested lists) is refused (400), not clamped. Sensitive desks never show their address or position (the store sees to it).
//!
//! One module per resource holds its handlers; `params` parses the query string, `render`
//! writes HSDS JSON, `respond` answers (errors included), `schemas` completes the OpenAPI
//! document from the store's catalogue of the specification.

mod endpoints;
mod params;
mod render;
mod schemas;

use std::sync::OnceLock;

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use utoipa::OpenApi;

use self::schemas::HsdsSchemas;
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

/// HSDS version this API serves.
pub const HSDS_VERSION: &str = "3.0";
/// Page size when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Largest `per_page` accepted; larger values are refused with 400.
pub const MAX_PER_PAGE: u32 = 100;
/// Largest `per_page` (and the default) of a list with `full=true`.
pub const MAX_FULL_PER_PAGE: u32 = 20;
/// Largest `proximity` accepted, in metres.
const MAX_PROXIMITY_M: f64 = 1_000_000.0;

const PREFIX: &str = "/api/hsds/v3";

/// The HSDS API's routes: public and read-only.
pub fn routes() -> Routes {
    use Allowed::Public;
    Routes::new()
        .get("/api/hsds/v3", Public, about)
        .get("/api/hsds/v3/", Public, about)
        .get("/api/hsds/v3/services", Public, endpoints::services)
        .get("/api/hsds/v3/services/{id}", Public, endpoints::service)
        .get(
            "/api/hsds/v3/organizations",
            Public,
            endpoints::organizations,
        )
        .get(
            "/api/hsds/v3/organizations/{id}",
            Public,
            endpoints::organization,
        )
        .get(
            "/api/hsds/v3/service_at_locations",
            Public,
            endpoints::service_at_locations,
        )
        .get(
            "/api/hsds/v3/service_at_locations/{id}",
            Public,
            endpoints::service_at_location,
        )
        .get("/api/hsds/v3/taxonomies", Public, endpoints::taxonomies)
        .get("/api/hsds/v3/taxonomies/{id}", Public, endpoints::taxonomy)
        .get(
            "/api/hsds/v3/taxonomy_terms",
            Public,
            endpoints::taxonomy_terms,
        )
        .get(
            "/api/hsds/v3/taxonomy_terms/{id}",
            Public,
            endpoints::taxonomy_term,
        )
        .get("/api/openapi.json", Public, openapi_json)
}

/// Retrieve information about this API and its relationship with HSDS.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/",
    operation_id = "getAPIMetaInformation",
    tag = "hsds"
)]
async fn about(State(state): State<AppState>) -> Response {
    let base = state.settings.server.public_url.trim_end_matches('/');
    Json(json!({
        "version": HSDS_VERSION,
        "profile": "https://docs.openreferral.org/en/3.0/",
        "openapi_url": format!("{base}/api/openapi.json"),
    }))
    .into_response()
}

/// The OpenAPI 3.1 document of this API.
async fn openapi_json() -> Response {
    static DOCUMENT: OnceLock<String> = OnceLock::new();
    let body = DOCUMENT.get_or_init(openapi_document);
    let mut response = body.clone().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

// ---------------------------------------------------------------------------------------
// The OpenAPI document.

#[derive(OpenApi)]
#[openapi(
    info(
        title = "sportello HSDS API",
        version = "3.0",
        description = "Public, read-only Open Referral HSDS 3.0 API of the sportello directory, \
                       and the portal's search (`/api/v1/search`). \
                       Sensitive locations carry neither address nor position."
    ),
    paths(
        about,
        endpoints::services,
        endpoints::service,
        endpoints::organizations,
        endpoints::organization,
        endpoints::service_at_locations,
        endpoints::service_at_location,
        endpoints::taxonomies,
        endpoints::taxonomy,
        endpoints::taxonomy_terms,
        endpoints::taxonomy_term,
        crate::api::search::results,
        crate::api::search::suggest
    ),
    modifiers(&HsdsSchemas)
)]
struct ApiDoc;

/// Serialises the document (generated once per process).
pub fn openapi_document() -> String {
    serde_json::to_string(&ApiDoc::openapi()).unwrap_or_else(|e| {
        tracing::error!(error = %e, "OpenAPI document does not serialise");
        "{}".to_owned()
    })
}
