//! Which thematic hub (a level-3 desk) answers for a theme in an area: SISTER's third level,
//! with editorial responsibility for the theme's shared information and escalations.

use sportello_core::Theme;

use crate::{bump_directory_version, read, write, Result, Store, StoreError};

/// A hub responsible for a theme, as a desk page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeHub {
    pub theme: Theme,
    pub hub_slug: String,
    pub hub_name: String,
}

impl Store {
    /// Makes the hub desk `hub_slug` responsible for `theme` in `region` (the whole region
    /// when `province` is empty, else that province), replacing any previous hub.
    pub async fn set_theme_hub(
        &self,
        theme: Theme,
        region: &str,
        province: &str,
        hub_slug: &str,
    ) -> Result<()> {
        write!(self, |tx| {
            let hub: Option<String> =
                sqlx::query_scalar("SELECT id FROM desks WHERE slug = $1 AND level = 'hub'")
                    .bind(hub_slug)
                    .fetch_optional(&mut *tx)
                    .await?;
            let hub = hub.ok_or_else(|| {
                StoreError::Conflict(crate::db::error::Conflict::MissingReference(format!(
                    "hub desk {hub_slug}"
                )))
            })?;
            sqlx::query(
                "DELETE FROM theme_hubs WHERE theme_slug = $1 AND region = $2 AND province = $3",
            )
            .bind(theme.slug())
            .bind(region)
            .bind(province)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO theme_hubs (theme_slug, region, province, desk_id) VALUES ($1, $2, $3, $4)",
            )
            .bind(theme.slug())
            .bind(region)
            .bind(province)
            .bind(hub)
            .execute(&mut *tx)
            .await?;
            bump_directory_version!(tx);
        });
        Ok(())
    }

    /// For each of `themes`, the hub answering for it in this region and province: the
    /// province's own hub when there is one, else the region's. Themes without a hub are left
    /// out. In the order of `themes`.
    pub async fn theme_hubs(
        &self,
        themes: &[Theme],
        region: &str,
        province: &str,
    ) -> Result<Vec<ThemeHub>> {
        let rows: Vec<(String, String, String, String)> = read!(self, |pool| {
            sqlx::query_as(
                "SELECT th.theme_slug, th.province, d.slug, l.name FROM theme_hubs th \
                 JOIN desks d ON d.id = th.desk_id JOIN locations l ON l.id = d.id \
                 WHERE th.region = $1 AND (th.province = '' OR th.province = $2)",
            )
            .bind(region)
            .bind(province)
            .fetch_all(pool)
            .await?
        });
        Ok(themes
            .iter()
            .filter_map(|theme| {
                let mut candidates: Vec<&(String, String, String, String)> =
                    rows.iter().filter(|r| r.0 == theme.slug()).collect();
                // The province's own hub before the region's.
                candidates.sort_by_key(|r| r.1.is_empty());
                candidates.first().map(|(_, _, slug, name)| ThemeHub {
                    theme: *theme,
                    hub_slug: slug.clone(),
                    hub_name: name.clone(),
                })
            })
            .collect())
    }
}
