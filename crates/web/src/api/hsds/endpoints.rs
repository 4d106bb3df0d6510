//! The HSDS endpoints: one handler per operation, each with its OpenAPI annotation.

use super::params::Params;
use super::render::{found, page};
use crate::api::respond::ApiCtx;
use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

// `/services` and `/services/{id}`.

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
        ("full" = Option<bool>, Query, description = "Return fully nested services (then at most 20 per page, the default)."),
    )
)]
pub(super) async fn services(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let filter = params.service_filter()?;
        let nesting = params.nesting()?;
        let paging = params.paging_for(nesting)?;
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

// `/organizations` and `/organizations/{id}`.

/// Paginated list of organizations with their one-to-one fields (or fully nested with `full`).
#[utoipa::path(
    get,
    path = "/api/hsds/v3/organizations",
    operation_id = "getPaginatedListOfOrganizations",
    tag = "hsds",
    params(
        ("search" = Option<String>, Query, description = "Case-insensitive text in the name, alternate name or description."),
        ("full" = Option<bool>, Query, description = "Return fully nested organizations (then at most 20 per page, the default)."),
        ("page" = Option<u32>, Query, description = "Page number, from 1.", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Results per page: 50 unless given, at most 100 (more is refused with 400).", minimum = 1, maximum = 100),
        ("format" = Option<String>, Query, description = "Only `json`."),
    )
)]
pub(super) async fn organizations(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let nesting = params.nesting()?;
        let paging = params.paging_for(nesting)?;
        let search = params.text("search");
        let found = hsds::organizations(&ctx.state.app, search.as_deref(), paging, nesting).await?;
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
pub(super) async fn organization(
    ctx: ApiCtx,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let result = async {
        let full = Params::new(raw.as_deref()).flag("full_service")?;
        found(
            hsds::organization(&ctx.state.app, &id, full).await?,
            "organization",
        )
    }
    .await;
    ctx.respond(result)
}

// `/service_at_locations` and `/service_at_locations/{id}`.

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
        ("full" = Option<bool>, Query, description = "Return fully nested service_at_locations (then at most 20 per page, the default)."),
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
        let nesting = params.nesting()?;
        let paging = params.paging_for(nesting)?;
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

// `/taxonomies` and `/taxonomies/{id}`.

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
pub(super) async fn taxonomies(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let search = params.text("search");
        let found = hsds::taxonomies(&ctx.state.app, search.as_deref(), paging).await?;
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
pub(super) async fn taxonomy(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async { found(hsds::taxonomy(&ctx.state.app, &id).await?, "taxonomy") }.await;
    ctx.respond(result)
}

// `/taxonomy_terms` and `/taxonomy_terms/{id}`.

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
pub(super) async fn taxonomy_terms(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let filter = params.taxonomy_term_filter()?;
        let found = hsds::taxonomy_terms(&ctx.state.app, &filter, paging).await?;
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
pub(super) async fn taxonomy_term(ctx: ApiCtx, Path(id): Path<String>) -> Response {
    let result = async {
        found(
            hsds::taxonomy_term(&ctx.state.app, &id).await?,
            "taxonomy_term",
        )
    }
    .await;
    ctx.respond(result)
}
