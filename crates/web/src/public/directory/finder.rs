//! The finder's form as typed, its parsing into a query, and the finder page.

use std::borrow::Cow;

use askama::Template;
use chrono::NaiveDateTime;
use serde::Deserialize;
use sportello_app::directory::public::DirectoryView;
use sportello_app::directory::{FinderQuery, Near, OpenState, PublicDesk, Snapshot};
use sportello_core::{Channel, DeskLevel, GeoPoint, LanguageCode, Locale, Theme};

use crate::platform::i18n::Tr;
use crate::platform::layout::Layout;
use crate::platform::text::{hhmm, language_list, language_name, theme_list, weekday_name};
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
    pub(super) fn parse(&self) -> (FinderQuery, Vec<(&'static str, &'static str)>) {
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
pub(super) struct FinderPage<'a> {
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
    pub(super) errors: Vec<String>,
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

impl<'a> FinderPage<'a> {
    /// The page for `params` (as typed) over the directory `view`; `raw` is the query
    /// string as it came, kept in the language switcher and the GeoJSON link.
    pub(super) fn new(
        state: &'a AppState,
        locale: Locale,
        raw: Option<&str>,
        params: &FinderParams,
        view: &'a DirectoryView,
    ) -> Self {
        let (snapshot, local) = (&view.snapshot, view.local);
        let (query, errors) = params.parse();
        let found = snapshot.find(&query, local);
        let current = match raw {
            Some(q) if !q.is_empty() => format!("/{}/sportelli?{q}", locale.tag()),
            _ => format!("/{}/sportelli", locale.tag()),
        };
        let layout = Layout::page(state, locale, "desks-title", &current);
        let tr = layout.tr;
        let mut messages: Vec<String> =
            errors.iter().map(|(_, id)| tr.t(id).into_owned()).collect();
        let mut error_fields: Vec<&'static str> = errors.iter().map(|(field, _)| *field).collect();
        if found.unknown_comune {
            let typed = params.near.clone().unwrap_or_default();
            messages.push(
                tr.t2(
                    "finder-error-comune",
                    "name",
                    typed.trim().to_owned(),
                    "suggestions",
                    suggestions(snapshot, typed.trim()),
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
                themes: theme_list(tr, &hit.desk.card.themes),
            })
            .collect();
        let geojson_href = match raw {
            Some(q) if !q.is_empty() => format!("/api/desks.geojson?{q}"),
            _ => "/api/desks.geojson".to_owned(),
        };
        FinderPage {
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
        }
    }
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

/// "Open now, closes at 13:00" / "Closed, opens Monday at 09:00" / "Hours not known".
pub(super) fn status_text(tr: Tr<'_>, state: OpenState, local: NaiveDateTime) -> String {
    match state {
        OpenState::Open { until: Some(until) } if until.date() == local.date() => tr
            .t1("desk-open-until", "time", hhmm(tr, until.time()))
            .into_owned(),
        OpenState::Open { .. } => tr.t("desk-open").into_owned(),
        OpenState::Closed { opens: Some(opens) } if opens.date() == local.date() => tr
            .t1("desk-closed-opens-today", "time", hhmm(tr, opens.time()))
            .into_owned(),
        OpenState::Closed { opens: Some(opens) } => tr
            .t2(
                "desk-closed-opens-on",
                "day",
                weekday_name(tr, opens),
                "time",
                hhmm(tr, opens.time()),
            )
            .into_owned(),
        OpenState::Closed { opens: None } => tr.t("desk-closed").into_owned(),
        OpenState::Unknown => tr.t("desk-hours-unknown").into_owned(),
    }
}

/// "2,3 km" as the reader's language writes numbers: one decimal below 10 km.
fn distance_text(tr: Tr<'_>, km: f64) -> String {
    let text = tr.number(km, usize::from(km < 10.0));
    tr.t1("desk-distance", "km", text).into_owned()
}
