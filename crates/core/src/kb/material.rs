//! The repertory of materials the hubs publish beside their articles: leaflets as PDF,
//! pictures, recordings, and links to videos hosted elsewhere. What a file is comes from
//! its own bytes, never from its name or the type the browser claimed: anything outside a
//! short list of formats that cannot run script (no HTML, no SVG, no office documents) is
//! refused.

use crate::ParseError;

/// The kinds of material a reader can filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MaterialFormat {
    Pdf,
    Image,
    Audio,
    /// A link to a video on another site (never embedded: no third party on our pages).
    Video,
}

impl MaterialFormat {
    pub const ALL: [MaterialFormat; 4] = [Self::Pdf, Self::Image, Self::Audio, Self::Video];

    pub fn slug(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Image => "image",
            Self::Audio => "audio",
            Self::Video => "video",
        }
    }

    pub fn from_slug(slug: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|f| f.slug() == slug)
            .ok_or_else(|| ParseError::new("material.format", format!("unknown format {slug:?}")))
    }
}

/// What a file's bytes say it is, when it is one of the formats the repertory accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub format: MaterialFormat,
    /// The `Content-Type` it is served with.
    pub media_type: &'static str,
    /// The file name extension of a download.
    pub extension: &'static str,
}

/// The accepted formats: `(type the bytes show, format, type served, extension)`.
const ACCEPTED: [(&str, MaterialFormat, &str, &str); 8] = [
    (
        "application/pdf",
        MaterialFormat::Pdf,
        "application/pdf",
        "pdf",
    ),
    ("image/png", MaterialFormat::Image, "image/png", "png"),
    ("image/jpeg", MaterialFormat::Image, "image/jpeg", "jpg"),
    ("image/webp", MaterialFormat::Image, "image/webp", "webp"),
    ("audio/mpeg", MaterialFormat::Audio, "audio/mpeg", "mp3"),
    ("audio/m4a", MaterialFormat::Audio, "audio/mp4", "m4a"),
    ("audio/ogg", MaterialFormat::Audio, "audio/ogg", "ogg"),
    // Opus is carried in Ogg; browsers play it as audio/ogg.
    ("audio/opus", MaterialFormat::Audio, "audio/ogg", "opus"),
];

/// The format of `bytes` from their signature, or `None` when it is not one the repertory
/// takes (whatever the file's name says).
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    let found = infer::get(bytes)?;
    let shown = found.mime_type();
    ACCEPTED
        .iter()
        .find(|(mime, ..)| *mime == shown)
        .map(|&(_, format, media_type, extension)| Sniffed {
            format,
            media_type,
            extension,
        })
}

/// The file name extension for a type [`sniff`] gives (`"bin"` for any other).
pub fn extension_of(media_type: &str) -> &'static str {
    ACCEPTED
        .iter()
        .find(|(_, _, served, _)| *served == media_type)
        .map_or("bin", |&(.., extension)| extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_bytes() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";
        assert_eq!(sniff(pdf).map(|s| s.format), Some(MaterialFormat::Pdf));
        let png = [
            0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
        ];
        assert_eq!(sniff(&png).map(|s| s.media_type), Some("image/png"));
        let jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];
        assert_eq!(sniff(&jpeg).map(|s| s.extension), Some("jpg"));
        let mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00";
        assert_eq!(sniff(mp3).map(|s| s.format), Some(MaterialFormat::Audio));
        assert_eq!(extension_of("image/png"), "png");
        assert_eq!(extension_of("audio/ogg"), "ogg");
        assert_eq!(extension_of("text/html"), "bin");
    }

    #[test]
    fn what_could_run_is_refused_whatever_its_name() {
        for disguised in [
            &b"<!DOCTYPE html><html><script>alert(1)</script></html>"[..],
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            b"MZ\x90\x00\x03\x00\x00\x00",
            b"PK\x03\x04\x14\x00\x06\x00",
            b"just some text",
            b"",
        ] {
            assert_eq!(
                sniff(disguised),
                None,
                "{:?}",
                String::from_utf8_lossy(disguised)
            );
        }
    }

    #[test]
    fn format_slugs_round_trip() {
        for f in MaterialFormat::ALL {
            assert_eq!(MaterialFormat::from_slug(f.slug()).unwrap(), f);
        }
        assert!(MaterialFormat::from_slug("exe").is_err());
    }
}
