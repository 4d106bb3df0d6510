//! Import and export of the directory as HSDS tabular data, table by table.
//!
//! Every HSDS table comes from [`hsds_catalogue::TABLES`]; our extension tables (desks,
//! themes of desks, language hours, theme hubs, service details, and the extension columns
//! of organizations) are described here the same way, as `sportello_*` resources, so that
//! one generic upsert and one generic dump serve them all.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use futures::TryStreamExt;
use sqlx::Row;

use crate::hsds::catalogue::{self as hsds_catalogue, ColumnType, Table};
pub use crate::hsds::read::DumpScope;
use crate::{bump_directory_version, read, write, Result, Store, StoreError};

/// How a resource column is typed in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Number,
    Bool,
    Date,
}

/// A column another resource's key must hold (checked against the import and the database).
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    /// The resource of the import that may hold the target, if any.
    pub resource: Option<&'static str>,
    pub table: &'static str,
    pub column: &'static str,
    /// What the importer says when the target is nowhere.
    pub message: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct ResourceColumn {
    pub name: &'static str,
    pub kind: CellKind,
    pub required: bool,
    /// `uuid`, `uri`, `email`, `date-time`, `slug` or "".
    pub format: &'static str,
    /// The only values accepted, when not empty.
    pub allowed: &'static [&'static str],
    /// Unique across the table (slugs).
    pub unique: bool,
    /// Stored instead of an empty value (NOT NULL columns with a default).
    pub default: Option<&'static str>,
    pub references: Option<Reference>,
}

/// How the rows of a resource reach the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// `INSERT … ON CONFLICT (key) DO UPDATE`.
    Upsert,
    /// `UPDATE … WHERE key`: extension columns of a row another resource inserts.
    UpdateOnly,
}

/// One file of the tabular data package: an HSDS table or one of our extensions.
#[derive(Debug, Clone)]
pub struct Resource {
    /// The file name without `.csv` (`organizations`, `sportello_desks`).
    pub name: &'static str,
    pub table: &'static str,
    pub key: &'static [&'static str],
    pub columns: Vec<ResourceColumn>,
    /// Written on insert only, after `columns` in each row (the slug of an organization).
    pub insert_only: &'static [&'static str],
    /// The table has `created_at`/`updated_at`, set by the import.
    pub stamps: bool,
    pub mode: WriteMode,
    pub hsds: Option<&'static Table>,
}

impl Resource {
    pub fn file(&self) -> String {
        format!("{}.csv", self.name)
    }

    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// The key column, when the key is one column.
    pub fn single_key(&self) -> Option<usize> {
        match self.key {
            [one] => self.column_index(one),
            _ => None,
        }
    }
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Number(f64),
    Bool(bool),
    Date(NaiveDate),
}

/// What an import did to the rows of one resource.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RowCounts {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// Where the rows of an import come from, one at a time, in resource order.
pub trait RowSource {
    /// The next row: its resource's index in [`resources`] and its cells, in column order
    /// followed by the resource's `insert_only` cells.
    fn next_row(&mut self) -> std::result::Result<Option<(usize, Vec<Cell>)>, String>;
}

/// An import that did not complete: the database, or the row source.
#[derive(Debug, thiserror::Error)]
pub enum HsdsWriteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Source(String),
}

impl From<sqlx::Error> for HsdsWriteError {
    fn from(e: sqlx::Error) -> Self {
        HsdsWriteError::Store(StoreError::from(e))
    }
}

const fn ext(name: &'static str, kind: CellKind, required: bool) -> ResourceColumn {
    ResourceColumn {
        name,
        kind,
        required,
        format: "",
        allowed: &[],
        unique: false,
        default: None,
        references: None,
    }
}

const fn refers(
    mut c: ResourceColumn,
    resource: Option<&'static str>,
    table: &'static str,
    column: &'static str,
    message: &'static str,
) -> ResourceColumn {
    c.references = Some(Reference {
        resource,
        table,
        column,
        message,
    });
    c
}

const fn uuid(mut c: ResourceColumn) -> ResourceColumn {
    c.format = "uuid";
    c
}

const fn slug(mut c: ResourceColumn) -> ResourceColumn {
    c.format = "slug";
    c.unique = true;
    c
}

const fn one_of(mut c: ResourceColumn, allowed: &'static [&'static str]) -> ResourceColumn {
    c.allowed = allowed;
    c
}

const fn or(mut c: ResourceColumn, default: &'static str) -> ResourceColumn {
    c.default = Some(default);
    c
}

use CellKind::{Bool as B, Date as D, Text as T};

const CHANNELS_DEFAULT: &str = "in_person";
const THEME: Reference = Reference {
    resource: None,
    table: "themes",
    column: "slug",
    message: "unknown theme",
};

fn extensions() -> Vec<Resource> {
    let desk_ref = |c| refers(c, Some("sportello_desks"), "desks", "id", "unknown desk");
    let theme_ref = |mut c: ResourceColumn| {
        c.references = Some(THEME);
        c
    };
    vec![
        Resource {
            name: "sportello_organizations",
            table: "organizations",
            key: &["id"],
            columns: vec![
                refers(
                    uuid(ext("id", T, true)),
                    Some("organizations"),
                    "organizations",
                    "id",
                    "unknown organization",
                ),
                slug(ext("slug", T, true)),
                or(
                    one_of(
                        ext("kind", T, true),
                        &[
                            "region",
                            "comune",
                            "health_authority",
                            "cooperative",
                            "association",
                            "consortium",
                            "other",
                        ],
                    ),
                    "other",
                ),
                or(ext("region", T, true), ""),
                ext("verified_on", D, false),
            ],
            insert_only: &[],
            stamps: true,
            mode: WriteMode::UpdateOnly,
            hsds: None,
        },
        Resource {
            name: "sportello_desks",
            table: "desks",
            key: &["id"],
            columns: vec![
                refers(
                    uuid(ext("id", T, true)),
                    Some("locations"),
                    "locations",
                    "id",
                    "unknown location",
                ),
                slug(ext("slug", T, true)),
                one_of(ext("level", T, true), &["l1", "l2", "hub"]),
                ext("opening_hours", T, false),
                or(ext("channels", T, true), CHANNELS_DEFAULT),
                or(ext("by_appointment", B, true), "false"),
                or(ext("sensitive", B, true), "false"),
                or(ext("invented", B, true), "false"),
                ext("verified_on", D, false),
            ],
            insert_only: &[],
            stamps: true,
            mode: WriteMode::Upsert,
            hsds: None,
        },
        Resource {
            name: "sportello_desk_themes",
            table: "desk_themes",
            key: &["desk_id", "theme_slug"],
            columns: vec![
                desk_ref(uuid(ext("desk_id", T, true))),
                theme_ref(ext("theme_slug", T, true)),
            ],
            insert_only: &[],
            stamps: false,
            mode: WriteMode::Upsert,
            hsds: None,
        },
        Resource {
            name: "sportello_language_hours",
            table: "language_hours",
            key: &["language_id"],
            columns: vec![
                refers(
                    uuid(ext("language_id", T, true)),
                    Some("languages"),
                    "languages",
                    "id",
                    "unknown language",
                ),
                ext("opening_hours", T, true),
            ],
            insert_only: &[],
            stamps: false,
            mode: WriteMode::Upsert,
            hsds: None,
        },
        Resource {
            name: "sportello_theme_hubs",
            table: "theme_hubs",
            key: &["theme_slug", "region", "province"],
            columns: vec![
                theme_ref(ext("theme_slug", T, true)),
                or(ext("region", T, true), ""),
                or(ext("province", T, true), ""),
                desk_ref(uuid(ext("desk_id", T, true))),
            ],
            insert_only: &[],
            stamps: false,
            mode: WriteMode::Upsert,
            hsds: None,
        },
        Resource {
            name: "sportello_service_details",
            table: "service_details",
            key: &["service_id"],
            columns: vec![
                refers(
                    uuid(ext("service_id", T, true)),
                    Some("services"),
                    "services",
                    "id",
                    "unknown service",
                ),
                slug(ext("slug", T, true)),
                one_of(
                    ext("category", T, false),
                    &[
                        "vita-del-cittadino",
                        "istruzione",
                        "cultura",
                        "lavoro-formazione",
                        "salute",
                    ],
                ),
                or(ext("login", T, true), ""),
                or(ext("channels", T, true), CHANNELS_DEFAULT),
                or(ext("by_appointment", B, true), "false"),
                ext("outcome", T, false),
                ext("plain_note", T, false),
                ext("verified_on", D, false),
            ],
            insert_only: &[],
            stamps: true,
            mode: WriteMode::Upsert,
            hsds: None,
        },
    ]
}

fn hsds_resource(table: &'static Table) -> Resource {
    let columns = table
        .columns
        .iter()
        .map(|c| {
            let mut column = ResourceColumn {
                name: c.name,
                kind: match c.kind {
                    ColumnType::Text => CellKind::Text,
                    ColumnType::Number => CellKind::Number,
                },
                // The tabular form is what we read and write.
                required: c.required || c.tabular_required,
                format: c.format,
                allowed: &[],
                unique: false,
                default: None,
                references: None,
            };
            // HSDS requires a description, but organizations created here (and those migration
            // 0005 carried over) have none yet: they hold '' and must round-trip.
            if table.name == "organizations" && c.name == "description" {
                column.default = Some("");
            }
            if table.name == "attributes" && c.name == "taxonomy_term_id" {
                column.references = Some(Reference {
                    resource: Some("taxonomy_terms"),
                    table: "taxonomy_terms",
                    column: "id",
                    message: "unknown taxonomy term",
                });
            }
            column
        })
        .collect();
    let organizations = table.name == "organizations";
    Resource {
        name: table.name,
        table: table.name,
        key: &["id"],
        columns,
        insert_only: if organizations { &["slug"] } else { &[] },
        stamps: organizations,
        mode: WriteMode::Upsert,
        hsds: Some(table),
    }
}

static RESOURCES: LazyLock<Vec<Resource>> = LazyLock::new(|| {
    let mut all: Vec<Resource> = hsds_catalogue::TABLES.iter().map(hsds_resource).collect();
    all.extend(extensions());
    all
});

/// Every resource of the data package: the HSDS tables in catalogue order, then our
/// extensions, each after the resources it refers to.
pub fn resources() -> &'static [Resource] {
    &RESOURCES
}

/// The tables an import writes to, for counting rows.
pub fn import_tables() -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = Vec::new();
    for r in resources() {
        if !tables.contains(&r.table) {
            tables.push(r.table);
        }
    }
    tables
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn key_condition(resource: &Resource, first: usize) -> String {
    resource
        .key
        .iter()
        .enumerate()
        .map(|(i, k)| format!("\"{k}\" = ${}", first + i))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// The statements that write one resource's rows.
#[derive(Debug)]
struct Statements {
    exists: String,
    write: String,
    /// Positions, in the row, of the key cells.
    key_cells: Vec<usize>,
}

fn statements(resource: &Resource) -> Statements {
    let key_cells: Vec<usize> = resource
        .key
        .iter()
        .map(|k| resource.column_index(k).expect("key column"))
        .collect();
    let exists = format!(
        "SELECT 1 FROM \"{}\" WHERE {}",
        resource.table,
        key_condition(resource, 1)
    );
    let data: Vec<&str> = resource
        .columns
        .iter()
        .map(|c| c.name)
        .filter(|n| !resource.key.contains(n))
        .collect();
    let changed = data
        .iter()
        .map(|n| format!("t.\"{n}\" IS DISTINCT FROM excluded.\"{n}\""))
        .collect::<Vec<_>>()
        .join(" OR ");
    let write = match resource.mode {
        WriteMode::Upsert => {
            let mut names: Vec<&str> = resource.columns.iter().map(|c| c.name).collect();
            names.extend(resource.insert_only);
            if resource.stamps {
                names.extend(["created_at", "updated_at"]);
            }
            let values = (1..=names.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let conflict = if data.is_empty() {
                "DO NOTHING".to_owned()
            } else {
                let mut sets: Vec<String> = data
                    .iter()
                    .map(|n| format!("\"{n}\" = excluded.\"{n}\""))
                    .collect();
                if resource.stamps {
                    sets.push("\"updated_at\" = excluded.\"updated_at\"".to_owned());
                }
                format!("DO UPDATE SET {} WHERE {changed}", sets.join(", "))
            };
            format!(
                "INSERT INTO \"{table}\" AS t ({names}) VALUES ({values}) \
                 ON CONFLICT ({key}) {conflict} RETURNING 1",
                table = resource.table,
                names = quoted(&names),
                key = quoted(resource.key),
            )
        }
        WriteMode::UpdateOnly => {
            let mut sets = Vec::new();
            let mut differs = Vec::new();
            for (i, c) in resource.columns.iter().enumerate() {
                if !resource.key.contains(&c.name) {
                    sets.push(format!("\"{}\" = ${}", c.name, i + 1));
                    differs.push(format!("\"{}\" IS DISTINCT FROM ${}", c.name, i + 1));
                }
            }
            if resource.stamps {
                sets.push(format!("\"updated_at\" = ${}", resource.columns.len() + 1));
            }
            let keys = resource
                .key
                .iter()
                .map(|k| {
                    format!(
                        "\"{k}\" = ${}",
                        resource.column_index(k).expect("key column") + 1
                    )
                })
                .collect::<Vec<_>>()
                .join(" AND ");
            format!(
                "UPDATE \"{}\" SET {} WHERE {keys} AND ({}) RETURNING 1",
                resource.table,
                sets.join(", "),
                differs.join(" OR ")
            )
        }
    };
    Statements {
        exists,
        write,
        key_cells,
    }
}

/// Binds one cell as the type of its column, so that NULLs are typed too.
macro_rules! bind_cell {
    ($query:expr, $kind:expr, $cell:expr) => {{
        let cell: &Cell = $cell;
        match ($kind, cell) {
            (CellKind::Number, Cell::Number(n)) => $query.bind(Some(*n)),
            (CellKind::Number, _) => $query.bind(None::<f64>),
            (CellKind::Bool, Cell::Bool(b)) => $query.bind(Some(*b)),
            (CellKind::Bool, _) => $query.bind(None::<bool>),
            (CellKind::Date, Cell::Date(d)) => $query.bind(Some(*d)),
            (CellKind::Date, _) => $query.bind(None::<NaiveDate>),
            (CellKind::Text, Cell::Text(s)) => $query.bind(Some(s.clone())),
            (CellKind::Text, _) => $query.bind(None::<String>),
        }
    }};
}

/// Reads the cells of a row, column by column, typed as the resource says.
macro_rules! decode_cells {
    ($row:expr, $columns:expr) => {{
        let row = $row;
        let mut cells = Vec::with_capacity($columns.len());
        for (i, c) in $columns.iter().enumerate() {
            let cell = match c.kind {
                CellKind::Text => row
                    .try_get::<Option<String>, _>(i)
                    .map_err(StoreError::from)?
                    .map_or(Cell::Null, Cell::Text),
                CellKind::Number => row
                    .try_get::<Option<f64>, _>(i)
                    .map_err(StoreError::from)?
                    .map_or(Cell::Null, Cell::Number),
                CellKind::Bool => row
                    .try_get::<Option<bool>, _>(i)
                    .map_err(StoreError::from)?
                    .map_or(Cell::Null, Cell::Bool),
                CellKind::Date => row
                    .try_get::<Option<NaiveDate>, _>(i)
                    .map_err(StoreError::from)?
                    .map_or(Cell::Null, Cell::Date),
            };
            cells.push(cell);
        }
        cells
    }};
}

/// Writes one row in the caller's transaction; `Some(true)` inserted, `Some(false)`
/// updated, `None` unchanged.
macro_rules! write_row {
    ($tx:ident, $resource:expr, $statements:expr, $cells:expr, $now:expr) => {{
        let resource: &Resource = $resource;
        let statements: &Statements = $statements;
        let cells: &[Cell] = $cells;
        let mut exists = sqlx::query(&statements.exists);
        for &i in &statements.key_cells {
            exists = bind_cell!(exists, resource.columns[i].kind, &cells[i]);
        }
        let existed = exists.fetch_optional(&mut *$tx).await?.is_some();
        let mut query = sqlx::query(&statements.write);
        for (i, c) in resource.columns.iter().enumerate() {
            query = bind_cell!(query, c.kind, &cells[i]);
        }
        if resource.mode == WriteMode::Upsert {
            for i in 0..resource.insert_only.len() {
                let cell = cells.get(resource.columns.len() + i).unwrap_or(&Cell::Null);
                query = bind_cell!(query, CellKind::Text, cell);
            }
            if resource.stamps {
                query = query.bind($now).bind($now);
            }
        } else if resource.stamps {
            query = query.bind($now);
        }
        let wrote = query.fetch_optional(&mut *$tx).await?.is_some();
        match (existed, wrote) {
            (false, _) => Some(true),
            (true, true) => Some(false),
            (true, false) => None,
        }
    }};
}

impl Store {
    /// Writes every row of `source` in one transaction: inserted when new, updated when a
    /// value differs, left alone otherwise. Any error rolls the whole import back.
    /// Returns the counts per resource, indexed as [`resources`].
    pub async fn hsds_import(
        &self,
        source: &mut (dyn RowSource + Send),
        now: DateTime<Utc>,
    ) -> std::result::Result<Vec<RowCounts>, HsdsWriteError> {
        let all = resources();
        let statements: Vec<Statements> = all.iter().map(statements).collect();
        let mut counts = vec![RowCounts::default(); all.len()];
        // Rows an update-only resource completes (an organization's slug, kind and region)
        // count as inserted when this import inserted the row they complete.
        let completed: HashSet<&str> = all
            .iter()
            .filter(|r| r.mode == WriteMode::UpdateOnly)
            .map(|r| r.table)
            .collect();
        let mut inserted_here: HashSet<(&str, String)> = HashSet::new();
        write!(self, |tx| {
            while let Some((index, cells)) = source.next_row().map_err(HsdsWriteError::Source)? {
                let resource = &all[index];
                if cells.len() < resource.columns.len() {
                    return Err(HsdsWriteError::Source(format!(
                        "{}: row with {} cells",
                        resource.name,
                        cells.len()
                    )));
                }
                let key = || {
                    statements[index]
                        .key_cells
                        .iter()
                        .map(|&i| format!("{:?}", cells[i]))
                        .collect::<Vec<_>>()
                        .join("|")
                };
                let outcome = write_row!(tx, resource, &statements[index], &cells, now);
                let counts = &mut counts[index];
                match outcome {
                    _ if resource.mode == WriteMode::UpdateOnly
                        && inserted_here.contains(&(resource.table, key())) =>
                    {
                        counts.inserted += 1;
                    }
                    Some(true) => {
                        counts.inserted += 1;
                        if completed.contains(resource.table) {
                            inserted_here.insert((resource.table, key()));
                        }
                    }
                    Some(false) => counts.updated += 1,
                    None => counts.unchanged += 1,
                }
            }
            // Only a change makes every node reload its directory snapshot.
            if counts.iter().any(|c| c.inserted + c.updated > 0) {
                bump_directory_version!(tx);
            }
        });
        Ok(counts)
    }

    /// Streams the rows of one resource, ordered by key, to `sink`; returns how many.
    /// [`DumpScope::Public`] leaves out what the public API never shows of a sensitive desk
    /// (see [`DumpScope`]).
    pub async fn hsds_dump<E: From<StoreError>>(
        &self,
        resource: &Resource,
        scope: DumpScope,
        mut sink: impl FnMut(&[Cell]) -> std::result::Result<(), E>,
    ) -> std::result::Result<u64, E> {
        let sql = crate::hsds::read::dump_sql(resource, scope);
        let mut count = 0;
        read!(self, |pool| {
            let mut rows = sqlx::query(&sql).fetch(pool);
            while let Some(row) = rows.try_next().await.map_err(StoreError::from)? {
                let cells = decode_cells!(&row, resource.columns);
                sink(&cells)?;
                count += 1;
            }
        });
        Ok(count)
    }

    /// Which of `values` exist in `table.column`.
    pub async fn hsds_existing_keys(
        &self,
        table: &str,
        column: &str,
        values: &[String],
    ) -> Result<HashSet<String>> {
        let mut found = HashSet::new();
        for chunk in values.chunks(500) {
            let placeholders = (1..=chunk.len())
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!(
                "SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IN ({placeholders})"
            );
            let rows: Vec<String> = read!(self, |pool| {
                let mut query = sqlx::query_scalar(&sql);
                for v in chunk {
                    query = query.bind(v);
                }
                query.fetch_all(pool).await?
            });
            found.extend(rows);
        }
        Ok(found)
    }

    /// Every organization's id and slug, to give imported organizations unique slugs.
    pub async fn hsds_organization_slugs(&self) -> Result<Vec<(String, String)>> {
        Ok(read!(self, |pool| sqlx::query_as(
            "SELECT id, slug FROM organizations ORDER BY id"
        )
        .fetch_all(pool)
        .await?))
    }

    /// How many rows each table an import writes to holds.
    pub async fn hsds_table_counts(&self) -> Result<Vec<(&'static str, i64)>> {
        let mut counts = Vec::new();
        for table in import_tables() {
            let sql = format!("SELECT COUNT(*) FROM \"{table}\"");
            let n: i64 = read!(self, |pool| sqlx::query_scalar(&sql)
                .fetch_one(pool)
                .await?);
            counts.push((table, n));
        }
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_resource_has_its_key_among_its_columns() {
        for r in resources() {
            for k in r.key {
                assert!(r.column_index(k).is_some(), "{}: {k}", r.name);
            }
            let _ = statements(r);
        }
        assert_eq!(resources()[0].name, "organizations");
        assert!(resources().iter().any(|r| r.name == "sportello_desks"));
    }
}
