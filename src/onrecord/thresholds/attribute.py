from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttributeOptions:
    """Thresholds of the attribute stage (each with unit, failure prevented, measurement)."""
