//! Operators change a desk's public details. Every change is checked against the editor's
//! scope inside the transaction, and recorded field by field in HSDS `metadata` (previous and
//! new value, who, when): that table is the desk's version history.

use chrono::{DateTime, NaiveDate, Utc};
use sportello_core::{
    Channel, DeskScope, Email, GeoPoint, LanguageCode, OpeningHours, ProvinceCode,
};

use crate::directory::desks::DESK_ORGANISATION_CHAIN;
use crate::editing::history::{record_changes, HISTORY_SELECT};
use crate::{bump_directory_version, new_id, read, sync_desk_schedule, write, Result, Store};

/// What an edit form sends: the whole editable state of a desk, already validated.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskEdit {
    pub name: String,
    pub description: Option<String>,
    pub opening_hours: Option<OpeningHours>,
    /// Language codes spoken.
    pub languages: Vec<LanguageCode>,
    /// When some of them are spoken, if not whenever the desk is open; the others have none.
    pub language_hours: Vec<(LanguageCode, OpeningHours)>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    pub phone: Option<String>,
    pub email: Option<Email>,
    pub accessibility: Option<String>,
    /// Where the desk is: its physical address and position.
    pub address: String,
    pub postcode: String,
    pub comune: String,
    pub province: ProvinceCode,
    pub point: GeoPoint,
    /// The address and position are never public (a shelter, say).
    pub sensitive: bool,
    /// The editor confirms the details are current: `verified_on` becomes today.
    pub verified: bool,
}

/// The editable state of a desk as stored, for the form.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskEditable {
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub opening_hours: Option<String>,
    pub languages: Vec<String>,
    /// (code, OSM hours) of the languages with their own slot.
    pub language_hours: Vec<(String, String)>,
    pub channels: Vec<Channel>,
    pub by_appointment: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub accessibility: Option<String>,
    pub address: String,
    pub postcode: String,
    pub comune: String,
    pub province: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub sensitive: bool,
    pub verified_on: Option<NaiveDate>,
}

/// One recorded change of one field.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct FieldChange {
    pub field_name: String,
    pub previous_value: String,
    pub replacement_value: String,
    /// The editor's e-mail while the account exists, else the stored account id.
    pub updated_by: String,
    pub last_action_date: String,
}

#[derive(sqlx::FromRow)]
struct EditRow {
    id: String,
    name: String,
    description: Option<String>,
    opening_hours: Option<String>,
    channels: String,
    by_appointment: bool,
    phone: Option<String>,
    email: Option<String>,
    accessibility: Option<String>,
    address_id: Option<String>,
    address: Option<String>,
    postcode: Option<String>,
    comune: Option<String>,
    province: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    sensitive: bool,
    verified_on: Option<NaiveDate>,
}

const EDIT_ROW: &str = "SELECT d.id, l.name, l.description, d.opening_hours, d.channels, d.by_appointment, \
     (SELECT p.\"number\" FROM phones p WHERE p.location_id = d.id ORDER BY p.id LIMIT 1) AS phone, \
     (SELECT c.email FROM contacts c WHERE c.location_id = d.id AND c.email IS NOT NULL ORDER BY c.id LIMIT 1) AS email, \
     (SELECT a.description FROM accessibility a WHERE a.location_id = d.id ORDER BY a.id LIMIT 1) AS accessibility, \
     ad.id AS address_id, ad.address_1 AS address, ad.postal_code AS postcode, ad.city AS comune, \
     ad.state_province AS province, l.latitude, l.longitude, d.sensitive, \
     d.verified_on FROM desks d JOIN locations l ON l.id = d.id \
     LEFT JOIN addresses ad ON ad.id = (SELECT a2.id FROM addresses a2 \
     WHERE a2.location_id = d.id AND a2.address_type = 'physical' ORDER BY a2.id LIMIT 1) \
     WHERE d.slug = $1";

/// (language code, OSM hours)
type Slot = (String, String);

/// (code, OSM hours) of a desk's languages that have their own slot, by code.
const LANGUAGE_SLOTS: &str = "SELECT g.code, h.opening_hours FROM languages g \
     JOIN language_hours h ON h.language_id = g.id JOIN desks d ON d.id = g.location_id \
     WHERE d.slug = $1 ORDER BY g.code";

/// Language slots as the history records them: "ar: Mo 09:00-12:00 | zh: Tu 14:00-16:00".
fn slots_text<'a>(slots: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut parts: Vec<String> = slots
        .map(|(code, hours)| format!("{code}: {hours}"))
        .collect();
    parts.sort();
    parts.join(" | ")
}

/// A position as the history records it.
fn position(latitude: Option<f64>, longitude: Option<f64>) -> String {
    match (latitude, longitude) {
        (Some(lat), Some(lon)) => format!("{lat}, {lon}"),
        _ => String::new(),
    }
}

fn text(value: Option<&str>) -> String {
    value.unwrap_or("").to_owned()
}

/// Inside a `write!` body: sets the first row of `$table` for a location to `$value`
/// (inserting one when there is none), or deletes that row when `$value` is `None`.
macro_rules! replace_first {
    ($tx:ident, $table:literal, $column:literal, $location_id:expr, $value:expr, $insert_tail:literal) => {{
        let first: Option<String> = sqlx::query_scalar(concat!(
            "SELECT id FROM ",
            $table,
            " WHERE location_id = $1 ORDER BY id LIMIT 1"
        ))
        .bind($location_id)
        .fetch_optional(&mut *$tx)
        .await?;
        match (first, $value) {
            (Some(id), Some(value)) => {
                sqlx::query(concat!(
                    "UPDATE ",
                    $table,
                    " SET ",
                    $column,
                    " = $1 WHERE id = $2"
                ))
                .bind(value)
                .bind(id)
                .execute(&mut *$tx)
                .await?;
            }
            (Some(id), None) => {
                sqlx::query(concat!("DELETE FROM ", $table, " WHERE id = $1"))
                    .bind(id)
                    .execute(&mut *$tx)
                    .await?;
            }
            (None, Some(value)) => {
                sqlx::query(concat!(
                    "INSERT INTO ",
                    $table,
                    " (id, location_id, ",
                    $column,
                    $insert_tail
                ))
                .bind(new_id())
                .bind($location_id)
                .bind(value)
                .execute(&mut *$tx)
                .await?;
            }
            (None, None) => {}
        }
    }};
}

impl Store {
    /// A desk's editable details, only if `scope` reaches it (otherwise `None`, as for a
    /// desk that does not exist).
    pub async fn desk_editable(
        &self,
        scope: &DeskScope,
        slug: &str,
    ) -> Result<Option<DeskEditable>> {
        let (row, chain, languages, slots): (Option<EditRow>, Vec<String>, Vec<String>, Vec<Slot>) =
            read!(self, |pool| {
                let row: Option<EditRow> = sqlx::query_as(EDIT_ROW)
                    .bind(slug)
                    .fetch_optional(pool)
                    .await?;
                let chain = sqlx::query_scalar(DESK_ORGANISATION_CHAIN)
                    .bind(slug)
                    .fetch_all(pool)
                    .await?;
                let languages = sqlx::query_scalar(
                    "SELECT g.code FROM languages g JOIN desks d ON d.id = g.location_id \
                     WHERE d.slug = $1 ORDER BY g.code",
                )
                .bind(slug)
                .fetch_all(pool)
                .await?;
                let slots = sqlx::query_as(LANGUAGE_SLOTS)
                    .bind(slug)
                    .fetch_all(pool)
                    .await?;
                (row, chain, languages, slots)
            });
        let Some(row) = row.filter(|_| scope.allows(slug, &chain)) else {
            return Ok(None);
        };
        Ok(Some(DeskEditable {
            slug: slug.to_owned(),
            name: row.name,
            description: row.description,
            opening_hours: row.opening_hours,
            languages: languages
                .into_iter()
                .filter(|code: &String| !code.is_empty())
                .collect(),
            language_hours: slots,
            channels: Channel::parse_set(&row.channels).unwrap_or_default(),
            by_appointment: row.by_appointment,
            phone: row.phone,
            email: row.email,
            accessibility: row.accessibility,
            address: row.address.unwrap_or_default(),
            postcode: row.postcode.unwrap_or_default(),
            comune: row.comune.unwrap_or_default(),
            province: row.province.unwrap_or_default(),
            latitude: row.latitude,
            longitude: row.longitude,
            sensitive: row.sensitive,
            verified_on: row.verified_on,
        }))
    }

    /// Applies an edit if `scope` reaches the desk, in one transaction: the new values, one
    /// HSDS `metadata` row per changed field, and the directory version. `editor` is the
    /// account id, stored as `metadata.updated_by`: the HSDS API publishes metadata, so no
    /// e-mail goes there. Returns the changed fields, or `None` when the desk is out of scope
    /// or does not exist.
    pub async fn update_desk(
        &self,
        scope: &DeskScope,
        slug: &str,
        edit: &DeskEdit,
        editor: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Vec<String>>> {
        let today = now.date_naive();
        let changed = write!(self, |tx| {
            let row: Option<EditRow> = sqlx::query_as(EDIT_ROW)
                .bind(slug)
                .fetch_optional(&mut *tx)
                .await?;
            let chain: Vec<String> = sqlx::query_scalar(DESK_ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(&mut *tx)
                .await?;
            match row.filter(|_| scope.allows(slug, &chain)) {
                None => None,
                Some(row) => {
                    let languages: Vec<String> = sqlx::query_scalar(
                        "SELECT code FROM languages WHERE location_id = $1 ORDER BY code",
                    )
                    .bind(&row.id)
                    .fetch_all(&mut *tx)
                    .await?;
                    let slots: Vec<Slot> = sqlx::query_as(LANGUAGE_SLOTS)
                        .bind(slug)
                        .fetch_all(&mut *tx)
                        .await?;
                    let mut wanted: Vec<String> = edit
                        .languages
                        .iter()
                        .map(|c| c.as_str().to_owned())
                        .collect();
                    wanted.sort();
                    wanted.dedup();
                    let new_hours = edit.opening_hours.as_ref().map(OpeningHours::as_str);
                    let new_channels = Channel::join(&edit.channels);
                    let new_email = edit.email.as_ref().map(Email::as_str);
                    let fields: [(&str, String, String); 16] = [
                        (
                            "language_hours",
                            slots_text(slots.iter().map(|(c, h)| (c.as_str(), h.as_str()))),
                            slots_text(
                                edit.language_hours
                                    .iter()
                                    .map(|(c, h)| (c.as_str(), h.as_str())),
                            ),
                        ),
                        (
                            "address",
                            text(row.address.as_deref()),
                            edit.address.clone(),
                        ),
                        (
                            "postcode",
                            text(row.postcode.as_deref()),
                            edit.postcode.clone(),
                        ),
                        ("comune", text(row.comune.as_deref()), edit.comune.clone()),
                        (
                            "province",
                            text(row.province.as_deref()),
                            edit.province.as_str().to_owned(),
                        ),
                        (
                            "position",
                            position(row.latitude, row.longitude),
                            position(Some(edit.point.latitude), Some(edit.point.longitude)),
                        ),
                        (
                            "sensitive",
                            row.sensitive.to_string(),
                            edit.sensitive.to_string(),
                        ),
                        ("name", row.name.clone(), edit.name.clone()),
                        (
                            "description",
                            text(row.description.as_deref()),
                            text(edit.description.as_deref()),
                        ),
                        (
                            "opening_hours",
                            text(row.opening_hours.as_deref()),
                            text(new_hours),
                        ),
                        ("languages", languages.join(","), wanted.join(",")),
                        ("channels", row.channels.clone(), new_channels.clone()),
                        (
                            "by_appointment",
                            row.by_appointment.to_string(),
                            edit.by_appointment.to_string(),
                        ),
                        (
                            "phone",
                            text(row.phone.as_deref()),
                            text(edit.phone.as_deref()),
                        ),
                        ("email", text(row.email.as_deref()), text(new_email)),
                        (
                            "accessibility",
                            text(row.accessibility.as_deref()),
                            text(edit.accessibility.as_deref()),
                        ),
                    ];
                    let mut changed =
                        record_changes!(tx, &row.id, "location", &fields, editor, now);
                    sqlx::query(
                        "UPDATE locations SET name = $1, description = $2, latitude = $3, longitude = $4 \
                         WHERE id = $5",
                    )
                    .bind(&edit.name)
                    .bind(&edit.description)
                    .bind(edit.point.latitude)
                    .bind(edit.point.longitude)
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await?;
                    if let Some(address_id) = &row.address_id {
                        sqlx::query(
                            "UPDATE addresses SET address_1 = $1, postal_code = $2, city = $3, \
                             state_province = $4 WHERE id = $5",
                        )
                        .bind(&edit.address)
                        .bind(&edit.postcode)
                        .bind(&edit.comune)
                        .bind(edit.province.as_str())
                        .bind(address_id)
                        .execute(&mut *tx)
                        .await?;
                    } else {
                        sqlx::query(
                            "INSERT INTO addresses (id, location_id, address_1, city, region, state_province, \
                             postal_code, country, address_type) \
                             SELECT $1, l.id, $2, $3, o.region, $4, $5, 'IT', 'physical' \
                             FROM locations l JOIN organizations o ON o.id = l.organization_id WHERE l.id = $6",
                        )
                        .bind(new_id())
                        .bind(&edit.address)
                        .bind(&edit.comune)
                        .bind(edit.province.as_str())
                        .bind(&edit.postcode)
                        .bind(&row.id)
                        .execute(&mut *tx)
                        .await?;
                    }
                    let verified_on = if edit.verified {
                        Some(today)
                    } else {
                        row.verified_on
                    };
                    if edit.verified && row.verified_on != Some(today) {
                        changed.push("verified_on".to_owned());
                    }
                    sqlx::query(
                        "UPDATE desks SET opening_hours = $1, channels = $2, by_appointment = $3, \
                         verified_on = $4, updated_at = $5, sensitive = $6 WHERE id = $7",
                    )
                    .bind(new_hours)
                    .bind(&new_channels)
                    .bind(edit.by_appointment)
                    .bind(verified_on)
                    .bind(now)
                    .bind(edit.sensitive)
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await?;
                    // One phone, one e-mail contact, one accessibility note per desk: the
                    // form edits the first of each (imported desks may have more).
                    replace_first!(
                        tx,
                        "phones",
                        "\"number\"",
                        &row.id,
                        edit.phone.as_deref(),
                        ", \"type\") VALUES ($1, $2, $3, 'voice')"
                    );
                    replace_first!(
                        tx,
                        "contacts",
                        "email",
                        &row.id,
                        new_email,
                        ") VALUES ($1, $2, $3)"
                    );
                    replace_first!(
                        tx,
                        "accessibility",
                        "description",
                        &row.id,
                        edit.accessibility.as_deref(),
                        ") VALUES ($1, $2, $3)"
                    );
                    for code in languages.iter().filter(|c| !wanted.contains(c)) {
                        sqlx::query("DELETE FROM language_hours WHERE language_id IN \
                                     (SELECT id FROM languages WHERE location_id = $1 AND code = $2)")
                            .bind(&row.id)
                            .bind(code)
                            .execute(&mut *tx)
                            .await?;
                        sqlx::query("DELETE FROM languages WHERE location_id = $1 AND code = $2")
                            .bind(&row.id)
                            .bind(code)
                            .execute(&mut *tx)
                            .await?;
                    }
                    for code in wanted.iter().filter(|c| !languages.contains(c)) {
                        sqlx::query(
                            "INSERT INTO languages (id, location_id, code) VALUES ($1, $2, $3)",
                        )
                        .bind(new_id())
                        .bind(&row.id)
                        .bind(code)
                        .execute(&mut *tx)
                        .await?;
                    }
                    sync_desk_schedule!(tx, &row.id, new_hours);
                    // Slots: the form sends all of them; rewrite this desk's.
                    sqlx::query(
                        "DELETE FROM language_hours WHERE language_id IN \
                         (SELECT id FROM languages WHERE location_id = $1)",
                    )
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await?;
                    for (code, hours) in &edit.language_hours {
                        sqlx::query(
                            "INSERT INTO language_hours (language_id, opening_hours) \
                             SELECT id, $1 FROM languages WHERE location_id = $2 AND code = $3",
                        )
                        .bind(hours.as_str())
                        .bind(&row.id)
                        .bind(code.as_str())
                        .execute(&mut *tx)
                        .await?;
                    }
                    bump_directory_version!(tx, "desk", &row.id);
                    Some(changed)
                }
            }
        });
        Ok(changed)
    }

    /// The recorded changes of a desk, newest first (at most `limit`), only if `scope`
    /// reaches it.
    pub async fn desk_history(
        &self,
        scope: &DeskScope,
        slug: &str,
        limit: u32,
    ) -> Result<Option<Vec<FieldChange>>> {
        let (chain, changes): (Vec<String>, Vec<FieldChange>) = read!(self, |pool| {
            let chain: Vec<String> = sqlx::query_scalar(DESK_ORGANISATION_CHAIN)
                .bind(slug)
                .fetch_all(pool)
                .await?;
            let changes = sqlx::query_as(&format!(
                "{HISTORY_SELECT} JOIN desks d ON d.id = m.resource_id \
                 WHERE d.slug = $1 \
                 ORDER BY m.last_action_date DESC, m.id DESC LIMIT $2"
            ))
            .bind(slug)
            .bind(i64::from(limit))
            .fetch_all(pool)
            .await?;
            (chain, changes)
        });
        if chain.is_empty() || !scope.allows(slug, &chain) {
            return Ok(None);
        }
        Ok(Some(changes))
    }
}
