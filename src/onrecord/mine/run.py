"""``onrecord mine``: one entry point over both engines. The local engine writes the bank
directly; the Spark engine writes Parquet (next to the bank, ``BANK.db.parquet/``) that is
then imported, exactly as ``onrecord bank import`` would."""

from __future__ import annotations

import os
from typing import IO

from ..errors import UsageError
from .local import MineReport, mine_local


def run_mine(inputs: list[str], bank_path: str, engine: str = "local", master: str = "local[2]",
             workers: int | None = None, log: IO[str] | None = None) -> MineReport:
    if workers is not None and workers < 1:
        raise UsageError(f"--workers {workers}: give at least 1")
    if engine == "local":
        return mine_local(inputs, bank_path, workers=workers, log=log)
    if engine == "spark":
        from ..bank.parquet import import_parquet
        from .spark_job import run_spark

        out = os.fspath(bank_path) + ".parquet"
        report = run_spark(inputs, out, master=master, log=log)
        imported = import_parquet(out, bank_path)
        report.known = imported.known
        report.clusters = imported.clusters
        return report
    raise UsageError(f"--engine {engine!r}: expected local or spark")


def report_line(r: MineReport) -> str:
    rate = r.mined / r.seconds if r.seconds else 0.0
    return (f"mined {r.mined:,} documents in {r.seconds:.1f} s ({rate:.1f} articles/s), "
            f"{r.quotes:,} quotations, {r.clusters:,} clusters in the bank; "
            f"{r.known:,} already in the bank, {r.failed:,} skipped, {len(r.unreadable)} unreadable")
