"""Scale benchmark, part 2: verify the sampled quotations against the speech archive.

    .venv/bin/python benchmarks/bench_verify.py --out /tmp/onrecord-bench [--quotecheck 50]

Needs the archive from bench_archive.py and quotes.jsonl from make_quote_sample.py. Reports
p50/p95/max latency per quote, quotes/s, agreement with the expected verdicts per kind, and
(``--quotecheck N``) quotecheck (PyPI, in the repository's .venv-bench) on the first N quotes over
the same texts, for a time ratio. The model is loaded before the clock starts."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-bench")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--quotecheck", type=int, default=0)
    ap.add_argument("--quotecheck-budget", type=float, default=300.0, help="seconds; quotecheck stops there")
    a = ap.parse_args()
    out = Path(a.out)
    from onrecord.archive import Archive
    from onrecord.model import Claim
    from onrecord.verify import verify_claim

    arch = Archive.open(out / "archive", embed=False)
    rows = [json.loads(l) for l in open(out / "quotes.jsonl", encoding="utf-8")]
    if a.limit:
        rows = rows[: a.limit]
    arch.vectors(["warm up"])
    lat = []
    agree = Counter()
    total = Counter()
    stages = Counter()
    false_verify = 0
    detail = []
    t0 = time.perf_counter()
    for r in rows:
        c = Claim(r["id"], r["quote"], r["speaker"], r["date_hint"])
        t = time.perf_counter()
        v = verify_claim(c, arch)
        lat.append(time.perf_counter() - t)
        total[r["kind"]] += 1
        agree[r["kind"]] += v.verdict == r["expected"]
        stages[v.stage] += 1
        detail.append((lat[-1], r["id"], r["kind"], r["expected"], v.verdict, v.stage))
        if r["expected"] not in ("verbatim", "variation") and v.verdict in ("verbatim", "variation"):
            false_verify += 1
    wall = time.perf_counter() - t0
    raw = list(lat)  # in claim order, for the quotecheck comparison on the first N
    lat.sort()
    res = {
        "quotes": len(rows),
        "p50_ms": round(statistics.median(lat) * 1000, 1),
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1),
        "max_ms": round(lat[-1] * 1000, 1),
        "quotes_per_s": round(len(rows) / wall, 1),
        "agreement": round(sum(agree.values()) / len(rows), 3),
        "agreement_by_kind": {k: f"{agree[k]}/{total[k]}" for k in sorted(total)},
        "false_verify": false_verify,
        "stages": dict(stages),
    }
    print(json.dumps(res), flush=True)
    print("slowest:", sorted(detail, reverse=True)[:5], file=sys.stderr)
    print("disagreements:", [d[1:] for d in detail if d[3] != d[4]][:20], file=sys.stderr)
    if a.quotecheck:
        res["quotecheck"] = _quotecheck_beside(rows[: a.quotecheck], raw[: a.quotecheck], arch, out, a.quotecheck_budget)
        print(json.dumps(res["quotecheck"]), flush=True)
    (out / "bench_verify.json").write_text(json.dumps(res, indent=1))
    return 0


def _quotecheck_beside(rows, mine_s: list[float], arch, out: Path, budget: float) -> dict:
    """quotecheck on the first quotes, with onrecord's median on the same quotes and the ratio."""
    qc = run_quotecheck(rows, arch, out, budget)
    if "p50_ms" in qc:
        mine = sorted(mine_s)
        qc["onrecord_same_quotes_p50_ms"] = round(statistics.median(mine) * 1000, 1)
        qc["p50_ratio_quotecheck_over_onrecord"] = round(qc["p50_ms"] / max(0.001, statistics.median(mine) * 1000), 1)
    return qc


def run_quotecheck(rows, arch, out: Path, budget: float) -> dict:
    """quotecheck scans the texts per quote; give it the same speech texts as plain files."""
    texts = out / "texts"
    if not texts.exists():
        texts.mkdir()
        for did in arch.doc_ids():
            d = arch.doc(did)
            (texts / f"{did}.txt").write_text(d.text, encoding="utf-8")
            arch._docs.clear()
    qfile = out / "qc_quotes.json"
    qfile.write_text(json.dumps([r["quote"] for r in rows]))
    script = out / "qc_run.py"
    script.write_text(QC_SCRIPT)
    py = Path(__file__).resolve().parents[1] / ".venv-bench" / "bin" / "python"
    p = subprocess.run([str(py), str(script), str(texts), str(qfile), str(budget)], capture_output=True, text=True)
    if p.returncode:
        return {"error": p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "failed"}
    return json.loads(p.stdout.strip().splitlines()[-1])


QC_SCRIPT = r'''
import json, sys, time, statistics
from pathlib import Path
import quotecheck
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
quotes = json.loads(Path(sys.argv[2]).read_text())
budget = float(sys.argv[3]) if len(sys.argv) > 3 else 900.0
lat = []
found = 0
start = time.perf_counter()
for q in quotes:
    if time.perf_counter() - start > budget:
        break  # quotecheck scans every text per quote; stop at the time budget and say so
    t = time.perf_counter()
    hit = False
    for tx in texts:
        if quotecheck.check(q, tx).ok:
            hit = True
            break
    lat.append(time.perf_counter() - t)
    found += hit
lat.sort()
print(json.dumps({"quotes_run": len(lat), "quotes_asked": len(quotes), "p50_ms": round(statistics.median(lat) * 1000, 1),
                  "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1), "found": found,
                  "quotes_per_s": round(len(lat) / sum(lat), 3)}))
'''


if __name__ == "__main__":
    sys.exit(main())
