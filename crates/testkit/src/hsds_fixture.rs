//! Test-only loading of HSDS tabular data straight into the tables (the real importer lives
//! elsewhere): a `{"services.csv": [rows], ...}` object, such as
//! `spec/hsds-3.0/examples/tabular.json`, inserted row by row with sqlx.

use serde_json::Value;
use sportello_store::hsds::catalogue::{self as hsds_catalogue, ColumnType};
use sqlx::Connection;

/// `spec/hsds-3.0/examples/tabular.json`, parsed.
pub fn example_tabular() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../spec/hsds-3.0/examples/tabular.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[derive(Debug, Clone)]
enum Bind {
    Text(Option<String>),
    Number(Option<f64>),
    Now,
}

/// One INSERT with its values, in placeholder order.
fn insert_statement(file: &str, row: &serde_json::Map<String, Value>) -> (String, Vec<Bind>) {
    let name = file.trim_end_matches(".csv");
    let table = hsds_catalogue::table(name).unwrap_or_else(|| panic!("{file}: not an HSDS table"));
    let mut columns = Vec::new();
    let mut binds = Vec::new();
    for column in table.columns {
        let Some(v) = row.get(column.name) else {
            continue;
        };
        columns.push(format!("\"{}\"", column.name));
        binds.push(match (column.kind, v) {
            (_, Value::Null) if column.kind == ColumnType::Number => Bind::Number(None),
            (_, Value::Null) => Bind::Text(None),
            (ColumnType::Number, Value::Number(n)) => Bind::Number(n.as_f64()),
            (ColumnType::Number, Value::String(s)) => Bind::Number(s.parse().ok()),
            (ColumnType::Text, Value::String(s)) => Bind::Text(Some(s.clone())),
            (_, other) => Bind::Text(Some(other.to_string())),
        });
    }
    if name == "organizations" {
        // Our extension columns: a slug derived from the id, and the timestamps.
        let id = row.get("id").and_then(Value::as_str).unwrap_or("org");
        columns.push("slug".into());
        binds.push(Bind::Text(Some(format!("hsds-{id}"))));
        columns.push("created_at".into());
        binds.push(Bind::Now);
        columns.push("updated_at".into());
        binds.push(Bind::Now);
    }
    let placeholders = (1..=binds.len())
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ");
    (
        format!(
            "INSERT INTO {} ({}) VALUES ({placeholders})",
            table.name,
            columns.join(", ")
        ),
        binds,
    )
}

macro_rules! run_all {
    ($conn:expr, $statements:expr) => {{
        let mut tx = $conn.begin().await.expect("begin");
        let now = chrono::Utc::now();
        for (sql, binds) in $statements {
            let mut q = sqlx::query(sql);
            for b in binds {
                q = match b {
                    Bind::Text(s) => q.bind(s.clone()),
                    Bind::Number(n) => q.bind(*n),
                    Bind::Now => q.bind(now),
                };
            }
            q.execute(&mut *tx)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
        }
        tx.commit().await.expect("commit");
    }};
}

/// Inserts every row of a tabular object (`{"organizations.csv": [{..}], ..}`) into the
/// database at `url`, in one transaction. Columns HSDS does not define are ignored.
pub async fn load_tabular(url: &str, data: &Value) {
    let mut statements = Vec::new();
    let files = data.as_object().expect("a tabular object");
    for (file, rows) in files {
        for row in rows.as_array().expect("rows") {
            statements.push(insert_statement(file, row.as_object().expect("a row")));
        }
    }
    if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.expect("connect");
        run_all!(conn, &statements);
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.expect("connect");
        run_all!(conn, &statements);
    }
}

/// Makes an existing HSDS location a desk of the network, sensitive or not.
pub async fn make_desk(url: &str, location_id: &str, slug: &str, sensitive: bool) {
    let sql = "INSERT INTO desks (id, slug, level, sensitive, created_at, updated_at) \
               VALUES ($1, $2, 'l1', $3, $4, $4)";
    let now = chrono::Utc::now();
    if url.starts_with("sqlite:") {
        let mut conn = sqlx::SqliteConnection::connect(url).await.expect("connect");
        sqlx::query(sql)
            .bind(location_id)
            .bind(slug)
            .bind(sensitive)
            .bind(now)
            .execute(&mut conn)
            .await
            .expect("insert desk");
    } else {
        let mut conn = sqlx::PgConnection::connect(url).await.expect("connect");
        sqlx::query(sql)
            .bind(location_id)
            .bind(slug)
            .bind(sensitive)
            .bind(now)
            .execute(&mut conn)
            .await
            .expect("insert desk");
    }
}
