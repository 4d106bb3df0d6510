//! The desk finder, desk pages and desk editing.

mod browser;
mod editing;
mod finder;
