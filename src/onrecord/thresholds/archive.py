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
    # ran ~110 texts/s one call at a time and ~190/s in batches of 64 (docs/bench-check.md).
    # 16, not 64: on the 241 speech sentences one cold check embeds, ONNX Runtime spent 2.9 s
    # of CPU in batches of 8 or 16, 3.9 s in 32 and 4.8 s in 64 (median of 4, load 11;
    # docs/bench-archive.md "Encoder"): a batch of 64 sentences' attention no longer fits
    # the cache. Below 16 the per-call overhead returns.
    encode_batch: int = 16
    # passages in one embedding call from which the call is announced as a status line (the
    # encoder's first call is always announced: the model may load then). Prevents a
    # 300-quotation check writing 300 "embedding 1 passages ..." lines to a log (seen
    # 2026-12-05: verification embeds a few passages per quotation) while a call that takes a
    # second or more is still announced: ONNX Runtime encodes 41-80 passages/s on this
    # machine (docs/benchmarks.md, "encoder, texts/s").
    announce_passages: int = 50
    # vectors an Encoder keeps in memory (LRU) in front of the SQLite cache. Prevents a
    # re-read of the same rows while one batch of claims is planned and graded (the same
    # centre sentences are read 2-3 times per claim); 20,000 x 1.5 KB = 30 MB.
    memory_vectors: int = 20_000
    # rows the archive's vector cache (SQLite table ``vectors``) may hold, all models together;
    # past it the least recently used rows are deleted. Prevents the cache growing without
    # bound: every quotation that reaches the drift stage adds ~75 sentence vectors of ~1.6 KB
    # (docs/bench-archive.md, "Scale curve"). 500,000 rows = ~0.8 GB on disk, the vectors of
    # ~6,000 such quotations, and more than the 5,059-speech archive's cold runs ever stored.
    vector_cache_rows: int = 500_000
    # fraction of vector_cache_rows kept when the cache is trimmed: a trim deletes down to
    # 90%, so the next ~50,000 new vectors store without another DELETE (a trim at every store
    # of a full cache would rewrite the index each time).
    vector_cache_keep: float = 0.9
    # seconds a cached vector's last-use time may lag: a row read from the cache is marked used
    # only when its mark is older than this. Prevents a write per read in every check of a warm
    # archive (the LRU order only needs to tell hours from weeks).
    vector_touch_s: int = 3600
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
    # speech quotations attributed to a named person that a source with no Type and no
    # Speaker header must hold to be read as a news report (archive/reports.py). Prevents a
    # speakerless source's narration from verifying a claim as "words of nobody known" while
    # its quotations, the only words of known people in it, went uncredited. 1: one attributed
    # quotation already makes the narration around it a reporter's (issue 12).
    report_min_attributed: int = 1
    # run extraction and attribution on the sources that may be reports at ingest. False
    # stores every source as its header says (the ingest cost without the step is measured
    # this way: docs/benchmarks.md, "News reports as sources").
    report_extraction: bool = True
    # source documents extracted and attributed together at ingest (one spaCy batch). Prevents
    # an attribution call per document: 100 BBC articles took 16.7 s one by one and 10.0 s
    # in one call (load 11, 2 cores). 64 keeps a batch of long reports' layouts small in
    # memory (a JSON Lines file of 20,000 records is still read as a stream).
    report_batch_docs: int = 64
    # share of a report sentence's characters (0-1) that one person's quoted words must fill
    # for the sentence (a drift window) to be theirs. Prevents narration holding a two-word
    # fragment ('the minister called the plan "reckless" and left') from counting as the
    # minister's paraphrase. A third, not a half: the reporter's tag with a title and
    # description ('said union secretary Tobias Rask outside the depot') is often as long as
    # the quotation it closes (tests/archive/test_report_sources.py).
    report_sentence_quoted_share: float = 0.34
