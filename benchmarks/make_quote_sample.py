"""Make the 1,000 quotations for the verify benchmark, sampled from the speeches (seeded).

    .venv/bin/python benchmarks/make_quote_sample.py --out /tmp/onrecord-bench/quotes.jsonl [--n 1000]

Each line is a docs/contract.md section 2 claim plus the expected verdict and how it was made:
  exact (verbatim), ellipsis / bracket / trailing (variation), negation / number (a near miss
  that must be not_found), invented (a sentence from the BBC news corpus, absent from the
  speeches: not_found), speaker (the exact words credited to another speaker: misattributed).
The file is written outside the repository (the corpora's terms forbid copying their text in)."""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from onrecord.shared import corpora_dir, require

# ../shared/data/corpora, or $ONRECORD_SHARED/data/corpora (onrecord.shared)
CORPORA = [
    corpora_dir() / "un_general_debate_2004_2024" / "articles.jsonl",
    corpora_dir() / "us_presidential_speeches_miller_center" / "articles.jsonl",
]
BBC = corpora_dir() / "bbc_news_2004_2005" / "articles.jsonl"
MIX = [("exact", 0.35), ("ellipsis", 0.12), ("bracket", 0.08), ("trailing", 0.08), ("negation", 0.09),
       ("number", 0.06), ("invented", 0.14), ("speaker", 0.08)]
EXPECT = {"exact": "verbatim", "ellipsis": "variation", "bracket": "variation", "trailing": "variation",
          "negation": "not_found", "number": "not_found", "invented": "not_found", "speaker": "misattributed"}
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(text: str) -> list[str]:
    out = []
    for s in _SENT.split(text):
        # a journalist quoting a page-wrapped "ever-\ndeveloping" writes "ever-developing"
        s = " ".join(re.sub(r"(?<=\w)-\s*\n\s*(?=\w)", "-", s).split())
        n = len(s.split())
        if 8 <= n <= 35 and s[-1] in ".!?" and '"' not in s and "\u201c" not in s:
            out.append(s)
    return out


def make(kind: str, s: str, rnd: random.Random) -> str | None:
    w = s.split()
    if kind in ("exact", "speaker", "invented"):
        return s
    if kind == "ellipsis":
        if len(w) < 12:
            return None
        i = rnd.randrange(3, len(w) - 6)
        j = i + rnd.randrange(1, 4)
        return " ".join(w[:i]) + " \u2026 " + " ".join(w[j:])
    if kind == "bracket":
        for k, x in enumerate(w[:-1]):
            if x.lower() in ("it", "they", "we", "he", "she", "this"):
                return " ".join(w[:k] + ["[the government]"] + w[k + 1 :])
        return None
    if kind == "trailing":
        m = re.search(r"^(.{30,}?), (and|but|which|because|so) ", s)
        return m.group(1) + "." if m else None
    if kind == "negation":
        for k, x in enumerate(w):
            if x in ("will", "can", "must", "should", "is", "are", "would") and k + 1 < len(w) and w[k + 1] not in ("not", "never"):
                return " ".join(w[: k + 1] + ["not"] + w[k + 1 :])
        return None
    if kind == "number":
        for k, x in enumerate(w):
            m = re.fullmatch(r"(\d+)([.,;]?)", x)
            if m and len(m.group(1)) <= 4:
                return " ".join(w[:k] + [str(int(m.group(1)) + rnd.choice([1, 2, 10])) + m.group(2)] + w[k + 1 :])
        return None
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/onrecord-bench/quotes.jsonl")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--corpus", action="append", help="JSONL corpus (default: the two speech corpora)")
    a = ap.parse_args()
    corpora = [require(Path(c)) for c in (a.corpus or CORPORA)]
    rnd = random.Random(a.seed)
    docs = [json.loads(l) for c in corpora for l in open(c, encoding="utf-8")]
    speakers = sorted({d.get("speaker") for d in docs if d.get("speaker")})
    bbc = [json.loads(l)["text"] for l in open(BBC, encoding="utf-8")]
    out = []
    kinds = [k for k, _ in MIX]
    weights = [p for _, p in MIX]
    while len(out) < a.n:
        kind = rnd.choices(kinds, weights)[0]
        if kind == "invented":
            ss = sentences(rnd.choice(bbc))
            d = rnd.choice(docs)
        else:
            d = rnd.choice(docs)
            ss = sentences(d["text"])
        if not ss:
            continue
        s = rnd.choice(ss)
        q = make(kind, s, rnd)
        if not q:
            continue
        speaker = re.sub(r"^(Mr|Mrs|Ms|Dr|H\.E\.)\.? ", "", d.get("speaker") or "") or None
        if kind == "speaker":
            other = rnd.choice(speakers)
            if speaker and other.split()[-1] == speaker.split()[-1]:
                continue
            speaker = re.sub(r"^(Mr|Mrs|Ms|Dr)\.? ", "", other)
        hint = (d.get("date") or (str(d["year"]) if d.get("year") else None))
        hint = hint[:7] if hint and len(hint) >= 7 else None
        out.append({"id": f"b{len(out) + 1:04d}", "quote": q, "speaker": speaker, "date_hint": hint,
                    "expected": EXPECT[kind], "kind": kind, "doc": d["id"]})
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(out)} claims -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
