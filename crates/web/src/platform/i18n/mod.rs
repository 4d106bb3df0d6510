//! Translations: Fluent bundles per locale, embedded in the binary, with Italian fallback,
//! and the reviews fluent translators make in the workspace layered over them
//! ([`review`]).

pub mod numbers;
pub mod review;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, PoisonError, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sportello_core::Locale;

/// The Fluent files of every locale, one per area, named like the area's folders in every
/// crate (`platform.ftl` for the shell, layout, error pages and messages several areas
/// share, `portal.ftl` for the home page, `directory.ftl` for desks and organisations,
/// `catalogue.ftl` for services, `identity.ftl` for sign-in, accounts and the workspace
/// home, `audit.ftl` for the audit log, `translation.ftl` for the translators' review).
/// Every locale has the same files as Italian, each
/// id in the same file; ids stay unique across all of them.
pub const FILES: [&str; 9] = [
    "platform",
    "portal",
    "directory",
    "catalogue",
    "identity",
    "audit",
    "translation",
    "kb",
    "search",
];

/// The files of one locale (in the order of [`FILES`]), embedded at compile time.
macro_rules! locale_files {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../../../locales/", $tag, "/platform.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/portal.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/directory.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/catalogue.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/identity.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/audit.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/translation.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/kb.ftl")),
            include_str!(concat!("../../../../../locales/", $tag, "/search.ftl")),
        ]
    };
}

/// The Fluent sources of every locale, embedded at compile time.
const SOURCES: [(Locale, [&str; 9]); 14] = [
    (Locale::It, locale_files!("it")),
    (Locale::En, locale_files!("en")),
    (Locale::Fr, locale_files!("fr")),
    (Locale::Es, locale_files!("es")),
    (Locale::Ar, locale_files!("ar")),
    (Locale::Zh, locale_files!("zh")),
    (Locale::Sq, locale_files!("sq")),
    (Locale::Ro, locale_files!("ro")),
    (Locale::Uk, locale_files!("uk")),
    (Locale::Ur, locale_files!("ur")),
    (Locale::Bn, locale_files!("bn")),
    (Locale::Fa, locale_files!("fa")),
    (Locale::Pa, locale_files!("pa")),
    (Locale::Tl, locale_files!("tl")),
];

/// The files of one locale joined into one source.
fn joined(files: &[&str; 9]) -> String {
    files.join("\n")
}

/// All translations. Built once at start-up (a broken file stops the start); reviews from
/// the database are layered over the files with [`I18n::apply_reviews`].
pub struct I18n {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
    /// Message ids (`id` and `id.attribute`) each locale defines.
    defined: HashMap<Locale, BTreeSet<String>>,
    /// Of those, the ids the files mark as unreviewed drafts ([`UNREVIEWED_MARK`]).
    marked: HashMap<Locale, BTreeSet<String>>,
    /// Every message's text in Fluent syntax, per locale: what reviews compare against.
    texts: HashMap<Locale, BTreeMap<String, String>>,
    complete: HashMap<Locale, bool>,
    /// The reviews in force, swapped whole when they change.
    reviews: RwLock<Arc<review::Layer>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locales", &self.bundles.len())
            .finish_non_exhaustive()
    }
}

/// How much of the Italian source one locale translates, and how much of it a fluent
/// reviewer has checked.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub locale: Locale,
    pub translated: usize,
    pub total: usize,
    /// Ids that fall back to Italian.
    pub missing: Vec<String>,
    /// Ids that Italian does not have: dead or misspelt.
    pub unknown: Vec<String>,
    /// Translated ids still unreviewed: marked so in the files and not reviewed since, or
    /// reviewed before their text or the Italian source changed.
    pub unreviewed: Vec<String>,
}

impl Coverage {
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    /// Translated messages a fluent reviewer has checked.
    pub fn reviewed(&self) -> usize {
        self.translated - self.unreviewed.len()
    }
}

/// A Fluent bundle of `locale` as every page formats with (numbers per locale, no
/// isolation marks), holding `resource`.
fn bundle(
    locale: Locale,
    resource: FluentResource,
) -> Result<FluentBundle<FluentResource>, String> {
    let langid = locale
        .tag()
        .parse()
        .map_err(|e| format!("locale {}: {e}", locale.tag()))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Unicode isolation marks would end up inside attributes and URLs; the templates
    // isolate bidirectional text with `dir` and <bdi> instead.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::fluent_formatter));
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("locales/{}/*.ftl: duplicate ids {errors:?}", locale.tag()))?;
    Ok(bundle)
}

impl I18n {
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        let mut defined = HashMap::new();
        let mut marked = HashMap::new();
        let mut texts = HashMap::new();
        for (locale, files) in SOURCES {
            let source = joined(&files);
            let resource = FluentResource::try_new(source.clone()).map_err(|(_, errors)| {
                format!("locales/{}/*.ftl do not parse: {errors:?}", locale.tag())
            })?;
            defined.insert(locale, message_ids(&resource));
            let (texts_of, marked_of) = review::read_source(&source);
            texts.insert(locale, texts_of);
            marked.insert(locale, marked_of);
            bundles.insert(locale, bundle(locale, resource)?);
        }
        let complete = Locale::ALL
            .into_iter()
            .map(|locale| {
                let source = &defined[&Locale::FALLBACK];
                (locale, source.is_subset(&defined[&locale]))
            })
            .collect();
        Ok(Self {
            bundles,
            defined,
            marked,
            texts,
            complete,
            reviews: RwLock::new(Arc::default()),
        })
    }

    /// A translator for one locale, for templates.
    pub fn tr(&self, locale: Locale) -> Tr<'_> {
        Tr { i18n: self, locale }
    }

    /// Whether every message of the source exists in `locale`.
    pub fn is_complete(&self, locale: Locale) -> bool {
        self.complete.get(&locale).copied().unwrap_or(false)
    }

    /// Formats message `id` (or `id.attribute`) in `locale` (a reviewer's correction
    /// first, then the file), falling back to Italian, and to the id itself (logged) when
    /// even Italian lacks it.
    pub fn format(
        &self,
        locale: Locale,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Cow<'static, str> {
        let layer = self.layer();
        for candidate in [locale, Locale::FALLBACK] {
            if let Some(text) = layer.corrections.get(&candidate).and_then(|bundle| {
                let (text, errors) = format_raw(bundle, id, args)?;
                (errors == 0).then_some(text)
            }) {
                return Cow::Owned(text);
            }
            if let Some((text, errors)) = self
                .bundles
                .get(&candidate)
                .and_then(|bundle| format_raw(bundle, id, args))
            {
                if errors > 0 {
                    tracing::warn!(id, locale = %candidate, errors, "translation formatting errors");
                }
                return Cow::Owned(text);
            }
        }
        tracing::warn!(id, "missing translation id");
        Cow::Owned(id.to_owned())
    }

    fn layer(&self) -> Arc<review::Layer> {
        self.reviews
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Translation coverage of every locale against the Italian source.
    pub fn coverage(&self) -> Vec<Coverage> {
        let source = &self.defined[&Locale::FALLBACK];
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let own = &self.defined[&locale];
                Coverage {
                    locale,
                    translated: source.intersection(own).count(),
                    total: source.len(),
                    missing: source.difference(own).cloned().collect(),
                    unknown: own.difference(source).cloned().collect(),
                    unreviewed: self
                        .unreviewed(locale)
                        .into_iter()
                        .filter(|id| source.contains(id))
                        .collect(),
                }
            })
            .collect()
    }

    /// Whether the Italian source defines `id` (`message` or `message.attribute`).
    pub fn has_source(&self, id: &str) -> bool {
        self.defined[&Locale::FALLBACK].contains(id)
    }
}

/// The formatted text and the number of formatting errors, if `bundle` has the message
/// (and the attribute, for `id.attribute`).
fn format_raw(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<(String, usize)> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some((text.into_owned(), errors.len()))
}

fn message_ids(resource: &FluentResource) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in resource.entries() {
        if let fluent_syntax::ast::Entry::Message(message) = entry {
            if message.value.is_some() {
                ids.insert(message.id.name.to_owned());
            }
            for attribute in &message.attributes {
                ids.insert(format!("{}.{}", message.id.name, attribute.id.name));
            }
        }
    }
    ids
}

/// The translator a page renders with.
#[derive(Clone, Copy)]
pub struct Tr<'a> {
    i18n: &'a I18n,
    pub locale: Locale,
}

impl std::fmt::Debug for Tr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tr({})", self.locale)
    }
}

impl<'a> Tr<'a> {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> Cow<'a, str> {
        self.i18n.format(self.locale, id, None)
    }

    /// A message with one argument, e.g. a count that selects the plural form.
    pub fn t1(
        &self,
        id: &str,
        name: &str,
        value: impl Into<FluentValue<'static>>,
    ) -> Cow<'static, str> {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into());
        self.i18n.format(self.locale, id, Some(&args))
    }

    /// Whether the source defines message `id` (for ids built from data).
    pub fn has(&self, id: &str) -> bool {
        self.i18n.has_source(id)
    }

    /// `value` with `fraction_digits` decimals, in the locale's digits, grouping and
    /// decimal separator.
    pub fn number(&self, value: f64, fraction_digits: usize) -> String {
        numbers::NumberStyle::of(self.locale.tag()).format(value, fraction_digits)
    }

    /// The ASCII digits of `text` (a year, a day of the month, a time) in the locale's
    /// digits.
    pub fn digits(&self, text: &str) -> String {
        numbers::NumberStyle::of(self.locale.tag()).digits(text)
    }

    /// A message with two arguments.
    pub fn t2(
        &self,
        id: &str,
        n1: &str,
        v1: impl Into<FluentValue<'static>>,
        n2: &str,
        v2: impl Into<FluentValue<'static>>,
    ) -> Cow<'a, str> {
        let mut args = FluentArgs::new();
        args.set(n1.to_owned(), v1.into());
        args.set(n2.to_owned(), v2.into());
        self.i18n.format(self.locale, id, Some(&args))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_loads() {
        I18n::load().expect("all locale files parse");
    }

    #[test]
    fn falls_back_to_italian_then_to_the_id() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.tr(Locale::It).t("nav-desks"), "Sportelli");
        assert_eq!(i18n.tr(Locale::En).t("nav-desks"), "Information desks");
        assert_eq!(i18n.tr(Locale::It).t("no-such-message"), "no-such-message");
        assert_eq!(
            i18n.tr(Locale::It).t("theme-salute.description"),
            "Iscrizione al Servizio sanitario, medico di base, prenotazioni."
        );
    }

    #[test]
    fn plurals_follow_the_locale() {
        let i18n = I18n::load().unwrap();
        assert_eq!(
            i18n.tr(Locale::It).t1("desks-count", "count", 1),
            "1 sportello"
        );
        assert_eq!(
            i18n.tr(Locale::It).t1("desks-count", "count", 3),
            "3 sportelli"
        );
        // Arabic has six forms: 0, 1, 2, 3–10, 11–99, 100…
        let arabic: BTreeSet<_> = [0, 1, 2, 3, 11, 100]
            .into_iter()
            .map(|n| i18n.tr(Locale::Ar).t1("desks-count", "count", n))
            .collect();
        assert_eq!(arabic.len(), 6, "{arabic:?}");
        // Ukrainian has one, few and many: 1 and 21 alike, 3, then 5 and 11.
        let uk = |n: i64| i18n.tr(Locale::Uk).t1("login-throttled", "seconds", n);
        let strip = |s: &str| {
            s.chars()
                .filter(|c| !c.is_ascii_digit())
                .collect::<String>()
        };
        assert_eq!(strip(&uk(1)), strip(&uk(21)));
        assert_ne!(strip(&uk(1)), strip(&uk(3)));
        assert_ne!(strip(&uk(3)), strip(&uk(5)));
        assert_eq!(strip(&uk(5)), strip(&uk(11)));
        // Chinese has one: the count changes, the words do not.
        let zh = i18n.tr(Locale::Zh);
        assert_eq!(
            zh.t1("desks-count", "count", 1).replace('1', "#"),
            zh.t1("desks-count", "count", 5).replace('5', "#")
        );
    }

    #[test]
    fn numbers_in_messages_use_the_locale_digits_and_grouping() {
        let i18n = I18n::load().unwrap();
        assert!(i18n
            .tr(Locale::It)
            .t1("desks-count", "count", 12_000)
            .contains("12.000"));
        assert!(i18n
            .tr(Locale::En)
            .t1("desks-count", "count", 12_000)
            .contains("12,000"));
        assert!(i18n
            .tr(Locale::Fa)
            .t1("desks-count", "count", 12)
            .contains("۱۲"));
        assert!(i18n
            .tr(Locale::Ar)
            .t1("desks-count", "count", 12)
            .contains("١٢"));
    }

    /// The select keys of every message (`id` or `id.attribute`) that selects, in a source.
    fn selectors(source: &str) -> Vec<(String, Vec<String>)> {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m),
                _ => None,
            })
            .flat_map(review::message_patterns)
            .filter_map(|(id, pattern)| {
                let keys = review::Uses::of(pattern).keys;
                (!keys.is_empty()).then(|| (id, keys.into_iter().collect()))
            })
            .collect()
    }

    /// No message hard-codes a plural form: where Italian selects on a count, every
    /// locale selects too (but Chinese, which has one form), and only with the categories
    /// CLDR gives its language.
    #[test]
    fn plural_selectors_use_each_language_categories() {
        let italian: BTreeSet<String> = selectors(&joined(&SOURCES[0].1))
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert!(italian.contains("desks-count"), "{italian:?}");
        for (locale, files) in SOURCES {
            let source = joined(&files);
            let categories = review::plural_categories(locale);
            let found = selectors(&source);
            for (id, keys) in &found {
                for key in keys {
                    assert!(
                        categories.contains(key),
                        "{locale}: {id} uses [{key}], not a plural category of {locale} {categories:?}"
                    );
                }
            }
            if categories.len() > 1 {
                for id in &italian {
                    assert!(
                        found.iter().any(|(f, _)| f == id),
                        "{locale}: {id} selects a plural form in Italian, not in {locale}"
                    );
                }
            }
        }
    }

    #[test]
    fn unreviewed_marks_are_read_from_the_first_comment_line() {
        let (texts, marked) = review::read_source(
            "# unreviewed\na = A\n    .title = T\n# unreviewed\n# note for translators\nb = B\n\
             # note\n# unreviewed\nc = C\nd = { $n ->\n    [one] one\n   *[other] { $n } more\n}\n",
        );
        assert_eq!(
            marked.into_iter().collect::<Vec<_>>(),
            vec!["a", "a.title", "b"]
        );
        assert_eq!(texts["a.title"], "T");
        assert_eq!(
            texts["d"],
            "{ $n ->\n    [one] one\n   *[other] { $n } more\n}"
        );
    }

    #[test]
    fn every_locale_is_complete_and_has_no_unknown_ids() {
        let i18n = I18n::load().unwrap();
        for c in i18n.coverage() {
            assert!(
                c.unknown.is_empty(),
                "{}: ids not in the Italian source: {:?}",
                c.locale,
                c.unknown
            );
            assert!(c.is_complete(), "{} misses {:?}", c.locale, c.missing);
            assert!(c.unreviewed.len() <= c.translated);
        }
        let italian = i18n
            .coverage()
            .into_iter()
            .find(|c| c.locale == Locale::FALLBACK)
            .unwrap();
        assert!(italian.unreviewed.is_empty(), "Italian is the source");
    }
}

#[cfg(test)]
mod file_tests {
    use super::*;
    use std::collections::BTreeMap;

    /// The message ids (`id` and `id.attribute`) of each `.ftl` file of one locale folder.
    fn files_of(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
        let dir = format!("{}/../../locales/{tag}", env!("CARGO_MANIFEST_DIR"));
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&path).unwrap();
                let resource = FluentResource::try_new(text)
                    .unwrap_or_else(|_| panic!("{} does not parse", path.display()));
                files.insert(name, message_ids(&resource));
            }
        }
        files
    }

    /// Translators find a message in the same file in every locale: each locale folder has
    /// the files of `locales/it/`, and no id sits in a different file than in Italian.
    #[test]
    fn every_locale_splits_its_messages_like_italian() {
        let italian = files_of(Locale::FALLBACK.tag());
        let home: HashMap<&str, &str> = italian
            .iter()
            .flat_map(|(file, ids)| ids.iter().map(move |id| (id.as_str(), file.as_str())))
            .collect();
        // The files on disk are the ones `locale_files!` embeds.
        let i18n = I18n::load().unwrap();
        let on_disk: BTreeSet<String> = home.keys().map(|id| (*id).to_owned()).collect();
        assert_eq!(
            on_disk,
            i18n.defined[&Locale::FALLBACK],
            "locales/it/*.ftl and the files locale_files! embeds differ"
        );
        for locale in Locale::ALL {
            let files = files_of(locale.tag());
            assert_eq!(
                files.keys().collect::<Vec<_>>(),
                italian.keys().collect::<Vec<_>>(),
                "locales/{}/ has other .ftl files than locales/it/",
                locale.tag()
            );
            for (file, ids) in &files {
                for id in ids {
                    if let Some(source) = home.get(id.as_str()) {
                        assert_eq!(
                            source,
                            file,
                            "locales/{}/{file} defines {id:?}, which Italian has in {source}",
                            locale.tag()
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod usage_tests {
    use super::*;

    /// Every literal message id the templates and handlers use exists in the Italian
    /// source, so no page ever shows a raw id.
    #[test]
    fn every_literal_message_id_exists_in_italian() {
        let i18n = I18n::load().unwrap();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/");
        // Both trees have a folder per area: walk them whole.
        let mut files = Vec::new();
        let mut dirs: Vec<std::path::PathBuf> = ["templates", "src"]
            .iter()
            .map(|d| format!("{root}{d}").into())
            .collect();
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else {
                    files.push(path);
                }
            }
        }
        let mut checked = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for call in [".t(\"", ".t1(\"", ".t2(\""] {
                for piece in text.split(call).skip(1) {
                    let id = piece.split('"').next().unwrap();
                    if id.is_empty() || id.contains('{') || id.starts_with("no-such") {
                        continue;
                    }
                    checked += 1;
                    assert!(
                        i18n.has_source(id),
                        "{} uses {id:?}, which locales/it/*.ftl lack",
                        file.display()
                    );
                }
            }
        }
        assert!(
            checked > 50,
            "only {checked} ids found: is the scan still matching the calls?"
        );
    }
}
