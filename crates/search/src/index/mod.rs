//! The index on disk: `root/CURRENT` names the live generation, a directory beside it.
//! Opening reads that generation; when it is missing, unreadable or of an older schema,
//! a fresh empty generation takes its place and the caller is told to fill it from the
//! database. A rebuild writes a new generation aside while queries go on against the old
//! one, then swaps `CURRENT` and the live reader in one step.
//!
//! Every commit carries the caller's watermark (the outbox position it has applied), so the
//! index and what it has seen can never disagree after a crash.

mod schema;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;
use tantivy::schema::{Facet, TantivyDocument};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

pub use schema::Fields;

use crate::{analysis, Document, ItemKey, Kind, Result};

/// Memory for the writer that applies changes as they come (tantivy's minimum is 15 MB).
const LIVE_WRITER_BYTES: usize = 20_000_000;
/// Memory for a rebuild's writer; it is dropped after the swap.
const REBUILD_WRITER_BYTES: usize = 60_000_000;

/// How opening went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The index was there; here is the watermark of its last commit.
    Existing { watermark: Option<String> },
    /// There was no usable index: an empty one is live and must be rebuilt.
    Fresh { reason: String },
}

/// What a batch of changes replaces.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Every document of one item, in every language.
    Item(ItemKey),
    /// Every document of these kinds (a whole import).
    Kinds(Vec<Kind>),
}

/// The documents that now stand for a scope (none: it is gone).
#[derive(Debug, Clone)]
pub struct Change {
    pub scope: Scope,
    pub documents: Vec<Document>,
}

/// The live generation.
pub struct Live {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    pub generation: String,
}

/// One node's index.
pub struct SearchIndex {
    root: PathBuf,
    live: ArcSwap<Live>,
    writer: Mutex<IndexWriter>,
}

impl std::fmt::Debug for Live {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live")
            .field("generation", &self.generation)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("root", &self.root)
            .field("live", &self.live.load().generation)
            .finish_non_exhaustive()
    }
}

fn writer_of(index: &Index, bytes: usize) -> Result<IndexWriter> {
    Ok(index.writer_with_num_threads(1, bytes)?)
}

fn open_generation(root: &Path, generation: &str) -> Result<Live, String> {
    let dir = root.join(generation);
    let index = Index::open_in_dir(&dir).map_err(|e| e.to_string())?;
    let (schema, fields) = Fields::schema();
    let same = serde_json::to_value(index.schema()).ok() == serde_json::to_value(&schema).ok();
    if !same {
        return Err("the index was written with another schema".into());
    }
    analysis::register(index.tokenizers());
    let reader = reader_of(&index).map_err(|e| e.to_string())?;
    Ok(Live {
        index,
        reader,
        fields,
        generation: generation.to_owned(),
    })
}

fn reader_of(index: &Index) -> Result<IndexReader> {
    Ok(index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?)
}

fn create_generation(root: &Path) -> Result<Live> {
    let generation = uuid::Uuid::now_v7().simple().to_string();
    let dir = root.join(&generation);
    fs::create_dir_all(&dir)?;
    let (schema, fields) = Fields::schema();
    let index = Index::create_in_dir(&dir, schema)?;
    analysis::register(index.tokenizers());
    let reader = reader_of(&index)?;
    Ok(Live {
        index,
        reader,
        fields,
        generation,
    })
}

/// `CURRENT` is replaced by a rename, so a crash leaves the old or the new name, never half.
fn point_at(root: &Path, generation: &str) -> Result<()> {
    let tmp = root.join("CURRENT.tmp");
    fs::write(&tmp, generation)?;
    fs::rename(tmp, root.join("CURRENT"))?;
    Ok(())
}

/// The generations no longer named by `CURRENT` (a crash during a rebuild leaves one).
fn remove_others(root: &Path, keep: &str) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && entry.file_name() != keep {
            if let Err(e) = fs::remove_dir_all(&path) {
                tracing::warn!(path = %path.display(), error = %e, "could not remove an old search generation");
            }
        }
    }
}

impl SearchIndex {
    /// Opens the index under `root`, or starts an empty one when there is none to use.
    pub fn open(root: &Path) -> Result<(SearchIndex, Opened)> {
        fs::create_dir_all(root)?;
        let current = fs::read_to_string(root.join("CURRENT")).map(|s| s.trim().to_owned());
        let (live, opened) = match current {
            Ok(generation) if !generation.is_empty() => match open_generation(root, &generation) {
                Ok(live) => {
                    let watermark = live.index.load_metas()?.payload;
                    (live, Opened::Existing { watermark })
                }
                Err(reason) => (create_generation(root)?, Opened::Fresh { reason }),
            },
            _ => (
                create_generation(root)?,
                Opened::Fresh {
                    reason: "no index yet".into(),
                },
            ),
        };
        if let Opened::Fresh { reason } = &opened {
            tracing::warn!(root = %root.display(), reason, "starting an empty search index");
        }
        point_at(root, &live.generation)?;
        remove_others(root, &live.generation);
        let writer = writer_of(&live.index, LIVE_WRITER_BYTES)?;
        Ok((
            SearchIndex {
                root: root.to_owned(),
                live: ArcSwap::from_pointee(live),
                writer: Mutex::new(writer),
            },
            opened,
        ))
    }

    /// The generation queries run against now; hold it for the length of one query.
    pub fn live(&self) -> Arc<Live> {
        self.live.load_full()
    }

    /// The watermark of the live generation's last commit.
    pub fn watermark(&self) -> Result<Option<String>> {
        Ok(self.live().index.load_metas()?.payload)
    }

    /// How many documents (items × languages) are searchable.
    pub fn documents(&self) -> u64 {
        self.live().reader.searcher().num_docs()
    }

    /// Replaces what each change covers with its documents, commits with `watermark`, and
    /// makes the result visible before returning.
    pub fn apply(&self, changes: &[Change], watermark: &str) -> Result<()> {
        let live = self.live();
        let mut writer = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for change in changes {
            match &change.scope {
                Scope::Item(item) => {
                    writer.delete_term(Term::from_field_text(live.fields.item, &item.encode()));
                }
                Scope::Kinds(kinds) => {
                    for kind in kinds {
                        writer.delete_term(Term::from_field_text(live.fields.kind, kind.as_str()));
                    }
                }
            }
            for document in &change.documents {
                writer.add_document(to_tantivy(&live.fields, document))?;
            }
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(watermark);
        commit.commit()?;
        live.reader.reload()?;
        Ok(())
    }

    /// Builds a new generation from `documents` aside, then makes it the live one; queries
    /// running meanwhile finish on the old generation. Changes wait for the swap.
    pub fn rebuild(
        &self,
        documents: impl IntoIterator<Item = Document>,
        watermark: &str,
    ) -> Result<u64> {
        let mut writer = self
            .writer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let next = create_generation(&self.root)?;
        let mut builder = writer_of(&next.index, REBUILD_WRITER_BYTES)?;
        let mut count = 0;
        for document in documents {
            builder.add_document(to_tantivy(&next.fields, &document))?;
            count += 1;
        }
        let mut commit = builder.prepare_commit()?;
        commit.set_payload(watermark);
        commit.commit()?;
        builder.wait_merging_threads()?;
        next.reader.reload()?;
        let live_writer = writer_of(&next.index, LIVE_WRITER_BYTES)?;
        point_at(&self.root, &next.generation)?;
        let generation = next.generation.clone();
        // The old writer goes first (it holds the old generation's lock), then the reader.
        *writer = live_writer;
        self.live.store(Arc::new(next));
        remove_others(&self.root, &generation);
        tracing::info!(documents = count, generation, "search index rebuilt");
        Ok(count)
    }
}

fn to_tantivy(fields: &Fields, d: &Document) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.key, format!("{}@{}", d.item.encode(), d.lang.tag()));
    doc.add_text(fields.item, d.item.encode());
    doc.add_text(fields.kind, d.item.kind.as_str());
    doc.add_text(fields.lang, d.lang.tag());
    doc.add_facet(
        fields.facets,
        Facet::from_path(["kind", d.item.kind.as_str()]),
    );
    for theme in &d.themes {
        doc.add_facet(fields.facets, Facet::from_path(["theme", theme.as_str()]));
    }
    for (slug, _) in &d.places {
        doc.add_facet(fields.facets, Facet::from_path(["comune", slug.as_str()]));
    }
    if let Some((_, name)) = d.places.first() {
        doc.add_text(fields.place, name);
    }
    for lang in &d.translated_into {
        doc.add_facet(fields.facets, Facet::from_path(["tr", lang.tag()]));
    }
    doc.add_text(fields.path, &d.path);
    doc.add_text(fields.title(d.lang), &d.title);
    doc.add_text(fields.body(d.lang), &d.body);
    doc.add_text(fields.words, &d.title);
    doc.add_text(fields.words, &d.body);
    if analysis::has_grams(d.lang) {
        doc.add_text(fields.grams, &d.title);
        doc.add_text(fields.grams, &d.body);
    }
    if let Some((title, body)) = &d.original {
        doc.add_text(fields.orig_title, title);
        doc.add_text(fields.orig_body, body);
        doc.add_text(fields.words, title);
        doc.add_text(fields.words, body);
    }
    if let Some((lat, lon)) = d.position {
        doc.add_f64(fields.lat, lat);
        doc.add_f64(fields.lon, lon);
    }
    if let Some(updated) = d.updated {
        doc.add_i64(fields.updated, updated);
    }
    doc
}
