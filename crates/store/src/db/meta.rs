//! Instance-wide facts kept in the database (e.g. whether it holds demo data).

use crate::{read, write, Result, Store};

impl Store {
    pub async fn meta(&self, key: &str) -> Result<Option<String>> {
        let value: Option<(String,)> = read!(self, |pool| {
            sqlx::query_as("SELECT value FROM meta WHERE key = $1")
                .bind(key)
                .fetch_optional(pool)
                .await?
        });
        Ok(value.map(|(v,)| v))
    }

    pub async fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("DELETE FROM meta WHERE key = $1")
                .bind(key)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO meta (key, value) VALUES ($1, $2)")
                .bind(key)
                .bind(value)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }
}
