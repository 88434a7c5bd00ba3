"""What the verify stage needs from an archive, and nothing more (issue 9: the cascade used to
reach into ``archive.index`` and write ``archive._emb_lookup``). ``onrecord.archive.Archive``
implements it; a test double or another store (a remote index, an in-memory archive for the
web app) implements these five methods and verify works unchanged."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

# (BM25 score, document id, first sentence index, end sentence index exclusive)
Passage = tuple[float, int, int, int]


@runtime_checkable
class Archive(Protocol):
    def search(self, words: list[str], limit: int = 20) -> list[Passage]:
        """BM25 OR-query over folded passages, best first."""
        ...

    def phrase(self, words: list[str], limit: int = 50, docs: list[int] | None = None) -> list[Passage]:
        """Passages holding ``words`` as a phrase (folded, stemmed tokens); with ``docs``, every
        such passage of those documents, however many (stages 2-3 read each candidate document
        only around them: locate.py)."""
        ...

    def doc(self, doc_id: int):
        """The stored document (``archive.SourceDoc``: text, sentences, turns, header fields)."""
        ...

    def vectors(self, texts: list[str]) -> np.ndarray:
        """L2-normalised sentence vectors, one float32 row per text, in order."""
        ...

    def unreadable(self) -> list[tuple[str, str]]:
        """(path, reason) of every source that could not be read: verdicts warn ``unchecked``."""
        ...
