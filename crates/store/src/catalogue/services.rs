//! Services on the HSDS tables (migration 0005): the online-services catalogue (SerTo) and
//! the service pages in the Designers Italia card order.
//!
//! A service is an HSDS `service` (with its `required_documents`, `cost_options`, `phones`,
//! theme `attributes` and `service_at_location` rows for the desks that offer it) plus our
//! `service_details` extension row: slug, catalogue category, login, channels, outcome and
//! a plain-language note.

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::{Channel, DeskLevel, Slug, Theme};

use crate::{bump_directory_version, new_id, read, write, Result, Store, StoreError};

/// The HSDS taxonomy that holds one term per theme (code = theme slug).
pub(crate) const THEMES_TAXONOMY: &str = "sportello-temi";

/// A category of the online-services catalogue, in the order the catalogue shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CatalogueCategory {
    VitaDelCittadino,
    Istruzione,
    Cultura,
    LavoroFormazione,
    Salute,
}

impl CatalogueCategory {
    pub const ALL: [CatalogueCategory; 5] = [
        CatalogueCategory::VitaDelCittadino,
        CatalogueCategory::Istruzione,
        CatalogueCategory::Cultura,
        CatalogueCategory::LavoroFormazione,
        CatalogueCategory::Salute,
    ];

    /// The stable slug stored in `service_details.category` and used in Fluent ids.
    pub fn as_str(self) -> &'static str {
        match self {
            CatalogueCategory::VitaDelCittadino => "vita-del-cittadino",
            CatalogueCategory::Istruzione => "istruzione",
            CatalogueCategory::Cultura => "cultura",
            CatalogueCategory::LavoroFormazione => "lavoro-formazione",
            CatalogueCategory::Salute => "salute",
        }
    }

    pub fn parse(s: &str) -> Result<Self, sportello_core::ParseError> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                sportello_core::ParseError::new(
                    "catalogue.category_invalid",
                    format!("unknown catalogue category {s:?}"),
                )
            })
    }
}

/// What a person needs to sign in to an online service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Login {
    Spid,
    Cie,
    Cns,
    /// No sign-in needed.
    None,
}

impl Login {
    pub const ALL: [Login; 4] = [Login::Spid, Login::Cie, Login::Cns, Login::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Login::Spid => "spid",
            Login::Cie => "cie",
            Login::Cns => "cns",
            Login::None => "none",
        }
    }

    pub fn parse(s: &str) -> Result<Self, sportello_core::ParseError> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                sportello_core::ParseError::new(
                    "service.login_invalid",
                    format!("login must be one of spid, cie, cns, none, not {s:?}"),
                )
            })
    }

    /// A stored set (`"spid,cie"`), in the canonical order and without duplicates.
    pub fn parse_set(s: &str) -> Result<Vec<Self>, sportello_core::ParseError> {
        let mut set = s
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(Self::parse)
            .collect::<Result<Vec<_>, _>>()?;
        set.sort();
        set.dedup();
        Ok(set)
    }

    pub fn join(set: &[Self]) -> String {
        let mut set = set.to_vec();
        set.sort();
        set.dedup();
        set.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",")
    }
}

/// One cost option of a service (HSDS `cost_option`).
#[derive(Debug, Clone, PartialEq)]
pub struct CostOption {
    /// What the cost is for ("Marca da bollo", "Ticket").
    pub option: String,
    pub amount: Option<f64>,
    /// ISO 4217, e.g. "EUR".
    pub currency: Option<String>,
    pub amount_description: Option<String>,
}

/// A document a person must bring or upload (HSDS `required_document`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredDocument {
    pub document: String,
    pub uri: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewService {
    pub slug: Slug,
    /// Slug of the providing organisation, which must exist.
    pub organisation: Slug,
    pub name: String,
    pub description: String,
    pub eligibility_description: Option<String>,
    pub application_process: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub fees_description: Option<String>,
    pub wait_time: Option<String>,
    /// In the online-services catalogue under this category; `None` when not in it.
    pub category: Option<CatalogueCategory>,
    pub login: Vec<Login>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    /// Designers Italia's "what you get".
    pub outcome: Option<String>,
    /// A plain-language note for people reading Italian as a second language.
    pub plain_note: Option<String>,
    pub required_documents: Vec<RequiredDocument>,
    pub costs: Vec<CostOption>,
    pub themes: Vec<Theme>,
    /// Desks (by slug) where the service is offered in person, each with an optional note.
    pub desks: Vec<(Slug, Option<String>)>,
    pub verified_on: Option<NaiveDate>,
}

/// A service as the online catalogue lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueEntry {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
    pub url: Option<String>,
    pub category: CatalogueCategory,
    pub login: Vec<Login>,
    pub plain_note: Option<String>,
    pub organisation_name: String,
    pub organisation_website: Option<String>,
}

/// A service offered at a desk, as the desk page lists it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct DeskService {
    pub slug: String,
    pub name: String,
    /// The service_at_location note for this desk, if any.
    pub note: Option<String>,
}

/// A desk where a service is offered.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDesk {
    pub slug: String,
    pub name: String,
    pub level: DeskLevel,
    pub comune: String,
    pub note: Option<String>,
}

/// Everything a service page shows, in HSDS terms.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceRecord {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
    pub application_process: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub fees_description: Option<String>,
    pub wait_time: Option<String>,
    pub category: Option<CatalogueCategory>,
    pub login: Vec<Login>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    pub outcome: Option<String>,
    pub plain_note: Option<String>,
    pub organisation_slug: String,
    pub organisation_name: String,
    pub organisation_website: Option<String>,
    pub required_documents: Vec<RequiredDocument>,
    pub costs: Vec<CostOption>,
    pub phones: Vec<String>,
    pub themes: Vec<Theme>,
    pub desks: Vec<ServiceDesk>,
    pub verified_on: Option<NaiveDate>,
    pub updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    slug: String,
    name: String,
    description: Option<String>,
    eligibility_description: Option<String>,
    url: Option<String>,
    category: String,
    login: String,
    plain_note: Option<String>,
    organisation_name: String,
    organisation_website: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: String,
    slug: String,
    name: String,
    description: Option<String>,
    eligibility_description: Option<String>,
    application_process: Option<String>,
    url: Option<String>,
    email: Option<String>,
    fees_description: Option<String>,
    wait_time: Option<String>,
    category: Option<String>,
    login: String,
    channels: String,
    by_appointment: bool,
    outcome: Option<String>,
    plain_note: Option<String>,
    organisation_slug: String,
    organisation_name: String,
    organisation_website: Option<String>,
    verified_on: Option<NaiveDate>,
    updated_at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct CostRow {
    option: Option<String>,
    amount: Option<f64>,
    currency: Option<String>,
    amount_description: Option<String>,
}

/// What [`Store::service_record`] reads, before it is checked and assembled.
struct ServiceParts {
    row: ServiceRow,
    documents: Vec<(Option<String>, Option<String>)>,
    costs: Vec<CostRow>,
    phones: Vec<String>,
    themes: Vec<String>,
    desks: Vec<DeskRow>,
}

#[derive(sqlx::FromRow)]
struct DeskRow {
    slug: String,
    name: String,
    level: String,
    comune: String,
    note: Option<String>,
}

impl Store {
    /// Inserts services with their details, documents, costs, phone, themes and desks in one
    /// transaction: all of them or none. A missing organisation or desk fails the batch.
    pub async fn insert_services(&self, services: &[NewService], now: DateTime<Utc>) -> Result<()> {
        write!(self, |tx| {
            for service in services {
                let organisation_id: String =
                    sqlx::query_scalar("SELECT id FROM organizations WHERE slug = $1")
                        .bind(service.organisation.as_str())
                        .fetch_optional(&mut *tx)
                        .await?
                        .ok_or_else(|| missing("organisation", &service.organisation))?;
                let id = new_id();
                sqlx::query(
                    "INSERT INTO services (id, organization_id, name, description, url, email, status, \
                     application_process, fees_description, wait_time, eligibility_description, last_modified) \
                     VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8, $9, $10, $11)",
                )
                .bind(&id)
                .bind(&organisation_id)
                .bind(&service.name)
                .bind(&service.description)
                .bind(&service.url)
                .bind(&service.email)
                .bind(&service.application_process)
                .bind(&service.fees_description)
                .bind(&service.wait_time)
                .bind(&service.eligibility_description)
                .bind(now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO service_details (service_id, slug, category, login, channels, by_appointment, \
                     outcome, plain_note, verified_on, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
                )
                .bind(&id)
                .bind(service.slug.as_str())
                .bind(service.category.map(CatalogueCategory::as_str))
                .bind(Login::join(&service.login))
                .bind(Channel::join(&service.channels))
                .bind(service.by_appointment)
                .bind(&service.outcome)
                .bind(&service.plain_note)
                .bind(service.verified_on)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                for document in &service.required_documents {
                    sqlx::query(
                        "INSERT INTO required_documents (id, service_id, document, uri) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(&document.document)
                    .bind(&document.uri)
                    .execute(&mut *tx)
                    .await?;
                }
                for cost in &service.costs {
                    sqlx::query(
                        "INSERT INTO cost_options (id, service_id, \"option\", currency, amount, amount_description) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(&cost.option)
                    .bind(&cost.currency)
                    .bind(cost.amount)
                    .bind(&cost.amount_description)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(phone) = &service.phone {
                    sqlx::query(
                        "INSERT INTO phones (id, service_id, \"number\", \"type\") VALUES ($1, $2, $3, 'voice')",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(phone)
                    .execute(&mut *tx)
                    .await?;
                }
                for theme in &service.themes {
                    let term_id: String = sqlx::query_scalar(
                        "SELECT id FROM taxonomy_terms WHERE taxonomy = $1 AND code = $2",
                    )
                    .bind(THEMES_TAXONOMY)
                    .bind(theme.slug())
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or_else(|| {
                        StoreError::Conflict(crate::db::error::Conflict::MissingReference(format!(
                            "theme term {}",
                            theme.slug()
                        )))
                    })?;
                    sqlx::query(
                        "INSERT INTO attributes (id, link_id, taxonomy_term_id, link_type, link_entity) \
                         VALUES ($1, $2, $3, 'theme', 'service')",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(term_id)
                    .execute(&mut *tx)
                    .await?;
                }
                for (desk, note) in &service.desks {
                    let desk_id: String =
                        sqlx::query_scalar("SELECT id FROM desks WHERE slug = $1")
                            .bind(desk.as_str())
                            .fetch_optional(&mut *tx)
                            .await?
                            .ok_or_else(|| missing("desk", desk))?;
                    sqlx::query(
                        "INSERT INTO service_at_location (id, service_id, location_id, description) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(new_id())
                    .bind(&id)
                    .bind(desk_id)
                    .bind(note)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            bump_directory_version!(tx);
        });
        Ok(())
    }

    /// The online-services catalogue: active services offered online that have a catalogue
    /// category, by category (in [`CatalogueCategory::ALL`] order) and name.
    pub async fn online_catalogue(&self) -> Result<Vec<CatalogueEntry>> {
        let rows: Vec<EntryRow> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT sd.slug, s.name, s.description, s.eligibility_description, s.url, sd.category, \
                 sd.login, sd.plain_note, COALESCE(o.name, '') AS organisation_name, \
                 o.website AS organisation_website \
                 FROM service_details sd JOIN services s ON s.id = sd.service_id \
                 LEFT JOIN organizations o ON o.id = s.organization_id \
                 WHERE sd.category IS NOT NULL AND s.status = 'active' \
                 AND (',' || sd.channels || ',') LIKE '%,online,%' \
                 ORDER BY s.name, sd.slug",
            )
            .fetch_all(pool)
            .await?
        });
        let mut entries = rows
            .into_iter()
            .map(|row| {
                Ok(CatalogueEntry {
                    category: CatalogueCategory::parse(&row.category)
                        .map_err(|e| corrupt("service_details.category", &e.detail))?,
                    login: Login::parse_set(&row.login)
                        .map_err(|e| corrupt("service_details.login", &e.detail))?,
                    slug: row.slug,
                    name: row.name,
                    description: row.description,
                    eligibility_description: row.eligibility_description,
                    url: row.url,
                    plain_note: row.plain_note,
                    organisation_name: row.organisation_name,
                    organisation_website: row.organisation_website,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // Stable: keeps the name order within each category.
        entries.sort_by_key(|e| e.category);
        Ok(entries)
    }

    /// One service by its slug, with everything its page shows; `None` when unknown.
    pub async fn service_record(&self, slug: &str) -> Result<Option<ServiceRecord>> {
        let found: Option<ServiceParts> = read!(self, |pool| {
            let row: Option<ServiceRow> = sqlx::query_as(
                "SELECT s.id, sd.slug, s.name, s.description, s.eligibility_description, s.application_process, \
                 s.url, s.email, s.fees_description, s.wait_time, sd.category, sd.login, sd.channels, \
                 sd.by_appointment, sd.outcome, sd.plain_note, COALESCE(o.slug, '') AS organisation_slug, \
                 COALESCE(o.name, '') AS organisation_name, o.website AS organisation_website, \
                 sd.verified_on, sd.updated_at \
                 FROM service_details sd JOIN services s ON s.id = sd.service_id \
                 LEFT JOIN organizations o ON o.id = s.organization_id \
                 WHERE sd.slug = $1 AND s.status = 'active'",
            )
            .bind(slug)
            .fetch_optional(pool)
            .await?;
            match row {
                None => None,
                Some(row) => {
                    let documents: Vec<(Option<String>, Option<String>)> = sqlx::query_as(
                        "SELECT document, uri FROM required_documents WHERE service_id = $1 ORDER BY id",
                    )
                    .bind(&row.id)
                    .fetch_all(pool)
                    .await?;
                    let costs: Vec<CostRow> = sqlx::query_as(
                        "SELECT \"option\", amount, currency, amount_description FROM cost_options \
                         WHERE service_id = $1 ORDER BY id",
                    )
                    .bind(&row.id)
                    .fetch_all(pool)
                    .await?;
                    let phones: Vec<String> = sqlx::query_scalar(
                        "SELECT \"number\" FROM phones WHERE service_id = $1 ORDER BY id",
                    )
                    .bind(&row.id)
                    .fetch_all(pool)
                    .await?;
                    let themes: Vec<String> = sqlx::query_scalar(
                        "SELECT t.code FROM attributes a JOIN taxonomy_terms t ON t.id = a.taxonomy_term_id \
                         WHERE a.link_entity = 'service' AND a.link_id = $1 AND t.taxonomy = $2 \
                         AND t.code IS NOT NULL",
                    )
                    .bind(&row.id)
                    .bind(THEMES_TAXONOMY)
                    .fetch_all(pool)
                    .await?;
                    let desks: Vec<DeskRow> = sqlx::query_as(
                        "SELECT d.slug, l.name, d.level, COALESCE(a.city, '') AS comune, sal.description AS note \
                         FROM service_at_location sal JOIN desks d ON d.id = sal.location_id \
                         JOIN locations l ON l.id = d.id \
                         LEFT JOIN addresses a ON a.id = (SELECT a2.id FROM addresses a2 \
                         WHERE a2.location_id = d.id AND a2.address_type = 'physical' ORDER BY a2.id LIMIT 1) \
                         WHERE sal.service_id = $1 ORDER BY d.level_rank, comune, l.name, d.id",
                    )
                    .bind(&row.id)
                    .fetch_all(pool)
                    .await?;
                    Some(ServiceParts {
                        row,
                        documents,
                        costs,
                        phones,
                        themes,
                        desks,
                    })
                }
            }
        });
        let Some(ServiceParts {
            row,
            documents,
            costs,
            phones,
            themes,
            desks,
        }) = found
        else {
            return Ok(None);
        };
        let mut themes: Vec<Theme> = themes
            .iter()
            .filter_map(|code| Theme::from_slug(code).ok())
            .collect();
        themes.sort();
        themes.dedup();
        let desks = desks
            .into_iter()
            .map(|d| {
                Ok(ServiceDesk {
                    level: DeskLevel::parse(&d.level)
                        .map_err(|e| corrupt("desks.level", &e.detail))?,
                    slug: d.slug,
                    name: d.name,
                    comune: d.comune,
                    note: d.note,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(ServiceRecord {
            category: row
                .category
                .as_deref()
                .map(CatalogueCategory::parse)
                .transpose()
                .map_err(|e| corrupt("service_details.category", &e.detail))?,
            login: Login::parse_set(&row.login)
                .map_err(|e| corrupt("service_details.login", &e.detail))?,
            channels: Channel::parse_set(&row.channels)
                .map_err(|e| corrupt("service_details.channels", &e.detail))?,
            required_documents: documents
                .into_iter()
                .filter_map(|(document, uri)| {
                    document.map(|document| RequiredDocument { document, uri })
                })
                .collect(),
            costs: costs
                .into_iter()
                .map(|c| CostOption {
                    option: c.option.unwrap_or_default(),
                    amount: c.amount,
                    currency: c.currency,
                    amount_description: c.amount_description,
                })
                .collect(),
            phones,
            themes,
            desks,
            id: row.id,
            slug: row.slug,
            name: row.name,
            description: row.description,
            eligibility_description: row.eligibility_description,
            application_process: row.application_process,
            url: row.url,
            email: row.email,
            fees_description: row.fees_description,
            wait_time: row.wait_time,
            by_appointment: row.by_appointment,
            outcome: row.outcome,
            plain_note: row.plain_note,
            organisation_slug: row.organisation_slug,
            organisation_name: row.organisation_name,
            organisation_website: row.organisation_website,
            verified_on: row.verified_on,
            updated_at: row.updated_at,
        }))
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

impl Store {
    /// The active services offered at a desk, by name (for the desk's public page).
    pub async fn services_at_desk(&self, desk_slug: &str) -> Result<Vec<DeskService>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT sd.slug, s.name, sal.description AS note FROM service_at_location sal \
                 JOIN desks d ON d.id = sal.location_id JOIN services s ON s.id = sal.service_id \
                 JOIN service_details sd ON sd.service_id = s.id \
                 WHERE d.slug = $1 AND s.status = 'active' ORDER BY s.name, sd.slug",
            )
            .bind(desk_slug)
            .fetch_all(pool)
            .await?
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_sets_round_trip_in_canonical_order() {
        let set = Login::parse_set("none, spid,spid,cie").unwrap();
        assert_eq!(set, vec![Login::Spid, Login::Cie, Login::None]);
        assert_eq!(Login::join(&set), "spid,cie,none");
        assert!(Login::parse("password").is_err());
    }

    #[test]
    fn categories_parse_their_slugs() {
        for c in CatalogueCategory::ALL {
            assert_eq!(CatalogueCategory::parse(c.as_str()).unwrap(), c);
        }
        assert!(CatalogueCategory::parse("sport").is_err());
    }
}
