"""The bank's schema as append-only named migrations: a migration, once released, is never
edited; a change is a new one at the end. ``migrate`` applies the missing ones in order."""

from __future__ import annotations

import sqlite3

from ..migrations import migrate as run_migrations

MIGRATIONS: list[tuple[str, str]] = [
    ("m001_initial", """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- file name + record id + text sha256: the resume key
    path TEXT NOT NULL,
    doc_id TEXT,
    title TEXT,
    published TEXT,                    -- YYYY-MM-DD or NULL
    outlet TEXT,
    sha256 TEXT,
    chars INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    error TEXT,                        -- why the document was skipped, NULL when mined
    engine TEXT,
    mined_at TEXT
);
CREATE TABLE forms (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- forms.form_key(canonical), the same in every engine
    canonical TEXT NOT NULL,
    words INTEGER NOT NULL,
    cluster_id INTEGER,                -- the id of the root form of its cluster
    parent_id INTEGER,                 -- the longer form it is a variant of (NULL for a root)
    score REAL                         -- coverage against the parent
);
CREATE TABLE occurrences (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    form_id INTEGER NOT NULL REFERENCES forms(id),
    text TEXT NOT NULL,                -- the words as printed (document.text[start:end])
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT,
    confidence REAL,
    cue TEXT,
    published TEXT,
    outlet TEXT
);
CREATE INDEX occurrences_form ON occurrences(form_id);
CREATE INDEX occurrences_document ON occurrences(document_id);
CREATE INDEX forms_cluster ON forms(cluster_id);
CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,            -- = the root form's id
    longest TEXT NOT NULL,             -- the longest form as printed
    forms INTEGER NOT NULL,
    occurrences INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    first_published TEXT,
    first_outlet TEXT,
    first_document_id INTEGER,
    speaker TEXT,                      -- the resolved most likely speaker
    speaker_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cluster_speakers (
    cluster_id INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, speaker)
);
CREATE VIRTUAL TABLE forms_fts USING fts5(canonical, content='forms', content_rowid='id');
CREATE TRIGGER forms_ai AFTER INSERT ON forms BEGIN
    INSERT INTO forms_fts(rowid, canonical) VALUES (new.id, new.canonical);
END;
"""),
    # Datasette offers a table's search box only when it finds the FTS table naming it with
    # content="forms" or content=[forms] (its detect_fts); m001 wrote content='forms', so
    # `datasette quotes.db` browsed the forms without search. Same index, rebuilt from forms.
    ("m002_fts_for_datasette", """
DROP TRIGGER forms_ai;
DROP TABLE forms_fts;
CREATE VIRTUAL TABLE forms_fts USING fts5(canonical, content="forms", content_rowid="id");
INSERT INTO forms_fts(forms_fts) VALUES ('rebuild');
CREATE TRIGGER forms_ai AFTER INSERT ON forms BEGIN
    INSERT INTO forms_fts(rowid, canonical) VALUES (new.id, new.canonical);
END;
"""),
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this bank has not seen (onrecord.migrations: the one runner)."""
    return run_migrations(conn, MIGRATIONS)
