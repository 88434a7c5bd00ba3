"""Thresholds of the archive: ingest batching and the sentence encoder with its vector cache.
Each field: unit, the failure it prevents, the measurement behind the value (docs/benchmarks.md,
section "Archive scale", 2 shared cores)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArchiveOptions:
    """Thresholds of the archive and its encoder (each with unit, failure prevented, measurement)."""

    # files whose passages are committed to the tantivy index together. Prevents one commit
    # (a segment write + merge wait) per file, which made ingest of a folder of 1,010 small
    # files commit-bound; 200 files keep a crash's re-index work small (_catch_up redoes them).
    index_batch_files: int = 200
    # texts per encoder forward pass. Prevents one model call per text: MiniLM on 2 CPU cores
    # ran ~110 texts/s one call at a time and ~190/s in batches of 64 (docs/bench-check.md);
    # larger batches pad short sentences to the longest one and gained nothing.
    encode_batch: int = 64
    # vectors an Encoder keeps in memory (LRU) in front of the SQLite cache. Prevents a
    # re-read of the same rows while one batch of claims is planned and graded (the same
    # centre sentences are read 2-3 times per claim); 20,000 x 1.5 KB = 30 MB.
    memory_vectors: int = 20_000
    # intra-op threads of the encoder; 0 leaves the runtime's default (one per core).
    encoder_threads: int = 0
    # how MiniLM runs: "onnx" (ONNX Runtime, fp32), "torch" (sentence-transformers, the
    # reference), "onnx-int8" / "torch-int8" (dynamic quantisation). Measured in
    # docs/benchmarks.md ("Encoder"): see there for texts/s, load time and the cosine distance
    # of each to the reference.
    encoder_backend: str = "onnx"
    # seconds to keep retrying the switch of a new archive.db to WAL while another process
    # holds it. Prevents "cannot open the archive database (database is locked)" when two
    # `sources add` open a brand-new archive at the same instant: SQLite answers that switch
    # with SQLITE_BUSY without waiting on the busy timeout (seen once in ~10 CI runs of
    # tests/archive/test_concurrency.py). Value: the writer lock's wait is measured in
    # seconds; 10 s covers a whole first migration under load.
    wal_switch_wait_s: float = 10.0
