//! The base layout every page renders in, and how a request picks its language.

use askama::Template;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sportello_core::Locale;

use crate::platform::error::message_status;
use crate::platform::i18n::Tr;
use crate::AppState;

/// Marks a response whose body is a finished page, so the error renderer leaves it alone.
#[derive(Debug, Clone, Copy)]
pub struct Rendered;

/// Name of the cookie that remembers the language a person chose.
pub const LANG_COOKIE: &str = "lang";

/// A rendered HTML page.
#[derive(Debug)]
pub struct HtmlPage {
    pub status: StatusCode,
    pub body: String,
}

impl IntoResponse for HtmlPage {
    fn into_response(self) -> Response {
        let mut response = (
            self.status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            self.body,
        )
            .into_response();
        response.extensions_mut().insert(Rendered);
        response
    }
}

/// Renders an askama page into an [`HtmlPage`].
pub fn render(page: &impl Template, status: StatusCode) -> Result<HtmlPage, askama::Error> {
    Ok(HtmlPage {
        status,
        body: page.render()?,
    })
}

/// Renders a page that must never be stored by a browser or proxy (forms with secrets,
/// personal data): `Cache-Control: no-store`.
pub fn render_private(page: &impl Template, status: StatusCode) -> Result<Response, askama::Error> {
    let mut response = render(page, status)?.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// One entry of the language switcher.
#[derive(Debug)]
pub struct LanguageLink {
    pub tag: &'static str,
    pub endonym: &'static str,
    pub dir: &'static str,
    pub href: String,
    pub current: bool,
}

/// What the base template needs: language, direction, title, switcher, assets.
#[derive(Debug)]
pub struct Layout<'a> {
    pub tr: Tr<'a>,
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub css: &'a str,
    pub icon: &'a str,
    pub languages: Vec<LanguageLink>,
    pub current_endonym: &'static str,
    /// The locale lacks some messages of this page: say so, instead of silently mixing.
    pub incomplete: bool,
    /// Some of the locale's messages are drafts no fluent reviewer has checked yet.
    pub draft: bool,
    pub demo: bool,
}

impl<'a> Layout<'a> {
    /// A layout whose title is the Fluent message `title_id`.
    pub fn page(state: &'a AppState, locale: Locale, title_id: &str, current: &str) -> Self {
        let title = state.i18n.tr(locale).t(title_id).into_owned();
        Self::new(state, locale, title, current)
    }

    /// `current` is the path and query of the page, so the switcher keeps the reader on it.
    pub fn new(state: &'a AppState, locale: Locale, title: String, current: &str) -> Self {
        let from: String = form_urlencoded::byte_serialize(current.as_bytes()).collect();
        let languages = Locale::ALL
            .into_iter()
            .map(|l| LanguageLink {
                tag: l.tag(),
                endonym: l.endonym(),
                dir: l.direction().as_str(),
                href: format!("/lang/{}?from={from}", l.tag()),
                current: l == locale,
            })
            .collect();
        Self {
            tr: state.i18n.tr(locale),
            lang: locale.tag(),
            dir: locale.direction().as_str(),
            title,
            css: state.assets.url("style.css"),
            icon: state.assets.url("icon.svg"),
            languages,
            current_endonym: locale.endonym(),
            incomplete: !state.i18n.is_complete(locale),
            draft: state.i18n.has_unreviewed(locale),
            demo: state.app.is_demo(),
        }
    }
}

/// The language of a request: the URL's first segment when it names one, else the
/// remembered choice (cookie), else `Accept-Language`, else Italian.
pub fn request_locale(req: &Request) -> Locale {
    let first_segment = req
        .uri()
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .unwrap_or("");
    Locale::from_tag(first_segment).unwrap_or_else(|_| preferred_locale(req.headers()))
}

/// The remembered or negotiated language, for requests whose URL names none.
pub fn preferred_locale(headers: &HeaderMap) -> Locale {
    cookie_locale(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or(Locale::FALLBACK)
}

fn cookie_locale(headers: &HeaderMap) -> Option<Locale> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == LANG_COOKIE)
        .and_then(|c| Locale::from_tag(c.value()).ok())
}

#[derive(Template)]
#[template(path = "platform/error.html")]
pub struct ErrorPage<'a> {
    pub layout: Layout<'a>,
    pub heading: String,
    pub body: String,
    pub request_id: &'a str,
    pub code: &'a str,
    pub status: StatusCode,
}

impl<'a> ErrorPage<'a> {
    pub fn new(
        state: &'a AppState,
        locale: Locale,
        status: StatusCode,
        code: &'a str,
        request_id: &'a str,
    ) -> Self {
        let tr = state.i18n.tr(locale);
        let n = message_status(status);
        let heading = tr.t(&format!("error-{n}-title")).into_owned();
        // A code may have its own explanation (`csrf.invalid` → `error-code-csrf-invalid`).
        let specific = format!("error-code-{}", code.replace(['.', '_'], "-"));
        let body_id = if state.i18n.has_source(&specific) {
            specific
        } else {
            format!("error-{n}-body")
        };
        Self {
            body: tr.t(&body_id).into_owned(),
            layout: Layout::new(state, locale, heading.clone(), "/"),
            heading,
            request_id,
            code,
            status,
        }
    }

    pub fn render(&self) -> Result<HtmlPage, askama::Error> {
        render(self, self.status)
    }
}
