//! The reads of the public HSDS API (`/api/hsds/v3/`): pages of objects and single nested
//! objects, one use case per operation. The web layer parses the parameters and renders
//! the JSON; the columns and nesting come from the store's catalogue of the specification.
//! Sensitive desks never show their address or position (the store sees to it).

use sportello_store::{
    HsdsObject, HsdsPage, Nesting, Paging, ServiceAtLocationFilter, ServiceFilter,
    TaxonomyTermFilter,
};

use crate::{App, Result};

/// `/services`: a page of services matching `filter`.
pub async fn services(
    app: &App,
    filter: &ServiceFilter,
    paging: Paging,
    nesting: Nesting,
) -> Result<HsdsPage> {
    if filter.search.is_some() {
        // Substring search runs on the in-memory service index (app::directory), which
        // answers with the page's ids; only those services are read from the database.
        let snapshot = app.directory().snapshot().await?;
        let per_page = paging.per_page as usize;
        let offset = (paging.page.max(1) as usize - 1) * per_page;
        let (total, ids) = snapshot.services.search(filter, offset, per_page);
        Ok(HsdsPage {
            total_items: total as u64,
            contents: app.store().hsds_services_with_ids(&ids, nesting).await?,
        })
    } else {
        Ok(app.store().hsds_services(filter, paging, nesting).await?)
    }
}

/// `/services/{id}`: a fully nested service.
pub async fn service(app: &App, id: &str) -> Result<Option<HsdsObject>> {
    Ok(app.store().hsds_service(id).await?)
}

/// `/organizations`: a page of organizations, `search` in their names or description.
pub async fn organizations(
    app: &App,
    search: Option<&str>,
    paging: Paging,
    nesting: Nesting,
) -> Result<HsdsPage> {
    Ok(app
        .store()
        .hsds_organizations(search, paging, nesting)
        .await?)
}

/// `/organizations/{id}`: a nested organization; its services fully nested when
/// `full_services`.
pub async fn organization(app: &App, id: &str, full_services: bool) -> Result<Option<HsdsObject>> {
    Ok(app.store().hsds_organization(id, full_services).await?)
}

/// `/service_at_locations`: a page of service_at_locations matching `filter`.
pub async fn service_at_locations(
    app: &App,
    filter: &ServiceAtLocationFilter,
    paging: Paging,
    nesting: Nesting,
) -> Result<HsdsPage> {
    Ok(app
        .store()
        .hsds_service_at_locations(filter, paging, nesting)
        .await?)
}

/// `/service_at_locations/{id}`: a fully nested service_at_location.
pub async fn service_at_location(app: &App, id: &str) -> Result<Option<HsdsObject>> {
    Ok(app.store().hsds_service_at_location(id).await?)
}

/// `/taxonomies`: a page of taxonomies, `search` in their name or description.
pub async fn taxonomies(app: &App, search: Option<&str>, paging: Paging) -> Result<HsdsPage> {
    Ok(app.store().hsds_taxonomies(search, paging).await?)
}

/// `/taxonomies/{id}`: a taxonomy.
pub async fn taxonomy(app: &App, id: &str) -> Result<Option<HsdsObject>> {
    Ok(app.store().hsds_taxonomy(id).await?)
}

/// `/taxonomy_terms`: a page of taxonomy terms matching `filter`.
pub async fn taxonomy_terms(
    app: &App,
    filter: &TaxonomyTermFilter,
    paging: Paging,
) -> Result<HsdsPage> {
    Ok(app.store().hsds_taxonomy_terms(filter, paging).await?)
}

/// `/taxonomy_terms/{id}`: a taxonomy term.
pub async fn taxonomy_term(app: &App, id: &str) -> Result<Option<HsdsObject>> {
    Ok(app.store().hsds_taxonomy_term(id).await?)
}
