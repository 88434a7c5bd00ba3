from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    # bytes; protects a laptop's memory from a multi-GB file passed by mistake.
    # 50 MB is far above the largest news article or transcript (corpora max < 1 MB).
    max_input_bytes: int = 50_000_000
    # seconds; an unreachable URL must fail fast instead of hanging a batch.
    url_timeout: float = 20.0
    # bytes; size cap on a fetched page (same reason as max_input_bytes).
    max_url_bytes: int = 10_000_000
