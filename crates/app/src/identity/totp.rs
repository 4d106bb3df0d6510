//! Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, 6 digits,
//! 30-second steps): what every authenticator app speaks.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

pub const STEP_SECS: i64 = 30;
const DIGITS: u32 = 6;
/// Steps accepted either side of now, for clocks a little off.
const WINDOW: i64 = 1;

/// A new 160-bit secret (RFC 4226 recommends 160 bits).
pub fn generate_secret() -> Vec<u8> {
    let mut bytes = vec![0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// Base32 without padding, as authenticator apps expect.
pub fn encode_secret(secret: &[u8]) -> String {
    data_encoding::BASE32_NOPAD.encode(secret)
}

pub fn decode_secret(encoded: &str) -> Option<Vec<u8>> {
    let cleaned: String = encoded
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    data_encoding::BASE32_NOPAD
        .decode(cleaned.trim_end_matches('=').as_bytes())
        .ok()
}

/// The HOTP value of `secret` at `counter`, zero-padded.
pub fn code_at(secret: &[u8], counter: u64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC accepts any key length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let binary = (u32::from(digest[offset]) & 0x7f) << 24
        | u32::from(digest[offset + 1]) << 16
        | u32::from(digest[offset + 2]) << 8
        | u32::from(digest[offset + 3]);
    format!(
        "{:0width$}",
        binary % 10u32.pow(DIGITS),
        width = DIGITS as usize
    )
}

/// The time step of a Unix time.
pub fn step_of(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// The step `code` matches around `unix_secs`, if any and if later than `last_step`
/// (a code is never accepted twice).
pub fn verify(secret: &[u8], code: &str, unix_secs: i64, last_step: Option<i64>) -> Option<i64> {
    let code: String = code.chars().filter(char::is_ascii_digit).collect();
    if code.len() != DIGITS as usize {
        return None;
    }
    let now = step_of(unix_secs);
    (now - WINDOW..=now + WINDOW)
        .filter(|step| *step >= 0 && last_step.is_none_or(|last| *step > last))
        .find(|step| {
            let expected = code_at(secret, u64::try_from(*step).unwrap_or_default());
            // Constant-time comparison of the digits.
            expected
                .bytes()
                .zip(code.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
        })
}

/// The `otpauth://` link authenticator apps open (and the QR code encodes).
pub fn otpauth_uri(secret_b32: &str, account: &str, issuer: &str) -> String {
    let enc = |s: &str| -> String { form_urlencoded_component(s) };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

fn form_urlencoded_component(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 rows (8-digit values; we use their last 6 digits).
    #[test]
    fn rfc_6238_vectors() {
        let secret = b"12345678901234567890";
        for (t, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ] {
            assert_eq!(
                code_at(secret, u64::try_from(step_of(t)).unwrap()),
                eight[2..]
            );
        }
    }

    #[test]
    fn accepts_neighbouring_steps_once() {
        let secret = generate_secret();
        let now = 1_700_000_000;
        let code = code_at(&secret, u64::try_from(step_of(now) - 1).unwrap());
        let step = verify(&secret, &code, now, None).expect("previous step accepted");
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "no replay");
        let far = code_at(&secret, u64::try_from(step_of(now) - 3).unwrap());
        assert_eq!(verify(&secret, &far, now, None), None);
        assert_eq!(verify(&secret, "12345", now, None), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(
            verify(&secret, &spaced, now, None).is_some(),
            "spaces are fine"
        );
    }

    #[test]
    fn secrets_round_trip_through_base32() {
        let s = generate_secret();
        let b32 = encode_secret(&s);
        assert_eq!(decode_secret(&b32.to_lowercase()), Some(s));
        assert!(otpauth_uri(&b32, "anna@comune.it", "Sportello stranieri")
            .starts_with("otpauth://totp/Sportello%20stranieri:anna@comune.it?secret="));
    }
}
