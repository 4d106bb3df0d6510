//! Readers' answers to "was this page clear?" on the public sheets: a score from 1 to 5 and
//! an optional comment, from anyone, with nothing that identifies them (no address, no
//! session is stored). Limited in memory per address and per node
//! ([`crate::platform::rate_limit`]); comments are erased after `kb.rating_comment_days`
//! by housekeeping. The article's editors see the counts and the newest comments.

use chrono::Duration;
use sportello_core::{Locale, Theme};
use sportello_store::RatingComment;

use crate::identity::RequestOrigin;
use crate::{App, Result};

/// The longest comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// How many comments the editors see.
pub const COMMENTS_SHOWN: u32 = 10;

/// The sheet a reader answers about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingTarget {
    pub title: String,
    /// The language of `title`: the reader's when the sheet is translated, else Italian.
    pub title_locale: Locale,
}

/// The published sheet at `theme`/`slug` as a reader of `locale` sees its title; `None`
/// when there is none the public can read.
pub async fn target(
    app: &App,
    (theme, slug): (Theme, &str),
    locale: Locale,
) -> Result<Option<RatingTarget>> {
    Ok(public_article(app, theme, slug, locale)
        .await?
        .map(|(_, target)| target))
}

/// The id and the title of the public sheet at `theme`/`slug`.
async fn public_article(
    app: &App,
    theme: Theme,
    slug: &str,
    locale: Locale,
) -> Result<Option<(String, RatingTarget)>> {
    let store = app.store();
    let Some(record) = store.article_by_slug(theme.slug(), slug).await? else {
        return Ok(None);
    };
    if record.status == "archived" || record.public_version(app.clock().now()).is_none() {
        return Ok(None);
    }
    let mut target = RatingTarget {
        title: record.title,
        title_locale: Locale::FALLBACK,
    };
    if locale != Locale::FALLBACK {
        if let Some(t) = store.article_translation(&record.id, locale.tag()).await? {
            target = RatingTarget {
                title: t.title,
                title_locale: locale,
            };
        }
    }
    Ok(Some((record.id, target)))
}

/// What a reader sent, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RatingInput {
    pub score: String,
    pub comment: String,
}

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingProblem {
    /// No score, or not one of 1 to 5.
    Score,
    /// The comment is over [`MAX_COMMENT_CHARS`].
    TooLong,
}

/// What became of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rated {
    Thanks,
    /// Nothing saved; the form shows the problems with what was typed.
    Refused(RatingTarget, Vec<RatingProblem>),
    /// Too many answers from this address, or the node's allowance is used up: nothing saved.
    Limited(RatingTarget),
    /// No public sheet there.
    NotFound,
}

/// Checks an answer: the score (1 to 5) and the comment, trimmed, control characters
/// other than line breaks removed, empty taken as none.
pub fn check(
    input: &RatingInput,
) -> std::result::Result<(i32, Option<String>), Vec<RatingProblem>> {
    let mut problems = Vec::new();
    let score = input
        .score
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|s| (1..=5).contains(s));
    if score.is_none() {
        problems.push(RatingProblem::Score);
    }
    let comment: String = input
        .comment
        .trim()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    if comment.chars().count() > MAX_COMMENT_CHARS {
        problems.push(RatingProblem::TooLong);
    }
    match score {
        Some(score) if problems.is_empty() => Ok((score, (!comment.is_empty()).then_some(comment))),
        _ => Err(problems),
    }
}

/// Records a reader's answer about the sheet at `theme`/`slug`, read in `locale`.
pub async fn rate(
    app: &App,
    origin: &RequestOrigin,
    (theme, slug): (Theme, &str),
    locale: Locale,
    input: &RatingInput,
) -> Result<Rated> {
    let Some((id, target)) = public_article(app, theme, slug, locale).await? else {
        return Ok(Rated::NotFound);
    };
    let (score, comment) = match check(input) {
        Ok(checked) => checked,
        Err(problems) => return Ok(Rated::Refused(target, problems)),
    };
    let now = app.clock().now();
    if !app.rating_limiter().allow(&origin.ip, now.timestamp()) {
        return Ok(Rated::Limited(target));
    }
    app.store()
        .add_article_rating(&id, locale.tag(), score, comment.as_deref(), now)
        .await?;
    Ok(Rated::Thanks)
}

/// The readers' answers on one article, for its editors.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RatingSummary {
    /// Answers per score, 1 to 5.
    pub counts: [i64; 5],
    pub total: i64,
    /// The mean score, when there is any answer.
    pub average: Option<f64>,
    /// The newest comments still kept.
    pub comments: Vec<RatingComment>,
}

/// The answers on article `id`. The caller has checked the actor reaches it.
pub(crate) async fn summary(app: &App, id: &str) -> Result<RatingSummary> {
    let store = app.store();
    let counts = store.article_rating_counts(id).await?;
    let total: i64 = counts.iter().sum();
    let weighted: i64 = counts.iter().zip(1..).map(|(n, score)| n * score).sum();
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    let average = (total > 0).then(|| weighted as f64 / total as f64);
    Ok(RatingSummary {
        counts,
        total,
        average,
        comments: store.article_rating_comments(id, COMMENTS_SHOWN).await?,
    })
}

/// Erases the comments older than `kb.rating_comment_days` (housekeeping).
pub(crate) async fn erase_old_comments(
    store: &sportello_store::Store,
    now: chrono::DateTime<chrono::Utc>,
    days: u32,
) -> Result<u64> {
    Ok(store
        .erase_rating_comments(now - Duration::days(i64::from(days)))
        .await?)
}

#[cfg(test)]
mod tests {
    use super::{check, RatingInput, RatingProblem, MAX_COMMENT_CHARS};

    fn input(score: &str, comment: &str) -> RatingInput {
        RatingInput {
            score: score.into(),
            comment: comment.into(),
        }
    }

    #[test]
    fn a_score_from_one_to_five_and_a_cleaned_comment() {
        assert_eq!(check(&input("4", "  ")), Ok((4, None)));
        assert_eq!(
            check(&input(" 1 ", "Non capisco\u{0}\u{7} il kit.\n")),
            Ok((1, Some("Non capisco il kit.".into())))
        );
        for bad in ["", "0", "6", "3.5", "tre"] {
            assert_eq!(
                check(&input(bad, "")),
                Err(vec![RatingProblem::Score]),
                "{bad:?}"
            );
        }
        let long = "è".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            check(&input("x", &long)),
            Err(vec![RatingProblem::Score, RatingProblem::TooLong])
        );
        assert!(check(&input("5", &"è".repeat(MAX_COMMENT_CHARS))).is_ok());
    }
}
