"""Ingest memory against the size of one JSON Lines file (issue 13): peak RSS of a process
that reads (``--mode stream`` / ``whole``) or ingests (``--mode ingest``) one file of N speeches.

    PYTHONPATH=src nice .venv/bin/python benchmarks/bench_ingest_memory.py --out /tmp/onrecord-scale \
        --sizes 100,1000,5059,20000 --modes whole,stream,ingest

The files are bench_scale.py's (OUT/speeches-N.jsonl: Miller Center + UN General Debate
speeches, shuffled; 20,000 = four copies with changed ids); they are made if missing. Each
(mode, size) runs in its own process, so its peak RSS is its own. ``whole`` is the reader the
archive used before (every Document of the file built first), ``stream`` the line-at-a-time
reader it uses now, ``ingest`` a whole ``Archive.add`` into a fresh archive (SQLite + tantivy).
One JSON line per run on stdout."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(mode: str, path: Path, work: Path) -> dict:
    from onrecord.thresholds.read import ReadOptions

    opts = ReadOptions(max_input_bytes=1 << 31)
    t = time.perf_counter()
    if mode == "ingest":
        from onrecord.archive import Archive

        shutil.rmtree(work, ignore_errors=True)
        arch = Archive.open(work, read_options=opts)
        n = arch.add([path], progress=False).documents
        arch.close()
    else:
        from onrecord.read import read_path

        docs = read_path(str(path), opts, errors=[], stream=(mode == "stream"))
        n = sum(1 for _ in docs)
    return {"mode": mode, "file_mb": round(path.stat().st_size / 1e6, 1), "documents": n,
            "seconds": round(time.perf_counter() - t, 1), "peak_rss_mb": round(peak_mb()),
            "load_avg": [round(x, 2) for x in os.getloadavg()]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-scale")
    ap.add_argument("--sizes", default="100,1000,5059,20000")
    ap.add_argument("--modes", default="whole,stream,ingest")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # child: MODE SIZE
    a = ap.parse_args()
    out = Path(a.out)
    if a.one:
        mode, n = a.one[0], int(a.one[1])
        print(json.dumps({"docs": n, **one(mode, out / f"speeches-{n}.jsonl", out / f"mem-archive-{n}")}))
        return 0
    sizes = [int(x) for x in a.sizes.split(",")]
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_scale import prepare

    out.mkdir(parents=True, exist_ok=True)
    prepare(out, sizes, 0)
    for n in sizes:
        for mode in a.modes.split(","):
            p = subprocess.run([sys.executable, __file__, "--out", str(out), "--one", mode, str(n)],
                               capture_output=True, text=True)
            print(p.stdout.strip() or json.dumps({"docs": n, "mode": mode, "error": p.stderr.strip()[-300:]}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
