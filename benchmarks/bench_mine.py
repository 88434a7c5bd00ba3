"""`onrecord mine` timed on a slice of a news corpus, with the resident memory of the whole
process tree (main process + pool workers, or the Spark JVM and its Python workers) sampled
every half second over the run, to show whether memory stays flat.

    .venv/bin/python benchmarks/bench_mine.py --corpus allsides --limit 10000 --workers 2
    .venv/bin/python benchmarks/bench_mine.py --corpus bbc                       # whole corpus
    .venv/bin/python benchmarks/bench_mine.py --corpus allsides --limit 10000 --engine spark

Data: ../shared/data/corpora (or $ONRECORD_SHARED/data/corpora): allsides_news_2012_2020
(seeded shuffle, seed 15, first --limit records) or bbc_news_2004_2005. The slice is written to a
temporary JSON Lines file before the clock starts (decoding the .xz takes seconds); the bank is
written to a temporary folder. Prints one JSON object: documents, quotations, clusters, wall and
CPU seconds, articles/s, chars/s, peak RSS and RSS at 10/25/50/75/90 % of the run, bank size,
the load average before and after (the machine is shared; say so next to every figure)."""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from onrecord.shared import corpora_dir

CORPORA = {
    "allsides": corpora_dir() / "allsides_news_2012_2020" / "articles.jsonl.xz",
    "bbc": corpora_dir() / "bbc_news_2004_2005" / "articles.jsonl",
}


def write_slice(corpus: str, limit: int, folder: Path) -> Path:
    src = CORPORA[corpus]
    opener = lzma.open if src.suffix == ".xz" else open
    with opener(src, "rt", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()]
    if limit:
        random.Random(15).shuffle(lines)
        lines = lines[:limit]
    out = folder / f"{corpus}-{len(lines)}.jsonl"
    out.write_text("".join(lines), encoding="utf-8")
    return out


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="allsides")
    ap.add_argument("--limit", type=int, default=10000, help="records (0 = the whole corpus)")
    ap.add_argument("--engine", choices=["local", "spark"], default="local")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--master", default="local[2]")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-bench-mine-"))
    data = write_slice(a.corpus, 0 if a.corpus == "bbc" and a.limit == 10000 else a.limit, tmp)
    bank = tmp / "bank.db"
    cmd = [sys.executable, "-c", "from onrecord.cli import main; main()", "mine", str(data), "--bank", str(bank),
           "--engine", a.engine]
    cmd += ["--workers", str(a.workers)] if a.engine == "local" else ["--master", a.master]
    env = dict(os.environ, ONRECORD_HOME=str(tmp / "home"))
    load_before = os.getloadavg()
    samples: list[int] = []
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append(tree_rss(proc.pid))
            stop.wait(0.5)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1, 2) or not bank.exists():
        sys.stderr.write(err[-3000:])
        return 1
    con = sqlite3.connect(bank)
    docs, chars = con.execute("SELECT count(*), coalesce(sum(chars), 0) FROM documents WHERE error IS NULL").fetchone()
    quotes = con.execute("SELECT count(*) FROM occurrences").fetchone()[0]
    clusters = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
    multi = con.execute("SELECT count(*) FROM clusters WHERE forms > 1").fetchone()[0]
    con.close()
    size = sum(p.stat().st_size for p in tmp.glob("bank.db*") if p.is_file())
    jvm = [line for line in err.splitlines() if "after the JVM started" in line]
    pcts = {f"rss_p{int(q * 100)}_mb": round(samples[int(q * (len(samples) - 1))] / 2**20) for q in (0.1, 0.25, 0.5, 0.75, 0.9)} if samples else {}
    print(json.dumps({
        "corpus": a.corpus, "records": sum(1 for _ in open(data, encoding="utf-8")), "engine": a.engine,
        "workers": a.workers if a.engine == "local" else a.master, "exit": proc.returncode,
        "documents": docs, "quotations": quotes, "clusters": clusters, "clusters_with_variants": multi,
        "wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "articles_per_s": round(docs / wall, 1), "chars_per_s": round(chars / wall),
        "peak_rss_mb": round(max(samples, default=0) / 2**20), **pcts, "samples": len(samples),
        "bank_mb": round(size / 2**20, 1), "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()], "summary": out.strip(), "spark": jvm,
        "tmp": str(tmp),
    }))
    return 0 if proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
