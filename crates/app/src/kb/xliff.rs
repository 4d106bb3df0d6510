//! XLIFF 2.0 export and import of a language's translations, for translation agencies.
//!
//! The export holds the published Italian text of each article (the version readers see),
//! part by part, with the current translation as target where there is one. The import is
//! all or nothing: every problem of every article is reported with its line, and nothing is
//! saved unless the whole file is right; then every translation is saved in one transaction,
//! as a person's work (the translator who imports answers for it).

use std::collections::HashMap;

use sportello_core::kb::xliff::{self, Document, File, Unit};
use sportello_core::kb::{ArticleContent, TranslationStatus};
use sportello_core::Locale;
use sportello_store::ArticleTranslation;

use super::editing::{content_of, LIST_LIMIT};
use super::form::ArticleForm;
use super::translations::{may_translate, status_of};
use crate::identity::{RequestOrigin, SignedIn};
use crate::{App, Error, Result};

/// The largest file an import reads.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;

/// The units of an article: its translatable parts, then its tags (`tag-1`, …).
fn units_of(content: &ArticleContent) -> Vec<(String, String)> {
    let mut units: Vec<(String, String)> = content
        .parts()
        .into_iter()
        .filter(|p| p.key != "online_url")
        .map(|p| (p.key, p.text))
        .collect();
    for (i, tag) in content.tags.iter().enumerate() {
        units.push((format!("tag-{}", i + 1), tag.clone()));
    }
    units
}

/// Sets unit `key` of `content`; false when the content has no such unit.
fn set_unit(content: &mut ArticleContent, key: &str, text: String) -> bool {
    if let Some(n) = key.strip_prefix("tag-") {
        return match n.parse::<usize>().ok().and_then(|n| n.checked_sub(1)) {
            Some(i) if i < content.tags.len() => {
                content.tags[i] = text;
                true
            }
            _ => false,
        };
    }
    content.set_part(key, text)
}

struct Source {
    record: sportello_store::ArticleRecord,
    version: i64,
    content: ArticleContent,
}

/// The published, not archived articles with the Italian content readers see.
async fn sources(app: &App) -> Result<Vec<Source>> {
    let store = app.store();
    let now = app.clock().now();
    let mut out = Vec::new();
    for record in store.all_articles(LIST_LIMIT).await? {
        let Some(version) = record.public_version(now) else {
            continue;
        };
        if record.status == "archived" {
            continue;
        }
        let versions = store.article_versions(&record.id).await?;
        let Some(v) = versions.iter().find(|v| v.version == version) else {
            continue;
        };
        out.push(Source {
            content: content_of(v)?,
            record,
            version,
        });
    }
    Ok(out)
}

/// The XLIFF document of `locale`: every article whose translation needs work (missing,
/// outdated or unreviewed), or every article when `all`.
pub async fn export(app: &App, user: &SignedIn, locale: Locale, all: bool) -> Result<String> {
    if !may_translate(user, locale) {
        return Err(Error::Forbidden);
    }
    let store = app.store();
    let marks = store.article_version_marks().await?;
    let mut files = Vec::new();
    for source in sources(app).await? {
        let id = &source.record.id;
        let translation = store.article_translation(id, locale.tag()).await?;
        let versions: Vec<(i64, bool)> = marks
            .iter()
            .filter(|(a, _, _)| a == id)
            .map(|(_, v, minor)| (*v, *minor))
            .collect();
        let status = status_of(
            &source.record,
            translation.as_ref().map(|t| (t.source_version, t.machine)),
            &versions,
            source.version,
        );
        // Work to do leaves out a sheet the hub is checking after a change in the law: its
        // Italian text is about to change.
        let waits = matches!(
            status,
            TranslationStatus::Current | TranslationStatus::LegalReview
        );
        if waits && !all {
            continue;
        }
        let targets: HashMap<String, String> = translation
            .and_then(|t| serde_json::from_str::<ArticleContent>(&t.content).ok())
            .map(|c| units_of(&c).into_iter().collect())
            .unwrap_or_default();
        let approved = status == TranslationStatus::Current;
        files.push(File {
            id: id.clone(),
            original: format!("{}/{}", source.record.theme, source.record.slug),
            version: source.version,
            units: units_of(&source.content)
                .into_iter()
                .map(|(key, text)| Unit {
                    target: targets.get(&key).cloned(),
                    id: key,
                    source: text,
                    approved,
                    line: 0,
                })
                .collect(),
            line: 0,
        });
    }
    Ok(xliff::write(&Document {
        source_lang: Locale::FALLBACK.tag().to_owned(),
        target_lang: locale.tag().to_owned(),
        files,
    }))
}

/// One reason an import was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub line: usize,
    /// Stable code: the XLIFF reader's (`malformed`, `doctype`, …) or `language`,
    /// `unknown-article`, `stale`, `unknown-unit`, `untranslated`, `invalid`.
    pub code: &'static str,
    /// What the problem names (an element, a unit, a field), if anything.
    pub name: String,
}

/// What became of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// This many translations were saved.
    Saved(usize),
    /// Nothing was saved, for these reasons.
    Refused(Vec<ImportProblem>),
}

fn problem(line: usize, code: &'static str, name: impl Into<String>) -> ImportProblem {
    ImportProblem {
        line,
        code,
        name: name.into(),
    }
}

/// Imports the translations into `locale` an XLIFF document holds.
pub async fn import(
    app: &App,
    user: &SignedIn,
    origin: &RequestOrigin,
    locale: Locale,
    text: &str,
) -> Result<Imported> {
    if !may_translate(user, locale) {
        return Err(Error::Forbidden);
    }
    let doc = match xliff::read(text) {
        Ok(doc) => doc,
        Err(e) => {
            return Ok(Imported::Refused(vec![problem(
                e.line,
                e.problem.code(),
                e.problem.name(),
            )]))
        }
    };
    if doc.source_lang != Locale::FALLBACK.tag() || doc.target_lang != locale.tag() {
        let pair = format!("{} → {}", doc.source_lang, doc.target_lang);
        return Ok(Imported::Refused(vec![problem(1, "language", pair)]));
    }
    let sources = sources(app).await?;
    let now = app.clock().now();
    let mut problems = Vec::new();
    let mut saved = Vec::new();
    for file in doc.files {
        let Some(source) = sources.iter().find(|s| s.record.id == file.id) else {
            problems.push(problem(file.line, "unknown-article", file.id));
            continue;
        };
        if source.version != file.version {
            problems.push(problem(file.line, "stale", file.original));
            continue;
        }
        let mut content = source.content.clone();
        let mut given = Vec::new();
        for unit in file.units {
            let target = unit.target.unwrap_or_default();
            if target.trim().is_empty() {
                continue;
            }
            if !set_unit(&mut content, &unit.id, target) {
                problems.push(problem(unit.line, "unknown-unit", unit.id));
                continue;
            }
            given.push(unit.id);
        }
        for (key, _) in units_of(&source.content) {
            if !given.contains(&key) {
                problems.push(problem(file.line, "untranslated", key));
            }
        }
        let form = ArticleForm {
            kind: source.record.kind.clone(),
            theme: source.record.theme.clone(),
            hub: source.record.hub_slug.clone(),
            slug: source.record.slug.clone(),
            ..ArticleForm::from_content(&content, Vec::new(), source.version)
        };
        if let Err(errors) = form.validate() {
            problems.extend(
                errors
                    .iter()
                    .map(|e| problem(file.line, "invalid", e.field)),
            );
            continue;
        }
        saved.push(ArticleTranslation {
            article_id: file.id,
            locale: locale.tag().to_owned(),
            title: content.title.clone(),
            content: serde_json::to_string(&content).unwrap_or_default(),
            source_version: source.version,
            machine: false,
            translator_id: Some(user.user_id.clone()),
            updated_at: now,
        });
    }
    if !problems.is_empty() {
        return Ok(Imported::Refused(problems));
    }
    app.store().save_article_translations(&saved).await?;
    for t in &saved {
        super::audit_write(
            app,
            (user, origin),
            ("article", &t.article_id),
            "kb.translation_imported",
            format!("{}, source version {}", t.locale, t.source_version),
        )
        .await?;
    }
    Ok(Imported::Saved(saved.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use sportello_core::kb::Step;

    #[test]
    fn units_name_every_part_but_the_link_and_then_the_tags() {
        let mut content = ArticleContent {
            title: "Rinnovo".into(),
            online_url: "https://example.org".into(),
            tags: vec!["kit".into(), "questura".into()],
            steps: vec![Step {
                title: "Kit".into(),
                ..Step::default()
            }],
            ..ArticleContent::default()
        };
        let keys: Vec<String> = units_of(&content).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["title", "step-1-title", "tag-1", "tag-2"]);
        assert!(set_unit(&mut content, "tag-2", "police".into()));
        assert!(!set_unit(&mut content, "tag-3", "x".into()));
        assert!(!set_unit(&mut content, "step-2-title", "x".into()));
        assert_eq!(content.tags[1], "police");
    }
}
