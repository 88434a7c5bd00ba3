"""What the server keeps beside the archive, under ONRECORD_HOME/web/: ``web.db`` (SQLite, WAL,
append-only migrations) with the history of checks and the names uploads arrived under, and
``uploads/``, every uploaded file stored under its sha256 (never under the client's name, so
"../../etc/passwd" or two different "article.txt" cannot collide or escape).

Writes go through ``Writer`` (one thread), reads open their own connection per call."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..errors import ArchiveError, UnknownCheck
from ..migrations import migrate as run_migrations

T = TypeVar("T")

# (name, SQL). Append only: an applied migration is never edited.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "m001_checks",
        """
        CREATE TABLE checks (
            id TEXT PRIMARY KEY,             -- random, url-safe: the stable link /checks/<id>
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
            archive TEXT NOT NULL,
            title TEXT, input TEXT, published TEXT,
            translated INTEGER NOT NULL DEFAULT 0,
            summary TEXT NOT NULL,           -- JSON: verdict counts (BatchSummary)
            record TEXT NOT NULL,            -- JSON: the contract section 3 object
            html TEXT NOT NULL               -- the HTML report as rendered at check time
        );
        CREATE INDEX checks_created ON checks(created_at);
        CREATE TABLE uploads (
            sha256 TEXT PRIMARY KEY,
            name TEXT NOT NULL,              -- the client's file name, shown only, never a path
            size INTEGER NOT NULL,
            stored TEXT NOT NULL,            -- path under uploads/
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
        );
        """,
    ),
]

_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SUFFIX = re.compile(r"\.(txt|md|text|html|htm|xhtml|pdf|jsonl|ndjson)$", re.I)


def connect(path: Path) -> sqlite3.Connection:
    try:
        con = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as e:
        raise ArchiveError(f"cannot open the server's database ({e})", path=str(path)) from None
    return con


def migrate(con: sqlite3.Connection) -> list[str]:
    """Apply every migration not yet applied (onrecord.migrations: the one runner)."""
    return run_migrations(con, MIGRATIONS)


@dataclass
class StoredCheck:
    """One past check: the contract record, the report as rendered then, and its summary."""

    id: str
    created_at: str
    archive: str
    title: str | None
    input: str | None
    published: str | None
    translated: bool
    summary: dict[str, Any]
    record: dict[str, Any]
    html: str


@dataclass
class StoredUpload:
    sha256: str
    name: str
    size: int
    path: Path


def safe_suffix(name: str) -> str:
    """The reader suffix of a client's file name (".txt", ".pdf", ...), or "" when it has none
    we read; the name itself is never used as a path."""
    m = _SUFFIX.search(name or "")
    return m.group(0).lower() if m else ""


class Writer:
    """The one writer: every write of the server (the history, uploads, the archive) runs on
    this single thread, in submission order, so two uploads and a history insert never race
    for SQLite's lock or tantivy's index writer."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="onrecord-writer")

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self._pool.submit(fn, *args).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)


class WebStore:
    """The history of checks and the uploaded files, under ``folder`` (ONRECORD_HOME/web)."""

    def __init__(self, folder: Path, writer: Writer):
        self.folder = Path(folder)
        self.uploads = self.folder / "uploads"
        try:
            self.uploads.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ArchiveError(f"cannot create the server's folder ({e.strerror})", path=str(folder)) from None
        self.db_path = self.folder / "web.db"
        self.writer = writer
        self._con = connect(self.db_path)  # used on the writer thread only
        migrate(self._con)

    def _read(self) -> sqlite3.Connection:
        return connect(self.db_path)

    # --- uploads ---------------------------------------------------------------------------
    def save_upload(self, data: bytes, name: str) -> StoredUpload:
        """Store ``data`` as uploads/<sha256><suffix>; the same bytes uploaded twice are one file."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.uploads / (sha + safe_suffix(name))
        shown = (name or "upload").replace("\\", "/").rsplit("/", 1)[-1][:200] or "upload"

        def write() -> StoredUpload:
            if not target.exists():
                tmp = target.with_suffix(target.suffix + ".part")
                tmp.write_bytes(data)
                tmp.replace(target)  # atomic: a reader never sees half a file
            self._con.execute(
                "INSERT OR IGNORE INTO uploads(sha256, name, size, stored) VALUES (?,?,?,?)",
                (sha, shown, len(data), target.name))
            return StoredUpload(sha, shown, len(data), target)

        return self.writer.run(write)

    def upload_names(self) -> dict[str, str]:
        """stored file name -> the name it was uploaded under."""
        con = self._read()
        try:
            return {stored: name for stored, name in con.execute("SELECT stored, name FROM uploads")}
        finally:
            con.close()

    # --- checks ----------------------------------------------------------------------------
    def add_check(self, *, archive: str, title: str | None, input: str | None, published: str | None,
                  translated: bool, summary: dict, record: dict, html: str) -> str:
        cid = secrets.token_urlsafe(9)

        def write() -> str:
            self._con.execute(
                "INSERT INTO checks(id, archive, title, input, published, translated, summary, record, html)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (cid, archive, title, input, published, int(translated), json.dumps(summary),
                 json.dumps(record, ensure_ascii=False), html))
            return cid

        return self.writer.run(write)

    def get_check(self, cid: str) -> StoredCheck:
        if not _ID.fullmatch(cid or ""):
            raise UnknownCheck(f"no check with id {cid!r}")
        con = self._read()
        try:
            r = con.execute("SELECT id, created_at, archive, title, input, published, translated, summary,"
                            " record, html FROM checks WHERE id=?", (cid,)).fetchone()
        finally:
            con.close()
        if r is None:
            raise UnknownCheck(f"no check with id {cid!r} (see the history: /history)")
        return StoredCheck(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), json.loads(r[7]), json.loads(r[8]), r[9])

    def list_checks(self, limit: int) -> list[dict[str, Any]]:
        con = self._read()
        try:
            rows = con.execute("SELECT id, created_at, archive, title, input, published, translated, summary"
                               " FROM checks ORDER BY created_at DESC, rowid DESC LIMIT ?", (limit,)).fetchall()
        finally:
            con.close()
        return [{"id": r[0], "created_at": r[1], "archive": r[2], "title": r[3], "input": r[4],
                 "published": r[5], "translated": bool(r[6]), "summary": json.loads(r[7])} for r in rows]

    def close(self) -> None:
        self.writer.run(self._con.close)
