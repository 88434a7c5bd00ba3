"""Round 47, lane termspeech28: the sample frame and the seeded draw.

Frame (the tuning sets' largest construct, VERB_NP: 17 of the 85 gold terms and scare quotes
typed speech, 12 of them with a name shown): a quotation of two to four words typed speech
because a reporting verb is read as crediting it (kind evidence "reporting verb '…' …"), that
starts with a lowercase letter and stands right after a determiner or possessive ("the", "a",
"an", "his", "her", "its", "their", "our", "this", "that", "these", "those", or a name's "'s"),
its words carrying no sentence mark inside. Pairs judged by earlier lanes' samples are left
out; seed 20261704; big2 first, then big, 40 in all (a short lane: the brief allows up to 100).
Second frame, headline (HEADLINE: 12 of the 85, 8 with a name shown), sized to test the fresh15
ruling "a headline label with no irony and no credit is term": every quotation of one to three
words in the first line typed speech whose words (punctuation dropped, lowercased) do not recur
anywhere in the body, so nobody in the body is seen saying them; all of big2 and big
not judged by an earlier sample.
Usage: python termspeech28-draw.py BIG2_JSONL BIG_JSONL BIG2_DIR BIG_DIR OUT.tsv
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED, TOTAL = 20261704, 40
DETERMINER = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those)|['’]s)\s*[\"'“‘]$", re.I)


def frame(path: str, folder: str, taken: set) -> list[dict]:
    out, texts = [], {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        words = d["text"].split()
        if d["kind"] != "speech" or not d["kev"] or not d["kev"][0].startswith("reporting verb"):
            continue
        if not 2 <= len(words) <= 4 or not d["text"][0].islower() or re.search(r"[.!?:;]\S", d["text"]):
            continue
        if (d["id"], d["s"]) in taken:
            continue
        if d["id"] not in texts:
            texts[d["id"]] = Path(folder, d["id"] + ".txt").read_text(encoding="utf-8")
        if DETERMINER.search(texts[d["id"]][max(0, d["s"] - 12):d["s"]]):
            out.append(d)
    return out


def headline_frame(path: str, folder: str, taken: set) -> list[dict]:
    out, texts = [], {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] != "speech" or not 1 <= len(d["text"].split()) <= 3 or (d["id"], d["s"]) in taken:
            continue
        if d["id"] not in texts:
            texts[d["id"]] = Path(folder, d["id"] + ".txt").read_text(encoding="utf-8")
        text = texts[d["id"]]
        first_line_end = text.find("\n")
        if d["s"] > first_line_end:
            continue
        words = re.sub(r"[^\w\s]", "", d["text"]).strip().lower()
        if words not in re.sub(r"[^\w\s]", "", text[first_line_end:]).lower():
            out.append(d)
    return out


def main() -> None:
    big2, big, dir2, dir1, out = sys.argv[1:6]
    taken = judged_pairs(f for f in sample_files() if f.name != "termspeech28-sample.tsv")  # not its own
    pool2, pool = frame(big2, dir2, taken), frame(big, dir1, taken)
    print(f"frame: big2 {len(pool2)}, big {len(pool)}", file=sys.stderr)
    drawn = [("big2", d) for d in seeded_sample(pool2, min(TOTAL, len(pool2)), SEED)]
    drawn += [("big", d) for d in seeded_sample(pool, min(TOTAL - len(drawn), len(pool)), SEED)]
    drawn = [(s, "governed_np", d) for s, d in drawn]
    drawn += [(s, "headline", d) for s, p, f in (("big2", big2, dir2), ("big", big, dir1))
              for d in headline_frame(p, f, taken)]
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("set\tid\ts\te\ttext\tkind\tspeaker\tkind_evidence\tverdict\tright_kind\tright_speaker\tmechanism\tframe\n")
        for set_name, frame_name, d in drawn:
            fh.write("\t".join([set_name, d["id"], str(d["s"]), str(d["e"]), d["text"], d["kind"], d["speaker"] or "",
                                (d["kev"] or [""])[0], "", "", "", "", frame_name]) + "\n")


if __name__ == "__main__":
    main()
