"""The Spark engine with local[2] on the test corpus gives the same quotations, speakers and
clusters as the local engine, through Parquet and `bank import`. Needs Java (skipped, saying
so, only when no `java` is on PATH) and pyspark (in the `dev` extra)."""

from __future__ import annotations

import shutil

import pytest

from onrecord.bank import Bank

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17 and no `java` is on PATH")


def _bank_view(path) -> tuple[list, list]:
    with Bank.open(path) as b:
        occ = b.conn.execute(
            "SELECT d.key, o.start, o.\"end\", o.text, o.speaker, d.published, d.outlet FROM occurrences o"
            " JOIN documents d ON d.id = o.document_id ORDER BY d.key, o.start").fetchall()
        clusters = b.conn.execute(
            "SELECT f.canonical, r.canonical, c.speaker, c.first_outlet, c.first_published FROM forms f"
            " JOIN forms r ON r.id = f.cluster_id JOIN clusters c ON c.id = f.cluster_id ORDER BY f.canonical").fetchall()
    return occ, clusters


@pytest.fixture(scope="module")
def banks(tmp_path_factory):
    """One Spark run (the JVM start dominates on a small corpus) and one local run, shared."""
    pytest.importorskip("pyspark", reason="pyspark is in the dev extra; install with pip install -e '.[dev]'")
    from minedata import write_corpus

    from onrecord.mine import mine_local
    from onrecord.mine.run import run_mine

    tmp = tmp_path_factory.mktemp("spark")
    corpus = write_corpus(tmp / "corpus")
    mine_local([str(corpus)], str(tmp / "local.db"), workers=1)
    report = run_mine([str(corpus)], str(tmp / "spark.db"), engine="spark", master="local[2]")
    return tmp, report


def test_spark_engine_matches_local_engine(banks):
    tmp, report = banks
    assert (report.mined, report.quotes, report.failed) == (6, 6, 0)
    local, spark = _bank_view(tmp / "local.db"), _bank_view(tmp / "spark.db")
    assert spark[0] == local[0]  # same occurrences, offsets, speakers
    assert spark[1] == local[1]  # same clusters, resolved speakers and first appearances
    assert len({root for _, root, *_ in spark[1]}) == 3
    assert (tmp / "spark.db.parquet" / "documents").is_dir()


def test_bank_import_twice_adds_nothing(banks, tmp_path):
    from onrecord.bank.parquet import import_parquet

    tmp, _ = banks
    again = import_parquet(tmp / "spark.db.parquet", tmp / "spark.db")
    assert (again.stored, again.known) == (0, 6)
    fresh = import_parquet(tmp / "spark.db.parquet", tmp_path / "fresh.db")
    assert (fresh.stored, fresh.clustered_by) == (6, "spark")
