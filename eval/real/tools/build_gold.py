"""Merge two annotation passes and the adjudicator's decisions into the gold files.

    python eval/real/tools/build_gold.py ARTICLES_DIR IDS.tsv PASS... --adjudicated ADJ.jsonl --out DIR

Agreed spans take the agreed values; where both passes name the same person in different
forms ("Trump" / "Donald Trump"), the fuller form (both come from the article); a description
given by only one pass is kept. Every disagreement row is settled by the adjudicated decision.
Writes DIR/gold-tune.jsonl and DIR/gold-test.jsonl (the eval format of ``onrecord eval
extract``, plus ``speaker_description``), checked: offsets slice the article."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from agreement import load, norm, same_speaker  # noqa: E402

FIELDS = ("text", "start", "end", "kind", "speaker", "speakers", "speaker_description", "cue", "flagged")


def _fuller(x: dict, y: dict, text: str) -> dict:
    """The fuller of two forms of one name, among the forms the article itself writes (an
    annotator who added "Donald" from world knowledge is overruled by the article)."""
    a, b = x.get("speaker") or "", y.get("speaker") or ""
    in_a, in_b = a.lower().removeprefix("the ") in text.lower(), b.lower().removeprefix("the ") in text.lower()
    if in_a != in_b:
        return x if in_a else y
    return x if len(a.split()) >= len(b.split()) else y


def merge_agreed(x: dict, y: dict, text: str) -> dict:
    out = dict(_fuller(x, y, text)) if x["kind"] == "speech" else dict(x)
    if out.get("speaker") is None:
        out["speaker_description"] = x.get("speaker_description") or y.get("speaker_description")
    return {k: out.get(k) for k in FIELDS}


def build(articles: Path, ids_tsv: Path, passes: list[Path], adjudicated: Path | None) -> dict[str, list[dict]]:
    rows = [ln.split("\t") for ln in ids_tsv.read_text().splitlines() if ln and not ln.startswith("#")]
    meta = {r[0]: dict(zip(rows[0], r)) for r in rows[1:]}
    decisions: dict[tuple[str, int, int], dict] = {}
    if adjudicated and adjudicated.exists():
        for line in adjudicated.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                decisions[(d["id"], d["span"][0], d["span"][1])] = d
    by_id = load(passes)
    out: dict[str, list[dict]] = {"tune": [], "test": []}
    for doc_id, m in meta.items():
        text = (articles / f"{doc_id}.txt").read_text(encoding="utf-8")
        (_, a), (_, b) = by_id[doc_id]
        qa = {(q["start"], q["end"]): q for q in a["quotes"]}
        qb = {(q["start"], q["end"]): q for q in b["quotes"]}
        quotes: dict[tuple[int, int], dict] = {}
        for span in set(qa) | set(qb):
            d = decisions.get((doc_id, *span))
            if d is not None:
                for rec in [d.get("decision")] + list(d.get("extra") or []):
                    if rec:
                        quotes[(rec["start"], rec["end"])] = {k: rec.get(k) for k in FIELDS}
                continue
            x, y = qa.get(span), qb.get(span)
            if x and y and x["kind"] == y["kind"] and (x["kind"] != "speech" or same_speaker(x.get("speaker"), y.get("speaker"))):
                quotes[span] = merge_agreed(x, y, text)
            else:
                # an unadjudicated disagreement: keep the first pass's record, marked
                rec = x or y
                quotes[span] = {k: rec.get(k) for k in FIELDS} | {"unadjudicated": True}
        recs = sorted(quotes.values(), key=lambda q: q["start"])
        for q in recs:
            assert text[q["start"] : q["end"]] == q["text"], (doc_id, q)
        out[m["split"]].append({"id": doc_id, "published": None, "corpus": m["corpus"], "group": m["group"], "quotes": recs})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=Path)
    ap.add_argument("ids", type=Path)
    ap.add_argument("passes", nargs="+", type=Path)
    ap.add_argument("--adjudicated", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    gold = build(a.articles, a.ids, a.passes, a.adjudicated)
    for split, recs in gold.items():
        p = a.out / f"gold-{split}.jsonl"
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        n = sum(len(r["quotes"]) for r in recs)
        un = sum(1 for r in recs for q in r["quotes"] if q.get("unadjudicated"))
        print(f"{p}: {len(recs)} articles, {n} quotations, {un} unadjudicated")


if __name__ == "__main__":
    main()
