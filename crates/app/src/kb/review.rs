//! Periodic review of published articles: each is due again [`REVIEW_MONTHS`] after it
//! was last reviewed (published, or confirmed still right). The queue shows the articles the
//! actor edits that are overdue or due within [`DUE_SOON_DAYS`]; a hub editor (the Policy's
//! `PublishArticle`) confirms an article still right without a new version.

use super::editing::{articles, reach, ArticleRecord, REVIEW_MONTHS};
use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Result};
use chrono::{Days, Months, NaiveDate};

/// An article shows in the queue this many days before it is due.
pub const DUE_SOON_DAYS: u64 = 30;

/// An article of the review queue.
#[derive(Debug, Clone)]
pub struct DueArticle {
    pub record: ArticleRecord,
    pub review_by: NaiveDate,
    pub overdue: bool,
    /// Whether the actor may confirm it (a hub editor of its theme).
    pub may_confirm: bool,
}

/// The published articles the actor writes or reviews that are due for review within
/// [`DUE_SOON_DAYS`], the most overdue first.
pub async fn due(app: &App, user: &SignedIn) -> Result<Vec<DueArticle>> {
    let today = app.clock().now().date_naive();
    let horizon = today + Days::new(DUE_SOON_DAYS);
    let mut out: Vec<DueArticle> = articles(app, user)
        .await?
        .into_iter()
        .filter(|r| r.record.status == "published")
        .filter_map(|r| {
            let review_by = r.record.review_by?;
            (review_by <= horizon).then_some(DueArticle {
                overdue: review_by < today,
                may_confirm: r.rights.review,
                review_by,
                record: r.record,
            })
        })
        .collect();
    out.sort_by(|a, b| (a.review_by, &a.record.title).cmp(&(b.review_by, &b.record.title)));
    Ok(out)
}

/// What became of a confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    /// Reviewed now; due again by this date.
    Until(NaiveDate),
    /// Changed meanwhile (a new version, another state, a legal review pending): nothing done.
    Stale,
    /// Missing, out of reach, or the actor may not review it.
    NotFound,
}

/// A hub editor confirms that article `id`, published at `seen_version`, is still right.
pub async fn confirm(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    id: &str,
    seen_version: i64,
) -> Result<Confirmed> {
    let Some(reached) = reach(app, user, id).await? else {
        return Ok(Confirmed::NotFound);
    };
    if !reached.rights.review {
        return Ok(Confirmed::NotFound);
    }
    let now = app.clock().now();
    let Some(until) = now
        .date_naive()
        .checked_add_months(Months::new(REVIEW_MONTHS))
    else {
        return Ok(Confirmed::Stale);
    };
    match app
        .store()
        .confirm_article_review(id, seen_version, now, until)
        .await
    {
        Ok(()) => {}
        Err(e) if e.code() == "store.stale" => return Ok(Confirmed::Stale),
        Err(e) => return Err(e.into()),
    }
    super::audit_write(
        app,
        (user, origin),
        ("article", id),
        "kb.review_confirmed",
        format!("version {seen_version}, due again by {until}"),
    )
    .await?;
    Ok(Confirmed::Until(until))
}
