"""Round 41, lane termspeech25: the sample frame and the seeded draw.

Frame: quotations that main's output (big-r41 / big2-r41) types speech because a reporting
verb is read as crediting them (kind evidence "reporting verb '…' …"), in one of two
constructs, found by re-running the kind rules with a recorder around ``_reporting_verb``:
  modifier — the words in marks modify the noun right after them ("waving “X” signs");
  np       — a plain noun phrase in marks right after a determiner or possessive ("his “X”").
Pairs judged by earlier lanes are left out; seed 20261405; up to 60 modifier + 40 np.
Usage: python termspeech25-draw.py BIG_DIR BIG2_DIR BIG_JSONL BIG2_JSONL OUT.tsv
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, seeded_sample  # noqa: E402

import importlib  # noqa: E402
C = importlib.import_module("onrecord.extract.classify")
from onrecord.extract import extract_quotes  # noqa: E402
from onrecord.extract.label_rules import _plain_noun_phrase  # noqa: E402
from onrecord.extract.reading import _labelled_noun  # noqa: E402
from onrecord.extract.words import _words  # noqa: E402

DETS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"}
SEEN: dict[int, str] = {}


def _construct(r) -> str | None:
    if _labelled_noun(r):
        return "modifier"
    before = _words(r.left)
    if _plain_noun_phrase(r) and before and (before[-1].lower() in DETS or before[-1].endswith(("'s", "\u2019s"))):
        return "np"
    return None


def _wrap(rule):
    def recorded(r):
        d = rule(r)
        if d is not None and d[0] == "speech":
            c = _construct(r)
            if c:
                SEEN[r.ctx._window_hi] = c  # the opening mark
        return d
    recorded.__name__ = rule.__name__
    recorded.__wrapped__ = rule
    return recorded


def main(big: str, big2: str, big_j: str, big2_j: str, out: str) -> None:
    C.KIND_RULES = tuple(_wrap(x) if x.__name__ == "_reporting_verb" else x for x in C.KIND_RULES)
    C._rules_for.cache_clear()
    taken = judged_pairs(Path(__file__).resolve().parent.glob("*-sample.tsv"))
    frame = {"modifier": [], "np": []}
    for folder, jl, tag in ((big2, big2_j, "big2"), (big, big_j, "big")):
        rows: dict[str, list[dict]] = {}
        for line in open(jl, encoding="utf-8"):
            q = json.loads(line)
            rows.setdefault(q["id"], []).append(q)
        for aid, qs in sorted(rows.items()):
            text = (Path(folder) / f"{aid}.txt").read_text(encoding="utf-8")
            SEEN.clear()
            extract_quotes(text)
            for q in qs:
                c = SEEN.get(q["s"] - 1) or SEEN.get(q["s"] - 2)
                if c is None or q["kind"] != "speech" or (aid, q["s"]) in taken:
                    continue
                if not q["kev"] or not q["kev"][0].startswith("reporting verb"):
                    continue
                frame[c].append((tag, q))
    with open(out, "w", encoding="utf-8") as fh:
        for c, k in (("modifier", 60), ("np", 40)):
            print(c, len(frame[c]), file=sys.stderr)
            for tag, q in seeded_sample(frame[c], k, 20261405) if len(frame[c]) > k else frame[c]:
                ctx_l = (Path(big2 if tag == "big2" else big) / f"{q['id']}.txt").read_text(encoding="utf-8")
                left = ctx_l[max(0, q["s"] - 200):q["s"]].replace("\n", " ¶ ")
                right = ctx_l[q["e"]:q["e"] + 120].replace("\n", " ¶ ")
                fh.write("\t".join([c, tag, q["id"], str(q["s"]), q["text"], q["kind"], str(q["speaker"]),
                                    q["kev"][0], f"…{left}[[{q['text']}]]{right}…"]) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:6])
