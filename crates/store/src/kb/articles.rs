//! Articles and their versions. Every write bumps `meta.kb_version` in its transaction, so
//! that rendered public pages are dropped on every node.

use chrono::{DateTime, NaiveDate, Utc};

use crate::db::error::Conflict;
use crate::{new_id, read, write, Result, Store, StoreError};

/// The `meta` key whose value changes on every knowledge-base write.
pub const KB_VERSION_KEY: &str = "kb_version";

/// Inside a `write!` body: marks the knowledge base as changed.
macro_rules! bump_kb_version {
    ($tx:ident) => {
        $crate::kb::articles::bump_kb_version!(@meta $tx);
        $crate::search::outbox::search_changed!($tx, "kb", None::<&str>, None::<&str>);
    };
    ($tx:ident, $kind:expr, $id:expr) => {
        $crate::kb::articles::bump_kb_version!(@meta $tx);
        $crate::search::outbox::search_changed!($tx, "kb", Some($kind), Some($id));
    };
    (@meta $tx:ident) => {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind($crate::kb::articles::KB_VERSION_KEY)
        .bind($crate::new_id())
        .execute(&mut *$tx)
        .await?
    };
}
pub(crate) use bump_kb_version;

/// Inside a `write!` body: the id of the hub desk with this slug, if there is one.
macro_rules! hub_id {
    ($tx:ident, $slug:expr) => {{
        let hub: Option<String> =
            sqlx::query_scalar("SELECT id FROM desks WHERE slug = $1 AND level = 'hub'")
                .bind($slug)
                .fetch_optional(&mut *$tx)
                .await?;
        hub
    }};
}
pub(crate) use hub_id;

/// The conflict of a write naming a hub that does not exist.
pub(crate) fn missing_hub(slug: &str) -> StoreError {
    StoreError::Conflict(Conflict::MissingReference(format!("hub {slug}")))
}

/// Inside a `write!` body: inserts one version of an article.
macro_rules! insert_version {
    ($tx:ident, $article_id:expr, $version:expr, $title:expr, $content:expr, $minor:expr, $editor:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO kb_versions (article_id, version, title, content, minor, editor_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($article_id)
        .bind($version)
        .bind($title)
        .bind($content)
        .bind($minor)
        .bind($editor)
        .bind($now)
        .execute(&mut *$tx)
        .await?
    };
}

/// An article as the workspace and the public pages read it (without its text).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ArticleRecord {
    pub id: String,
    pub theme: String,
    pub slug: String,
    pub kind: String,
    pub hub_slug: String,
    pub hub_name: String,
    pub status: String,
    pub head_version: i64,
    pub published_version: Option<i64>,
    pub scheduled_version: Option<i64>,
    pub publish_at: Option<DateTime<Utc>>,
    pub last_reviewed_at: Option<DateTime<Utc>>,
    pub review_by: Option<NaiveDate>,
    pub legal_review: bool,
    pub explains: Option<String>,
    pub replaced_by: Option<String>,
    /// The title of the newest version (what editors see in lists).
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ArticleRecord {
    /// The version the public sees at `now`: a scheduled one once due, else the published one.
    pub fn public_version(&self, now: DateTime<Utc>) -> Option<i64> {
        match (self.scheduled_version, self.publish_at) {
            (Some(v), Some(at)) if at <= now => Some(v),
            _ => self.published_version,
        }
    }
}

/// One version of an article's text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ArticleVersion {
    pub article_id: String,
    pub version: i64,
    pub title: String,
    /// JSON of the core's `ArticleContent`; the app reads and writes it.
    pub content: String,
    pub minor: bool,
    /// The editor's e-mail while the account exists, else their account id (or nothing).
    pub editor: Option<String>,
    pub editor_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A review comment.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ArticleComment {
    pub version: i64,
    pub author: Option<String>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// A new article, whose first version is a draft.
#[derive(Debug, Clone)]
pub struct NewArticle<'a> {
    pub theme: &'a str,
    pub slug: &'a str,
    pub kind: &'a str,
    pub hub_slug: &'a str,
    pub title: &'a str,
    pub content: &'a str,
    pub explains: Option<&'a str>,
    pub editor_id: Option<&'a str>,
}

/// A new version saved over `base_version`, the version the editor started from.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    pub base_version: i64,
    pub title: &'a str,
    pub content: &'a str,
    pub minor: bool,
    pub editor_id: Option<&'a str>,
}

/// A change of state, applied only if the article is still where the actor saw it.
#[derive(Debug, Clone)]
pub struct StatusChange<'a> {
    pub from_status: &'a str,
    pub seen_version: i64,
    pub to_status: &'a str,
    /// Publishing: the version goes public now (`None`) or at this time.
    pub publish: Option<Option<DateTime<Utc>>>,
    /// Publishing: the next review is due on this day.
    pub review_by: Option<NaiveDate>,
}

const ARTICLE_SELECT: &str =
    "SELECT a.id, a.theme_slug AS theme, a.slug, a.kind, d.slug AS hub_slug, \
     l.name AS hub_name, a.status, a.head_version, a.published_version, a.scheduled_version, \
     a.publish_at, a.last_reviewed_at, a.review_by, a.legal_review, a.explains, a.replaced_by, \
     v.title, a.created_at, a.updated_at \
     FROM kb_articles a JOIN desks d ON d.id = a.hub_id JOIN locations l ON l.id = d.id \
     JOIN kb_versions v ON v.article_id = a.id AND v.version = a.head_version";

const VERSION_SELECT: &str = "SELECT v.article_id, v.version, v.title, v.content, v.minor, \
     COALESCE(u.email, v.editor_id) AS editor, v.editor_id, v.created_at \
     FROM kb_versions v LEFT JOIN users u ON u.id = v.editor_id";

/// A stale save or state change: someone else changed the article first.
fn stale() -> StoreError {
    StoreError::Conflict(Conflict::Stale("article".into()))
}

impl Store {
    /// Creates an article with its first version, a draft; returns its id.
    pub async fn create_article(&self, new: &NewArticle<'_>, now: DateTime<Utc>) -> Result<String> {
        let id = new_id();
        write!(self, |tx| {
            let hub = hub_id!(tx, new.hub_slug).ok_or_else(|| missing_hub(new.hub_slug))?;
            sqlx::query(
                "INSERT INTO kb_articles (id, theme_slug, slug, kind, hub_id, status, head_version, \
                 explains, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'draft', 1, $6, $7, $7)",
            )
            .bind(&id)
            .bind(new.theme)
            .bind(new.slug)
            .bind(new.kind)
            .bind(&hub)
            .bind(new.explains)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            insert_version!(
                tx,
                &id,
                1_i64,
                new.title,
                new.content,
                false,
                new.editor_id,
                now
            );
            bump_kb_version!(tx, "article", &id);
        });
        Ok(id)
    }

    /// Inserts already-published articles in one transaction (generated volume for
    /// benchmarks, `demo --scale`): each with its first version public, reviewed `now` and
    /// due by `review_by`. All or nothing; returns how many.
    pub async fn insert_published_articles(
        &self,
        articles: &[NewArticle<'_>],
        review_by: Option<NaiveDate>,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        write!(self, |tx| {
            let mut hubs: std::collections::HashMap<&str, String> =
                std::collections::HashMap::new();
            for new in articles {
                if !hubs.contains_key(new.hub_slug) {
                    let hub = hub_id!(tx, new.hub_slug).ok_or_else(|| missing_hub(new.hub_slug))?;
                    hubs.insert(new.hub_slug, hub);
                }
                let id = new_id();
                sqlx::query(
                    "INSERT INTO kb_articles (id, theme_slug, slug, kind, hub_id, status, \
                     head_version, published_version, last_reviewed_at, review_by, explains, \
                     created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, 'published', 1, 1, $6, $7, $8, $6, $6)",
                )
                .bind(&id)
                .bind(new.theme)
                .bind(new.slug)
                .bind(new.kind)
                .bind(&hubs[new.hub_slug])
                .bind(now)
                .bind(review_by)
                .bind(new.explains)
                .execute(&mut *tx)
                .await?;
                insert_version!(
                    tx,
                    &id,
                    1_i64,
                    new.title,
                    new.content,
                    false,
                    new.editor_id,
                    now
                );
            }
            bump_kb_version!(tx);
        });
        Ok(articles.len())
    }

    /// Saves a new version over `base_version`. If another version was saved since, nothing
    /// is written and the answer is `store.stale`: the caller shows both. Saving over a
    /// published or archived article starts a new draft (the public keeps the published
    /// version); saving during review keeps it in review. Returns the new version number.
    pub async fn save_article_version(
        &self,
        article_id: &str,
        new: &NewVersion<'_>,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let next = new.base_version + 1;
        write!(self, |tx| {
            let updated = sqlx::query(
                "UPDATE kb_articles SET head_version = $1, updated_at = $2, \
                 status = CASE WHEN status = 'in_review' THEN 'in_review' ELSE 'draft' END \
                 WHERE id = $3 AND head_version = $4",
            )
            .bind(next)
            .bind(now)
            .bind(article_id)
            .bind(new.base_version)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if updated == 0 {
                return Err(stale());
            }
            insert_version!(
                tx,
                article_id,
                next,
                new.title,
                new.content,
                new.minor,
                new.editor_id,
                now
            );
            bump_kb_version!(tx, "article", article_id);
        });
        Ok(next)
    }

    /// Moves an article to another state if it is still in `from_status` at `seen_version`
    /// (else `store.stale`). Publishing makes the newest version public, now or at a time.
    pub async fn change_article_status(
        &self,
        article_id: &str,
        change: &StatusChange<'_>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            let query = match change.publish {
                None => sqlx::query(
                    "UPDATE kb_articles SET status = $1, updated_at = $2 \
                     WHERE id = $3 AND status = $4 AND head_version = $5",
                ),
                Some(None) => sqlx::query(
                    "UPDATE kb_articles SET status = $1, updated_at = $2, \
                     published_version = head_version, scheduled_version = NULL, publish_at = NULL, \
                     last_reviewed_at = $2, review_by = $6, legal_review = FALSE \
                     WHERE id = $3 AND status = $4 AND head_version = $5",
                ),
                Some(Some(_)) => sqlx::query(
                    "UPDATE kb_articles SET status = $1, updated_at = $2, \
                     scheduled_version = head_version, publish_at = $7, \
                     last_reviewed_at = $2, review_by = $6, legal_review = FALSE \
                     WHERE id = $3 AND status = $4 AND head_version = $5",
                ),
            };
            let mut query = query
                .bind(change.to_status)
                .bind(now)
                .bind(article_id)
                .bind(change.from_status)
                .bind(change.seen_version);
            if change.publish.is_some() {
                query = query.bind(change.review_by);
            }
            if let Some(Some(at)) = change.publish {
                query = query.bind(at);
            }
            if query.execute(&mut *tx).await?.rows_affected() == 0 {
                return Err(stale());
            }
            bump_kb_version!(tx, "article", article_id);
        });
        Ok(())
    }

    /// Records that a hub editor checked a published article and found it still right: it
    /// is reviewed now and due again by `review_by`. Only while it is still published at
    /// `seen_version` and not waiting for a legal review (else `store.stale`).
    pub async fn confirm_article_review(
        &self,
        article_id: &str,
        seen_version: i64,
        now: DateTime<Utc>,
        review_by: NaiveDate,
    ) -> Result<()> {
        write!(self, |tx| {
            let done = sqlx::query(
                "UPDATE kb_articles SET last_reviewed_at = $1, review_by = $2, updated_at = $1 \
                 WHERE id = $3 AND status = 'published' AND head_version = $4 \
                 AND legal_review = FALSE",
            )
            .bind(now)
            .bind(review_by)
            .bind(article_id)
            .bind(seen_version)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                return Err(stale());
            }
            bump_kb_version!(tx, "article", article_id);
        });
        Ok(())
    }

    /// Records the article that replaced an archived one (`None`: nothing did).
    pub async fn set_article_replacement(
        &self,
        article_id: &str,
        replaced_by: Option<&str>,
    ) -> Result<()> {
        write!(self, |tx| {
            sqlx::query("UPDATE kb_articles SET replaced_by = $1 WHERE id = $2")
                .bind(replaced_by)
                .bind(article_id)
                .execute(&mut *tx)
                .await?;
            bump_kb_version!(tx, "article", article_id);
        });
        Ok(())
    }

    pub async fn article(&self, id: &str) -> Result<Option<ArticleRecord>> {
        let sql = format!("{ARTICLE_SELECT} WHERE a.id = $1");
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?
        }))
    }

    pub async fn article_by_slug(&self, theme: &str, slug: &str) -> Result<Option<ArticleRecord>> {
        let sql = format!("{ARTICLE_SELECT} WHERE a.theme_slug = $1 AND a.slug = $2");
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(theme)
                .bind(slug)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// Articles of the given hubs (by desk slug), newest change first, at most `limit`.
    pub async fn articles_of_hubs(
        &self,
        hubs: &[String],
        limit: u32,
    ) -> Result<Vec<ArticleRecord>> {
        let sql = format!("{ARTICLE_SELECT} WHERE d.slug = $1 ORDER BY a.updated_at DESC LIMIT $2");
        let mut found: Vec<ArticleRecord> = Vec::new();
        for hub in hubs {
            let rows: Vec<ArticleRecord> = read!(self, |pool| {
                sqlx::query_as(&sql)
                    .bind(hub)
                    .bind(i64::from(limit))
                    .fetch_all(pool)
                    .await?
            });
            found.extend(rows);
        }
        found.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        found.truncate(limit as usize);
        Ok(found)
    }

    /// Every article, newest change first, at most `limit` (the network's editors).
    pub async fn all_articles(&self, limit: u32) -> Result<Vec<ArticleRecord>> {
        let sql = format!("{ARTICLE_SELECT} ORDER BY a.updated_at DESC, a.id LIMIT $1");
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await?
        }))
    }

    /// The articles of a theme that have a public version (or a scheduled one due by
    /// `now`), by title. Archived ones are left out.
    pub async fn public_articles_of_theme(
        &self,
        theme: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<(ArticleRecord, ArticleVersion)>> {
        let sql = format!(
            "{ARTICLE_SELECT} WHERE a.theme_slug = $1 AND a.status <> 'archived' \
             AND (a.published_version IS NOT NULL OR (a.scheduled_version IS NOT NULL AND a.publish_at <= $2))"
        );
        let articles: Vec<ArticleRecord> = read!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(theme)
                .bind(now)
                .fetch_all(pool)
                .await?
        });
        let mut out = Vec::with_capacity(articles.len());
        for article in articles {
            if let Some(v) = article.public_version(now) {
                if let Some(version) = self.article_version(&article.id, v).await? {
                    out.push((article, version));
                }
            }
        }
        out.sort_by(|a, b| a.1.title.cmp(&b.1.title));
        Ok(out)
    }

    pub async fn article_version(&self, id: &str, version: i64) -> Result<Option<ArticleVersion>> {
        let sql = format!("{VERSION_SELECT} WHERE v.article_id = $1 AND v.version = $2");
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql)
                .bind(id)
                .bind(version)
                .fetch_optional(pool)
                .await?
        }))
    }

    /// Every version of an article, newest first.
    pub async fn article_versions(&self, id: &str) -> Result<Vec<ArticleVersion>> {
        let sql = format!("{VERSION_SELECT} WHERE v.article_id = $1 ORDER BY v.version DESC");
        Ok(read!(self, |pool| {
            sqlx::query_as(&sql).bind(id).fetch_all(pool).await?
        }))
    }

    pub async fn add_article_comment(
        &self,
        article_id: &str,
        version: i64,
        author_id: &str,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        write!(self, |tx| {
            sqlx::query(
                "INSERT INTO kb_comments (id, article_id, version, author_id, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(new_id())
            .bind(article_id)
            .bind(version)
            .bind(author_id)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        });
        Ok(())
    }

    /// An article's review comments, oldest first.
    pub async fn article_comments(&self, article_id: &str) -> Result<Vec<ArticleComment>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT c.version, COALESCE(u.email, c.author_id) AS author, c.body, c.created_at \
                 FROM kb_comments c LEFT JOIN users u ON u.id = c.author_id \
                 WHERE c.article_id = $1 ORDER BY c.created_at, c.id",
            )
            .bind(article_id)
            .fetch_all(pool)
            .await?
        }))
    }

    /// Whether the hub's versions need a second person to approve them (the default).
    pub async fn hub_four_eyes(&self, hub_slug: &str) -> Result<bool> {
        let set: Option<bool> = read!(self, |pool| {
            sqlx::query_scalar(
                "SELECT s.four_eyes FROM kb_hub_settings s JOIN desks d ON d.id = s.hub_id \
                 WHERE d.slug = $1",
            )
            .bind(hub_slug)
            .fetch_optional(pool)
            .await?
        });
        Ok(set.unwrap_or(true))
    }

    pub async fn set_hub_four_eyes(&self, hub_slug: &str, four_eyes: bool) -> Result<()> {
        write!(self, |tx| {
            let hub = hub_id!(tx, hub_slug).ok_or(StoreError::NotFound { entity: "hub" })?;
            sqlx::query("DELETE FROM kb_hub_settings WHERE hub_id = $1")
                .bind(&hub)
                .execute(&mut *tx)
                .await?;
            sqlx::query("INSERT INTO kb_hub_settings (hub_id, four_eyes) VALUES ($1, $2)")
                .bind(&hub)
                .bind(four_eyes)
                .execute(&mut *tx)
                .await?;
        });
        Ok(())
    }

    /// The slugs of the hub desk's organisation and its ancestors, nearest first: what a
    /// grant on an organisation is checked against.
    pub async fn hub_organisation_chain(&self, hub_slug: &str) -> Result<Vec<String>> {
        Ok(read!(self, |pool| {
            sqlx::query_scalar(crate::directory::desks::DESK_ORGANISATION_CHAIN)
                .bind(hub_slug)
                .fetch_all(pool)
                .await?
        }))
    }

    /// For each prerequisite slug, the published sheet that explains it: `(prerequisite,
    /// theme, slug)`.
    pub async fn prerequisite_sheets(&self) -> Result<Vec<(String, String, String)>> {
        Ok(read!(self, |pool| {
            sqlx::query_as(
                "SELECT explains, theme_slug, slug FROM kb_articles \
                 WHERE explains IS NOT NULL AND published_version IS NOT NULL AND status <> 'archived'",
            )
            .fetch_all(pool)
            .await?
        }))
    }
}
