-- Wrong authenticator codes in one half-open session (password checked, code due): the
-- session ends after auth.code_attempts_per_session of them. The account's and the
-- address's own counts live in login_throttle ('code:<user id>', 'code-ip:<address>').
ALTER TABLE sessions ADD COLUMN code_failures INTEGER NOT NULL DEFAULT 0;
