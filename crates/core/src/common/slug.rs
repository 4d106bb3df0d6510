//! URL-safe identifiers chosen by people (`comune-bologna`).

use std::fmt;

use crate::ParseError;

/// Lower-case ASCII letters, digits and single hyphens; 1 to 80 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let ok = !s.is_empty()
            && s.len() <= 80
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--");
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(ParseError::new(
                "slug.invalid",
                format!("not a valid slug: {s:?}"),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_kebab_case_only() {
        assert!(Slug::parse("comune-bologna").is_ok());
        assert!(Slug::parse("hub-2").is_ok());
        for bad in [
            "",
            "Comune",
            "a--b",
            "-a",
            "a-",
            "a b",
            "città",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
