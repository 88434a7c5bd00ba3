"""The archive's vector cache is bounded (issue 13): past ArchiveOptions.vector_cache_rows the
least recently used rows are deleted, down to vector_cache_keep of the bound; a row read from
the cache counts as used (marked at most once per vector_touch_s). Texts written for this test;
a stand-in model gives each text a fixed unit vector."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from onrecord.archive.encoder import Encoder
from onrecord.archive.store import MIGRATIONS, connect
from onrecord.migrations import migrate
from onrecord.thresholds.archive import ArchiveOptions


def _fake_encode(self, texts):
    rows = [np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(self.dim) for t in texts]
    self.encoded += len(texts)
    return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.fixture
def con(tmp_path, monkeypatch):
    monkeypatch.setattr(Encoder, "_encode", _fake_encode)
    return connect(tmp_path / "archive.db")


def _process(con, at: float, **bounds) -> Encoder:
    """A new Encoder (an empty memory tier, as in a new process) whose clock reads ``at``."""
    enc = Encoder(con, ArchiveOptions(**bounds))
    enc.clock = lambda: at
    return enc


def _cached(con) -> set[int]:
    return {k for k in range(20) if con.execute("SELECT 1 FROM vectors WHERE hash=?", (_key(k),)).fetchone()}


def _key(k: int) -> bytes:
    from onrecord.archive.encoder import text_key

    return text_key(f"window {k}")


def test_the_cache_stops_at_its_bound_and_drops_the_oldest(con):
    for k in range(11):  # one text per "process", an hour apart
        _process(con, 3600.0 * k, vector_cache_rows=10, vector_cache_keep=0.5).vectors([f"window {k}"])
    # the 11th row crossed the bound of 10: trimmed to 5, the most recently used
    assert _cached(con) == {6, 7, 8, 9, 10}


def test_a_row_read_again_is_kept_over_one_never_read(con):
    bounds = dict(vector_cache_rows=4, vector_cache_keep=0.75, vector_touch_s=60)
    for k in range(4):
        _process(con, 100.0 * k, **bounds).vectors([f"window {k}"])
    reader = _process(con, 1000.0, **bounds)
    reader.vectors(["window 0"])  # the oldest row, read from the cache by a later process
    assert reader.encoded == 0 and reader.stored_hits == 1
    _process(con, 2000.0, **bounds).vectors(["window 4"])  # 5 rows > 4: trimmed to 3
    assert _cached(con) == {0, 3, 4}


def test_a_recent_read_writes_nothing(con):
    _process(con, 1000.0).vectors(["window 1"])
    before = con.total_changes
    reader = _process(con, 1500.0, vector_touch_s=3600)  # read half an hour after it was stored
    reader.vectors(["window 1"])
    assert reader.stored_hits == 1 and con.total_changes == before
    assert con.execute("SELECT used FROM vectors").fetchone()[0] == 1000


def test_an_archive_cached_before_the_bound_opens_and_its_rows_go_first(tmp_path, monkeypatch):
    monkeypatch.setattr(Encoder, "_encode", _fake_encode)
    old = sqlite3.connect(str(tmp_path / "archive.db"), isolation_level=None)
    migrate(old, MIGRATIONS[:2])  # an archive built before m003
    vec = np.ones(4, dtype=np.float32).tobytes()
    old.execute("INSERT INTO vectors(model, hash, vec) VALUES (?,?,?)", ("all-MiniLM-L6-v2@onnx", _key(0), vec))
    old.close()
    con = connect(tmp_path / "archive.db")
    assert con.execute("SELECT used FROM vectors").fetchone()[0] == 0
    _process(con, 10.0, vector_cache_rows=1, vector_cache_keep=1.0).vectors(["window 1"])
    assert _cached(con) == {1}
