//! The public search page (`/{lang}/cerca`): one box, filters by kind, theme and comune
//! (with the counts of the current results), "open now" and "near me" for desks, and the
//! results in the reader's language or marked as the Italian original. A plain GET form:
//! it works without JavaScript; `search.js` only refreshes the results as one types.
//!
//! The query string is read leniently (`form_urlencoded`, invalid UTF-8 replaced): any input
//! gets a page, and an unknown filter value filters nothing.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use sportello_app::search::{self, Answer, Question, ResultKind, Segment};
use sportello_core::{GeoPoint, Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::{Lang, Origin};
use crate::platform::layout::{render, HtmlPage, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::AppState;

pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/cerca", Allowed::Public, page)
        .get("/{lang}/cerca/vai", Allowed::Public, follow)
}

/// The kinds a reader can filter by, in the order the page lists them.
pub const KINDS: [ResultKind; 7] = [
    ResultKind::Sheet,
    ResultKind::Faq,
    ResultKind::Guide,
    ResultKind::News,
    ResultKind::Desk,
    ResultKind::Service,
    ResultKind::OnlineService,
];

/// The question in a query string: `q`, `tipo` (repeatable), `tema`, `comune`, `aperti`,
/// `lat`/`lon`, `pagina`. Also what the JSON API reads, under its English names.
pub fn question(raw: Option<&str>, names: &Names) -> (Question, Vec<&'static str>) {
    let mut q = Question {
        page: 1,
        ..Question::default()
    };
    let mut unknown = Vec::new();
    let (mut lat, mut lon) = (None, None);
    for (key, value) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        let value = value.trim();
        match key.as_ref() {
            k if k == names.text => q.text = value.chars().take(1000).collect(),
            k if k == names.kind && !value.is_empty() => match ResultKind::parse(value) {
                Some(kind) if !q.kinds.contains(&kind) => q.kinds.push(kind),
                Some(_) => {}
                None => unknown.push(names.kind),
            },
            k if k == names.theme && !value.is_empty() => match Theme::from_slug(value) {
                Ok(t) => q.theme = Some(t),
                Err(_) => unknown.push(names.theme),
            },
            k if k == names.comune && !value.is_empty() => {
                q.comune = Some(value.chars().take(80).collect());
            }
            k if k == names.open_now => q.open_now = matches!(value, "1" | "true" | "on"),
            "lat" => lat = value.parse::<f64>().ok(),
            "lon" => lon = value.parse::<f64>().ok(),
            k if k == names.page => q.page = value.parse().unwrap_or(1),
            _ => {}
        }
    }
    q.near = lat.zip(lon).and_then(|(a, o)| GeoPoint::new(a, o).ok());
    (q, unknown)
}

/// The parameter names of one interface.
#[derive(Debug)]
pub struct Names {
    pub text: &'static str,
    pub kind: &'static str,
    pub theme: &'static str,
    pub comune: &'static str,
    pub open_now: &'static str,
    pub page: &'static str,
}

pub const PAGE_NAMES: Names = Names {
    text: "q",
    kind: "tipo",
    theme: "tema",
    comune: "comune",
    open_now: "aperti",
    page: "pagina",
};

/// A choice of a filter: value, label, its count in the locale's digits (or nothing), chosen.
type Choice = (String, String, String, bool);

struct HitView {
    title: String,
    href: String,
    /// The same result through the click counter (`search.js` follows it there).
    follow: String,
    kind: String,
    /// Set when the text is the Italian original, not the reader's language.
    original: Option<&'static str>,
    place: Option<String>,
    snippet: Vec<Segment>,
}

#[derive(Template)]
#[template(path = "search/search.html")]
struct SearchPage<'a> {
    layout: Layout<'a>,
    q: String,
    searched: bool,
    kinds: Vec<Choice>,
    themes: Vec<Choice>,
    comuni: Vec<Choice>,
    open_now: bool,
    lat: String,
    lon: String,
    hits: Vec<HitView>,
    total: String,
    throttled: bool,
    previous: Option<String>,
    next: Option<String>,
    script: &'a str,
}

async fn page(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Origin(origin): Origin,
    RawQuery(raw): RawQuery,
) -> Result<HtmlPage, WebError> {
    let (question, _) = question(raw.as_deref(), &PAGE_NAMES);
    let answer = search::ask(&state.app, &question, locale, &origin.ip).await?;
    render(
        &SearchPage::new(&state, locale, &question, answer),
        StatusCode::OK,
    )
    .map_err(WebError::from)
}

/// A result followed from the results page (`search.js` sends clicks here): counted, then
/// sent on to the result. Only items the index has are reachable: no open redirect.
async fn follow(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Origin(origin): Origin,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let (mut text, mut item) = (String::new(), String::new());
    for (k, v) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        match k.as_ref() {
            "q" => text = v.chars().take(200).collect(),
            "a" => item = v.chars().take(200).collect(),
            _ => {}
        }
    }
    match search::follow_result(&state.app, locale, &text, &item, &origin.ip).await? {
        Some(path) => Ok(Redirect::to(&format!("/{}{path}", locale.tag())).into_response()),
        None => Err(WebError::NotFound),
    }
}

fn href(lang: &str, q: &Question, page: usize) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    s.append_pair("q", &q.text);
    for k in &q.kinds {
        s.append_pair("tipo", k.as_str());
    }
    if let Some(t) = q.theme {
        s.append_pair("tema", t.slug());
    }
    if let Some(c) = &q.comune {
        s.append_pair("comune", c);
    }
    if q.open_now {
        s.append_pair("aperti", "1");
    }
    if let Some(p) = q.near {
        s.append_pair("lat", &format!("{:.5}", p.latitude));
        s.append_pair("lon", &format!("{:.5}", p.longitude));
    }
    s.append_pair("pagina", &page.to_string());
    format!("/{lang}/cerca?{}", s.finish())
}

fn count_of(facets: &[(String, u64)], value: &str) -> u64 {
    facets
        .iter()
        .find(|(v, _)| v == value)
        .map_or(0, |(_, n)| *n)
}

impl<'a> SearchPage<'a> {
    fn new(state: &'a AppState, locale: Locale, q: &Question, answer: Answer) -> Self {
        let lang = locale.tag();
        let layout = Layout::page(state, locale, "search-title", &href(lang, q, answer.page));
        let tr = layout.tr;
        let searched = !q.text.trim().is_empty() || !q.kinds.is_empty() || q.theme.is_some();
        #[allow(clippy::cast_precision_loss)]
        let count = |n: u64| {
            if searched {
                format!("({})", tr.number(n as f64, 0))
            } else {
                String::new()
            }
        };
        let kinds = KINDS
            .into_iter()
            .map(|k| {
                let label = tr.t(&format!("search-kind-{}", k.as_str())).into_owned();
                let n = count(count_of(&answer.facets.kinds, k.as_str()));
                (k.as_str().to_owned(), label, n, q.kinds.contains(&k))
            })
            .collect();
        let themes = Theme::ALL
            .into_iter()
            .map(|t| {
                let n = count(count_of(&answer.facets.themes, t.slug()));
                (
                    t.slug().to_owned(),
                    tr.t(&t.message_id()).into_owned(),
                    n,
                    q.theme == Some(t),
                )
            })
            .collect();
        let mut comuni: Vec<Choice> = answer
            .comuni
            .iter()
            .map(|(slug, name, n)| {
                (
                    slug.clone(),
                    name.clone(),
                    count(*n),
                    q.comune.as_deref() == Some(slug),
                )
            })
            .collect();
        if let Some(c) = &q.comune {
            if !comuni.iter().any(|(v, ..)| v == c) {
                comuni.push((c.clone(), c.clone(), String::new(), true));
            }
        }
        let hits = answer
            .hits
            .into_iter()
            .map(|h| HitView {
                follow: format!(
                    "/{lang}/cerca/vai?{}",
                    form_urlencoded::Serializer::new(String::new())
                        .append_pair("q", &q.text)
                        .append_pair("a", &h.item.encode())
                        .finish()
                ),
                href: format!("/{lang}{}", h.path),
                kind: tr
                    .t(&format!("search-kind-{}", h.item.kind.as_str()))
                    .into_owned(),
                original: (h.lang != locale).then(|| h.lang.tag()),
                title: h.title,
                place: h.place,
                snippet: h.snippet,
            })
            .collect();
        Self {
            searched,
            q: q.text.clone(),
            kinds,
            themes,
            comuni,
            open_now: q.open_now,
            lat: q
                .near
                .map(|p| format!("{:.5}", p.latitude))
                .unwrap_or_default(),
            lon: q
                .near
                .map(|p| format!("{:.5}", p.longitude))
                .unwrap_or_default(),
            hits,
            total: tr
                .t1(
                    "search-results",
                    "count",
                    i64::try_from(answer.total).unwrap_or(i64::MAX),
                )
                .into_owned(),
            throttled: answer.throttled,
            previous: (answer.page > 1).then(|| href(lang, q, answer.page - 1)),
            next: (answer.page < answer.pages).then(|| href(lang, q, answer.page + 1)),
            script: state.assets.url("search.js"),
            layout,
        }
    }
}
