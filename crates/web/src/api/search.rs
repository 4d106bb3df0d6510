//! The search as JSON: `/api/v1/search` (the page's question under English parameter
//! names, plus `lang`) and `/api/v1/search/suggest` (titles completing what is typed).
//! An unknown `kind`, `theme` or `lang` is a 400 with the parameter named; any text is a
//! question (operators are characters), so no text is an error.

use axum::extract::RawQuery;
use serde_json::{json, Value};
use sportello_app::search;
use sportello_core::Locale;

use crate::api::respond::{ApiCtx, ApiError};
use crate::platform::extract::Origin;
use crate::platform::routes::{Allowed, Routes};
use crate::public::search::{question, Names};

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/v1/search", Allowed::Public, results)
        .get("/api/v1/search/suggest", Allowed::Public, suggest)
}

const API_NAMES: Names = Names {
    text: "q",
    kind: "kind",
    theme: "theme",
    comune: "comune",
    open_now: "open_now",
    page: "page",
};

/// `lang` from the query string: Italian when absent, an error when unknown.
fn language(raw: Option<&str>) -> Result<Locale, ApiError> {
    let lang = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.into_owned());
    match lang {
        None => Ok(Locale::FALLBACK),
        Some(tag) => Locale::from_tag(&tag)
            .map_err(|_| ApiError::invalid("lang", "not a language of the portal")),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/search",
    operation_id = "search",
    tag = "search",
    params(
        ("q" = Option<String>, Query, description = "The reader's words; no syntax (quotes, AND, * and the like are plain characters). At most 200 characters are read."),
        ("lang" = Option<String>, Query, description = "The reader's language (`it`, `en`, `ar`…): results in it first, else the Italian original (`original: true`). Italian unless given."),
        ("kind" = Option<Vec<String>>, Query, description = "Repeatable: sheet, faq, guide, news, desk, service, online-service."),
        ("theme" = Option<String>, Query, description = "A theme's slug."),
        ("comune" = Option<String>, Query, description = "A comune's facet value (from `facets.comune`)."),
        ("open_now" = Option<bool>, Query, description = "Only desks open now."),
        ("lat" = Option<f64>, Query, description = "With `lon`: desks within 30 km, nearest first."),
        ("lon" = Option<f64>, Query, description = "With `lat`."),
        ("page" = Option<u32>, Query, description = "From 1; 10 results a page, at most 20 pages.", minimum = 1)
    ),
    responses(
        (status = 200, description = "`total`, `page`, `pages`, `results` (kind, id, title, url, lang, original, place, snippet pieces with `mark`), and `facets` (kind, theme, comune with counts)."),
        (status = 400, description = "`api.parameter_invalid`: an unknown kind, theme or lang, named in `parameter`."),
        (status = 429, description = "`api.rate_limited`: too many questions from this address this minute.")
    )
)]
pub(crate) async fn results(
    ctx: ApiCtx,
    Origin(origin): Origin,
    RawQuery(raw): RawQuery,
) -> axum::response::Response {
    let answer = async {
        let locale = language(raw.as_deref())?;
        let (q, unknown) = question(raw.as_deref(), &API_NAMES);
        if let Some(parameter) = unknown.first() {
            return Err(ApiError::invalid(
                parameter,
                "not one of the values this API lists",
            ));
        }
        let answer = search::ask(&ctx.state.app, &q, locale, &origin.ip).await?;
        if answer.throttled {
            return Err(ApiError::Throttled);
        }
        Ok(body(locale, &q, &answer))
    }
    .await;
    ctx.respond(answer)
}

fn body(locale: Locale, q: &search::Question, answer: &search::Answer) -> Value {
    let lang = locale.tag();
    let results: Vec<Value> = answer
        .hits
        .iter()
        .map(|h| {
            json!({
                "kind": h.item.kind.as_str(),
                "id": h.item.id,
                "title": h.title,
                "url": format!("/{lang}{}", h.path),
                "lang": h.lang.tag(),
                "original": h.lang != locale,
                "place": h.place,
                "snippet": h.snippet.iter().map(|s| json!({"text": s.text, "mark": s.mark})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let counts = |facets: &[(String, u64)]| -> Value {
        facets
            .iter()
            .map(|(v, n)| json!({"value": v, "count": n}))
            .collect()
    };
    json!({
        "query": q.text,
        "lang": lang,
        "total": answer.total,
        "page": answer.page,
        "pages": answer.pages,
        "results": results,
        "facets": {
            "kind": counts(&answer.facets.kinds),
            "theme": counts(&answer.facets.themes),
            "comune": answer.comuni.iter().map(|(slug, name, n)| json!({"value": slug, "name": name, "count": n})).collect::<Vec<_>>(),
        },
    })
}

#[utoipa::path(
    get,
    path = "/api/v1/search/suggest",
    operation_id = "searchSuggest",
    tag = "search",
    params(
        ("q" = Option<String>, Query, description = "What the reader has typed so far: the last word is completed."),
        ("lang" = Option<String>, Query, description = "The reader's language.")
    ),
    responses(
        (status = 200, description = "`suggestions`: up to 8 titles (title, url, kind, lang)."),
        (status = 400, description = "`api.parameter_invalid`: an unknown lang.")
    )
)]
pub(crate) async fn suggest(
    ctx: ApiCtx,
    Origin(origin): Origin,
    RawQuery(raw): RawQuery,
) -> axum::response::Response {
    let answer = async {
        let locale = language(raw.as_deref())?;
        let (q, _) = question(raw.as_deref(), &API_NAMES);
        let found = search::suggest(&ctx.state.app, &q.text, locale, &origin.ip).await?;
        let lang = locale.tag();
        Ok(json!({
            "query": q.text,
            "suggestions": found.iter().map(|s| json!({
                "title": s.title,
                "url": format!("/{lang}{}", s.path),
                "kind": s.item.kind.as_str(),
                "lang": s.lang.tag(),
            })).collect::<Vec<_>>(),
        }))
    }
    .await;
    ctx.respond(answer)
}
