//! Value types every area uses: languages, slugs, themes, e-mail addresses.

pub mod email;
pub mod locale;
pub mod slug;
pub mod theme;
