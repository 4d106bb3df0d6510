-- The repertory of materials the hubs publish: files (PDF, pictures, recordings) kept in
-- the object store under `object_key`, and links to videos hosted elsewhere. A material
-- may belong to one article (shown on its page); every one is in the browsable repertory.
CREATE TABLE kb_materials (
    id          TEXT PRIMARY KEY,
    hub_id      TEXT NOT NULL REFERENCES desks (id),
    theme_slug  TEXT NOT NULL REFERENCES themes (slug),
    article_id  TEXT REFERENCES kb_articles (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- The language the material is in (an interface locale's tag).
    language    TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('pdf', 'image', 'audio', 'video')),
    -- A file: its type as its bytes showed it, where it is kept, its size and digest.
    media_type  TEXT,
    object_key  TEXT UNIQUE,
    byte_size   BIGINT,
    sha256      TEXT,
    -- A video: its address on the site that hosts it.
    video_url   TEXT,
    created_by  TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK ((format = 'video') = (video_url IS NOT NULL)),
    CHECK ((format = 'video') = (object_key IS NULL)),
    CHECK ((object_key IS NULL) = (media_type IS NULL))
);
CREATE INDEX kb_materials_listing ON kb_materials (theme_slug, language, format, created_at);
CREATE INDEX kb_materials_article ON kb_materials (article_id) WHERE article_id IS NOT NULL;
CREATE INDEX kb_materials_hub ON kb_materials (hub_id, created_at);
