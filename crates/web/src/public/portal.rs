//! Public portal pages. Handlers are thin: parse, call one use case, render.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use sportello_app::directory::public::{self, DirectoryView};
use sportello_app::directory::{DeskCard, PublicDesk};
use sportello_app::portal;
use sportello_core::{LanguageCode, Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::Lang;
use crate::platform::layout::{preferred_locale, render, HtmlPage, Layout, LANG_COOKIE};
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::{language_name, theme_list};
use crate::AppState;

/// The portal's routes: anyone may use them.
pub fn routes() -> Routes {
    Routes::new()
        .get("/", Allowed::Public, root)
        .get("/lang/{lang}", Allowed::Public, switch_language)
        .get("/{lang}", Allowed::Public, language_root)
        .get("/{lang}/", Allowed::Public, home)
}

/// `/`: sends the reader to their language, chosen by cookie, then `Accept-Language`.
pub async fn root(headers: HeaderMap) -> Response {
    let locale = preferred_locale(&headers);
    let mut response = Redirect::to(&format!("/{}/", locale.tag())).into_response();
    let h = response.headers_mut();
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    response
}

/// `/{lang}` without the trailing slash.
pub async fn language_root(Lang(locale): Lang) -> Result<Redirect, WebError> {
    Ok(Redirect::permanent(&format!("/{}/", locale.tag())))
}

#[derive(Debug, Deserialize)]
pub struct SwitchQuery {
    from: Option<String>,
}

/// `/lang/{tag}?from=/it/sportelli?page=2`: remembers the choice in a cookie and goes to
/// the same page in the chosen language. Works without JavaScript (it is a plain link).
pub async fn switch_language(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Query(query): Query<SwitchQuery>,
) -> Result<Response, WebError> {
    let target = same_page_in(query.from.as_deref().unwrap_or("/"), locale);
    let mut cookie = cookie::Cookie::build((LANG_COOKIE, locale.tag()))
        .path("/")
        .max_age(cookie::time::Duration::days(365))
        .same_site(cookie::SameSite::Lax)
        .http_only(true)
        .secure(state.settings.behind_tls())
        .build();
    cookie.set_secure(state.settings.behind_tls());
    let mut response = Redirect::to(&target).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// The path `from` (a local path with its query) in another language. Anything that is not
/// a language-prefixed local path leads to the language's home, so this is no open redirect.
pub fn same_page_in(from: &str, locale: Locale) -> String {
    let home = format!("/{}/", locale.tag());
    let safe = from.starts_with('/')
        && !from.starts_with("//")
        && !from.contains('\\')
        && !from.chars().any(char::is_control);
    if !safe {
        return home;
    }
    let (path, query) = match from.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (from, None),
    };
    let mut segments = path[1..].splitn(2, '/');
    let first = segments.next().unwrap_or("");
    if Locale::from_tag(first).is_err() {
        return home;
    }
    let rest = segments.next().unwrap_or("");
    let mut target = format!("/{}/{rest}", locale.tag());
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        target.push('?');
        target.push_str(q);
    }
    target
}

/// A theme as the home page shows it.
#[derive(Debug)]
pub struct ThemeCard {
    pub slug: &'static str,
    pub name: String,
    pub description: String,
}

/// A desk as lists show it, with its texts translated.
#[derive(Debug)]
pub struct DeskItem<'a> {
    pub desk: &'a DeskCard,
    pub level_label: String,
    pub themes: String,
}

fn desk_items<'a>(layout: &Layout<'_>, desks: &[&'a PublicDesk]) -> Vec<DeskItem<'a>> {
    desks
        .iter()
        .map(|public| &public.card)
        .map(|desk| DeskItem {
            desk,
            level_label: layout
                .tr
                .t(&format!("desk-level-{}", desk.level.as_str()))
                .into_owned(),
            themes: theme_list(layout.tr, &desk.themes),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "portal/home.html")]
struct HomePage<'a> {
    layout: Layout<'a>,
    themes: Vec<ThemeCard>,
    hubs: Vec<DeskItem<'a>>,
    desks: Vec<DeskItem<'a>>,
    desk_count: usize,
    /// "Desks open now that speak <your language>", when some desk speaks it.
    open_desks_link: Option<String>,
}

impl<'a> HomePage<'a> {
    fn new(state: &'a AppState, locale: Locale, view: &'a DirectoryView) -> Self {
        let data = portal::home(&view.snapshot);
        let current = format!("/{}/", locale.tag());
        let layout = Layout::page(state, locale, "home-title", &current);
        let tr = layout.tr;
        let themes = Theme::ALL
            .into_iter()
            .map(|t| ThemeCard {
                slug: t.slug(),
                name: tr.t(&t.message_id()).into_owned(),
                description: tr
                    .t(&format!("{}.description", t.message_id()))
                    .into_owned(),
            })
            .collect();
        let spoken = LanguageCode::parse(locale.tag())
            .ok()
            .filter(|code| view.snapshot.languages.contains(code));
        let open_desks_link = spoken.map(|code| {
            let name = language_name(tr, &code);
            tr.t1("home-open-desks-link", "language", name).into_owned()
        });
        Self {
            open_desks_link,
            themes,
            hubs: desk_items(&layout, &data.hubs),
            desks: desk_items(&layout, &data.specialist_desks),
            desk_count: data.desk_count,
            layout,
        }
    }
}

pub async fn home(State(state): State<AppState>, Lang(locale): Lang) -> Result<HtmlPage, WebError> {
    let view = public::directory_view(&state.app).await?;
    render(&HomePage::new(&state, locale, &view), StatusCode::OK).map_err(WebError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_language_keeps_the_page_and_refuses_foreign_targets() {
        assert_eq!(
            same_page_in("/it/sportelli?page=2", Locale::Ar),
            "/ar/sportelli?page=2"
        );
        assert_eq!(same_page_in("/en/", Locale::Fr), "/fr/");
        assert_eq!(same_page_in("/en", Locale::Fr), "/fr/");
        for hostile in [
            "//evil.example/",
            "https://evil.example/",
            "/\\evil",
            "/xx/sportelli",
            "",
            "/\nit/",
        ] {
            assert_eq!(same_page_in(hostile, Locale::Es), "/es/", "{hostile:?}");
        }
    }
}
