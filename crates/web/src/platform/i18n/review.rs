//! Review status of translations.
//!
//! In the files, a message drafted by machine or by someone who is not a fluent reviewer
//! carries [`UNREVIEWED_MARK`] as the first line of its comment. In the workspace, a
//! translator of that language confirms such a message or corrects it; the reviews are
//! stored in the database (`sportello_app::translation`) and laid over the files here: a
//! correction is formatted instead of the file's text, and a review counts only while the
//! file's text and the Italian source are still the ones the reviewer saw. `sportello
//! i18n-export` writes the reviews back into `.ftl` files for the next release.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, PoisonError};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use sportello_app::translation::{Catalogue, Queue, QueueItem, ReviewTexts, TranslationReview};
use sportello_core::{Locale, ParseError};

use super::{bundle, I18n, FILES, SOURCES};

/// The comment line that marks a message as a draft nobody fluent has reviewed: the first
/// line of the comment attached to it (the `#` lines right above it), e.g.
///
/// ```ftl
/// # unreviewed
/// nav-desks = Information desks
/// ```
pub const UNREVIEWED_MARK: &str = "unreviewed";

/// The reviews in force, built whole from the stored ones.
#[derive(Default)]
pub(super) struct Layer {
    /// Corrected messages per locale, consulted before the files.
    pub(super) corrections: HashMap<Locale, FluentBundle<FluentResource>>,
    /// Reviews whose file text and Italian source are unchanged, by locale and id.
    current: HashMap<Locale, BTreeMap<String, TranslationReview>>,
    /// Corrections whose file text or source changed since: shown as hints, not used.
    stale: HashMap<Locale, BTreeMap<String, String>>,
    /// The stored reviews this layer was built from.
    applied: Vec<TranslationReview>,
    /// Counts the layers built: pages rendered under an older one are stale.
    version: u64,
}

/// Every message's text (`id` and `id.attribute`) in Fluent syntax, and the ids marked
/// [`UNREVIEWED_MARK`], of one locale's sources. The runtime parser drops comments, so
/// this reads them with the full one; the bundle has already refused broken files.
pub(super) fn read_source(source: &str) -> (BTreeMap<String, String>, BTreeSet<String>) {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
    let mut texts = BTreeMap::new();
    let mut marked = BTreeSet::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let is_marked = is_marked(message.comment.as_ref());
        for (id, pattern) in message_patterns(message) {
            if is_marked {
                marked.insert(id.clone());
            }
            texts.insert(id, pattern_text(pattern));
        }
    }
    (texts, marked)
}

fn is_marked(comment: Option<&ast::Comment<&str>>) -> bool {
    comment
        .and_then(|c| c.content.first())
        .is_some_and(|line| line.trim() == UNREVIEWED_MARK)
}

/// The patterns of a message with their ids: the value as `id`, attributes as `id.attr`.
pub(super) fn message_patterns<'m, 's>(
    message: &'m ast::Message<&'s str>,
) -> Vec<(String, &'m ast::Pattern<&'s str>)> {
    let mut out = Vec::new();
    if let Some(value) = &message.value {
        out.push((message.id.name.to_owned(), value));
    }
    for attribute in &message.attributes {
        out.push((
            format!("{}.{}", message.id.name, attribute.id.name),
            &attribute.value,
        ));
    }
    out
}

/// A pattern as a translator reads and edits it: Fluent syntax, continuation lines
/// without the file's indentation.
fn pattern_text(pattern: &ast::Pattern<&str>) -> String {
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: vec![],
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let body = text
        .strip_prefix("x =")
        .unwrap_or(&text)
        .trim_end_matches('\n');
    match body.strip_prefix('\n') {
        Some(block) => block
            .lines()
            .map(|line| line.strip_prefix("    ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n"),
        None => body.trim_start().to_owned(),
    }
}

/// `text` as the body of a message, each line indented by `indent` spaces.
fn indented(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(&pad);
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The source of a one-message resource `x` with `text` as its value.
fn message_source(text: &str) -> String {
    format!("x =\n{}", indented(text, 4))
}

/// The value of the one message of a resource parsed from [`message_source`], if it parsed
/// cleanly into exactly that.
fn only_pattern<'r, 's>(resource: &'r ast::Resource<&'s str>) -> Option<&'r ast::Pattern<&'s str>> {
    match resource.body.as_slice() {
        [ast::Entry::Message(ast::Message {
            value: Some(value),
            attributes,
            ..
        })] if attributes.is_empty() => Some(value),
        _ => None,
    }
}

/// Variables and select keys used anywhere in a pattern.
#[derive(Default)]
pub(super) struct Uses {
    variables: BTreeSet<String>,
    pub(super) keys: BTreeSet<String>,
}

impl Uses {
    pub(super) fn of(pattern: &ast::Pattern<&str>) -> Self {
        let mut uses = Self::default();
        uses.pattern(pattern);
        uses
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    if let ast::VariantKey::Identifier { name } = &variant.key {
                        self.keys.insert((*name).to_owned());
                    }
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
                for argument in &arguments.named {
                    self.inline(&argument.value);
                }
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }
}

/// The plural categories CLDR gives `locale` (those some number reaches).
pub fn plural_categories(locale: Locale) -> BTreeSet<String> {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let mut categories = BTreeSet::from(["other".to_owned()]);
    let Ok(langid) = locale.tag().parse::<unic_langid::LanguageIdentifier>() else {
        return categories;
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return categories;
    };
    let integers = (0..=1000).map(f64::from);
    for n in integers.chain([0.5, 1.5, 2.5, 10.5]) {
        if let Ok(category) = rules.select(n) {
            categories.insert(format!("{category:?}").to_lowercase());
        }
    }
    categories
}

/// The names of CLDR's plural categories.
const PLURAL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn invalid(code: &'static str, detail: String) -> ParseError {
    ParseError::new(code, detail)
}

impl I18n {
    /// Lays `reviews` over the files; `false` (and nothing rebuilt) when they are the ones
    /// already in force.
    pub fn apply_reviews(&self, reviews: &[TranslationReview]) -> bool {
        let old = self.layer();
        if old.applied == reviews {
            return false;
        }
        let mut layer = Layer {
            applied: reviews.to_vec(),
            version: old.version + 1,
            ..Layer::default()
        };
        let italian = &self.texts[&Locale::FALLBACK];
        for review in reviews {
            let Ok(locale) = Locale::from_tag(&review.locale) else {
                continue;
            };
            let (Some(source), Some(file)) = (
                italian.get(&review.message_id),
                self.texts[&locale].get(&review.message_id),
            ) else {
                continue;
            };
            if *source == review.source_text && *file == review.file_text {
                layer
                    .current
                    .entry(locale)
                    .or_default()
                    .insert(review.message_id.clone(), review.clone());
            } else if let Some(text) = &review.text {
                layer
                    .stale
                    .entry(locale)
                    .or_default()
                    .insert(review.message_id.clone(), text.clone());
            }
        }
        for (locale, current) in &layer.current {
            if let Some(bundle) = corrections_bundle(*locale, current) {
                layer.corrections.insert(*locale, bundle);
            }
        }
        *self.reviews.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(layer);
        true
    }

    /// Changes whenever the reviews in force change: a page rendered under another version
    /// may show other texts.
    pub fn review_version(&self) -> u64 {
        self.layer().version
    }

    /// The ids of `locale` still unreviewed: marked in the files and without a review in
    /// force.
    pub(super) fn unreviewed(&self, locale: Locale) -> BTreeSet<String> {
        let layer = self.layer();
        let current = layer.current.get(&locale);
        self.marked[&locale]
            .iter()
            .filter(|id| current.is_none_or(|c| !c.contains_key(*id)))
            .cloned()
            .collect()
    }

    /// Whether some message of `locale` is still an unreviewed draft (never Italian, the
    /// source).
    pub fn has_unreviewed(&self, locale: Locale) -> bool {
        let layer = self.layer();
        let current = layer.current.get(&locale);
        self.marked[&locale]
            .iter()
            .any(|id| current.is_none_or(|c| !c.contains_key(id)))
    }

    /// The `.ftl` files of `locale` with the reviews in force written in: corrections
    /// replace the texts, and a message reviewed whole loses its [`UNREVIEWED_MARK`]. As
    /// (file name, text), in the order of [`FILES`]; the text is in Fluent's canonical
    /// layout.
    pub fn export(&self, locale: Locale) -> Vec<(&'static str, String)> {
        let layer = self.layer();
        let empty = BTreeMap::new();
        let current = layer.current.get(&locale).unwrap_or(&empty);
        let sources: Vec<(&String, String)> = current
            .iter()
            .filter_map(|(id, review)| Some((id, message_source(review.text.as_deref()?))))
            .collect();
        let parsed: Vec<(&String, ast::Resource<&str>)> = sources
            .iter()
            .filter_map(|(id, source)| {
                Some((*id, fluent_syntax::parser::parse(source.as_str()).ok()?))
            })
            .collect();
        let corrections: HashMap<&str, &ast::Pattern<&str>> = parsed
            .iter()
            .filter_map(|(id, resource)| Some((id.as_str(), only_pattern(resource)?)))
            .collect();
        let files = SOURCES
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, files)| files)
            .expect("every locale has sources");
        FILES
            .iter()
            .zip(files)
            .map(|(name, text)| {
                let mut resource =
                    fluent_syntax::parser::parse(*text).unwrap_or_else(|(resource, _)| resource);
                for entry in &mut resource.body {
                    if let ast::Entry::Message(message) = entry {
                        write_reviews(message, current, &corrections);
                    }
                }
                (*name, fluent_syntax::serializer::serialize(&resource))
            })
            .collect()
    }
}

/// Writes the reviews of one message into it (see [`I18n::export`]).
fn write_reviews<'s>(
    message: &mut ast::Message<&'s str>,
    current: &BTreeMap<String, TranslationReview>,
    corrections: &HashMap<&str, &ast::Pattern<&'s str>>,
) {
    let name = message.id.name;
    if let Some(value) = &mut message.value {
        if let Some(pattern) = corrections.get(name) {
            *value = (*pattern).clone();
        }
    }
    for attribute in &mut message.attributes {
        let id = format!("{name}.{}", attribute.id.name);
        if let Some(pattern) = corrections.get(id.as_str()) {
            attribute.value = (*pattern).clone();
        }
    }
    let all_reviewed = message_patterns(message)
        .iter()
        .all(|(id, _)| current.contains_key(id));
    if all_reviewed && is_marked(message.comment.as_ref()) {
        if let Some(comment) = &mut message.comment {
            comment.content.remove(0);
            if comment.content.is_empty() {
                message.comment = None;
            }
        }
    }
}

/// A bundle of the corrected messages of one locale, grouped back into messages.
fn corrections_bundle(
    locale: Locale,
    current: &BTreeMap<String, TranslationReview>,
) -> Option<FluentBundle<FluentResource>> {
    /// A message's corrected value, and its corrected attributes as (name, text).
    type Corrected<'r> = (Option<&'r str>, Vec<(&'r str, &'r str)>);
    let mut messages: BTreeMap<&str, Corrected<'_>> = BTreeMap::new();
    for (id, review) in current {
        let Some(text) = review.text.as_deref() else {
            continue;
        };
        match id.split_once('.') {
            Some((message, attribute)) => messages
                .entry(message)
                .or_default()
                .1
                .push((attribute, text)),
            None => messages.entry(id).or_default().0 = Some(text),
        }
    }
    if messages.is_empty() {
        return None;
    }
    let mut source = String::new();
    for (message, (value, attributes)) in messages {
        source.push_str(message);
        source.push_str(" =\n");
        if let Some(value) = value {
            source.push_str(&indented(value, 4));
        }
        for (attribute, text) in attributes {
            source.push_str("    .");
            source.push_str(attribute);
            source.push_str(" =\n");
            source.push_str(&indented(text, 8));
        }
    }
    let built = FluentResource::try_new(source)
        .map_err(|(_, errors)| format!("{errors:?}"))
        .and_then(|resource| bundle(locale, resource));
    match built {
        Ok(bundle) => Some(bundle),
        Err(error) => {
            tracing::warn!(locale = %locale, %error, "stored translation corrections do not load");
            None
        }
    }
}

impl Catalogue for I18n {
    fn queue(&self, locale: Locale, page: usize, per_page: usize) -> Queue {
        let italian = &self.texts[&Locale::FALLBACK];
        let unreviewed: Vec<String> = self
            .unreviewed(locale)
            .into_iter()
            .filter(|id| italian.contains_key(id))
            .collect();
        let items = unreviewed
            .iter()
            .skip((page.max(1) - 1) * per_page)
            .take(per_page)
            .filter_map(|id| self.item(locale, id))
            .collect();
        Queue {
            items,
            total: unreviewed.len(),
        }
    }

    fn unreviewed_count(&self, locale: Locale) -> usize {
        self.unreviewed(locale).len()
    }

    fn item(&self, locale: Locale, id: &str) -> Option<QueueItem> {
        let layer = self.layer();
        Some(QueueItem {
            id: id.to_owned(),
            source_text: self.texts[&Locale::FALLBACK].get(id)?.clone(),
            text: self.texts[&locale].get(id)?.clone(),
            stale_correction: layer.stale.get(&locale).and_then(|s| s.get(id)).cloned(),
        })
    }

    fn prepare(
        &self,
        locale: Locale,
        id: &str,
        correction: Option<&str>,
    ) -> Result<ReviewTexts, ParseError> {
        if locale == Locale::FALLBACK {
            return Err(invalid(
                "translation.source_language",
                "Italian is the source: it is not reviewed".into(),
            ));
        }
        let (Some(source_text), Some(file_text)) = (
            self.texts[&Locale::FALLBACK].get(id),
            self.texts[&locale].get(id),
        ) else {
            return Err(invalid(
                "translation.unknown_message",
                format!("no message {id:?} in {locale}"),
            ));
        };
        let text = match correction.map(str::trim) {
            None => None,
            Some("") => {
                return Err(invalid(
                    "translation.empty",
                    "a correction cannot be empty".into(),
                ))
            }
            Some(text) => Some(check_correction(locale, source_text, text)?),
        };
        Ok(ReviewTexts {
            text,
            file_text: file_text.clone(),
            source_text: source_text.clone(),
        })
    }

    fn apply(&self, reviews: &[TranslationReview]) {
        self.apply_reviews(reviews);
    }
}

/// The correction in canonical Fluent syntax, if it parses and uses what the source uses.
fn check_correction(locale: Locale, source_text: &str, text: &str) -> Result<String, ParseError> {
    let source = message_source(text);
    let resource = fluent_syntax::parser::parse(source.as_str()).ok();
    let Some(pattern) = resource.as_ref().and_then(only_pattern) else {
        return Err(invalid(
            "translation.syntax",
            "the text is not valid Fluent (check the braces of { $name } and selectors)".into(),
        ));
    };
    let italian_source = message_source(source_text);
    let italian = fluent_syntax::parser::parse(italian_source.as_str())
        .ok()
        .as_ref()
        .and_then(only_pattern)
        .map(Uses::of)
        .unwrap_or_default();
    let uses = Uses::of(pattern);
    if uses.variables != italian.variables {
        let list = |v: &BTreeSet<String>| {
            v.iter()
                .map(|n| format!("${n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(invalid(
            "translation.variables",
            format!(
                "the text must use exactly the variables of the Italian source ({}), not ({})",
                list(&italian.variables),
                list(&uses.variables)
            ),
        ));
    }
    // A plural category's name must be one of this language's; other keys (a selector
    // on something else than a number) must be the source's.
    let categories = plural_categories(locale);
    if let Some(key) = uses.keys.iter().find(|k| {
        if PLURAL.contains(&k.as_str()) {
            !categories.contains(*k)
        } else {
            !italian.keys.contains(*k)
        }
    }) {
        return Err(invalid(
            "translation.plural",
            format!(
                "[{key}] is not a plural form of this language ({})",
                categories.iter().cloned().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    Ok(pattern_text(pattern))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    fn review(i18n: &I18n, locale: Locale, id: &str, text: Option<&str>) -> TranslationReview {
        let texts = i18n.prepare(locale, id, text).expect("a valid review");
        TranslationReview {
            locale: locale.tag().into(),
            message_id: id.into(),
            text: texts.text,
            file_text: texts.file_text,
            source_text: texts.source_text,
            reviewed_by: None,
            reviewed_at: Utc::now(),
        }
    }

    #[test]
    fn corrections_are_formatted_and_reviews_leave_the_queue() {
        let i18n = I18n::load().unwrap();
        let before = i18n.unreviewed_count(Locale::Ar);
        let version = i18n.review_version();
        let reviews = [
            review(&i18n, Locale::Ar, "nav-desks", Some("المكاتب")),
            review(&i18n, Locale::Ar, "site-name", None),
            review(
                &i18n,
                Locale::Ar,
                "theme-salute.description",
                Some("التسجيل في الخدمة الصحية."),
            ),
        ];
        assert!(i18n.apply_reviews(&reviews));
        assert!(
            !i18n.apply_reviews(&reviews),
            "the same reviews: no rebuild"
        );
        assert_ne!(i18n.review_version(), version);
        let tr = i18n.tr(Locale::Ar);
        assert_eq!(tr.t("nav-desks"), "المكاتب");
        assert_eq!(
            tr.t("theme-salute.description"),
            "التسجيل في الخدمة الصحية."
        );
        assert_ne!(
            tr.t("theme-salute"),
            "theme-salute",
            "the value stays the file's"
        );
        assert_eq!(i18n.unreviewed_count(Locale::Ar), before - 3);
        assert_eq!(
            i18n.unreviewed_count(Locale::Fa),
            i18n.marked[&Locale::Fa].len(),
            "other locales untouched"
        );
    }

    #[test]
    fn a_review_of_a_text_that_changed_since_is_not_in_force() {
        let i18n = I18n::load().unwrap();
        let mut stale = review(&i18n, Locale::Zh, "nav-desks", Some("旧的翻译"));
        stale.source_text = "Sportelli (prima)".into();
        i18n.apply_reviews(&[stale]);
        assert_ne!(i18n.tr(Locale::Zh).t("nav-desks"), "旧的翻译");
        let item = i18n.item(Locale::Zh, "nav-desks").unwrap();
        assert_eq!(item.stale_correction.as_deref(), Some("旧的翻译"));
        assert!(i18n.unreviewed(Locale::Zh).contains("nav-desks"));
    }

    #[test]
    fn corrections_must_keep_variables_syntax_and_plural_forms() {
        let i18n = I18n::load().unwrap();
        let code = |locale, id, text| i18n.prepare(locale, id, Some(text)).unwrap_err().code;
        assert_eq!(
            code(Locale::Ar, "desks-count", "مكاتب"),
            "translation.variables"
        );
        assert_eq!(
            code(Locale::Ar, "desks-count", "{ $count } { $other }"),
            "translation.variables"
        );
        assert_eq!(
            code(Locale::Ar, "nav-desks", "{ $count"),
            "translation.syntax"
        );
        assert_eq!(code(Locale::Ar, "nav-desks", "   "), "translation.empty");
        assert_eq!(
            code(
                Locale::Zh,
                "desks-count",
                "{ $count ->\n    [one] 一个\n   *[other] { $count } 个\n}"
            ),
            "translation.plural",
            "Chinese has no singular"
        );
        assert_eq!(
            i18n.prepare(Locale::It, "nav-desks", None)
                .unwrap_err()
                .code,
            "translation.source_language"
        );
        assert_eq!(
            i18n.prepare(Locale::Ar, "no-such-id", None)
                .unwrap_err()
                .code,
            "translation.unknown_message"
        );
        // Multi-line selectors are accepted and kept canonical.
        let ok = i18n
            .prepare(
                Locale::Uk,
                "desks-count",
                Some("{ $count ->\n  [one] { $count } бюро\n  [few] { $count } бюро\n *[other] { $count } бюро\n}"),
            )
            .unwrap();
        assert_eq!(
            ok.text.as_deref(),
            Some("{ $count ->\n    [one] { $count } бюро\n    [few] { $count } бюро\n   *[other] { $count } бюро\n}")
        );
    }

    #[test]
    fn export_writes_corrections_and_drops_the_mark_of_reviewed_messages() {
        let i18n = I18n::load().unwrap();
        i18n.apply_reviews(&[
            review(
                &i18n,
                Locale::Fr,
                "nav-desks",
                Some("Guichets d'information"),
            ),
            review(&i18n, Locale::Fr, "site-name", None),
        ]);
        let files = i18n.export(Locale::Fr);
        assert_eq!(
            files.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            FILES.to_vec()
        );
        let platform = &files[0].1;
        assert!(platform.contains("\nnav-desks = Guichets d'information\n"));
        assert!(
            !platform.contains("# unreviewed\nnav-desks ="),
            "a reviewed message loses its mark"
        );
        assert!(!platform.contains("# unreviewed\nsite-name ="));
        assert!(
            platform.contains("# unreviewed\nskip-link ="),
            "others keep it"
        );
        // The exported files load as they are, with the reviews now in the files.
        let (texts, marked) = read_source(platform);
        assert_eq!(texts["nav-desks"], "Guichets d'information");
        assert!(!marked.contains("site-name") && marked.contains("skip-link"));
    }
}
