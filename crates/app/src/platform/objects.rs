//! Where uploaded files are kept: the object store. The database says what a file is and
//! whose; the store keeps its bytes under a key the app chose (a UUID: never a name a
//! person typed, so no path can be smuggled in). Local disk by default; a backend of
//! another kind (an S3-compatible bucket, say) is another variant with the same four
//! operations.

use std::io;
use std::path::PathBuf;
use std::pin::Pin;

use tokio::io::AsyncRead;

/// A file's bytes as they are read out, and how many there are.
pub struct Object {
    pub len: u64,
    pub body: Pin<Box<dyn AsyncRead + Send>>,
}

impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Object")
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub enum ObjectStore {
    /// Files in a folder (shared between nodes by the operator, e.g. over NFS), two levels
    /// of sub-folders by the key's last characters so that no folder grows huge.
    LocalDisk { root: PathBuf },
}

/// Whether `key` is one this store hands out: lowercase hex digits and dashes, 8 to 64.
fn valid(key: &str) -> bool {
    (8..=64).contains(&key.len())
        && key
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b) || b == b'-')
}

fn bad_key() -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, "not an object key")
}

impl ObjectStore {
    pub fn local(root: impl Into<PathBuf>) -> Self {
        Self::LocalDisk { root: root.into() }
    }

    /// A new key for a file.
    pub fn new_key() -> String {
        uuid::Uuid::new_v4().to_string()
    }

    fn path(&self, key: &str) -> io::Result<PathBuf> {
        if !valid(key) {
            return Err(bad_key());
        }
        let Self::LocalDisk { root } = self;
        let shard = &key[key.len() - 2..];
        Ok(root.join(shard).join(key))
    }

    /// Keeps `bytes` under `key`, durably: written to a temporary file, flushed to disk,
    /// then renamed into place, so that a crash never leaves half a file under the key.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> io::Result<()> {
        use tokio::io::AsyncWriteExt;
        let path = self.path(key)?;
        let dir = path.parent().ok_or_else(bad_key)?;
        tokio::fs::create_dir_all(dir).await?;
        let temp = dir.join(format!(".{key}.partial"));
        let mut file = tokio::fs::File::create(&temp).await?;
        file.write_all(bytes).await?;
        file.sync_all().await?;
        drop(file);
        tokio::fs::rename(&temp, &path).await
    }

    /// The bytes kept under `key`, as a stream; `None` when there are none.
    pub async fn open(&self, key: &str) -> io::Result<Option<Object>> {
        let path = self.path(key)?;
        match tokio::fs::File::open(&path).await {
            Ok(file) => {
                let len = file.metadata().await?.len();
                Ok(Some(Object {
                    len,
                    body: Box::pin(file),
                }))
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Forgets the bytes under `key` (nothing there is fine).
    pub async fn delete(&self, key: &str) -> io::Result<()> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn files_go_in_and_out_under_their_key_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = ObjectStore::local(dir.path());
        let key = ObjectStore::new_key();
        store.put(&key, b"%PDF-1.7 hello").await.unwrap();
        let mut object = store.open(&key).await.unwrap().expect("kept");
        assert_eq!(object.len, 14);
        let mut back = Vec::new();
        object.body.read_to_end(&mut back).await.unwrap();
        assert_eq!(back, b"%PDF-1.7 hello");
        store.delete(&key).await.unwrap();
        assert!(store.open(&key).await.unwrap().is_none());
        store.delete(&key).await.unwrap();
        for evil in ["../../etc/passwd", "..", "a/b", "ABCDEF12", "x", ""] {
            assert!(store.open(evil).await.is_err(), "{evil}");
            assert!(store.put(evil, b"x").await.is_err(), "{evil}");
        }
    }
}
