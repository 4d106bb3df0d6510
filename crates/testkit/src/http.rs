//! A small cookie-keeping HTTP client, so tests can act like a browser without one.

use std::collections::BTreeMap;

use reqwest::header::{COOKIE, SET_COOKIE};

#[derive(Debug)]
pub struct Page {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    /// The text of `<textarea ... name="NAME" ...>TEXT</textarea>` in the body (HTML entities
    /// left as they are).
    pub fn textarea_value(&self, name: &str) -> Option<String> {
        let open = self
            .body
            .find(&format!("<textarea id=\"{name}\" name=\"{name}\""))?;
        let start = self.body[open..].find('>')? + open + 1;
        let end = self.body[start..].find("</textarea>")? + start;
        Some(self.body[start..end].to_owned())
    }

    /// The value of `<input ... name="NAME" value="...">` in the body.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&marker)? + marker.len();
        let end = self.body[start..].find('"')? + start;
        Some(self.body[start..end].to_owned())
    }
}

/// Keeps cookies between requests like a browser (path and expiry ignored: tests only).
#[derive(Debug)]
pub struct Session {
    base: String,
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
}

impl Session {
    pub fn new(base: &str) -> Self {
        Self {
            base: base.trim_end_matches('/').to_owned(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            cookies: BTreeMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, res: reqwest::Response) -> Page {
        for value in res.headers().get_all(SET_COOKIE) {
            let value = value.to_str().unwrap_or_default();
            let pair = value.split(';').next().unwrap_or_default();
            if let Some((name, v)) = pair.split_once('=') {
                if v.is_empty() || value.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), v.to_owned());
                }
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let body = res.text().await.unwrap_or_default();
        Page {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .expect("GET");
        self.finish(res).await
    }

    /// The session's anti-CSRF token, as the workspace's forms carry it.
    pub async fn csrf(&mut self) -> String {
        self.get("/it/workspace")
            .await
            .input_value("csrf")
            .expect("a signed-in session has a CSRF token")
    }

    pub async fn post_form(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(form)
            .send()
            .await
            .expect("POST");
        self.finish(res).await
    }

    /// Posts a `multipart/form-data` form as a browser sends it: the text `fields` first
    /// (the CSRF token among them), then one file.
    pub async fn post_file(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        (field, file_name, bytes): (&str, &str, Vec<u8>),
    ) -> Page {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text((*name).to_owned(), (*value).to_owned());
        }
        let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned());
        form = form.part(field.to_owned(), part);
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .multipart(form)
            .send()
            .await
            .expect("POST");
        self.finish(res).await
    }
}
