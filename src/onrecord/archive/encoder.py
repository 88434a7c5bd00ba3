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
import sqlite3
import time
from collections import OrderedDict
from functools import lru_cache
from typing import Callable, Iterable

StatusFn = Callable[[str, str], None]

import numpy as np

from ..thresholds.archive import ArchiveOptions

MODEL_NAME = "all-MiniLM-L6-v2"


@lru_cache(maxsize=1)
def model_dim() -> int:
    """The vector size, read from the model's config (no model load)."""
    from .backends import model_dir

    return int(json.loads((model_dir() / "config.json").read_text(encoding="utf-8"))["hidden_size"])


def load_model(backend: str, threads: int = 0):
    """The encoder backend, once per process (``backends.load_backend``); an ``onnx`` backend
    without onnxruntime installed falls back to torch (the vectors are keyed apart)."""
    from .backends import load_backend

    if backend.startswith("onnx"):
        try:
            import onnxruntime  # noqa: F401
        except ImportError:
            backend = "torch"
    return backend, load_backend(backend, threads)


def cache_name(model_name: str, backend: str) -> str:
    """The cache key's model part: the torch reference keeps the bare model name (vectors
    cached before backends existed stay valid); every other backend is named apart, so
    int8 vectors never answer for fp32 ones."""
    return model_name if backend == "torch" else f"{model_name}@{backend}"


def text_key(text: str) -> bytes:
    """The cache key of a text: 16 bytes of its SHA-256 (collisions: ~2^-64 at a billion texts)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()[:16]


class Encoder:
    """L2-normalised vectors for texts, from memory, the archive's cache, or the model.

    ``con`` is the archive's SQLite connection (None: memory only); ``on_status(key, text)``
    is told when the model loads and when texts go to it, so a status line can say what the
    wait is for (the pipeline forwards it to ``onrecord.progress``)."""

    def __init__(self, con: sqlite3.Connection | None = None, options: ArchiveOptions | None = None,
                 model_name: str = MODEL_NAME, on_status: StatusFn | None = None):
        self.con = con
        self.options = options or ArchiveOptions()
        self.backend = self.options.encoder_backend
        self.model_name = cache_name(model_name, self.backend)
        self.on_status = on_status
        self._memory: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self.encoded = 0  # texts this Encoder sent to the model
        self.clock: Callable[[], float] = time.time  # the cache's last-use marks (a test sets it)
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
        now = int(self.clock())
        stale: list[bytes] = []  # read now, last marked used longer ago than vector_touch_s
        for chunk in _chunks(keys, 500):  # SQLite's bound-parameter limit
            marks = ",".join("?" * len(chunk))
            for k, blob, used in self.con.execute(
                    f"SELECT hash, vec, used FROM vectors WHERE model=? AND hash IN ({marks})",
                    (self.model_name, *chunk)):
                out[bytes(k)] = np.frombuffer(blob, dtype=np.float32)
                if used < now - self.options.vector_touch_s:
                    stale.append(bytes(k))
        if stale:
            self._write("UPDATE vectors SET used=? WHERE model=? AND hash=?", [(now, self.model_name, k) for k in stale])
        return out

    def _encode(self, texts: list[str]) -> np.ndarray:
        # the first call (nothing encoded yet, the model may load) is announced whatever its size
        if self.on_status is not None and (self.encoded == 0 or len(texts) >= self.options.announce_passages):
            noun = "passage" if len(texts) == 1 else "passages"
            self.on_status("embed", f"embedding {len(texts):,} {noun} not yet in the archive's vector cache "
                                    "(the sentence model loads on first use)")
        backend, model = load_model(self.backend, self.options.encoder_threads)
        if backend != self.backend:  # onnxruntime missing: torch answers, under its own key
            self.backend, self.model_name = backend, cache_name(MODEL_NAME, backend)
        v = model.encode(texts, self.options.encode_batch)
        self.encoded += len(texts)
        return np.asarray(v, dtype=np.float32)

    def _store(self, pairs: list[tuple[bytes, np.ndarray]]) -> None:
        if self.con is None or not pairs:
            return
        now = int(self.clock())
        rows = [(self.model_name, k, v.astype(np.float32).tobytes(), now) for k, v in pairs]
        if self._write("INSERT OR IGNORE INTO vectors(model, hash, vec, used) VALUES (?,?,?,?)", rows):
            self._trim_store()

    def _trim_store(self) -> None:
        """Delete the least recently used rows once the cache holds more than
        ``vector_cache_rows``, down to ``vector_cache_keep`` of it (see the thresholds)."""
        limit = self.options.vector_cache_rows
        n = self.con.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
        if n > limit:
            drop = n - int(limit * self.options.vector_cache_keep)
            self._write("DELETE FROM vectors WHERE (model, hash) IN"
                        " (SELECT model, hash FROM vectors ORDER BY used LIMIT ?)", [(drop,)])

    def _write(self, sql: str, rows: list[tuple]) -> bool:
        """One write transaction on the cache; False when another process holds the write
        lock (a second `check` on the same archive): the vectors stay in memory for this
        process and are stored by a later run. A cache write must never fail a verification."""
        try:
            self.con.execute("BEGIN")
            self.con.executemany(sql, rows)
            self.con.execute("COMMIT")
            return True
        except sqlite3.OperationalError:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            return False


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
