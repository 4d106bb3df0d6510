//! XLIFF 2.0 (OASIS, core only) for translation agencies: one `<file>` per article, one
//! `<unit>` per translatable part (its id is the part's key, `title`, `what`,
//! `step-2-text`…), one `<segment>` per unit. The article's Italian version rides on the
//! `<file>` as an attribute of our own namespace, so that an import can tell a file made
//! for an older version of the sheet.
//!
//! Reading is strict and never expands anything: a document type declaration (the door to
//! entity expansion and external entities) is refused, and so are unknown entities and the
//! inline codes this text never carries (`<ph>`, `<sc>`, …), which could not be put back. A
//! problem is reported with its line.

use std::borrow::Cow;

use quick_xml::escape::{escape, resolve_predefined_entity};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use quick_xml::XmlVersion;

/// The XLIFF 2.0 core namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// Our namespace, for the source version on `<file>`.
pub const SPORTELLO_NS: &str = "urn:sportello:kb:1";

/// A document: the articles of one language pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub source_lang: String,
    pub target_lang: String,
    pub files: Vec<File>,
}

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The article's id.
    pub id: String,
    /// `theme/slug`, for people reading the file.
    pub original: String,
    /// The Italian version the source text is.
    pub version: i64,
    pub units: Vec<Unit>,
    /// Where the `<file>` element starts (1-based; 0 for a file not read from text).
    pub line: usize,
}

/// One translatable part of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub source: String,
    /// Absent or empty when not translated yet.
    pub target: Option<String>,
    /// Written as `state="final"` (a person approved it) or `initial`.
    pub approved: bool,
    pub line: usize,
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("not well-formed XML: {0}")]
    Malformed(String),
    #[error("not an XLIFF 2.0 document")]
    NotXliff2,
    #[error("document type declarations are not accepted")]
    Doctype,
    #[error("unknown entity &{0};")]
    Entity(String),
    #[error("missing attribute {0}")]
    MissingAttribute(&'static str),
    #[error("element <{0}> is not expected here")]
    Unexpected(String),
    #[error("inline code <{0}> is not supported")]
    InlineCode(String),
    #[error("unit {0} appears twice")]
    DuplicateUnit(String),
    #[error("version {0} is not a number")]
    BadVersion(String),
}

impl Problem {
    /// Stable code, for translated messages.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Malformed(_) => "malformed",
            Problem::NotXliff2 => "not-xliff",
            Problem::Doctype => "doctype",
            Problem::Entity(_) => "entity",
            Problem::MissingAttribute(_) => "missing-attribute",
            Problem::Unexpected(_) => "unexpected",
            Problem::InlineCode(_) => "inline-code",
            Problem::DuplicateUnit(_) => "duplicate-unit",
            Problem::BadVersion(_) => "bad-version",
        }
    }

    /// The name the message shows (an element, attribute, entity or unit), if any; never
    /// the parser's own English detail.
    pub fn name(&self) -> &str {
        match self {
            Problem::Entity(s)
            | Problem::Unexpected(s)
            | Problem::InlineCode(s)
            | Problem::DuplicateUnit(s)
            | Problem::BadVersion(s) => s,
            Problem::MissingAttribute(s) => s,
            Problem::Malformed(_) | Problem::NotXliff2 | Problem::Doctype => "",
        }
    }
}

/// A problem and the line it is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct Error {
    pub line: usize,
    pub problem: Problem,
}

fn attr(name: &str, value: &str) -> String {
    format!(" {name}=\"{}\"", escape(value))
}

/// Writes `doc` as XLIFF 2.0.
pub fn write(doc: &Document) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<xliff");
    out.push_str(&attr("xmlns", XLIFF_NS));
    out.push_str(&attr("xmlns:sp", SPORTELLO_NS));
    out.push_str(" version=\"2.0\"");
    out.push_str(&attr("srcLang", &doc.source_lang));
    out.push_str(&attr("trgLang", &doc.target_lang));
    out.push_str(">\n");
    for file in &doc.files {
        out.push_str("  <file");
        out.push_str(&attr("id", &file.id));
        out.push_str(&attr("original", &file.original));
        out.push_str(&attr("sp:version", &file.version.to_string()));
        out.push_str(" canResegment=\"no\">\n");
        for unit in &file.units {
            out.push_str("    <unit");
            out.push_str(&attr("id", &unit.id));
            out.push_str(">\n      <segment");
            out.push_str(if unit.approved {
                " state=\"final\""
            } else {
                " state=\"initial\""
            });
            out.push_str(">\n        <source xml:space=\"preserve\">");
            out.push_str(&escape(unit.source.as_str()));
            out.push_str("</source>\n");
            if let Some(target) = unit.target.as_deref().filter(|t| !t.is_empty()) {
                out.push_str("        <target xml:space=\"preserve\">");
                out.push_str(&escape(target));
                out.push_str("</target>\n");
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// Where the reader is in the document.
enum Slot {
    Source,
    Target,
}

struct Parser<'a> {
    text: &'a str,
    reader: Reader<&'a [u8]>,
}

impl Parser<'_> {
    fn line_at(&self, pos: u64) -> usize {
        let pos = usize::try_from(pos)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // Bytes, not `str`: a position need not fall on a character boundary.
        self.text.as_bytes()[..pos].split(|b| *b == b'\n').count()
    }

    fn error(&self, problem: Problem) -> Error {
        Error {
            line: self.line_at(self.reader.buffer_position()),
            problem,
        }
    }

    fn attr(&self, e: &BytesStart<'_>, name: &'static str) -> Result<Option<String>, Error> {
        for a in e.attributes() {
            let a = a.map_err(|err| self.error(Problem::Malformed(err.to_string())))?;
            if a.key.as_ref() == name {
                let value = a
                    .normalized_value(XmlVersion::Implicit1_0)
                    .map_err(|err| self.error(Problem::Malformed(err.to_string())))?;
                return Ok(Some(value.into_owned()));
            }
        }
        Ok(None)
    }

    fn required(&self, e: &BytesStart<'_>, name: &'static str) -> Result<String, Error> {
        self.attr(e, name)?
            .ok_or_else(|| self.error(Problem::MissingAttribute(name)))
    }
}

/// Reads an XLIFF 2.0 document.
pub fn read(text: &str) -> Result<Document, Error> {
    let mut p = Parser {
        text,
        reader: Reader::from_str(text),
    };
    let mut doc: Option<Document> = None;
    let mut file: Option<File> = None;
    let mut unit: Option<Unit> = None;
    let mut slot: Option<Slot> = None;
    // Elements inside <source>/<target> whose text we keep (mrk, pc), and any other open
    // element we skip with its content (notes, metadata of other modules).
    let mut inline_depth = 0usize;
    let mut skip_depth = 0usize;
    loop {
        let start = p.reader.buffer_position();
        let event = p.reader.read_event().map_err(|e| Error {
            line: p.line_at(start),
            problem: Problem::Malformed(e.to_string()),
        })?;
        let line = p.line_at(start);
        match event {
            Event::Eof => break,
            Event::DocType(_) => return Err(p.error(Problem::Doctype)),
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) => {}
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.local_name().as_ref().to_owned();
                if skip_depth > 0 {
                    if !empty {
                        skip_depth += 1;
                    }
                    continue;
                }
                if slot.is_some() {
                    match name.as_str() {
                        "mrk" | "pc" => {
                            if !empty {
                                inline_depth += 1;
                            }
                        }
                        other => return Err(p.error(Problem::InlineCode(other.to_owned()))),
                    }
                    continue;
                }
                match (name.as_str(), &doc, &file, &unit) {
                    ("xliff", None, _, _) => {
                        let version = p.attr(e, "version")?;
                        let ns = p.attr(e, "xmlns")?;
                        if version.as_deref() != Some("2.0") || ns.as_deref() != Some(XLIFF_NS) {
                            return Err(Error {
                                line,
                                problem: Problem::NotXliff2,
                            });
                        }
                        doc = Some(Document {
                            source_lang: p.required(e, "srcLang")?,
                            target_lang: p.attr(e, "trgLang")?.unwrap_or_default(),
                            files: Vec::new(),
                        });
                    }
                    ("file", Some(_), None, _) => {
                        let raw = p.required(e, "sp:version")?;
                        let version = raw
                            .trim()
                            .parse()
                            .map_err(|_| p.error(Problem::BadVersion(raw.clone())))?;
                        file = Some(File {
                            id: p.required(e, "id")?,
                            original: p.attr(e, "original")?.unwrap_or_default(),
                            version,
                            units: Vec::new(),
                            line,
                        });
                    }
                    ("unit", Some(_), Some(f), None) => {
                        let id = p.required(e, "id")?;
                        if f.units.iter().any(|u| u.id == id) {
                            return Err(Error {
                                line,
                                problem: Problem::DuplicateUnit(id),
                            });
                        }
                        unit = Some(Unit {
                            id,
                            source: String::new(),
                            target: None,
                            approved: false,
                            line,
                        });
                    }
                    ("segment" | "ignorable", Some(_), Some(_), Some(_)) => {
                        if name == "segment" {
                            let state = p.attr(e, "state")?;
                            if let Some(u) = unit.as_mut() {
                                u.approved = matches!(state.as_deref(), Some("final"));
                            }
                        }
                    }
                    ("source", Some(_), Some(_), Some(_)) => slot = Some(Slot::Source),
                    ("target", Some(_), Some(_), Some(_)) => {
                        slot = Some(Slot::Target);
                        if let Some(u) = unit.as_mut() {
                            u.target.get_or_insert_with(String::new);
                        }
                    }
                    ("notes" | "originalData", Some(_), _, _) => {
                        if !empty {
                            skip_depth = 1;
                        }
                    }
                    (other, Some(_), _, _) if e.name().as_ref().contains(':') => {
                        // An element of another module or namespace: not ours to read.
                        let _ = other;
                        if !empty {
                            skip_depth = 1;
                        }
                    }
                    (other, _, _, _) => {
                        return Err(Error {
                            line,
                            problem: Problem::Unexpected(other.to_owned()),
                        })
                    }
                }
                if empty {
                    // An empty <source/> or <target/> holds no text: close the slot at once.
                    if matches!(name.as_str(), "source" | "target") {
                        slot = None;
                    }
                }
            }
            Event::End(ref e) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                if inline_depth > 0 {
                    inline_depth -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    "source" | "target" => slot = None,
                    "unit" => {
                        if let (Some(f), Some(u)) = (file.as_mut(), unit.take()) {
                            f.units.push(u);
                        }
                    }
                    "file" => {
                        if let (Some(d), Some(f)) = (doc.as_mut(), file.take()) {
                            d.files.push(f);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) => {
                let content = t.xml_content(XmlVersion::Implicit1_0);
                push_text(slot.as_ref(), unit.as_mut(), &content, skip_depth);
            }
            Event::CData(ref t) => {
                let content = t.xml_content(XmlVersion::Implicit1_0);
                push_text(slot.as_ref(), unit.as_mut(), &content, skip_depth);
            }
            Event::GeneralRef(ref r) => {
                if skip_depth > 0 {
                    continue;
                }
                let name = r.xml_content(XmlVersion::Implicit1_0);
                let resolved: Cow<'_, str> = match r.resolve_char_ref() {
                    Ok(Some(c)) => Cow::Owned(c.to_string()),
                    Ok(None) => match resolve_predefined_entity(&name) {
                        Some(s) => Cow::Borrowed(s),
                        None => return Err(p.error(Problem::Entity(name.into_owned()))),
                    },
                    Err(_) => return Err(p.error(Problem::Entity(name.into_owned()))),
                };
                push_text(slot.as_ref(), unit.as_mut(), &resolved, 0);
            }
        }
    }
    doc.ok_or(Error {
        line: 1,
        problem: Problem::NotXliff2,
    })
}

fn push_text(slot: Option<&Slot>, unit: Option<&mut Unit>, text: &str, skip_depth: usize) {
    if skip_depth > 0 {
        return;
    }
    let (Some(slot), Some(unit)) = (slot, unit) else {
        return;
    };
    match slot {
        Slot::Source => unit.source.push_str(text),
        Slot::Target => unit.target.get_or_insert_with(String::new).push_str(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Document {
        Document {
            source_lang: "it".into(),
            target_lang: "ar".into(),
            files: vec![File {
                id: "a-1".into(),
                original: "permesso-di-soggiorno/rinnovo".into(),
                version: 3,
                units: vec![
                    Unit {
                        id: "title".into(),
                        source: "Rinnovo del permesso".into(),
                        target: Some("تجديد التصريح".into()),
                        approved: true,
                        line: 0,
                    },
                    Unit {
                        id: "step-1-text".into(),
                        source: "Costo < 30 € & \"kit\"\n\n- riga due".into(),
                        target: None,
                        approved: false,
                        line: 0,
                    },
                ],
                line: 0,
            }],
        }
    }

    fn without_lines(mut doc: Document) -> Document {
        for f in &mut doc.files {
            f.line = 0;
            for u in &mut f.units {
                u.line = 0;
            }
        }
        doc
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let doc = sample();
        let text = write(&doc);
        assert!(text.contains("srcLang=\"it\""), "{text}");
        assert!(text.contains("&lt; 30 € &amp; &quot;kit&quot;"), "{text}");
        let back = read(&text).unwrap();
        assert_eq!(without_lines(back.clone()), doc);
        assert_eq!(back.files[0].line, 3);
        assert_eq!(back.files[0].units[1].line, 10);
    }

    #[test]
    fn markers_and_segments_keep_their_text_and_notes_are_skipped() {
        let text = format!(
            r#"<xliff xmlns="{XLIFF_NS}" xmlns:sp="{SPORTELLO_NS}" version="2.0" srcLang="it" trgLang="en">
<file id="a" sp:version="2"><notes><note>for the agency</note></notes>
<unit id="title"><segment><source>Il <mrk id="m1" type="term">permesso</mrk></source>
<target>The <mrk id="m1" type="term">permit</mrk> &#x2014; ok</target></segment>
<ignorable><source> </source><target> </target></ignorable>
<segment state="final"><source>due</source><target>two</target></segment></unit></file></xliff>"#
        );
        let doc = read(&text).unwrap();
        let unit = &doc.files[0].units[0];
        assert_eq!(unit.source, "Il permesso due");
        assert_eq!(unit.target.as_deref(), Some("The permit — ok two"));
        assert_eq!(doc.files[0].version, 2);
    }

    fn problem(text: &str) -> Error {
        read(text).unwrap_err()
    }

    #[test]
    fn bad_documents_are_refused_with_their_line() {
        let head = format!(
            "<xliff xmlns=\"{XLIFF_NS}\" xmlns:sp=\"{SPORTELLO_NS}\" version=\"2.0\" srcLang=\"it\">\n"
        );
        let e = problem("<!DOCTYPE x [<!ENTITY a \"b\">]>\n<xliff/>");
        assert_eq!(e.problem, Problem::Doctype);
        assert_eq!(e.line, 1);
        let e = problem(&format!(
            "{head}<file id=\"a\" sp:version=\"1\">\n<unit id=\"t\"><segment><source>&lol;</source></segment></unit></file></xliff>"
        ));
        assert_eq!((e.line, e.problem.code()), (3, "entity"));
        let e = problem(&format!("{head}<file id=\"a\">\n</file></xliff>"));
        assert_eq!(e.problem, Problem::MissingAttribute("sp:version"));
        assert_eq!(e.line, 2);
        let e = problem(&format!(
            "{head}<file id=\"a\" sp:version=\"1\">\n<unit id=\"t\">\n<segment><source>a <ph id=\"1\"/></source></segment></unit></file></xliff>"
        ));
        assert_eq!((e.line, e.problem.code()), (4, "inline-code"));
        let e = problem(&format!(
            "{head}<file id=\"a\" sp:version=\"1\">\n<unit id=\"t\"></unit>\n<unit id=\"t\"></unit></file></xliff>"
        ));
        assert_eq!((e.line, e.problem.code()), (4, "duplicate-unit"));
        let e = problem(&format!(
            "{head}<file id=\"a\" sp:version=\"1\">\n<unit id=\"t\"><segment><source>a</sourc></segment></unit></file></xliff>"
        ));
        assert_eq!((e.line, e.problem.code()), (3, "malformed"));
        let e = problem("<xliff version=\"1.2\" srcLang=\"it\"></xliff>");
        assert_eq!(e.problem, Problem::NotXliff2);
        assert_eq!(problem("").problem, Problem::NotXliff2);
    }
}
