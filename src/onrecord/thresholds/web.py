"""Limits of the web server (onrecord/web/). Each field: unit, failure prevented, measurement."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WebOptions:
    """Limits of ``onrecord serve``: request sizes, time limits and the worker pool."""

    # bytes; largest request body (JSON, a pasted article, an uploaded file). Prevents one
    # client from filling the server's memory with a body it streams forever; answered 413 in
    # the error envelope. 5 MB (the default) is ~50x the longest news article or
    # transcript in the corpora (all < 100 kB of text), and still fits a text-heavy PDF.
    max_request_bytes: int = 5_000_000
    # seconds; a check running longer is stopped (its worker process is ended and replaced) and
    # answered 504 with a clear message, so a pathological input cannot hang a worker. A warm
    # check of an ~800-word article took 0.11-1.38 s (median 0.43-0.92 s) on the shared 2-core
    # machine at load 10-12 (docs/bench-web.md); 60 s leaves 40x headroom for long transcripts.
    check_timeout: float = 60.0
    # seconds; how long a request waits for a free worker before it is answered 503 "busy"
    # instead of queueing without bound. 20 concurrent clients on 2 workers saw p95 19-20 s and
    # max 28 s end to end (docs/bench-web.md), so 120 s only refuses a truly stuck queue.
    queue_timeout: float = 120.0
    # seconds; a new worker process loads spaCy and the embedding model and runs one warm-up
    # check: ~12 s measured at load 10 on 2 cores (2026-12-02); a worker not ready after this
    # long is reported as failed (15x headroom for a machine under heavy load).
    worker_start_timeout: float = 180.0
    # seconds; a URL given on the check page must answer within this time, so a slow or
    # silent site fails the one request instead of holding a server thread.
    url_timeout: float = 10.0
    # bytes; largest page fetched for a URL check (a news page with inline scripts is rarely
    # above 2 MB; the same cap as the request body keeps one limit in the editor's head).
    max_url_bytes: int = 5_000_000
    # count; redirects followed for a URL check. Each hop's host is checked against private
    # addresses again (a public URL redirecting to 127.0.0.1 was the case to stop).
    max_redirects: int = 5
    # processes; check workers, each holding its own spaCy and embedding model (619 MB resident
    # once warm, measured 2026-12-02). 2 matches the 2 cores the targets are set for: checks
    # are CPU-bound, so a third worker would add memory, not throughput (not measured).
    workers: int = 2
    # count; past checks shown on the history page (newest first); older ones stay re-openable
    # by their link. 200 rows keep the page under ~100 kB.
    history_page: int = 200
    # count; clusters listed for one quote bank search (page and /api/bank/search), most
    # reported first. An editor reads the first screenful; 50 rows keep the page under ~40 kB
    # and the query bounded on a bank of millions of forms (the filter stops at the limit).
    bank_page: int = 50
