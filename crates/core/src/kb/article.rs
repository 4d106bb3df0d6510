//! What a knowledge-base article is: its kind, its place in the editorial workflow, and the
//! content a version holds (the procedure sheet's sections in the Designers Italia order).

use serde::{Deserialize, Serialize};

use super::procedure::{Prerequisite, Step};
use crate::ParseError;

/// The kinds of article the hubs write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleKind {
    /// A procedure sheet (scheda): structured sections and steps.
    Sheet,
    Faq,
    Guide,
    News,
}

impl ArticleKind {
    pub const ALL: [ArticleKind; 4] = [
        ArticleKind::Sheet,
        ArticleKind::Faq,
        ArticleKind::Guide,
        ArticleKind::News,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ArticleKind::Sheet => "sheet",
            ArticleKind::Faq => "faq",
            ArticleKind::Guide => "guide",
            ArticleKind::News => "news",
        }
    }

    pub fn from_slug(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|k| k.slug() == s)
            .ok_or_else(|| ParseError::new("kb.kind_unknown", format!("unknown kind {s:?}")))
    }

    /// Whether the article has the structured sections and steps of a procedure sheet
    /// rather than a free Markdown body.
    pub fn is_structured(self) -> bool {
        self == ArticleKind::Sheet
    }
}

/// Where the newest version of an article stands. The public sees the newest *published*
/// version whatever the newest version's state (an edit in progress does not hide a sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArticleStatus {
    Draft,
    InReview,
    Published,
    Archived,
}

/// A step of the workflow an editor asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transition {
    /// The author asks the hub to review the draft.
    Submit,
    /// The hub editor sends it back to its author, with a comment.
    Return,
    /// The hub editor approves and publishes (at once, or at the scheduled time).
    Publish,
    /// Withdrawn from the public: its page says so and points to what replaced it.
    Archive,
    /// An archived article becomes a draft again.
    Reopen,
}

impl ArticleStatus {
    pub const ALL: [ArticleStatus; 4] = [
        ArticleStatus::Draft,
        ArticleStatus::InReview,
        ArticleStatus::Published,
        ArticleStatus::Archived,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            ArticleStatus::Draft => "draft",
            ArticleStatus::InReview => "in_review",
            ArticleStatus::Published => "published",
            ArticleStatus::Archived => "archived",
        }
    }

    pub fn from_slug(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|k| k.slug() == s)
            .ok_or_else(|| ParseError::new("kb.status_unknown", format!("unknown status {s:?}")))
    }

    /// The state a transition leads to, or `kb.transition_invalid`. Publishing needs a
    /// review first: a draft cannot be published without passing through `InReview`
    /// (whether the reviewer may be its author is the hub's four-eyes setting, decided by
    /// the caller). Saving an edit is not a transition: it makes a new draft version.
    pub fn after(self, transition: Transition) -> Result<ArticleStatus, ParseError> {
        use ArticleStatus::{Archived, Draft, InReview, Published};
        let next = match (self, transition) {
            (Draft, Transition::Submit) => InReview,
            (InReview, Transition::Return) | (Archived, Transition::Reopen) => Draft,
            (InReview, Transition::Publish) => Published,
            (Draft | InReview | Published, Transition::Archive) => Archived,
            _ => {
                return Err(ParseError::new(
                    "kb.transition_invalid",
                    format!("{transition:?} is not possible from {self:?}"),
                ))
            }
        };
        Ok(next)
    }
}

impl Transition {
    pub const ALL: [Transition; 5] = [
        Transition::Submit,
        Transition::Return,
        Transition::Publish,
        Transition::Archive,
        Transition::Reopen,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Transition::Submit => "submit",
            Transition::Return => "return",
            Transition::Publish => "publish",
            Transition::Archive => "archive",
            Transition::Reopen => "reopen",
        }
    }

    pub fn from_slug(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|k| k.slug() == s)
            .ok_or_else(|| {
                ParseError::new("kb.transition_invalid", format!("unknown transition {s:?}"))
            })
    }

    /// Whether only the hub's reviewers may ask for it (the author may submit and reopen).
    pub fn needs_reviewer(self) -> bool {
        matches!(
            self,
            Transition::Return | Transition::Publish | Transition::Archive
        )
    }
}

/// The sections of a procedure sheet, in the order the Designers Italia service-sheet model
/// gives them. `LegalBasis` comes from the cited norms and `LastUpdate` from the dates, so
/// an editor does not type them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    What,
    Who,
    How,
    Needs,
    Outcome,
    Time,
    Cost,
    Where,
    LegalBasis,
    More,
    Contacts,
    LastUpdate,
}

impl Section {
    pub const ORDER: [Section; 12] = [
        Section::What,
        Section::Who,
        Section::How,
        Section::Needs,
        Section::Outcome,
        Section::Time,
        Section::Cost,
        Section::Where,
        Section::LegalBasis,
        Section::More,
        Section::Contacts,
        Section::LastUpdate,
    ];

    /// The sections an editor writes, in order.
    pub const WRITTEN: [Section; 10] = [
        Section::What,
        Section::Who,
        Section::How,
        Section::Needs,
        Section::Outcome,
        Section::Time,
        Section::Cost,
        Section::Where,
        Section::More,
        Section::Contacts,
    ];

    /// Stable key: form field names, JSON keys and the suffix of Fluent ids (`kb-section-what`).
    pub fn key(self) -> &'static str {
        match self {
            Section::What => "what",
            Section::Who => "who",
            Section::How => "how",
            Section::Needs => "needs",
            Section::Outcome => "outcome",
            Section::Time => "time",
            Section::Cost => "cost",
            Section::Where => "where",
            Section::LegalBasis => "legal_basis",
            Section::More => "more",
            Section::Contacts => "contacts",
            Section::LastUpdate => "last_update",
        }
    }
}

/// A sheet's written sections (Markdown each; empty when not given).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sections {
    pub what: String,
    pub who: String,
    pub how: String,
    pub needs: String,
    pub outcome: String,
    pub time: String,
    pub cost: String,
    #[serde(rename = "where")]
    pub where_: String,
    pub more: String,
    pub contacts: String,
}

impl Sections {
    /// The text of a written section (`LegalBasis` and `LastUpdate` are not written: empty).
    pub fn get(&self, section: Section) -> &str {
        match section {
            Section::What => &self.what,
            Section::Who => &self.who,
            Section::How => &self.how,
            Section::Needs => &self.needs,
            Section::Outcome => &self.outcome,
            Section::Time => &self.time,
            Section::Cost => &self.cost,
            Section::Where => &self.where_,
            Section::More => &self.more,
            Section::Contacts => &self.contacts,
            Section::LegalBasis | Section::LastUpdate => "",
        }
    }

    pub fn set(&mut self, section: Section, text: String) {
        let slot = match section {
            Section::What => &mut self.what,
            Section::Who => &mut self.who,
            Section::How => &mut self.how,
            Section::Needs => &mut self.needs,
            Section::Outcome => &mut self.outcome,
            Section::Time => &mut self.time,
            Section::Cost => &mut self.cost,
            Section::Where => &mut self.where_,
            Section::More => &mut self.more,
            Section::Contacts => &mut self.contacts,
            Section::LegalBasis | Section::LastUpdate => return,
        };
        *slot = text;
    }
}

/// What one version of an article says, in one language. Stored as JSON beside the
/// version's title (so the store need not know its shape).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleContent {
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
    /// Sheets: the sections; other kinds leave them empty.
    pub sections: Sections,
    /// Sheets: the online service, when there is one (http or https only).
    pub online_url: String,
    /// Sheets: the procedure, step by step.
    pub steps: Vec<Step>,
    pub prerequisites: Vec<Prerequisite>,
    /// FAQ, guides and news: the Markdown body.
    pub body: String,
}

/// One named piece of an article's text, as diffs and writing aids walk it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Stable key: `title`, `summary`, `body`, a section key, `step-2-title`, `step-2-text`…
    pub key: String,
    pub text: String,
}

impl ArticleContent {
    /// Every piece of text a reader meets, in page order (empty ones left out). Diffs and
    /// the writing aids work on these.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = Vec::new();
        let mut push = |key: String, text: &str| {
            if !text.trim().is_empty() {
                parts.push(Part {
                    key,
                    text: text.to_owned(),
                });
            }
        };
        push("title".into(), &self.title);
        push("summary".into(), &self.summary);
        for section in Section::WRITTEN {
            push(section.key().into(), self.sections.get(section));
            if section == Section::How {
                for (i, step) in self.steps.iter().enumerate() {
                    let n = i + 1;
                    push(format!("step-{n}-title"), &step.title);
                    push(format!("step-{n}-who"), &step.who);
                    push(format!("step-{n}-where"), &step.place);
                    push(format!("step-{n}-bring"), &step.bring);
                    push(format!("step-{n}-cost"), &step.cost);
                    push(format!("step-{n}-time"), &step.time);
                    push(format!("step-{n}-text"), &step.text);
                    for (j, v) in step.variants.iter().enumerate() {
                        let m = j + 1;
                        push(format!("step-{n}-variant-{m}-label"), &v.label);
                        push(format!("step-{n}-variant-{m}-text"), &v.text);
                        push(format!("step-{n}-variant-{m}-where"), &v.place);
                    }
                }
            }
        }
        push("online_url".into(), &self.online_url);
        push("body".into(), &self.body);
        parts
    }

    /// Sets the text of the part named `key` (as [`ArticleContent::parts`] names them); false
    /// when this content has no such part (a step or variant it does not have, an unknown
    /// key). The structure (how many steps and variants, their areas) never changes.
    pub fn set_part(&mut self, key: &str, text: String) -> bool {
        match key {
            "title" => self.title = text,
            "summary" => self.summary = text,
            "body" => self.body = text,
            "online_url" => return false,
            _ => {
                if let Some(section) = Section::WRITTEN.into_iter().find(|s| s.key() == key) {
                    self.sections.set(section, text);
                    return true;
                }
                let Some(rest) = key.strip_prefix("step-") else {
                    return false;
                };
                let Some((n, field)) = rest.split_once('-') else {
                    return false;
                };
                let Some(step) = n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| self.steps.get_mut(i))
                else {
                    return false;
                };
                let slot = match field {
                    "title" => &mut step.title,
                    "who" => &mut step.who,
                    "where" => &mut step.place,
                    "bring" => &mut step.bring,
                    "cost" => &mut step.cost,
                    "time" => &mut step.time,
                    "text" => &mut step.text,
                    other => {
                        let Some((m, vfield)) = other
                            .strip_prefix("variant-")
                            .and_then(|r| r.split_once('-'))
                        else {
                            return false;
                        };
                        let Some(v) = m
                            .parse::<usize>()
                            .ok()
                            .and_then(|m| m.checked_sub(1))
                            .and_then(|j| step.variants.get_mut(j))
                        else {
                            return false;
                        };
                        match vfield {
                            "label" => &mut v.label,
                            "text" => &mut v.text,
                            "where" => &mut v.place,
                            _ => return false,
                        }
                    }
                };
                *slot = text;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workflow_goes_through_review() {
        use ArticleStatus::{Archived, Draft, InReview, Published};
        assert_eq!(Draft.after(Transition::Submit), Ok(InReview));
        assert_eq!(InReview.after(Transition::Publish), Ok(Published));
        assert_eq!(InReview.after(Transition::Return), Ok(Draft));
        assert_eq!(Published.after(Transition::Archive), Ok(Archived));
        assert_eq!(Archived.after(Transition::Reopen), Ok(Draft));
        for (from, t) in [
            (Draft, Transition::Publish),
            (Published, Transition::Publish),
            (Published, Transition::Submit),
            (Archived, Transition::Publish),
            (Draft, Transition::Return),
        ] {
            let err = from.after(t).unwrap_err();
            assert_eq!(err.code, "kb.transition_invalid", "{from:?} {t:?}");
        }
    }

    #[test]
    fn slugs_round_trip() {
        for k in ArticleKind::ALL {
            assert_eq!(ArticleKind::from_slug(k.slug()), Ok(k));
        }
        for s in ArticleStatus::ALL {
            assert_eq!(ArticleStatus::from_slug(s.slug()), Ok(s));
        }
        for t in Transition::ALL {
            assert_eq!(Transition::from_slug(t.slug()), Ok(t));
        }
        assert!(ArticleKind::from_slug("Sheet").is_err());
    }

    #[test]
    fn sections_follow_the_designers_italia_order() {
        let keys: Vec<_> = Section::ORDER.iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            [
                "what",
                "who",
                "how",
                "needs",
                "outcome",
                "time",
                "cost",
                "where",
                "legal_basis",
                "more",
                "contacts",
                "last_update"
            ]
        );
        let mut sections = Sections::default();
        for (i, s) in Section::WRITTEN.into_iter().enumerate() {
            sections.set(s, format!("text {i}"));
        }
        for (i, s) in Section::WRITTEN.into_iter().enumerate() {
            assert_eq!(sections.get(s), format!("text {i}"));
        }
    }

    #[test]
    fn every_part_can_be_set_back_by_its_key() {
        let mut content = ArticleContent {
            title: "T".into(),
            summary: "S".into(),
            sections: Sections {
                what: "W".into(),
                ..Sections::default()
            },
            steps: vec![Step {
                title: "Passo".into(),
                text: "Testo".into(),
                variants: vec![super::super::procedure::Variant {
                    area: super::super::procedure::VariantArea::Province("BO".into()),
                    label: "Bologna".into(),
                    text: "Per e-mail".into(),
                    place: String::new(),
                    illustrative: false,
                }],
                ..Step::default()
            }],
            ..ArticleContent::default()
        };
        let keys: Vec<String> = content.parts().into_iter().map(|p| p.key).collect();
        for key in &keys {
            assert!(content.set_part(key, format!("<{key}>")), "{key}");
        }
        for part in content.parts() {
            assert_eq!(part.text, format!("<{}>", part.key));
        }
        for bad in [
            "step-2-title",
            "step-1-variant-2-text",
            "step-x-title",
            "online_url",
            "nope",
        ] {
            assert!(!content.set_part(bad, "x".into()), "{bad}");
        }
    }

    #[test]
    fn parts_walk_the_page_in_order_and_skip_empty_text() {
        let content = ArticleContent {
            title: "Rinnovo".into(),
            sections: Sections {
                what: "Cos'è".into(),
                how: "Come".into(),
                cost: "16 €".into(),
                ..Sections::default()
            },
            steps: vec![Step {
                title: "Kit".into(),
                text: "Ritira il kit".into(),
                ..Step::default()
            }],
            ..ArticleContent::default()
        };
        let keys: Vec<_> = content.parts().into_iter().map(|p| p.key).collect();
        assert_eq!(
            keys,
            [
                "title",
                "what",
                "how",
                "step-1-title",
                "step-1-text",
                "cost"
            ]
        );
    }
}
