-- Translations of knowledge-base articles, one per article and language: the content in
-- that language (JSON of the core's ArticleContent), the Italian version it translates
-- (its status is computed against the versions published since), and whether a machine
-- made it and no person has approved it yet.
CREATE TABLE kb_translations (
    article_id     TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    locale         TEXT NOT NULL,
    title          TEXT NOT NULL,
    content        TEXT NOT NULL,
    source_version INTEGER NOT NULL,
    machine        INTEGER NOT NULL DEFAULT 0 CHECK (machine IN (0, 1)),
    translator_id  TEXT REFERENCES users (id) ON DELETE SET NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (article_id, locale)
) STRICT;
CREATE INDEX kb_translations_locale ON kb_translations (locale);
