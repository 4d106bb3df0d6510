//! The demo's knowledge base (`crates/app/seed/kb.toml`): the register of norms and the
//! hubs' procedure sheets and FAQ, loaded published. Local variants marked `illustrative`
//! are invented and the public page says so.

use chrono::{DateTime, Months, Utc};
use serde::Deserialize;
use sportello_core::kb::{
    ArticleContent, ArticleKind, Prerequisite, Sections, Step, Variant, VariantArea,
};
use sportello_core::{Slug, Theme};
use sportello_store::{ArticleTranslation, NewArticle, NormRecord, StatusChange, Store};

use crate::kb::editing::REVIEW_MONTHS;
use crate::{Error, Result};

const SEED: &str = include_str!("../../seed/kb.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    norms: Vec<SeedNorm>,
    articles: Vec<SeedArticle>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedNorm {
    slug: String,
    title: String,
    url: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedArticle {
    slug: String,
    kind: String,
    theme: String,
    hub: String,
    #[serde(default)]
    tags: Vec<String>,
    title: String,
    summary: String,
    #[serde(default)]
    prerequisites: Vec<String>,
    explains: Option<String>,
    #[serde(default)]
    norms: Vec<String>,
    #[serde(default)]
    related_desks: Vec<String>,
    #[serde(default)]
    illustrative: bool,
    sections: Option<SeedSections>,
    #[serde(default)]
    steps: Vec<SeedStep>,
    body: Option<String>,
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
    online_url: String,
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
    province: Option<String>,
    office: Option<String>,
    label: String,
    text: String,
    #[serde(default, rename = "where")]
    place: String,
    #[serde(default)]
    illustrative: bool,
}

/// One seed article, checked: what the loader stores.
#[derive(Debug, Clone)]
pub(crate) struct DemoArticle {
    pub slug: Slug,
    pub kind: ArticleKind,
    pub theme: Theme,
    pub hub: String,
    pub explains: Option<Prerequisite>,
    pub norms: Vec<String>,
    pub desks: Vec<String>,
    pub content: ArticleContent,
}

fn bad(slug: &str, what: impl std::fmt::Display) -> Error {
    Error::Seed(format!("kb.toml: article {slug}: {what}"))
}

fn check(article: SeedArticle) -> Result<DemoArticle> {
    let slug = Slug::parse(&article.slug).map_err(|e| bad(&article.slug, e))?;
    let kind = ArticleKind::from_slug(&article.kind).map_err(|e| bad(&article.slug, e))?;
    let theme = Theme::from_slug(&article.theme).map_err(|e| bad(&article.slug, e))?;
    let prerequisites = article
        .prerequisites
        .iter()
        .map(|p| Prerequisite::from_slug(p))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(&article.slug, e))?;
    let explains = article
        .explains
        .as_deref()
        .map(Prerequisite::from_slug)
        .transpose()
        .map_err(|e| bad(&article.slug, e))?;
    let mut steps = Vec::new();
    for step in article.steps {
        let mut variants = Vec::new();
        for v in step.variants {
            let area = match (v.province, v.office) {
                (Some(p), None) => VariantArea::province(&p).map_err(|e| bad(&article.slug, e))?,
                (None, Some(o)) => VariantArea::Office(
                    Slug::parse(&o)
                        .map_err(|e| bad(&article.slug, e))?
                        .to_string(),
                ),
                _ => {
                    return Err(bad(
                        &article.slug,
                        "a variant needs a province or an office",
                    ))
                }
            };
            variants.push(Variant {
                area,
                label: v.label,
                text: v.text,
                place: v.place,
                illustrative: v.illustrative || article.illustrative,
            });
        }
        steps.push(Step {
            title: step.title,
            who: step.who,
            place: step.place,
            bring: step.bring,
            cost: step.cost,
            time: step.time,
            text: step.text,
            variants,
        });
    }
    let s = article.sections.unwrap_or_default();
    if kind.is_structured() && (s.what.is_empty() || steps.is_empty()) {
        return Err(bad(&article.slug, "a sheet needs its sections and steps"));
    }
    Ok(DemoArticle {
        slug,
        kind,
        theme,
        hub: article.hub,
        explains,
        norms: article.norms,
        desks: article.related_desks,
        content: ArticleContent {
            title: article.title,
            summary: article.summary,
            tags: article.tags,
            sections: Sections {
                what: s.what,
                who: s.who,
                how: s.how,
                needs: s.needs,
                outcome: s.outcome,
                time: s.time,
                cost: s.cost,
                where_: s.where_,
                more: s.more,
                contacts: s.contacts,
            },
            online_url: s.online_url,
            steps,
            prerequisites,
            body: article.body.unwrap_or_default(),
        },
    })
}

/// The seed's norms and articles, checked.
pub(crate) fn seed() -> Result<(Vec<NormRecord>, Vec<DemoArticle>)> {
    let file: SeedFile = toml::from_str(SEED).map_err(|e| Error::Seed(format!("kb.toml: {e}")))?;
    let norms = file
        .norms
        .into_iter()
        .map(|n| NormRecord {
            slug: n.slug,
            title: n.title,
            url: n.url,
            changed_at: None,
        })
        .collect();
    let articles = file
        .articles
        .into_iter()
        .map(check)
        .collect::<Result<Vec<_>>>()?;
    Ok((norms, articles))
}

/// Loads the seed's knowledge base, every article published (by the system, reviewed now).
pub(crate) async fn load(store: &Store, now: DateTime<Utc>) -> Result<usize> {
    let (norms, articles) = seed()?;
    for norm in &norms {
        store.upsert_norm(norm, now).await?;
    }
    let review_by = now
        .date_naive()
        .checked_add_months(Months::new(REVIEW_MONTHS));
    let translations = super::kb_translations::seed(&articles)?;
    let mut ids = Vec::with_capacity(articles.len());
    for article in &articles {
        let content = serde_json::to_string(&article.content)
            .map_err(|e| Error::Seed(format!("kb.toml: {e}")))?;
        let id = store
            .create_article(
                &NewArticle {
                    theme: article.theme.slug(),
                    slug: article.slug.as_str(),
                    kind: article.kind.slug(),
                    hub_slug: &article.hub,
                    title: &article.content.title,
                    content: &content,
                    explains: article.explains.map(Prerequisite::slug),
                    editor_id: None,
                },
                now,
            )
            .await
            .map_err(|e| bad(article.slug.as_str(), e))?;
        store
            .set_article_citations(&id, &article.norms)
            .await
            .map_err(|e| bad(article.slug.as_str(), e))?;
        store
            .set_article_desks(&id, &article.desks)
            .await
            .map_err(|e| bad(article.slug.as_str(), e))?;
        for (from, to, publish) in [
            ("draft", "in_review", None),
            ("in_review", "published", Some(None)),
        ] {
            store
                .change_article_status(
                    &id,
                    &StatusChange {
                        from_status: from,
                        seen_version: 1,
                        to_status: to,
                        publish,
                        review_by,
                    },
                    now,
                )
                .await?;
        }
        ids.push(id);
    }
    let mut saved = Vec::with_capacity(translations.len());
    for t in translations {
        let content =
            serde_json::to_string(&t.content).map_err(|e| Error::Seed(format!("kb: {e}")))?;
        saved.push(ArticleTranslation {
            article_id: ids[t.article].clone(),
            locale: t.locale.tag().to_owned(),
            title: t.content.title,
            content,
            source_version: 1,
            machine: true,
            translator_id: None,
            updated_at: now,
        });
    }
    store.save_article_translations(&saved).await?;
    Ok(articles.len())
}

/// Generated articles per generated desk: `--scale 10000` gives 100,000.
pub const GENERATED_ARTICLES_PER_DESK: usize = 10;

/// Loads `count` generated articles for volume: copies of the seed's articles (the same
/// texts, steps and variants, so a page costs what a real one does), each titled and
/// addressed as a numbered copy ("… (copia 12)", `…-copia-12`) so that nobody takes one for
/// a real sheet. Published, in batches of one transaction each.
pub(crate) async fn load_generated(
    store: &Store,
    count: usize,
    now: DateTime<Utc>,
) -> Result<usize> {
    if count == 0 {
        return Ok(0);
    }
    let (_, articles) = seed()?;
    let review_by = now
        .date_naive()
        .checked_add_months(Months::new(REVIEW_MONTHS));
    let mut done = 0;
    while done < count {
        let batch: Vec<(String, String, String, &DemoArticle)> = (done..count.min(done + 2_000))
            .map(|n| {
                let seed = &articles[n % articles.len()];
                let copy = n / articles.len() + 1;
                let mut content = seed.content.clone();
                content.title = format!("{} (copia {copy})", content.title);
                let json = serde_json::to_string(&content).unwrap_or_default();
                (
                    format!("{}-copia-{copy}", seed.slug.as_str()),
                    content.title,
                    json,
                    seed,
                )
            })
            .collect();
        let new: Vec<NewArticle<'_>> = batch
            .iter()
            .map(|(slug, title, content, seed)| NewArticle {
                theme: seed.theme.slug(),
                slug,
                kind: seed.kind.slug(),
                hub_slug: &seed.hub,
                title,
                content,
                explains: None,
                editor_id: None,
            })
            .collect();
        done += store
            .insert_published_articles(&new, review_by, now)
            .await?;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_is_valid_and_covers_the_themes() {
        let (norms, articles) = seed().unwrap();
        for theme in Theme::ALL {
            assert!(
                articles.iter().any(|a| a.theme == theme),
                "no article for {theme:?}"
            );
        }
        for article in &articles {
            for norm in &article.norms {
                assert!(
                    norms.iter().any(|n| &n.slug == norm),
                    "{} cites unknown norm {norm}",
                    article.slug
                );
            }
        }
        for p in Prerequisite::ALL {
            let explaining = articles.iter().filter(|a| a.explains == Some(p)).count();
            assert_eq!(explaining, 1, "one sheet explains {p:?}");
        }
        let variants: usize = articles
            .iter()
            .flat_map(|a| &a.content.steps)
            .map(|s| s.variants.len())
            .sum();
        assert!(variants >= 2, "local variants: {variants}");
    }
}
