from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContextOptions:
    """Thresholds of the context stage (each with unit, failure prevented, measurement)."""
