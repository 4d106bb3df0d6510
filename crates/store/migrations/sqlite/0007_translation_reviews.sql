-- Translators' reviews of interface messages, layered over the Fluent files: a message a
-- fluent reviewer confirmed as it is (text NULL) or corrected (text set). The texts the
-- review saw are kept, so a later change of the file or of the Italian source shows.
CREATE TABLE translation_reviews (
    locale      TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    text        TEXT,
    file_text   TEXT NOT NULL,
    source_text TEXT NOT NULL,
    reviewed_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (locale, message_id)
) STRICT;
