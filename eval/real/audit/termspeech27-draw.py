"""Round 44, lane termspeech27: the sample frame and the seeded draw.

Frame: short quotations (4 to 6 words) that main's output (big2-r43, then big-r43) types
speech by their length alone (kind evidence exactly "N words: a statement, not a label") and
that no reporting verb credits: the attribution found no reporting verb ("a quotation inside
narration names nobody", "no speaker found") or took the subject of a narrating verb. Pairs
judged by earlier lanes' samples are left out; seed 20261503; every big2 item first, then big
up to 100 in all. Second construct, headline: quotations of at most 6 words typed speech
because they close a headline line (kind evidence exactly "words in marks closing the
headline"), every one of big2 and big not judged before, after the first construct's.
Usage: python termspeech27-draw.py BIG2_JSONL BIG_JSONL OUT.tsv
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED, TOTAL = 20261503, 100
UNCREDITED = ("no reporting verb", "names nobody", "no speaker found", "narrating verb")


def frame(path: str, taken: set) -> list[dict]:
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] != "speech" or len(d["kev"]) != 1 or not re.fullmatch(r"\d+ words: a statement, not a label", d["kev"][0]):
            continue
        if len(d["text"].split()) > 6 or (d["id"], d["s"]) in taken:
            continue
        first = d["aev"][0] if d["aev"] else ""
        if any(k in first for k in UNCREDITED):
            d["construct"] = "narrating" if "narrating verb" in first else "nobody"
            out.append(d)
    return out


def headline_frame(path: str, taken: set) -> list[dict]:
    out = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] == "speech" and d["kev"] == ["words in marks closing the headline"] and len(d["text"].split()) <= 6 \
                and (d["id"], d["s"]) not in taken:
            d["construct"] = "headline"
            out.append(d)
    return out


def main() -> None:
    big2, big, out = sys.argv[1:4]
    taken = judged_pairs(sample_files())
    pool2, pool = frame(big2, taken), frame(big, taken)
    drawn = [("big2", d) for d in seeded_sample(pool2, min(TOTAL, len(pool2)), SEED)]
    drawn += [("big", d) for d in seeded_sample(pool, min(TOTAL - len(drawn), len(pool)), SEED)]
    heads = headline_frame(big2, taken), headline_frame(big, taken)
    for set_name, pool_h in zip(("big2", "big"), heads):
        drawn += [(set_name, d) for d in seeded_sample(pool_h, len(pool_h), SEED)]
    print(f"headline frame big2 {len(heads[0])}, big {len(heads[1])}", file=sys.stderr)
    print(f"frame big2 {len(pool2)}, big {len(pool)}; drawn {len(drawn)}", file=sys.stderr)
    with open(out, "w", encoding="utf-8") as fh:
        for set_name, d in drawn:
            fh.write("\t".join([d["construct"], set_name, d["id"], str(d["s"]), d["text"], d["kind"],
                                d["speaker"] or "-", d["aev"][0]]) + "\n")


if __name__ == "__main__":
    main()
