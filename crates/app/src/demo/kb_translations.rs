//! The demo's translations of the knowledge base (`crates/app/seed/kb-translations/`):
//! drafts of every article in a few of the project's languages, loaded as machine
//! translations of version 1 that nobody has reviewed yet. That is what they are, and the
//! public sheet says so until a translator approves them.
//!
//! A translation carries only text. Its structure (how many steps and variants, their
//! areas, the prerequisites, the online link) is the Italian article's, and a file whose
//! structure differs from it is refused: a translation can never add or drop a step.

use serde::Deserialize;
use sportello_core::kb::ArticleContent;
use sportello_core::Locale;

use super::kb::DemoArticle;
use crate::{Error, Result};

/// The languages with a translation, and their files.
const FILES: [(Locale, &str); 5] = [
    (
        Locale::En,
        include_str!("../../seed/kb-translations/en.toml"),
    ),
    (
        Locale::Fr,
        include_str!("../../seed/kb-translations/fr.toml"),
    ),
    (
        Locale::Ar,
        include_str!("../../seed/kb-translations/ar.toml"),
    ),
    (
        Locale::Uk,
        include_str!("../../seed/kb-translations/uk.toml"),
    ),
    (
        Locale::Zh,
        include_str!("../../seed/kb-translations/zh.toml"),
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    articles: Vec<SeedTranslation>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedTranslation {
    theme: String,
    slug: String,
    title: String,
    summary: String,
    #[serde(default)]
    tags: Vec<String>,
    sections: Option<SeedSections>,
    #[serde(default)]
    steps: Vec<SeedStep>,
    #[serde(default)]
    body: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct SeedSections {
    what: String,
    who: String,
    how: String,
    needs: String,
    outcome: String,
    time: String,
    cost: String,
    #[serde(rename = "where")]
    where_: String,
    more: String,
    contacts: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedStep {
    title: String,
    #[serde(default)]
    who: String,
    #[serde(default, rename = "where")]
    place: String,
    #[serde(default)]
    bring: String,
    #[serde(default)]
    cost: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    variants: Vec<SeedVariant>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedVariant {
    label: String,
    text: String,
    #[serde(default, rename = "where")]
    place: String,
}

/// One checked translation: which seed article (its index) and its text in `locale`.
#[derive(Debug)]
pub(crate) struct DemoTranslation {
    pub locale: Locale,
    pub article: usize,
    pub content: ArticleContent,
}

fn bad(locale: Locale, slug: &str, what: impl std::fmt::Display) -> Error {
    Error::Seed(format!(
        "kb-translations/{}.toml: article {slug}: {what}",
        locale.tag()
    ))
}

/// The Italian `source` with every text replaced by the translation's; an error when the
/// two do not have the same steps and variants.
fn translate(
    locale: Locale,
    source: &ArticleContent,
    t: SeedTranslation,
) -> Result<ArticleContent> {
    let bad = |what: String| bad(locale, &t.slug, what);
    if t.steps.len() != source.steps.len() {
        return Err(bad(format!(
            "{} steps, the Italian article has {}",
            t.steps.len(),
            source.steps.len()
        )));
    }
    let mut content = source.clone();
    content.title = t.title;
    content.summary = t.summary;
    content.tags = t.tags;
    content.body = t.body;
    let s = t.sections.unwrap_or_default();
    let sections = &mut content.sections;
    sections.what = s.what;
    sections.who = s.who;
    sections.how = s.how;
    sections.needs = s.needs;
    sections.outcome = s.outcome;
    sections.time = s.time;
    sections.cost = s.cost;
    sections.where_ = s.where_;
    sections.more = s.more;
    sections.contacts = s.contacts;
    for (n, (step, seed)) in content.steps.iter_mut().zip(t.steps).enumerate() {
        if seed.variants.len() != step.variants.len() {
            return Err(bad(format!(
                "step {}: {} local variants, the Italian step has {}",
                n + 1,
                seed.variants.len(),
                step.variants.len()
            )));
        }
        step.title = seed.title;
        step.who = seed.who;
        step.place = seed.place;
        step.bring = seed.bring;
        step.cost = seed.cost;
        step.time = seed.time;
        step.text = seed.text;
        for (variant, v) in step.variants.iter_mut().zip(seed.variants) {
            variant.label = v.label;
            variant.text = v.text;
            variant.place = v.place;
        }
    }
    // Every part the Italian article writes must be written in the translation too.
    let written: Vec<String> = content.parts().into_iter().map(|p| p.key).collect();
    if let Some(missing) = source
        .parts()
        .into_iter()
        .find(|p| !written.contains(&p.key))
    {
        return Err(bad(format!("{} is not translated", missing.key)));
    }
    Ok(content)
}

/// Every seed translation, checked against the seed's Italian `articles`.
pub(crate) fn seed(articles: &[DemoArticle]) -> Result<Vec<DemoTranslation>> {
    let mut out = Vec::new();
    for (locale, text) in FILES {
        let file: SeedFile = toml::from_str(text)
            .map_err(|e| Error::Seed(format!("kb-translations/{}.toml: {e}", locale.tag())))?;
        let mut seen = vec![false; articles.len()];
        for t in file.articles {
            let Some(index) = articles
                .iter()
                .position(|a| a.theme.slug() == t.theme && a.slug.as_str() == t.slug)
            else {
                return Err(bad(
                    locale,
                    &t.slug,
                    "no such Italian article in that theme",
                ));
            };
            if std::mem::replace(&mut seen[index], true) {
                return Err(bad(locale, &t.slug, "translated twice"));
            }
            let content = translate(locale, &articles[index].content, t)?;
            out.push(DemoTranslation {
                locale,
                article: index,
                content,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_article_is_translated_into_every_seed_language() {
        let (_, articles) = super::super::kb::seed().unwrap();
        let translations = seed(&articles).unwrap();
        for (locale, _) in FILES {
            let count = translations.iter().filter(|t| t.locale == locale).count();
            assert_eq!(count, articles.len(), "{locale:?}");
        }
        // The text is the translation's, the structure the Italian one's.
        let ar = translations
            .iter()
            .find(|t| {
                t.locale == Locale::Ar
                    && articles[t.article].slug.as_str() == "rinnovo-permesso-di-soggiorno"
            })
            .unwrap();
        let it = &articles[ar.article].content;
        assert_eq!(ar.content.title, "تجديد تصريح الإقامة");
        assert_ne!(ar.content.steps[0].title, it.steps[0].title);
        assert_eq!(ar.content.online_url, it.online_url);
        assert_eq!(ar.content.prerequisites, it.prerequisites);
        assert_eq!(
            ar.content.steps[2].variants[0].area,
            it.steps[2].variants[0].area
        );
    }

    #[test]
    fn a_translation_that_drops_a_step_is_refused() {
        let (_, articles) = super::super::kb::seed().unwrap();
        let source = &articles
            .iter()
            .find(|a| !a.content.steps.is_empty())
            .unwrap()
            .content;
        let t = SeedTranslation {
            theme: String::new(),
            slug: "x".into(),
            title: "T".into(),
            summary: "S".into(),
            tags: vec![],
            sections: None,
            steps: vec![],
            body: String::new(),
        };
        let err = translate(Locale::En, source, t).unwrap_err().to_string();
        assert!(err.contains("steps"), "{err}");
    }
}
