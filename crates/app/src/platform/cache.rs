//! A tiny time-bounded cache for data every visitor of a public page sees (the home page's
//! hubs and desks): it spares the database one round of queries per request, and a change
//! shows within the time-to-live on every app node, without any cross-node invalidation.

use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

#[derive(Debug)]
pub struct TtlCache<T> {
    ttl: Duration,
    slot: RwLock<Option<(Instant, Arc<T>)>>,
}

impl<T> TtlCache<T> {
    /// A zero `ttl` disables caching: every call loads.
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            slot: RwLock::new(None),
        }
    }

    /// The cached value while fresh; otherwise `load`s, stores and returns a new one.
    /// Concurrent misses may each load once: simpler than a lock held across `.await`,
    /// and harmless for read-only data.
    pub async fn get_or_load<E, F, Fut>(&self, load: F) -> Result<Arc<T>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        if !self.ttl.is_zero() {
            let slot = self
                .slot
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((at, value)) = slot.as_ref() {
                if at.elapsed() < self.ttl {
                    return Ok(value.clone());
                }
            }
        }
        let value = Arc::new(load().await?);
        if !self.ttl.is_zero() {
            *self
                .slot
                .write()
                .unwrap_or_else(std::sync::PoisonError::into_inner) =
                Some((Instant::now(), value.clone()));
        }
        Ok(value)
    }

    /// Forgets the value, so the next call loads (after a write on this node).
    pub fn invalidate(&self) {
        *self
            .slot
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn serves_fresh_values_and_reloads_stale_ones() {
        let loads = AtomicU32::new(0);
        let load = || async { Ok::<_, ()>(loads.fetch_add(1, Ordering::SeqCst)) };
        let cache = TtlCache::new(Duration::from_millis(50));
        assert_eq!(*cache.get_or_load(load).await.unwrap(), 0);
        assert_eq!(
            *cache.get_or_load(load).await.unwrap(),
            0,
            "fresh: not reloaded"
        );
        tokio::time::sleep(Duration::from_millis(60)).await;
        assert_eq!(
            *cache.get_or_load(load).await.unwrap(),
            1,
            "stale: reloaded"
        );
        cache.invalidate();
        assert_eq!(
            *cache.get_or_load(load).await.unwrap(),
            2,
            "invalidated: reloaded"
        );

        let off = TtlCache::new(Duration::ZERO);
        let a = *off.get_or_load(load).await.unwrap();
        let b = *off.get_or_load(load).await.unwrap();
        assert_ne!(a, b, "a zero TTL never caches");
    }

    #[tokio::test]
    async fn errors_are_not_cached() {
        let cache: TtlCache<u32> = TtlCache::new(Duration::from_secs(60));
        assert!(cache
            .get_or_load(|| async { Err::<u32, _>("down") })
            .await
            .is_err());
        assert_eq!(
            *cache
                .get_or_load(|| async { Ok::<_, &str>(7) })
                .await
                .unwrap(),
            7
        );
    }
}
