//! Read-only HSDS 3.0 queries for the public API: paged lists and nested objects.
//!
//! Objects are read table by table through [`crate::hsds::catalogue`], so their columns are
//! exactly the specification's. Nested children are loaded in batches: one query per child
//! table for a whole page of parents (`WHERE fk IN (...)`), never one query per row.
//!
//! Sensitive desks: a location that is a sensitive desk comes out without latitude,
//! longitude and transportation notes, and its addresses are never read; proximity and
//! postcode searches leave such locations out altogether (their distance would tell where
//! they are).

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use chrono::{DateTime, Utc};
use sqlx::Row;

use crate::hsds::catalogue::{self as hsds_catalogue, ColumnType, Table};
use crate::{read, Backend, Result, Store};

/// One column value of an HSDS object (nulls are left out of objects altogether).
#[derive(Debug, Clone, PartialEq)]
pub enum HsdsValue {
    Text(String),
    Number(f64),
}

/// An HSDS object: its own non-null columns, in the specification's order, and its
/// nested objects, in the order the specification's examples show them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HsdsObject {
    pub fields: Vec<(&'static str, HsdsValue)>,
    pub nested: Vec<(&'static str, HsdsNested)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HsdsNested {
    One(Box<HsdsObject>),
    Many(Vec<HsdsObject>),
}

impl HsdsObject {
    /// The text value of a column, if set.
    pub fn text(&self, column: &str) -> Option<&str> {
        self.fields.iter().find_map(|(name, value)| match value {
            HsdsValue::Text(s) if *name == column => Some(s.as_str()),
            _ => None,
        })
    }

    pub fn id(&self) -> &str {
        self.text("id").unwrap_or("")
    }
}

/// One page of objects and how many match in all.
#[derive(Debug, Clone, PartialEq)]
pub struct HsdsPage {
    pub total_items: u64,
    pub contents: Vec<HsdsObject>,
}

/// 1-based page number and page size, both at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    fn limit(self) -> i64 {
        i64::from(self.per_page.max(1))
    }

    fn offset(self) -> i64 {
        i64::from(self.page.max(1) - 1) * self.limit()
    }
}

/// How much of each listed object to nest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nesting {
    /// The list shape: one-to-one fields (and the small one-to-one objects HSDS lists show).
    List,
    /// The fully nested object.
    Full,
}

/// Filters on services, shared by `/services` and `/service_at_locations`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceFilter {
    /// Case-insensitive substring of name, alternate_name or description.
    pub search: Option<String>,
    /// Services linked to this term by an `attributes` row with link_entity `service`.
    pub taxonomy_term_id: Option<String>,
    /// Services linked to any term of this taxonomy.
    pub taxonomy_id: Option<String>,
    pub organization_id: Option<String>,
    /// `last_modified` on or after this instant.
    pub modified_after: Option<DateTime<Utc>>,
}

/// Filters of `/service_at_locations`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceAtLocationFilter {
    pub service: ServiceFilter,
    /// Alone: locations with an address in this postcode. With `proximity_m`: locations
    /// within that many metres of the postcode's centroid, nearest first.
    pub postcode: Option<String>,
    pub proximity_m: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaxonomyTermFilter {
    /// Case-insensitive substring of code, name or description.
    pub search: Option<String>,
    pub taxonomy_id: Option<String>,
    pub parent_id: Option<String>,
    /// Only terms without a parent.
    pub top_only: bool,
}

// ---------------------------------------------------------------------------------------
// Nesting trees: which children an object carries, and how they link to it.

#[derive(Debug, Clone, Copy)]
enum Link {
    /// Many children whose column points at the parent's id.
    Children(&'static str),
    /// One object whose id is the parent's column.
    Parent(&'static str),
}

#[derive(Debug)]
struct Nest {
    key: &'static str,
    table: &'static str,
    link: Link,
    children: &'static [Nest],
}

const fn many(
    key: &'static str,
    table: &'static str,
    column: &'static str,
    children: &'static [Nest],
) -> Nest {
    Nest {
        key,
        table,
        link: Link::Children(column),
        children,
    }
}

const fn one(
    key: &'static str,
    table: &'static str,
    column: &'static str,
    children: &'static [Nest],
) -> Nest {
    Nest {
        key,
        table,
        link: Link::Parent(column),
        children,
    }
}

const PHONE: &[Nest] = &[many("languages", "languages", "phone_id", &[])];
const CONTACT: &[Nest] = &[many("phones", "phones", "contact_id", PHONE)];
const TERM: &[Nest] = &[one("taxonomy_detail", "taxonomies", "taxonomy_id", &[])];
const ATTRIBUTE: &[Nest] = &[one(
    "taxonomy_term",
    "taxonomy_terms",
    "taxonomy_term_id",
    TERM,
)];
const ATTRIBUTES: Nest = many("attributes", "attributes", "link_id", ATTRIBUTE);
const METADATA: Nest = many("metadata", "metadata", "resource_id", &[]);

const LOCATION_FULL: &[Nest] = &[
    many("languages", "languages", "location_id", &[]),
    many("addresses", "addresses", "location_id", &[]),
    many("contacts", "contacts", "location_id", CONTACT),
    many("accessibility", "accessibility", "location_id", &[]),
    many("phones", "phones", "location_id", PHONE),
    many("schedules", "schedules", "location_id", &[]),
    ATTRIBUTES,
];

const SAL_CHILDREN: &[Nest] = &[
    many("contacts", "contacts", "service_at_location_id", CONTACT),
    many("phones", "phones", "service_at_location_id", PHONE),
    many("schedules", "schedules", "service_at_location_id", &[]),
    one("location", "locations", "location_id", LOCATION_FULL),
    ATTRIBUTES,
];

const SERVICE_LIST: &[Nest] = &[
    one("organization", "organizations", "organization_id", &[]),
    one("program", "programs", "program_id", &[]),
];

const SERVICE_FULL: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many(
        "service_at_locations",
        "service_at_location",
        "service_id",
        SAL_CHILDREN,
    ),
    many("languages", "languages", "service_id", &[]),
    one("organization", "organizations", "organization_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

/// A service nested in its service_at_location: everything but the other locations.
const SERVICE_UNDER_SAL: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many("languages", "languages", "service_id", &[]),
    one("organization", "organizations", "organization_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

const SAL_LIST: &[Nest] = &[
    one("location", "locations", "location_id", &[]),
    one("service", "services", "service_id", SERVICE_LIST),
];

const SAL_FULL: &[Nest] = &[
    many("contacts", "contacts", "service_at_location_id", CONTACT),
    many("phones", "phones", "service_at_location_id", PHONE),
    many("schedules", "schedules", "service_at_location_id", &[]),
    one("location", "locations", "location_id", LOCATION_FULL),
    one("service", "services", "service_id", SERVICE_UNDER_SAL),
    ATTRIBUTES,
    METADATA,
];

/// A service nested in its organization: everything but the organization again.
const SERVICE_UNDER_ORGANIZATION: &[Nest] = &[
    many("phones", "phones", "service_id", PHONE),
    many("schedules", "schedules", "service_id", &[]),
    many("service_areas", "service_areas", "service_id", &[]),
    many(
        "service_at_locations",
        "service_at_location",
        "service_id",
        SAL_CHILDREN,
    ),
    many("languages", "languages", "service_id", &[]),
    many("funding", "funding", "service_id", &[]),
    many("cost_options", "cost_options", "service_id", &[]),
    one("program", "programs", "program_id", &[]),
    many(
        "required_documents",
        "required_documents",
        "service_id",
        &[],
    ),
    many("contacts", "contacts", "service_id", CONTACT),
    ATTRIBUTES,
    METADATA,
];

/// The nested organization, its services nested as `services` says.
const fn organization_tree(services: &'static [Nest]) -> [Nest; 9] {
    [
        many("funding", "funding", "organization_id", &[]),
        many("contacts", "contacts", "organization_id", CONTACT),
        many("phones", "phones", "organization_id", PHONE),
        many("locations", "locations", "organization_id", LOCATION_FULL),
        many("programs", "programs", "organization_id", &[]),
        many(
            "organization_identifiers",
            "organization_identifiers",
            "organization_id",
            &[],
        ),
        many("services", "services", "organization_id", services),
        ATTRIBUTES,
        METADATA,
    ]
}

/// The organization with its services' one-to-one fields only.
static ORGANIZATION_FULL: [Nest; 9] = organization_tree(&[]);
/// The organization with fully nested services (`full_service`).
static ORGANIZATION_FULL_SERVICES: [Nest; 9] = organization_tree(SERVICE_UNDER_ORGANIZATION);

const TAXONOMY: &[Nest] = &[METADATA];
const TAXONOMY_TERM: &[Nest] = &[
    one("taxonomy_detail", "taxonomies", "taxonomy_id", &[]),
    METADATA,
];
const TAXONOMY_TERM_LIST: &[Nest] = &[one("taxonomy_detail", "taxonomies", "taxonomy_id", &[])];

fn catalogue(name: &str) -> &'static Table {
    hsds_catalogue::table(name)
        .unwrap_or_else(|| panic!("HSDS table {name} is missing from the catalogue"))
}

// ---------------------------------------------------------------------------------------
// SQL building.

/// A value to bind, in placeholder order.
#[derive(Debug, Clone)]
enum Bind {
    Text(String),
    Float(f64),
    Int(i64),
    Time(DateTime<Utc>),
}

/// Binds every value of `$binds` to `$query`, for whichever backend `read!` chose.
macro_rules! bind_all {
    ($query:expr, $binds:expr) => {{
        let mut q = $query;
        for b in $binds {
            q = match b {
                Bind::Text(s) => q.bind(s.clone()),
                Bind::Float(f) => q.bind(*f),
                Bind::Int(i) => q.bind(*i),
                Bind::Time(t) => q.bind(*t),
            };
        }
        q
    }};
}

/// A WHERE clause under construction, with its placeholders numbered as it grows.
#[derive(Debug, Default)]
struct Clause {
    conditions: Vec<String>,
    binds: Vec<Bind>,
}

impl Clause {
    /// Adds a value and answers its placeholder (`$3`).
    fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    fn push(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    fn sql(&self) -> String {
        if self.conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conditions.join(" AND "))
        }
    }
}

/// `x LIKE '%term%'`, case-insensitive on both backends (SQLite's LIKE folds ASCII case;
/// PostgreSQL's ILIKE folds all).
fn like(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "LIKE",
        Backend::Postgres => "ILIKE",
    }
}

fn like_pattern(term: &str) -> String {
    let mut out = String::with_capacity(term.len() + 2);
    out.push('%');
    for c in term.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn push_search(clause: &mut Clause, backend: Backend, alias: &str, columns: &[&str], term: &str) {
    let p = clause.bind(Bind::Text(like_pattern(term)));
    let op = like(backend);
    let any = columns
        .iter()
        .map(|c| format!("{alias}.\"{c}\" {op} {p} ESCAPE '\\'"))
        .collect::<Vec<_>>()
        .join(" OR ");
    clause.push(format!("({any})"));
}

/// True for a location that is a sensitive desk (`$loc` is the location id expression).
fn sensitive(location_id: &str) -> String {
    format!("EXISTS (SELECT 1 FROM desks sd WHERE sd.id = {location_id} AND sd.sensitive)")
}

/// The select list of a catalogue table, masking what a sensitive desk must not show.
fn select_list(table: &Table, alias: &str) -> String {
    table
        .columns
        .iter()
        .map(|c| {
            let col = format!("{alias}.\"{}\"", c.name);
            if table.name == "locations"
                && matches!(c.name, "latitude" | "longitude" | "transportation")
            {
                format!(
                    "CASE WHEN {} THEN NULL ELSE {col} END AS \"{}\"",
                    sensitive(&format!("{alias}.\"id\"")),
                    c.name
                )
            } else {
                col
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Conditions every read of a table keeps (a sensitive desk's addresses are never read).
fn table_guard(table: &Table, alias: &str) -> Option<String> {
    (table.name == "addresses")
        .then(|| format!("NOT {}", sensitive(&format!("{alias}.\"location_id\""))))
}

/// An FTS5 phrase for `term`: with the trigram tokenizer it matches the substring anywhere,
/// case-insensitively (migration 0006).
fn fts_phrase(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

fn push_service_filter(clause: &mut Clause, backend: Backend, f: &ServiceFilter, s: &str) {
    // SQLite: the trigram index answers terms of three characters or more; shorter ones
    // (which a trigram cannot hold) scan with LIKE, as PostgreSQL's trigram index does too.
    if let Some(term) = f
        .search
        .as_deref()
        .filter(|t| backend == Backend::Sqlite && t.chars().count() >= 3)
    {
        let p = clause.bind(Bind::Text(fts_phrase(term)));
        clause.push(format!(
            "{s}.rowid IN (SELECT rowid FROM services_fts WHERE services_fts MATCH {p})"
        ));
    } else if let Some(term) = f.search.as_deref() {
        push_search(
            clause,
            backend,
            s,
            &["name", "alternate_name", "description"],
            term,
        );
    }
    if let Some(term) = &f.taxonomy_term_id {
        let p = clause.bind(Bind::Text(term.clone()));
        clause.push(format!(
            "{s}.id IN (SELECT a.link_id FROM attributes a WHERE a.taxonomy_term_id = {p} \
             AND a.link_entity = 'service')"
        ));
    }
    if let Some(taxonomy) = &f.taxonomy_id {
        let p = clause.bind(Bind::Text(taxonomy.clone()));
        clause.push(format!(
            "{s}.id IN (SELECT a.link_id FROM attributes a JOIN taxonomy_terms tt \
             ON tt.id = a.taxonomy_term_id WHERE tt.taxonomy_id = {p} AND a.link_entity = 'service')"
        ));
    }
    if let Some(org) = &f.organization_id {
        let p = clause.bind(Bind::Text(org.clone()));
        clause.push(format!("{s}.organization_id = {p}"));
    }
    if let Some(after) = f.modified_after {
        let p = clause.bind(Bind::Time(after));
        // last_modified is HSDS text (RFC 3339): compare instants, not strings.
        clause.push(match backend {
            Backend::Sqlite => format!("julianday({s}.last_modified) >= julianday({p})"),
            Backend::Postgres => format!(
                "(CASE WHEN {s}.last_modified ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}' \
                 THEN CAST({s}.last_modified AS TIMESTAMPTZ) END) >= {p}"
            ),
        });
    }
}

fn decode_sqlite(table: &'static Table, row: &sqlx::sqlite::SqliteRow) -> Result<HsdsObject> {
    let mut fields = Vec::with_capacity(table.columns.len());
    for (i, c) in table.columns.iter().enumerate() {
        let value = match c.kind {
            ColumnType::Text => row.try_get::<Option<String>, _>(i)?.map(HsdsValue::Text),
            ColumnType::Number => row.try_get::<Option<f64>, _>(i)?.map(HsdsValue::Number),
        };
        if let Some(v) = value {
            fields.push((c.name, v));
        }
    }
    Ok(HsdsObject {
        fields,
        nested: Vec::new(),
    })
}

fn decode_pg(table: &'static Table, row: &sqlx::postgres::PgRow) -> Result<HsdsObject> {
    let mut fields = Vec::with_capacity(table.columns.len());
    for (i, c) in table.columns.iter().enumerate() {
        let value = match c.kind {
            ColumnType::Text => row.try_get::<Option<String>, _>(i)?.map(HsdsValue::Text),
            ColumnType::Number => row.try_get::<Option<f64>, _>(i)?.map(HsdsValue::Number),
        };
        if let Some(v) = value {
            fields.push((c.name, v));
        }
    }
    Ok(HsdsObject {
        fields,
        nested: Vec::new(),
    })
}

/// Largest `IN (...)` list in one query; longer key lists are split.
const IN_CHUNK: usize = 500;

type Expansion<'a> = Pin<Box<dyn Future<Output = Result<()>> + Send + 'a>>;

impl Store {
    /// Runs `sql` (whose select list is `select_list(table, ..)`) and decodes the rows.
    async fn hsds_objects(
        &self,
        table: &'static Table,
        sql: &str,
        binds: &[Bind],
    ) -> Result<Vec<HsdsObject>> {
        read!(self, |pool| {
            let rows = bind_all!(sqlx::query(sql), binds).fetch_all(pool).await?;
            let mut out = Vec::with_capacity(rows.len());
            for row in &rows {
                out.push(row.decode(table)?);
            }
            Ok::<_, crate::StoreError>(out)
        })
    }

    async fn count(&self, sql: &str, binds: &[Bind]) -> Result<u64> {
        let n: i64 = read!(self, |pool| bind_all!(
            sqlx::query_scalar::<_, i64>(sql),
            binds
        )
        .fetch_one(pool)
        .await?);
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Rows of `table` whose `column` is one of `keys`, ordered by that column and id.
    async fn hsds_rows_by(
        &self,
        table: &'static Table,
        column: &str,
        keys: &[String],
    ) -> Result<Vec<HsdsObject>> {
        let mut out = Vec::new();
        for chunk in keys.chunks(IN_CHUNK) {
            let mut clause = Clause::default();
            let list = chunk
                .iter()
                .map(|k| clause.bind(Bind::Text(k.clone())))
                .collect::<Vec<_>>()
                .join(", ");
            clause.push(format!("t.\"{column}\" IN ({list})"));
            if let Some(guard) = table_guard(table, "t") {
                clause.push(guard);
            }
            let sql = format!(
                "SELECT {} FROM {} t {} ORDER BY t.\"{column}\", t.\"id\"",
                select_list(table, "t"),
                table.name,
                clause.sql()
            );
            out.extend(self.hsds_objects(table, &sql, &clause.binds).await?);
        }
        Ok(out)
    }

    /// Loads the children `tree` describes for every object of `parents`, one query per
    /// node of the tree whatever the number of parents.
    fn hsds_expand<'a>(
        &'a self,
        parents: &'a mut [HsdsObject],
        tree: &'static [Nest],
    ) -> Expansion<'a> {
        Box::pin(async move {
            if parents.is_empty() {
                return Ok(());
            }
            for nest in tree {
                let table = catalogue(nest.table);
                match nest.link {
                    Link::Children(column) => {
                        let mut keys: Vec<String> =
                            parents.iter().map(|p| p.id().to_owned()).collect();
                        keys.sort_unstable();
                        keys.dedup();
                        let mut children = self.hsds_rows_by(table, column, &keys).await?;
                        self.hsds_expand(&mut children, nest.children).await?;
                        let mut groups: HashMap<String, Vec<HsdsObject>> = HashMap::new();
                        for child in children {
                            let key = child.text(column).unwrap_or("").to_owned();
                            groups.entry(key).or_default().push(child);
                        }
                        let last = parents.len() - 1;
                        for (i, parent) in parents.iter_mut().enumerate() {
                            // Several parents may share an id only in odd data: clone then.
                            let group = if i == last {
                                groups.remove(parent.id()).unwrap_or_default()
                            } else {
                                groups.get(parent.id()).cloned().unwrap_or_default()
                            };
                            parent.nested.push((nest.key, HsdsNested::Many(group)));
                        }
                    }
                    Link::Parent(column) => {
                        let mut keys: Vec<String> = parents
                            .iter()
                            .filter_map(|p| p.text(column).map(str::to_owned))
                            .collect();
                        keys.sort_unstable();
                        keys.dedup();
                        let mut found = self.hsds_rows_by(table, "id", &keys).await?;
                        self.hsds_expand(&mut found, nest.children).await?;
                        let by_id: HashMap<String, HsdsObject> =
                            found.into_iter().map(|o| (o.id().to_owned(), o)).collect();
                        for parent in parents.iter_mut() {
                            if let Some(obj) = parent.text(column).and_then(|k| by_id.get(k)) {
                                parent
                                    .nested
                                    .push((nest.key, HsdsNested::One(Box::new(obj.clone()))));
                            }
                        }
                    }
                }
            }
            Ok(())
        })
    }

    /// One object of `table` by id, nested as `tree` says.
    async fn hsds_one(
        &self,
        table: &'static str,
        id: &str,
        tree: &'static [Nest],
    ) -> Result<Option<HsdsObject>> {
        let mut found = self
            .hsds_rows_by(catalogue(table), "id", &[id.to_owned()])
            .await?;
        self.hsds_expand(&mut found, tree).await?;
        Ok(found.into_iter().next())
    }

    /// A page of `table` rows under `clause` (aliased `t`, with `from` joined in), in `order`.
    async fn hsds_page(
        &self,
        table: &'static str,
        from_extra: &str,
        clause: &mut Clause,
        order: &str,
        paging: Paging,
        tree: &'static [Nest],
    ) -> Result<HsdsPage> {
        let table = catalogue(table);
        let where_sql = clause.sql();
        let count_binds = clause.binds.clone();
        let limit = clause.bind(Bind::Int(paging.limit()));
        let offset = clause.bind(Bind::Int(paging.offset()));
        let sql = format!(
            "SELECT {} FROM {} t {from_extra} {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {offset}",
            select_list(table, "t"),
            table.name,
        );
        let mut contents = self.hsds_objects(table, &sql, &clause.binds).await?;
        // A short page that is not past the end tells the total: no second scan to count.
        let short = contents.len() < usize::try_from(paging.limit()).unwrap_or(usize::MAX);
        let total_items = if short && (!contents.is_empty() || paging.offset() == 0) {
            u64::try_from(paging.offset()).unwrap_or(0) + contents.len() as u64
        } else {
            let count_sql = format!(
                "SELECT COUNT(*) FROM {} t {from_extra} {where_sql}",
                table.name
            );
            self.count(&count_sql, &count_binds).await?
        };
        self.hsds_expand(&mut contents, tree).await?;
        Ok(HsdsPage {
            total_items,
            contents,
        })
    }

    /// `/services`: services matching `filter`, by id.
    pub async fn hsds_services(
        &self,
        filter: &ServiceFilter,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        push_service_filter(&mut clause, self.backend(), filter, "t");
        let tree = match nesting {
            Nesting::List => SERVICE_LIST,
            Nesting::Full => SERVICE_FULL,
        };
        self.hsds_page("services", "", &mut clause, "t.id", paging, tree)
            .await
    }

    /// The services with these ids, in id order, nested as `nesting` says: the page a search
    /// resolved elsewhere (the in-memory service index) turns into HSDS objects here.
    pub async fn hsds_services_with_ids(
        &self,
        ids: &[String],
        nesting: Nesting,
    ) -> Result<Vec<HsdsObject>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut clause = Clause::default();
        let placeholders = ids
            .iter()
            .map(|id| clause.bind(Bind::Text(id.clone())))
            .collect::<Vec<_>>()
            .join(", ");
        clause.push(format!("t.id IN ({placeholders})"));
        let table = catalogue("services");
        let sql = format!(
            "SELECT {} FROM services t {} ORDER BY t.id",
            select_list(table, "t"),
            clause.sql()
        );
        let mut contents = self.hsds_objects(table, &sql, &clause.binds).await?;
        let tree = match nesting {
            Nesting::List => SERVICE_LIST,
            Nesting::Full => SERVICE_FULL,
        };
        self.hsds_expand(&mut contents, tree).await?;
        Ok(contents)
    }

    /// `/services/{id}`: the fully nested service.
    pub async fn hsds_service(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("services", id, SERVICE_FULL).await
    }

    /// `/organizations`: organizations whose name, alternate name or description match.
    pub async fn hsds_organizations(
        &self,
        search: Option<&str>,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = search {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["name", "alternate_name", "description"],
                term,
            );
        }
        let tree: &'static [Nest] = match nesting {
            Nesting::List => &[],
            Nesting::Full => &ORGANIZATION_FULL,
        };
        self.hsds_page("organizations", "", &mut clause, "t.id", paging, tree)
            .await
    }

    /// `/organizations/{id}`: the nested organization; its services carry their one-to-one
    /// fields, or everything with `full_services`.
    pub async fn hsds_organization(
        &self,
        id: &str,
        full_services: bool,
    ) -> Result<Option<HsdsObject>> {
        let tree: &'static [Nest] = if full_services {
            &ORGANIZATION_FULL_SERVICES
        } else {
            &ORGANIZATION_FULL
        };
        self.hsds_one("organizations", id, tree).await
    }

    /// `/service_at_locations`: with `postcode` and `proximity_m`, nearest first.
    pub async fn hsds_service_at_locations(
        &self,
        filter: &ServiceAtLocationFilter,
        paging: Paging,
        nesting: Nesting,
    ) -> Result<HsdsPage> {
        let backend = self.backend();
        let mut clause = Clause::default();
        push_service_filter(&mut clause, backend, &filter.service, "s");
        let mut order = "t.id".to_owned();
        if let Some(postcode) = &filter.postcode {
            clause.push(format!("NOT {}", sensitive("l.id")));
            if let Some(radius) = filter.proximity_m {
                let Some((lat, lng)) = self.hsds_postcode_centroid(postcode).await? else {
                    return Ok(HsdsPage {
                        total_items: 0,
                        contents: Vec::new(),
                    });
                };
                // Equirectangular distance in degrees of latitude: exact enough within a
                // region, and plain arithmetic that both databases evaluate.
                let plat = clause.bind(Bind::Float(lat));
                let plng = clause.bind(Bind::Float(lng));
                let pk = clause.bind(Bind::Float(lat.to_radians().cos()));
                let dist = format!(
                    "((l.latitude - {plat}) * (l.latitude - {plat}) + \
                     ((l.longitude - {plng}) * {pk}) * ((l.longitude - {plng}) * {pk}))"
                );
                let r = radius / METRES_PER_DEGREE;
                let pr = clause.bind(Bind::Float(r * r));
                clause.push("l.latitude IS NOT NULL AND l.longitude IS NOT NULL".to_owned());
                clause.push(format!("{dist} <= {pr}"));
                order = format!("{dist}, t.id");
            } else {
                let p = clause.bind(Bind::Text(postcode.clone()));
                clause.push(format!(
                    "EXISTS (SELECT 1 FROM addresses pa WHERE pa.location_id = l.id \
                     AND pa.postal_code = {p})"
                ));
            }
        }
        let tree = match nesting {
            Nesting::List => SAL_LIST,
            Nesting::Full => SAL_FULL,
        };
        self.hsds_page(
            "service_at_location",
            "JOIN services s ON s.id = t.service_id LEFT JOIN locations l ON l.id = t.location_id",
            &mut clause,
            &order,
            paging,
            tree,
        )
        .await
    }

    /// The mean position of the located, non-sensitive locations with an address in
    /// `postcode`; `None` when there is none.
    async fn hsds_postcode_centroid(&self, postcode: &str) -> Result<Option<(f64, f64)>> {
        let sql = format!(
            "SELECT AVG(l.latitude), AVG(l.longitude) FROM locations l WHERE \
             l.latitude IS NOT NULL AND l.longitude IS NOT NULL AND NOT {} AND EXISTS \
             (SELECT 1 FROM addresses a WHERE a.location_id = l.id AND a.postal_code = $1)",
            sensitive("l.id")
        );
        let (lat, lng): (Option<f64>, Option<f64>) = read!(self, |pool| sqlx::query_as(&sql)
            .bind(postcode)
            .fetch_one(pool)
            .await?);
        Ok(lat.zip(lng))
    }

    /// `/service_at_locations/{id}`: the nested service_at_location with its service.
    pub async fn hsds_service_at_location(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("service_at_location", id, SAL_FULL).await
    }

    /// `/taxonomies`.
    pub async fn hsds_taxonomies(&self, search: Option<&str>, paging: Paging) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = search {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["name", "description"],
                term,
            );
        }
        self.hsds_page("taxonomies", "", &mut clause, "t.id", paging, &[])
            .await
    }

    /// `/taxonomies/{id}`.
    pub async fn hsds_taxonomy(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("taxonomies", id, TAXONOMY).await
    }

    /// `/taxonomy_terms`.
    pub async fn hsds_taxonomy_terms(
        &self,
        filter: &TaxonomyTermFilter,
        paging: Paging,
    ) -> Result<HsdsPage> {
        let mut clause = Clause::default();
        if let Some(term) = filter.search.as_deref() {
            push_search(
                &mut clause,
                self.backend(),
                "t",
                &["code", "name", "description"],
                term,
            );
        }
        if let Some(taxonomy) = &filter.taxonomy_id {
            let p = clause.bind(Bind::Text(taxonomy.clone()));
            clause.push(format!("t.taxonomy_id = {p}"));
        }
        if let Some(parent) = &filter.parent_id {
            let p = clause.bind(Bind::Text(parent.clone()));
            clause.push(format!("t.parent_id = {p}"));
        }
        if filter.top_only {
            clause.push("(t.parent_id IS NULL OR t.parent_id = '')".to_owned());
        }
        self.hsds_page(
            "taxonomy_terms",
            "",
            &mut clause,
            "t.id",
            paging,
            TAXONOMY_TERM_LIST,
        )
        .await
    }

    /// `/taxonomy_terms/{id}`.
    pub async fn hsds_taxonomy_term(&self, id: &str) -> Result<Option<HsdsObject>> {
        self.hsds_one("taxonomy_terms", id, TAXONOMY_TERM).await
    }
}

/// Mean length of a degree of latitude.
const METRES_PER_DEGREE: f64 = 111_195.0;

/// Decodes a row of either backend into an object of `table`.
trait DecodeRow {
    fn decode(&self, table: &'static Table) -> Result<HsdsObject>;
}

impl DecodeRow for sqlx::sqlite::SqliteRow {
    fn decode(&self, table: &'static Table) -> Result<HsdsObject> {
        decode_sqlite(table, self)
    }
}

impl DecodeRow for sqlx::postgres::PgRow {
    fn decode(&self, table: &'static Table) -> Result<HsdsObject> {
        decode_pg(table, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tree_names_catalogue_tables_and_columns() {
        fn walk(tree: &'static [Nest]) {
            for nest in tree {
                let table = catalogue(nest.table);
                if let Link::Children(column) = nest.link {
                    assert!(table.column(column).is_some(), "{}.{column}", table.name);
                }
                walk(nest.children);
            }
        }
        for tree in [
            SERVICE_FULL,
            SERVICE_LIST,
            SAL_FULL,
            SAL_LIST,
            &ORGANIZATION_FULL_SERVICES[..],
            TAXONOMY_TERM,
        ] {
            walk(tree);
        }
    }

    #[test]
    fn search_patterns_escape_wildcards() {
        assert_eq!(like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
