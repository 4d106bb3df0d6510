//! Search for one node: a tantivy index derived from the database (never its source of
//! truth), an analyzer per language, and queries that cross languages through the
//! knowledge base's glossary. The app feeds it documents and asks it questions; it knows
//! nothing of the store or of HTTP.
//!
//! - `analysis/`: the analyzers per language (stemmers, Arabic normalisation and Light10,
//!   jieba for Chinese, trigrams where no stemmer exists).
//! - `index/`: the schema, opening (a missing or corrupt index starts empty and says so),
//!   applying changes with the caller's watermark in the same commit, and rebuilding aside
//!   with a swap under running queries.
//! - `query/`: reading a query (no syntax: operators are plain characters), synonyms and
//!   acronyms, typo tolerance, facets, snippets, suggestions.

pub mod analysis;
pub mod index;
pub mod query;

use sportello_core::Locale;

pub use index::{Change, Opened, Scope, SearchIndex};
pub use query::{Facets, Hit, Order, Request, Results, Suggestion};

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Sheet,
    Faq,
    Guide,
    News,
    Desk,
    Service,
    OnlineService,
    Event,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Sheet,
        Kind::Faq,
        Kind::Guide,
        Kind::News,
        Kind::Desk,
        Kind::Service,
        Kind::OnlineService,
        Kind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Sheet => "sheet",
            Kind::Faq => "faq",
            Kind::Guide => "guide",
            Kind::News => "news",
            Kind::Desk => "desk",
            Kind::Service => "service",
            Kind::OnlineService => "online-service",
            Kind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One item of the network, whatever its languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey {
    pub kind: Kind,
    pub id: String,
}

impl ItemKey {
    pub fn new(kind: Kind, id: impl Into<String>) -> ItemKey {
        ItemKey {
            kind,
            id: id.into(),
        }
    }

    /// `desk:…`, as the index keeps it.
    pub fn encode(&self) -> String {
        format!("{}:{}", self.kind.as_str(), self.id)
    }

    pub fn decode(s: &str) -> Option<ItemKey> {
        let (kind, id) = s.split_once(':')?;
        Some(ItemKey::new(Kind::parse(kind)?, id))
    }
}

/// One item in one language, as the app hands it over. Nothing here may be private: a
/// sensitive desk comes without an address or position, and no personal data is indexed.
#[derive(Debug, Clone)]
pub struct Document {
    pub item: ItemKey,
    pub lang: Locale,
    pub title: String,
    pub body: String,
    /// For a translation: the Italian original's title and body, indexed so that Italian
    /// words find this version too.
    pub original: Option<(String, String)>,
    /// For an Italian document: the languages with their own version.
    pub translated_into: Vec<Locale>,
    /// Where the item lives on the portal, after the language segment (`/schede/…`).
    pub path: String,
    pub themes: Vec<String>,
    /// The comuni where it is (a desk's, the desks' of a service): each one's slug (a
    /// facet) and name (the first is shown).
    pub places: Vec<(String, String)>,
    /// Latitude and longitude, for "near me"; never for a sensitive place.
    pub position: Option<(f64, f64)>,
    /// Unix seconds of the last change.
    pub updated: Option<i64>,
}

/// Why the index could not do something.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index directory: {0}")]
    Directory(#[from] tantivy::directory::error::OpenDirectoryError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
