//! An in-memory limit on anonymous writes: so many per key (a client address) per window,
//! and so many for the whole node per shorter window, whatever the key. Nothing of it is
//! stored: a reader's address is never written anywhere to limit them.
//!
//! Fixed windows, not sliding ones: a client may send up to twice its allowance across a
//! window's edge, which is acceptable for what it guards (readers' answers), and the state
//! per key is two numbers. The map is bounded: when it is full, keys of past windows go
//! first, and if every key is current the newcomer is refused (a flood from very many
//! addresses is refused, not remembered).

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// How many distinct keys are remembered at most.
const MAX_KEYS: usize = 50_000;

#[derive(Debug)]
pub struct RateLimiter {
    per_key: u32,
    key_window_secs: i64,
    global: u32,
    global_window_secs: i64,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Key → (window number, uses in it).
    keys: HashMap<String, (i64, u32)>,
    global: (i64, u32),
}

impl RateLimiter {
    /// `per_key` uses per `key_window_secs` for each key, `global` per `global_window_secs`
    /// for all keys together. Windows of zero seconds are taken as one second.
    pub fn new(per_key: u32, key_window_secs: i64, global: u32, global_window_secs: i64) -> Self {
        Self {
            per_key,
            key_window_secs: key_window_secs.max(1),
            global,
            global_window_secs: global_window_secs.max(1),
            state: Mutex::new(State::default()),
        }
    }

    /// Counts one use by `key` at `now_secs` (Unix seconds) if both allowances have room;
    /// returns whether it was allowed. A refused use counts for nothing.
    pub fn allow(&self, key: &str, now_secs: i64) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let key_window = now_secs.div_euclid(self.key_window_secs);
        let global_window = now_secs.div_euclid(self.global_window_secs);
        if state.global.0 != global_window {
            state.global = (global_window, 0);
        }
        if state.global.1 >= self.global {
            return false;
        }
        let used = match state.keys.get(key) {
            Some(&(window, used)) if window == key_window => used,
            _ => 0,
        };
        if used >= self.per_key {
            return false;
        }
        if used == 0 && !state.keys.contains_key(key) && state.keys.len() >= MAX_KEYS {
            state.keys.retain(|_, (window, _)| *window == key_window);
            if state.keys.len() >= MAX_KEYS {
                return false;
            }
        }
        state.keys.insert(key.to_owned(), (key_window, used + 1));
        state.global.1 += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::RateLimiter;

    #[test]
    fn each_key_has_its_allowance_and_all_share_the_node_s() {
        let limiter = RateLimiter::new(2, 3600, 3, 60);
        assert!(limiter.allow("a", 100));
        assert!(limiter.allow("a", 101));
        assert!(!limiter.allow("a", 102), "a's hour is used up");
        assert!(limiter.allow("b", 103));
        assert!(!limiter.allow("c", 104), "the node's minute is used up");
        // The next minute: the node has room again, a's hour is still used up.
        assert!(!limiter.allow("a", 130));
        assert!(limiter.allow("c", 130));
        // The next hour: a may again.
        assert!(limiter.allow("a", 3600));
    }

    #[test]
    fn refused_uses_count_for_nothing() {
        let limiter = RateLimiter::new(1, 60, 100, 60);
        assert!(limiter.allow("a", 0));
        for _ in 0..10 {
            assert!(!limiter.allow("a", 1));
        }
        assert!(limiter.allow("b", 2));
        assert!(limiter.allow("a", 60));
    }
}
