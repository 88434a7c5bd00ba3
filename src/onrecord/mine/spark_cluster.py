"""Variant clustering in Spark: ``bank.cluster``'s rule as DataFrame operations, so banks that
do not fit one machine are clustered where they live. Both use ``bank.forms`` for the
canonical form, the shingles, the rank order and the coverage score, so the clusters are the
same (tests/mine/test_spark.py checks it).

1. forms: distinct canonical forms of every occurrence, with their rank (words, characters).
2. shingles: exploded; shingles held by more than ``max_shingle_forms`` forms dropped.
3. candidate pairs: a self-join on the shingle, the other form ranking before (longer); pairs
   sharing ``min_shared_shingles`` or more kept.
4. scored with ``forms.variant_score`` (a Python UDF; null = not a variant); each form keeps
   its best parent (score, then rank).
5. roots by pointer jumping: each round replaces a parent by its parent's parent, so a chain
   of length n settles in log2(n) rounds."""

from __future__ import annotations

from typing import Any

from ..thresholds.bank import BankOptions

MAX_JUMP_ROUNDS = 40  # pointer-jumping rounds; 40 settles chains of 2**40 forms, i.e. any bank


def cluster_in_spark(spark: Any, docs: Any, options: BankOptions) -> Any:
    """DataFrame (canonical, root, parent, score) for every canonical form in ``docs``."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, DoubleType, StringType

    from ..bank.forms import canonical, shingles, variant_score

    # No broadcast joins: Spark's size estimate for exploded shingles and UDF output is far too
    # small, and on 10,000 AllSides articles (97k forms) it tried to broadcast the pointer
    # table and failed with "Not enough memory to build and broadcast the table" in a 1 GB
    # driver. Sort-merge joins cost a shuffle and never need the driver's memory.
    spark.conf.set("spark.sql.autoBroadcastJoinThreshold", "-1")

    # useArrow=False: plain pickled UDFs, so the job needs neither pandas nor Arrow on workers
    canon_udf = F.udf(canonical, StringType(), useArrow=False)
    shingle_udf = F.udf(lambda c: shingles(c, options), ArrayType(StringType()), useArrow=False)
    score_udf = F.udf(lambda a, b: variant_score(a, b, options), DoubleType(), useArrow=False)

    forms = (docs.where(F.col("key").isNotNull() & F.col("error").isNull())
             .select(F.explode("quotes").alias("q"))
             .where(F.trim(F.col("q.text")) != "")
             .select(canon_udf("q.text").alias("canonical")).distinct()
             .withColumn("n", F.size(F.split("canonical", " ")))
             .withColumn("len", F.length("canonical"))
             .cache())
    sh = forms.select("canonical", "n", "len", F.explode(shingle_udf("canonical")).alias("sh"))
    usable = sh.groupBy("sh").count().where(F.col("count") <= options.max_shingle_forms).select("sh")
    sh = sh.join(usable, "sh")
    a, b = sh.alias("a"), sh.alias("b")
    before = ((F.col("b.n") > F.col("a.n"))
              | ((F.col("b.n") == F.col("a.n")) & (F.col("b.len") > F.col("a.len")))
              | ((F.col("b.n") == F.col("a.n")) & (F.col("b.len") == F.col("a.len")) & (F.col("b.canonical") < F.col("a.canonical"))))
    pairs = (a.join(b, F.col("a.sh") == F.col("b.sh")).where(before)
             .groupBy(F.col("a.canonical").alias("child"), F.col("b.canonical").alias("cand"),
                      F.col("b.n").alias("cn"), F.col("b.len").alias("clen"))
             .count().where(F.col("count") >= options.min_shared_shingles)
             .withColumn("score", score_udf("child", "cand"))
             .where(F.col("score").isNotNull()))
    best = Window.partitionBy("child").orderBy(F.col("score").desc(), F.col("cn").desc(), F.col("clen").desc(), F.col("cand").asc())
    # checkpointed: used twice below (pointer jumping, the final table), and recomputing it
    # would run the scoring UDF over every candidate pair again
    parents = (pairs.withColumn("r", F.row_number().over(best)).where(F.col("r") == 1)
               .select("child", F.col("cand").alias("parent"), "score").localCheckpoint())
    roots = _roots(parents.select(F.col("child").alias("node"), F.col("parent").alias("ptr")))
    return (forms.select("canonical")
            .join(parents.withColumnRenamed("child", "canonical"), "canonical", "left")
            .join(roots.withColumnRenamed("node", "canonical"), "canonical", "left")
            .select("canonical", F.coalesce("ptr", "canonical").alias("root"), "parent", "score"))


def _roots(edges: Any) -> Any:
    """(node, ptr) child->parent edges to (node, root), by pointer jumping."""
    from pyspark.sql import functions as F

    cur = edges
    for _ in range(MAX_JUMP_ROUNDS):
        nxt = (cur.alias("x").join(cur.alias("y"), F.col("x.ptr") == F.col("y.node"), "left")
               .select(F.col("x.node").alias("node"), F.coalesce(F.col("y.ptr"), F.col("x.ptr")).alias("ptr"))
               .localCheckpoint())
        changed = nxt.alias("n").join(cur.alias("c"), "node").where(F.col("n.ptr") != F.col("c.ptr")).limit(1).count()
        cur = nxt
        if not changed:
            break
    return cur
