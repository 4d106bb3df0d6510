//! Online-services catalogue, service cards and service editing.

mod browser;
mod editing;
mod pages;
