"""``Archive``: an indexed collection of sources (contract section 4) to verify quotes against.

On disk an archive is a directory: ``archive.db`` (SQLite, the store of record) and ``index/``
(tantivy). The store holds every document's full text, header fields, transcript turns and
sentences; the index can always be rebuilt from it. Ingest embeds nothing: sentence vectors are
computed at verify time for the windows a quotation reaches and cached in the store (table
``vectors``, see ``encoder.py``), so drift detection works on every archive. A
file whose passages were stored but not yet committed to the index (a crash between the two)
is re-indexed the next time the archive is opened, so nothing stored is ever lost."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .. import __version__
from ..home import onrecord_home
from ..read import files_under
from ..read.own import is_own_output
from ..errors import ArchiveError, IndexDamaged, InputError, MissingInput
from ..lexicon.titles import NAME_SUFFIXES
from ..model import Document
from ..thresholds.archive import ArchiveOptions
from .encoder import Encoder
from .index import SearchIndex
from .lock import WriteLock
from . import reports
from .store import connect
from .structure import Sentence, Turn, speaker_at, structure


def real_path(path: Path | str) -> str:
    """The key a source file is stored under: its real absolute path (symlinks and ".."
    resolved), so one file is one document however it was named."""
    return str(Path(os.path.abspath(os.fspath(path))).resolve())


def display_path(stored: str) -> str:
    """A stored path as shown to the user: relative to the working directory when it lies
    under it ("sources/briefing.txt"), else absolute."""
    cwd = os.getcwd().rstrip(os.sep) + os.sep
    return stored[len(cwd):] if stored.startswith(cwd) else stored

@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    removed: list[str] = field(default_factory=list)
    own_outputs: list[str] = field(default_factory=list)  # onrecord reports found: never sources
    documents: int = 0
    sentences: int = 0
    embedded: int = 0  # always 0 since vectors are computed at verify time (kept for callers)


@dataclass
class SourceInfo:
    path: str
    status: str
    reason: str | None
    documents: int
    title: str | None = None
    speakers: list[str] = field(default_factory=list)
    date: str | None = None
    outlet: str | None = None
    size: int | None = None  # bytes of the file as added


@dataclass
class SourceDoc:
    """One stored document, ready for matching (tokens are built lazily and cached)."""

    id: int
    path: str
    title: str | None
    speaker: str | None  # the header's single Speaker (None for a transcript)
    speakers: list[str]
    date: str | None
    is_transcript: bool
    reader: str | None
    reader_version: str | None
    sha256: str | None
    body_offset: int
    text: str
    turns: list[Turn]
    sentences: list[Sentence]
    _tokens: object = None
    outlet: str | None = None  # the header's Outlet (an article's outlet hint prefers it)
    report: "reports.ReportSpans | None" = None  # a news report's quoted spans (reports.py)

    @property
    def tokens(self):
        if self._tokens is None:
            from ..text.fold import word_tokens

            # The header block is blanked (same length) so offsets stay file offsets and a
            # quote can never "match" a Title: line; a report's headline is its author's text
            # and stays searchable.
            head = " " * self.body_offset
            for h in (self.report.spans if self.report else ()):
                if h.role == reports.HEADLINE and h.end <= self.body_offset:
                    head = head[: h.start] + self.text[h.start : h.end] + head[h.end :]
            self._tokens = word_tokens(head + self.text[self.body_offset :])
        return self._tokens

    def speaker_at(self, pos: int) -> str | None:
        if self.report is not None:  # a report: the quoted person, the headline's author, or nobody
            return self.report.speaker_at(pos)
        return speaker_at(self.turns, pos, self.speaker)

    def report_role(self, start: int, end: int) -> tuple[str, str | None] | None:
        """(role, speaker) of a passage of a news report (reports.ReportSpans.role); None for
        a source that is not a report."""
        return self.report.role(self.text, start, end) if self.report is not None else None


def _speaker_is(claimed: str, stored: str) -> bool:
    """Whether a stored speaker can be the claimed person. A stored surname alone never stands
    for a claimed full name ("Beck", a UN delegate, is not Glenn Beck), and a generational
    suffix on one side only is another person (Donald Trump Jr.): real claims counted the wrong
    man's speeches and turned no_source into not_found."""
    from ..names import same_person, name_tokens

    c, s = name_tokens(claimed), name_tokens(stored)
    if len(s) == 1 and len(c) > 1:
        return False
    def suffix(n: str) -> bool:  # name_tokens drops the suffix: read it from the raw words
        return bool(NAME_SUFFIXES & {w.strip(".,").lower() for w in n.split()})

    if suffix(claimed) != suffix(stored):
        return False
    return same_person(claimed, stored)


def _sha256_file(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Archive:
    """Open with ``Archive.open(dir)`` or ``Archive.for_folder(folder)``."""

    DB = "archive.db"

    def __init__(self, path: Path, embed: bool | None = None, read_options=None,
                 options: ArchiveOptions | None = None):
        """``embed`` is accepted and ignored: vectors are computed lazily at verify time on
        every archive (``--no-embeddings`` and ONRECORD_EMBED=0 were the way to build a large
        archive before that; they stay valid and change nothing)."""
        self.path = Path(path)
        self.read_options = read_options  # ReadOptions for read_path (size caps); None: defaults
        self.options = options or ArchiveOptions()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ArchiveError(f"cannot create the archive directory ({e.strerror})", path=str(path)) from None
        self.lock = WriteLock(self.path)
        self.db = connect(self.path / self.DB)
        fresh = not (self.path / "index" / "meta.json").exists()
        self.index = SearchIndex(self.path / "index")
        self.encoder = Encoder(self.db, self.options)
        self._docs: OrderedDict[int, SourceDoc] = OrderedDict()
        self._speakers: tuple[tuple[int, int], tuple[dict, dict]] | None = None  # see _speaker_dates
        if not fresh:
            try:
                self.index.probe()
            except IndexDamaged:
                self.index.close()  # no watcher thread left on a folder reindex will remove
                raise
        # True when this open found the index gone and rebuilds it: the CLI says so (issue 10)
        self.index_rebuilt = False
        if fresh and self.lock.acquire(wait=False):
            # The index folder is gone (deleted by hand): rebuild it from the store, nothing lost.
            try:
                self.index_rebuilt = bool(self.db.execute("SELECT 1 FROM files WHERE indexed=1 LIMIT 1").fetchone())
                self.db.execute("UPDATE files SET indexed=0")
            finally:
                self.lock.release()
        elif not fresh and self.index.num_passages() == 0 and self.db.execute(
                "SELECT 1 FROM files f JOIN documents d ON d.file_id=f.id JOIN sentences s ON s.doc_id=d.id"
                " WHERE f.indexed=1 LIMIT 1").fetchone():
            self.index.close()  # no watcher thread left on a folder reindex will remove
            raise IndexDamaged("the search index has lost its passages", path=str(self.path / "index"))
        self._catch_up()

    @staticmethod
    def folder_path(folder: Path | str, home: Path | str | None = None) -> Path:
        """Where the archive of a ``--sources`` folder lives: keyed on its real path."""
        key = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
        return Path(home or onrecord_home()) / "archives" / key

    @classmethod
    def reindex(cls, path: Path | str, embed: bool | None = None) -> "Archive":
        """Rebuild the search index of the archive at ``path`` from its store of record (the
        SQLite file): ``onrecord sources reindex``. Nothing is read from the source files."""
        import shutil

        path = Path(path)
        if not (path / cls.DB).exists():
            raise ArchiveError("no archive here", path=str(path))
        with WriteLock(path):
            import gc

            gc.collect()  # archives no longer referenced still hold index readers (see SearchIndex.close)
            index = path / "index"
            if index.is_symlink() or index.is_file():  # a file where the folder belongs (issue 10)
                index.unlink()
            shutil.rmtree(index, ignore_errors=True)
            con = connect(path / cls.DB)
            con.execute("UPDATE files SET indexed=0")
            con.close()
        return cls(path, embed=embed)  # a fresh index: every stored file is indexed again

    # --- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, embed: bool | None = None, read_options=None) -> "Archive":
        return cls(Path(path), embed=embed, read_options=read_options)

    @classmethod
    def for_folder(cls, folder: Path | str, home: Path | str | None = None, embed: bool | None = None,
                   progress: bool = True, read_options=None) -> "Archive":
        """Build or reuse the archive for a folder of sources, under
        ``ONRECORD_HOME/archives/<hash of the absolute path>``; only files whose sha256 changed
        are re-read, files gone from the folder are dropped."""
        folder = Path(folder)
        if not folder.exists():
            raise MissingInput("no such folder", path=str(folder))
        arch = cls(cls.folder_path(folder, home), embed=embed, read_options=read_options)
        # Stored paths are real absolute paths: the same folder named from another working
        # directory ("../x/sources") finds every file unchanged and re-reads nothing.
        present = {real_path(p) for p in arch._expand([folder])}
        for fid, stored in arch.db.execute("SELECT id, path FROM files").fetchall():
            if stored in present:
                continue
            if real_path(stored) in present:
                arch._rename(fid, stored, real_path(stored))  # stored by an older onrecord, relative
            else:
                arch.remove(stored)
        arch.last_report = arch.add([folder], progress=progress)
        return arch

    def _rename(self, fid: int, old: str, new: str) -> None:
        """Re-key a file stored under another spelling of its path, in place: nothing is read or
        indexed again (a remove and re-add would also shift the index's term statistics)."""
        con = self.db
        con.execute("BEGIN")
        try:
            con.execute("UPDATE files SET path=? WHERE id=?", (new, fid))
            con.execute("UPDATE documents SET path=? || substr(path, ?) WHERE file_id=?", (new, len(old) + 1, fid))
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        self._docs.clear()

    def close(self) -> None:
        self.index.commit()
        self.db.close()

    # --- ingest -------------------------------------------------------------------------------
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
        con = self.db
        con.execute("BEGIN")
        try:
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
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
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
        con = self.db
        con.execute("BEGIN")
        try:
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
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
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

    # --- management ---------------------------------------------------------------------------
    def list(self) -> list[SourceInfo]:
        out = []
        for fid, path, status, reason, size in self.db.execute(
                "SELECT id, path, status, reason, size FROM files ORDER BY path").fetchall():
            docs = self.db.execute("SELECT title, speakers, date, outlet FROM documents WHERE file_id=? ORDER BY id",
                                   (fid,)).fetchall()
            info = SourceInfo(display_path(path), status, reason, len(docs), size=size)
            if len(docs) == 1:
                info.title, info.speakers, info.date = docs[0][0], json.loads(docs[0][1] or "[]"), docs[0][2]
                info.outlet = docs[0][3]
            out.append(info)
        return out

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

    def stats(self) -> dict:
        """Counts of one moment (issue 10: during a concurrent add, documents grew while passages
        stayed at the last index commit). The SQLite counts are read in one read transaction
        (one WAL snapshot), and documents, transcripts, turns and sentences count only files
        whose passages are committed to the index (``indexed=1``, set after the commit), so
        they agree with ``passages``; files stored but not yet indexed are ``pending_files``."""
        q = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        searchable = "SELECT id FROM documents WHERE file_id IN (SELECT id FROM files WHERE indexed=1)"
        db_bytes = sum(f.stat().st_size for f in self.path.glob(self.DB + "*"))
        self.db.execute("BEGIN")
        try:
            counts = {
                "files": q("SELECT COUNT(*) FROM files"),
                "unreadable": q("SELECT COUNT(*) FROM files WHERE status='unreadable'"),
                "pending_files": q("SELECT COUNT(*) FROM files WHERE status IN ('ok', 'partial') AND indexed=0"),
                "documents": q(f"SELECT COUNT(*) FROM ({searchable})"),
                "transcripts": q(f"SELECT COUNT(*) FROM documents WHERE is_transcript=1 AND id IN ({searchable})"),
                "turns": q(f"SELECT COUNT(*) FROM turns WHERE doc_id IN ({searchable})"),
                "sentences": q(f"SELECT COUNT(*) FROM sentences WHERE doc_id IN ({searchable})"),
                "embedded_sentences": q("SELECT COUNT(*) FROM embeddings"),  # m001 eager vectors (legacy)
                "cached_vectors": q("SELECT COUNT(*) FROM vectors"),
            }
            self.index.reload()  # the index as of now: the SQLite snapshot was taken above
            counts["passages"] = self.index.num_passages()
        finally:
            self.db.execute("COMMIT")
        return {**counts, "db_bytes": db_bytes, "index_bytes": self.index.size_bytes(), "onrecord": __version__}

    def unreadable(self) -> list[tuple[str, str]]:
        return [(display_path(p), r)
                for p, r in self.db.execute("SELECT path, reason FROM files WHERE status='unreadable' ORDER BY path")]

    # --- reading for verification -------------------------------------------------------------
    def doc(self, doc_id: int) -> SourceDoc:
        d = self._docs.get(doc_id)
        if d is not None:
            self._docs.move_to_end(doc_id)
            return d
        r = self.db.execute(
            "SELECT id, path, title, speaker, speakers, date, is_transcript, reader, reader_version, sha256,"
            " body_offset, text, outlet, is_report, author FROM documents WHERE id=?", (doc_id,)).fetchone()
        if r is None:
            raise ArchiveError(f"document {doc_id} is not in the archive", path=str(self.path))
        turns = [Turn(s, e, lab, spk, s) for s, e, lab, spk in self.db.execute(
            "SELECT start, end, label, speaker FROM turns WHERE doc_id=? ORDER BY start", (doc_id,))]
        sents = [Sentence(s, e, spk) for s, e, spk in self.db.execute(
            "SELECT start, end, speaker FROM sentences WHERE doc_id=? ORDER BY idx", (doc_id,))]
        d = SourceDoc(r[0], display_path(r[1]), r[2], r[3], json.loads(r[4] or "[]"), r[5], bool(r[6]), r[7], r[8], r[9],
                      r[10], r[11], turns, sents, outlet=r[12])
        if r[13]:
            d.report = reports.ReportSpans([reports.Span(*x) for x in self.db.execute(
                "SELECT start, end, role, speaker FROM report_spans WHERE doc_id=?", (doc_id,))], author=r[14])
        self._docs[doc_id] = d
        if len(self._docs) > 256:
            self._docs.popitem(last=False)
        return d

    def doc_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    # --- the verify.protocol.Archive seam: all that verify reads ------------------------------
    def search(self, words: list[str], limit: int = 20) -> list[tuple[float, int, int, int]]:
        """BM25 OR-query: (score, doc_id, first sentence, end sentence) of passages, best first."""
        return self.index.search(words, limit)

    def phrase(self, words: list[str], limit: int = 50) -> list[tuple[float, int, int, int]]:
        """Passages holding ``words`` as a phrase, same shape as ``search``."""
        return self.index.phrase(words, limit)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors (float32, L2-normalised, one row per text), each text embedded once
        ever in this archive and cached in its store."""
        return self.encoder.vectors(texts)

    def speaker_sources(self, name: str, before: str | None = None) -> int:
        """How many documents hold words of ``name`` (the header's Speaker or a transcript
        turn's), dated on or before ``before`` (YYYY, YYYY-MM or YYYY-MM-DD; an undated
        document counts): what tells no_source from not_found."""
        from ..names import surname

        by_names, by_surname = self._speaker_dates()
        n = 0
        # Only the speaker sets holding a name with the claimed surname can match (``_speaker_is``
        # needs equal surnames): comparing the claim with all ~1,500 sets of the 1,000-speech
        # archive cost 70 ms a claim, 0.8 s of a cold 12-quotation check.
        for names in by_surname.get(surname(name), ()):
            if any(x and _speaker_is(name, x) for x in names):
                n += sum(1 for d in by_names[names] if not (before and d and d[: len(before)] > before))
        return n

    def _speaker_dates(self) -> tuple[dict[tuple[str, ...], list[str | None]], dict[str, list[tuple[str, ...]]]]:
        """The dates of the documents of each distinct set of speakers, and the sets by the
        surname of each of their names, read once per state of the store (keyed by its document
        count and highest id, so another process's add is seen): every claim asks, and reading
        and parsing every document's speakers per claim cost 3.4 ms a claim on 544 documents,
        growing with the archive."""
        from ..names import surname

        key = tuple(self.db.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM documents").fetchone())
        if self._speakers is None or self._speakers[0] != key:
            by: dict[tuple[str, ...], list[str | None]] = {}
            for speaker, speakers, date in self.db.execute(
                    "SELECT d.speaker, d.speakers, d.date FROM documents d JOIN files f ON f.id = d.file_id"
                    " WHERE f.status = 'ok'"):
                names = tuple(([speaker] if speaker else []) + json.loads(speakers or "[]"))
                by.setdefault(names, []).append(date)
            by_surname: dict[str, list[tuple[str, ...]]] = {}
            for names in by:
                for s in dict.fromkeys(surname(x) for x in names if x):
                    by_surname.setdefault(s, []).append(names)
            self._speakers = (key, (by, by_surname))
        return self._speakers[1]


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
