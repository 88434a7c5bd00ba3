"""The store of record: one SQLite file (WAL) per archive with append-only named migrations.

Migrations are applied in name order and recorded in ``migrations``; an applied migration is
never edited (add ``m002_...`` instead), so an archive built by an older onrecord opens with a
newer one. Every document is written in its own transaction: a crash mid-ingest loses at most
the document being written, never one already stored."""

from __future__ import annotations

import re
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from ..errors import ArchiveError
from ..thresholds.archive import ArchiveOptions
from ..migrations import migrate as run_migrations

# (name, SQL). Append only.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "m001_initial",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        -- one row per input file given to the archive (a JSONL/WARC file holds many documents)
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT,
            size INTEGER,
            status TEXT NOT NULL,            -- 'ok' | 'unreadable'
            reason TEXT,                     -- why unreadable (one line, names the cause)
            indexed INTEGER NOT NULL DEFAULT 0,  -- 1 once its passages are in the search index
            added_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            path TEXT NOT NULL,              -- file path, or file#record for JSONL/WARC members
            title TEXT, speaker TEXT, speakers TEXT, date TEXT, outlet TEXT,
            is_transcript INTEGER NOT NULL DEFAULT 0,
            reader TEXT, reader_version TEXT, sha256 TEXT,
            body_offset INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL
        );
        CREATE INDEX documents_file ON documents(file_id);
        CREATE TABLE turns (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            label TEXT NOT NULL, speaker TEXT
        );
        CREATE INDEX turns_doc ON turns(doc_id);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            speaker TEXT
        );
        CREATE INDEX sentences_doc ON sentences(doc_id, idx);
        CREATE TABLE embeddings (
            sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
            vec BLOB NOT NULL                -- float16, L2-normalised, model in meta.embed_model
        );
        """,
    ),
    (
        # Vectors are computed at verify time, only for the texts a quotation reaches, and kept
        # here so each is embedded once ever (issue 13: embedding every sentence at ingest did
        # not finish the 1,010 Miller Center speeches in 15 minutes). Keyed by text, not by
        # sentence: the same window text in two documents is one vector. The m001 table
        # ``embeddings`` stays (migrations are append-only) and is no longer written.
        "m002_vector_cache",
        """
        CREATE TABLE vectors (
            model TEXT NOT NULL,             -- encoder name (a quantised model is another name)
            hash BLOB NOT NULL,              -- first 16 bytes of sha256(text, UTF-8)
            vec BLOB NOT NULL,               -- float32, L2-normalised
            PRIMARY KEY (model, hash)
        ) WITHOUT ROWID
        """,
    ),
    (
        # The vector cache is bounded (ArchiveOptions.vector_cache_rows): ``used`` is when a row
        # was stored or last read (Unix seconds, refreshed at most once per vector_touch_s), and
        # the least recently used rows go first. Without a bound the cache of a busy archive
        # would grow with every new quotation, forever. Rows cached before this migration read
        # as never used and are the first to go.
        "m003_vector_cache_use",
        """
        ALTER TABLE vectors ADD COLUMN used INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX vectors_used ON vectors(used)
        """,
    ),
    (
        # News reports as sources (issue 12, archive/reports.py): a report's quoted spans with
        # the quoted person, and its headline with its author; everything else in a report is
        # the reporter's narration, nobody's words. ``is_report`` marks the documents whose
        # narration is nobody's (0 for every document stored before this migration: they were
        # stored as their header said, and are read again only when their file changes).
        "m004_report_spans",
        """
        ALTER TABLE documents ADD COLUMN is_report INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE documents ADD COLUMN author TEXT;
        CREATE TABLE report_spans (
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, end INTEGER NOT NULL,
            role TEXT NOT NULL,              -- 'quotation' | 'headline'
            speaker TEXT                     -- the quoted person, the headline's author; NULL: nobody named
        );
        CREATE INDEX report_spans_doc ON report_spans(doc_id)
        """,
    ),
]


# SQLite's words for a database file that is damaged (not busy, not missing): the open says
# so with the way out, as a damaged page met on a later read does (cli/__init__.py).
DAMAGED_DB = re.compile(r"malformed|not a database|file is encrypted")
DAMAGED_DB_REMEDY = "remove that archive under ONRECORD_HOME and add its sources again"


def connect(db_path: Path) -> sqlite3.Connection:
    try:
        # timeout: wait for another process's write to finish instead of "database is locked"
        con = sqlite3.connect(str(db_path), isolation_level=None, check_same_thread=False, timeout=60)
        _switch_to_wal(con)
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        migrate(con)
    except sqlite3.DatabaseError as e:
        why = f"cannot open the archive database ({e})"
        if DAMAGED_DB.search(str(e)):
            why += f"; it is damaged: {DAMAGED_DB_REMEDY}"
        raise ArchiveError(why, path=str(db_path)) from None
    return con


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (the connection runs in autocommit, ``isolation_level=None``):
    committed when the block ends, rolled back when it raises, so a failed write leaves the
    store as it was."""
    con.execute("BEGIN")
    try:
        yield con
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def _switch_to_wal(con: sqlite3.Connection) -> None:
    """WAL mode, retried while another process holds a brand-new database (see the threshold)."""
    deadline = time.monotonic() + ArchiveOptions().wal_switch_wait_s
    while True:
        try:
            con.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # poll interval: well under the wait, short against a migration


def migrate(con: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet applied (onrecord.migrations: the one runner)."""
    return run_migrations(con, MIGRATIONS)


