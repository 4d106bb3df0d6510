//! Machine translation, an optional provider (`kb.mt_url`: any server speaking
//! LibreTranslate's `POST /translate`; empty: none, and the workspace offers nothing). A
//! translator of the language asks for a draft of the published Italian text; it is saved
//! as "machine-translated, not yet reviewed", which readers see marked as such until a
//! person saves the language by hand.
//!
//! Refused: for a source below the readability bar (a hard Italian text translates worse,
//! and the hub should simplify it first), and over a translation a person made (their work
//! is never overwritten: they update it with the source's diff). The provider's address
//! and key never reach a log line or the audit (only the language and version do).

use std::time::Duration;

use super::translations::{store_translation, Translator};
use serde::{Deserialize, Serialize};
use sportello_core::kb::writing::MIN_GULPEASE;
use sportello_core::kb::ArticleContent;
use sportello_core::Locale;

use super::aids::check_content;
use super::editing::content_of;
use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// What became of a request for a machine draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Machined {
    Saved,
    /// Refused, with the Fluent id that says why.
    Refused(&'static str),
    /// The provider did not answer, or not as LibreTranslate does: nothing saved.
    Unavailable,
    NotFound,
}

/// Whether a provider is configured (the workspace shows the action only then).
pub fn available(app: &App) -> bool {
    !app.settings().kb.mt_url.trim().is_empty()
}

/// Why `source` may not be machine translated, if it may not.
pub fn refusal(source: &ArticleContent) -> Option<&'static str> {
    match check_content(source).gulpease {
        Some(g) if g.score < MIN_GULPEASE => Some("kb-mt-refused-readability"),
        _ => None,
    }
}

#[derive(Serialize)]
struct Request<'a> {
    q: Vec<&'a str>,
    source: &'a str,
    target: &'a str,
    format: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    api_key: &'a str,
}

#[derive(Deserialize)]
struct Response {
    #[serde(rename = "translatedText")]
    translated: Vec<String>,
}

/// Asks the provider for `texts` in `target`; `None` when it fails in any way.
async fn translate(app: &App, texts: &[&str], target: Locale) -> Option<Vec<String>> {
    let kb = &app.settings().kb;
    let url = format!("{}/translate", kb.mt_url.trim_end_matches('/'));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(kb.mt_timeout_secs.max(1)))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .ok()?;
    let body = Request {
        q: texts.to_vec(),
        source: Locale::FALLBACK.tag(),
        target: target.tag(),
        format: "text",
        api_key: kb.mt_api_key.expose(),
    };
    let response = match client.post(url).json(&body).send().await {
        Ok(r) if r.status().is_success() => r,
        Ok(r) => {
            tracing::warn!(status = %r.status(), target = target.tag(), "machine translation refused");
            return None;
        }
        Err(e) => {
            // Without the URL: it may carry a key.
            tracing::warn!(error = %e.without_url(), target = target.tag(), "machine translation failed");
            return None;
        }
    };
    let answer: Response = response.json().await.ok()?;
    (answer.translated.len() == texts.len()).then_some(answer.translated)
}

/// Makes and saves a machine draft of article `id`'s published text in `locale`.
pub async fn draft(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    (id, locale): (&str, Locale),
) -> Result<Machined> {
    if !super::translations::may_translate(user, locale) {
        return Err(Error::Forbidden);
    }
    if locale == Locale::FALLBACK {
        return Ok(Machined::NotFound);
    }
    if !available(app) {
        return Ok(Machined::Refused("kb-mt-unavailable"));
    }
    let store = app.store();
    let now = app.clock().now();
    let Some(record) = store.article(id).await? else {
        return Ok(Machined::NotFound);
    };
    let Some(public) = record.public_version(now) else {
        return Ok(Machined::NotFound);
    };
    let Some(version) = store.article_version(id, public).await? else {
        return Ok(Machined::NotFound);
    };
    let source = content_of(&version)?;
    if let Some(why) = refusal(&source) {
        return Ok(Machined::Refused(why));
    }
    if let Some(existing) = store.article_translation(id, locale.tag()).await? {
        if !existing.machine {
            return Ok(Machined::Refused("kb-mt-refused-human"));
        }
    }
    let parts = source.parts();
    let texts: Vec<&str> = parts.iter().map(|p| p.text.as_str()).collect();
    let Some(translated) = translate(app, &texts, locale).await else {
        return Ok(Machined::Unavailable);
    };
    let mut content = source.clone();
    for (part, text) in parts.iter().zip(translated) {
        content.set_part(&part.key, text);
    }
    let by = Translator::Machine(user, origin);
    store_translation(app, by, (id, locale), &content, public).await?;
    Ok(Machined::Saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hard_source_is_refused_a_plain_one_is_not() {
        let hard = ArticleContent {
            title: "Adempimenti".into(),
            summary: "L'ottemperanza alle prescrizioni amministrative concernenti \
                      l'autorizzazione al soggiorno presuppone necessariamente \
                      l'espletamento preliminare dell'istruttoria documentale \
                      nell'ambito dell'ufficio territorialmente competente."
                .into(),
            ..ArticleContent::default()
        };
        assert_eq!(refusal(&hard), Some("kb-mt-refused-readability"));
        let plain = ArticleContent {
            title: "Il permesso".into(),
            summary: "Vai in Questura. Porta il passaporto. Paga con la carta. Poi aspetta.".into(),
            ..ArticleContent::default()
        };
        assert_eq!(refusal(&plain), None);
    }
}
