//! What readers look for and do not find, for the hubs' editors. Questions and followed
//! results are counted in memory (bounded) and written in one batch a minute, so a flood of
//! questions cannot turn into a flood of writes. Nothing of who asked is kept: no address,
//! no session; and words that may be personal data (runs of digits, e-mail addresses, very
//! long questions) are not counted at all. Editors see a question only once it was asked
//! [`MIN_ASKED`] times; rarer ones are forgotten after [`RARE_DAYS`] days, all after
//! [`KEEP_DAYS`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use sportello_core::{Action, Locale, Theme};
use sportello_store::{ClickCount, FollowedResult, QuestionCount, SearchGap};

use crate::directory::local_time;
use crate::identity::SignedIn;
use crate::{App, Result};

/// A question is shown to editors once asked this many times (by anyone: a rare question
/// may be a person's name).
pub const MIN_ASKED: i64 = 3;
/// How far back the editors' page looks.
pub const WINDOW_DAYS: u64 = 90;
const RARE_DAYS: u64 = 30;
const KEEP_DAYS: u64 = 365;
/// Distinct questions (and clicks) held in memory between two writes.
const MOST_PENDING: usize = 10_000;
/// "Almost nothing": this many results or fewer.
pub const FEW: usize = 2;

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn questions_that_may_identify_someone_are_not_counted() {
        assert_eq!(
            normalise("  Bonus   AFFITTO "),
            Some("bonus affitto".into())
        );
        assert_eq!(normalise("corso A2"), Some("corso a2".into()));
        for personal in [
            "RSSMRA80A01H501U",
            "mario@example.org",
            "333 1234567",
            "nato il 12/03/1980",
            "   ",
            "?!",
        ] {
            assert_eq!(normalise(personal), None, "{personal}");
        }
        assert_eq!(normalise(&"parola ".repeat(9)), None);
    }
}

/// Day, language, words, and the theme filter (for a question) or the result (for a click).
type Key = (NaiveDate, Locale, String, String);

#[derive(Debug, Default)]
struct Pending {
    /// Asked, found nothing, found almost nothing.
    questions: HashMap<Key, (i64, i64, i64)>,
    clicks: HashMap<Key, i64>,
    flushed: Option<Instant>,
}

/// The node's counts not yet written.
#[derive(Debug, Default)]
pub struct Analytics {
    pending: Mutex<Pending>,
}

/// The words as they are counted: lower case, single spaces, at most 100 characters; `None`
/// when they may identify someone or are not a question.
pub fn normalise(text: &str) -> Option<String> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let joined = words.join(" ");
    // Phone numbers, tax codes, document numbers, dates of birth all carry digits; a
    // question rarely needs three.
    let digits = joined.chars().filter(char::is_ascii_digit).count();
    if joined.is_empty()
        || words.len() > 8
        || joined.chars().count() > 100
        || joined.contains('@')
        || digits >= 3
        || !joined.chars().any(char::is_alphabetic)
    {
        return None;
    }
    Some(joined)
}

fn today(app: &App) -> NaiveDate {
    local_time(app.clock().now()).date()
}

fn lock(app: &App) -> std::sync::MutexGuard<'_, Pending> {
    app.search()
        .analytics
        .pending
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Counts one question (first page only) and how much it found.
pub(super) fn asked(app: &App, reader: Locale, text: &str, theme: Option<Theme>, total: usize) {
    let Some(query) = normalise(text) else {
        return;
    };
    let key = (
        today(app),
        reader,
        query,
        theme.map(|t| t.slug().to_owned()).unwrap_or_default(),
    );
    let mut pending = lock(app);
    let full = pending.questions.len() >= MOST_PENDING;
    if full && !pending.questions.contains_key(&key) {
        return;
    }
    let entry = pending.questions.entry(key).or_default();
    entry.0 += 1;
    entry.1 += i64::from(total == 0);
    entry.2 += i64::from(total > 0 && total <= FEW);
}

/// Counts a followed result.
pub(super) fn followed(app: &App, reader: Locale, text: &str, item: &str) {
    let Some(query) = normalise(text) else {
        return;
    };
    let key = (today(app), reader, query, item.to_owned());
    let mut pending = lock(app);
    if pending.clicks.len() >= MOST_PENDING && !pending.clicks.contains_key(&key) {
        return;
    }
    *pending.clicks.entry(key).or_default() += 1;
}

/// Writes what was counted, at most every `search.counts_every_secs` unless `now`.
pub async fn flush(app: &App, now: bool) -> Result<()> {
    let every = Duration::from_secs(app.settings().search.counts_every_secs);
    let (questions, clicks) = {
        let mut pending = lock(app);
        if !now && pending.flushed.is_some_and(|at| at.elapsed() < every) {
            return Ok(());
        }
        pending.flushed = Some(Instant::now());
        (
            std::mem::take(&mut pending.questions),
            std::mem::take(&mut pending.clicks),
        )
    };
    let questions: Vec<QuestionCount> = questions
        .into_iter()
        .map(
            |((day, lang, query, theme), (asked, empty, few))| QuestionCount {
                day,
                lang: lang.tag().to_owned(),
                query,
                theme,
                asked,
                empty,
                few,
            },
        )
        .collect();
    let clicks: Vec<ClickCount> = clicks
        .into_iter()
        .map(|((day, lang, query, item), clicks)| ClickCount {
            day,
            lang: lang.tag().to_owned(),
            query,
            item,
            clicks,
        })
        .collect();
    app.store().add_search_counts(&questions, &clicks).await?;
    Ok(())
}

/// Forgets old counts and rare questions (housekeeping).
pub async fn purge(store: &sportello_store::Store, clock: &dyn crate::Clock) -> Result<u64> {
    let day = local_time(clock.now()).date();
    let back = |days| day.checked_sub_days(Days::new(days)).unwrap_or(day);
    Ok(store
        .purge_search_counts(back(KEEP_DAYS), back(RARE_DAYS), MIN_ASKED)
        .await?)
}

/// What the editors' page shows.
#[derive(Debug, Clone)]
pub struct Gaps {
    /// Questions finding nothing or almost nothing: those filtered by the themes of the
    /// hubs the editor writes for, and those without a theme.
    pub gaps: Vec<SearchGap>,
    /// Followed results, each with the result's title and path when the index still has it.
    pub followed: Vec<(FollowedResult, Option<(String, String)>)>,
    /// Whether the editor sees the whole network (admins, coordinators).
    pub network: bool,
}

/// The questions that find too little, for an operator who writes for a hub (or the whole
/// network). `None` when they write for none.
pub async fn gaps(app: &App, user: &SignedIn) -> Result<Option<Gaps>> {
    let hubs = crate::kb::editing::hubs_where(app, user, Action::WriteArticle).await?;
    if hubs.is_empty() {
        return Ok(None);
    }
    let network = matches!(
        sportello_core::DeskScope::of(&user.actor),
        sportello_core::DeskScope::All
    );
    let themes: Option<Vec<String>> = if network {
        None
    } else {
        let mut themes = vec![String::new()];
        for (hub, _) in &hubs {
            let organisations = app.store().hub_organisation_chain(hub).await?;
            for theme in Theme::ALL {
                let writes = sportello_core::Policy::can(
                    &user.actor,
                    Action::WriteArticle,
                    &sportello_core::Resource::Article {
                        theme: theme.slug().to_owned(),
                        hub: hub.clone(),
                        organisations: organisations.clone(),
                    },
                );
                if writes && !themes.iter().any(|t| t == theme.slug()) {
                    themes.push(theme.slug().to_owned());
                }
            }
        }
        Some(themes)
    };
    let since = today(app)
        .checked_sub_days(Days::new(WINDOW_DAYS))
        .unwrap_or_else(|| today(app));
    let store = app.store();
    let followed = store.followed_results(since, MIN_ASKED, 30).await?;
    let titles = super::titles(app, followed.iter().map(|f| f.item.clone()).collect()).await?;
    Ok(Some(Gaps {
        gaps: store
            .search_gaps(since, MIN_ASKED, themes.as_deref(), 100)
            .await?,
        followed: followed.into_iter().zip(titles).collect(),
        network,
    }))
}
