//! Documents to print. A document is a typst layout (under `templates/<area>/`) and the data
//! it shows as JSON; [`platform::render`] lays it out with the fonts found on the machine
//! and writes a PDF. Nothing here reads the network: typst's packages and downloads are not
//! compiled in, and the only files a layout can read are the ones its caller hands over.
//!
//! Areas: `kb` (a sheet's A4 leaflet with the QR code of its live page).

pub mod kb;
pub mod platform;

pub use platform::fonts::Fonts;
pub use platform::PrintError;
