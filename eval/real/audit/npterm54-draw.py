"""Round 54, lane npterm54: the sample frame and the seeded draw.

Frame (the tuning sets' largest kind confusion, gold term typed speech): a quotation of one to
four words typed speech while a reporting verb is found for it (cue not null), whose opening
mark stands right after a determiner, a possessive or a preposition, with at most two
lowercase words (modifiers) between ("the “…”", "his financial “…”", "the number of “…”",
"a dreaded “…”"). termspeech25 and termspeech28 sampled the determiner/possessive case with the
kind evidence "reporting verb" first (35/40 and 37/40 speech); this frame adds prepositions,
modifiers between, and every kind evidence (the length rule, a verb after the quotation).
Pairs judged by earlier lanes' samples are left out; seed 5405402; big2 first, then the lane's
300 random unread AllSides articles (seed 5405405), 60 in all.
Usage: python npterm54-draw.py BIG2_JSONL BIG2_DIR R300_JSONL R300_DIR OUT.tsv
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED, TOTAL = 5405402, 60
OPENER = (r"the|a|an|his|her|its|their|our|my|your|this|that|these|those|of|for|in|on|at|about|"
          r"over|with|from|by|into|under|during|against|amid|after|before|between|like|as")
BEFORE = re.compile(r"(?:\b(?:" + OPENER + r")|['’]s)(?:\s+[a-z][a-z-]*){0,2}\s*[\"'“‘]$", re.I)


def frame(path: str, folder: str, taken: set) -> list[dict]:
    out, texts = [], {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] != "speech" or not d["cue"] or not 1 <= len(d["text"].split()) <= 4:
            continue
        if re.search(r"[.!?:;]\S", d["text"]) or (d["id"], d["s"]) in taken:
            continue
        if d["id"] not in texts:
            texts[d["id"]] = Path(folder, d["id"] + ".txt").read_text(encoding="utf-8")
        if BEFORE.search(texts[d["id"]][max(0, d["s"] - 40):d["s"]]):
            out.append(d)
    return out


def main() -> None:
    big2, dir2, r300, dir3, out = sys.argv[1:6]
    taken = judged_pairs(f for f in sample_files() if f.name != "npterm54-sample.tsv")
    pool2, pool3 = frame(big2, dir2, taken), frame(r300, dir3, taken)
    print(f"frame: big2 {len(pool2)}, random300 {len(pool3)}", file=sys.stderr)
    half = TOTAL // 2
    drawn = [("big2", d) for d in seeded_sample(pool2, min(half, len(pool2)), SEED)]
    drawn += [("random300", d) for d in seeded_sample(pool3, min(TOTAL - len(drawn), len(pool3)), SEED)]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("set\tid\ts\te\ttext\tkind\tspeaker\tkind_evidence\tverdict\tright_kind\tright_speaker\tmechanism\n")
        for set_name, d in drawn:
            fh.write("\t".join([set_name, d["id"], str(d["s"]), str(d["e"]), d["text"], d["kind"],
                                d["speaker"] or "", " | ".join(d["kev"] or []), "", "", "", ""]) + "\n")


if __name__ == "__main__":
    main()
