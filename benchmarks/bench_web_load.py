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


def shared_dir() -> Path:
    env = os.environ.get("ONRECORD_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def load_articles(n: int, seed: int, lo: int = 500, hi: int = 1100) -> list[dict]:
    """n AllSides articles of lo..hi words holding a curly or straight quotation, seeded."""
    path = shared_dir() / "data" / "corpora" / "allsides_news_2012_2020" / "articles.jsonl.xz"
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
    return open("/proc/loadavg").read().split(" ", 3)[:3].__str__()


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
        # warm every worker (each loads its models once), then time single checks one at a time
        for a in warm_set:
            httpx.post(base + "/api/check", json={"text": a["text"], "published": a["date"]}, timeout=600).raise_for_status()
        single = []
        for a in single_set:
            t = time.perf_counter()
            httpx.post(base + "/api/check", json={"text": a["text"], "published": a["date"]}, timeout=600).raise_for_status()
            single.append(time.perf_counter() - t)

        lat: list[float] = []
        words: list[int] = []
        errors: dict[str, int] = {}
        uploaded: list[str] = []
        lock = threading.Lock()
        stop_at = time.time() + args.seconds

        def client(k: int) -> None:
            rng = random.Random(args.seed + k)
            with httpx.Client(timeout=args.request_timeout) as c:
                for _ in range(args.max_requests):
                    if time.time() >= stop_at:
                        return
                    a = rng.choice(articles)
                    t = time.perf_counter()
                    try:
                        r = c.post(base + "/api/check", json={"text": a["text"], "published": a["date"]})
                        key = None if r.status_code == 200 else str(r.status_code)
                    except httpx.HTTPError as e:
                        key = type(e).__name__
                    dt = time.perf_counter() - t
                    with lock:
                        if key is None:
                            lat.append(dt)
                            words.append(a["words"])
                        else:
                            errors[key] = errors.get(key, 0) + 1

        def uploader() -> None:
            n = 0
            with httpx.Client(timeout=args.request_timeout) as c:
                while time.time() < stop_at and n < args.max_requests:
                    n += 1
                    name = f"load-note-{n}.txt"
                    data = (f"Title: Load note {n}\nSpeaker: Clerk Number{n}\nDate: 2024-01-{n % 28 + 1:02d}\n\n"
                            f"Minute {n}: the board approved item {n} of the harbour works.\n").encode()
                    try:
                        r = c.post(base + "/api/sources", files=[("files", (name, data, "text/plain"))])
                        if r.status_code == 200:
                            with lock:
                                uploaded.append(name)
                        else:
                            with lock:
                                errors["upload " + str(r.status_code)] = errors.get("upload " + str(r.status_code), 0) + 1
                    except httpx.HTTPError as e:
                        with lock:
                            errors["upload " + type(e).__name__] = errors.get("upload " + type(e).__name__, 0) + 1
                    time.sleep(args.upload_every)

        load_before = load_average()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        threads.append(threading.Thread(target=uploader))
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(args.seconds + args.request_timeout + 30)
        wall = time.perf_counter() - t0
        listed = {s["name"] for s in httpx.get(base + "/api/sources", timeout=60).json()["sources"]}
        lost = [n for n in uploaded if n not in listed]
        return {
            "date": time.strftime("%Y-%m-%d"), "clients": args.clients, "seconds": args.seconds,
            "workers": args.workers, "articles_words_median": statistics.median(a["words"] for a in articles),
            "single_warm_check_s": {"median": round(statistics.median(single), 3), "min": round(min(single), 3),
                                    "max": round(max(single), 3), "words": [a["words"] for a in single_set]},
            "checks_ok": len(lat), "wall_s": round(wall, 1), "checks_per_s": round(len(lat) / wall, 2),
            "p50_s": round(pct(lat, 50), 2), "p95_s": round(pct(lat, 95), 2), "max_s": round(max(lat), 2) if lat else None,
            "words_per_s": round(sum(words) / wall, 1), "errors": errors,
            "uploads_ok": len(uploaded), "lost_sources": len(lost),
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
