"""The scale curve (issue 13): archives of 100, 1,000, 5,059 and 20,000 speeches, ingest and
verify latency, and a cold ``check`` of one ~800-word article.

    PYTHONPATH=src nice .venv/bin/python benchmarks/bench_scale.py --out /tmp/onrecord-scale \
        [--sizes 100,1000,5059,20000] [--quotes 1000] [--article-size 1000]

Data: the Miller Center and UN General Debate speeches of ../shared/data/corpora (or
$ONRECORD_SHARED), 5,059 in all, shuffled with a fixed seed; an archive of N holds the first N,
so every archive holds the 100 the quotations are sampled from (make_quote_sample.py: exact,
edited, negated, renumbered, invented and misattributed quotations), and latency is compared on
the same quotations. 20,000 repeats the corpus four times with changed ids. Everything is
written under --out (the corpora's text never enters the repository).

Per size, each step in its own process (peak RSS is that process's):
  ingest   Archive.add of one JSONL file: seconds, documents/s, disk (SQLite + index), peak RSS
  cold     a new process with an empty vector cache verifies the quotations one at a time:
           latency p50/p95/max per quotation (the first includes loading the encoder)
  warm     the same process, a second pass: everything cached, models loaded
  reopen   a new process on the same archive: the vectors come from the archive's cache
Then ``onrecord check`` of an ~800-word article made of 12 further quotations and news
sentences, in a new process, against the archive of --article-size documents.
Results: one JSON line per step on stdout and in OUT/results.jsonl."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 13


CORPORA = ["us_presidential_speeches_miller_center/articles.jsonl", "un_general_debate_2004_2024/articles.jsonl"]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(out: Path, sizes: list[int], n_quotes: int) -> None:
    from onrecord.shared import corpora_dir, require

    docs = [line for c in CORPORA for line in open(require(corpora_dir() / c), encoding="utf-8") if line.strip()]
    random.Random(SEED).shuffle(docs)
    for n in sizes:
        f = out / f"speeches-{n}.jsonl"
        if f.exists():
            continue
        with open(f, "w", encoding="utf-8") as fh:
            for i in range(n):
                rec = json.loads(docs[i % len(docs)])
                if i >= len(docs):  # a repeat: same words, another id (a reprint, a re-upload)
                    rec["id"] = f"{rec['id']}-copy{i // len(docs)}"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    q = out / "quotes.jsonl"
    if not q.exists():
        subset = out / "speeches-100.jsonl"
        if not subset.exists():
            with open(subset, "w", encoding="utf-8") as fh:
                fh.writelines(docs[:100])
        subprocess.run([sys.executable, str(ROOT / "benchmarks/make_quote_sample.py"), "--corpus", str(subset),
                        "--n", str(n_quotes + 40), "--out", str(q)], check=True)


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def ingest(out: Path, n: int) -> dict:
    from onrecord.archive import Archive
    from onrecord.thresholds.read import ReadOptions

    t0 = time.perf_counter()
    arch = Archive.open(out / "home/archives" / f"s{n}", read_options=ReadOptions(max_input_bytes=1 << 30))
    rep = arch.add([out / f"speeches-{n}.jsonl"], progress=False)
    arch.close()
    dt = time.perf_counter() - t0
    return {"step": "ingest", "docs": n, "stored": rep.documents, "seconds": round(dt, 1), "docs_per_s": round(n / dt, 1),
            "disk_mb": round(du(out / "home/archives" / f"s{n}") / 1e6, 1), "peak_rss_mb": round(peak_mb())}


def _latencies(arch, claims) -> tuple[list[float], list[float], list]:
    from onrecord.verify import verify_claim

    lat, verdicts = [], []
    cpu = []  # CPU seconds per quotation: what the machine's load inflates least
    for c in claims:
        t, u = time.perf_counter(), time.process_time()
        verdicts.append(verify_claim(c, arch))
        lat.append(time.perf_counter() - t)
        cpu.append(time.process_time() - u)
    return lat, cpu, verdicts


def _summary(step: str, n: int, lat: list[float], cpu: list[float], verdicts, rows, arch) -> dict:
    q = statistics.quantiles(lat, n=100)
    agree = sum(v.verdict == r["expected"] for v, r in zip(verdicts, rows)) / len(rows)
    false_verify = sum(v.verdict in ("verbatim", "variation") and r["expected"] not in ("verbatim", "variation")
                       for v, r in zip(verdicts, rows))
    return {"step": step, "docs": n, "quotes": len(lat), "p50_ms": round(q[49] * 1000, 1), "p95_ms": round(q[94] * 1000, 1),
            "max_ms": round(max(lat) * 1000), "first_ms": round(lat[0] * 1000), "total_s": round(sum(lat), 1),
            "cpu_p50_ms": round(statistics.quantiles(cpu, n=100)[49] * 1000, 1),
            "cpu_p95_ms": round(statistics.quantiles(cpu, n=100)[94] * 1000, 1),
            "agree_expected": round(agree, 3), "false_verify": false_verify, "texts_encoded": arch.encoder.encoded,
            "from_archive_cache": arch.encoder.stored_hits, "peak_rss_mb": round(peak_mb())}


def verify(out: Path, n: int, n_quotes: int, passes: list[str]) -> list[dict]:
    from onrecord.archive import Archive
    from onrecord.model import Claim

    rows = [json.loads(line) for line in open(out / "quotes.jsonl", encoding="utf-8")][:n_quotes]
    claims = [Claim(r["id"], r["quote"], r["speaker"], r["date_hint"]) for r in rows]
    arch = Archive.open(out / "home/archives" / f"s{n}")
    res = []
    for step in passes:
        before = (arch.encoder.encoded, arch.encoder.stored_hits)
        lat, cpu, verdicts = _latencies(arch, claims)
        s = _summary(step, n, lat, cpu, verdicts, rows, arch)
        s["texts_encoded"] -= before[0]
        s["from_archive_cache"] -= before[1]
        res.append(s)
    return res


def make_article(out: Path, n_quotes: int) -> Path:
    """~800 words: 12 quotations the benchmark did not verify (so none is cached), 4 of them
    invented or negated (they reach the drift stage and need the encoder), each attributed
    before the quotation ("X said: ..."), between sentences of BBC news reports."""
    rest = [json.loads(line) for line in open(out / "quotes.jsonl", encoding="utf-8")][n_quotes:]
    hard = [r for r in rest if r["kind"] in ("invented", "negation")][:4]
    rows = hard + [r for r in rest if r not in hard][: 12 - len(hard)]
    rnd = random.Random(SEED)
    bbc = [json.loads(line)["text"] for line in open(require(corpora_dir() / "bbc_news_2004_2005/articles.jsonl"),
                                                      encoding="utf-8")]
    filler = [s for t in rnd.sample(bbc, 40) for s in t.split(". ") if 12 <= len(s.split()) <= 30 and '"' not in s]
    parts, words = [], 0
    for r in rows:
        who = r["speaker"] or "the speaker"
        parts.append(f'{who} said: "{r["quote"]}"')
        for _ in range(2):
            parts.append(filler.pop() + ".")
    body = " ".join(parts)
    while len(body.split()) < 800 and filler:
        body += " " + filler.pop() + "."
    path = out / "article.txt"
    path.write_text("Speeches, re-read\n\n" + body + "\n", encoding="utf-8")
    return path


def run_check(n: int, article: str) -> None:
    """In the child: ``onrecord check`` as the CLI runs it, then this process's peak RSS."""
    from onrecord.cli import cli

    try:
        cli.main(["check", article, "--archive", f"s{n}"], standalone_mode=True)
    except SystemExit as e:
        print(json.dumps({"exit": e.code, "peak_rss_mb": round(peak_mb())}))


def check_cold(out: Path, n: int, article: Path) -> dict:
    """A new process, the ONNX model already exported (the verify steps did it, once per home)."""
    t = time.perf_counter()
    p = subprocess.run([sys.executable, __file__, "--step", "check", str(n), str(article), "--out", str(out)],
                       capture_output=True, text=True, env=_env(out))
    dt = time.perf_counter() - t
    tail = json.loads(p.stdout.strip().splitlines()[-1])
    stages = [line for line in p.stderr.splitlines() if line.startswith("onrecord: ")]
    quotes = sum(line.lstrip().startswith(("\u2713", "\u2717", "~")) for line in p.stdout.splitlines())
    return {"step": "check_article", "docs": n, "words": len(article.read_text(encoding="utf-8").split()),
            "seconds": round(dt, 1), **tail, "verdict_lines": quotes, "stages": stages}


def _env(out: Path) -> dict:
    return {**os.environ, "ONRECORD_HOME": str(out / "home")}


def child(args: list[str]) -> list[dict]:
    out = Path(args[args.index("--out") + 1])
    p = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=_env(out))
    if p.returncode:
        raise SystemExit(p.stderr)
    return [json.loads(line) for line in p.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-scale")
    ap.add_argument("--sizes", default="100,1000,5059,20000")
    ap.add_argument("--quotes", type=int, default=1000)
    ap.add_argument("--article-size", type=int, default=1000)
    ap.add_argument("--article-only", action="store_true", help="only the cold check of the article")
    ap.add_argument("--step", nargs="+", help=argparse.SUPPRESS)  # child: ingest N | verify N pass...
    a = ap.parse_args()
    out = Path(a.out)
    if a.step:
        n = int(a.step[1])
        if a.step[0] == "check":
            run_check(n, a.step[2])
            return 0
        res = [ingest(out, n)] if a.step[0] == "ingest" else verify(out, n, a.quotes, a.step[2:])
        for r in res:
            print(json.dumps(r))
        return 0
    out.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in a.sizes.split(",")]
    prepare(out, sizes, a.quotes)
    log = open(out / "results.jsonl", "a", encoding="utf-8")

    def emit(r: dict) -> None:
        r["load_avg"] = [round(x, 2) for x in os.getloadavg()]
        r["date"] = time.strftime("%Y-%m-%d %H:%M")
        line = json.dumps(r)
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    for n in sizes:
        if not (out / "home/archives" / f"s{n}").exists() and not a.article_only:
            for r in child(["--step", "ingest", str(n), "--out", str(out)]):
                emit(r)
            for r in child(["--step", "verify", str(n), "cold", "warm", "--out", str(out), "--quotes", str(a.quotes)]):
                emit(r)
            for r in child(["--step", "verify", str(n), "reopen", "--out", str(out), "--quotes", str(a.quotes)]):
                emit(r)
        if n == a.article_size:
            emit(check_cold(out, n, make_article(out, a.quotes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
