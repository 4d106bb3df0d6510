//! `/taxonomy_terms` and `/taxonomy_terms/{id}`.

use axum::extract::{Path, RawQuery};
use axum::response::Response;
use sportello_app::hsds;

use super::params::Params;
use super::render::{found, page};
use super::respond::ApiCtx;

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
