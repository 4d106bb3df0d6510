//! The languages the portal speaks, and how a request picks one.

use std::fmt;

use crate::ParseError;

/// A supported user-interface language. Italian is the source and the fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Locale {
    It,
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Sq,
    Ro,
    Uk,
    Ur,
    Bn,
    Fa,
    Pa,
    Tl,
}

/// Script direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every supported locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 14] = [
        Locale::It,
        Locale::En,
        Locale::Fr,
        Locale::Es,
        Locale::Ar,
        Locale::Zh,
        Locale::Sq,
        Locale::Ro,
        Locale::Uk,
        Locale::Ur,
        Locale::Bn,
        Locale::Fa,
        Locale::Pa,
        Locale::Tl,
    ];

    /// The source language of every text, used when a translation is missing.
    pub const FALLBACK: Locale = Locale::It;

    /// The BCP 47 tag, as used in URLs (`/ar/`) and in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::It => "it",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::Sq => "sq",
            Locale::Ro => "ro",
            Locale::Uk => "uk",
            Locale::Ur => "ur",
            Locale::Bn => "bn",
            Locale::Fa => "fa",
            Locale::Pa => "pa",
            Locale::Tl => "tl",
        }
    }

    /// The language's name in itself, as a switcher shows it (never translated).
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::It => "Italiano",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::Sq => "Shqip",
            Locale::Ro => "Română",
            Locale::Uk => "Українська",
            Locale::Ur => "اردو",
            Locale::Bn => "বাংলা",
            Locale::Fa => "فارسی",
            Locale::Pa => "ਪੰਜਾਬੀ",
            Locale::Tl => "Tagalog",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar | Locale::Ur | Locale::Fa => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Parses an exact URL tag (`"ar"`). Case-insensitive; nothing else is accepted.
    pub fn from_tag(tag: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
            .ok_or_else(|| {
                ParseError::new("locale.unsupported", format!("unsupported locale {tag:?}"))
            })
    }

    /// Matches a BCP 47 tag by its primary language subtag (`"ar-EG"` → Arabic,
    /// `"zh-Hant-TW"` → Chinese). Returns `None` for anything malformed or unsupported.
    pub fn from_language_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.trim();
        if primary.is_empty()
            || primary.len() > 8
            || !primary.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        // Languages whose readers we serve under another tag: Filipino is Tagalog's
        // standard form, Dari (`prs`) and Iranian Persian (`pes`) read Persian.
        let primary = match primary.to_ascii_lowercase().as_str() {
            "fil" => "tl",
            "prs" | "pes" => "fa",
            _ => primary,
        };
        Self::from_tag(primary).ok()
    }

    /// Picks the best supported locale from an `Accept-Language` header value.
    ///
    /// Lenient by design: malformed entries are skipped, never an error, because a browser's
    /// odd header must not cost a person the page. Ties keep the header's order.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        // Bound the work an attacker can make us do with a huge header.
        const MAX_ENTRIES: usize = 32;
        let mut best: Option<(u16, Locale)> = None;
        for entry in accept_language.split(',').take(MAX_ENTRIES) {
            let mut parts = entry.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let mut quality: u16 = 1000;
            for param in parts {
                if let Some(q) = param.trim().strip_prefix("q=") {
                    quality = parse_quality(q).unwrap_or(0);
                }
            }
            if quality == 0 {
                continue;
            }
            let Some(locale) = Self::from_language_tag(tag) else {
                continue;
            };
            if best.is_none_or(|(q, _)| quality > q) {
                best = Some((quality, locale));
            }
        }
        best.map(|(_, l)| l)
    }
}

/// RFC 9110 qvalue: `0`, `1`, `0.xyz`, `1.000`, as thousandths.
fn parse_quality(q: &str) -> Option<u16> {
    let q = q.trim();
    let (int, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let int: u16 = match int {
        "0" => 0,
        "1" => 1,
        _ => return None,
    };
    let mut thousandths: u16 = 0;
    for (i, digit) in frac.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][i];
    }
    let value = int * 1000 + thousandths;
    (value <= 1000).then_some(value)
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(
            Locale::negotiate("ar-EG,ar;q=0.9,en;q=0.8"),
            Some(Locale::Ar)
        );
        assert_eq!(
            Locale::negotiate("de-DE,de;q=0.9,fr;q=0.5,en;q=0.7"),
            Some(Locale::En)
        );
        assert_eq!(Locale::negotiate("zh-Hant-TW"), Some(Locale::Zh));
        assert_eq!(Locale::negotiate("en;q=0.5, uk"), Some(Locale::Uk));
        assert_eq!(Locale::negotiate("fil-PH,en;q=0.5"), Some(Locale::Tl));
        assert_eq!(Locale::negotiate("prs-AF"), Some(Locale::Fa));
        assert_eq!(Locale::negotiate("fa-IR,fa;q=0.9"), Some(Locale::Fa));
        assert_eq!(Locale::negotiate("pa-Guru-IN"), Some(Locale::Pa));
        assert_eq!(Locale::negotiate("de, *"), None);
        assert_eq!(Locale::negotiate("en;q=0"), None);
    }

    #[test]
    fn malformed_headers_are_skipped_not_fatal() {
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate(";;;,,,"), None);
        assert_eq!(Locale::negotiate("fr;q=abc, es;q=0.3"), Some(Locale::Es));
        assert_eq!(Locale::negotiate("fr;q=2, ro;q=0.2"), Some(Locale::Ro));
        assert_eq!(Locale::negotiate("\u{0}ar, it"), Some(Locale::It));
    }

    #[test]
    fn rtl_only_for_arabic_urdu_and_persian() {
        let rtl: Vec<_> = Locale::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::Rtl)
            .collect();
        assert_eq!(rtl, vec![Locale::Ar, Locale::Ur, Locale::Fa]);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Ok(l));
        }
        assert_eq!(
            Locale::from_tag("xx").unwrap_err().code,
            "locale.unsupported"
        );
    }

    proptest! {
        #[test]
        fn negotiate_never_panics(header in ".{0,300}") {
            let _ = Locale::negotiate(&header);
        }

        #[test]
        fn quality_is_respected(a in 1u16..=1000, b in 1u16..=1000) {
            let header = format!("fr;q={}.{:03}, es;q={}.{:03}", a / 1000, a % 1000, b / 1000, b % 1000);
            let expected = if b > a { Locale::Es } else { Locale::Fr };
            prop_assert_eq!(Locale::negotiate(&header), Some(expected));
        }
    }
}
