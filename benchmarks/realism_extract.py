"""Realism run: extraction over real news articles (no gold). Checks that nothing crashes,
that every document gets a result, that every quote slices its document, and tabulates
quotes per article, kinds and recovered marks.

    .venv/bin/python benchmarks/realism_extract.py [--n 2000] [--dump DIR] [--sample 30]

--dump writes, for --sample random documents per corpus, a readable listing of each quote
with a little context (for reading outputs by hand; kept outside the repo: corpus text is
not ours to commit).

--quote-sample N (with --dump) also writes quotes.txt: N quotations drawn uniformly at random
from all the quotations of both corpora (N/2 each, seeded by --seed), each with a wider
context, numbered for judging span and kind by hand.
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.shared import corpora_dir

CORPORA = corpora_dir()  # ../shared/data/corpora or $ONRECORD_SHARED/data/corpora
SOURCES = {
    "BBC": CORPORA / "bbc_news_2004_2005" / "articles.jsonl",
    "AllSides": CORPORA / "allsides_news_2012_2020" / "articles.jsonl.xz",
}


def load(name: str, n: int) -> list[dict]:
    path = SOURCES[name]
    opener = lzma.open if path.suffix == ".xz" else open
    out = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) >= n:
                break
    return out


def run(
    name: str,
    records: list[dict],
    dump: Path | None,
    sample: int,
    seed: int = 20261129,
    quote_sample: int = 0,
) -> dict:
    results, per_article, kinds, n = _extract_all(name, records)
    lost = len(records) - sum(1 for r in results if r is not None)
    if dump is not None:
        _dump_articles(name, records, results, dump, sample, seed)
    if dump is not None and quote_sample:
        _dump_quotes(name, results, dump, quote_sample, seed)
    total = sum(per_article)
    return {
        "corpus": name,
        "articles": len(records),
        "crashes": n["crashes"],
        "lost": lost,
        "bad_slices": n["bad_slices"],
        "overlaps": n["overlaps"],
        "quotes": total,
        "per_article_mean": total / max(1, len(per_article)),
        "per_article_median": statistics.median(per_article) if per_article else 0,
        "articles_without_quotes": sum(1 for x in per_article if x == 0),
        "kinds": dict(kinds),
        "multi_paragraph": n["multi_paragraph"],
        "flagged": n["flagged"],
        "editors_notes": n["editors_notes"],
        "unbalanced_marks": n["unbalanced_marks"],
        "recovered_marks": n["recovered_marks"],
        "recovered_quotes": n["recovered_quotes"],
        "docs_with_unbalanced": n["docs_with_unbalanced"],
        "unpaired_single_openers": n["unpaired_single_openers"],
    }


def _extract_all(name: str, records: list[dict]) -> tuple[list, list[int], Counter[str], Counter[str]]:
    """Extract every record: the results (None where extraction crashed), the quotations per
    article, the count of each kind, and the table's other counts by its keys."""
    kinds: Counter[str] = Counter()
    n: Counter[str] = Counter()
    per_article: list[int] = []
    results = []
    for rec in records:
        doc = Document(text=rec.get("text") or "", path=f"{name}#{rec.get('id')}")
        try:
            res = extract_document(doc)
        except Exception as exc:  # noqa: BLE001 - the point is to count them
            n["crashes"] += 1
            print(f"CRASH {doc.path}: {exc!r}", file=sys.stderr)
            results.append(None)
            continue
        results.append(res)
        qs = res.quotes
        per_article.append(len(qs))
        prev_end = -1
        for q in qs:
            kinds[q.kind] += 1
            if doc.text[q.start : q.end] != q.text:
                n["bad_slices"] += 1
            if q.start < prev_end:
                n["overlaps"] += 1
            prev_end = q.end
            n["multi_paragraph"] += q.paragraphs > 1
            n["flagged"] += q.flagged
        st = res.stats
        n["unbalanced_marks"] += st["unbalanced"]
        n["recovered_marks"] += st["recovered_marks"]
        n["recovered_quotes"] += st["recovered_quotes"]
        n["unpaired_single_openers"] += st["stray_single"]
        n["docs_with_unbalanced"] += st["unbalanced"] > 0
        n["editors_notes"] += res.editors_note is not None
    return results, per_article, kinds, n


def _dump_articles(name: str, records: list[dict], results: list, dump: Path, sample: int, seed: int) -> None:
    """A readable listing of each quotation of ``sample`` random articles, with a little context."""
    dump.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    idx = rng.sample(range(len(records)), min(sample, len(records)))
    with open(dump / f"{name}.txt", "w", encoding="utf-8") as f:
        for i in idx:
            res = results[i]
            if res is None:
                continue
            t = res.document.text
            f.write(f"=== {res.document.path} quotes={len(res.quotes)} stats={res.stats}\n")
            for q in res.quotes:
                left = t[max(0, q.start - 70) : q.start - 1].replace("\n", "/")
                right = t[q.end + 1 : q.end + 40].replace("\n", "/")
                f.write(f"  [{q.kind}] ...{left}{q.open_mark}<<{q.text}>>{q.close_mark}{right}...\n")
                f.write(f"        {q.kind_evidence}{' RECOVERED' if q.recovered else ''}\n")
            f.write("\n")


def _dump_quotes(name: str, results: list, dump: Path, n: int, seed: int) -> None:
    """n quotations drawn uniformly from every quotation of the corpus, with ~300 characters
    of context before and ~160 after, for judging span and kind by hand."""
    pool = [(r, i) for r in results if r is not None for i in range(len(r.quotes))]
    rng = random.Random(f"{seed}:{name}")
    picked = sorted(rng.sample(range(len(pool)), min(n, len(pool))))
    with open(dump / "quotes.txt", "a", encoding="utf-8") as f:
        for k, j in enumerate(picked, 1):
            res, i = pool[j]
            q = res.quotes[i]
            t = res.document.text
            close_end = q.end + len(q.close_mark)
            left = t[max(0, q.start - len(q.open_mark) - 300) : q.start - len(q.open_mark)]
            right = t[close_end : close_end + 160]
            f.write(f"### {name}-{k} {res.document.path} [{q.kind}]{' RECOVERED' if q.recovered else ''}"
                    f"{' paras=' + str(q.paragraphs) if q.paragraphs > 1 else ''}\n")
            f.write(f"{left}{q.open_mark}<<{q.text}>>{q.close_mark}{right}\n".replace("\n\n", "\n/ "))
            f.write(f"    evidence: {q.kind_evidence}\n\n")


def table(rows: list[dict]) -> str:
    keys = [
        ("articles", "articles"),
        ("crashes", "crashes"),
        ("lost", "documents lost"),
        ("bad_slices", "quotes where doc[start:end] != text"),
        ("overlaps", "overlapping quotes"),
        ("quotes", "quotes"),
        ("per_article_mean", "quotes per article (mean)"),
        ("per_article_median", "quotes per article (median)"),
        ("articles_without_quotes", "articles without quotes"),
        ("speech", "speech"),
        ("title", "title"),
        ("scare", "scare"),
        ("term", "term"),
        ("multi_paragraph", "multi-paragraph quotes"),
        ("flagged", "flagged quotes"),
        ("unbalanced_marks", "unbalanced double marks recovered"),
        ("recovered_quotes", "  of which kept as quotes (closer lost)"),
        ("docs_with_unbalanced", "articles with an unbalanced mark"),
        ("unpaired_single_openers", "unpaired single openers (read as apostrophes)"),
    ]
    out = ["| | " + " | ".join(r["corpus"] for r in rows) + " |", "|---" * (len(rows) + 1) + "|"]
    for key, label in keys:
        vals = []
        for r in rows:
            v = r["kinds"].get(key, 0) if key in ("speech", "title", "scare", "term") else r[key]
            vals.append(f"{v:.2f}" if isinstance(v, float) else str(v))
        out.append(f"| {label} | " + " | ".join(vals) + " |")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--sample", type=int, default=15)
    ap.add_argument("--offset", type=int, default=0, help="skip this many records first")
    ap.add_argument("--seed", type=int, default=20261129, help="which articles --dump samples")
    ap.add_argument("--quote-sample", type=int, default=0, help="with --dump: N random quotations")
    a = ap.parse_args()
    rows = []
    for name in SOURCES:
        recs = load(name, a.n + a.offset)[a.offset :]
        rows.append(run(name, recs, a.dump, a.sample, a.seed, a.quote_sample // len(SOURCES)))
    print(table(rows))
    return 1 if any(r["crashes"] or r["lost"] or r["bad_slices"] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
