//! QR codes as SVG, for a layout to place at the size it wants.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::PrintError;

/// The QR code of `text` (a URL), with error correction M (15%: a leaflet folded or
/// smudged still scans) and the quiet zone around it, as an SVG document.
pub fn svg(text: &str) -> Result<String, PrintError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| PrintError::Qr(e.to_string()))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}
