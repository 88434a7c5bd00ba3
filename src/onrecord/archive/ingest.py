"""Ingest: reading source files and URLs into the store of record, then into the search
index, one writer at a time; and removing them. ``Ingest`` is a part of ``Archive``
(archive.py), which owns the store (``db``), the index, the write lock, the options and the
document cache these methods use. Split from archive.py (issue 9)."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import InputError
from ..model import Document
from ..read import files_under
from ..read.own import is_own_output
from . import reports
from .records import IngestReport, display_path, real_path
from .store import transaction
from .structure import structure


def _sha256_file(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Ingest:
    """Adding and removing sources (``add``, ``remove``); a base of ``Archive``."""

    @staticmethod
    def _expand(paths: Iterable[Path | str]) -> list[Path]:
        from ..read.url import file_url_path, is_url

        out: list[Path] = []
        for p in paths:
            if is_url(str(p)):
                continue  # fetched by _add_url
            p = Path(file_url_path(str(p)) or p)
            if p.is_dir():
                # every file, readable or not: an unsupported one is recorded as unreadable
                out.extend(files_under(p))
            else:
                out.append(p)
        return out

    def add(self, paths: Iterable[Path | str], progress: bool = True) -> IngestReport:
        """Add files and folders. Unchanged files (same sha256) are skipped; a file that cannot
        be read is recorded as unreadable with the reason and never stops the rest. One writer
        at a time: a second process waits for the first (``lock.py``)."""
        with self.lock:
            return self._add(paths, progress)

    def _add(self, paths: Iterable[Path | str], progress: bool = True) -> IngestReport:
        from ..read import read_path

        rep = IngestReport()
        # The archive's own files (an ONRECORD_HOME inside the sources folder) are never sources.
        own = real_path(self.path) + os.sep
        files = [f for f in self._expand(paths) if not real_path(f).startswith(own)]
        bar = _progress(len(files), progress)
        pending_index: list[int] = []
        from ..read.url import is_url

        for url in [str(x) for x in paths if is_url(str(x))]:
            self._add_url(url, rep)
        for i, p in enumerate(files):
            # One document per real file: "sources/a.txt", "/abs/sources/a.txt" and
            # "sources/../sources/a.txt" (or a symlink to it) are one row, keyed by the real path.
            sp = real_path(p)
            try:
                sha = _sha256_file(p) if p.is_file() else None
            except OSError:
                sha = None
            row = self.db.execute("SELECT id, sha256, status FROM files WHERE path=?", (sp,)).fetchone()
            if sha and is_own_output(p):
                # A report saved among the sources (`-o sources/report.md`) would verify every
                # quotation it lists on the next run: onrecord's own outputs are never sources.
                if row:
                    self.remove(sp)
                rep.own_outputs.append(display_path(sp))
                bar.file(i + 1)
                continue
            # 'partial': a crash hit this file between its documents; it is read again.
            if row and sha and row[1] == sha and row[2] != "partial":
                rep.unchanged.append(display_path(sp))
                bar.file(i + 1)
                continue
            bad: list[InputError] = []
            try:
                docs = read_path(sp, self.read_options, errors=bad, stream=True)
                reason = None
            except InputError as e:
                docs, reason = [], e.message
            except Exception as e:  # a reader bug must not lose the rest of the archive
                docs, reason = [], f"reader failed ({type(e).__name__}: {e})"
            fid = self._store_file(sp, sha, p, docs, reason, replace=row[0] if row else None, rep=rep, bar=bar)
            # a bad line or record of a file whose other records were stored: named, not fatal
            rep.unreadable.extend((display_path(sp), e.message) for e in bad)
            if reason:
                rep.unreadable.append((display_path(sp), reason))
            else:
                (rep.updated if row else rep.added).append(display_path(sp))
                pending_index.append(fid)
            if len(pending_index) >= self.options.index_batch_files:
                self._index_files(pending_index)
                pending_index = []
            bar.file(i + 1)
        self._index_files(pending_index)
        bar.stop()
        return rep

    def _add_url(self, url: str, rep: IngestReport) -> None:
        """``sources add`` of an http(s) URL: fetched, keyed by the URL, unchanged when the
        fetched text's sha256 is the same as last time."""
        from ..read import read_path

        try:
            docs, reason = read_path(url, self.read_options), None
        except InputError as e:
            docs, reason = [], e.message
        sha = hashlib.sha256("".join(d.sha256 for d in docs).encode()).hexdigest() if docs else None
        row = self.db.execute("SELECT id, sha256, status FROM files WHERE path=?", (url,)).fetchone()
        if row and sha and row[1] == sha and row[2] != "partial":
            rep.unchanged.append(url)
            return
        fid = self._store_file(url, sha, None, docs, reason, replace=row[0] if row else None, rep=rep)
        if reason:
            rep.unreadable.append((url, reason))
        else:
            (rep.updated if row else rep.added).append(url)
            self._index_files([fid])

    def _store_file(self, sp: str, sha: str | None, p: Path | None, docs: "Sequence[Document]", reason: str | None,
                    replace: int | None, rep: IngestReport, bar: "_NoProgress | None" = None) -> int:
        """Write one file's documents, each in its own transaction. The file row says 'partial'
        until the last document is stored, so a crash in a 4,000-record JSONL file keeps the
        records already written and the next ``add`` finishes the file."""
        with transaction(self.db) as con:
            if replace is not None:
                for (did,) in con.execute("SELECT id FROM documents WHERE file_id=?", (replace,)).fetchall():
                    self.index.delete_document(did)
                    self._docs.pop(did, None)
                con.execute("DELETE FROM files WHERE id=?", (replace,))
            cur = con.execute(
                "INSERT INTO files(path, sha256, size, status, reason) VALUES (?,?,?,?,?)",
                (sp, sha, p.stat().st_size if p is not None and p.exists() else None,
                 "unreadable" if reason else "partial", reason),
            )
            fid = int(cur.lastrowid)
        bar = bar or _NoProgress()
        bar.documents(len(docs))
        for batch in reports.batches(docs, self.options.report_batch_docs):
            # news reports: quotations extracted and attributed a batch at a time (reports.py)
            for d, report in zip(batch, reports.read_reports(batch, self.options)):
                self._store_document(fid, d, rep, report)
                bar.document()
        if not reason:
            con.execute("UPDATE files SET status='ok' WHERE id=?", (fid,))
        return fid

    def _store_document(self, fid: int, d: Document, rep: IngestReport,
                        report: "reports.ReportSpans | None" = None) -> None:
        header = d.meta.get("header", {}) if isinstance(d.meta, dict) else {}
        turns, sents = structure(d.text, d.body_offset, d.speakers)
        if report is not None:  # a news report: each sentence is the quoted person's or nobody's
            sents = reports.with_speakers(d.text, sents, report, self.options.report_sentence_quoted_share)
        transcript = len(d.speakers) >= 2 or bool(turns) or "speakers" in header and len(d.speakers) > 1
        with transaction(self.db) as con:
            speaker = d.speakers[0] if len(d.speakers) == 1 else None
            cur = con.execute(
                "INSERT INTO documents(file_id, path, title, speaker, speakers, date, outlet, is_transcript,"
                " reader, reader_version, sha256, body_offset, text, is_report, author)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (fid, d.path, d.title, speaker, json.dumps(d.speakers), d.published, d.outlet, int(transcript),
                 d.reader, d.reader_version, d.sha256, d.body_offset, d.text, int(report is not None),
                 report.author if report else d.author),
            )
            did = int(cur.lastrowid)
            if report is not None:
                con.executemany("INSERT INTO report_spans(doc_id, start, end, role, speaker) VALUES (?,?,?,?,?)",
                                [(did, x.start, x.end, x.role, x.speaker) for x in report.spans])
            con.executemany("INSERT INTO turns(doc_id, start, end, label, speaker) VALUES (?,?,?,?,?)",
                            [(did, t.start, t.end, t.label, t.speaker) for t in turns])
            first = con.execute("SELECT COALESCE(MAX(id), 0) FROM sentences").fetchone()[0] + 1
            con.executemany("INSERT INTO sentences(id, doc_id, idx, start, end, speaker) VALUES (?,?,?,?,?,?)",
                            [(first + k, did, k, s.start, s.end, s.speaker) for k, s in enumerate(sents)])
        rep.documents += 1
        rep.sentences += len(sents)

    def _index_files(self, file_ids: list[int]) -> None:
        if not file_ids:
            return
        for fid in file_ids:
            # one document's text at a time (not fetchall): a JSONL file of 20,000 speeches
            # would otherwise hold all their texts at once (issue 13, ingest memory)
            ids = [r[0] for r in self.db.execute("SELECT id FROM documents WHERE file_id=? ORDER BY id", (fid,))]
            for did in ids:
                text = self.db.execute("SELECT text FROM documents WHERE id=?", (did,)).fetchone()[0]
                sents = self.db.execute("SELECT start, end FROM sentences WHERE doc_id=? ORDER BY idx", (did,)).fetchall()
                self.index.delete_document(did)
                self.index.add_document(did, text, [(s, e) for s, e in sents])
        self.index.commit()
        self.db.executemany("UPDATE files SET indexed=1 WHERE id=?", [(f,) for f in file_ids])

    def _catch_up(self) -> None:
        todo = [r[0] for r in self.db.execute("SELECT id FROM files WHERE status IN ('ok', 'partial') AND indexed=0")]
        # Only when no other process writes: files it has stored but not yet indexed are its to
        # index (a reader taking tantivy's writer lock then crashed the writer).
        if todo and self.lock.acquire(wait=False):
            try:
                self._index_files(todo)
            finally:
                self.lock.release()

    def remove(self, path: Path | str) -> list[str]:
        """Remove a file (or every file under a folder) from the archive; returns removed paths."""
        with self.lock:
            return self._remove(path)

    def _remove(self, path: Path | str) -> list[str]:
        sp = real_path(path)
        # Exact comparison, never LIKE: "old_brief.txt" must not match "old-brief.txt" through
        # LIKE's "_" wildcard, nor "100%/" match every folder starting "100".
        prefix = sp.rstrip("/") + "/"
        rows = self.db.execute("SELECT id, path FROM files WHERE path=? OR substr(path, 1, ?)=?",
                               (sp, len(prefix), prefix)).fetchall()
        removed = []
        for fid, p in rows:
            self.db.execute("BEGIN")
            for (did,) in self.db.execute("SELECT id FROM documents WHERE file_id=?", (fid,)).fetchall():
                self.index.delete_document(did)
                self._docs.pop(did, None)
            self.db.execute("DELETE FROM files WHERE id=?", (fid,))
            self.db.execute("COMMIT")
            removed.append(display_path(p))
        if removed:
            self.index.commit()
        return removed


class _NoProgress:
    """The progress of an ingest when nobody is watching (stderr not a terminal): nothing."""

    def file(self, n: int) -> None: ...

    def documents(self, total: int) -> None: ...

    def document(self) -> None: ...

    def stop(self) -> None: ...


class _Progress(_NoProgress):
    """Two rich bars on stderr: files done, and the documents of the file being stored. Per
    file alone, one JSONL file of 1,010 speeches (or a folder's single large PDF) showed a bar
    stuck at 0/1 for the whole phase."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        # stderr explicitly: rich's default console is stdout, which `--format jsonl` owns.
        self.prog = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn("{task.fields[extra]}"), TimeElapsedColumn(),
                             console=Console(stderr=True), transient=True)
        self.files = self.prog.add_task("files", total=total, extra="")
        self.docs = self.prog.add_task("documents", total=None, extra="")
        self.prog.start()

    def file(self, n: int) -> None:
        self.prog.update(self.files, completed=n)

    def documents(self, total: int) -> None:
        self.prog.reset(self.docs, total=total)

    def document(self) -> None:
        self.prog.update(self.docs, advance=1)

    def stop(self) -> None:
        self.prog.stop()


def _progress(total: int, enabled: bool) -> _NoProgress:
    """A rich progress display on stderr when it is a terminal; a no-op otherwise."""
    if not enabled or total < 1 or not sys.stderr.isatty():
        return _NoProgress()
    return _Progress(total)
