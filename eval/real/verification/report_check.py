"""A small real check of news reports as sources (issue 12): quotations repeated across outlets.

Real quotations that two AllSides articles from different outlets print word for word: the
quotation as the first article credits it (onrecord's own extraction and attribution of that
article proposes the speaker) is the claim; the second article, added to an archive as a news
report source (recognised by its attributed quotations, no ``type`` field), is where its words
should be found, with distractor articles of the same weeks around it. The verdicts are
printed for a person to read; ``report-check.jsonl`` keeps the ids and offsets, never the text.

    python eval/real/verification/report_check.py --n 20            # draw, verify, print
    python eval/real/verification/report_check.py --ids report-check.jsonl   # the kept set again

Seeded (SEED); the window is a slice of the date-sorted corpus where several outlets cover the
same events."""

from __future__ import annotations

import argparse
import collections
import json
import lzma
import os
import random
import re
import tempfile
from pathlib import Path

SEED = 20261202
HERE = Path(__file__).resolve().parent
QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"\n]{60,400})[\u201d\"]")


def corpora() -> Path:
    env = os.environ.get("ONRECORD_SHARED")
    return (Path(env) if env else HERE.parents[2] / ".." / "shared") / "data" / "corpora"


def window(first: int, size: int) -> list[dict]:
    out = []
    with lzma.open(corpora() / "allsides_news_2012_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= first + size:
                break
            if i >= first:
                out.append(json.loads(line))
    return out


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.casefold()).split())


def repeated(recs: list[dict]) -> list[list[tuple[dict, int, int]]]:
    """Groups of (article, start, end) holding the same quotation, from at least two outlets."""
    by: dict[str, list[tuple[dict, int, int]]] = collections.defaultdict(list)
    for r in recs:
        for m in QUOTE.finditer(r["text"]):
            by[_norm(m.group(1))].append((r, m.start(1), m.end(1)))
    return [g for g in by.values() if len({x[0]["source"] for x in g}) >= 2 and len({x[0]["id"] for x in g}) >= 2]


def speaker_of(rec: dict, start: int) -> str | None:
    """onrecord's attribution of the quotation at ``start`` in ``rec`` (the claim's speaker)."""
    from onrecord.attribute import attribute_results
    from onrecord.extract import extract_document
    from onrecord.model import Document

    res = extract_document(Document(text=rec["text"], path=rec["id"], title=rec.get("title"), reader="jsonl"))
    attribute_results([res])
    return next((q.speaker for q in res.quotes if q.start == start and q.kind == "speech"), None)


def draw(recs: list[dict], n: int) -> list[dict]:
    groups = repeated(recs)
    random.Random(SEED).shuffle(groups)
    picked, speakers = [], collections.Counter()
    for g in groups:
        # the claim is the latest printing; its source an earlier (or same-day) one by another
        # outlet: a source dated after the article cannot be the quotation's origin
        g = sorted(g, key=lambda x: x[0].get("date") or "")
        a = g[-1]
        b = next((x for x in g if x[0]["source"] != a[0]["source"]), None)
        if b is None:
            continue
        who = speaker_of(a[0], a[1])
        if not who or speakers[who] >= 2:  # a claim needs a speaker; at most two claims a person
            continue
        speakers[who] += 1
        picked.append({"id": f"rr{len(picked) + 1:02d}", "article": a[0]["id"], "start": a[1], "end": a[2],
                       "speaker": who, "published": a[0].get("date"), "source_article": b[0]["id"]})
        if len(picked) >= n:
            break
    return picked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--first", type=int, default=30000, help="first record of the window (date-sorted corpus)")
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--distractors", type=int, default=200)
    ap.add_argument("--ids", help="verify this kept set instead of drawing")
    ap.add_argument("--write", help="write the drawn ids here")
    args = ap.parse_args()
    os.environ.setdefault("ONRECORD_HOME", tempfile.mkdtemp(prefix="onrecord-reportcheck-"))
    recs = window(args.first, args.size)
    byid = {r["id"]: r for r in recs}
    if args.ids:
        rows = [json.loads(x) for x in (HERE / args.ids).read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        rows = draw(recs, args.n)
    if args.write:
        (HERE / args.write).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    claim_articles = {r["article"] for r in rows}
    keep = {r["source_article"] for r in rows}
    others = [r["id"] for r in recs if r["id"] not in claim_articles | keep]
    keep |= set(random.Random(SEED).sample(others, min(args.distractors, len(others))))
    src = Path(tempfile.mkdtemp(prefix="reportcheck-src-"))
    with open(src / "reports.jsonl", "w", encoding="utf-8") as f:
        for i in sorted(keep):
            r = byid[i]
            f.write(json.dumps({k: r[k] for k in ("id", "title", "date", "source", "text") if k in r}) + "\n")

    from onrecord import pipeline
    from onrecord.model import Claim

    claims = [Claim(r["id"], byid[r["article"]]["text"][r["start"] : r["end"]], r["speaker"],
                    published=r.get("published")) for r in rows]
    verdicts = pipeline.verify(claims, sources=str(src))
    counts = collections.Counter()
    for r, v in zip(rows, verdicts):
        ev = v.evidence or v.nearest
        same = bool(ev) and ev.source.endswith("#" + r["source_article"])
        counts[v.verdict] += 1
        print(json.dumps({"id": r["id"], "verdict": v.verdict, "claimed": r["speaker"],
                          "source_speaker": ev.source_speaker if ev else None,
                          "report_role": ev.report_role if ev else None, "the_other_outlet": same,
                          "warnings": v.warnings}))
    print(json.dumps(dict(counts)))


if __name__ == "__main__":
    main()
