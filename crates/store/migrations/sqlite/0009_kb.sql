-- The knowledge base the thematic hubs curate (SISTER's level 3). An article belongs to a
-- theme and to the hub desk that owns it; what it says lives in its versions, so the full
-- history is kept and any two versions can be compared. The public sees the newest
-- published version (or a scheduled one once its time has come), never a draft.
CREATE TABLE kb_articles (
    id                TEXT PRIMARY KEY,
    theme_slug        TEXT NOT NULL REFERENCES themes (slug),
    slug              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('sheet', 'faq', 'guide', 'news')),
    hub_id            TEXT NOT NULL REFERENCES desks (id),
    -- The state of the newest version.
    status            TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
    head_version      INTEGER NOT NULL,
    published_version INTEGER,
    -- A version approved to go public at publish_at (the published one stays until then).
    scheduled_version INTEGER,
    publish_at        TEXT,
    last_reviewed_at  TEXT,
    review_by         TEXT,
    -- A norm the article cites changed: the hub must check it (distinct from a translation
    -- being outdated).
    legal_review      INTEGER NOT NULL DEFAULT 0 CHECK (legal_review IN (0, 1)),
    -- The digital prerequisite (codice-fiscale, spid-cie…) this sheet explains how to get.
    explains          TEXT UNIQUE,
    -- What replaced an archived article (its withdrawn page links there).
    replaced_by       TEXT REFERENCES kb_articles (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (theme_slug, slug)
) STRICT;
CREATE INDEX kb_articles_hub ON kb_articles (hub_id, status);

CREATE TABLE kb_versions (
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    -- JSON: the core's ArticleContent (sections, steps, prerequisites, body…).
    content    TEXT NOT NULL,
    -- A typo fix: does not make translations outdated.
    minor      INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1)),
    editor_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
) STRICT;

-- Review comments, on the version they were written about.
CREATE TABLE kb_comments (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    author_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX kb_comments_article ON kb_comments (article_id, created_at);

-- Per hub: whether a version must be approved by someone other than its last editor.
CREATE TABLE kb_hub_settings (
    hub_id    TEXT PRIMARY KEY REFERENCES desks (id) ON DELETE CASCADE,
    four_eyes INTEGER NOT NULL DEFAULT 1 CHECK (four_eyes IN (0, 1))
) STRICT;

-- The register of norms articles cite, with their official links.
CREATE TABLE kb_norms (
    id         TEXT PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    url        TEXT NOT NULL,
    changed_at TEXT,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE kb_citations (
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    norm_id    TEXT NOT NULL REFERENCES kb_norms (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, norm_id)
) STRICT;
CREATE INDEX kb_citations_norm ON kb_citations (norm_id);

-- Desks and services of the directory an article is about (HSDS ids).
CREATE TABLE kb_links (
    article_id  TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('desk', 'service')),
    target_id   TEXT NOT NULL,
    PRIMARY KEY (article_id, target_kind, target_id)
) STRICT;
