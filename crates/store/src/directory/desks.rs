//! Organisations and their desks, on the HSDS tables (migration 0005).
//!
//! A desk is an HSDS `location` (with its `address`, `phones`, `contacts`, `languages` and
//! `accessibility`) plus our `desks` extension row: level, opening hours, channels, whether it
//! works by appointment only, whether its address is sensitive.

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::{
    Channel, DeskLevel, Email, GeoPoint, LanguageCode, OpeningHours, ProvinceCode, Slug, Theme,
};

use crate::{
    bump_directory_version, new_id, read, sync_desk_schedule, write, Result, Store, StoreError,
};

pub use sportello_core::OrganisationKind;

/// The id of the HSDS `schedules` row that mirrors a desk's opening hours: stable, so that
/// export and re-import find the same row.
pub(crate) fn desk_schedule_id(desk_id: &str) -> String {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x6f1c_8f9e_3d0b_4c1e_9a57_5b0d_7c2e_0a12);
    uuid::Uuid::new_v5(&NAMESPACE, format!("desk-hours:{desk_id}").as_bytes()).to_string()
}

/// `meta` key bumped by every write to the directory, so that in-memory snapshots of it
/// (the public finder's) know when to reload, on every app node.
pub const DIRECTORY_VERSION_KEY: &str = "directory_version";

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

/// A language spoken at a desk, and when (within the desk's hours; `None` = whenever open).
#[derive(Debug, Clone, PartialEq)]
pub struct DeskLanguage {
    pub code: LanguageCode,
    pub hours: Option<OpeningHours>,
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
    pub opening_hours: Option<OpeningHours>,
    pub languages: Vec<DeskLanguage>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    /// The address and position are never shown in public (a shelter, say).
    pub sensitive: bool,
    pub description: Option<String>,
    pub accessibility: Option<String>,
    pub verified_on: Option<NaiveDate>,
    /// Some details (address, phone, e-mail) are invented demo data.
    pub invented: bool,
}

/// A desk as the public portal may show it. For a sensitive desk `address`, `postcode` and
/// `point` are `None`: the store never hands them to public reads.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskCard {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub level: DeskLevel,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub comune: String,
    pub province: String,
    pub region: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub point: Option<GeoPoint>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub description: Option<String>,
    pub accessibility: Option<String>,
    /// OSM `opening_hours` as stored; the app parses it when it evaluates.
    pub opening_hours: Option<String>,
    pub themes: Vec<Theme>,
    pub languages: Vec<(LanguageCode, Option<String>)>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    pub sensitive: bool,
    pub invented: bool,
    pub verified_on: Option<NaiveDate>,
    pub updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct CardRow {
    id: String,
    slug: String,
    name: String,
    level: String,
    organisation_slug: String,
    organisation_name: String,
    comune: String,
    province: String,
    region: String,
    address: Option<String>,
    postcode: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    phone: Option<String>,
    email: Option<String>,
    description: Option<String>,
    accessibility: Option<String>,
    opening_hours: Option<String>,
    channels: String,
    by_appointment: bool,
    sensitive: bool,
    invented: bool,
    verified_on: Option<NaiveDate>,
    updated_at: DateTime<Utc>,
}

/// (desk id, theme slug)
type ThemeRow = (String, String);
/// (desk id, language code, when it is spoken)
type LanguageRow = (String, String, Option<String>);

/// The first physical address of a desk's location (HSDS allows several).
const DESK_ADDRESS: &str = "LEFT JOIN addresses a ON a.id = (SELECT a2.id FROM addresses a2 \
     WHERE a2.location_id = d.id AND a2.address_type = 'physical' ORDER BY a2.id LIMIT 1)";

/// Public desk cards: the address and position of sensitive desks are not even read.
fn card_sql(filter: &str) -> String {
    format!(
        "SELECT d.id, d.slug, l.name, d.level, o.slug AS organisation_slug, o.name AS organisation_name, \
         COALESCE(a.city, '') AS comune, COALESCE(a.state_province, '') AS province, COALESCE(a.region, '') AS region, \
         CASE WHEN d.sensitive THEN NULL ELSE a.address_1 END AS address, \
         CASE WHEN d.sensitive THEN NULL ELSE a.postal_code END AS postcode, \
         CASE WHEN d.sensitive THEN NULL ELSE l.latitude END AS latitude, \
         CASE WHEN d.sensitive THEN NULL ELSE l.longitude END AS longitude, \
         (SELECT p.\"number\" FROM phones p WHERE p.location_id = d.id ORDER BY p.id LIMIT 1) AS phone, \
         (SELECT c.email FROM contacts c WHERE c.location_id = d.id AND c.email IS NOT NULL ORDER BY c.id LIMIT 1) AS email, \
         l.description, \
         (SELECT ac.description FROM accessibility ac WHERE ac.location_id = d.id ORDER BY ac.id LIMIT 1) AS accessibility, \
         d.opening_hours, d.channels, d.by_appointment, d.sensitive, d.invented, d.verified_on, d.updated_at \
         FROM desks d JOIN locations l ON l.id = d.id \
         JOIN organizations o ON o.id = l.organization_id {DESK_ADDRESS} {filter} \
         ORDER BY d.level_rank, comune, l.name, d.id"
    )
}

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
                        sqlx::query_scalar("SELECT id FROM organizations WHERE slug = $1")
                            .bind(parent.as_str())
                            .fetch_optional(&mut *tx)
                            .await?
                            .ok_or_else(|| missing("parent organisation", parent))?,
                    ),
                };
                sqlx::query(
                    "INSERT INTO organizations (id, slug, name, description, kind, parent_organization_id, region, \
                     website, created_at, updated_at) VALUES ($1, $2, $3, '', $4, $5, $6, $7, $8, $8)",
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
                let (organisation_id, region): (String, String) =
                    sqlx::query_as("SELECT id, region FROM organizations WHERE slug = $1")
                        .bind(desk.organisation.as_str())
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or_else(|| missing("organisation", &desk.organisation))?;
                let id = new_id();
                sqlx::query(
                    "INSERT INTO locations (id, location_type, organization_id, name, description, latitude, longitude) \
                     VALUES ($1, 'physical', $2, $3, $4, $5, $6)",
                )
                .bind(&id)
                .bind(&organisation_id)
                .bind(&desk.name)
                .bind(&desk.description)
                .bind(desk.point.latitude)
                .bind(desk.point.longitude)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO addresses (id, location_id, address_1, city, region, state_province, postal_code, \
                     country, address_type) VALUES ($1, $2, $3, $4, $5, $6, $7, 'IT', 'physical')",
                )
                .bind(new_id())
                .bind(&id)
                .bind(&desk.address)
                .bind(&desk.comune)
                .bind(&region)
                .bind(desk.province.as_str())
                .bind(&desk.postcode)
                .execute(&mut *tx)
                .await?;
                if let Some(phone) = &desk.phone {
                    sqlx::query(
                        "INSERT INTO phones (id, location_id, \"number\", \"type\") VALUES ($1, $2, $3, 'voice')",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(phone)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(email) = &desk.email {
                    sqlx::query(
                        "INSERT INTO contacts (id, location_id, email) VALUES ($1, $2, $3)",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(email.as_str())
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(text) = &desk.accessibility {
                    sqlx::query(
                        "INSERT INTO accessibility (id, location_id, description) VALUES ($1, $2, $3)",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(text)
                    .execute(&mut *tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO desks (id, slug, level, opening_hours, channels, by_appointment, sensitive, \
                     invented, verified_on, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
                )
                .bind(&id)
                .bind(desk.slug.as_str())
                .bind(desk.level.as_str())
                .bind(desk.opening_hours.as_ref().map(OpeningHours::as_str))
                .bind(Channel::join(&desk.channels))
                .bind(desk.by_appointment)
                .bind(desk.sensitive)
                .bind(desk.invented)
                .bind(desk.verified_on)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                sync_desk_schedule!(
                    tx,
                    &id,
                    desk.opening_hours.as_ref().map(OpeningHours::as_str)
                );
                for theme in &desk.themes {
                    sqlx::query("INSERT INTO desk_themes (desk_id, theme_slug) VALUES ($1, $2)")
                        .bind(&id)
                        .bind(theme.slug())
                        .execute(&mut *tx)
                        .await?;
                }
                for language in &desk.languages {
                    let language_id = new_id();
                    sqlx::query(
                        "INSERT INTO languages (id, location_id, code) VALUES ($1, $2, $3)",
                    )
                    .bind(&language_id)
                    .bind(&id)
                    .bind(language.code.as_str())
                    .execute(&mut *tx)
                    .await?;
                    if let Some(hours) = &language.hours {
                        sqlx::query(
                            "INSERT INTO language_hours (language_id, opening_hours) VALUES ($1, $2)",
                        )
                        .bind(&language_id)
                        .bind(hours.as_str())
                        .execute(&mut *tx)
                        .await?;
                    }
                }
            }
            bump_directory_version!(tx);
        });
        Ok(())
    }

    /// Every desk as the public may see it, hubs first, then level 2, then level 1; by
    /// comune and name. The finder keeps this in memory (see `directory_version`).
    pub async fn public_desk_cards(&self) -> Result<Vec<DeskCard>> {
        self.desk_cards(&card_sql(""), None).await
    }

    /// One desk as the public may see it.
    pub async fn public_desk_card(&self, slug: &str) -> Result<Option<DeskCard>> {
        Ok(self
            .desk_cards(&card_sql("WHERE d.slug = $1"), Some(slug))
            .await?
            .pop())
    }

    async fn desk_cards(&self, sql: &str, slug: Option<&str>) -> Result<Vec<DeskCard>> {
        let (rows, themes, languages): (Vec<CardRow>, Vec<ThemeRow>, Vec<LanguageRow>) = read!(
            self,
            |pool| {
                let mut query = sqlx::query_as(sql);
                if let Some(slug) = slug {
                    query = query.bind(slug);
                }
                let rows: Vec<CardRow> = query.fetch_all(pool).await?;
                // One desk: only its own themes and languages; all desks: read them all once.
                let (theme_sql, language_sql) = if slug.is_some() {
                    (
                    "SELECT desk_id, theme_slug FROM desk_themes WHERE desk_id = $1",
                    "SELECT g.location_id, g.code, h.opening_hours FROM languages g \
                     LEFT JOIN language_hours h ON h.language_id = g.id WHERE g.location_id = $1 ORDER BY g.code",
                )
                } else {
                    (
                    "SELECT dt.desk_id, dt.theme_slug FROM desk_themes dt",
                    "SELECT g.location_id, g.code, h.opening_hours FROM languages g \
                     JOIN desks d ON d.id = g.location_id LEFT JOIN language_hours h ON h.language_id = g.id \
                     ORDER BY g.code",
                )
                };
                let only = rows.first().map(|r| r.id.clone()).unwrap_or_default();
                let mut themes_query = sqlx::query_as(theme_sql);
                let mut languages_query = sqlx::query_as(language_sql);
                if slug.is_some() {
                    themes_query = themes_query.bind(only.clone());
                    languages_query = languages_query.bind(only);
                }
                let themes: Vec<ThemeRow> = themes_query.fetch_all(pool).await?;
                let languages: Vec<LanguageRow> = languages_query.fetch_all(pool).await?;
                (rows, themes, languages)
            }
        );
        let mut themes_of: std::collections::HashMap<String, Vec<Theme>> =
            std::collections::HashMap::new();
        for (desk_id, slug) in themes {
            if let Ok(theme) = Theme::from_slug(&slug) {
                themes_of.entry(desk_id).or_default().push(theme);
            }
        }
        let mut languages_of: std::collections::HashMap<
            String,
            Vec<(LanguageCode, Option<String>)>,
        > = std::collections::HashMap::new();
        for (desk_id, code, hours) in languages {
            if let Ok(code) = LanguageCode::parse(&code) {
                languages_of.entry(desk_id).or_default().push((code, hours));
            }
        }
        rows.into_iter()
            .map(|row| {
                let mut themes = themes_of.remove(&row.id).unwrap_or_default();
                themes.sort();
                let point = match (row.latitude, row.longitude) {
                    (Some(lat), Some(lon)) => GeoPoint::new(lat, lon).ok(),
                    _ => None,
                };
                Ok(DeskCard {
                    level: DeskLevel::parse(&row.level)
                        .map_err(|e| corrupt("desks.level", &e.detail))?,
                    channels: Channel::parse_set(&row.channels)
                        .map_err(|e| corrupt("desks.channels", &e.detail))?,
                    languages: languages_of.remove(&row.id).unwrap_or_default(),
                    themes,
                    point,
                    id: row.id,
                    slug: row.slug,
                    name: row.name,
                    organisation_slug: row.organisation_slug,
                    organisation_name: row.organisation_name,
                    comune: row.comune,
                    province: row.province,
                    region: row.region,
                    address: row.address,
                    postcode: row.postcode,
                    phone: row.phone,
                    email: row.email,
                    description: row.description,
                    accessibility: row.accessibility,
                    opening_hours: row.opening_hours,
                    by_appointment: row.by_appointment,
                    sensitive: row.sensitive,
                    invented: row.invented,
                    verified_on: row.verified_on,
                    updated_at: row.updated_at,
                })
            })
            .collect()
    }

    /// The directory's version: changes whenever desks, organisations or services change.
    pub async fn directory_version(&self) -> Result<String> {
        Ok(self
            .meta(DIRECTORY_VERSION_KEY)
            .await?
            .unwrap_or_else(|| "0".to_owned()))
    }

    pub async fn count_desks(&self) -> Result<u64> {
        let count: i64 = read!(self, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM desks")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }

    pub async fn count_organisations(&self) -> Result<u64> {
        let count: i64 = read!(self, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM organizations")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(count).unwrap_or(0))
    }
}

fn missing(what: &str, slug: &Slug) -> StoreError {
    StoreError::Conflict(crate::db::error::Conflict::MissingReference(format!(
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
    /// When an operator last confirmed the details; `None`: never.
    pub verified_on: Option<NaiveDate>,
}

/// The ids of the organisation named by slug `$1` and of all its descendants (at most ten
/// levels, so a cycle in imported data cannot loop).
const ORGANISATION_AND_DESCENDANTS: &str = "WITH RECURSIVE tree (id, depth) AS ( \
     SELECT id, 0 FROM organizations WHERE slug = $1 \
     UNION ALL SELECT o.id, tree.depth + 1 FROM organizations o JOIN tree ON o.parent_organization_id = tree.id \
     WHERE tree.depth < 10) SELECT id FROM tree";

/// The slugs of the organisation of desk `$1` and of its ancestors, nearest first (at most
/// ten levels): what a grant on an organisation is checked against.
pub(crate) const DESK_ORGANISATION_CHAIN: &str =
    "WITH RECURSIVE up (id, slug, parent, depth) AS ( \
     SELECT o.id, o.slug, o.parent_organization_id, 0 FROM desks d JOIN locations l ON l.id = d.id \
     JOIN organizations o ON o.id = l.organization_id WHERE d.slug = $1 \
     UNION ALL SELECT o.id, o.slug, o.parent_organization_id, up.depth + 1 FROM organizations o \
     JOIN up ON o.id = up.parent WHERE up.depth < 10) SELECT slug FROM up ORDER BY depth";

fn desk_record_sql(filter: &str) -> String {
    format!(
        "SELECT d.slug, l.name, d.level, COALESCE(a.city, '') AS comune, COALESCE(a.state_province, '') AS province, \
         COALESCE(a.address_1, '') AS address, COALESCE(a.postal_code, '') AS postcode, \
         (SELECT p.\"number\" FROM phones p WHERE p.location_id = d.id ORDER BY p.id LIMIT 1) AS phone, \
         (SELECT c.email FROM contacts c WHERE c.location_id = d.id AND c.email IS NOT NULL ORDER BY c.id LIMIT 1) AS email, \
         o.slug AS organisation_slug, o.name AS organisation_name, d.verified_on \
         FROM desks d JOIN locations l ON l.id = d.id JOIN organizations o ON o.id = l.organization_id \
         {DESK_ADDRESS} {filter}"
    )
}

impl Store {
    /// The desks within `scope`, by comune and name (at most `limit`).
    pub async fn desks_in_scope(
        &self,
        scope: &sportello_core::DeskScope,
        limit: u32,
    ) -> Result<Vec<DeskRecord>> {
        let order = "ORDER BY comune, l.name, d.id";
        let mut found: Vec<DeskRecord> = match scope {
            sportello_core::DeskScope::All => {
                let sql = desk_record_sql(&format!("{order} LIMIT $1"));
                read!(self, |pool| {
                    sqlx::query_as(&sql)
                        .bind(i64::from(limit))
                        .fetch_all(pool)
                        .await?
                })
            }
            // One query per grant: operators hold a handful.
            sportello_core::DeskScope::Only {
                desks,
                organisations,
            } => {
                let mut found = Vec::new();
                // A grant on an organisation reaches the desks of its descendants too.
                let by_organisation = format!(
                    "WHERE l.organization_id IN ({ORGANISATION_AND_DESCENDANTS}) {order} LIMIT $2"
                );
                for (sql, slugs) in [
                    (
                        desk_record_sql(&format!("WHERE d.slug = $1 {order} LIMIT $2")),
                        desks,
                    ),
                    (desk_record_sql(&by_organisation), organisations),
                ] {
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
        let sql = desk_record_sql("WHERE d.slug = $1");
        let (desk, chain): (Option<DeskRecord>, Vec<String>) = read!(self, |pool| {
            let desk: Option<DeskRecord> =
                sqlx::query_as(&sql).bind(slug).fetch_optional(pool).await?;
            let chain: Vec<String> = sqlx::query_scalar(DESK_ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(pool)
                .await?;
            (desk, chain)
        });
        Ok(desk.filter(|d| scope.allows(&d.slug, &chain)))
    }
}
