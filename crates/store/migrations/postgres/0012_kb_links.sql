-- The nightly link checker's findings: one row per external address the published sheets,
-- the norms and the service cards link to, with what the last check found. Addresses only:
-- which article links where is read from the articles themselves.
CREATE TABLE kb_link_checks (
    url        TEXT PRIMARY KEY,
    outcome    TEXT NOT NULL CHECK (outcome IN ('ok', 'broken', 'refused', 'unreachable')),
    status     INTEGER,
    checked_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX kb_link_checks_outcome ON kb_link_checks (outcome, checked_at);
