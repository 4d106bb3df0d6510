//! The fonts documents are set in: found once in the configured folders (Debian's
//! `/usr/share/fonts/...`), each file read only to learn what it covers and loaded again the
//! first time a document uses it. None is fetched from anywhere.

use std::path::{Path, PathBuf};

use typst::text::{FontBook, FontInfo};
use typst::utils::LazyHash;
use typst_kit::fonts::{FontPath, FontStore};

/// The fonts of the machine, from the folders given.
pub struct Fonts {
    store: FontStore,
    /// What each font covers, in the store's order.
    infos: Vec<FontInfo>,
    families: Vec<String>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("families", &self.families.len())
            .field("faces", &self.infos.len())
            .finish_non_exhaustive()
    }
}

impl Fonts {
    /// Scans `dirs` (recursively) for TrueType and OpenType fonts and collections. Folders
    /// that do not exist are skipped: a machine may have some of the packages and not others.
    pub fn scan(dirs: &[PathBuf]) -> Self {
        let mut files = Vec::new();
        for dir in dirs {
            collect(dir, &mut files);
        }
        files.sort();
        let mut store = FontStore::new();
        let mut families = Vec::new();
        let mut infos = Vec::new();
        for path in files {
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            for (index, info) in (0u32..).zip(FontInfo::iter(&data)) {
                families.push(info.family.clone());
                infos.push(info.clone());
                store.push((
                    FontPath {
                        path: path.clone(),
                        index,
                    },
                    info,
                ));
            }
        }
        families.sort();
        families.dedup();
        Self {
            store,
            infos,
            families,
        }
    }

    /// The family names found, sorted.
    pub fn families(&self) -> &[String] {
        &self.families
    }

    /// Whether a family of that name was found (case-insensitive, as typst matches).
    pub fn has(&self, family: &str) -> bool {
        self.families.iter().any(|f| f.eq_ignore_ascii_case(family))
    }

    /// The first character of `texts` that no font covers (spaces and controls aside).
    pub fn first_uncovered<'a>(&self, texts: impl Iterator<Item = &'a str>) -> Option<char> {
        let mut seen = std::collections::BTreeSet::new();
        for c in texts.flat_map(str::chars) {
            if c.is_whitespace() || c.is_control() || !seen.insert(c) {
                continue;
            }
            // Joiners and marks of direction are not drawn.
            if matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}') {
                continue;
            }
            if !self.infos.iter().any(|i| i.coverage.contains(u32::from(c))) {
                return Some(c);
            }
        }
        None
    }

    pub(crate) fn book(&self) -> &LazyHash<FontBook> {
        self.store.book()
    }

    pub(crate) fn font(&self, index: usize) -> Option<typst::text::Font> {
        self.store.font(index)
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "ttf" | "otf" | "ttc" | "otc"
            )
        }) {
            out.push(path);
        }
    }
}
