from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VerifyOptions:
    """Thresholds of the verify stage (each with unit, failure prevented, measurement)."""
