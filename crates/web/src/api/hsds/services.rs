//! `/services` and `/services/{id}`.

use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

use super::params::Params;
use super::render::{found, page};
use super::respond::ApiCtx;

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
pub(super) async fn services(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let filter = params.service_filter()?;
        let nesting = params.nesting()?;
        let found = hsds::services(&ctx.state.app, &filter, paging, nesting).await?;
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
pub(super) async fn service(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async { found(hsds::service(&ctx.state.app, &id).await?, "service") }.await;
    ctx.respond(result)
}
