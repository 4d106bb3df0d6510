//! The public desk finder (`/{lang}/sportelli`), desk pages and the GeoJSON of public desks.
//!
//! The finder is a plain GET form: it works without JavaScript, every filter lives in the
//! URL (so a result can be bookmarked, shared and paged), and a value that cannot be used is
//! kept in the form with a translated message next to it. The map (`finder.js`) only adds to
//! the list, which stays the primary, accessible view.

use std::borrow::Cow;

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDateTime, NaiveTime, Timelike};
use serde::Deserialize;
use sportello_app::directory::{
    end_time, local_time, Day, FinderQuery, Near, OpenState, PublicDesk, Snapshot,
};
use sportello_app::{Clock, SystemClock};
use sportello_core::{Channel, DeskLevel, GeoPoint, LanguageCode, Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::i18n::Tr;
use crate::platform::layout::{render, HtmlPage, Layout};
use crate::public::portal::serde_urlencoded_query;
use crate::AppState;

/// The finder's query string, as typed: nothing is lost when a value is wrong.
#[derive(Debug, Default, Deserialize)]
pub struct FinderParams {
    near: Option<String>,
    lat: Option<String>,
    lon: Option<String>,
    comune: Option<String>,
    province: Option<String>,
    theme: Option<String>,
    level: Option<String>,
    language: Option<String>,
    channel: Option<String>,
    open: Option<String>,
    page: Option<String>,
}

fn filled(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

impl FinderParams {
    /// The query, and the message ids of the values that could not be used (field, id).
    fn parse(&self) -> (FinderQuery, Vec<(&'static str, &'static str)>) {
        let mut errors = Vec::new();
        let mut query = FinderQuery {
            page: 1,
            ..FinderQuery::default()
        };
        let mut check = |field: &'static str, ok: bool, id: &'static str| {
            if !ok {
                errors.push((field, id));
            }
        };
        if let Some(theme) = filled(self.theme.as_ref()) {
            query.theme = Theme::from_slug(theme).ok();
            check("theme", query.theme.is_some(), "finder-error-theme");
        }
        if let Some(level) = filled(self.level.as_ref()) {
            query.level = DeskLevel::parse(level).ok();
            check("level", query.level.is_some(), "finder-error-level");
        }
        if let Some(language) = filled(self.language.as_ref()) {
            query.language = LanguageCode::parse(language).ok();
            check(
                "language",
                query.language.is_some(),
                "finder-error-language",
            );
        }
        if let Some(channel) = filled(self.channel.as_ref()) {
            query.channel = Channel::parse(channel).ok();
            check("channel", query.channel.is_some(), "finder-error-channel");
        }
        query.comune = filled(self.comune.as_ref()).map(str::to_owned);
        query.province = filled(self.province.as_ref()).map(str::to_owned);
        query.open_now = filled(self.open.as_ref()).is_some();
        if let Some(page) = filled(self.page.as_ref()) {
            let parsed = page.parse::<usize>().ok().filter(|p| *p >= 1);
            check("page", parsed.is_some(), "finder-error-page");
            query.page = parsed.unwrap_or(1);
        }
        match (filled(self.lat.as_ref()), filled(self.lon.as_ref())) {
            (Some(lat), Some(lon)) => {
                let point = lat
                    .parse::<f64>()
                    .ok()
                    .zip(lon.parse::<f64>().ok())
                    .and_then(|(lat, lon)| GeoPoint::new(lat, lon).ok());
                check("near", point.is_some(), "finder-error-position");
                query.near = point.map(Near::Point);
            }
            (None, None) => {}
            _ => check("near", false, "finder-error-position"),
        }
        if query.near.is_none() {
            if let Some(name) = filled(self.near.as_ref()) {
                query.near = Some(Near::Comune(name.to_owned()));
            }
        }
        (query, errors)
    }

    /// The query string of this search on another page.
    fn page_href(&self, lang: &str, page: usize) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("near", &self.near),
            ("lat", &self.lat),
            ("lon", &self.lon),
            ("comune", &self.comune),
            ("province", &self.province),
            ("theme", &self.theme),
            ("level", &self.level),
            ("language", &self.language),
            ("channel", &self.channel),
            ("open", &self.open),
        ] {
            if let Some(value) = filled(value.as_ref()) {
                out.append_pair(key, value);
            }
        }
        out.append_pair("page", &page.to_string());
        format!("/{lang}/sportelli?{}", out.finish())
    }
}

/// One option of a select.
#[derive(Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A desk in the result list, with its texts ready.
#[derive(Debug)]
pub struct DeskRow<'a> {
    pub desk: &'a PublicDesk,
    pub level_label: Cow<'a, str>,
    pub status: String,
    pub open: bool,
    pub distance: Option<String>,
    pub languages: String,
    pub themes: String,
}

#[derive(Template)]
#[template(path = "directory/finder.html")]
struct FinderPage<'a> {
    layout: Layout<'a>,
    near: String,
    lat: String,
    lon: String,
    comuni: Vec<String>,
    languages: Vec<Choice>,
    themes: Vec<Choice>,
    levels: Vec<Choice>,
    channels: Vec<Choice>,
    provinces: Vec<Choice>,
    open_now: bool,
    errors: Vec<String>,
    /// Names of the fields with a message, space-separated.
    error_fields: String,
    rows: Vec<DeskRow<'a>>,
    total: usize,
    page: usize,
    pages: usize,
    sorted_by_distance: bool,
    prev_href: String,
    next_href: String,
    geojson_href: String,
    map_js: &'a str,
    leaflet_js: &'a str,
    map_css: &'a str,
    tiles: &'a str,
}

pub async fn finder(
    State(state): State<AppState>,
    Path(tag): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<HtmlPage, WebError> {
    let locale = Locale::from_tag(&tag).map_err(|_| WebError::NotFound)?;
    let params: FinderParams = serde_urlencoded_query(raw.as_deref())?;
    let snapshot = state.app.directory().snapshot().await?;
    let (query, errors) = params.parse();
    let local = local_time(SystemClock.now());
    let found = snapshot.find(&query, local);
    let current = match raw.as_deref() {
        Some(q) if !q.is_empty() => format!("/{}/sportelli?{q}", locale.tag()),
        _ => format!("/{}/sportelli", locale.tag()),
    };
    let layout = Layout::page(&state, locale, "desks-title", &current);
    let tr = layout.tr;
    let mut messages: Vec<String> = errors.iter().map(|(_, id)| tr.t(id).into_owned()).collect();
    let mut error_fields: Vec<&'static str> = errors.iter().map(|(field, _)| *field).collect();
    if found.unknown_comune {
        let typed = params.near.clone().unwrap_or_default();
        messages.push(
            tr.t2(
                "finder-error-comune",
                "name",
                typed.trim().to_owned(),
                "suggestions",
                suggestions(&snapshot, typed.trim()),
            )
            .into_owned(),
        );
        error_fields.push("near");
    }
    let rows = found
        .hits
        .iter()
        .map(|hit| DeskRow {
            desk: hit.desk,
            level_label: tr.t(&format!("desk-level-{}", hit.desk.card.level.as_str())),
            status: status_text(tr, hit.open, local),
            open: matches!(hit.open, OpenState::Open { .. }),
            distance: hit.distance_km.map(|km| distance_text(tr, km)),
            languages: language_list(tr, hit.desk.languages.iter().map(|(code, _)| code)),
            themes: hit
                .desk
                .card
                .themes
                .iter()
                .map(|t| tr.t(&t.message_id()).into_owned())
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    let geojson_href = match raw.as_deref() {
        Some(q) if !q.is_empty() => format!("/api/desks.geojson?{q}"),
        _ => "/api/desks.geojson".to_owned(),
    };
    let page = FinderPage {
        near: params.near.clone().unwrap_or_default(),
        lat: params.lat.clone().unwrap_or_default(),
        lon: params.lon.clone().unwrap_or_default(),
        comuni: snapshot.comuni.iter().map(|c| c.name.clone()).collect(),
        languages: choices(
            params.language.as_deref(),
            snapshot
                .languages
                .iter()
                .map(|code| (code.as_str().to_owned(), language_name(tr, code))),
        ),
        themes: choices(
            params.theme.as_deref(),
            Theme::ALL
                .iter()
                .map(|t| (t.slug().to_owned(), tr.t(&t.message_id()).into_owned())),
        ),
        levels: choices(
            params.level.as_deref(),
            [DeskLevel::Hub, DeskLevel::L2, DeskLevel::L1]
                .iter()
                .map(|l| {
                    (
                        l.as_str().to_owned(),
                        tr.t(&format!("desk-level-{}", l.as_str())).into_owned(),
                    )
                }),
        ),
        channels: choices(
            params.channel.as_deref(),
            Channel::ALL.iter().map(|c| {
                (
                    c.as_str().to_owned(),
                    tr.t(&format!("channel-{}", c.as_str())).into_owned(),
                )
            }),
        ),
        provinces: choices(
            params.province.as_deref(),
            snapshot.provinces.iter().map(|p| (p.clone(), p.clone())),
        ),
        open_now: query.open_now,
        errors: messages,
        error_fields: error_fields.join(" "),
        rows,
        total: found.total,
        page: found.page,
        pages: found.pages,
        sorted_by_distance: found.origin.is_some(),
        prev_href: params.page_href(locale.tag(), found.page.saturating_sub(1).max(1)),
        next_href: params.page_href(locale.tag(), found.page + 1),
        geojson_href,
        map_js: state.assets.url("finder.js"),
        leaflet_js: state.assets.url("leaflet.js"),
        map_css: state.assets.url("leaflet.css"),
        tiles: &state.settings.server.map_tiles,
        layout,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        // The page still shows the form and what was typed; the status tells machines.
        StatusCode::UNPROCESSABLE_ENTITY
    };
    render(&page, status).map_err(WebError::from)
}

/// Up to five known comuni that start like what was typed (or the first five).
fn suggestions(snapshot: &Snapshot, typed: &str) -> String {
    let prefix: String = typed.chars().take(2).collect::<String>().to_lowercase();
    let mut names: Vec<&str> = snapshot
        .comuni
        .iter()
        .map(|c| c.name.as_str())
        .filter(|n| n.to_lowercase().starts_with(&prefix))
        .take(5)
        .collect();
    if names.is_empty() {
        names = snapshot
            .comuni
            .iter()
            .map(|c| c.name.as_str())
            .take(5)
            .collect();
    }
    names.join(", ")
}

fn choices(selected: Option<&str>, options: impl Iterator<Item = (String, String)>) -> Vec<Choice> {
    options
        .map(|(value, label)| Choice {
            selected: selected == Some(value.as_str()),
            value,
            label,
        })
        .collect()
}

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

fn language_list<'a>(tr: Tr<'_>, codes: impl Iterator<Item = &'a LanguageCode>) -> String {
    codes
        .map(|c| language_name(tr, c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn hhmm(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

fn weekday_name(tr: Tr<'_>, at: NaiveDateTime) -> String {
    use chrono::Datelike;
    tr.t(&format!("weekday-{}", at.weekday().number_from_monday()))
        .into_owned()
}

/// "Open now, closes at 13:00" / "Closed, opens Monday at 09:00" / "Hours not known".
fn status_text(tr: Tr<'_>, state: OpenState, local: NaiveDateTime) -> String {
    match state {
        OpenState::Open { until: Some(until) } if until.date() == local.date() => tr
            .t1("desk-open-until", "time", hhmm(until.time()))
            .into_owned(),
        OpenState::Open { .. } => tr.t("desk-open").into_owned(),
        OpenState::Closed { opens: Some(opens) } if opens.date() == local.date() => tr
            .t1("desk-closed-opens-today", "time", hhmm(opens.time()))
            .into_owned(),
        OpenState::Closed { opens: Some(opens) } => tr
            .t2(
                "desk-closed-opens-on",
                "day",
                weekday_name(tr, opens),
                "time",
                hhmm(opens.time()),
            )
            .into_owned(),
        OpenState::Closed { opens: None } => tr.t("desk-closed").into_owned(),
        OpenState::Unknown => tr.t("desk-hours-unknown").into_owned(),
    }
}

/// "2,3 km" with the locale's decimal separator (a Fluent message, so translators own it).
fn distance_text(tr: Tr<'_>, km: f64) -> String {
    let text = if km < 10.0 {
        format!("{km:.1}")
    } else {
        format!("{km:.0}")
    };
    let text = text.replace('.', &tr.t("number-decimal-separator"));
    tr.t1("desk-distance", "km", text).into_owned()
}

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
struct DeskPage<'a> {
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
    services: Vec<sportello_store::DeskService>,
    /// (theme name, hub) for the desk's themes whose hub is another desk.
    hubs: Vec<(String, sportello_store::ThemeHub)>,
}

pub async fn desk(
    State(state): State<AppState>,
    Path((tag, slug)): Path<(String, String)>,
) -> Result<HtmlPage, WebError> {
    let locale = Locale::from_tag(&tag).map_err(|_| WebError::NotFound)?;
    let snapshot = state.app.directory().snapshot().await?;
    let desk = snapshot.desk(&slug).ok_or(WebError::NotFound)?;
    let local = local_time(SystemClock.now());
    let current = format!("/{}/sportelli/{slug}", locale.tag());
    let layout = Layout::new(&state, locale, desk.card.name.clone(), &current);
    let tr = layout.tr;
    let week = desk
        .week(local)
        .unwrap_or_default()
        .into_iter()
        .map(|day| day_row(tr, desk, &day))
        .collect();
    let open_state = desk.open_state(local);
    let services = state
        .store
        .services_at_desk(&slug)
        .await
        .map_err(sportello_app::Error::from)?;
    let hubs = state
        .store
        .theme_hubs(&desk.card.themes, &desk.card.region, &desk.card.province)
        .await
        .map_err(sportello_app::Error::from)?
        .into_iter()
        .filter(|hub| hub.hub_slug != desk.card.slug)
        .map(|hub| (tr.t(&hub.theme.message_id()).into_owned(), hub))
        .collect();
    let page = DeskPage {
        hubs,
        services,
        level_label: tr.t(&format!("desk-level-{}", desk.card.level.as_str())),
        status: status_text(tr, open_state, local),
        open: matches!(open_state, OpenState::Open { .. }),
        week,
        languages: language_list(tr, desk.languages.iter().map(|(code, _)| code)),
        themes: desk
            .card
            .themes
            .iter()
            .map(|t| tr.t(&t.message_id()).into_owned())
            .collect::<Vec<_>>()
            .join(", "),
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
    };
    render(&page, StatusCode::OK).map_err(WebError::from)
}

fn date_text(tr: Tr<'_>, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    crate::public::catalogue::full_date(tr, date.day(), date.month(), date.year())
}

fn day_row(tr: Tr<'_>, desk: &PublicDesk, day: &Day) -> DayRow {
    use chrono::Datelike;
    let hours = if day.intervals.is_empty() {
        tr.t("desk-day-closed").into_owned()
    } else {
        intervals_text(&day.intervals)
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
                        (!spans.is_empty()).then(|| format!("{name} ({})", intervals_text(&spans)))
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

fn intervals_text(intervals: &[(NaiveTime, NaiveTime)]) -> String {
    intervals
        .iter()
        .map(|(a, b)| format!("{}–{}", hhmm(*a), hhmm(*b)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `/api/desks.geojson`: the public desks the finder would show for the same query, as a
/// GeoJSON FeatureCollection (sensitive desks have no public position and are left out).
pub async fn geojson(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let params: FinderParams = serde_urlencoded_query(raw.as_deref())?;
    let (mut query, _) = params.parse();
    let snapshot = state.app.directory().snapshot().await?;
    let local = local_time(SystemClock.now());
    query.page = 1;
    let all = FinderQuery {
        near: None,
        ..query
    };
    let features: Vec<serde_json::Value> = snapshot
        .find_all(&all, local)
        .filter_map(|desk| {
            let point = desk.card.point?;
            Some(serde_json::json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [point.longitude, point.latitude]},
                "properties": {
                    "slug": desk.card.slug,
                    "name": desk.card.name,
                    "level": desk.card.level.as_str(),
                    "comune": desk.card.comune,
                    "address": desk.card.address,
                },
            }))
        })
        .collect();
    let body = serde_json::json!({"type": "FeatureCollection", "features": features});
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    Ok(response)
}
