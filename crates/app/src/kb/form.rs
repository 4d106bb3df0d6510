//! The article form as typed: every field checked at once, each problem named by field, so
//! that the page shows them all and keeps what was typed.

use sportello_core::kb::{
    ArticleContent, ArticleKind, Prerequisite, Section, Sections, Step, Variant, VariantArea,
};
use sportello_core::{Slug, Theme};

use crate::editing::FieldError;

/// Longest text of one field (a section, a step's text, a body), in characters.
pub const MAX_TEXT: usize = 20_000;
/// How many steps, and variants per step, a sheet may have.
pub const MAX_STEPS: usize = 20;
pub const MAX_VARIANTS: usize = 12;

/// One step as typed (`area` is a province code, `BO`, or `desk:<slug>` for one office).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepForm {
    pub title: String,
    pub who: String,
    pub place: String,
    pub bring: String,
    pub cost: String,
    pub time: String,
    pub text: String,
    pub variants: Vec<VariantForm>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VariantForm {
    pub area: String,
    pub label: String,
    pub text: String,
    pub place: String,
}

/// The article form. `from_pairs` reads it from the posted fields (`step-2-title`,
/// `step-2-variant-1-area`…), so that a form without JavaScript can carry any number of
/// steps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleForm {
    pub kind: String,
    pub theme: String,
    pub hub: String,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub tags: String,
    pub sections: Vec<(Section, String)>,
    pub online_url: String,
    pub steps: Vec<StepForm>,
    pub prerequisites: Vec<String>,
    pub norms: Vec<String>,
    pub body: String,
    pub minor: bool,
    /// The version the editor started from (0 for a new article).
    pub base_version: i64,
}

/// A checked form: what a version stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleDraft {
    pub kind: ArticleKind,
    pub theme: Theme,
    pub hub: String,
    pub slug: String,
    pub content: ArticleContent,
    pub norms: Vec<String>,
    pub minor: bool,
}

fn index_of(key: &str, prefix: &str) -> Option<(usize, String)> {
    let rest = key.strip_prefix(prefix)?;
    let (n, field) = rest.split_once('-')?;
    let n: usize = n.parse().ok()?;
    (1..=MAX_STEPS.max(MAX_VARIANTS))
        .contains(&n)
        .then(|| (n - 1, field.to_owned()))
}

impl ArticleForm {
    /// Reads the posted fields. Unknown keys are ignored; steps and variants whose fields
    /// are all empty are dropped (the form offers empty slots to fill).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut form = ArticleForm::default();
        let mut steps: Vec<StepForm> = Vec::new();
        for (key, value) in pairs {
            let value = value.replace("\r\n", "\n");
            match key.as_str() {
                "kind" => form.kind = value,
                "theme" => form.theme = value,
                "hub" => form.hub = value,
                "slug" => value.trim().clone_into(&mut form.slug),
                "title" => form.title = value,
                "summary" => form.summary = value,
                "tags" => form.tags = value,
                "online_url" => value.trim().clone_into(&mut form.online_url),
                "body" => form.body = value,
                "minor" => form.minor = value == "on" || value == "true",
                "base_version" => form.base_version = value.trim().parse().unwrap_or(-1),
                "prerequisite" => form.prerequisites.push(value),
                "norm" => form.norms.push(value),
                _ => {
                    if let Some(section) = Section::WRITTEN
                        .into_iter()
                        .find(|s| key.strip_prefix("section-") == Some(s.key()))
                    {
                        form.sections.push((section, value));
                    } else if let Some((i, field)) = index_of(key, "step-") {
                        if steps.len() <= i {
                            steps.resize_with(i + 1, StepForm::default);
                        }
                        let step = &mut steps[i];
                        match field.as_str() {
                            "title" => step.title = value,
                            "who" => step.who = value,
                            "where" => step.place = value,
                            "bring" => step.bring = value,
                            "cost" => step.cost = value,
                            "time" => step.time = value,
                            "text" => step.text = value,
                            other => {
                                if let Some((j, vfield)) = index_of(other, "variant-") {
                                    if step.variants.len() <= j {
                                        step.variants.resize_with(j + 1, VariantForm::default);
                                    }
                                    let v = &mut step.variants[j];
                                    match vfield.as_str() {
                                        "area" => value.trim().clone_into(&mut v.area),
                                        "label" => v.label = value,
                                        "text" => v.text = value,
                                        "where" => v.place = value,
                                        _ => {}
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        for step in &mut steps {
            step.variants.retain(|v| {
                ![&v.area, &v.label, &v.text, &v.place]
                    .iter()
                    .all(|t| t.trim().is_empty())
            });
        }
        steps.retain(|s| {
            !s.variants.is_empty()
                || ![
                    &s.title, &s.who, &s.place, &s.bring, &s.cost, &s.time, &s.text,
                ]
                .iter()
                .all(|t| t.trim().is_empty())
        });
        form.steps = steps;
        form
    }

    /// The form of an existing version (what the editor page starts from).
    pub fn from_content(content: &ArticleContent, norms: Vec<String>, base_version: i64) -> Self {
        ArticleForm {
            title: content.title.clone(),
            summary: content.summary.clone(),
            tags: content.tags.join(", "),
            sections: Section::WRITTEN
                .into_iter()
                .map(|s| (s, content.sections.get(s).to_owned()))
                .collect(),
            online_url: content.online_url.clone(),
            steps: content
                .steps
                .iter()
                .map(|s| StepForm {
                    title: s.title.clone(),
                    who: s.who.clone(),
                    place: s.place.clone(),
                    bring: s.bring.clone(),
                    cost: s.cost.clone(),
                    time: s.time.clone(),
                    text: s.text.clone(),
                    variants: s
                        .variants
                        .iter()
                        .map(|v| VariantForm {
                            area: match &v.area {
                                VariantArea::Province(code) => code.clone(),
                                VariantArea::Office(slug) => format!("desk:{slug}"),
                            },
                            label: v.label.clone(),
                            text: v.text.clone(),
                            place: v.place.clone(),
                        })
                        .collect(),
                })
                .collect(),
            prerequisites: content
                .prerequisites
                .iter()
                .map(|p| p.slug().to_owned())
                .collect(),
            norms,
            body: content.body.clone(),
            base_version,
            ..ArticleForm::default()
        }
    }

    /// The text typed for a section.
    pub fn section(&self, section: Section) -> &str {
        self.sections
            .iter()
            .find(|(s, _)| *s == section)
            .map_or("", |(_, t)| t.as_str())
    }

    /// Checks every field. `new` also checks the kind, theme, hub and slug, which are fixed
    /// once the article exists (the caller passes the stored ones otherwise).
    pub fn validate(&self) -> Result<ArticleDraft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut err = |field: &'static str, message: &'static str| {
            errors.push(FieldError {
                field,
                message,
                column: None,
            });
        };
        let kind = ArticleKind::from_slug(&self.kind);
        if kind.is_err() {
            err("kind", "kb-error-kind");
        }
        let theme = Theme::from_slug(&self.theme);
        if theme.is_err() {
            err("theme", "kb-error-theme");
        }
        if Slug::parse(&self.slug).is_err() {
            err("slug", "kb-error-slug");
        }
        if Slug::parse(&self.hub).is_err() {
            err("hub", "kb-error-hub");
        }
        let title = self.title.trim();
        if title.is_empty() {
            err("title", "kb-error-title-missing");
        } else if title.chars().count() > 200 {
            err("title", "kb-error-too-long");
        }
        if self.summary.chars().count() > 600 {
            err("summary", "kb-error-too-long");
        }
        let long = |t: &str| t.chars().count() > MAX_TEXT;
        if long(&self.body) || self.sections.iter().any(|(_, t)| long(t)) {
            err("body", "kb-error-too-long");
        }
        let web = |u: &str| u.starts_with("https://") || u.starts_with("http://");
        if !(self.online_url.is_empty() || web(&self.online_url)) {
            err("online_url", "kb-error-url");
        }
        let mut prerequisites = Vec::new();
        for p in &self.prerequisites {
            match Prerequisite::from_slug(p) {
                Ok(p) if !prerequisites.contains(&p) => prerequisites.push(p),
                Ok(_) => {}
                Err(_) => err("prerequisite", "kb-error-prerequisite"),
            }
        }
        if self.steps.len() > MAX_STEPS {
            err("steps", "kb-error-too-many-steps");
        }
        let mut steps = Vec::new();
        for step in &self.steps {
            if step.title.trim().is_empty() {
                err("steps", "kb-error-step-title");
            }
            if [&step.text, &step.bring, &step.who, &step.place]
                .iter()
                .any(|t| long(t))
            {
                err("steps", "kb-error-too-long");
            }
            if step.variants.len() > MAX_VARIANTS {
                err("steps", "kb-error-too-many-steps");
            }
            let mut variants = Vec::new();
            for v in &step.variants {
                let area = match v.area.strip_prefix("desk:") {
                    Some(slug) => Slug::parse(slug.trim())
                        .map(|s| VariantArea::Office(s.as_str().to_owned()))
                        .ok(),
                    None => VariantArea::province(&v.area).ok(),
                };
                if v.label.trim().is_empty() || v.text.trim().is_empty() || long(&v.text) {
                    err("steps", "kb-error-variant");
                }
                match area {
                    Some(area) => variants.push(Variant {
                        area,
                        label: v.label.trim().to_owned(),
                        text: v.text.clone(),
                        place: v.place.trim().to_owned(),
                        illustrative: false,
                    }),
                    None => err("steps", "kb-error-variant-area"),
                }
            }
            steps.push(Step {
                title: step.title.trim().to_owned(),
                who: step.who.trim().to_owned(),
                place: step.place.trim().to_owned(),
                bring: step.bring.clone(),
                cost: step.cost.trim().to_owned(),
                time: step.time.trim().to_owned(),
                text: step.text.clone(),
                variants,
            });
        }
        let mut norms: Vec<String> = self
            .norms
            .iter()
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect();
        norms.sort();
        norms.dedup();
        if norms.iter().any(|n| Slug::parse(n).is_err()) {
            err("norm", "kb-error-norm");
        }
        let (Ok(kind), Ok(theme)) = (kind, theme) else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut sections = Sections::default();
        if kind.is_structured() {
            for (section, text) in &self.sections {
                sections.set(*section, text.clone());
            }
        }
        let tags = self
            .tags
            .split(',')
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect();
        Ok(ArticleDraft {
            kind,
            theme,
            hub: self.hub.clone(),
            slug: self.slug.clone(),
            content: ArticleContent {
                title: title.to_owned(),
                summary: self.summary.trim().to_owned(),
                tags,
                sections,
                online_url: if kind.is_structured() {
                    self.online_url.clone()
                } else {
                    String::new()
                },
                steps: if kind.is_structured() {
                    steps
                } else {
                    Vec::new()
                },
                prerequisites,
                body: if kind.is_structured() {
                    String::new()
                } else {
                    self.body.clone()
                },
            },
            norms,
            minor: self.minor,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn steps_and_variants_come_from_numbered_fields_and_empty_slots_drop() {
        let form = ArticleForm::from_pairs(&pairs(&[
            ("kind", "sheet"),
            ("theme", "permesso-di-soggiorno"),
            ("hub", "hub-titoli-di-soggiorno"),
            ("slug", "rinnovo"),
            ("title", "Rinnovo"),
            ("section-what", "Cos'è"),
            ("step-1-title", "Kit postale"),
            ("step-1-variant-1-area", "bo"),
            ("step-1-variant-1-label", "Bologna"),
            ("step-1-variant-1-text", "Per e-mail"),
            ("step-1-variant-2-area", ""),
            ("step-2-title", "Questura"),
            ("step-2-variant-1-area", "desk:hub-titoli-di-soggiorno"),
            ("step-2-variant-1-label", "Hub"),
            ("step-2-variant-1-text", "Online"),
            ("step-3-title", ""),
            ("prerequisite", "codice-fiscale"),
            ("base_version", "3"),
        ]));
        assert_eq!(form.steps.len(), 2);
        assert_eq!(form.steps[0].variants.len(), 1);
        assert_eq!(form.base_version, 3);
        let draft = form.validate().unwrap();
        assert_eq!(draft.content.sections.what, "Cos'è");
        assert_eq!(
            draft.content.steps[0].variants[0].area,
            VariantArea::Province("BO".into())
        );
        assert_eq!(
            draft.content.steps[1].variants[0].area,
            VariantArea::Office("hub-titoli-di-soggiorno".into())
        );
        assert_eq!(draft.content.prerequisites, [Prerequisite::CodiceFiscale]);
        // The form of the saved content gives the same draft back.
        let again = ArticleForm {
            kind: "sheet".into(),
            theme: "permesso-di-soggiorno".into(),
            hub: "hub-titoli-di-soggiorno".into(),
            slug: "rinnovo".into(),
            ..ArticleForm::from_content(&draft.content, Vec::new(), 3)
        };
        assert_eq!(again.validate().unwrap().content, draft.content);
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let form = ArticleForm::from_pairs(&pairs(&[
            ("kind", "poem"),
            ("theme", "salute"),
            ("hub", "Hub Salute"),
            ("slug", "Not a slug"),
            ("title", " "),
            ("online_url", "javascript:alert(1)"),
            ("prerequisite", "passport"),
            ("step-1-title", "Uno"),
            ("step-1-variant-1-area", "Bologna"),
            ("step-1-variant-1-label", "Bologna"),
            ("step-1-variant-1-text", "x"),
        ]));
        let errors = form.validate().unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field, e.message)).collect();
        for expected in [
            ("kind", "kb-error-kind"),
            ("slug", "kb-error-slug"),
            ("hub", "kb-error-hub"),
            ("title", "kb-error-title-missing"),
            ("online_url", "kb-error-url"),
            ("prerequisite", "kb-error-prerequisite"),
            ("steps", "kb-error-variant-area"),
        ] {
            assert!(fields.contains(&expected), "{expected:?} in {fields:?}");
        }
    }
}
