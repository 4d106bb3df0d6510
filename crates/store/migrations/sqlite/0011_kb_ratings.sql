-- Readers' answers to "was this page clear?" on the public sheets: the score, the language
-- the page was read in, and an optional comment that housekeeping erases after
-- `kb.rating_comment_days`. Nothing identifies the reader: no address, no session.
CREATE TABLE kb_ratings (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    score      INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment    TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX kb_ratings_article ON kb_ratings (article_id, created_at);
CREATE INDEX kb_ratings_comments ON kb_ratings (created_at) WHERE comment IS NOT NULL;
