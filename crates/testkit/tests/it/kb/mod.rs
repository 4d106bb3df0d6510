//! The knowledge base: the editorial workflow over real HTTP on both backends, edit
//! conflicts, and the public sheets.

mod pages;
mod workflow;
