//! A sheet's leaflet: one A4 page (more when the sheet is long) in the reader's language,
//! with the QR code of the live page, so that a leaflet handed out at a desk always leads to
//! the current text (or to the page saying the sheet was withdrawn, and what replaced it).

use serde::Serialize;

use crate::platform::{qr, render, PrintError};
use crate::Fonts;

const LAYOUT: &str = include_str!("../../templates/kb/leaflet.typ");

/// A piece of a text, as the layout sets it: the Markdown of the sheet reduced to what
/// paper needs (paragraphs, headings, lists; links as their text and address).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    Paragraph { text: String },
    Heading { text: String },
    Bullets { items: Vec<String> },
    Numbered { items: Vec<String> },
}

#[derive(Debug, Clone, Serialize)]
pub struct LeafletSection {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// The reader's own local variant of a step.
#[derive(Debug, Clone, Serialize)]
pub struct LocalVariant {
    /// "In your area:"
    pub label: String,
    pub name: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeafletStep {
    pub title: String,
    pub local: Option<LocalVariant>,
    /// Label and value: who, where, cost, time, what to bring.
    pub facts: Vec<(String, String)>,
    pub blocks: Vec<Block>,
}

/// Everything a leaflet shows, labels already in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct Leaflet {
    /// The language of the labels (the reader's), a BCP 47 tag.
    pub lang: String,
    /// The language of the article's texts: the reader's, or Italian when not translated.
    pub text_lang: String,
    pub kicker: String,
    pub title: String,
    pub summary: String,
    pub owner_label: String,
    pub hub: String,
    /// Translation and legal-review notices, as on the page.
    pub notices: Vec<String>,
    pub prerequisites_heading: String,
    pub prerequisites: Vec<String>,
    /// Sections before the steps (what, who, how) and after them.
    pub before: Vec<LeafletSection>,
    pub steps_heading: String,
    pub steps: Vec<LeafletStep>,
    pub after: Vec<LeafletSection>,
    /// The live page, in the QR code and printed under it.
    pub url: String,
    /// "Scan for the up-to-date page".
    pub scan: String,
    /// The owner and the date of the last update.
    pub footer: String,
}

fn block_texts(blocks: &[Block]) -> Vec<&str> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph { text } | Block::Heading { text } => vec![text.as_str()],
            Block::Bullets { items } | Block::Numbered { items } => {
                items.iter().map(String::as_str).collect()
            }
        })
        .collect()
}

impl Leaflet {
    /// Every text the leaflet shows, for the font check.
    fn texts(&self) -> impl Iterator<Item = &str> {
        let blocks = block_texts;
        let sections = self
            .before
            .iter()
            .chain(&self.after)
            .flat_map(move |s| std::iter::once(s.heading.as_str()).chain(blocks(&s.blocks)));
        let steps = self.steps.iter().flat_map(move |s| {
            let mut v = vec![s.title.as_str()];
            v.extend(s.facts.iter().flat_map(|(l, t)| [l.as_str(), t.as_str()]));
            v.extend(blocks(&s.blocks));
            if let Some(local) = &s.local {
                v.extend([local.label.as_str(), local.name.as_str()]);
                v.extend(blocks(&local.blocks));
            }
            v
        });
        [
            self.kicker.as_str(),
            &self.title,
            &self.summary,
            &self.owner_label,
            &self.prerequisites_heading,
            &self.steps_heading,
            &self.scan,
            &self.footer,
        ]
        .into_iter()
        .chain(self.notices.iter().map(String::as_str))
        .chain(self.prerequisites.iter().map(String::as_str))
        .chain(sections)
        .chain(steps)
    }

    /// The PDF. Refused, rather than printed with empty boxes, when a character of it is in
    /// no font of the machine.
    pub fn render(&self, fonts: &Fonts) -> Result<Vec<u8>, PrintError> {
        if let Some(c) = fonts.first_uncovered(self.texts()) {
            return Err(PrintError::NoFont(format!(
                "{} (U+{:04X})",
                self.lang,
                u32::from(c)
            )));
        }
        let data = serde_json::to_vec(self)?;
        let qr = qr::svg(&self.url)?;
        render(
            fonts,
            LAYOUT,
            vec![("/data.json", data), ("/qr.svg", qr.into_bytes())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(lang: &str, title: &str) -> Leaflet {
        Leaflet {
            lang: lang.into(),
            text_lang: lang.into(),
            kicker: "Scheda · Salute".into(),
            title: title.into(),
            summary: String::new(),
            owner_label: "A cura di".into(),
            hub: "Hub salute".into(),
            notices: vec![],
            prerequisites_heading: "Prima ti serve".into(),
            prerequisites: vec!["Codice fiscale".into()],
            before: vec![LeafletSection {
                heading: "Cos'è".into(),
                blocks: vec![Block::Paragraph {
                    text: "<b>#set text(red)</b> [not markup]".into(),
                }],
            }],
            steps_heading: "I passi".into(),
            steps: vec![],
            after: vec![],
            url: "https://example.org/it/salute/x".into(),
            scan: "Inquadra".into(),
            footer: "Hub salute".into(),
        }
    }

    fn machine_fonts() -> Fonts {
        Fonts::scan(&[
            PathBuf::from("/usr/share/fonts/truetype/noto"),
            PathBuf::from("/usr/share/fonts/truetype/dejavu"),
        ])
    }

    use std::path::PathBuf;

    #[test]
    fn a_leaflet_is_a_pdf_even_when_its_text_looks_like_markup() {
        let fonts = machine_fonts();
        if fonts.families().is_empty() {
            eprintln!("*** SKIPPED: no fonts under /usr/share/fonts/truetype ***");
            return;
        }
        let pdf = sample("it", "Iscrizione al servizio sanitario")
            .render(&fonts)
            .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.len() > 5_000);
    }

    #[test]
    fn a_script_no_font_covers_is_refused_not_printed_as_boxes() {
        let none = Fonts::scan(&[]);
        let err = sample("ar", "تجديد تصريح الإقامة")
            .render(&none)
            .unwrap_err();
        assert!(matches!(err, PrintError::NoFont(_)), "{err}");
    }
}
