//! Translations: Fluent bundles per locale, embedded in the binary, with Italian fallback.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use sportello_core::Locale;

/// The Fluent files of one locale, concatenated at compile time: one file per area, named
/// like the area's folders in every crate (`platform.ftl` for the shell, layout, error
/// pages and messages several areas share, `portal.ftl` for the home page, `directory.ftl`
/// for desks and organisations, `catalogue.ftl` for services, `identity.ftl` for sign-in,
/// accounts and the workspace home, `audit.ftl` for the audit log). Every locale has the
/// same files as Italian, each id in the same file; ids stay unique across all of them.
macro_rules! locale_files {
    ($tag:literal) => {
        concat!(
            include_str!(concat!("../../../../locales/", $tag, "/platform.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $tag, "/portal.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $tag, "/directory.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $tag, "/catalogue.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $tag, "/identity.ftl")),
            "\n",
            include_str!(concat!("../../../../locales/", $tag, "/audit.ftl")),
        )
    };
}

/// The Fluent sources of every locale, embedded at compile time.
const SOURCES: [(Locale, &str); 11] = [
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
];

/// All translations. Built once at start-up; a broken file stops the start.
pub struct I18n {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
    /// Message ids (`id` and `id.attribute`) each locale defines.
    defined: HashMap<Locale, BTreeSet<String>>,
    /// Messages without arguments, formatted once per locale (fallback applied): pages
    /// look them up instead of formatting on every request.
    fixed: HashMap<Locale, HashMap<String, String>>,
    complete: HashMap<Locale, bool>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locales", &self.bundles.len())
            .finish_non_exhaustive()
    }
}

/// How much of the Italian source one locale translates.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub locale: Locale,
    pub translated: usize,
    pub total: usize,
    /// Ids that fall back to Italian.
    pub missing: Vec<String>,
    /// Ids that Italian does not have: dead or misspelt.
    pub unknown: Vec<String>,
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
}

impl I18n {
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        let mut defined = HashMap::new();
        for (locale, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                format!("locales/{}/*.ftl do not parse: {errors:?}", locale.tag())
            })?;
            defined.insert(locale, message_ids(&resource));
            let langid = locale
                .tag()
                .parse()
                .map_err(|e| format!("locale {}: {e}", locale.tag()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Unicode isolation marks would end up inside attributes and URLs; the templates
            // isolate bidirectional text with `dir` and <bdi> instead.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| {
                format!("locales/{}/*.ftl: duplicate ids {errors:?}", locale.tag())
            })?;
            bundles.insert(locale, bundle);
        }
        let mut i18n = Self {
            bundles,
            defined,
            fixed: HashMap::new(),
            complete: HashMap::new(),
        };
        for locale in Locale::ALL {
            let mut fixed = HashMap::new();
            for id in &i18n.defined[&Locale::FALLBACK] {
                // A message that needs arguments reports errors without them: not fixed.
                for candidate in [locale, Locale::FALLBACK] {
                    if let Some((text, errors)) = i18n.format_raw(candidate, id, None) {
                        if errors == 0 {
                            fixed.insert(id.clone(), text);
                        }
                        break;
                    }
                }
            }
            let source = &i18n.defined[&Locale::FALLBACK];
            let own = &i18n.defined[&locale];
            i18n.complete
                .insert(locale, source.iter().all(|id| own.contains(id)));
            i18n.fixed.insert(locale, fixed);
        }
        Ok(i18n)
    }

    /// A translator for one locale, for templates.
    pub fn tr(&self, locale: Locale) -> Tr<'_> {
        Tr { i18n: self, locale }
    }

    /// Whether every message of the source exists in `locale`.
    pub fn is_complete(&self, locale: Locale) -> bool {
        self.complete.get(&locale).copied().unwrap_or(false)
    }

    /// Formats message `id` (or `id.attribute`) in `locale`, falling back to Italian, and
    /// to the id itself (logged) when even Italian lacks it.
    pub fn format(
        &self,
        locale: Locale,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Cow<'static, str> {
        for candidate in [locale, Locale::FALLBACK] {
            if let Some(text) = self.format_in(candidate, id, args) {
                return Cow::Owned(text);
            }
        }
        tracing::warn!(id, "missing translation id");
        Cow::Owned(id.to_owned())
    }

    fn format_in(&self, locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (text, errors) = self.format_raw(locale, id, args)?;
        if errors > 0 {
            tracing::warn!(id, locale = %locale, errors, "translation formatting errors");
        }
        Some(text)
    }

    /// The formatted text and the number of formatting errors, if `locale` has the message.
    fn format_raw(
        &self,
        locale: Locale,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<(String, usize)> {
        let bundle = self.bundles.get(&locale)?;
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
                }
            })
            .collect()
    }

    /// Whether the Italian source defines `id` (`message` or `message.attribute`).
    pub fn has_source(&self, id: &str) -> bool {
        self.defined[&Locale::FALLBACK].contains(id)
    }
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
        // Bengali translates the shell only: desk levels fall back to Italian.
        assert_eq!(i18n.tr(Locale::Bn).t("desk-level-hub"), "Centro tematico");
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
        let ar_one = i18n.tr(Locale::Ar).t1("desks-count", "count", 1);
        let ar_many = i18n.tr(Locale::Ar).t1("desks-count", "count", 11);
        assert_ne!(ar_one, ar_many);
    }

    #[test]
    fn shell_languages_are_complete_and_no_locale_has_unknown_ids() {
        let i18n = I18n::load().unwrap();
        for c in i18n.coverage() {
            assert!(
                c.unknown.is_empty(),
                "{}: ids not in the Italian source: {:?}",
                c.locale,
                c.unknown
            );
            if matches!(
                c.locale,
                Locale::It | Locale::En | Locale::Fr | Locale::Es | Locale::Ar
            ) {
                assert!(c.is_complete(), "{} misses {:?}", c.locale, c.missing);
            }
        }
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
