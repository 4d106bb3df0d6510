//! Argon2 work (hashing and verifying passwords) runs only here: on the blocking pool,
//! behind one semaphore sized to the cores and shared by every caller in the process, so
//! a flood of logins or resets queues for CPU instead of starving every other request
//! (each run takes tens of milliseconds of a core and 19 MiB).

use std::sync::{Arc, OnceLock};

use tokio::sync::Semaphore;

use crate::{Error, Result};

fn permits() -> Arc<Semaphore> {
    static PERMITS: OnceLock<Arc<Semaphore>> = OnceLock::new();
    PERMITS
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(1, usize::from);
            Arc::new(Semaphore::new(cores))
        })
        .clone()
}

/// Runs `work` once a permit is free, off the async workers. The permit goes with the
/// work, so a request that gives up waiting (timeout) still counts until the work ends.
pub(crate) async fn run<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let permit = permits()
        .acquire_owned()
        .await
        .map_err(|e| Error::Password(e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        work()
    })
    .await
    .map_err(|e| Error::Password(e.to_string()))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[tokio::test]
    async fn never_more_runs_at_once_than_cores() {
        let running = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let (running, peak) = (running.clone(), peak.clone());
                tokio::spawn(run(move || {
                    let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                    peak.fetch_max(now, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, Ordering::SeqCst);
                }))
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        assert!(peak.load(Ordering::SeqCst) <= cores);
    }
}
