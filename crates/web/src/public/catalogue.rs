//! The online-services catalogue (`/{lang}/servizi-online`) and the service pages
//! (`/{lang}/servizi/{slug}`), in the Designers Italia service-card order.
//!
//! Service texts are Italian data: templates mark them `lang="it"` so that screen readers
//! switch voice on pages in other languages; labels around them are translated.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use sportello_app::catalogue::{
    self, CatalogueEntry, CatalogueGroup, CostOption, LocalDate, Login, ServicePage, ServiceRecord,
};
use sportello_core::{Channel, Locale};

use crate::platform::error::WebError;
use crate::platform::extract::Lang;
use crate::platform::i18n::Tr;
use crate::platform::layout::{render, HtmlPage, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::platform::text::full_date;
use crate::AppState;

/// The catalogue's public routes: anyone may use them.
pub fn routes() -> Routes {
    Routes::new()
        .get("/{lang}/servizi-online", Allowed::Public, online_catalogue)
        .get("/{lang}/servizi/{slug}", Allowed::Public, service)
}

/// A catalogue entry with its labels translated.
#[derive(Debug)]
struct EntryView {
    entry: CatalogueEntry,
    login: Vec<String>,
}

#[derive(Debug)]
struct GroupView {
    slug: &'static str,
    name: String,
    services: Vec<EntryView>,
}

#[derive(Template)]
#[template(path = "catalogue/catalogue.html")]
struct CataloguePage<'a> {
    layout: Layout<'a>,
    groups: Vec<GroupView>,
}

fn login_labels(tr: Tr<'_>, login: &[Login]) -> Vec<String> {
    login
        .iter()
        .map(|l| {
            tr.t(&format!("catalogue-login-{}", l.as_str()))
                .into_owned()
        })
        .collect()
}

impl<'a> CataloguePage<'a> {
    fn new(state: &'a AppState, locale: Locale, groups: Vec<CatalogueGroup>) -> Self {
        let current = format!("/{}/servizi-online", locale.tag());
        let layout = Layout::page(state, locale, "catalogue-title", &current);
        let tr = layout.tr;
        let groups = groups
            .into_iter()
            .map(|group| GroupView {
                slug: group.category.as_str(),
                name: tr
                    .t(&format!("catalogue-category-{}", group.category.as_str()))
                    .into_owned(),
                services: group
                    .services
                    .into_iter()
                    .map(|entry| EntryView {
                        login: login_labels(tr, &entry.login),
                        entry,
                    })
                    .collect(),
            })
            .collect();
        Self { layout, groups }
    }
}

async fn online_catalogue(
    State(state): State<AppState>,
    Lang(locale): Lang,
) -> Result<HtmlPage, WebError> {
    let groups = catalogue::online_catalogue(&state.app).await?;
    render(&CataloguePage::new(&state, locale, groups), StatusCode::OK).map_err(WebError::from)
}

/// A desk offering the service, as the page lists it.
#[derive(Debug)]
struct DeskView {
    slug: String,
    name: String,
    comune: String,
    level: String,
    note: Option<String>,
}

/// A cost option with its amount formatted for the reader's language.
#[derive(Debug)]
struct CostView {
    option: String,
    amount: Option<String>,
    description: Option<String>,
}

#[derive(Template)]
#[template(path = "catalogue/service.html")]
struct ServicePageView<'a> {
    layout: Layout<'a>,
    s: ServiceRecord,
    category: Option<(&'static str, String)>,
    online: bool,
    login: Vec<String>,
    channels: Vec<String>,
    themes: Vec<String>,
    desks: Vec<DeskView>,
    costs: Vec<CostView>,
    updated_iso: String,
    updated_text: String,
}

impl<'a> ServicePageView<'a> {
    fn new(state: &'a AppState, locale: Locale, page: ServicePage) -> Self {
        let ServicePage {
            service: s,
            updated_on,
        } = page;
        let current = format!("/{}/servizi/{}", locale.tag(), s.slug);
        let layout = Layout::new(state, locale, s.name.clone(), &current);
        let tr = layout.tr;
        ServicePageView {
            category: s.category.map(|c| {
                (
                    c.as_str(),
                    tr.t(&format!("catalogue-category-{}", c.as_str()))
                        .into_owned(),
                )
            }),
            online: s.channels.contains(&Channel::Online) && s.url.is_some(),
            login: login_labels(tr, &s.login),
            channels: s
                .channels
                .iter()
                .map(|c| {
                    tr.t(&format!(
                        "catalogue-channel-{}",
                        c.as_str().replace('_', "-")
                    ))
                    .into_owned()
                })
                .collect(),
            themes: s
                .themes
                .iter()
                .map(|t| tr.t(&t.message_id()).into_owned())
                .collect(),
            desks: s
                .desks
                .iter()
                .map(|d| DeskView {
                    slug: d.slug.clone(),
                    name: d.name.clone(),
                    comune: d.comune.clone(),
                    level: tr
                        .t(&format!("catalogue-desk-level-{}", d.level.as_str()))
                        .into_owned(),
                    note: d.note.clone(),
                })
                .collect(),
            costs: s.costs.iter().map(|c| cost_view(tr, c)).collect(),
            updated_iso: updated_on.iso(),
            updated_text: date_text(tr, updated_on),
            layout,
            s,
        }
    }
}

async fn service(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path((_, slug)): Path<(String, String)>,
) -> Result<HtmlPage, WebError> {
    let page = catalogue::service_page(&state.app, &slug).await?;
    let page = page.ok_or(WebError::NotFound)?;
    render(&ServicePageView::new(&state, locale, page), StatusCode::OK).map_err(WebError::from)
}

fn cost_view(tr: Tr<'_>, cost: &CostOption) -> CostView {
    let amount = cost.amount.map(|amount| {
        if amount == 0.0 {
            return tr.t("catalogue-cost-free").into_owned();
        }
        let number = tr.number(amount, 2);
        match cost.currency.as_deref() {
            None | Some("EUR") => tr.t1("catalogue-cost-euro", "amount", number).into_owned(),
            Some(code) => format!("{number} {code}"),
        }
    });
    CostView {
        option: cost.option.clone(),
        amount,
        description: cost.amount_description.clone(),
    }
}

/// A date in the reader's language ("23 novembre 2026", "November 23, 2026"): one message
/// per month, so that each language orders day, month and year its own way.
fn date_text(tr: Tr<'_>, date: LocalDate) -> String {
    full_date(tr, date.day, date.month, date.year)
}
