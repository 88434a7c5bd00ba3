"""Append-only SQLite migrations: the one runner for every store onrecord keeps (the archive,
the quote bank, the web server's history). Three copies of this loop had grown apart: only one
re-checked under its write lock (two processes opening a new archive at once both ran
"CREATE TABLE meta"), and only one kept a trigger body (which holds semicolons) whole."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Sequence


def statements(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps a trigger body whole."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def migrate(con: sqlite3.Connection, migrations: Sequence[tuple[str, str]]) -> list[str]:
    """Apply every migration not yet applied, in order, each in its own IMMEDIATE transaction
    (``con`` in autocommit mode, ``isolation_level=None``); the names applied now."""
    con.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {r[0] for r in con.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in migrations:
        if name in done:
            continue
        con.execute("BEGIN IMMEDIATE")
        if con.execute("SELECT 1 FROM migrations WHERE name=?", (name,)).fetchone():
            con.execute("COMMIT")  # another process applied it while we waited for the lock
            continue
        try:
            for stmt in statements(sql):
                con.execute(stmt)
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            con.execute("INSERT INTO migrations(name, applied_at) VALUES (?, ?)", (name, now))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
