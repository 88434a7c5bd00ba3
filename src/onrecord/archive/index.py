"""The search index beside the store: tantivy BM25 over passages of folded source text.

Why tantivy and not SQLite FTS5: candidate retrieval is an OR-query over a quote's content
words (a quote shares most, not all, words with its source), and on OR-queries tantivy was
~60x faster than FTS5 in the issue's measurement; benchmarks/bench_archive.py re-measures both
on our corpus (docs/bench-verify.md). Passages are 3-sentence windows with a stride of 2, so
every pair of adjacent sentences sits inside one passage (a two-sentence quote is never split
across passages). The text indexed is the *folded* text, so line-break hyphenation
("misunder-/stood") is already joined."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import tantivy

from ..errors import IndexDamaged
from ..text.fold import fold_text

PASSAGE_SENTENCES = 3
PASSAGE_STRIDE = 2
_WORD = re.compile(r"[^\W_]+")


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_unsigned_field("doc_id", stored=True, indexed=True, fast=True)
    sb.add_unsigned_field("lo", stored=True)
    sb.add_unsigned_field("hi", stored=True)
    sb.add_text_field("body", stored=False, tokenizer_name="en_stem")
    return sb.build()


class SearchIndex:
    def __init__(self, path: Path):
        self.path = path
        if path.exists() and not path.is_dir():
            # a file where the index folder belongs: mkdir raised FileExistsError, a crash (issue 10)
            raise IndexDamaged("the search index is damaged (its folder is a file)", path=str(path))
        path.mkdir(parents=True, exist_ok=True)
        self.schema = _schema()
        try:
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
        except ValueError as e:
            # Never wiped here: a silently emptied index made every quote "not found" (issue 10).
            # ``Archive.reindex`` rebuilds it from the store of record, on the user's word.
            reason = " ".join(str(e).split())[:160]
            raise IndexDamaged(f"the search index is damaged ({reason})", path=str(path)) from None
        self._writer = None
        self._quiet_fd2 = _QuietFd2()
        # Said after "is damaged" when a search finds the damage; pipeline.open_archive sets
        # the command that rebuilds this index (it knows --archive NAME or --sources DIR).
        self.rebuild_hint = ""

    def probe(self) -> None:
        """Open the term dictionary and a postings list of every segment now: damage inside a
        segment file shows only on the first search that reads it (the probe of issue 10), and
        found here it is reported before any claim is checked."""
        self._run(self.index.parse_query("the", ["body"]), 1)

    def _damaged(self, e: BaseException) -> IndexDamaged:
        reason = " ".join(str(e).split())[:160] or type(e).__name__
        hint = f"; {self.rebuild_hint}" if self.rebuild_hint else ""
        return IndexDamaged(f"the search index is damaged ({reason}){hint}", path=str(self.path))

    def close(self) -> None:
        """Let go of the tantivy index now. Its reader keeps a thread that watches meta.json and
        reloads the segments when it changes; an index found damaged and left alive (held by
        the traceback of the error that reported it) reloaded truncated, memory-mapped segment
        files while ``sources reindex`` removed the folder, and the process died of SIGBUS (a
        full test run on a loaded machine: tests/archive/test_damaged_index.py)."""
        self._writer = None
        self.index = None
        self._quiet_fd2.close()

    @property
    def writer(self):
        if self._writer is None:
            self._writer = self.index.writer(heap_size=64_000_000, num_threads=1)
        return self._writer

    def add_document(self, doc_id: int, text: str, sentences: list[tuple[int, int]]) -> int:
        """Index the passages of one document; ``sentences`` are (start, end) offsets."""
        w = self.writer
        n = len(sentences)
        count = 0
        lo = 0
        while lo < n or (n == 0 and lo == 0):
            if n == 0:
                break
            hi = min(n, lo + PASSAGE_SENTENCES)
            body = fold_text(text[sentences[lo][0] : sentences[hi - 1][1]])
            d = tantivy.Document()
            d.add_unsigned("doc_id", doc_id)  # a plain int would be taken for i64
            d.add_unsigned("lo", lo)
            d.add_unsigned("hi", hi)
            d.add_text("body", body)
            w.add_document(d)
            count += 1
            if hi >= n:
                break
            lo += PASSAGE_STRIDE
        return count

    def delete_document(self, doc_id: int) -> None:
        # delete_documents_by_term takes a Python int as i64 and silently matches nothing on a
        # u64 field; a parsed query deletes reliably.
        self.writer.delete_documents_by_query(self.index.parse_query(f"doc_id:{int(doc_id)}"))

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
        self.index.reload()

    def search(self, words: list[str], limit: int = 20) -> list[tuple[float, int, int, int]]:
        """BM25 OR-query over ``words``: (score, doc_id, lo, hi) best first."""
        terms = [t for w in words for t in _WORD.findall(w.lower())]
        if not terms:
            return []
        q = self.index.parse_query(" ".join(dict.fromkeys(terms)), ["body"])
        return self._run(q, limit)

    def phrase(self, words: list[str], limit: int = 50, docs: list[int] | None = None) -> list[tuple[float, int, int, int]]:
        """Passages holding ``words`` as a phrase (stemmed tokens, positions). With ``docs``:
        every such passage of those documents, ``limit`` aside (stages 2-3 read a candidate
        document only around its hits, so they need all of them: verify/locate.py)."""
        terms = [t for w in words for t in _WORD.findall(w.lower())]
        if not terms:
            return []
        text = '"' + " ".join(terms) + '"' if len(terms) > 1 else " ".join(dict.fromkeys(terms))
        q = self.index.parse_query(text, ["body"])
        if docs is None:
            return self._run(q, limit)
        if not docs:
            return []
        within = tantivy.Query.term_set_query(self.schema, "doc_id", list(docs))
        q = tantivy.Query.boolean_query([(tantivy.Occur.Must, q), (tantivy.Occur.Must, within)])
        return self._run(q, max(1, self.num_passages()))

    def _run(self, q, limit: int) -> list[tuple[float, int, int, int]]:
        # _search maps the damage itself, inside, so that _quiet_fd2 sees IndexDamaged and drops
        # the panic's report; an OSError of _quiet_fd2's own (no room for its temporary file)
        # is not the index's damage and goes on unchanged
        with self._quiet_fd2():
            return self._search(q, limit)

    def _search(self, q, limit: int) -> list[tuple[float, int, int, int]]:
        try:
            searcher = self.index.searcher()
            out = []
            for score, addr in searcher.search(q, limit).hits:
                d = searcher.doc(addr)
                out.append((float(score), int(d["doc_id"][0]), int(d["lo"][0]), int(d["hi"][0])))
            return out
        except BaseException as e:
            raise self._map_damage(e) from None

    def reload(self) -> None:
        """See the latest commit now (tantivy's reader otherwise reloads on its own schedule)."""
        try:
            self.index.reload()
        except BaseException as e:
            raise self._map_damage(e) from None

    def num_passages(self) -> int:
        try:
            return self.index.searcher().num_docs
        except BaseException as e:
            raise self._map_damage(e) from None

    def num_passages_of(self, doc_ids: list[int]) -> int:
        """The committed passages of these documents only (``Lookup.stats``: the index's own
        count also holds a file whose commit landed but whose ``indexed`` flag is not yet set,
        so a snapshot read during an add gave 0 documents and 9,000 passages)."""
        if not doc_ids:
            return 0
        try:
            within = tantivy.Query.term_set_query(self.schema, "doc_id", doc_ids)
            return self.index.searcher().search(within, 1, count=True).count
        except BaseException as e:
            raise self._map_damage(e) from None

    def _map_damage(self, e: BaseException) -> BaseException:
        """Damage inside a segment file: random bytes make tantivy panic (pyo3's PanicException
        derives from BaseException, so no ``except Exception`` saw it), zeros give ValueError
        ("Fst data is corrupted"). Anything else (Ctrl-C, a bug) goes on unchanged."""
        if type(e).__name__ == "PanicException" or isinstance(e, (ValueError, OSError)):
            return self._damaged(e)
        return e

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())


class _QuietFd2:
    """Send what native code writes to file descriptor 2 to a temporary file for the duration,
    so a tantivy panic's own report (and its backtrace under RUST_BACKTRACE=1) never reaches
    the terminal; anything else written meanwhile is written back. Main thread only: fd 2 is
    process-wide, and two threads swapping it would leave it pointing at a temporary file.
    One sink serves every search of an index (emptied after each): a new temporary file per
    search was ~94 us of every search's ~0.5 ms (issue 13, measured on the 1,010 speeches)."""

    def __init__(self) -> None:
        self._sink = None

    def close(self) -> None:
        if self._sink is not None:
            self._sink.close()
            self._sink = None

    @contextmanager
    def __call__(self):
        import sys
        import threading

        if threading.current_thread() is not threading.main_thread():
            yield
            return
        sys.stderr.flush()
        try:
            saved = os.dup(2)
        except OSError:  # no fd 2 at all (a daemon): nothing to keep quiet
            yield
            return
        try:
            if self._sink is None:
                self._sink = tempfile.TemporaryFile()
            sink = self._sink
        except BaseException:
            os.close(saved)
            raise
        panicked = False
        os.dup2(sink.fileno(), 2)
        try:
            yield
        except IndexDamaged:
            panicked = True
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            self._drain(sink, panicked)

    @staticmethod
    def _drain(sink, drop: bool) -> None:
        if os.fstat(sink.fileno()).st_size:
            if not drop:
                sink.seek(0)
                os.write(2, sink.read())
            sink.seek(0)
            sink.truncate()
