"""The Spark engine: the same mining as the local pool (``work.mine_batch``), as a Spark job
that writes Parquet for ``onrecord bank import``, and clusters variants in Spark
(``spark_cluster``) so a bank larger than one machine is clustered where it lives.

Run by ``onrecord mine --engine spark --master URL``, or on a cluster with spark-submit
(docs/mining.md):

    spark-submit --master yarn --py-files onrecord.zip \\
        src/onrecord/mine/spark_job.py --out s3://bucket/mined.parquet s3://bucket/crawl/*.jsonl.gz

Partitioning: plain JSON Lines files are split by Spark into line ranges (many partitions per
file); compressed JSON Lines, WARC and single articles are one task per file (gzip and xz
cannot be split). Each partition loads spaCy once (the first batch) and mines its documents
in chunks of ``MineOptions.chunk_docs``."""

from __future__ import annotations

import argparse
import os
import sys
import time

if __name__ == "__main__" and not __package__:
    # spark-submit runs this file as a script; the package's own module does the work, so
    # relative imports and the pickled mapPartitions functions resolve to onrecord.mine.
    from onrecord.mine.spark_job import main as _main

    sys.exit(_main())
from dataclasses import asdict
from typing import IO, Any, Iterable, Iterator

from ..errors import EngineUnavailable, InputError
from ..thresholds.bank import BankOptions, MineOptions
from .local import MineReport

SEQ_FILE_SHIFT = 32  # seq = file index << 32 | record ordinal: input order, sortable as a long


def _spark_session(master: str | None, app: str = "onrecord-mine") -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineUnavailable("--engine spark needs pyspark: pip install 'onrecord[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        builder = SparkSession.builder if master is None else SparkSession.builder.master(master)
        return (builder.appName(app)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.python.worker.reuse", "true")
                .getOrCreate())
    except Exception as e:  # noqa: BLE001 - Java missing or the master unreachable
        raise EngineUnavailable(f"Spark could not start on {master} ({' '.join(str(e).split())[:200]}); is Java 17 installed?") from None


def _mined_rows(docs: list[Any], seqs: list[int], mo: MineOptions) -> Iterator[dict]:
    from .work import mine_batch

    for i in range(0, len(docs), mo.chunk_docs):
        for seq, m in zip(seqs[i : i + mo.chunk_docs], mine_batch(docs[i : i + mo.chunk_docs])):
            row = asdict(m)
            row["seq"] = seq
            yield row


def _unreadable(err: InputError, seq: int) -> dict:
    return {"seq": seq, "key": None, "path": err.path or "", "doc_id": None, "title": None, "published": None,
            "outlet": None, "sha256": None, "chars": 0, "quotes": [], "error": err.message}


def _mine_lines(rows: Iterable[tuple[tuple[int, str, str], int]]) -> Iterator[dict]:
    """mapPartitions over (file index, path, line) with the line's index in its file."""
    from ..read.jsonl import parse_record, record_to_document

    mo = MineOptions()
    docs, seqs, out = [], [], []
    for (fi, path, line), idx in rows:
        if not line.strip():
            continue
        seq = (fi << SEQ_FILE_SHIFT) | idx
        try:
            docs.append(record_to_document(parse_record(line, path, idx + 1), path, idx + 1))
            seqs.append(seq)
        except InputError as e:
            out.append(_unreadable(e, seq))
    yield from out
    yield from _mined_rows(docs, seqs, mo)


def _mine_files(items: Iterable[tuple[int, str]]) -> Iterator[dict]:
    """mapPartitions over (file index, path): one task streams one file."""
    from .sources import iter_corpus

    mo = MineOptions()
    for fi, path in items:
        docs, seqs = [], []
        for n, item in enumerate(iter_corpus([path])):
            seq = (fi << SEQ_FILE_SHIFT) | n
            if isinstance(item, InputError):
                yield _unreadable(item, seq)
                continue
            docs.append(item)
            seqs.append(seq)
            if len(docs) >= mo.chunk_docs:
                yield from _mined_rows(docs, seqs, mo)
                docs, seqs = [], []
        yield from _mined_rows(docs, seqs, mo)


def _schema() -> Any:
    from pyspark.sql.types import (DoubleType, IntegerType, LongType, StringType, StructField, StructType,
                                   ArrayType)

    quote = StructType([StructField("text", StringType()), StructField("start", IntegerType()),
                        StructField("end", IntegerType()), StructField("speaker", StringType()),
                        StructField("confidence", DoubleType()), StructField("cue", StringType())])
    fields = [("key", StringType()), ("path", StringType()), ("doc_id", StringType()), ("title", StringType()),
              ("published", StringType()), ("outlet", StringType()), ("sha256", StringType()),
              ("chars", IntegerType())]
    return StructType([StructField("seq", LongType())] + [StructField(n, t) for n, t in fields]
                      + [StructField("quotes", ArrayType(quote)), StructField("error", StringType())])


def _ordered(row: dict, names: list[str]) -> tuple:
    return tuple(row.get(n) if n != "quotes" else [tuple(q[k] for k in ("text", "start", "end", "speaker", "confidence", "cue"))
                                                    for q in row["quotes"]] for n in names)


def mine_to_parquet(spark: Any, inputs: list[str], out: str) -> Any:
    """Mine ``inputs`` into ``out/documents`` (sorted by input order); the documents DataFrame."""
    from .sources import corpus_files

    sc = spark.sparkContext
    files = list(corpus_files(inputs))
    plain = [(i, f) for i, f in enumerate(files) if isinstance(f, str) and f.lower().endswith((".jsonl", ".ndjson"))]
    other = [(i, f) for i, f in enumerate(files) if isinstance(f, str) and (i, f) not in plain]
    bad = [_unreadable(f, (i << SEQ_FILE_SHIFT)) for i, f in enumerate(files) if isinstance(f, InputError)]
    schema = _schema()
    names = schema.fieldNames()
    rdds = []
    for i, f in plain:
        lines = sc.textFile(f, minPartitions=sc.defaultParallelism).map(lambda line, i=i, f=f: (i, f, line))
        rdds.append(lines.zipWithIndex().mapPartitions(_mine_lines))
    if other:
        rdds.append(sc.parallelize(other, max(1, len(other))).mapPartitions(_mine_files))
    if bad:
        rdds.append(sc.parallelize(bad, 1))
    rdd = sc.union(rdds) if rdds else sc.parallelize([], 1)
    df = spark.createDataFrame(rdd.map(lambda r: _ordered(r, names)), schema)
    # no global sort: partitions are already in input order (files in order, line ranges in
    # order), so sorting within each partition keeps part files in seq order without a second
    # pass over the corpus (orderBy samples its input first, which would mine everything twice)
    df.sortWithinPartitions("seq").write.mode("overwrite").parquet(os.path.join(out, "documents"))
    return spark.read.parquet(os.path.join(out, "documents"))


def run_spark(inputs: list[str], out: str, master: str | None = "local[2]", log: IO[str] | None = None,
              options: BankOptions | None = None) -> MineReport:
    """Mine and cluster in Spark, writing ``out/documents`` and ``out/forms`` (Parquet)."""
    from pyspark.sql import functions as F

    from .spark_cluster import cluster_in_spark

    started = time.monotonic()
    spark = _spark_session(master)
    spark.sparkContext.setLogLevel("ERROR")
    jvm_ready = time.monotonic()
    try:
        docs = mine_to_parquet(spark, inputs, out)
        cluster_in_spark(spark, docs, options or BankOptions()).write.mode("overwrite").parquet(os.path.join(out, "forms"))
        counts = docs.select(
            F.sum(F.when(F.col("key").isNotNull() & F.col("error").isNull(), 1).otherwise(0)).alias("mined"),
            F.sum(F.when(F.col("key").isNotNull() & F.col("error").isNotNull(), 1).otherwise(0)).alias("failed"),
            F.sum(F.when(F.col("error").isNull(), F.size("quotes")).otherwise(0)).alias("quotes"),
            F.sum(F.when(F.col("error").isNull(), F.col("chars")).otherwise(0)).alias("chars"),
        ).first()
        bad = [InputError(r["error"], path=r["path"]) for r in docs.where(F.col("key").isNull()).select("path", "error").collect()]
    finally:
        spark.stop()
    report = MineReport(mined=counts["mined"] or 0, failed=counts["failed"] or 0, quotes=counts["quotes"] or 0,
                        chars=counts["chars"] or 0, unreadable=bad, seconds=time.monotonic() - started)
    if log is not None:
        for e in bad:
            log.write("Error: " + " ".join(str(e).split()) + "\n")
        log.write(f"spark: {report.mined:,} documents in {report.seconds:.1f} s "
                  f"({report.seconds - (jvm_ready - started):.1f} s after the JVM started)\n")
    return report


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: mine CORPUS... into Parquet at --out (then, on any machine:
    onrecord bank import OUT --bank BANK.db)."""
    ap = argparse.ArgumentParser(prog="spark_job.py", description=main.__doc__)
    ap.add_argument("inputs", nargs="+", metavar="CORPUS")
    ap.add_argument("--out", required=True, help="output folder for documents/ and forms/ (Parquet)")
    ap.add_argument("--master", default=None, help="Spark master (default: the one spark-submit was given)")
    args = ap.parse_args(argv)
    report = run_spark(args.inputs, args.out, master=args.master, log=sys.stderr)
    print(f"mined {report.mined} documents, {report.quotes} quotations, {report.failed} skipped, "
          f"{len(report.unreadable)} unreadable -> {args.out}")
    return 2 if report.unreadable else 0


if __name__ == "__main__":  # spark-submit src/onrecord/mine/spark_job.py
    sys.exit(main())
