//! Translators' review of the interface messages.

mod browser;
mod review;
