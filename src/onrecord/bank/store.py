"""The quote bank on disk: SQLite in WAL mode, append-only migrations, one writer (the process
that mines or imports; mining workers only compute). Everything a reader needs is in plain
tables, so Datasette can browse a bank as it is.

Write path: ``add`` stores a batch of mined documents in one transaction, each document with
all its occurrences, so a crash or Ctrl-C never leaves a document half-written and a resumed
run skips exactly the documents already stored (``known``). ``recluster`` then assigns every
canonical form to a cluster and rebuilds the per-cluster summaries."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BankError
from ..thresholds.bank import BankOptions
from .forms import canonical, form_key
from .migrations import migrate
from .records import MinedDocument


def _refuse_other_databases(conn: sqlite3.Connection, name: str, create: bool) -> None:
    """Nothing is written to a database that is not a quote bank: ``--bank notes.db`` naming
    another program's database (or an empty file) turned it into a bank, migrations, WAL and
    all (review of round 75). An empty database becomes a bank only where one is being built."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and "occurrences" not in tables:
        conn.close()
        shown = ", ".join(sorted(tables)[:3]) + (", …" if len(tables) > 3 else "")
        raise BankError(f"not a quote bank (a database of other tables: {shown}); left as it was", path=name)
    if not tables and not create:
        conn.close()
        raise BankError("not a quote bank (an empty database); build one with: onrecord mine CORPUS --bank " + name,
                        path=name)


class Bank:
    """A quote bank file. ``Bank.open(path)`` creates and migrates it when needed."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = True) -> "Bank":
        name = os.fspath(path)
        p = Path(name)
        if p.is_dir():
            raise BankError("is a directory, expected a bank file (BANK.db)", path=name)
        if not p.exists() and not create:
            raise BankError("no such bank; build one with: onrecord mine CORPUS --bank " + name, path=name)
        try:
            if create:
                p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(name, isolation_level=None, timeout=30)
            _refuse_other_databases(conn, name, create)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            migrate(conn)
        except sqlite3.DatabaseError as e:
            raise BankError(f"not a usable quote bank ({e})", path=name) from None
        return cls(conn, name)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Bank":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # writing --------------------------------------------------------------------------------

    def known(self, keys: Iterable[str]) -> set[str]:
        """The keys among ``keys`` whose documents are stored already (mined or skipped)."""
        keys = list(keys)
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in self.conn.execute(f"SELECT key FROM documents WHERE key IN ({marks})", part))
        return found

    def add(self, docs: Iterable[MinedDocument], engine: str = "local") -> int:
        """Store documents with their occurrences in one transaction; documents whose key is
        stored already are left alone. Returns the number stored."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        stored = 0
        with self.transaction() as conn:
            for d in docs:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO documents(key, path, doc_id, title, published, outlet, sha256,"
                    " chars, quotes, error, engine, mined_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (d.key, d.path, d.doc_id, d.title, d.published, d.outlet, d.sha256, d.chars,
                     len(d.quotes), d.error, engine, now),
                )
                if not cur.rowcount:
                    continue
                stored += 1
                doc_row = cur.lastrowid
                for q in d.quotes:
                    conn.execute(
                        'INSERT INTO occurrences(document_id, form_id, text, start, "end", speaker, confidence,'
                        " cue, published, outlet) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (doc_row, self._form_id(canonical(q.text)), q.text, q.start, q.end, q.speaker,
                         q.confidence, q.cue, d.published, d.outlet),
                    )
        return stored

    def _form_id(self, canon: str) -> int:
        key = form_key(canon)
        row = self.conn.execute("SELECT id FROM forms WHERE key = ?", (key,)).fetchone()
        if row:
            return row[0]
        cur = self.conn.execute(
            "INSERT INTO forms(key, canonical, words) VALUES (?,?,?)",
            (key, canon, len(canon.split())),
        )
        return int(cur.lastrowid)

    # clustering -----------------------------------------------------------------------------

    def forms(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT canonical FROM forms ORDER BY id")]

    def recluster(self, options: BankOptions | None = None) -> int:
        """Cluster every form on this machine (``cluster.attach``); returns the cluster count."""
        from .cluster import attach, roots

        forms = self.forms()
        parent = attach(forms, options)
        root = roots(parent)
        assignment = {f: (root.get(f, f), *parent.get(f, (None, None))) for f in forms}
        return self.assign(assignment)

    def assign(self, assignment: dict[str, tuple[str, str | None, float | None]]) -> int:
        """Set each form's cluster root, parent and score (by canonical form), then rebuild
        the cluster summaries; one transaction. Used by ``recluster`` and by the Parquet import
        of clusters computed in Spark."""
        from .summary import rebuild_clusters

        ids = {c: i for i, c in self.conn.execute("SELECT id, canonical FROM forms")}
        with self.transaction() as conn:
            conn.execute("UPDATE forms SET cluster_id = id, parent_id = NULL, score = NULL")
            rows = []
            for canon, (root, par, score) in assignment.items():
                if canon in ids and root in ids and root != canon:
                    rows.append((ids[root], ids.get(par) if par else None, score, ids[canon]))
            conn.executemany("UPDATE forms SET cluster_id = ?, parent_id = ?, score = ? WHERE id = ?", rows)
            return rebuild_clusters(conn)

    # reading --------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        q = self.conn.execute
        return {
            "documents": q("SELECT count(*) FROM documents WHERE error IS NULL").fetchone()[0],
            "skipped": q("SELECT count(*) FROM documents WHERE error IS NOT NULL").fetchone()[0],
            "occurrences": q("SELECT count(*) FROM occurrences").fetchone()[0],
            "forms": q("SELECT count(*) FROM forms").fetchone()[0],
            "clusters": q("SELECT count(*) FROM clusters").fetchone()[0],
        }
