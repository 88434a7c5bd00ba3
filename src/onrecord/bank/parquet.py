"""``onrecord bank import``: load the Spark job's Parquet output into a bank.

Layout written by ``mine/spark_job.py`` (one folder, two datasets):
  documents/  one row per document, in input order (``seq``): key, path, doc_id, title,
              published, outlet, sha256, chars, error, quotes (list of {text, start, end,
              speaker, confidence, cue}); a row with a null key is an unreadable input.
  forms/      one row per canonical form: canonical, root, parent, score (Spark's clustering).

Documents go through ``Bank.add`` like the local engine's, so a resumed or repeated import
skips what the bank holds. Spark's clusters are taken as they are when the bank's forms are
exactly the forms Spark clustered; a bank that also holds forms from other runs is reclustered
on this machine (the rule is the same, ``bank.cluster``), so no form is left out."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import BankError
from .records import MinedDocument, MinedQuote
from .store import Bank

BATCH_ROWS = 512  # documents per transaction: one bounded batch of rows in memory at a time


@dataclass
class ImportReport:
    stored: int = 0
    known: int = 0
    failed: int = 0
    unreadable: int = 0
    clusters: int = 0
    clustered_by: str = "spark"


def _dataset(folder: Path, name: str):
    import pyarrow.dataset as ds

    sub = folder / name
    if not sub.is_dir():
        raise BankError(f"not a mining output folder (no {name}/ inside; write one with --engine spark)", path=str(folder))
    files = sorted(str(p) for p in sub.glob("*.parquet"))
    return ds.dataset(files, format="parquet")


def _row_document(row: dict) -> MinedDocument:
    quotes = [MinedQuote(q["text"], q["start"], q["end"], q.get("speaker"), q.get("confidence") or 0.0, q.get("cue"))
              for q in row.get("quotes") or []]
    return MinedDocument(key=row["key"], path=row["path"], doc_id=row.get("doc_id"), title=row.get("title"),
                         published=row.get("published"), outlet=row.get("outlet"), sha256=row.get("sha256"),
                         chars=row.get("chars") or 0, quotes=quotes, error=row.get("error"))


def import_parquet(folder: str | os.PathLike, bank_path: str | os.PathLike) -> ImportReport:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise BankError("reading Parquet needs pyarrow: pip install 'onrecord[spark]'", path=os.fspath(folder)) from None
    root = Path(folder)
    if not root.is_dir():
        raise BankError("no such folder of Parquet output", path=os.fspath(folder))
    report = ImportReport()
    docs = _dataset(root, "documents")
    forms = _dataset(root, "forms")
    with Bank.open(bank_path) as bank:
        for batch in docs.to_batches(batch_size=BATCH_ROWS):
            rows = [_row_document(r) for r in batch.to_pylist()]
            readable = [r for r in rows if r.key]
            report.unreadable += len(rows) - len(readable)
            report.failed += sum(1 for r in readable if r.error)
            stored = bank.add(readable, engine="spark")
            report.stored += stored
            report.known += len(readable) - stored
        table = forms.to_table(columns=["canonical", "root", "parent", "score"]).to_pylist()
        assignment = {r["canonical"]: (r["root"], r["parent"], r["score"]) for r in table}
        if set(bank.forms()) == set(assignment):
            report.clusters = bank.assign(assignment)
        else:
            report.clusters, report.clustered_by = bank.recluster(), "local"
    return report
