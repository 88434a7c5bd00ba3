"""Titles on real entertainment news: a hand-judged sample of kind calls, and its re-check.

    python eval/real/tools/title_sample.py ids                      # the sample's article ids
    python eval/real/tools/title_sample.py sheet --articles DIR     # every quotation, kind, rule
    python eval/real/tools/title_sample.py check --articles DIR     # kinds now vs. as judged

The sample (issue 11, lane kind3): the 24 BBC entertainment articles naming works in
``attribution/articles-ext.tsv`` (tuning only), plus ``EXTRA`` more drawn from the same pool
(draw.py's ``WORK_CUE`` test, not in articles.tsv nor in the extension) with seed ``SEED``.
``draw.py --out DIR`` writes the extension; ``sheet --articles DIR --write-missing`` writes the
extra articles too. Each quotation of the sample was judged by reading it in its article
(``attribution/titles-judged.jsonl``: id, start, end, kind as judged, and for the judge's
errors a short note; offsets only, no corpus text). ``check`` runs extraction alone and counts
each disagreement with the judged kind, so every new kind rule is re-checked against the
sample (no new errors) as well as against the gold splits.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "attribution"))

import draw  # noqa: E402  (eval/real/attribution/draw.py: corpus readers and the extension list)

from onrecord.pipeline import extract  # noqa: E402

SEED = 20261206
EXTRA = 8
JUDGED = draw.HERE / "titles-judged.jsonl"
KINDS = ("speech", "title", "scare", "term")


def sample_ids() -> list[str]:
    """The extension's works articles, then EXTRA more from the same pool (seeded)."""
    ext = [r["id"] for r in draw.read_ids(draw.EXT_IDS) if r["group"] == "works"]
    taken = {r["id"] for r in draw.read_ids()} | {r["id"] for r in draw.read_ids(draw.EXT_IDS)}
    pool = sorted(
        rec["id"] for rec in draw.records("bbc")
        if rec["id"].startswith("bbc-entertainment-") and rec["id"] not in taken
        and len(draw.QUOTE_MARKS.findall(text := draw.document_text(rec))) >= 2
        and len(text) <= draw.MAX_CHARS and len(draw.WORK_CUE.findall(text)) >= 2
    )
    extra = random.Random(SEED).sample(pool, EXTRA)
    # the held-out test articles (articles-held.tsv, drawn later with the same seed number)
    # are never read item by item: the sample must not hold one (it holds none)
    held = {r["id"] for r in draw.read_ids(draw.HELD_IDS)}
    if held & set(extra):
        raise SystemExit("Error: the title sample overlaps the held-out test articles")
    return ext + extra


def _write_missing(ids: list[str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    wanted = {i for i in ids if not (out / f"{i}.txt").exists()}
    for rec in draw.records("bbc"):
        if rec["id"] in wanted:
            (out / f'{rec["id"]}.txt').write_text(draw.document_text(rec), encoding="utf-8", newline="")


def _quotes(ids: list[str], articles: Path):
    paths = [articles / f"{i}.txt" for i in ids]
    for doc_id, result in zip(ids, extract(paths, attribute=False)):
        for q in result.quotes:
            if not q.nested:
                yield doc_id, result.document.text, q


def sheet(ids: list[str], articles: Path) -> None:
    for doc_id, text, q in _quotes(ids, articles):
        before = text[max(0, q.start - 110) : q.start].replace("\n", " ¶ ")
        after = text[q.end : q.end + 60].replace("\n", " ¶ ")
        print(f"{doc_id} {q.start} {q.end} {q.kind:<6} …{before}[[{text[q.start:q.end][:120]}]]{after}…")
        print(f"    because: {'; '.join(q.kind_evidence)}")


def check(ids: list[str], articles: Path, show: bool) -> int:
    judged = {(j["id"], j["start"], j["end"]): j["kind"] for j in map(json.loads, JUDGED.read_text(encoding="utf-8").splitlines())}
    confusion = {g: {p: 0 for p in KINDS} for g in KINDS}
    seen = set()
    wrong = []
    for doc_id, text, q in _quotes(ids, articles):
        key = (doc_id, q.start, q.end)
        if key not in judged:
            continue  # a span the judged run did not have (pairing changed): listed below
        seen.add(key)
        confusion[judged[key]][q.kind] += 1
        if judged[key] != q.kind:
            wrong.append((judged[key], q.kind, doc_id, q.start, text[max(0, q.start - 80) : q.end + 40].replace("\n", " ¶ ")))
    total = sum(sum(r.values()) for r in confusion.values())
    right = sum(confusion[k][k] for k in KINDS)
    print(f"kind agreement with the judged sample {right}/{total} = {right / max(total, 1):.3f}; spans no longer found: {len(judged) - len(seen)}")
    print("judged \\ predicted " + "".join(f"{k:>8}" for k in KINDS))
    for g in KINDS:
        print(f"{g:<19}" + "".join(f"{confusion[g][p]:>8}" for p in KINDS))
    for g, p, doc_id, start, ctx in sorted(wrong):
        print(f"{g} -> {p}  {doc_id} {start}" + (f"\n  …{ctx}…" if show else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("ids", "sheet", "check"))
    ap.add_argument("--articles", type=Path)
    ap.add_argument("--write-missing", action="store_true", help="write the sample's articles missing from --articles")
    ap.add_argument("--show", action="store_true", help="check: print each disagreement in context")
    a = ap.parse_args(argv)
    ids = sample_ids()
    if a.what == "ids":
        print("\n".join(ids))
        return 0
    if a.articles is None:
        print("Error: --articles DIR is required", file=sys.stderr)
        return 2
    if a.write_missing:
        _write_missing(ids, a.articles)
    return sheet(ids, a.articles) or 0 if a.what == "sheet" else check(ids, a.articles, a.show)


if __name__ == "__main__":
    sys.exit(main())
