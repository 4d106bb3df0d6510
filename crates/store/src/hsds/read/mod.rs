//! Read-only HSDS 3.0 queries for the public API: paged lists and nested objects.
//!
//! Objects are read table by table through [`crate::hsds::catalogue`], so their columns are
//! exactly the specification's. Nested children are loaded in batches: one query per child
//! table for a whole page of parents (`WHERE fk IN (...)`), never one query per row.
//!
//! Sensitive desks: a location that is a sensitive desk comes out without latitude,
//! longitude and transportation notes, and its addresses and field history are never read; proximity and
//! postcode searches leave such locations out altogether (their distance would tell where
//! they are).

mod load;
mod queries;
mod sql;
mod trees;

use chrono::{DateTime, Utc};

use crate::hsds::io::Resource;

/// What an export holds of sensitive desks (shelters, anti-violence centres: places whose
/// address must not be published).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DumpScope {
    /// Exactly what the public API shows: the API's own masking and guards (see the module
    /// comment), applied to every HSDS table.
    Public,
    /// Every row as stored, for backups: sensitive addresses included.
    Everything,
}

/// The query of one resource's dump in `scope`, ordered by key: in [`DumpScope::Public`],
/// an HSDS table is read with the select list and guards of the API's reads.
pub(crate) fn dump_sql(resource: &Resource, scope: DumpScope) -> String {
    let key = resource
        .key
        .iter()
        .map(|k| format!("t.\"{k}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let (columns, guard) = match (scope, resource.hsds) {
        (DumpScope::Public, Some(table)) => (
            sql::select_list(table, "t"),
            sql::table_guard(table, "t").map(|g| format!(" WHERE {g}")),
        ),
        _ => (
            resource
                .columns
                .iter()
                .map(|c| format!("t.\"{}\"", c.name))
                .collect::<Vec<_>>()
                .join(", "),
            None,
        ),
    };
    format!(
        "SELECT {columns} FROM \"{}\" t{} ORDER BY {key}",
        resource.table,
        guard.unwrap_or_default()
    )
}

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
