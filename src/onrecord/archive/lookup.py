"""Lookup: what an archive answers once built: its listing and counts, stored documents
(``doc``), the verify.protocol.Archive seam (search, phrase, vectors, unreadable) and who holds
words by whom (``speaker_sources``). ``Lookup`` is a part of ``Archive`` (archive.py), which owns
the store, the index, the encoder and the caches these methods use. Split from archive.py
(issue 9)."""

from __future__ import annotations

import json

import numpy as np

from .. import __version__
from ..errors import ArchiveError
from ..lexicon.titles import NAME_SUFFIXES
from . import reports
from .records import SourceDoc, SourceInfo, display_path
from .structure import SourceSentence, Turn


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


class Lookup:
    """Reading a built archive; a base of ``Archive``."""

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
            ids = [r[0] for r in self.db.execute(searchable)]
            # the index as of now, counted for the snapshot's searchable documents only: a
            # file's passages are committed before its flag is set, so the whole index can be
            # ahead of the snapshot (issue 10, F6: 0 documents beside 9,000 passages)
            self.index.reload()
            counts["passages"] = self.index.num_passages_of(ids)
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
        sents = [SourceSentence(s, e, spk) for s, e, spk in self.db.execute(
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

    def phrase(self, words: list[str], limit: int = 50, docs: list[int] | None = None) -> list[tuple[float, int, int, int]]:
        """Passages holding ``words`` as a phrase, same shape as ``search``; with ``docs``, every
        such passage of those documents."""
        return self.index.phrase(words, limit, docs)

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
