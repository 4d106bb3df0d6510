//! The link checker's report (`/{lang}/workspace/collegamenti`): the actor's published
//! articles whose external links did not check out, per hub, and the service cards they
//! keep whose public link did not, with what was found and when.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sportello_app::kb::links::{self, BadLink, LinkReport};

use crate::platform::i18n::Tr;

use crate::platform::error::WebError;
use crate::platform::extract::OperatorRequest;
use crate::platform::layout::render_private;
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::date_time;
use crate::workspace::shell::{workspace_page, Chrome};
use crate::AppState;

pub(super) fn routes() -> Routes {
    Routes::new().get(
        "/{lang}/workspace/collegamenti",
        Allowed::AnyOperator,
        report,
    )
}

/// A bad link as the page shows it: the address, what was found, when.
struct LinkLine {
    url: String,
    found: String,
    when: String,
}

/// An article of the report: id, title, its bad links.
type ArticleLines = (String, String, Vec<LinkLine>);

#[derive(Template)]
#[template(path = "kb/ws_links.html")]
struct LinksPage<'a> {
    chrome: Chrome<'a>,
    /// Hub → its articles (id, title) with their bad links.
    hubs: Vec<(String, Vec<ArticleLines>)>,
    /// Service cards (slug, name, organisation) with their bad link.
    services: Vec<(String, String, String, LinkLine)>,
}

fn line(tr: Tr<'_>, b: BadLink) -> LinkLine {
    LinkLine {
        found: match b.status {
            Some(code) => tr
                .t1(&format!("kb-links-{}", b.outcome), "status", code)
                .into_owned(),
            None => tr.t(&format!("kb-links-{}", b.outcome)).into_owned(),
        },
        when: date_time(tr, b.checked_at),
        url: b.url,
    }
}

workspace_page!(LinksPage => Chrome);

impl<'a> LinksPage<'a> {
    fn new(state: &'a AppState, req: &OperatorRequest, report: LinkReport) -> Self {
        let chrome = Chrome::page(state, req, "kb-links-title", "/collegamenti");
        let tr = chrome.layout.tr;
        let services = report
            .services
            .into_iter()
            .map(|s| {
                let service = s.service;
                let line = line(tr, s.bad);
                (service.slug, service.name, service.organisation_name, line)
            })
            .collect();
        let hubs = report
            .hubs
            .into_iter()
            .map(|h| {
                let articles = h
                    .articles
                    .into_iter()
                    .map(|(record, bad)| {
                        let lines = bad.into_iter().map(|b| line(tr, b)).collect();
                        (record.id, record.title, lines)
                    })
                    .collect();
                (h.hub, articles)
            })
            .collect();
        Self {
            chrome,
            hubs,
            services,
        }
    }
}

async fn report(State(state): State<AppState>, req: OperatorRequest) -> Result<Response, WebError> {
    let report = links::report(&state.app, &req.user).await?;
    Ok(render_private(
        &LinksPage::new(&state, &req, report),
        StatusCode::OK,
    )?)
}
