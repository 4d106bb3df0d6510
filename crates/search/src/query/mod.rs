//! Asking the index: one box of words, filters by kind, theme and comune, results in the
//! reader's language or else in the Italian original (marked by its `lang`), facet counts,
//! highlighted snippets, and suggestions as the reader types.
//!
//! A reader sees each item once: the Italian version of an item translated into their
//! language is left out (it carries `/tr/<lang>`), and the translation is indexed with the
//! original's words, so Italian words still find it.

mod build;
mod synonyms;

use std::collections::BTreeSet;

use sportello_core::{GeoPoint, Locale};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, FuzzyTermQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption, TantivyDocument, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Searcher, Term};

pub use build::{edits, words, LONGEST_QUERY};
pub use synonyms::{groups, Group};

use crate::index::{Fields, SearchIndex};
use crate::{analysis, ItemKey, Kind, Result};

/// At most this many results per page.
pub const MOST_PER_PAGE: usize = 50;
/// Results are never paged past this (no one reads page 40; a crawler should not make us
/// collect 10,000 documents).
pub const DEEPEST: usize = 1000;
/// Facet values returned per facet.
const FACET_VALUES: usize = 30;
const SNIPPET_CHARS: usize = 180;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Order {
    Relevance,
    /// Nearest first from a point; items without a position last.
    Nearest(GeoPoint),
}

/// A question.
#[derive(Debug, Clone)]
pub struct Request {
    pub text: String,
    pub reader: Locale,
    pub kinds: Vec<Kind>,
    pub theme: Option<String>,
    pub comune: Option<String>,
    /// Only these items (the app's "open now" or "near me" sets).
    pub only: Option<Vec<ItemKey>>,
    pub order: Order,
    pub offset: usize,
    pub limit: usize,
}

impl Request {
    pub fn new(text: impl Into<String>, reader: Locale) -> Request {
        Request {
            text: text.into(),
            reader,
            kinds: Vec::new(),
            theme: None,
            comune: None,
            only: None,
            order: Order::Relevance,
            offset: 0,
            limit: 10,
        }
    }

    fn filtered(&self) -> bool {
        !self.kinds.is_empty()
            || self.theme.is_some()
            || self.comune.is_some()
            || self.only.is_some()
            || matches!(self.order, Order::Nearest(_))
    }
}

/// A piece of a snippet; `mark` pieces matched the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub mark: bool,
}

/// One result.
#[derive(Debug, Clone)]
pub struct Hit {
    pub item: ItemKey,
    /// The language of this version: the reader's, or Italian when they have none.
    pub lang: Locale,
    pub title: String,
    pub path: String,
    pub place: Option<String>,
    pub position: Option<(f64, f64)>,
    pub snippet: Vec<Segment>,
}

/// Counts per facet value under the current query and filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub kinds: Vec<(String, u64)>,
    pub themes: Vec<(String, u64)>,
    pub comuni: Vec<(String, u64)>,
}

/// The answer to a request.
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

/// A completion of what the reader is typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub item: ItemKey,
    pub lang: Locale,
    pub title: String,
    pub path: String,
}

fn facet_term(field: Field, path: [&str; 2]) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_facet(field, &Facet::from_path(path)),
        IndexRecordOption::Basic,
    ))
}

fn any_of(clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        clauses.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

/// What the reader may see: their language or Italian, and not the Italian version of
/// what they have in their own.
fn visibility(fields: &Fields, reader: Locale) -> Vec<(Occur, Box<dyn Query>)> {
    let lang = |l: Locale| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(fields.lang, l.tag()),
            IndexRecordOption::Basic,
        ))
    };
    if reader == Locale::It {
        return vec![(Occur::Must, lang(Locale::It))];
    }
    vec![
        (Occur::Must, any_of(vec![lang(reader), lang(Locale::It)])),
        (
            Occur::MustNot,
            facet_term(fields.facets, ["tr", reader.tag()]),
        ),
    ]
}

fn filters(fields: &Fields, request: &Request) -> Vec<(Occur, Box<dyn Query>)> {
    let mut out = visibility(fields, request.reader);
    if !request.kinds.is_empty() {
        let kinds = request
            .kinds
            .iter()
            .map(|k| facet_term(fields.facets, ["kind", k.as_str()]))
            .collect();
        out.push((Occur::Must, any_of(kinds)));
    }
    if let Some(theme) = &request.theme {
        out.push((Occur::Must, facet_term(fields.facets, ["theme", theme])));
    }
    if let Some(comune) = &request.comune {
        out.push((Occur::Must, facet_term(fields.facets, ["comune", comune])));
    }
    if let Some(only) = &request.only {
        let terms = only
            .iter()
            .map(|i| Term::from_field_text(fields.item, &i.encode()));
        out.push((Occur::Must, Box::new(TermSetQuery::new(terms))));
    }
    out
}

fn text_of(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_owned)
}

fn f64_of(doc: &TantivyDocument, field: Field) -> Option<f64> {
    doc.get_first(field).and_then(|v| v.as_f64())
}

/// The snippet as pieces. Ranges are taken only when they fall inside the fragment, on
/// character boundaries and after the previous one: segmenters that emit overlapping
/// sub-words (jieba's search mode) can give ranges tantivy computed from an earlier offset.
fn segments(snippet: &tantivy::snippet::Snippet) -> Vec<Segment> {
    let text = snippet.fragment();
    let mut out = Vec::new();
    let mut at = 0;
    for range in snippet.highlighted() {
        let start = range.start.max(at);
        let usable = start < range.end
            && range.end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(range.end);
        if !usable {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: text[at..start].to_owned(),
                mark: false,
            });
        }
        out.push(Segment {
            text: text[start..range.end].to_owned(),
            mark: true,
        });
        at = range.end;
    }
    if at < text.len() {
        out.push(Segment {
            text: text[at..].to_owned(),
            mark: false,
        });
    }
    out
}

/// The opening of a text, on a character boundary, when no word of it matched.
fn opening(body: &str) -> Vec<Segment> {
    let cut: String = body.chars().take(SNIPPET_CHARS).collect();
    if cut.is_empty() {
        return Vec::new();
    }
    let ellipsis = if cut.len() < body.len() { "…" } else { "" };
    vec![Segment {
        text: format!("{cut}{ellipsis}"),
        mark: false,
    }]
}

fn facet_values(counts: &tantivy::collector::FacetCounts, root: &str) -> Vec<(String, u64)> {
    counts
        .top_k(root, FACET_VALUES)
        .into_iter()
        .filter_map(|(facet, n)| Some((facet.to_path().last()?.to_string(), n)))
        .collect()
}

impl SearchIndex {
    /// Answers a request. Words that match nothing give no results, never an error.
    pub fn search(&self, request: &Request) -> Result<Results> {
        let live = self.live();
        let fields = &live.fields;
        let searcher = live.reader.searcher();
        let text = build::text_query(fields, request.reader, &request.text);
        if text.is_none() && !request.filtered() {
            return Ok(Results::default());
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
            Occur::Must,
            text.as_ref()
                .map_or_else(|| Box::new(AllQuery) as Box<dyn Query>, |q| q.box_clone()),
        )];
        clauses.extend(filters(fields, request));
        let query = BooleanQuery::new(clauses);
        let limit = request.limit.clamp(1, MOST_PER_PAGE);
        let offset = request.offset.min(DEEPEST);
        let mut facets = FacetCollector::for_field("facets");
        for root in ["/kind", "/theme", "/comune"] {
            facets.add_facet(root);
        }
        let top = TopDocs::with_limit(limit).and_offset(offset);
        let (addresses, total, counts): (Vec<DocAddress>, usize, _) = match request.order {
            Order::Relevance => {
                let (top, total, counts) =
                    searcher.search(&query, &(top.order_by_score(), Count, facets))?;
                (top.into_iter().map(|(_, a)| a).collect(), total, counts)
            }
            Order::Nearest(from) => {
                let nearest = top.tweak_score(move |segment: &tantivy::SegmentReader| {
                    let column = |name: &str| {
                        segment
                            .fast_fields()
                            .f64(name)
                            .ok()
                            .map(|c| c.first_or_default_col(f64::NAN))
                    };
                    let (lats, lons) = (column("lat"), column("lon"));
                    move |doc: tantivy::DocId, _score: tantivy::Score| -> f64 {
                        match (&lats, &lons) {
                            (Some(a), Some(o)) => GeoPoint::new(a.get_val(doc), o.get_val(doc))
                                .map_or(f64::NEG_INFINITY, |p| -from.distance_km(p)),
                            _ => f64::NEG_INFINITY,
                        }
                    }
                });
                let (top, total, counts) = searcher.search(&query, &(nearest, Count, facets))?;
                (top.into_iter().map(|(_, a)| a).collect(), total, counts)
            }
        };
        let hits = hits(&searcher, fields, request, &addresses)?;
        Ok(Results {
            total,
            hits,
            facets: Facets {
                kinds: facet_values(&counts, "/kind"),
                themes: facet_values(&counts, "/theme"),
                comuni: facet_values(&counts, "/comune"),
            },
        })
    }
}

fn hits(
    searcher: &Searcher,
    fields: &Fields,
    request: &Request,
    addresses: &[DocAddress],
) -> Result<Vec<Hit>> {
    let reader = request.reader;
    let mut generators: Vec<(Locale, SnippetGenerator)> = Vec::new();
    let mut out = Vec::with_capacity(addresses.len());
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(*address)?;
        let lang = text_of(&doc, fields.lang)
            .and_then(|t| Locale::from_tag(&t).ok())
            .unwrap_or(reader);
        let Some(item) = text_of(&doc, fields.item).and_then(|i| ItemKey::decode(&i)) else {
            continue;
        };
        if !generators.iter().any(|(l, _)| *l == lang) {
            let field = fields.body(lang);
            let generator = SnippetGenerator::new(
                build::highlights(reader, &request.text, lang),
                searcher.index().tokenizer_for_field(field)?,
                field,
                SNIPPET_CHARS,
            );
            generators.push((lang, generator));
        }
        let body = text_of(&doc, fields.body(lang)).unwrap_or_default();
        let snippet = generators
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, g)| g.snippet(&body))
            .filter(|s| !s.is_empty())
            .map_or_else(|| opening(&body), |s| segments(&s));
        let position = f64_of(&doc, fields.lat).zip(f64_of(&doc, fields.lon));
        out.push(Hit {
            item,
            lang,
            title: text_of(&doc, fields.title(lang)).unwrap_or_default(),
            path: text_of(&doc, fields.path).unwrap_or_default(),
            place: text_of(&doc, fields.place),
            position,
            snippet,
        });
    }
    Ok(out)
}

impl SearchIndex {
    /// An item's title and where it is, in the version the reader would be shown (theirs,
    /// else Italian).
    pub fn path_of(&self, item: &ItemKey, reader: Locale) -> Result<Option<(String, String)>> {
        let live = self.live();
        let fields = &live.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.item, &item.encode()),
                IndexRecordOption::Basic,
            )),
        )];
        clauses.extend(visibility(fields, reader));
        let searcher = live.reader.searcher();
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(1).order_by_score(),
        )?;
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(*address)?;
        let lang = text_of(&doc, fields.lang)
            .and_then(|t| Locale::from_tag(&t).ok())
            .unwrap_or(reader);
        Ok(text_of(&doc, fields.title(lang)).zip(text_of(&doc, fields.path)))
    }

    /// Titles that complete what the reader is typing: the last word as a prefix, the
    /// words before it as words.
    pub fn suggest(&self, text: &str, reader: Locale, limit: usize) -> Result<Vec<Suggestion>> {
        let live = self.live();
        let fields = &live.fields;
        let words = build::words(text);
        let Some(last) = words.last() else {
            return Ok(Vec::new());
        };
        let mut prefixes: Vec<Box<dyn Query>> = Vec::new();
        let languages: BTreeSet<Locale> = [reader, Locale::It].into_iter().collect();
        for locale in languages {
            let field = fields.title(locale);
            let mut forms: BTreeSet<String> = analysis::terms(locale, last).into_iter().collect();
            forms.insert(last.to_lowercase());
            for form in forms {
                let q = FuzzyTermQuery::new_prefix(Term::from_field_text(field, &form), 0, true);
                prefixes.push(Box::new(q));
            }
        }
        let mut clauses = vec![(Occur::Must, any_of(prefixes))];
        if words.len() > 1 {
            if let Some(q) = build::text_query(fields, reader, &words[..words.len() - 1].join(" "))
            {
                clauses.push((Occur::Must, q));
            }
        }
        clauses.extend(visibility(fields, reader));
        let query = BooleanQuery::new(clauses);
        let searcher = live.reader.searcher();
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(limit.clamp(1, 20)).order_by_score(),
        )?;
        let mut out: Vec<Suggestion> = Vec::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let lang = text_of(&doc, fields.lang)
                .and_then(|t| Locale::from_tag(&t).ok())
                .unwrap_or(reader);
            let (Some(item), Some(title)) = (
                text_of(&doc, fields.item).and_then(|i| ItemKey::decode(&i)),
                text_of(&doc, fields.title(lang)),
            ) else {
                continue;
            };
            if out.iter().all(|s| s.title != title) {
                out.push(Suggestion {
                    item,
                    lang,
                    title,
                    path: text_of(&doc, fields.path).unwrap_or_default(),
                });
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests;
