from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    """Limits of the readers (onrecord/read/). Each field: unit, failure prevented, measurement."""

    # bytes; protects a laptop's memory from a multi-GB file passed by mistake (a crawl dump
    # given to `extract` instead of `mine`). 50 MB is far above the largest news article or
    # transcript we have seen (dev set and corpora: every document < 1 MB). It applies to WARC
    # files too, because read_path returns all their documents at once; large crawls go to
    # `onrecord mine`, which streams.
    max_input_bytes: int = 50_000_000
    # seconds; an unreachable URL must fail fast ("unreachable") instead of hanging a batch.
    # 20 s covers slow news sites (most pages answer in < 3 s) without stalling a batch long.
    url_timeout: float = 20.0
    # seconds for a whole fetch, headers to last byte. url_timeout bounds each read only, so a
    # server dripping a byte every few seconds held a batch for ever (issue 10). 60 s is three
    # per-read timeouts: a slow but honest 10 MB page at 200 kB/s still arrives.
    url_deadline: float = 60.0
    # bytes; size cap on a fetched page and on one WARC response record (same reason as
    # max_input_bytes). 10 MB: news pages with inline scripts are rarely above 2 MB.
    max_url_bytes: int = 10_000_000
    # bytes, decompressed, over a whole .warc.gz: a gzip bomb (a few MB that inflate to many
    # GB) must not hold the reader for minutes. 10x max_input_bytes, because HTML compresses
    # 4-10x with gzip, so an honest 50 MB .warc.gz holds at most about 500 MB.
    max_warc_decompressed_bytes: int = 500_000_000
    # bytes, decompressed, of one .warc.gz member held in memory between its gzip check and
    # warcio's read of it, so the member is decompressed once (inflating it again for warcio
    # cost ~3.8x the CPU, benchmarks/bench_warc_stream.py, docs/benchmarks.md). A larger member
    # (a whole .warc gzipped at once) is inflated a second time instead, so memory stays
    # bounded whatever the crawl. 16 MiB holds a record of max_url_bytes (10 MB) with its
    # headers, so every page the reader can use is decompressed once.
    max_warc_member_held_bytes: int = 16 * 1024 * 1024
