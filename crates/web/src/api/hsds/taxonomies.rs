//! `/taxonomies` and `/taxonomies/{id}`.

use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

use super::params::Params;
use super::render::{found, page};
use super::respond::ApiCtx;

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
