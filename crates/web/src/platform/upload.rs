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

/// The text fields of a multipart form beyond this many bytes in all are refused.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// A multipart form read whole: its text fields in order, and its one file field.
#[derive(Debug)]
pub struct FilledForm {
    pub fields: Vec<(String, String)>,
    pub file: Upload,
}

/// Reads every field of `multipart`: text fields (64 KiB in all at most) and the file
/// field `file`, at most `max` bytes of it. A file over the bound is read to its end and
/// dropped, so that the fields after it are still read and the form can be shown again
/// with what was typed.
pub async fn form_with_file(
    mut multipart: Multipart,
    file: &str,
    max: usize,
) -> Result<FilledForm, WebError> {
    let malformed = |_| WebError::BadRequest("upload.malformed");
    let mut fields = Vec::new();
    let mut text_bytes = 0;
    let mut upload = Upload::Missing;
    while let Some(mut part) = multipart.next_field().await.map_err(malformed)? {
        let Some(name) = part.name().map(str::to_owned) else {
            continue;
        };
        if name == file {
            let file_name = part.file_name().unwrap_or_default().to_owned();
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = part.chunk().await.map_err(malformed)? {
                if too_large || bytes.len() + chunk.len() > max {
                    too_large = true;
                    bytes = Vec::new();
                    continue;
                }
                bytes.extend_from_slice(&chunk);
            }
            upload = if too_large {
                Upload::TooLarge
            } else if bytes.is_empty() && file_name.is_empty() {
                Upload::Missing
            } else {
                Upload::File(bytes)
            };
            continue;
        }
        let value = part.text().await.map_err(malformed)?;
        text_bytes += name.len() + value.len();
        if text_bytes > MAX_TEXT_BYTES {
            return Err(WebError::BadRequest("upload.malformed"));
        }
        fields.push((name, value));
    }
    Ok(FilledForm {
        fields,
        file: upload,
    })
}
