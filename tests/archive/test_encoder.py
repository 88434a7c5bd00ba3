"""The lazy vector cache (issue 13) and the verify seam (issue 9): ingest embeds nothing,
vectors are computed for the texts a quotation reaches and stored in the archive, each text
once ever, keyed by text hash and model; verify reads an archive only through the
``verify.protocol.Archive`` methods."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from onrecord.archive import Archive
from onrecord.archive.encoder import Encoder
from onrecord.model import Claim
from onrecord.verify import verify_claim
from onrecord.verify.protocol import Archive as ArchiveProtocol

SOURCE = ("Speaker: Ann Lee\n\nOur town has always lived from the sea. The council will rebuild the old "
          "harbour wall before the storms of next winter arrive. Nobody else will pay for it.\n")
REPO_SRC = str(Path(__file__).resolve().parents[2] / "src")


def _archive(tmp_path: Path, **kw) -> Archive:
    d = tmp_path / "sources"
    d.mkdir(exist_ok=True)
    (d / "wall.txt").write_text(SOURCE, encoding="utf-8")
    a = Archive.open(tmp_path / "arch", **kw)
    a.add([d], progress=False)
    return a


class CountingModel:
    """Stands in for MiniLM where the test is about the cache tiers, not the vectors: one
    deterministic unit vector per text, and a count of the texts it was asked for."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, enc: Encoder, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        enc.encoded += len(texts)
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).standard_normal(enc.dim) for t in texts]
        return np.array([r / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.fixture
def counting(monkeypatch):
    model = CountingModel()
    monkeypatch.setattr(Encoder, "_encode", lambda self, texts: model(self, texts))
    return model


def test_the_archive_is_what_verify_asks_for(tmp_path):
    a = _archive(tmp_path)
    assert isinstance(a, ArchiveProtocol)
    assert a.search(["harbour", "wall"]) and a.phrase(["old", "harbour", "wall"])


def test_each_text_is_encoded_once_ever_across_processes(tmp_path, counting):
    a = _archive(tmp_path)
    first = a.vectors(["one window", "another window", "one window"])
    assert counting.calls == [["one window", "another window"]]  # duplicates encoded once
    assert np.array_equal(first[0], first[2]) and first.shape == (3, a.encoder.dim)
    a.close()
    b = Archive.open(tmp_path / "arch")  # a new Archive: nothing in memory, all in SQLite
    again = b.vectors(["another window", "one window"])
    assert counting.calls == [["one window", "another window"]] and b.encoder.stored_hits == 2
    assert np.array_equal(again[1], first[0]) and b.stats()["cached_vectors"] == 2


def test_vectors_of_two_models_never_mix(tmp_path, counting):
    a = _archive(tmp_path)
    a.vectors(["a window"])
    other = Encoder(a.db, model_name="all-MiniLM-L6-v2/int8")
    other.vectors(["a window"])
    assert len(counting.calls) == 2 and other.cached_count() == 1 and a.encoder.cached_count() == 1


def test_a_locked_store_never_fails_a_verification(tmp_path, counting):
    a = _archive(tmp_path)
    holder = sqlite3.connect(str(tmp_path / "arch" / "archive.db"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    con = sqlite3.connect(str(tmp_path / "arch" / "archive.db"), isolation_level=None, timeout=0.05)
    enc = Encoder(con)
    assert enc.vectors(["a window"]).shape == (1, enc.dim)  # served, just not stored
    holder.execute("ROLLBACK")
    assert enc.cached_count() == 0 and not con.in_transaction


def test_memory_tier_is_bounded_but_a_large_batch_is_whole(tmp_path, counting):
    from onrecord.thresholds.archive import ArchiveOptions

    enc = Encoder(None, ArchiveOptions(memory_vectors=2))
    texts = [f"text {i}" for i in range(5)]
    assert enc.vectors(texts).shape == (5, enc.dim)
    assert len(enc._memory) == 2


def test_drift_on_an_archive_built_without_embeddings(tmp_path):
    # Regression (issue 13): an archive built with --no-embeddings had no drift stage for a
    # paraphrase sharing under half of its words with the source (a lexical gate answered
    # not_found). Vectors are now computed when a quotation reaches a passage.
    a = _archive(tmp_path, embed=False)
    quote = "Ahead of next winter's storms, the ancient sea wall at the port is going to be reconstructed by the council."
    r = verify_claim(Claim("x", quote, "Ann Lee"), a)
    assert r.verdict == "drift" and "harbour wall" in r.evidence.text
    assert a.stats()["cached_vectors"] > 0 and a.stats()["embedded_sentences"] == 0


def test_ingest_and_a_verbatim_check_import_no_torch(tmp_path):
    # Cold start (issue 13): torch (~2 s to import on 2 cores) only when a window must be embedded.
    d = tmp_path / "sources"
    d.mkdir()
    (d / "wall.txt").write_text(SOURCE, encoding="utf-8")
    code = (
        "import sys\n"
        "from onrecord.archive import Archive\n"
        "from onrecord.model import Claim\n"
        "from onrecord.verify import verify_claim\n"
        f"a = Archive.open({str(tmp_path / 'arch')!r}); a.add([{str(d)!r}], progress=False)\n"
        "r = verify_claim(Claim('x', 'Nobody else will pay for it.', 'Ann Lee'), a)\n"
        "print(r.verdict, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": REPO_SRC, "ONRECORD_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["verbatim", "False", "False"]
