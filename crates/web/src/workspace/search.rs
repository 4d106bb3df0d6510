//! What readers look for and do not find (`/{lang}/workspace/ricerche`), for the editors of
//! the hubs: questions asked at least three times that found nothing or almost nothing, in
//! the themes of the editor's hubs and without a theme (the whole network for coordinators
//! and admins), each with a link that starts a draft answering it; and the results readers
//! followed. Counts only: nothing of who asked.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sportello_app::search::analytics::{self, Gaps};
use sportello_core::{Locale, Theme};

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::workspace::shell::{workspace_page, Chrome};
use crate::AppState;

pub fn routes() -> Routes {
    Routes::new().get(
        "/{lang}/workspace/ricerche",
        Allowed::ArticleWriters,
        report,
    )
}

struct GapLine {
    lang_tag: String,
    lang_name: &'static str,
    query: String,
    theme: String,
    asked: String,
    empty: String,
    few: String,
    /// The new-draft form, filled with the question.
    suggest: String,
}

struct FollowedLine {
    lang_name: &'static str,
    query: String,
    /// The result's title and public address, when the index still has it; else its key.
    title: String,
    href: Option<String>,
    clicks: String,
}

#[derive(Template)]
#[template(path = "search/ws_gaps.html")]
struct GapsPage<'a> {
    chrome: Chrome<'a>,
    gaps: Vec<GapLine>,
    followed: Vec<FollowedLine>,
    network: bool,
}

workspace_page!(GapsPage => Chrome);

#[allow(clippy::cast_precision_loss)]
fn count(tr: crate::platform::i18n::Tr<'_>, n: i64) -> String {
    tr.number(n as f64, 0)
}

impl<'a> GapsPage<'a> {
    fn new(state: &'a AppState, req: &OperatorRequest, found: Gaps) -> Self {
        let chrome = Chrome::page(state, req, "search-gaps-title", "/ricerche");
        let tr = chrome.layout.tr;
        let lang = chrome.layout.lang;
        let language = |tag: &str| Locale::from_tag(tag).map_or("", Locale::endonym);
        let gaps = found
            .gaps
            .into_iter()
            .map(|g| {
                let theme = Theme::from_slug(&g.theme).ok();
                let mut form = form_urlencoded::Serializer::new(String::new());
                form.append_pair("kind", "faq");
                form.append_pair("title", &g.query);
                if let Some(t) = theme {
                    form.append_pair("theme", t.slug());
                }
                GapLine {
                    lang_name: language(&g.lang),
                    theme: theme.map_or_else(
                        || tr.t("search-gaps-any-theme").into_owned(),
                        |t| tr.t(&t.message_id()).into_owned(),
                    ),
                    asked: count(tr, g.asked),
                    empty: count(tr, g.empty),
                    few: count(tr, g.few),
                    suggest: format!("/{lang}/workspace/schede/nuova?{}", form.finish()),
                    lang_tag: g.lang,
                    query: g.query,
                }
            })
            .collect();
        let followed = found
            .followed
            .into_iter()
            .map(|(f, found)| FollowedLine {
                lang_name: language(&f.lang),
                href: found.as_ref().map(|(_, path)| format!("/{lang}{path}")),
                title: found.map_or_else(|| f.item.clone(), |(title, _)| title),
                query: f.query,
                clicks: count(tr, f.clicks),
            })
            .collect();
        Self {
            chrome,
            gaps,
            followed,
            network: found.network,
        }
    }
}

async fn report(State(state): State<AppState>, req: OperatorRequest) -> Result<Response, WebError> {
    let Some(found) = analytics::gaps(&state.app, &req.user).await? else {
        return Err(WebError::Forbidden("access.forbidden"));
    };
    Ok(render_private(
        &GapsPage::new(&state, &req, found),
        StatusCode::OK,
    )?)
}
