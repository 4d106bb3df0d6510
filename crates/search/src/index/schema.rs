//! The index's fields. A document is one item (a sheet, a desk, a service…) in one
//! language: its text goes in that language's `title_xx`/`body_xx` (stored, for snippets
//! and result titles); a translation also carries the Italian original in `orig_*`
//! (indexed, not stored), so a reader who types the Italian word in an Arabic page finds the
//! Arabic sheet. An Italian document lists the languages it is translated into
//! (`/tr/ar`…), so a query can leave it out where the reader has their own version.

use sportello_core::Locale;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analysis;

/// Every field, resolved once.
#[derive(Debug, Clone)]
pub struct Fields {
    pub key: Field,
    pub item: Field,
    pub kind: Field,
    pub lang: Field,
    pub facets: Field,
    pub path: Field,
    pub place: Field,
    pub lat: Field,
    pub lon: Field,
    pub updated: Field,
    pub grams: Field,
    pub words: Field,
    pub orig_title: Field,
    pub orig_body: Field,
    titles: Vec<Field>,
    bodies: Vec<Field>,
}

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

fn index_of(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|l| *l == locale)
        .unwrap_or_default()
}

impl Fields {
    pub fn schema() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let key = b.add_text_field("key", STRING | STORED);
        let item = b.add_text_field("item", STRING | STORED);
        let kind = b.add_text_field("kind", STRING | STORED | FAST);
        let lang = b.add_text_field("lang", STRING | STORED | FAST);
        let facets = b.add_facet_field("facets", INDEXED);
        let path = b.add_text_field("path", STORED);
        let place = b.add_text_field("place", STORED);
        let lat = b.add_f64_field("lat", STORED | FAST);
        let lon = b.add_f64_field("lon", STORED | FAST);
        let updated = b.add_i64_field("updated", STORED | FAST);
        let grams = b.add_text_field("grams", text(analysis::GRAMS, false));
        let words = b.add_text_field(
            "words",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(analysis::WORDS)
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        );
        let it = analysis::name(Locale::It);
        let orig_title = b.add_text_field("orig_title", text(&it, false));
        let orig_body = b.add_text_field("orig_body", text(&it, false));
        let mut titles = Vec::new();
        let mut bodies = Vec::new();
        for locale in Locale::ALL {
            let analyzer = analysis::name(locale);
            titles
                .push(b.add_text_field(&format!("title_{}", locale.tag()), text(&analyzer, true)));
            bodies.push(b.add_text_field(&format!("body_{}", locale.tag()), text(&analyzer, true)));
        }
        let fields = Fields {
            key,
            item,
            kind,
            lang,
            facets,
            path,
            place,
            lat,
            lon,
            updated,
            grams,
            words,
            orig_title,
            orig_body,
            titles,
            bodies,
        };
        (b.build(), fields)
    }

    pub fn title(&self, locale: Locale) -> Field {
        self.titles[index_of(locale)]
    }

    pub fn body(&self, locale: Locale) -> Field {
        self.bodies[index_of(locale)]
    }
}
