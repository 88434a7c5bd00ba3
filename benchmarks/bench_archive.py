"""Scale benchmark, part 1: index the two primary-source corpora (UN General Debate + Miller
Center speeches, ~5,059 documents, ~77 MB) into an onrecord archive.

    .venv/bin/python benchmarks/bench_archive.py --out /tmp/onrecord-bench [--embed-docs 100] [--fts5]

Reports documents/s, characters/s, sentences, archive size (SQLite + tantivy), peak memory,
and (``--embed-docs N``) the sentence-embedding rate on the first N documents, from which the
time to embed the whole corpus is extrapolated. ``--fts5`` also builds an SQLite FTS5 table
over the same passages and times the same OR-queries on both engines (why tantivy).
The corpora are read where they are; no corpus text is written into the repository."""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sqlite3
import sys
import time
from pathlib import Path

from onrecord.shared import corpora_dir, require

# ../shared/data/corpora, or $ONRECORD_SHARED/data/corpora (onrecord.shared)
CORPORA = [
    corpora_dir() / "un_general_debate_2004_2024" / "articles.jsonl",
    corpora_dir() / "us_presidential_speeches_miller_center" / "articles.jsonl",
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-bench")
    ap.add_argument("--embed-docs", type=int, default=100)
    ap.add_argument("--fts5", action="store_true")
    ap.add_argument("--corpus", action="append", help="JSONL corpus (default: the two speech corpora)")
    a = ap.parse_args()
    corpora = [require(Path(c)) for c in (a.corpus or CORPORA)]
    out = Path(a.out)
    arch_dir = out / "archive"
    if arch_dir.exists():
        import shutil

        shutil.rmtree(arch_dir)
    out.mkdir(parents=True, exist_ok=True)
    from onrecord.archive import Archive

    chars = sum(len(json.loads(l)["text"]) for c in corpora for l in open(c, encoding="utf-8"))
    t0 = time.perf_counter()
    from onrecord.thresholds.read import ReadOptions

    # the UN corpus is one 52.8 MB JSONL file, over the default 50 MB per-file cap (a laptop
    # guard); the benchmark raises the cap explicitly.
    arch = Archive.open(arch_dir, embed=False, read_options=ReadOptions(max_input_bytes=200_000_000))
    rep = arch.add(corpora, progress=False)
    t1 = time.perf_counter()
    st = arch.stats()
    res = {
        "documents": rep.documents,
        "characters": chars,
        "sentences": rep.sentences,
        "seconds": round(t1 - t0, 1),
        "docs_per_s": round(rep.documents / (t1 - t0), 1),
        "chars_per_s": round(chars / (t1 - t0)),
        "db_mb": round(st["db_bytes"] / 1e6, 1),
        "index_mb": round(st["index_bytes"] / 1e6, 1),
        "passages": st["passages"],
        "peak_rss_mb_after_ingest": round(peak_mb()),
        "unreadable": rep.unreadable,
    }
    print(json.dumps(res), flush=True)

    if a.embed_docs:
        e = _embed_rate(arch, a.embed_docs, rep.sentences)
        res.update(e)
        print(json.dumps(e), flush=True)

    if a.fts5:
        res.update(fts5_vs_tantivy(arch, out))
    (out / "bench_archive.json").write_text(json.dumps(res, indent=1))
    return 0


def _embed_rate(arch, n_docs: int, corpus_sentences: int) -> dict:
    """The sentence-embedding rate on ``n_docs`` sampled documents (memory only: the rate of the
    model itself, no cache hits), and the minutes it implies for the whole corpus."""
    from onrecord.archive.encoder import Encoder

    enc = Encoder(None)
    enc.vectors(["warm up the model"])
    ids = arch.doc_ids()
    rnd = random.Random(7)
    sample = rnd.sample(ids, min(n_docs, len(ids)))
    texts = []
    for d in sample:
        doc = arch.doc(d)
        texts.extend(doc.text[s.start : s.end] for s in doc.sentences)
    t2 = time.perf_counter()
    enc.vectors(texts)
    t3 = time.perf_counter()
    rate = len(texts) / (t3 - t2)
    return {"embed_docs": len(sample), "embed_sentences": len(texts), "embed_seconds": round(t3 - t2, 1),
            "sentences_per_s": round(rate, 1),
            "extrapolated_full_corpus_minutes": round(corpus_sentences / rate / 60, 1),
            "peak_rss_mb_after_embedding": round(peak_mb())}


def fts5_vs_tantivy(arch, out: Path) -> dict:
    """Same passages, same OR-queries (content words of 200 sampled sentences)."""
    from onrecord.archive.index import PASSAGE_SENTENCES, PASSAGE_STRIDE
    from onrecord.verify.drift import STOPWORDS
    from onrecord.verify.fold import fold_text

    db = out / "fts5.db"
    if db.exists():
        db.unlink()
    con = sqlite3.connect(str(db))
    con.execute("CREATE VIRTUAL TABLE p USING fts5(body, tokenize='porter unicode61')")
    t0 = time.perf_counter()
    queries = []
    rnd = random.Random(11)
    for did in arch.doc_ids():
        doc = arch.doc(did)
        ss = doc.sentences
        rows = []
        lo = 0
        while lo < len(ss):
            hi = min(len(ss), lo + PASSAGE_SENTENCES)
            rows.append((fold_text(doc.text[ss[lo].start : ss[hi - 1].end]),))
            if hi >= len(ss):
                break
            lo += PASSAGE_STRIDE
        con.executemany("INSERT INTO p(body) VALUES (?)", rows)
        if ss and rnd.random() < 0.05 and len(queries) < 200:
            s = ss[rnd.randrange(len(ss))]
            words = [w for w in re.findall(r"[a-z0-9]+", fold_text(doc.text[s.start : s.end])) if w not in STOPWORDS]
            if len(words) >= 4:
                queries.append(words[:20])
        arch._docs.clear()
    con.commit()
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    for q in queries:
        con.execute("SELECT rowid FROM p WHERE p MATCH ? ORDER BY rank LIMIT 30", (" OR ".join(q),)).fetchall()
    fts = (time.perf_counter() - t1) / len(queries)
    t2 = time.perf_counter()
    for q in queries:
        arch.index.search(q, limit=30)
    tv = (time.perf_counter() - t2) / len(queries)
    r = {"fts5_build_s": round(build, 1), "fts5_or_query_ms": round(fts * 1000, 2),
         "tantivy_or_query_ms": round(tv * 1000, 2), "or_queries": len(queries),
         "fts5_over_tantivy": round(fts / tv, 1)}
    print(json.dumps(r), flush=True)
    return r


if __name__ == "__main__":
    sys.exit(main())
