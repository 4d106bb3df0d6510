-- Foundation: organisations, desks, themes, accounts and role grants.
-- Identifiers are UUIDv7 strings, as in SQLite (see docs/adr/0002-data-access.md).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE themes (
    slug     TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
);

INSERT INTO themes (slug, position) VALUES
    ('permesso-di-soggiorno', 1),
    ('cittadinanza', 2),
    ('ricongiungimento-familiare', 3),
    ('residenza-anagrafe', 4),
    ('salute', 5),
    ('scuola', 6),
    ('lavoro-formazione', 7),
    ('casa', 8),
    ('prestazioni-sociali', 9),
    ('lingua-italiana', 10);

CREATE TABLE organisations (
    id         TEXT PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('region', 'comune', 'health_authority', 'cooperative', 'association', 'consortium', 'other')),
    parent_id  TEXT REFERENCES organisations (id),
    region     TEXT NOT NULL,
    website    TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE desks (
    id              TEXT PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    organisation_id TEXT NOT NULL REFERENCES organisations (id),
    name            TEXT NOT NULL,
    level           TEXT NOT NULL CHECK (level IN ('l1', 'l2', 'hub')),
    comune          TEXT NOT NULL,
    province        TEXT NOT NULL,
    address         TEXT NOT NULL,
    postcode        TEXT NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude       DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    phone           TEXT,
    email           TEXT,
    invented        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX desks_listing ON desks (level, comune, name);
CREATE INDEX desks_organisation ON desks (organisation_id);

CREATE TABLE desk_themes (
    desk_id    TEXT NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    theme_slug TEXT NOT NULL REFERENCES themes (slug),
    PRIMARY KEY (desk_id, theme_slug)
);

CREATE INDEX desk_themes_theme ON desk_themes (theme_slug);

-- Personal data: operators' accounts. Retention: kept while the account exists;
-- erasure replaces email and display_name (accounts issue).
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    locale        TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled_at   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- scope_target is '' for the whole network so that the UNIQUE constraint holds.
CREATE TABLE role_grants (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'hub_editor', 'l2_operator', 'l1_operator', 'translator', 'trainer', 'viewer')),
    scope_kind   TEXT NOT NULL CHECK (scope_kind IN ('network', 'organisation', 'desk', 'theme', 'language')),
    scope_target TEXT NOT NULL DEFAULT '',
    granted_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, role, scope_kind, scope_target)
);
