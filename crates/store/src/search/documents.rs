//! Services as the search index reads them: their public words, themes and the comuni of
//! the desks that offer them. Only active services; nothing about people.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::catalogue::services::THEMES_TAXONOMY;
use crate::{read, Result, Store};

/// A service's searchable text and facets.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct SearchService {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
    pub plain_note: Option<String>,
    pub organisation_name: String,
    /// In the online-services catalogue (a category, offered online).
    pub online: bool,
    pub updated_at: DateTime<Utc>,
    #[sqlx(skip)]
    pub themes: Vec<String>,
    /// The comuni of the desks that offer it, each once.
    #[sqlx(skip)]
    pub comuni: Vec<String>,
}

const SERVICE_SELECT: &str = "SELECT s.id, sd.slug, s.name, s.alternate_name, s.description, \
     s.eligibility_description, sd.plain_note, COALESCE(o.name, '') AS organisation_name, \
     (sd.category IS NOT NULL AND (',' || sd.channels || ',') LIKE '%,online,%') AS online, \
     sd.updated_at \
     FROM services s JOIN service_details sd ON sd.service_id = s.id \
     LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.status = 'active'";

const THEMES_SELECT: &str = "SELECT a.link_id, t.code FROM attributes a \
     JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id \
     WHERE a.link_entity = 'service' AND t.taxonomy = $1 AND t.code IS NOT NULL";

const COMUNI_SELECT: &str = "SELECT DISTINCT sal.service_id, a.city FROM service_at_location sal \
     JOIN desks d ON d.id = sal.location_id \
     JOIN addresses a ON a.location_id = d.id AND a.address_type = 'physical' \
     WHERE a.city IS NOT NULL AND a.city <> ''";

fn attach(
    mut services: Vec<SearchService>,
    themes: Vec<(String, String)>,
    comuni: Vec<(String, String)>,
) -> Vec<SearchService> {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, s) in services.iter().enumerate() {
        by_id.insert(s.id.clone(), i);
    }
    for (id, code) in themes {
        if let Some(&i) = by_id.get(&id) {
            services[i].themes.push(code);
        }
    }
    for (id, city) in comuni {
        if let Some(&i) = by_id.get(&id) {
            if !services[i].comuni.contains(&city) {
                services[i].comuni.push(city);
            }
        }
    }
    for s in &mut services {
        s.themes.sort();
        s.comuni.sort();
    }
    services
}

impl Store {
    /// Every active service, for a rebuild of the index.
    pub async fn search_services(&self) -> Result<Vec<SearchService>> {
        let (services, themes, comuni) = read!(self, |pool| {
            let services: Vec<SearchService> =
                sqlx::query_as(&format!("{SERVICE_SELECT} ORDER BY s.id"))
                    .fetch_all(pool)
                    .await?;
            let themes: Vec<(String, String)> = sqlx::query_as(THEMES_SELECT)
                .bind(THEMES_TAXONOMY)
                .fetch_all(pool)
                .await?;
            let comuni: Vec<(String, String)> =
                sqlx::query_as(COMUNI_SELECT).fetch_all(pool).await?;
            (services, themes, comuni)
        });
        Ok(attach(services, themes, comuni))
    }

    /// One service by id, if it is active.
    pub async fn search_service(&self, id: &str) -> Result<Option<SearchService>> {
        let (services, themes, comuni) = read!(self, |pool| {
            let services: Vec<SearchService> =
                sqlx::query_as(&format!("{SERVICE_SELECT} AND s.id = $1"))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
            let themes: Vec<(String, String)> =
                sqlx::query_as(&format!("{THEMES_SELECT} AND a.link_id = $2"))
                    .bind(THEMES_TAXONOMY)
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
            let comuni: Vec<(String, String)> =
                sqlx::query_as(&format!("{COMUNI_SELECT} AND sal.service_id = $1"))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
            (services, themes, comuni)
        });
        Ok(attach(services, themes, comuni).pop())
    }

    /// The ids of the services a desk offers (their cards name the desk's comune).
    pub async fn service_ids_at_desk(&self, desk_id: &str) -> Result<Vec<String>> {
        Ok(read!(self, |pool| {
            sqlx::query_scalar(
                "SELECT DISTINCT service_id FROM service_at_location WHERE location_id = $1 ORDER BY service_id",
            )
            .bind(desk_id)
            .fetch_all(pool)
            .await?
        }))
    }
}
