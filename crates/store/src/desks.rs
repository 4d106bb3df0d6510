//! Organisations and their desks.

use chrono::{DateTime, Utc};
use sportello_core::{DeskLevel, Email, GeoPoint, ProvinceCode, Slug, Theme};

use crate::{new_id, read, write, Result, Store, StoreError};

pub use sportello_core::OrganisationKind;

#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub slug: Slug,
    pub name: String,
    pub kind: OrganisationKind,
    /// Slug of the parent organisation, which must exist or come earlier in the same batch.
    pub parent: Option<Slug>,
    pub region: String,
    pub website: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewDesk {
    pub slug: Slug,
    pub organisation: Slug,
    pub name: String,
    pub level: DeskLevel,
    pub comune: String,
    pub province: ProvinceCode,
    pub address: String,
    pub postcode: String,
    pub point: GeoPoint,
    pub phone: Option<String>,
    pub email: Option<Email>,
    pub themes: Vec<Theme>,
    /// Some details (address, phone, e-mail) are invented demo data.
    pub invented: bool,
}

/// A desk as lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskSummary {
    pub slug: String,
    pub name: String,
    pub level: DeskLevel,
    pub comune: String,
    pub province: String,
    pub address: String,
    pub organisation_name: String,
    pub themes: Vec<Theme>,
    pub invented: bool,
}

/// Which desks a list shows.
#[derive(Debug, Clone, Default)]
pub struct DeskFilter {
    pub level: Option<DeskLevel>,
}

#[derive(sqlx::FromRow)]
struct DeskRow {
    id: String,
    slug: String,
    name: String,
    level: String,
    comune: String,
    province: String,
    address: String,
    organisation_name: String,
    invented: bool,
}

const DESK_ORDER: &str =
    "CASE d.level WHEN 'hub' THEN 0 WHEN 'l2' THEN 1 ELSE 2 END, d.comune, d.name, d.id";

impl Store {
    /// Inserts organisations and desks in one transaction: all of them or none.
    pub async fn insert_network(
        &self,
        organisations: &[NewOrganisation],
        desks: &[NewDesk],
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            for org in organisations {
                let parent_id: Option<String> = match &org.parent {
                    None => None,
                    Some(parent) => Some(
                        sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                            .bind(parent.as_str())
                            .fetch_optional(&mut *tx)
                            .await?
                            .ok_or_else(|| missing("parent organisation", parent))?,
                    ),
                };
                sqlx::query(
                    "INSERT INTO organisations (id, slug, name, kind, parent_id, region, website, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
                )
                .bind(new_id())
                .bind(org.slug.as_str())
                .bind(&org.name)
                .bind(org.kind.as_str())
                .bind(parent_id)
                .bind(&org.region)
                .bind(&org.website)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            for desk in desks {
                let organisation_id: String =
                    sqlx::query_scalar("SELECT id FROM organisations WHERE slug = $1")
                        .bind(desk.organisation.as_str())
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or_else(|| missing("organisation", &desk.organisation))?;
                let id = new_id();
                sqlx::query(
                    "INSERT INTO desks (id, slug, organisation_id, name, level, comune, province, address, postcode, \
                     latitude, longitude, phone, email, invented, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)",
                )
                .bind(&id)
                .bind(desk.slug.as_str())
                .bind(organisation_id)
                .bind(&desk.name)
                .bind(desk.level.as_str())
                .bind(&desk.comune)
                .bind(desk.province.as_str())
                .bind(&desk.address)
                .bind(&desk.postcode)
                .bind(desk.point.latitude)
                .bind(desk.point.longitude)
                .bind(&desk.phone)
                .bind(desk.email.as_ref().map(Email::as_str))
                .bind(desk.invented)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                for theme in &desk.themes {
                    sqlx::query("INSERT INTO desk_themes (desk_id, theme_slug) VALUES ($1, $2)")
                        .bind(&id)
                        .bind(theme.slug())
                        .execute(&mut *tx)
                        .await?;
                }
            }
        });
        Ok(())
    }

    /// Public desks, hubs first, then level 2, then level 1; by comune and name.
    pub async fn list_desks(
        &self,
        filter: &DeskFilter,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<DeskSummary>> {
        let level = filter.level.map(DeskLevel::as_str);
        let page_sql = format!(
            "SELECT d.id, d.slug, d.name, d.level, d.comune, d.province, d.address, o.name AS organisation_name, d.invented \
             FROM desks d JOIN organisations o ON o.id = d.organisation_id \
             WHERE ($1 IS NULL OR d.level = $1) ORDER BY {DESK_ORDER} LIMIT $2 OFFSET $3"
        );
        let themes_sql = format!(
            "SELECT dt.desk_id, dt.theme_slug FROM desk_themes dt JOIN ( \
               SELECT d.id FROM desks d WHERE ($1 IS NULL OR d.level = $1) ORDER BY {DESK_ORDER} LIMIT $2 OFFSET $3 \
             ) page ON page.id = dt.desk_id"
        );
        let (rows, themes): (Vec<DeskRow>, Vec<(String, String)>) = read!(self, |pool| {
            let rows = sqlx::query_as(&page_sql)
                .bind(level)
                .bind(i64::from(limit))
                .bind(i64::from(offset))
                .fetch_all(pool)
                .await?;
            let themes = sqlx::query_as(&themes_sql)
                .bind(level)
                .bind(i64::from(limit))
                .bind(i64::from(offset))
                .fetch_all(pool)
                .await?;
            (rows, themes)
        });
        rows.into_iter()
            .map(|row| {
                let mut desk_themes: Vec<Theme> = themes
                    .iter()
                    .filter(|(desk_id, _)| *desk_id == row.id)
                    .filter_map(|(_, slug)| Theme::from_slug(slug).ok())
                    .collect();
                desk_themes.sort();
                Ok(DeskSummary {
                    level: DeskLevel::parse(&row.level)
                        .map_err(|e| corrupt("desks.level", &e.detail))?,
                    slug: row.slug,
                    name: row.name,
                    comune: row.comune,
                    province: row.province,
                    address: row.address,
                    organisation_name: row.organisation_name,
                    themes: desk_themes,
                    invented: row.invented,
                })
            })
            .collect()
    }

    pub async fn count_desks(&self, filter: &DeskFilter) -> Result<u64> {
        let level = filter.level.map(DeskLevel::as_str);
        let count: i64 = read!(self, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM desks d WHERE ($1 IS NULL OR d.level = $1)")
                .bind(level)
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }

    pub async fn count_organisations(&self) -> Result<u64> {
        let count: i64 = read!(self, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM organisations")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}

fn missing(what: &str, slug: &Slug) -> StoreError {
    StoreError::Conflict(crate::error::Conflict::MissingReference(format!(
        "{what} {slug}"
    )))
}

fn corrupt(column: &str, detail: &str) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(format!("{column}: {detail}").into()))
}

/// A desk's record as the workspace shows it to operators who may see it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct DeskRecord {
    pub slug: String,
    pub name: String,
    pub level: String,
    pub comune: String,
    pub province: String,
    pub address: String,
    pub postcode: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub organisation_slug: String,
    pub organisation_name: String,
}

const DESK_RECORD: &str = "SELECT d.slug, d.name, d.level, d.comune, d.province, d.address, d.postcode, d.phone, d.email, \
     o.slug AS organisation_slug, o.name AS organisation_name \
     FROM desks d JOIN organisations o ON o.id = d.organisation_id";

impl Store {
    /// The desks within `scope`, by comune and name (at most `limit`).
    pub async fn desks_in_scope(
        &self,
        scope: &sportello_core::DeskScope,
        limit: u32,
    ) -> Result<Vec<DeskRecord>> {
        let order = "ORDER BY d.comune, d.name, d.id";
        let mut found: Vec<DeskRecord> = match scope {
            sportello_core::DeskScope::All => read!(self, |pool| {
                sqlx::query_as(&format!("{DESK_RECORD} {order} LIMIT $1"))
                    .bind(i64::from(limit))
                    .fetch_all(pool)
                    .await?
            }),
            // One query per grant: operators hold a handful.
            sportello_core::DeskScope::Only {
                desks,
                organisations,
            } => {
                let mut found = Vec::new();
                for (column, slugs) in [("d.slug", desks), ("o.slug", organisations)] {
                    let sql = format!("{DESK_RECORD} WHERE {column} = $1 {order} LIMIT $2");
                    for slug in slugs {
                        let rows: Vec<DeskRecord> = read!(self, |pool| {
                            sqlx::query_as(&sql)
                                .bind(slug)
                                .bind(i64::from(limit))
                                .fetch_all(pool)
                                .await?
                        });
                        found.extend(rows);
                    }
                }
                found.sort_by(|a, b| {
                    (&a.comune, &a.name, &a.slug).cmp(&(&b.comune, &b.name, &b.slug))
                });
                found.dedup_by(|a, b| a.slug == b.slug);
                found
            }
        };
        found.truncate(limit as usize);
        Ok(found)
    }

    /// One desk, only if it is within `scope`: out of scope and non-existent look the same.
    pub async fn desk_in_scope(
        &self,
        scope: &sportello_core::DeskScope,
        slug: &str,
    ) -> Result<Option<DeskRecord>> {
        let sql = format!("{DESK_RECORD} WHERE d.slug = $1");
        let desk: Option<DeskRecord> = read!(self, |pool| sqlx::query_as(&sql)
            .bind(slug)
            .fetch_optional(pool)
            .await?);
        Ok(desk.filter(|d| scope.allows(&d.slug, &d.organisation_slug)))
    }
}
