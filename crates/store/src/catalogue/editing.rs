//! Operators change a service's or an organisation's public details. As for desks
//! (`desk_edit.rs`), the scope is checked inside the write transaction and every changed
//! field becomes one HSDS `metadata` row (the record's version history); out of scope and
//! missing are the same `None`.
//!
//! Who reaches a service is decided in one place, [`service_reachable`]: the desks that
//! offer it and its organisation chain, checked by [`DeskScope::allows_any`].

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::{Channel, DeskScope, Email};

use crate::catalogue::services::Login;
use crate::directory::editing::FieldChange;
use crate::editing::history::{record_changes, stamp, HISTORY_SELECT};
use crate::{bump_directory_version, new_id, read, write, Result, Store};

/// What a service edit form sends, already validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEdit {
    pub name: String,
    pub description: Option<String>,
    /// Who can ask.
    pub eligibility_description: Option<String>,
    /// How to ask.
    pub application_process: Option<String>,
    /// What you get.
    pub outcome: Option<String>,
    pub wait_time: Option<String>,
    pub fees_description: Option<String>,
    /// An `https://` or `http://` address.
    pub url: Option<String>,
    pub email: Option<Email>,
    pub plain_note: Option<String>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    /// Sign-in methods of an online service.
    pub login: Vec<Login>,
    /// One document per entry, in the order shown.
    pub required_documents: Vec<String>,
    /// The editor confirms the details are current: `verified_on` becomes today.
    pub verified: bool,
}

/// The editable state of a service as stored, for the form and the record page.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceEditable {
    pub slug: String,
    pub name: String,
    pub organisation_name: String,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
    pub application_process: Option<String>,
    pub outcome: Option<String>,
    pub wait_time: Option<String>,
    pub fees_description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub plain_note: Option<String>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    pub login: Vec<Login>,
    pub required_documents: Vec<String>,
    pub verified_on: Option<NaiveDate>,
}

/// A service in the list of those an operator may edit.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ServiceLine {
    pub slug: String,
    pub name: String,
    pub organisation_name: String,
    pub verified_on: Option<NaiveDate>,
}

/// What an organisation edit form sends, already validated.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganisationEdit {
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: Option<String>,
    pub email: Option<Email>,
    /// An `https://` or `http://` address.
    pub website: Option<String>,
    pub verified: bool,
}

/// The editable state of an organisation as stored.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct OrganisationEditable {
    pub slug: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: String,
    pub email: Option<String>,
    pub website: Option<String>,
    pub verified_on: Option<NaiveDate>,
}

#[derive(sqlx::FromRow)]
struct ServiceRow {
    id: String,
    name: String,
    organisation_name: String,
    description: Option<String>,
    eligibility_description: Option<String>,
    application_process: Option<String>,
    outcome: Option<String>,
    wait_time: Option<String>,
    fees_description: Option<String>,
    url: Option<String>,
    email: Option<String>,
    plain_note: Option<String>,
    channels: String,
    by_appointment: bool,
    login: String,
    verified_on: Option<NaiveDate>,
}

const SERVICE_ROW: &str = "SELECT s.id, s.name, COALESCE(o.name, '') AS organisation_name, s.description, \
     s.eligibility_description, s.application_process, sd.outcome, s.wait_time, s.fees_description, \
     s.url, s.email, sd.plain_note, sd.channels, sd.by_appointment, sd.login, sd.verified_on \
     FROM service_details sd JOIN services s ON s.id = sd.service_id \
     LEFT JOIN organizations o ON o.id = s.organization_id WHERE sd.slug = $1";

#[derive(sqlx::FromRow)]
struct OrganisationRow {
    id: String,
    name: String,
    alternate_name: Option<String>,
    description: String,
    email: Option<String>,
    website: Option<String>,
    verified_on: Option<NaiveDate>,
}

const ORGANISATION_UPDATE_ROW: &str =
    "SELECT id, name, alternate_name, description, email, website, verified_on \
     FROM organizations WHERE slug = $1";

/// What reaches service `$1`: `('desk', slug)` for every desk that offers it and
/// `('organisation', slug)` for its organisation and that organisation's ancestors (at most
/// ten levels).
const SERVICE_REACH: &str = "WITH RECURSIVE up (id, slug, parent, depth) AS ( \
     SELECT o.id, o.slug, o.parent_organization_id, 0 FROM service_details sd \
     JOIN services s ON s.id = sd.service_id JOIN organizations o ON o.id = s.organization_id \
     WHERE sd.slug = $1 \
     UNION ALL SELECT o.id, o.slug, o.parent_organization_id, up.depth + 1 FROM organizations o \
     JOIN up ON o.id = up.parent WHERE up.depth < 10) \
     SELECT 'organisation' AS kind, slug FROM up \
     UNION ALL SELECT 'desk' AS kind, d.slug FROM service_details sd \
     JOIN service_at_location sal ON sal.service_id = sd.service_id \
     JOIN desks d ON d.id = sal.location_id WHERE sd.slug = $1";

/// The slugs of organisation `$1` and of its ancestors, nearest first.
const ORGANISATION_CHAIN: &str = "WITH RECURSIVE up (id, slug, parent, depth) AS ( \
     SELECT id, slug, parent_organization_id, 0 FROM organizations WHERE slug = $1 \
     UNION ALL SELECT o.id, o.slug, o.parent_organization_id, up.depth + 1 FROM organizations o \
     JOIN up ON o.id = up.parent WHERE up.depth < 10) SELECT slug FROM up ORDER BY depth";

/// The ids of organisation `$1` and of its descendants.
const ORGANISATION_AND_DESCENDANTS: &str = "WITH RECURSIVE tree (id, depth) AS ( \
     SELECT id, 0 FROM organizations WHERE slug = $1 \
     UNION ALL SELECT o.id, tree.depth + 1 FROM organizations o JOIN tree ON o.parent_organization_id = tree.id \
     WHERE tree.depth < 10) SELECT id FROM tree";

const SERVICE_LINE: &str =
    "SELECT sd.slug, s.name, COALESCE(o.name, '') AS organisation_name, sd.verified_on \
     FROM service_details sd JOIN services s ON s.id = sd.service_id \
     LEFT JOIN organizations o ON o.id = s.organization_id";

const ORGANISATION_ROW: &str =
    "SELECT slug, name, alternate_name, description, email, website, verified_on \
     FROM organizations";

/// The one rule for services: `scope` reaches a service through any desk that offers it or
/// through its organisation chain (`reach` as read by [`SERVICE_REACH`]).
fn service_reachable(scope: &DeskScope, reach: &[(String, String)]) -> bool {
    let pick = |kind: &str| -> Vec<String> {
        reach
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, slug)| slug.clone())
            .collect()
    };
    scope.allows_any(&pick("desk"), &pick("organisation"))
}

fn text(value: Option<&str>) -> String {
    value.unwrap_or("").to_owned()
}

fn service_editable(slug: &str, row: ServiceRow, documents: Vec<String>) -> ServiceEditable {
    ServiceEditable {
        slug: slug.to_owned(),
        name: row.name,
        organisation_name: row.organisation_name,
        description: row.description,
        eligibility_description: row.eligibility_description,
        application_process: row.application_process,
        outcome: row.outcome,
        wait_time: row.wait_time,
        fees_description: row.fees_description,
        url: row.url,
        email: row.email,
        plain_note: row.plain_note,
        channels: Channel::parse_set(&row.channels).unwrap_or_default(),
        by_appointment: row.by_appointment,
        login: Login::parse_set(&row.login).unwrap_or_default(),
        required_documents: documents,
        verified_on: row.verified_on,
    }
}

impl Store {
    /// The services `scope` may edit, by name (at most `limit`).
    pub async fn services_editable(
        &self,
        scope: &DeskScope,
        limit: u32,
    ) -> Result<Vec<ServiceLine>> {
        let order = "ORDER BY s.name, sd.slug";
        let mut found: Vec<ServiceLine> = match scope {
            DeskScope::All => {
                let sql = format!("{SERVICE_LINE} {order} LIMIT $1");
                read!(self, |pool| {
                    sqlx::query_as(&sql)
                        .bind(i64::from(limit))
                        .fetch_all(pool)
                        .await?
                })
            }
            // One query per grant: operators hold a handful.
            DeskScope::Only {
                desks,
                organisations,
            } => {
                let at_desk = format!(
                    "{SERVICE_LINE} WHERE sd.service_id IN (SELECT sal.service_id FROM service_at_location sal \
                     JOIN desks d ON d.id = sal.location_id WHERE d.slug = $1) {order} LIMIT $2"
                );
                let by_organisation = format!(
                    "{SERVICE_LINE} WHERE s.organization_id IN ({ORGANISATION_AND_DESCENDANTS}) {order} LIMIT $2"
                );
                let mut found = Vec::new();
                for (sql, slugs) in [(at_desk, desks), (by_organisation, organisations)] {
                    for slug in slugs {
                        let rows: Vec<ServiceLine> = read!(self, |pool| {
                            sqlx::query_as(&sql)
                                .bind(slug)
                                .bind(i64::from(limit))
                                .fetch_all(pool)
                                .await?
                        });
                        found.extend(rows);
                    }
                }
                found.sort_by(|a, b| (&a.name, &a.slug).cmp(&(&b.name, &b.slug)));
                found.dedup_by(|a, b| a.slug == b.slug);
                found
            }
        };
        found.truncate(limit as usize);
        Ok(found)
    }

    /// A service's editable details, only if `scope` reaches it (otherwise `None`, as for a
    /// service that does not exist).
    pub async fn service_editable(
        &self,
        scope: &DeskScope,
        slug: &str,
    ) -> Result<Option<ServiceEditable>> {
        let (row, reach, documents): (Option<ServiceRow>, Vec<(String, String)>, Vec<String>) = read!(
            self,
            |pool| {
                let row: Option<ServiceRow> = sqlx::query_as(SERVICE_ROW)
                    .bind(slug)
                    .fetch_optional(pool)
                    .await?;
                let reach = sqlx::query_as(SERVICE_REACH)
                    .bind(slug)
                    .fetch_all(pool)
                    .await?;
                let documents = sqlx::query_scalar(
                    "SELECT COALESCE(r.document, '') FROM required_documents r \
                     JOIN service_details sd ON sd.service_id = r.service_id WHERE sd.slug = $1 ORDER BY r.id",
                )
                .bind(slug)
                .fetch_all(pool)
                .await?;
                (row, reach, documents)
            }
        );
        Ok(row
            .filter(|_| service_reachable(scope, &reach))
            .map(|row| service_editable(slug, row, documents)))
    }

    /// Applies a service edit if `scope` reaches the service, in one transaction: the new
    /// values, `services.last_modified` (for the HSDS API's `modified_after`), one HSDS
    /// `metadata` row per changed field, and the directory version. Returns the changed
    /// fields, or `None` when the service is out of scope or does not exist.
    pub async fn update_service(
        &self,
        scope: &DeskScope,
        slug: &str,
        edit: &ServiceEdit,
        editor: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<String>>> {
        let today = now.date_naive();
        let changed = write!(self, |tx| {
            let row: Option<ServiceRow> = sqlx::query_as(SERVICE_ROW)
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?;
            let reach: Vec<(String, String)> = sqlx::query_as(SERVICE_REACH)
                .bind(slug)
                .fetch_all(&mut *tx)
                .await?;
            match row.filter(|_| service_reachable(scope, &reach)) {
                None => None,
                Some(row) => {
                    let documents: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
                        "SELECT id, document, uri FROM required_documents WHERE service_id = $1 ORDER BY id",
                    )
                    .bind(&row.id)
                    .fetch_all(&mut *tx)
                    .await?;
                    let old_documents: Vec<String> = documents
                        .iter()
                        .map(|(_, d, _)| text(d.as_deref()))
                        .collect();
                    let new_channels = Channel::join(&edit.channels);
                    let new_login = Login::join(&edit.login);
                    let new_email = edit.email.as_ref().map(Email::as_str);
                    let fields: [(&str, String, String); 15] = [
                        ("name", row.name.clone(), edit.name.clone()),
                        (
                            "description",
                            text(row.description.as_deref()),
                            text(edit.description.as_deref()),
                        ),
                        (
                            "eligibility_description",
                            text(row.eligibility_description.as_deref()),
                            text(edit.eligibility_description.as_deref()),
                        ),
                        (
                            "application_process",
                            text(row.application_process.as_deref()),
                            text(edit.application_process.as_deref()),
                        ),
                        (
                            "outcome",
                            text(row.outcome.as_deref()),
                            text(edit.outcome.as_deref()),
                        ),
                        (
                            "wait_time",
                            text(row.wait_time.as_deref()),
                            text(edit.wait_time.as_deref()),
                        ),
                        (
                            "fees_description",
                            text(row.fees_description.as_deref()),
                            text(edit.fees_description.as_deref()),
                        ),
                        ("url", text(row.url.as_deref()), text(edit.url.as_deref())),
                        ("email", text(row.email.as_deref()), text(new_email)),
                        (
                            "plain_note",
                            text(row.plain_note.as_deref()),
                            text(edit.plain_note.as_deref()),
                        ),
                        ("channels", row.channels.clone(), new_channels.clone()),
                        (
                            "by_appointment",
                            row.by_appointment.to_string(),
                            edit.by_appointment.to_string(),
                        ),
                        ("login", row.login.clone(), new_login.clone()),
                        (
                            "required_documents",
                            old_documents.join("\n"),
                            edit.required_documents.join("\n"),
                        ),
                        (
                            "verified_on",
                            row.verified_on.map(|d| d.to_string()).unwrap_or_default(),
                            if edit.verified {
                                today.to_string()
                            } else {
                                row.verified_on.map(|d| d.to_string()).unwrap_or_default()
                            },
                        ),
                    ];
                    let changed = record_changes!(tx, &row.id, "service", &fields, editor, now);
                    sqlx::query(
                        "UPDATE services SET name = $1, description = $2, eligibility_description = $3, \
                         application_process = $4, wait_time = $5, fees_description = $6, url = $7, \
                         email = $8 WHERE id = $9",
                    )
                    .bind(&edit.name)
                    .bind(&edit.description)
                    .bind(&edit.eligibility_description)
                    .bind(&edit.application_process)
                    .bind(&edit.wait_time)
                    .bind(&edit.fees_description)
                    .bind(&edit.url)
                    .bind(new_email)
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await?;
                    if !changed.is_empty() {
                        // The HSDS API's `modified_after` compares this column.
                        sqlx::query("UPDATE services SET last_modified = $1 WHERE id = $2")
                            .bind(stamp(now))
                            .bind(&row.id)
                            .execute(&mut *tx)
                            .await?;
                    }
                    let verified_on = if edit.verified {
                        Some(today)
                    } else {
                        row.verified_on
                    };
                    sqlx::query(
                        "UPDATE service_details SET outcome = $1, plain_note = $2, channels = $3, \
                         by_appointment = $4, login = $5, verified_on = $6, updated_at = $7 \
                         WHERE service_id = $8",
                    )
                    .bind(&edit.outcome)
                    .bind(&edit.plain_note)
                    .bind(&new_channels)
                    .bind(edit.by_appointment)
                    .bind(&new_login)
                    .bind(verified_on)
                    .bind(now)
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await?;
                    if old_documents != edit.required_documents {
                        // Rewritten in the new order; a document that stays keeps its link.
                        sqlx::query("DELETE FROM required_documents WHERE service_id = $1")
                            .bind(&row.id)
                            .execute(&mut *tx)
                            .await?;
                        for document in &edit.required_documents {
                            let uri = documents
                                .iter()
                                .find(|(_, d, _)| d.as_deref() == Some(document.as_str()))
                                .and_then(|(_, _, uri)| uri.clone());
                            sqlx::query(
                                "INSERT INTO required_documents (id, service_id, document, uri) \
                                 VALUES ($1, $2, $3, $4)",
                            )
                            .bind(new_id())
                            .bind(&row.id)
                            .bind(document)
                            .bind(uri)
                            .execute(&mut *tx)
                            .await?;
                        }
                    }
                    bump_directory_version!(tx, "service", &row.id);
                    Some(changed)
                }
            }
        });
        Ok(changed)
    }

    /// The recorded changes of a service, newest first (at most `limit`), only if `scope`
    /// reaches it.
    pub async fn service_history(
        &self,
        scope: &DeskScope,
        slug: &str,
        limit: u32,
    ) -> Result<Option<Vec<FieldChange>>> {
        let (exists, reach, changes): (Option<String>, Vec<(String, String)>, Vec<FieldChange>) =
            read!(self, |pool| {
                let exists =
                    sqlx::query_scalar("SELECT service_id FROM service_details WHERE slug = $1")
                        .bind(slug)
                        .fetch_optional(pool)
                        .await?;
                let reach = sqlx::query_as(SERVICE_REACH)
                    .bind(slug)
                    .fetch_all(pool)
                    .await?;
                let changes = sqlx::query_as(&format!(
                    "{HISTORY_SELECT} JOIN service_details sd ON sd.service_id = m.resource_id \
                     WHERE sd.slug = $1 AND m.resource_type = 'service' \
                     ORDER BY m.last_action_date DESC, m.id DESC LIMIT $2"
                ))
                .bind(slug)
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await?;
                (exists, reach, changes)
            });
        if exists.is_none() || !service_reachable(scope, &reach) {
            return Ok(None);
        }
        Ok(Some(changes))
    }

    /// The organisations `scope` may edit, by name (at most `limit`).
    pub async fn organisations_editable(
        &self,
        scope: &DeskScope,
        limit: u32,
    ) -> Result<Vec<OrganisationEditable>> {
        let order = "ORDER BY name, slug";
        let mut found: Vec<OrganisationEditable> = match scope {
            DeskScope::All => {
                let sql = format!("{ORGANISATION_ROW} {order} LIMIT $1");
                read!(self, |pool| {
                    sqlx::query_as(&sql)
                        .bind(i64::from(limit))
                        .fetch_all(pool)
                        .await?
                })
            }
            // Desk grants never reach an organisation: only organisation grants count.
            DeskScope::Only { organisations, .. } => {
                let sql = format!(
                    "{ORGANISATION_ROW} WHERE id IN ({ORGANISATION_AND_DESCENDANTS}) {order} LIMIT $2"
                );
                let mut found = Vec::new();
                for slug in organisations {
                    let rows: Vec<OrganisationEditable> = read!(self, |pool| {
                        sqlx::query_as(&sql)
                            .bind(slug)
                            .bind(i64::from(limit))
                            .fetch_all(pool)
                            .await?
                    });
                    found.extend(rows);
                }
                found.sort_by(|a, b| (&a.name, &a.slug).cmp(&(&b.name, &b.slug)));
                found.dedup_by(|a, b| a.slug == b.slug);
                found
            }
        };
        found.truncate(limit as usize);
        Ok(found)
    }

    /// An organisation's editable details, only if `scope` reaches it or an ancestor.
    pub async fn organisation_editable(
        &self,
        scope: &DeskScope,
        slug: &str,
    ) -> Result<Option<OrganisationEditable>> {
        let sql = format!("{ORGANISATION_ROW} WHERE slug = $1");
        let (row, chain): (Option<OrganisationEditable>, Vec<String>) = read!(self, |pool| {
            let row = sqlx::query_as(&sql).bind(slug).fetch_optional(pool).await?;
            let chain = sqlx::query_scalar(ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(pool)
                .await?;
            (row, chain)
        });
        Ok(row.filter(|_| scope.allows_any(&[], &chain)))
    }

    /// Applies an organisation edit if `scope` reaches it, in one transaction with its
    /// `metadata` rows and the directory version. `None` when out of scope or missing.
    pub async fn update_organisation(
        &self,
        scope: &DeskScope,
        slug: &str,
        edit: &OrganisationEdit,
        editor: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<String>>> {
        let today = now.date_naive();
        let changed = write!(self, |tx| {
            let row: Option<OrganisationRow> = sqlx::query_as(ORGANISATION_UPDATE_ROW)
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?;
            let chain: Vec<String> = sqlx::query_scalar(ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(&mut *tx)
                .await?;
            match row.filter(|_| scope.allows_any(&[], &chain)) {
                None => None,
                Some(OrganisationRow {
                    id,
                    name,
                    alternate_name,
                    description,
                    email,
                    website,
                    verified_on,
                }) => {
                    let new_email = edit.email.as_ref().map(Email::as_str);
                    let new_verified = if edit.verified {
                        Some(today)
                    } else {
                        verified_on
                    };
                    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                    let fields: [(&str, String, String); 6] = [
                        ("name", name, edit.name.clone()),
                        (
                            "alternate_name",
                            text(alternate_name.as_deref()),
                            text(edit.alternate_name.as_deref()),
                        ),
                        (
                            "description",
                            description,
                            text(edit.description.as_deref()),
                        ),
                        ("email", text(email.as_deref()), text(new_email)),
                        (
                            "website",
                            text(website.as_deref()),
                            text(edit.website.as_deref()),
                        ),
                        ("verified_on", date(verified_on), date(new_verified)),
                    ];
                    let changed = record_changes!(tx, &id, "organization", &fields, editor, now);
                    sqlx::query(
                        "UPDATE organizations SET name = $1, alternate_name = $2, description = $3, \
                         email = $4, website = $5, verified_on = $6, updated_at = $7 WHERE id = $8",
                    )
                    .bind(&edit.name)
                    .bind(&edit.alternate_name)
                    .bind(text(edit.description.as_deref()))
                    .bind(new_email)
                    .bind(&edit.website)
                    .bind(new_verified)
                    .bind(now)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                    bump_directory_version!(tx);
                    Some(changed)
                }
            }
        });
        Ok(changed)
    }

    /// The recorded changes of an organisation, newest first (at most `limit`), only if
    /// `scope` reaches it.
    pub async fn organisation_history(
        &self,
        scope: &DeskScope,
        slug: &str,
        limit: u32,
    ) -> Result<Option<Vec<FieldChange>>> {
        let (chain, changes): (Vec<String>, Vec<FieldChange>) = read!(self, |pool| {
            let chain: Vec<String> = sqlx::query_scalar(ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(pool)
                .await?;
            let changes = sqlx::query_as(&format!(
                "{HISTORY_SELECT} JOIN organizations o ON o.id = m.resource_id \
                 WHERE o.slug = $1 AND m.resource_type = 'organization' \
                 ORDER BY m.last_action_date DESC, m.id DESC LIMIT $2"
            ))
            .bind(slug)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?;
            (chain, changes)
        });
        if chain.is_empty() || !scope.allows_any(&[], &chain) {
            return Ok(None);
        }
        Ok(Some(changes))
    }
}
