"""Load test of `onrecord serve`, on loopback only, bounded in clients, time and request count.

What it does:
1. starts `python -m onrecord serve` on 127.0.0.1 (a free port, a private ONRECORD_HOME) with
   --workers W, and uploads the bundled example's sources (examples/sources/) through the API;
2. waits until the workers are warm, then times single checks of an ~800-word news article one
   at a time (the "single warm check" figure);
3. runs C concurrent clients for D seconds, each posting /api/check with real news articles
   (AllSides, ../shared/data/corpora, seeded sample of 500-1,100-word articles) while one more
   client uploads a new small source every U seconds;
4. reports requests/s, p50/p95/max latency, errors by status, uploads and lost sources (an
   upload answered 200 whose file is not listed by /api/sources at the end).

The articles are read at run time from the shared corpora and never stored. Usage:

    ONRECORD_SHARED=/path/to/shared python benchmarks/bench_web_load.py \
        [--clients 20] [--seconds 60] [--workers 2] [--upload-every 3] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only: this script never sends load anywhere else


def load_articles(n: int, seed: int, lo: int = 500, hi: int = 1100) -> list[dict]:
    """n AllSides articles of lo..hi words holding a curly or straight quotation, seeded."""
    from onrecord.shared import corpora_dir

    path = corpora_dir() / "allsides_news_2012_2020" / "articles.jsonl.xz"
    pool = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            words = len(rec["text"].split())
            if lo <= words <= hi and ("“" in rec["text"] or '"' in rec["text"]):
                pool.append({"text": rec["text"], "date": rec.get("date"), "words": words})
    random.Random(seed).shuffle(pool)
    return pool[:n]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def load_average() -> str:
    """The 1, 5 and 15 minute load averages: other engineers share the 2 cores."""
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def start_server(home: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "ONRECORD_HOME": str(home), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "TOKENIZERS_PARALLELISM": "false"}
    env.pop("ONRECORD_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "onrecord", "serve", "--host", HOST, "--port", str(port),
                             "--archive", "bench", "--workers", str(workers)], env=env)
    base = f"http://{HOST}:{port}"
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not start within 300 s")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def time_single_checks(base: str, warm_set: list[dict], single_set: list[dict]) -> list[float]:
    """Warm every worker (each loads its models once), then time checks one at a time."""
    for a in warm_set:
        httpx.post(base + "/api/check", json={"text": a["text"], "published": a["date"]}, timeout=600).raise_for_status()
    single = []
    for a in single_set:
        t = time.perf_counter()
        httpx.post(base + "/api/check", json={"text": a["text"], "published": a["date"]}, timeout=600).raise_for_status()
        single.append(time.perf_counter() - t)
    return single


class LoadPhase:
    """C check clients and one uploader against ``base`` until ``stop_at``; results under a lock."""

    def __init__(self, base: str, articles: list[dict], args: argparse.Namespace):
        self.base, self.articles, self.args = base, articles, args
        self.lat: list[float] = []
        self.words: list[int] = []
        self.errors: dict[str, int] = {}
        self.uploaded: list[str] = []
        self.lock = threading.Lock()
        self.stop_at = 0.0

    def _error(self, key: str) -> None:
        with self.lock:
            self.errors[key] = self.errors.get(key, 0) + 1

    def client(self, k: int) -> None:
        rng = random.Random(self.args.seed + k)
        with httpx.Client(timeout=self.args.request_timeout) as c:
            for _ in range(self.args.max_requests):
                if time.time() >= self.stop_at:
                    return
                a = rng.choice(self.articles)
                t = time.perf_counter()
                try:
                    r = c.post(self.base + "/api/check", json={"text": a["text"], "published": a["date"]})
                except httpx.HTTPError as e:
                    self._error(type(e).__name__)
                    continue
                if r.status_code != 200:
                    self._error(str(r.status_code))
                    continue
                with self.lock:
                    self.lat.append(time.perf_counter() - t)
                    self.words.append(a["words"])

    def uploader(self) -> None:
        n = 0
        with httpx.Client(timeout=self.args.request_timeout) as c:
            while time.time() < self.stop_at and n < self.args.max_requests:
                n += 1
                name = f"load-note-{n}.txt"
                data = (f"Title: Load note {n}\nSpeaker: Clerk Number{n}\nDate: 2024-01-{n % 28 + 1:02d}\n\n"
                        f"Minute {n}: the board approved item {n} of the harbour works.\n").encode()
                try:
                    r = c.post(self.base + "/api/sources", files=[("files", (name, data, "text/plain"))])
                except httpx.HTTPError as e:
                    self._error("upload " + type(e).__name__)
                    continue
                if r.status_code == 200:
                    with self.lock:
                        self.uploaded.append(name)
                else:
                    self._error(f"upload {r.status_code}")
                time.sleep(self.args.upload_every)

    def run(self) -> float:
        """Run every client; the wall time in seconds."""
        self.stop_at = time.time() + self.args.seconds
        threads = [threading.Thread(target=self.client, args=(k,)) for k in range(self.args.clients)]
        threads.append(threading.Thread(target=self.uploader))
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.seconds + self.args.request_timeout + 30)
        return time.perf_counter() - t0


def run(args: argparse.Namespace) -> dict:
    articles = load_articles(300, args.seed)
    # the single-check figure uses articles the server has not seen (a repeat is faster: the
    # name and vector caches are warm), the ones nearest 800 words, kept out of the load phase
    by_800 = sorted(articles, key=lambda a: abs(a["words"] - 800))
    single_set, warm_set = by_800[:5], by_800[5:5 + 2 * args.workers]
    articles = by_800[5 + 2 * args.workers:]
    home = Path(tempfile.mkdtemp(prefix="bench-web-"))
    proc, base = start_server(home, args.workers)
    try:
        files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted((ROOT / "examples" / "sources").glob("*.txt"))]
        assert httpx.post(base + "/api/sources", files=files, timeout=600).status_code == 200
        single = time_single_checks(base, warm_set, single_set)
        load_before = load_average()
        phase = LoadPhase(base, articles, args)
        wall = phase.run()
        listed = {s["name"] for s in httpx.get(base + "/api/sources", timeout=60).json()["sources"]}
        lost = [n for n in phase.uploaded if n not in listed]
        lat = phase.lat
        return {
            "date": time.strftime("%Y-%m-%d"), "clients": args.clients, "seconds": args.seconds,
            "workers": args.workers, "articles_words_median": statistics.median(a["words"] for a in articles),
            "single_warm_check_s": {"median": round(statistics.median(single), 3), "min": round(min(single), 3),
                                    "max": round(max(single), 3), "words": [a["words"] for a in single_set]},
            "checks_ok": len(lat), "wall_s": round(wall, 1), "checks_per_s": round(len(lat) / wall, 2),
            "p50_s": round(pct(lat, 50), 2), "p95_s": round(pct(lat, 95), 2), "max_s": round(max(lat), 2) if lat else None,
            "words_per_s": round(sum(phase.words) / wall, 1), "errors": phase.errors,
            "uploads_ok": len(phase.uploaded), "lost_sources": len(lost),
            "load_before": load_before, "load_after": load_average(),
        }
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--upload-every", type=float, default=3.0)
    ap.add_argument("--max-requests", type=int, default=500, help="per client: a bound on top of the time")
    ap.add_argument("--request-timeout", type=float, default=180)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    out = run(args)
    print(json.dumps(out, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
