"""Real quotations against the 1,010 Miller Center speeches, archive building included (issue 13:
target <= 3 min for 500 on 2 cores), with quotecheck (the simple peer) on the same quotations.

    PYTHONPATH=src nice .venv/bin/python benchmarks/bench_real_quotes.py --out /tmp/onrecord-real --n 500 \
        [--model HOME/models/all-MiniLM-L6-v2.onnx] [--quotecheck-budget 300]

1. sample (not timed against the target): AllSides news articles (before 2021, under 6,000
   characters) with "<president> said" for Obama, Bush, Clinton or Trump, in corpus order,
   extracted and attributed by onrecord; every speech quotation with a speaker is a claim,
   until N. Written to OUT/real-claims.jsonl (corpus text stays under OUT).
2. cold, in a new process with a fresh ONRECORD_HOME (the ONNX model copied in from --model, so
   the one-time export is not counted; without --model it is, and said): build the archive of
   the Miller Center JSONL, then verify the N claims one at a time (latency per quotation,
   vectors cold), then a second pass in the same process (warm). Wall time, peak RSS, verdicts.
3. quotecheck (PyPI, in the repository's .venv-bench) on the same quotations over the same
   speech texts, each quotation against every text until one matches, within a time budget.
One JSON line per step on stdout and in OUT/results.jsonl."""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_scale import shared  # noqa: E402
from bench_verify import QC_SCRIPT  # noqa: E402

MILLER = "us_presidential_speeches_miller_center/articles.jsonl"
WHO = re.compile(r"\b(Obama|Bush|Clinton|Trump) said\b")


def peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def cpu_s() -> float:
    """This process's CPU seconds: on the shared machine, the figure the load inflates least."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def sample(out: Path, n: int) -> dict:
    from onrecord import pipeline

    arts = out / "real-articles.jsonl"
    with lzma.open(shared() / "data/corpora/allsides_news_2012_2020/articles.jsonl.xz", "rt", encoding="utf-8") as f, \
            open(arts, "w", encoding="utf-8") as fh:
        k = 0
        for line in f:
            d = json.loads(line)
            if WHO.search(d["text"]) and (d.get("date") or "9") < "2021" and len(d["text"]) < 6000:
                fh.write(line)
                k += 1
                if k >= n // 2:  # ~3 speech quotations an article: enough articles for n
                    break
    t = time.perf_counter()
    claims = []
    for res in pipeline.extract([str(arts)]):
        for i, q in enumerate(getattr(res, "quotes", [])):
            if q.kind == "speech" and q.speaker and len(claims) < n:
                claims.append({"id": f"{res.document.doc_id}-q{i + 1}", "quote": q.text, "speaker": q.speaker,
                               "date_hint": q.date_hint or res.document.published})
    with open(out / "real-claims.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(c, ensure_ascii=False) + "\n" for c in claims)
    return {"step": "sample", "claims": len(claims), "extract_s": round(time.perf_counter() - t, 1)}


def _pass(name: str, arch, claims) -> dict:
    from onrecord.verify import verify_claim

    lat, verdicts = [], collections.Counter()
    before, c0 = arch.encoder.encoded, cpu_s()
    t0 = time.perf_counter()
    for c in claims:
        t = time.perf_counter()
        verdicts[verify_claim(c, arch).verdict] += 1
        lat.append(time.perf_counter() - t)
    q = statistics.quantiles(lat, n=100)
    return {"step": name, "quotes": len(lat), "seconds": round(time.perf_counter() - t0, 1),
            "cpu_s": round(cpu_s() - c0, 1), "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1), "max_ms": round(max(lat) * 1000),
            "texts_encoded": arch.encoder.encoded - before, "verdicts": dict(verdicts), "peak_rss_mb": peak_mb()}


def run(out: Path, model: str | None) -> list[dict]:
    """In a child whose ONRECORD_HOME is fresh: archive build + cold pass + warm pass."""
    from onrecord.archive import Archive
    from onrecord.model import Claim

    claims = [Claim(r["id"], r["quote"], r["speaker"], r["date_hint"])
              for r in map(json.loads, open(out / "real-claims.jsonl", encoding="utf-8"))]
    t0 = time.perf_counter()
    arch = Archive.open(Path(os.environ["ONRECORD_HOME"]) / "archives" / "miller")
    docs = arch.add([shared() / "data/corpora" / MILLER], progress=False).documents
    build = {"step": "archive", "documents": docs, "seconds": round(time.perf_counter() - t0, 1), "cpu_s": round(cpu_s(), 1),
             "peak_rss_mb": peak_mb(), "onnx_export_included": model is None}
    cold = _pass("cold", arch, claims)
    cold["with_archive_s"] = round(time.perf_counter() - t0, 1)
    cold["with_archive_cpu_s"] = round(cpu_s(), 1)
    return [build, cold, _pass("warm", arch, claims)]


def quotecheck(out: Path, budget: float) -> dict:
    texts = out / "miller-texts"
    if not texts.exists():
        texts.mkdir()
        for k, line in enumerate(open(shared() / "data/corpora" / MILLER, encoding="utf-8")):
            (texts / f"{k:05d}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    qfile = out / "real-qc-quotes.json"
    qfile.write_text(json.dumps([json.loads(line)["quote"] for line in open(out / "real-claims.jsonl", encoding="utf-8")]))
    script = out / "qc_run.py"
    script.write_text(QC_SCRIPT)
    py = ROOT / ".venv-bench" / "bin" / "python"
    t = time.perf_counter()
    p = subprocess.run([str(py), str(script), str(texts), str(qfile), str(budget)], capture_output=True, text=True)
    if p.returncode:
        return {"step": "quotecheck", "error": (p.stderr.strip().splitlines() or ["failed"])[-1]}
    return {"step": "quotecheck", "wall_s": round(time.perf_counter() - t, 1), **json.loads(p.stdout.strip().splitlines()[-1])}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-real")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--model", help="an exported all-MiniLM-L6-v2.onnx to copy into the fresh home")
    ap.add_argument("--quotecheck-budget", type=float, default=300.0)
    ap.add_argument("--skip", default="", help="comma-separated steps to skip: sample,run,quotecheck")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    out = Path(a.out)
    if a.child:
        for r in run(out, a.model):
            print(json.dumps(r), flush=True)
        return 0
    out.mkdir(parents=True, exist_ok=True)
    log = open(out / "results.jsonl", "a", encoding="utf-8")

    def emit(r: dict) -> None:
        r.update(load_avg=[round(x, 2) for x in os.getloadavg()], date=time.strftime("%Y-%m-%d %H:%M"))
        print(json.dumps(r), flush=True)
        log.write(json.dumps(r) + "\n")
        log.flush()

    skip = set(a.skip.split(","))
    if "sample" not in skip:
        emit(sample(out, a.n))
    if "run" not in skip:
        home = out / f"home-{int(time.time())}"
        if a.model:
            (home / "models").mkdir(parents=True)
            shutil.copy(a.model, home / "models" / Path(a.model).name)
        p = subprocess.run([sys.executable, __file__, "--out", str(out), "--child", *(["--model", a.model] if a.model else [])],
                           capture_output=True, text=True, env={**os.environ, "ONRECORD_HOME": str(home)})
        for line in p.stdout.splitlines():
            emit(json.loads(line))
        if p.returncode:
            emit({"step": "run", "error": p.stderr.strip()[-400:]})
    if "quotecheck" not in skip:
        emit(quotecheck(out, a.quotecheck_budget))
    return 0


if __name__ == "__main__":
    sys.exit(main())
