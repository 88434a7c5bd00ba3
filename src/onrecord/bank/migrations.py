"""The bank's schema as append-only named migrations: a migration, once released, is never
edited; a change is a new one at the end. ``migrate`` applies the missing ones in order."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

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
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this bank has not seen, each in its own transaction (``conn`` is in
    autocommit mode, ``isolation_level=None``); the names applied now."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {r[0] for r in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            _apply(conn, name, sql)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(name)
    return applied


def _apply(conn: sqlite3.Connection, name: str, sql: str) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for statement in _statements(sql):
        conn.execute(statement)
    conn.execute("INSERT INTO migrations(name, applied_at) VALUES (?, ?)", (name, now))


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps a trigger body
    (which holds semicolons) whole."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
