//! The public, read-only HSDS 3.0 API under `/api/hsds/v3/`, and its OpenAPI 3.1 document
//! at `/api/openapi.json`, generated from these handlers with `utoipa`.
//!
//! Names, parameters and shapes follow `spec/hsds-3.0/schema/openapi.json`. Lists are HSDS
//! pages; a bad parameter answers 400 `api.parameter_invalid` naming the parameter, an
//! unknown id 404 `api.not_found`. `per_page` above [`MAX_PER_PAGE`] is refused (400), not
//! clamped. Sensitive desks never show their address or position (the store sees to it).

use std::convert::Infallible;
use std::sync::OnceLock;

use axum::extract::{FromRef, FromRequestParts, Path, RawQuery, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use sportello_core::Locale;
use sportello_store::hsds::catalogue::{self as hsds_catalogue, ColumnType};
use sportello_store::{
    HsdsNested, HsdsObject, HsdsPage, HsdsValue, Nesting, Paging, ServiceAtLocationFilter,
    ServiceFilter, StoreError, TaxonomyTermFilter,
};
use utoipa::openapi::path::Operation;
use utoipa::openapi::schema::{
    AllOfBuilder, ArrayBuilder, ObjectBuilder, Ref, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{ContentBuilder, RefOr, ResponseBuilder};
use utoipa::{Modify, OpenApi};

use crate::platform::error::ErrorCode;
use crate::platform::layout::{preferred_locale, Rendered};
use crate::platform::middleware::RequestId;
use crate::AppState;

/// HSDS version this API serves.
pub const HSDS_VERSION: &str = "3.0";
/// Page size when `per_page` is not given.
pub const DEFAULT_PER_PAGE: u32 = 50;
/// Largest `per_page` accepted; larger values are refused with 400.
pub const MAX_PER_PAGE: u32 = 100;
/// Largest `proximity` accepted, in metres.
const MAX_PROXIMITY_M: f64 = 1_000_000.0;

const PREFIX: &str = "/api/hsds/v3";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/hsds/v3", get(about))
        .route("/api/hsds/v3/", get(about))
        .route("/api/hsds/v3/services", get(services))
        .route("/api/hsds/v3/services/{id}", get(service))
        .route("/api/hsds/v3/organizations", get(organizations))
        .route("/api/hsds/v3/organizations/{id}", get(organization))
        .route(
            "/api/hsds/v3/service_at_locations",
            get(service_at_locations),
        )
        .route(
            "/api/hsds/v3/service_at_locations/{id}",
            get(service_at_location),
        )
        .route("/api/hsds/v3/taxonomies", get(taxonomies))
        .route("/api/hsds/v3/taxonomies/{id}", get(taxonomy))
        .route("/api/hsds/v3/taxonomy_terms", get(taxonomy_terms))
        .route("/api/hsds/v3/taxonomy_terms/{id}", get(taxonomy_term))
        .route("/api/openapi.json", get(openapi_json))
}

// ---------------------------------------------------------------------------------------
// Errors: JSON in the shape `render_errors` gives every `/api/` error, plus the detail.

#[derive(Debug)]
enum ApiError {
    /// A query parameter that cannot be used as given.
    Invalid {
        parameter: &'static str,
        reason: &'static str,
    },
    NotFound(&'static str),
    Store(StoreError),
    /// Anything else that failed; the detail goes to the log only.
    Internal(String),
}

impl ApiError {
    fn invalid(parameter: &'static str, reason: &'static str) -> Self {
        ApiError::Invalid { parameter, reason }
    }

    fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Store(StoreError::Timeout) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Store(_) | ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::Invalid { .. } => "api.parameter_invalid",
            ApiError::NotFound(_) => "api.not_found",
            ApiError::Store(StoreError::Timeout) => "store.unavailable",
            ApiError::Store(_) | ApiError::Internal(_) => "internal",
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ApiError::Store(e)
    }
}

impl From<sportello_app::Error> for ApiError {
    fn from(e: sportello_app::Error) -> Self {
        match e {
            sportello_app::Error::Store(e) => ApiError::Store(e),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// What every handler needs to answer: the state, and the request id and language for
/// error bodies.
#[derive(Debug)]
struct ApiCtx {
    state: AppState,
    request_id: String,
    locale: Locale,
}

impl<S> FromRequestParts<S> for ApiCtx
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Infallible> {
        Ok(Self {
            state: AppState::from_ref(state),
            request_id: parts
                .extensions
                .get::<RequestId>()
                .map_or_else(|| "-".to_owned(), |r| r.0.clone()),
            locale: preferred_locale(&parts.headers),
        })
    }
}

impl ApiCtx {
    fn respond(&self, result: Result<Value, ApiError>) -> Response {
        match result {
            Ok(body) => Json(body).into_response(),
            Err(e) => self.error(&e),
        }
    }

    fn error(&self, e: &ApiError) -> Response {
        let status = e.status();
        let code = e.code();
        let tr = self.state.i18n.tr(self.locale);
        let mut error = Map::new();
        error.insert("code".into(), code.into());
        error.insert(
            "message".into(),
            tr.t(&format!(
                "error-{}-title",
                crate::platform::error::message_status(status)
            ))
            .into_owned()
            .into(),
        );
        error.insert("request_id".into(), self.request_id.clone().into());
        match e {
            ApiError::Invalid { parameter, reason } => {
                error.insert("parameter".into(), (*parameter).into());
                error.insert("detail".into(), format!("{parameter}: {reason}").into());
            }
            ApiError::NotFound(resource) => {
                error.insert(
                    "detail".into(),
                    format!("no {resource} with this id").into(),
                );
            }
            ApiError::Store(inner) => {
                // The detail goes to the log only.
                tracing::error!(error = %inner, "HSDS API store error");
            }
            ApiError::Internal(inner) => {
                tracing::error!(error = %inner, "HSDS API error");
            }
        }
        let mut response = (status, Json(json!({ "error": error }))).into_response();
        response.extensions_mut().insert(ErrorCode(code));
        response.extensions_mut().insert(Rendered);
        response
    }
}

// ---------------------------------------------------------------------------------------
// Query parameters.

/// The decoded query string. A parameter given twice counts with its first value; an empty
/// value counts as absent; parameters this API does not know are ignored.
#[derive(Debug)]
struct Params(Vec<(String, String)>);

impl Params {
    fn new(raw: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(raw.unwrap_or("").as_bytes())
                .into_owned()
                .collect(),
        )
    }

    fn text(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    fn flag(&self, name: &'static str) -> Result<bool, ApiError> {
        match self.text(name).as_deref() {
            None | Some("false") => Ok(false),
            Some("true") => Ok(true),
            Some(_) => Err(ApiError::invalid(name, "must be true or false")),
        }
    }

    fn paging(&self) -> Result<Paging, ApiError> {
        let page = match self.text("page") {
            None => 1,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|p| *p >= 1)
                .ok_or(ApiError::invalid("page", "must be a whole number from 1"))?,
        };
        let per_page = match self.text("per_page") {
            None => DEFAULT_PER_PAGE,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                .ok_or(ApiError::invalid(
                    "per_page",
                    "must be a whole number from 1 to 100",
                ))?,
        };
        Ok(Paging { page, per_page })
    }

    /// Only JSON pages are served (`ndjson` streaming is not offered).
    fn format(&self) -> Result<(), ApiError> {
        match self.text("format").as_deref() {
            None | Some("json") => Ok(()),
            Some(_) => Err(ApiError::invalid("format", "only json is supported")),
        }
    }

    fn nesting(&self) -> Result<Nesting, ApiError> {
        Ok(if self.flag("full")? {
            Nesting::Full
        } else {
            Nesting::List
        })
    }

    fn service_filter(&self) -> Result<ServiceFilter, ApiError> {
        let modified_after = match self.text("modified_after") {
            None => None,
            Some(v) => Some(
                DateTime::parse_from_rfc3339(&v)
                    .map_err(|_| {
                        ApiError::invalid(
                            "modified_after",
                            "must be an RFC 3339 date-time, e.g. 2026-01-31T09:00:00Z",
                        )
                    })?
                    .with_timezone(&Utc),
            ),
        };
        Ok(ServiceFilter {
            search: self.text("search"),
            taxonomy_term_id: self.text("taxonomy_term_id"),
            taxonomy_id: self.text("taxonomy_id"),
            organization_id: self.text("organization_id"),
            modified_after,
        })
    }
}

// ---------------------------------------------------------------------------------------
// JSON rendering.

fn value(v: &HsdsValue) -> Value {
    match v {
        HsdsValue::Text(s) => Value::String(s.clone()),
        // Whole numbers print as integers (an extension of 100, not 100.0).
        #[allow(clippy::cast_possible_truncation)]
        HsdsValue::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
            Value::from(*n as i64)
        }
        HsdsValue::Number(n) => serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
    }
}

fn object(o: &HsdsObject) -> Value {
    let mut map = Map::new();
    for (name, v) in &o.fields {
        map.insert((*name).to_owned(), value(v));
    }
    for (name, nested) in &o.nested {
        let v = match nested {
            HsdsNested::One(one) => object(one),
            HsdsNested::Many(many) => Value::Array(many.iter().map(object).collect()),
        };
        map.insert((*name).to_owned(), v);
    }
    Value::Object(map)
}

/// The HSDS `Page` object around `page.contents`.
fn page(page: &HsdsPage, paging: Paging) -> Value {
    let total_pages = page.total_items.div_ceil(u64::from(paging.per_page));
    json!({
        "total_items": page.total_items,
        "total_pages": total_pages,
        "page_number": paging.page,
        "size": page.contents.len(),
        "first_page": paging.page == 1,
        "last_page": u64::from(paging.page) >= total_pages,
        "empty": page.contents.is_empty(),
        "contents": page.contents.iter().map(object).collect::<Vec<_>>(),
    })
}

fn found(o: Option<HsdsObject>, resource: &'static str) -> Result<Value, ApiError> {
    o.map(|o| object(&o)).ok_or(ApiError::NotFound(resource))
}

// ---------------------------------------------------------------------------------------
// Handlers.

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

/// Paginated listing of services with their one-to-one fields (or fully nested with `full`).
#[utoipa::path(
    get,
    path = "/api/hsds/v3/services",
    operation_id = "getPaginatedListOfServices",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the name, alternate name or description."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
        ("taxonomy_term_id" = Option<String>, Query, description = "Services with an attribute linking them to this taxonomy term."),
        ("taxonomy_id" = Option<String>, Query, description = "Services with an attribute linking them to any term of this taxonomy."),
        ("organization_id" = Option<String>, Query, description = "Services of this organization."),
        ("modified_after" = Option<String>, Query, format = DateTime, description = "Services whose last_modified is on or after this RFC 3339 date-time."),
        ("full" = Option<bool>, Query, description = "Return fully nested services."),
    )
)]
async fn services(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let filter = params.service_filter()?;
        let nesting = params.nesting()?;
        let found = if filter.search.is_some() {
            // Substring search runs on the in-memory service index (app::directory), which
            // answers with the page's ids; only those services are read from the database.
            let snapshot = ctx.state.app.directory().snapshot().await?;
            let per_page = paging.per_page as usize;
            let offset = (paging.page.max(1) as usize - 1) * per_page;
            let (total, ids) = snapshot.services.search(&filter, offset, per_page);
            HsdsPage {
                total_items: total as u64,
                contents: ctx
                    .state
                    .app
                    .store_for_hsds_api()
                    .hsds_services_with_ids(&ids, nesting)
                    .await?,
            }
        } else {
            ctx.state
                .app
                .store_for_hsds_api()
                .hsds_services(&filter, paging, nesting)
                .await?
        };
        Ok(page(&found, paging))
    }
    .await;
    ctx.respond(result)
}

/// A fully nested service.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/services/{id}",
    operation_id = "getFullyNestedServiceById",
    tag = "hsds",
    params(("id" = String, Path, description = "The id of the service."))
)]
async fn service(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            ctx.state.app.store_for_hsds_api().hsds_service(&id).await?,
            "service",
        )
    }
    .await;
    ctx.respond(result)
}

/// Paginated list of organizations with their one-to-one fields (or fully nested with `full`).
#[utoipa::path(
    get,
    path = "/api/hsds/v3/organizations",
    operation_id = "getPaginatedListOfOrganizations",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the name, alternate name or description."),
        ("full" = Option<bool>, Query, description = "Return fully nested organizations."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
    )
)]
async fn organizations(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let nesting = params.nesting()?;
        let search = params.text("search");
        let found = ctx
            .state
            .app
            .store_for_hsds_api()
            .hsds_organizations(search.as_deref(), paging, nesting)
            .await?;
        Ok(page(&found, paging))
    }
    .await;
    ctx.respond(result)
}

/// A nested organization; its services carry their one-to-one fields unless `full_service`.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/organizations/{id}",
    operation_id = "getOrganizationById",
    tag = "hsds",
    params(
        ("id" = String, Path, description = "The id of the organization."),
        ("full_service" = Option<bool>, Query, description = "Nest the organization's services fully."),
    )
)]
async fn organization(ctx: ApiCtx, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let full = Params::new(raw.as_deref()).flag("full_service")?;
        found(
            ctx.state
                .app
                .store_for_hsds_api()
                .hsds_organization(&id, full)
                .await?,
            "organization",
        )
    }
    .await;
    ctx.respond(result)
}

/// Paginated list of service_at_locations with their location and service.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/service_at_locations",
    operation_id = "getPaginatedListOfServiceAtLocation",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the service's name, alternate name or description."),
        ("taxonomy_term_id" = Option<String>, Query, description = "Services with an attribute linking them to this taxonomy term."),
        ("taxonomy_id" = Option<String>, Query, description = "Services with an attribute linking them to any term of this taxonomy."),
        ("organization_id" = Option<String>, Query, description = "Services of this organization."),
        ("modified_after" = Option<String>, Query, format = DateTime, description = "Services whose last_modified is on or after this RFC 3339 date-time."),
        ("full" = Option<bool>, Query, description = "Return fully nested service_at_locations."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
        ("postcode" = Option<String>, Query, description = "Alone: locations with an address in this postcode. With `proximity`: the centre to measure from (the mean position of the postcode's known locations). Sensitive locations are left out."),
        ("proximity" = Option<f64>, Query, description = "Distance in metres from the centroid of `postcode` (required with it); results come nearest first."),
    )
)]
async fn service_at_locations(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let nesting = params.nesting()?;
        let postcode = params.text("postcode");
        let proximity_m = match params.text("proximity") {
            None => None,
            Some(v) => Some(
                v.parse::<f64>()
                    .ok()
                    .filter(|m| m.is_finite() && *m > 0.0 && *m <= MAX_PROXIMITY_M)
                    .ok_or(ApiError::invalid(
                        "proximity",
                        "must be a distance in metres, above 0 and at most 1000000",
                    ))?,
            ),
        };
        if proximity_m.is_some() && postcode.is_none() {
            return Err(ApiError::invalid(
                "proximity",
                "needs a postcode to measure from",
            ));
        }
        let filter = ServiceAtLocationFilter {
            service: params.service_filter()?,
            postcode,
            proximity_m,
        };
        let found = ctx
            .state
            .app
            .store_for_hsds_api()
            .hsds_service_at_locations(&filter, paging, nesting)
            .await?;
        Ok(page(&found, paging))
    }
    .await;
    ctx.respond(result)
}

/// A fully nested service_at_location, with its location and service.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/service_at_locations/{id}",
    operation_id = "getServiceAtLocationWithNestedDataById",
    tag = "hsds",
    params(("id" = String, Path, description = "The id of the service_at_location."))
)]
async fn service_at_location(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            ctx.state
                .app
                .store_for_hsds_api()
                .hsds_service_at_location(&id)
                .await?,
            "service_at_location",
        )
    }
    .await;
    ctx.respond(result)
}

/// Paginated listing of taxonomies.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/taxonomies",
    operation_id = "getPaginatedListOfTaxonomies",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the name or description."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
    )
)]
async fn taxonomies(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let search = params.text("search");
        let found = ctx
            .state
            .app
            .store_for_hsds_api()
            .hsds_taxonomies(search.as_deref(), paging)
            .await?;
        Ok(page(&found, paging))
    }
    .await;
    ctx.respond(result)
}

/// Full information on a taxonomy.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/taxonomies/{id}",
    operation_id = "getTaxonomyById",
    tag = "hsds",
    params(("id" = String, Path, description = "The id of the taxonomy."))
)]
async fn taxonomy(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            ctx.state
                .app
                .store_for_hsds_api()
                .hsds_taxonomy(&id)
                .await?,
            "taxonomy",
        )
    }
    .await;
    ctx.respond(result)
}

/// Paginated listing of taxonomy terms.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/taxonomy_terms",
    operation_id = "getPaginatedListOfTaxonomyTerms",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the code, name or description."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
        ("taxonomy_id" = Option<String>, Query, description = "Terms of this taxonomy."),
        ("top_only" = Option<bool>, Query, description = "Only terms without a parent."),
        ("parent_id" = Option<String>, Query, description = "Terms whose parent is this term."),
    )
)]
async fn taxonomy_terms(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let filter = TaxonomyTermFilter {
            search: params.text("search"),
            taxonomy_id: params.text("taxonomy_id"),
            parent_id: params.text("parent_id"),
            top_only: params.flag("top_only")?,
        };
        let found = ctx
            .state
            .app
            .store_for_hsds_api()
            .hsds_taxonomy_terms(&filter, paging)
            .await?;
        Ok(page(&found, paging))
    }
    .await;
    ctx.respond(result)
}

/// Full information on a taxonomy term.
#[utoipa::path(
    get,
    path = "/api/hsds/v3/taxonomy_terms/{id}",
    operation_id = "getTaxonomyTermById",
    tag = "hsds",
    params(("id" = String, Path, description = "The id of the taxonomy term."))
)]
async fn taxonomy_term(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            ctx.state
                .app
                .store_for_hsds_api()
                .hsds_taxonomy_term(&id)
                .await?,
            "taxonomy_term",
        )
    }
    .await;
    ctx.respond(result)
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
        description = "Public, read-only Open Referral HSDS 3.0 API of the sportello directory. \
                       Sensitive locations carry neither address nor position."
    ),
    paths(
        about,
        services,
        service,
        organizations,
        organization,
        service_at_locations,
        service_at_location,
        taxonomies,
        taxonomy,
        taxonomy_terms,
        taxonomy_term
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

/// Which HSDS object each operation answers with; `true` for a page of them.
const RESPONSES: &[(&str, &str, bool)] = &[
    ("/services", "service", true),
    ("/services/{id}", "service", false),
    ("/organizations", "organization", true),
    ("/organizations/{id}", "organization", false),
    ("/service_at_locations", "service_at_location", true),
    ("/service_at_locations/{id}", "service_at_location", false),
    ("/taxonomies", "taxonomy", true),
    ("/taxonomies/{id}", "taxonomy", false),
    ("/taxonomy_terms", "taxonomy_term", true),
    ("/taxonomy_terms/{id}", "taxonomy_term", false),
];

/// Adds a schema per HSDS table (from the store's catalogue of the specification), the
/// `Page` and `Error` schemas, and the responses of every operation.
#[derive(Debug)]
struct HsdsSchemas;

impl Modify for HsdsSchemas {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        for table in hsds_catalogue::TABLES {
            let mut object = ObjectBuilder::new().schema_type(Type::Object);
            for column in table.columns {
                let kind = match column.kind {
                    ColumnType::Text => Type::String,
                    ColumnType::Number => Type::Number,
                };
                let mut property = ObjectBuilder::new().schema_type(kind);
                if !column.format.is_empty() {
                    property = property.format(Some(SchemaFormat::Custom(column.format.into())));
                }
                object = object.property(column.name, property);
                if column.required {
                    object = object.required(column.name);
                }
            }
            components
                .schemas
                .insert(table.object.to_owned(), RefOr::T(object.build().into()));
        }
        let int = || ObjectBuilder::new().schema_type(Type::Integer);
        let boolean = || ObjectBuilder::new().schema_type(Type::Boolean);
        let page = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("total_items", int())
            .property("total_pages", int())
            .property("page_number", int())
            .property("size", int())
            .property("first_page", boolean())
            .property("last_page", boolean())
            .property("empty", boolean());
        components
            .schemas
            .insert("Page".into(), RefOr::T(page.build().into()));
        let text = || ObjectBuilder::new().schema_type(Type::String);
        let error = ObjectBuilder::new().schema_type(Type::Object).property(
            "error",
            ObjectBuilder::new()
                .schema_type(Type::Object)
                .property("code", text())
                .property("message", text())
                .property("request_id", text())
                .property("parameter", text())
                .property("detail", text())
                .required("code")
                .required("request_id"),
        );
        components
            .schemas
            .insert("Error".into(), RefOr::T(error.build().into()));

        let about = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("version", text())
            .property(
                "profile",
                text().format(Some(SchemaFormat::Custom("uri".into()))),
            )
            .property(
                "openapi_url",
                text().format(Some(SchemaFormat::Custom("uri".into()))),
            );
        if let Some(op) = get_operation(openapi, "/") {
            op.responses.responses.insert(
                "200".into(),
                json_response(
                    "Information about this API and its relationship with HSDS.",
                    about.build().into(),
                ),
            );
        }
        for (path, object, list) in RESPONSES {
            let Some(op) = get_operation(openapi, path) else {
                continue;
            };
            let item: RefOr<Schema> = Ref::from_schema_name(*object).into();
            let (description, schema): (String, RefOr<Schema>) = if *list {
                let contents = ObjectBuilder::new()
                    .schema_type(Type::Object)
                    .property("contents", ArrayBuilder::new().items(item));
                (
                    format!("A page of {object} objects."),
                    RefOr::T(Schema::AllOf(
                        AllOfBuilder::new()
                            .item(Ref::from_schema_name("Page"))
                            .item(contents)
                            .build(),
                    )),
                )
            } else {
                (format!("The {object} with this id."), item)
            };
            op.responses
                .responses
                .insert("200".into(), json_response(&description, schema));
            op.responses.responses.insert(
                "400".into(),
                json_response(
                    "A parameter is invalid (code api.parameter_invalid).",
                    Ref::from_schema_name("Error").into(),
                ),
            );
            if !*list {
                op.responses.responses.insert(
                    "404".into(),
                    json_response(
                        "No object has this id (code api.not_found).",
                        Ref::from_schema_name("Error").into(),
                    ),
                );
            }
        }
    }
}

fn get_operation<'a>(
    openapi: &'a mut utoipa::openapi::OpenApi,
    path: &str,
) -> Option<&'a mut Operation> {
    openapi
        .paths
        .paths
        .get_mut(&format!("{PREFIX}{path}"))
        .and_then(|item| item.get.as_mut())
}

fn json_response(description: &str, schema: RefOr<Schema>) -> RefOr<utoipa::openapi::Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/json",
                ContentBuilder::new().schema(Some(schema)).build(),
            )
            .build(),
    )
}
