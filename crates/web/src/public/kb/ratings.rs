//! "Was this page clear?" (`/{lang}/{theme}/{slug}/chiarezza`): the sheet's page carries
//! the five choices in a GET form (it holds no per-visitor token, so it can be cached); this
//! page shows the choice again with an optional comment and the anti-CSRF token, and its
//! POST records the answer. A refused answer comes back with what was typed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::{Extension, Form};
use serde::Deserialize;
use sportello_app::kb::ratings::{self, Rated, RatingInput, RatingProblem, RatingTarget};
use sportello_core::{Locale, Theme};

use super::theme_of;
use crate::platform::error::WebError;
use crate::platform::extract::{Lang, Origin};
use crate::platform::layout::{render_private, Layout};
use crate::platform::routes::{Allowed, Routes};
use crate::platform::session::{form_token, set_pre_session_cookie, CurrentUser};
use crate::workspace::shell::see_other;
use crate::AppState;

const PATH: &str = "/{lang}/{theme}/{slug}/chiarezza";

pub(super) fn routes() -> Routes {
    Routes::new()
        .get(PATH, Allowed::Public, form)
        .post(PATH, Allowed::Public, submit)
}

#[derive(Template)]
#[template(path = "kb/rating.html")]
struct RatingPage<'a> {
    layout: Layout<'a>,
    target: RatingTarget,
    sheet_href: String,
    action: String,
    csrf: String,
    /// The five choices: value, label, checked.
    choices: Vec<(u8, String, bool)>,
    comment: String,
    max_comment: usize,
    /// Problems with what was sent, translated; or why nothing was taken.
    errors: Vec<String>,
    thanks: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct RatingFields {
    #[serde(default)]
    voto: String,
    #[serde(default)]
    commento: String,
    /// Back after a recorded answer.
    #[serde(default)]
    inviata: Option<String>,
}

impl<'a> RatingPage<'a> {
    fn new(
        state: &'a AppState,
        locale: Locale,
        (theme, slug): (Theme, &str),
        target: RatingTarget,
        (fields, csrf): (&RatingFields, String),
    ) -> Self {
        let sheet_href = format!("/{}/{}/{slug}", locale.tag(), theme.slug());
        let action = format!("{sheet_href}/chiarezza");
        let layout = Layout::page(state, locale, "kb-rating-legend", &action);
        let tr = layout.tr;
        let chosen = fields.voto.trim();
        let choices = (1..=5u8)
            .map(|n| {
                let label = tr.t(&format!("kb-rating-{n}")).into_owned();
                (n, label, chosen == n.to_string())
            })
            .collect();
        Self {
            target,
            sheet_href,
            action,
            csrf,
            choices,
            comment: fields.commento.clone(),
            max_comment: ratings::MAX_COMMENT_CHARS,
            errors: Vec::new(),
            thanks: fields.inviata.is_some(),
            layout,
        }
    }
}

pub async fn form(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
    Path((_, theme, slug)): Path<(String, String, String)>,
    Query(fields): Query<RatingFields>,
) -> Result<Response, WebError> {
    let theme = theme_of(&theme)?;
    let target = ratings::target(&state.app, (theme, &slug), locale).await?;
    let target = target.ok_or(WebError::NotFound)?;
    let (csrf, fresh) = form_token(&user, &headers);
    let page = RatingPage::new(&state, locale, (theme, &slug), target, (&fields, csrf));
    let mut response = render_private(&page, StatusCode::OK)?;
    if fresh {
        set_pre_session_cookie(&state, &mut response, &page.csrf);
    }
    Ok(response)
}

pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Origin(origin): Origin,
    Extension(user): Extension<CurrentUser>,
    headers: HeaderMap,
    Path((_, theme, slug)): Path<(String, String, String)>,
    Form(fields): Form<RatingFields>,
) -> Result<Response, WebError> {
    let theme = theme_of(&theme)?;
    let input = RatingInput {
        score: fields.voto.clone(),
        comment: fields.commento.clone(),
    };
    let (status, target, problems) =
        match ratings::rate(&state.app, &origin, (theme, &slug), locale, &input).await? {
            Rated::Thanks => {
                let (lang, theme) = (locale.tag(), theme.slug());
                return Ok(see_other(&format!(
                    "/{lang}/{theme}/{slug}/chiarezza?inviata=1"
                )));
            }
            Rated::NotFound => return Err(WebError::NotFound),
            Rated::Refused(target, problems) => {
                (StatusCode::UNPROCESSABLE_ENTITY, target, problems)
            }
            Rated::Limited(target) => (StatusCode::TOO_MANY_REQUESTS, target, Vec::new()),
        };
    let (csrf, _) = form_token(&user, &headers);
    let mut page = RatingPage::new(&state, locale, (theme, &slug), target, (&fields, csrf));
    page.thanks = false;
    page.errors = errors(&page, status, &problems);
    Ok(render_private(&page, status)?)
}

fn errors(page: &RatingPage<'_>, status: StatusCode, problems: &[RatingProblem]) -> Vec<String> {
    let tr = page.layout.tr;
    if status == StatusCode::TOO_MANY_REQUESTS {
        return vec![tr.t("kb-rating-limited").into_owned()];
    }
    problems
        .iter()
        .map(|p| match p {
            RatingProblem::Score => tr.t("kb-rating-invalid").into_owned(),
            RatingProblem::TooLong => tr
                .t1("kb-rating-too-long", "max", page.max_comment)
                .into_owned(),
        })
        .collect()
}
