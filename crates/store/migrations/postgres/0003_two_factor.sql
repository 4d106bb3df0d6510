-- Two-factor authentication (TOTP, RFC 6238) with single-use recovery codes, and the stage
-- a session is in while the second factor is pending or must be set up.

ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
-- The last time step accepted: a code is never accepted twice (no replay).
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- Only hashes are stored; each code works once.
CREATE TABLE recovery_codes (
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TIMESTAMPTZ,
    PRIMARY KEY (user_id, code_hash)
);

-- 'full', 'second_factor' (password checked, code pending) or 'setup_required'.
ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'full' CHECK (stage IN ('full', 'second_factor', 'setup_required'));
