//! E-mail addresses of accounts.

use std::fmt;

use crate::ParseError;

/// A syntactically plausible e-mail address, stored lower-cased so that lookups are exact.
///
/// Deliverability is proven by sending mail, not by a regex; this only rejects what
/// cannot possibly be an address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        let invalid = || ParseError::new("email.invalid", format!("not an e-mail address: {s:?}"));
        if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid());
        }
        let (local, domain) = s.rsplit_once('@').ok_or_else(invalid)?;
        if local.is_empty() || local.len() > 64 || local.contains('@') {
            return Err(invalid());
        }
        let labels_ok = domain
            .split('.')
            .all(|l| !l.is_empty() && l.len() <= 63 && !l.starts_with('-') && !l.ends_with('-'));
        if !domain.contains('.') || !labels_ok {
            return Err(invalid());
        }
        Ok(Self(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_rejects() {
        assert_eq!(
            Email::parse(" Anna@Comune.Bologna.IT ").unwrap().as_str(),
            "anna@comune.bologna.it"
        );
        for bad in [
            "",
            "anna",
            "@x.it",
            "anna@",
            "anna@x",
            "an na@x.it",
            "a@b@c.it",
            "a@-x.it",
            "a@x..it",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
