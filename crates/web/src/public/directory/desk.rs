//! A public desk page: its week of opening hours with the languages spoken per slot, the
//! services offered there, and the hubs that answer for its themes.

use std::borrow::Cow;

use askama::Template;
use chrono::NaiveTime;
use sportello_app::directory::public::{DeskService, DeskView, ThemeHub};
use sportello_app::directory::{end_time, Day, OpenState, PublicDesk};
use sportello_core::Locale;

use super::finder::status_text;
use crate::platform::i18n::Tr;
use crate::platform::layout::Layout;
use crate::platform::text::{date_text, hhmm, language_list, language_name, theme_list};
use crate::AppState;

/// A day of the week table, with its texts ready.
#[derive(Debug)]
pub struct DayRow {
    pub name: String,
    pub date: String,
    pub datetime: String,
    pub today: bool,
    pub hours: String,
    pub languages: String,
}

#[derive(Template)]
#[template(path = "directory/desk.html")]
pub(super) struct DeskPage<'a> {
    layout: Layout<'a>,
    desk: &'a PublicDesk,
    level_label: Cow<'a, str>,
    status: String,
    open: bool,
    week: Vec<DayRow>,
    languages: String,
    themes: String,
    channels: String,
    verified_on: Option<String>,
    updated_on: String,
    phone_href: Option<String>,
    services: &'a [DeskService],
    /// (theme name, hub) for the desk's themes whose hub is another desk.
    hubs: Vec<(String, &'a ThemeHub)>,
}

impl<'a> DeskPage<'a> {
    pub(super) fn new(state: &'a AppState, locale: Locale, data: &'a DeskView) -> Self {
        let (desk, local) = (data.desk(), data.view.local);
        let current = format!("/{}/sportelli/{}", locale.tag(), desk.card.slug);
        let layout = Layout::new(state, locale, desk.card.name.clone(), &current);
        let tr = layout.tr;
        let week = desk
            .week(local)
            .unwrap_or_default()
            .into_iter()
            .map(|day| day_row(tr, desk, &day))
            .collect();
        let open_state = desk.open_state(local);
        let hubs = data
            .hubs
            .iter()
            .map(|hub| (tr.t(&hub.theme.message_id()).into_owned(), hub))
            .collect();
        DeskPage {
            hubs,
            services: &data.services,
            level_label: tr.t(&format!("desk-level-{}", desk.card.level.as_str())),
            status: status_text(tr, open_state, local),
            open: matches!(open_state, OpenState::Open { .. }),
            week,
            languages: language_list(tr, desk.languages.iter().map(|(code, _)| code)),
            themes: theme_list(tr, &desk.card.themes),
            channels: desk
                .card
                .channels
                .iter()
                .map(|c| tr.t(&format!("channel-{}", c.as_str())).into_owned())
                .collect::<Vec<_>>()
                .join(", "),
            verified_on: desk.card.verified_on.map(|d| date_text(tr, d)),
            updated_on: date_text(tr, desk.card.updated_at.date_naive()),
            phone_href: desk.card.phone.as_ref().map(|p| {
                let digits: String = p
                    .chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect();
                format!("tel:{digits}")
            }),
            desk,
            layout,
        }
    }
}

fn day_row(tr: Tr<'_>, desk: &PublicDesk, day: &Day) -> DayRow {
    use chrono::Datelike;
    let hours = if day.intervals.is_empty() {
        tr.t("desk-day-closed").into_owned()
    } else {
        intervals_text(tr, &day.intervals)
    };
    // Languages with their own slot are listed with that day's slot; the others are spoken
    // whenever the desk is open.
    let start = day.date.and_time(NaiveTime::MIN);
    let end = start + chrono::Duration::days(1);
    let languages = if day.intervals.is_empty() {
        String::new()
    } else {
        desk.languages
            .iter()
            .filter_map(|(code, slot)| {
                let name = language_name(tr, code);
                match slot {
                    None => Some(name),
                    Some(slot) => {
                        let spans: Vec<(NaiveTime, NaiveTime)> = slot
                            .open_intervals(start, end)
                            .into_iter()
                            .map(|(a, b)| (a.time(), end_time(b, end)))
                            .collect();
                        (!spans.is_empty())
                            .then(|| format!("{name} ({})", intervals_text(tr, &spans)))
                    }
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    DayRow {
        name: tr
            .t(&format!(
                "weekday-{}",
                day.date.weekday().number_from_monday()
            ))
            .into_owned(),
        date: tr
            .t2(
                "date-day-month",
                "day",
                day.date.day().to_string(),
                "month",
                tr.t(&format!("month-{}", day.date.month())).into_owned(),
            )
            .into_owned(),
        datetime: day.date.format("%Y-%m-%d").to_string(),
        today: day.today,
        hours,
        languages,
    }
}

fn intervals_text(tr: Tr<'_>, intervals: &[(NaiveTime, NaiveTime)]) -> String {
    intervals
        .iter()
        .map(|(a, b)| format!("{}–{}", hhmm(tr, *a), hhmm(tr, *b)))
        .collect::<Vec<_>>()
        .join(", ")
}
