//! Directory vocabulary beyond HSDS: how a desk or service is reached, and which languages
//! it speaks.

use crate::ParseError;

/// How a person reaches a desk or a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    InPerson,
    Phone,
    Online,
    Video,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::InPerson,
        Channel::Phone,
        Channel::Online,
        Channel::Video,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::InPerson => "in_person",
            Channel::Phone => "phone",
            Channel::Online => "online",
            Channel::Video => "video",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ParseError> {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                ParseError::new(
                    "channel.invalid",
                    format!("channel must be in_person, phone, online or video, not {s:?}"),
                )
            })
    }

    /// A stored set (`"in_person,phone"`), sorted and without duplicates.
    pub fn parse_set(s: &str) -> Result<Vec<Self>, ParseError> {
        let mut set = s
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(Self::parse)
            .collect::<Result<Vec<_>, _>>()?;
        set.sort();
        set.dedup();
        Ok(set)
    }

    pub fn join(set: &[Self]) -> String {
        let mut parts: Vec<&str> = set.iter().map(|c| c.as_str()).collect();
        parts.sort_unstable();
        parts.dedup();
        parts.join(",")
    }
}

/// An ISO 639 language code as HSDS `language.code` carries it: two or three lower-case
/// letters ("ar", "ur", "tir").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LanguageCode(String);

impl LanguageCode {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        if (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(s.to_ascii_lowercase()))
        } else {
            Err(ParseError::new(
                "language.invalid",
                format!("language must be an ISO 639 code such as \"ar\", not {s:?}"),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for LanguageCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channel_sets_round_trip_sorted() {
        let set = Channel::parse_set("video, in_person,video").unwrap();
        assert_eq!(set, vec![Channel::InPerson, Channel::Video]);
        assert_eq!(Channel::join(&set), "in_person,video");
        assert_eq!(Channel::parse_set("").unwrap(), vec![]);
        assert_eq!(
            Channel::parse_set("in_person,fax").unwrap_err().code,
            "channel.invalid"
        );
    }

    #[test]
    fn language_codes_are_iso_639_shaped() {
        assert_eq!(LanguageCode::parse("AR").unwrap().as_str(), "ar");
        assert_eq!(LanguageCode::parse("tir").unwrap().as_str(), "tir");
        assert!(LanguageCode::parse("arabic").is_err());
        assert!(LanguageCode::parse("a1").is_err());
    }
}
