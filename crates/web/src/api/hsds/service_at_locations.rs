//! `/service_at_locations` and `/service_at_locations/{id}`.

use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

use super::params::Params;
use super::render::{found, page};
use super::respond::ApiCtx;

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
pub(super) async fn service_at_locations(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let nesting = params.nesting()?;
        let filter = params.service_at_location_filter()?;
        let found = hsds::service_at_locations(&ctx.state.app, &filter, paging, nesting).await?;
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
pub(super) async fn service_at_location(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            hsds::service_at_location(&ctx.state.app, &id).await?,
            "service_at_location",
        )
    }
    .await;
    ctx.respond(result)
}
