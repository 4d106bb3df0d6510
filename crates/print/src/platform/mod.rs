//! What every document shares: the fonts, the typst world, the QR code.

pub mod fonts;
pub mod qr;
mod world;

pub use world::render;

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// The layout did not compile: a bug of ours (the data is never markup), so the message
    /// is for the log.
    #[error("the layout failed: {0}")]
    Layout(String),
    /// No font on the machine covers the document's language.
    #[error("no font for {0}: install fonts-noto-core (and fonts-wqy-microhei for Chinese)")]
    NoFont(String),
    #[error("the document's data: {0}")]
    Data(#[from] serde_json::Error),
    #[error("the QR code: {0}")]
    Qr(String),
}
