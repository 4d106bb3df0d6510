//! Checks that several edit forms share: a name, an e-mail, a web address, long texts.

use sportello_core::Email;

use super::FieldError;

pub(crate) fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A web address people can open: `https://` or `http://`, a host, no spaces.
pub(crate) fn web_address(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && text.chars().count() <= 500
            && !text.chars().any(char::is_whitespace)
    })
}

/// Collects field errors in the order the checks run.
pub(crate) struct Errors(pub(crate) Vec<FieldError>);

impl Errors {
    pub(crate) fn add(&mut self, field: &'static str, message: &'static str) {
        self.0.push(FieldError {
            field,
            message,
            column: None,
        });
    }

    pub(crate) fn name(&mut self, text: &str, message: &'static str) -> String {
        let name = text.trim();
        if name.is_empty() || name.chars().count() > 200 {
            self.add("name", message);
        }
        name.to_owned()
    }

    pub(crate) fn email(&mut self, text: &str) -> Option<Email> {
        let text = optional(text)?;
        let email = Email::parse(&text).ok();
        if email.is_none() {
            self.add("email", "desk-edit-error-email");
        }
        email
    }

    pub(crate) fn address(&mut self, field: &'static str, text: &str) -> Option<String> {
        let text = optional(text)?;
        if !web_address(&text) {
            self.add(field, "edit-error-url");
        }
        Some(text)
    }

    pub(crate) fn long_texts(&mut self, texts: &[(&'static str, &str)]) {
        for (field, text) in texts {
            if text.chars().count() > 2000 {
                self.add(field, "desk-edit-error-too-long");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_must_be_web_addresses() {
        assert!(web_address("https://example.org"));
        assert!(web_address("http://example.org/a?b=c"));
        assert!(!web_address("ftp://example.org"));
        assert!(!web_address("https://"));
        assert!(!web_address("https:///path"));
        assert!(!web_address("https://exa mple.org"));
        assert!(!web_address("javascript:alert(1)"));
    }
}
