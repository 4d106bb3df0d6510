//! SQL building: bound values, WHERE clauses, search and filter conditions, select lists.

use chrono::{DateTime, Utc};

use super::ServiceFilter;
use crate::hsds::catalogue::Table;
use crate::Backend;

/// A value to bind, in placeholder order.
#[derive(Debug, Clone)]
pub(super) enum Bind {
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
pub(super) use bind_all;

/// A WHERE clause under construction, with its placeholders numbered as it grows.
#[derive(Debug, Default)]
pub(super) struct Clause {
    conditions: Vec<String>,
    pub(super) binds: Vec<Bind>,
}

impl Clause {
    /// Adds a value and answers its placeholder (`$3`).
    pub(super) fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", self.binds.len())
    }

    pub(super) fn push(&mut self, condition: String) {
        self.conditions.push(condition);
    }

    pub(super) fn sql(&self) -> String {
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

pub(super) fn push_search(
    clause: &mut Clause,
    backend: Backend,
    alias: &str,
    columns: &[&str],
    term: &str,
) {
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
pub(super) fn sensitive(location_id: &str) -> String {
    format!("EXISTS (SELECT 1 FROM desks sd WHERE sd.id = {location_id} AND sd.sensitive)")
}

/// The select list of a catalogue table, masking what a sensitive desk must not show.
pub(super) fn select_list(table: &Table, alias: &str) -> String {
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

/// Conditions every read of a table keeps: a sensitive desk's addresses and field history
/// (`metadata` of its location) are never read.
pub(super) fn table_guard(table: &Table, alias: &str) -> Option<String> {
    match table.name {
        "addresses" => Some(format!(
            "NOT {}",
            sensitive(&format!("{alias}.\"location_id\""))
        )),
        "metadata" => Some(format!(
            "NOT ({alias}.\"resource_type\" = 'location' AND {})",
            sensitive(&format!("{alias}.\"resource_id\""))
        )),
        _ => None,
    }
}

/// An FTS5 phrase for `term`: with the trigram tokenizer it matches the substring anywhere,
/// case-insensitively (migration 0006).
fn fts_phrase(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

pub(super) fn push_service_filter(
    clause: &mut Clause,
    backend: Backend,
    f: &ServiceFilter,
    s: &str,
) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_patterns_escape_wildcards() {
        assert_eq!(like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
