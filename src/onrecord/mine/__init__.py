"""Mining whole news archives into the quote bank: the local engine (``mine_local``, a process
pool) and the Spark engine (``spark_job``), both running ``work.mine_batch`` on every document
and storing through ``bank.Bank``."""

from __future__ import annotations

from .local import MineReport, mine_local

__all__ = ["MineReport", "mine_local"]
