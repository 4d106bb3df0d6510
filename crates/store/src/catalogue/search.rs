//! What the in-memory service search index (`app::directory`) is built from: one row per
//! service with its searchable text and filter keys, read in one pass.

use crate::{read, Result, Store};

/// A service as the search index keeps it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ServiceSearchRow {
    pub id: String,
    pub organization_id: Option<String>,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    /// HSDS text (RFC 3339 date-time or date), as stored.
    pub last_modified: Option<String>,
}

/// Everything the index needs, read together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceSearchData {
    /// By id (byte order, as the API pages them).
    pub services: Vec<ServiceSearchRow>,
    /// (service id, taxonomy term id) from `attributes` rows with link_entity `service`.
    pub service_terms: Vec<(String, String)>,
    /// (taxonomy term id, taxonomy id).
    pub term_taxonomies: Vec<(String, Option<String>)>,
}

impl Store {
    pub async fn service_search_data(&self) -> Result<ServiceSearchData> {
        let (mut services, service_terms, term_taxonomies) = read!(self, |pool| {
            let services: Vec<ServiceSearchRow> = sqlx::query_as(
                "SELECT id, organization_id, name, alternate_name, description, last_modified \
                 FROM services",
            )
            .fetch_all(pool)
            .await?;
            let terms: Vec<(String, String)> = sqlx::query_as(
                "SELECT link_id, taxonomy_term_id FROM attributes \
                 WHERE link_entity = 'service' AND link_id IS NOT NULL AND taxonomy_term_id IS NOT NULL",
            )
            .fetch_all(pool)
            .await?;
            let taxonomies: Vec<(String, Option<String>)> =
                sqlx::query_as("SELECT id, taxonomy_id FROM taxonomy_terms")
                    .fetch_all(pool)
                    .await?;
            (services, terms, taxonomies)
        });
        // Byte order on both backends (PostgreSQL would sort by its collation).
        services.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(ServiceSearchData {
            services,
            service_terms,
            term_taxonomies,
        })
    }
}
