"""The quote bank's web API and pages timed on a real bank (one built by `onrecord mine`):
search by words, search by speaker alone (the filter that reads every cluster's speakers), one
cluster's history as JSON and as the page. Each is timed through the in-process client
(fastapi.testclient, no network) and, as the reference in the same run, as the direct library
call (bank.query.search / show), so the ratio shows what the server adds whatever the load.

    onrecord mine ../shared/data/corpora/bbc_news_2004_2005/articles.jsonl --bank /tmp/bbc.db
    .venv/bin/python benchmarks/bench_bank_web.py /tmp/bbc.db --rounds 40

Queries: the clusters with the most forms (the longest histories), searched by three of the
longest words of their longest form, and their resolved speakers. Prints one JSON object with
median and p95 milliseconds per kind, the ratios, and the load average before and after."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _timed(fn: Callable[[], Any], rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _stats(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {"median_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2)}


def _queries(bank: str, sample: int) -> tuple[dict, list[tuple[Any, str, Any]]]:
    """The bank's stats, and per cluster with the most forms: its id, three of the longest words
    of its longest form, and its resolved speaker."""
    from onrecord.bank import Bank
    from onrecord.bank.forms import words

    with Bank.open(bank, create=False) as b:
        stats = b.stats()
        rows = b.conn.execute("SELECT id, longest, speaker FROM clusters ORDER BY forms DESC, occurrences DESC, id"
                              " LIMIT ?", (sample,)).fetchall()
    return stats, [(cid, " ".join(sorted(set(words(longest)), key=len, reverse=True)[:3]), speaker)
                   for cid, longest, speaker in rows]


def _kinds(client, bank: str, queries: list, speakers: list[str]) -> dict[str, tuple[Callable, Callable, list]]:
    """Per kind of request: the call through the server, the same call to the library, and the
    items it is asked for."""
    from onrecord.bank import Bank, search, show

    def lib_search(q):
        with Bank.open(bank, create=False) as b:
            return search(b, q[1], limit=50)

    def lib_speaker(s):
        with Bank.open(bank, create=False) as b:
            return search(b, "", speaker=s, limit=50)

    def lib_show(q):
        with Bank.open(bank, create=False) as b:
            return show(b, q[0])

    def ok(resp):
        assert resp.status_code == 200, resp.text
        return resp

    return {
        "search_words": (lambda q: ok(client.get("/api/bank/search", params={"q": q[1]})), lib_search, queries),
        "search_speaker_only": (lambda s: ok(client.get("/api/bank/search", params={"speaker": s})),
                                lib_speaker, speakers),
        "cluster_json": (lambda q: ok(client.get(f"/api/bank/clusters/{q[0]}")), lib_show, queries),
        "cluster_page": (lambda q: ok(client.get(f"/bank/{q[0]}")), lib_show, queries),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("bank")
    ap.add_argument("--rounds", type=int, default=40, help="requests per kind (spread over the sample clusters)")
    ap.add_argument("--sample", type=int, default=10, help="clusters to query (those with the most forms)")
    args = ap.parse_args()
    os.environ.setdefault("ONRECORD_HOME", tempfile.mkdtemp(prefix="bench-bank-web-"))

    from fastapi.testclient import TestClient

    from onrecord.web import make_app

    load_before = os.getloadavg()
    stats, queries = _queries(args.bank, args.sample)
    speakers = [s for _, _, s in queries if s] or ["nobody"]
    n = max(1, args.rounds // len(queries))
    client = TestClient(make_app(bank=args.bank, workers=0, archive="bench-bank-web"))
    client.__enter__()
    results: dict[str, Any] = {}
    try:
        def each(call: Callable[[Any], Any], items: list) -> list[float]:
            return [m for it in items for m in _timed(lambda: call(it), n)]

        kinds = _kinds(client, args.bank, queries, speakers)
        for name, (http, lib, items) in kinds.items():
            ref = each(lib, items)
            web = each(http, items)
            results[name] = {"web": _stats(web), "library": _stats(ref),
                             "ratio_median": round(statistics.median(web) / statistics.median(ref), 2)}
    finally:
        client.__exit__(None, None, None)
    print(json.dumps({"bank": args.bank, "bank_stats": stats, "clusters_queried": len(queries),
                      "requests_per_kind": n * len(queries), "results": results,
                      "load_before": [round(x, 2) for x in load_before],
                      "load_after": [round(x, 2) for x in os.getloadavg()]}, indent=1))


if __name__ == "__main__":
    main()
