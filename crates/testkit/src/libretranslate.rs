//! An in-process machine-translation server for tests: it speaks LibreTranslate's
//! `POST /translate` over real HTTP/1.1 (a JSON body with `q` as a list, `source`,
//! `target`, `format`, `api_key`; the answer `{"translatedText": [...]}`), "translating"
//! each text as `[target] text`, and keeps the requests it got. It can be told to fail.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone)]
pub struct LibreTranslate {
    pub url: String,
    requests: Arc<Mutex<Vec<serde_json::Value>>>,
    failing: Arc<AtomicBool>,
}

impl LibreTranslate {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let failing = Arc::new(AtomicBool::new(false));
        let (kept, fail) = (requests.clone(), failing.clone());
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (kept, fail) = (kept.clone(), fail.clone());
                tokio::spawn(async move {
                    let _ = serve(stream, &kept, &fail).await;
                });
            }
        });
        Self {
            url,
            requests,
            failing,
        }
    }

    /// The JSON bodies received so far.
    pub fn requests(&self) -> Vec<serde_json::Value> {
        self.requests.lock().expect("lock").clone()
    }

    /// From now on, answer 500 to everything.
    pub fn fail(&self) {
        self.failing.store(true, Ordering::SeqCst);
    }
}

async fn serve(
    stream: tokio::net::TcpStream,
    kept: &Mutex<Vec<serde_json::Value>>,
    failing: &AtomicBool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut request_line = String::new();
    reader.read_line(&mut request_line).await?;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).await?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).await?;
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    kept.lock().expect("lock").push(json.clone());
    let (status, answer) =
        if failing.load(Ordering::SeqCst) || !request_line.starts_with("POST /translate ") {
            (
                "500 Internal Server Error",
                serde_json::json!({"error": "down"}),
            )
        } else {
            let target = json["target"].as_str().unwrap_or("?").to_owned();
            let texts: Vec<String> = json["q"]
                .as_array()
                .map(|q| {
                    q.iter()
                        .map(|t| format!("[{target}] {}", t.as_str().unwrap_or_default()))
                        .collect()
                })
                .unwrap_or_default();
            ("200 OK", serde_json::json!({ "translatedText": texts }))
        };
    let body = answer.to_string();
    let response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut stream = reader.into_inner();
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}
