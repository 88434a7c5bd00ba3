"""The quote bank: every speech quotation mined from a news archive, as occurrences (document,
offsets, speaker, date, outlet) grouped into canonical forms and clusters of variants. See
``store`` (SQLite), ``forms`` and ``cluster`` (the clustering rule), ``query`` (search, history,
corroboration) and ``parquet`` (import of the Spark engine's output)."""

from __future__ import annotations

from .query import ClusterHistory, ClusterSummary, Corroboration, Variant, corroborate, search, show
from .store import Bank

__all__ = ["Bank", "ClusterHistory", "ClusterSummary", "Corroboration", "Variant", "corroborate", "search", "show"]
