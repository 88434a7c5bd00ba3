"""Encoder speed: MiniLM on torch vs ONNX Runtime, fp32 vs int8 dynamic quantisation, thread
counts and batch sizes, on the sentences of the dev verification sources.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_encoder.py [--backends torch,onnx] [--batches 16,64]

Each configuration runs in a fresh process (a backend's threads are fixed once it is loaded):
load seconds (import + model), texts/s over all sentences (median of 3 passes), and the
largest cosine distance of its vectors to torch fp32's (the reference), so a faster encoder
that moves similarities near the 0.70 drift threshold shows up here first. The ONNX model is
exported into ONRECORD_HOME/models on first use."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def sentences() -> list[str]:
    from onrecord.archive.structure import structure
    from onrecord.read import read_path
    from onrecord.shared import dev_dir, require

    out = []
    for p in sorted(require(dev_dir() / "verification" / "sources").iterdir()):
        for d in read_path(str(p)):
            _, sents = structure(d.text, d.body_offset, d.speakers)
            out.extend(d.text[s.start : s.end] for s in sents)
    return out


def one(kind: str, threads: int, batch: int, ref: str | None) -> dict:
    import numpy as np

    texts = sentences()
    t0 = time.perf_counter()
    from onrecord.archive.backends import load_backend
    be = load_backend(kind, threads)
    be.encode(["warm up"], batch)
    load = time.perf_counter() - t0
    runs, v = [], None
    for _ in range(3):
        t = time.perf_counter()
        v = be.encode(texts, batch)
        runs.append(time.perf_counter() - t)
    res = {"backend": kind, "threads": threads, "batch": batch, "texts": len(texts), "load_s": round(load, 2),
           "texts_per_s": round(len(texts) / statistics.median(runs), 1)}
    if ref:
        r = np.load(ref)
        res["max_cos_distance_to_torch"] = float(f"{float(np.max(1 - np.sum(r * v, axis=1))):.2e}")
    else:
        np.save(os.environ["BENCH_REF"], v)
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backends", default="torch,torch-int8,onnx,onnx-int8")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--batches", default="16,32,64,128")
    ap.add_argument("--one", nargs=3, metavar=("KIND", "THREADS", "BATCH"), help=argparse.SUPPRESS)
    ap.add_argument("--ref", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(a.one[0], int(a.one[1]), int(a.one[2]), a.ref)))
        return 0
    ref = "/tmp/onrecord-bench-encoder-ref.npy"
    env = {**os.environ, "BENCH_REF": ref}
    configs = [("torch", 0, 64, None)]  # the reference first: torch's default threads, batch 64
    configs += [(k, t, b, ref) for k in a.backends.split(",") for t in map(int, a.threads.split(","))
                for b in map(int, a.batches.split(","))]
    for kind, threads, batch, r in configs:
        cmd = [sys.executable, __file__, "--one", kind, str(threads), str(batch)] + (["--ref", r] if r else [])
        out = subprocess.run(cmd, capture_output=True, text=True, env=env)
        print(out.stdout.strip() or out.stderr.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
