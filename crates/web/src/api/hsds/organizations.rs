//! `/organizations` and `/organizations/{id}`.

use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

use super::params::Params;
use super::render::{found, page};
use super::respond::ApiCtx;

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
pub(super) async fn organizations(ctx: ApiCtx, RawQuery(raw): RawQuery) -> Response {
    let result = async {
        let params = Params::new(raw.as_deref());
        params.format()?;
        let paging = params.paging()?;
        let nesting = params.nesting()?;
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
