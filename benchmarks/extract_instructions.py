"""Instructions one pass of string-only extraction executes over the BBC corpus (valgrind).

    PYTHONPATH=src .venv/bin/python benchmarks/extract_instructions.py [--n 600]
    PYTHONPATH=<old copy>/src .venv/bin/python benchmarks/extract_instructions.py --n 600

A count, not a time: it does not move with the load of a shared machine (where CPU-time A/B
runs of the same code spread by ±20 % at load 10), so two commits compare in one run each.
It runs this script under ``valgrind --tool=cachegrind --cache-sim=no`` twice, with zero passes
and with one, and prints the difference: imports and loading the articles cancel out. Slow
(about 50 times the pass itself); needs valgrind on PATH. Instructions are not seconds (a
regex scan is dense, Python's object churn misses the caches), so take a timed A/B as well.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from onrecord.shared import corpora_dir, require

BBC = corpora_dir() / "bbc_news_2004_2005" / "articles.jsonl"


def _child(path: Path, n: int, passes: int) -> None:
    from onrecord.extract import extract_document
    from onrecord.model import Document

    with open(require(path), encoding="utf-8") as f:
        docs = [Document(text=json.loads(line)["text"], path=str(i)) for i, line in enumerate(f) if i < n]
    for _ in range(passes):
        for d in docs:
            extract_document(d)


def _instructions(path: Path, n: int, passes: int) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--child", str(passes), "--n", str(n), "--path", str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=os.environ, check=True).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if m is None:
        raise SystemExit(f"Error: no instruction count in valgrind's output:\n{out[-500:]}")
    return int(m.group(1).replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600, help="first N articles (all 2,225: ~10 min)")
    ap.add_argument("--path", type=Path, default=BBC)
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child is not None:
        _child(a.path, a.n, a.child)
        return 0
    if shutil.which("valgrind") is None:
        print("Error: valgrind not found on PATH", file=sys.stderr)
        return 2
    per_pass = _instructions(a.path, a.n, 1) - _instructions(a.path, a.n, 0)
    print(f"articles={a.n} instructions_per_pass={per_pass / 1e6:,.0f}M "
          f"per_article={per_pass / a.n / 1e3:,.0f}k")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
