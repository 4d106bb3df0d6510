//! Loading objects: running a query and decoding its rows, pages, nesting children in batches.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use sqlx::Row;

use super::sql::{bind_all, select_list, table_guard, Bind, Clause};
use super::trees::{catalogue, Link, Nest};
use super::{HsdsNested, HsdsObject, HsdsPage, HsdsValue, Paging};
use crate::hsds::catalogue::{ColumnType, Table};
use crate::{read, Result, Store};

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
    pub(super) async fn hsds_objects(
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
    pub(super) async fn hsds_rows_by(
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
    pub(super) fn hsds_expand<'a>(
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
    pub(super) async fn hsds_one(
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
    pub(super) async fn hsds_page(
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
}

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
