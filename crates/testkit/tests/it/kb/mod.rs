//! The knowledge base: the editorial workflow over real HTTP on both backends, edit
//! conflicts, and the public sheets.

mod browser;
mod leaflet;
mod legal;
mod links;
mod machine;
mod materials;
mod pages;
mod ratings;
mod review;
mod translation;
mod workflow;
mod xliff;
