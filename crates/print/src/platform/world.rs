//! The typst world a document is compiled in: its layout as the main file, the files its
//! caller hands over (the data as JSON, images), the machine's fonts, and no clock (a
//! layout shows the dates its data gives). Any other path is "not found": a layout cannot
//! read the disk.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::fonts::Fonts;
use super::PrintError;

/// The standard library, built once.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> Result<FileId, PrintError> {
    let vpath = VirtualPath::new(path).map_err(|e| PrintError::Layout(format!("{path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct DocumentWorld<'a> {
    fonts: &'a Fonts,
    main: Source,
    files: Vec<(FileId, Bytes)>,
}

impl World for DocumentWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, bytes)| bytes.clone())
            .ok_or(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Lays out `layout` (typst markup) with `files` readable at their paths (`/data.json`…)
/// and returns the PDF. CPU-bound, tens of milliseconds: callers run it off the async
/// threads and bound how many run at once.
pub fn render(
    fonts: &Fonts,
    layout: &str,
    files: Vec<(&str, Vec<u8>)>,
) -> Result<Vec<u8>, PrintError> {
    let main = Source::new(file_id("/main.typ")?, layout.to_owned());
    let files = files
        .into_iter()
        .map(|(path, bytes)| Ok((file_id(path)?, Bytes::new(bytes))))
        .collect::<Result<Vec<_>, PrintError>>()?;
    let world = DocumentWorld { fonts, main, files };
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // The memoised layouts of earlier documents are of no use to the next one (other
    // data): keep the process's memory flat.
    typst::comemo::evict(4);
    let document = compiled.map_err(|errors| {
        PrintError::Layout(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom("sportello".into()),
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        PrintError::Layout(
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
