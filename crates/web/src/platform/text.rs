//! Texts every area formats the same way, in the reader's language: language names, times,
//! weekdays, dates.

use chrono::{NaiveDateTime, NaiveTime, Timelike};
use sportello_core::LanguageCode;

use crate::platform::i18n::Tr;

/// A language's name in the reader's language, or its code when we have no name for it.
pub fn language_name(tr: Tr<'_>, code: &LanguageCode) -> String {
    let id = format!("language-name-{}", code.as_str());
    let name = tr.t(&id);
    if name == id {
        code.as_str().to_uppercase()
    } else {
        name.into_owned()
    }
}

pub fn language_list<'a>(tr: Tr<'_>, codes: impl Iterator<Item = &'a LanguageCode>) -> String {
    codes
        .map(|c| language_name(tr, c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "09:30", in the reader's digits.
pub fn hhmm(tr: Tr<'_>, time: NaiveTime) -> String {
    tr.digits(&format!("{:02}:{:02}", time.hour(), time.minute()))
}

pub fn weekday_name(tr: Tr<'_>, at: NaiveDateTime) -> String {
    use chrono::Datelike;
    tr.t(&format!("weekday-{}", at.weekday().number_from_monday()))
        .into_owned()
}

pub fn date_text(tr: Tr<'_>, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    full_date(tr, date.day(), date.month(), date.year())
}

/// "7 marzo 2026" in the reader's language (a Fluent message per month).
pub fn full_date(tr: Tr<'_>, day: u32, month: u32, year: i32) -> String {
    tr.t2(
        &format!("date-full-{month}"),
        "day",
        tr.digits(&day.to_string()),
        "year",
        tr.digits(&year.to_string()),
    )
    .into_owned()
}

/// "7 marzo 2026 14:05": a moment as people in Italy read it (Europe/Rome time), in the
/// reader's language and digits.
pub fn date_time(tr: Tr<'_>, at: chrono::DateTime<chrono::Utc>) -> String {
    let local = at.with_timezone(&chrono_tz::Europe::Rome);
    format!(
        "{} {}",
        date_text(tr, local.date_naive()),
        hhmm(tr, local.time())
    )
}

/// [`date_time`] of an RFC 3339 text (HSDS `last_action_date`); the text itself when it is
/// not one.
pub fn date_time_text(tr: Tr<'_>, rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339).map_or_else(
        |_| rfc3339.to_owned(),
        |at| date_time(tr, at.with_timezone(&chrono::Utc)),
    )
}

/// Theme names, comma-separated, in the reader's language.
pub fn theme_list(tr: Tr<'_>, themes: &[sportello_core::Theme]) -> String {
    themes
        .iter()
        .map(|t| tr.t(&t.message_id()).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A moment typed in an `<input type="datetime-local">` (`2026-12-01T09:30`), read as Rome's
/// time: `Ok(None)` when empty, `Err(())` when it is not such a moment (or, at a clock
/// change, names no moment or two).
pub fn rome_local_to_utc(text: &str) -> Result<Option<chrono::DateTime<chrono::Utc>>, ()> {
    use chrono::TimeZone;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let local = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").map_err(|_| ())?;
    match chrono_tz::Europe::Rome.from_local_datetime(&local) {
        chrono::LocalResult::Single(at) => Ok(Some(at.with_timezone(&chrono::Utc))),
        _ => Err(()),
    }
}
