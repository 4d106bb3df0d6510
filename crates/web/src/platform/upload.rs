//! Files sent with a form (`multipart/form-data`), read with a bound of their own. The CSRF
//! check has already read the `csrf` field of the same body.

use axum::extract::Multipart;

use super::error::WebError;

/// What a form's file field held.
#[derive(Debug)]
pub enum Upload {
    /// No file chosen (browsers send an empty field without a name).
    Missing,
    /// Larger than the bound: the rest was not read.
    TooLarge,
    File(Vec<u8>),
}

/// Reads the file field `field` of `multipart`, at most `max` bytes of it.
pub async fn file_field(
    mut multipart: Multipart,
    field: &str,
    max: usize,
) -> Result<Upload, WebError> {
    let malformed = |_| WebError::BadRequest("upload.malformed");
    while let Some(mut part) = multipart.next_field().await.map_err(malformed)? {
        if part.name() != Some(field) {
            continue;
        }
        let name = part.file_name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = part.chunk().await.map_err(malformed)? {
            if bytes.len() + chunk.len() > max {
                return Ok(Upload::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        if bytes.is_empty() && name.is_empty() {
            return Ok(Upload::Missing);
        }
        return Ok(Upload::File(bytes));
    }
    Ok(Upload::Missing)
}
