from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractOptions:
    """Thresholds of the extract stage (each with unit, failure prevented, measurement)."""
