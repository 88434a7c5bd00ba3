"""Speed guard (issue 16): extraction and extraction + attribution on the BBC corpus, each
against a fixed reference workload timed in the same run, compared with a recorded baseline.

    .venv/bin/python benchmarks/bench_guard.py            # compare (make bench)
    .venv/bin/python benchmarks/bench_guard.py --record   # write the baseline after a change

Timing on a shared machine is noise, so the figure that is compared is a ratio: how many times
the reference workload (spaCy's blank English tokenizer over the same articles: C code, one
core, no model) runs in the time onrecord takes. A load on the machine slows both about alike.
A ratio more than 25 % worse than benchmarks/speed_baseline.json is reported loudly and the
exit status is 1. Not a CI test (timing there is noise); run it before a submission that
touches extract/ or attribute/, and put its figures in docs/benchmarks.md.

- extraction: best of --repeat passes over all 2,225 articles, one core (bench_extract.py);
- attribution: extraction + attribution of 500 articles (bench_attribute.py's sample), model
  loaded and warm before the timer, workers as configured (2 on a 2-core machine), against
  the reference run on the same number of processes;
  also the share of the articles' characters the parser read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_attribute import load_bbc  # noqa: E402
from onrecord.attribute import attribute_results  # noqa: E402
from onrecord.attribute.nlp import get_nlp  # noqa: E402
from onrecord.extract import extract_document  # noqa: E402
from onrecord.thresholds.attribute import AttributeOptions  # noqa: E402
from onrecord.model import Document  # noqa: E402
from onrecord.shared import corpora_dir, require  # noqa: E402

BASELINE = ROOT / "benchmarks" / "speed_baseline.json"
TOLERANCE = 0.25  # a ratio this much worse than the baseline fails: noise on a loaded machine stays under it


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _in_parallel(reference, ds: list[Document], workers: int) -> None:
    """The reference on as many forked processes as attribution uses: a core taken by another
    job then slows both sides of the attribution ratio alike (a one-core reference against a
    two-core workload read a busy neighbour as a 38 % drop)."""
    if workers < 2:
        reference(ds)
        return
    import multiprocessing

    half = len(ds) // 2
    ctx = multiprocessing.get_context("fork")
    p = ctx.Process(target=reference, args=(ds[half:],))
    p.start()
    reference(ds[:half])
    p.join()


def measure(path: Path, repeat: int, n_attr: int) -> dict:
    import spacy

    tok = spacy.blank("en").tokenizer
    recs = [json.loads(line) for line in open(require(path), encoding="utf-8")]
    docs = [Document(text=r["text"], path=r["id"]) for r in recs]
    sample = [Document(text=d["text"], path=d["id"]) for d in load_bbc(path, n_attr)]

    def reference(ds: list[Document]) -> None:
        for d in ds:
            tok(d.text)

    workers = min(AttributeOptions().workers, os.cpu_count() or 1)

    def extract_all() -> None:
        for d in docs:
            extract_document(d)

    parsed: dict[str, int] = {}

    def extract_attribute() -> None:
        results = [extract_document(d) for d in sample]
        attribute_results(results, workers=AttributeOptions().workers)  # as `onrecord extract` runs it
        parsed["chars"] = sum(r.stats.get("attribution_parsed_chars", 0) for r in results)
        parsed["sentences"] = sum(r.stats.get("attribution_parsed_sentences", 0) for r in results)

    get_nlp()
    extract_attribute()  # warm: model, caches, worker fork path
    out: dict = {"load_before": os.getloadavg()[0]}
    ref_all = _best(lambda: reference(docs), repeat)
    ext = _best(extract_all, repeat)
    ref_sample = _best(lambda: _in_parallel(reference, sample, workers), repeat)
    att = _best(extract_attribute, max(1, repeat - 1))
    chars = sum(len(d.text) for d in sample)
    out.update(
        articles=len(docs), attr_articles=len(sample),
        reference_s=round(ref_all, 4), extract_s=round(ext, 4),
        extract_articles_per_s=round(len(docs) / ext, 1),
        extract_ratio=round(ref_all / ext, 4),
        reference_attr_s=round(ref_sample, 4), attribute_s=round(att, 4),
        attribute_articles_per_s=round(len(sample) / att, 1),
        attribute_ratio=round(ref_sample / att, 4),
        parsed_sentences=parsed["sentences"], parsed_char_share=round(parsed["chars"] / chars, 4),
        load_after=os.getloadavg()[0], cpus=os.cpu_count(),
    )
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", type=Path, default=corpora_dir() / "bbc_news_2004_2005" / "articles.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--record", action="store_true", help="write the baseline instead of comparing")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    a = ap.parse_args()
    t0 = time.perf_counter()
    m = measure(a.path, a.repeat, a.n)
    m["bench_seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(m, indent=2))
    print(f"extraction:   {m['extract_articles_per_s']:,.0f} articles/s (one core), "
          f"ratio to the reference {m['extract_ratio']:.3f}")
    print(f"+attribution: {m['attribute_articles_per_s']:,.1f} articles/s, ratio {m['attribute_ratio']:.4f}; "
          f"parser read {m['parsed_char_share']:.1%} of the characters ({m['parsed_sentences']} sentences)")
    print(f"load {m['load_before']:.1f} -> {m['load_after']:.1f} on {m['cpus']} cores; {m['bench_seconds']} s")
    if a.record:
        a.baseline.write_text(json.dumps(m, indent=2) + "\n", encoding="utf-8")
        print(f"baseline written: {a.baseline}")
        return 0
    if not a.baseline.exists():
        print(f"no baseline at {a.baseline}: run with --record", file=sys.stderr)
        return 2
    base = json.loads(a.baseline.read_text(encoding="utf-8"))
    failed = False
    for key in ("extract_ratio", "attribute_ratio"):
        drop = 1 - m[key] / base[key]
        verdict = "ok"
        if drop > TOLERANCE:
            verdict = "SPEED DROP"
            failed = True
        print(f"{key}: {m[key]:.4f} vs baseline {base[key]:.4f} ({-drop:+.0%}) {verdict}")
    if failed:
        print("!" * 72 + f"\nSPEED GUARD FAILED: a ratio fell more than {TOLERANCE:.0%} below "
              f"{a.baseline.name}\n" + "!" * 72, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
